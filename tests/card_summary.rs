//! The key sentences of the card: 2–4 sentences, verbatim from the article text, in article order.

const ARTICLE: &str = "Stadtwerke Lindenau erhöhen die Fernwärmepreise

Die Stadtwerke Lindenau erhöhen zum 1. Januar die Preise für Fernwärme um durchschnittlich zwölf Prozent, wie das Unternehmen am Dienstag mitteilte.

Betroffen sind rund 40.000 Haushalte im Stadtgebiet. Als Grund nennt der Versorger gestiegene Kosten für Erdgas und für den Ausbau des Wärmenetzes.

„Wir haben die Erhöhung so gering wie möglich gehalten“, sagte Geschäftsführerin Petra Hollmann. Die Preise für Strom bleiben nach Angaben des Unternehmens unverändert.

Der Mieterverein kritisierte die Fernwärmepreise als zu hoch und forderte eine unabhängige Prüfung der Kalkulation durch die Landeskartellbehörde.

Die Verbraucherzentrale rät betroffenen Haushalten, die neue Abrechnung genau zu prüfen und bei Fragen die Beratung in Anspruch zu nehmen.";

#[test]
fn summary_is_verbatim_in_order_and_bounded() {
    let reading = klartext::read_plain(ARTICLE, None).expect("plain text reads");
    let summary = &reading.card.summary;
    assert!(
        (2..=4).contains(&summary.len()),
        "got {} sentences: {summary:?}",
        summary.len()
    );
    let mut last = 0;
    for s in summary {
        let at = reading
            .text
            .find(s.as_str())
            .unwrap_or_else(|| panic!("not verbatim: {s}"));
        assert!(at >= last, "not in article order: {s}");
        last = at;
    }
    assert!(
        summary[0].starts_with("Die Stadtwerke Lindenau erhöhen"),
        "the lead comes first: {summary:?}"
    );
    assert!(
        !summary
            .iter()
            .any(|s| s.starts_with("Stadtwerke Lindenau erhöhen die")),
        "the title is not a key sentence"
    );
}
