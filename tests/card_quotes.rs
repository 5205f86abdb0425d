//! Quote extraction on synthetic articles written for these tests (tests/fixtures/card) and on the
//! seed page (skipped when ../shared is absent): interrupted and multi-paragraph quotations, speakers
//! carried over and resolved from "der Experte", indirect speech that must not become a quote, and
//! English "according to".

mod common;

use klartext::reading::Quote;
use serde_json::Value;

fn quotes(file: &str) -> Vec<Quote> {
    let path = format!("{}/tests/fixtures/card/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("fixture exists");
    klartext::read_plain(&text, None)
        .expect("fixture is an article")
        .card
        .quotes
}

fn speaker_of<'a>(qs: &'a [Quote], start: &str) -> Option<&'a str> {
    qs.iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {qs:#?}"))
        .speaker
        .as_deref()
}

#[test]
fn interrupted_quotes_and_fragments_keep_their_speakers() {
    let qs = quotes("interrupted_de.txt");
    assert_eq!(
        speaker_of(&qs, "Wir haben lange verhandelt"),
        Some("Petra Lindner")
    );
    assert_eq!(speaker_of(&qs, "aber das Ergebnis"), Some("Petra Lindner"));
    assert_eq!(speaker_of(&qs, "auf dem Holzweg"), Some("Jonas Weber"));
    // Konjunktiv without quotation marks is indirect speech, never a quote.
    assert!(
        qs.iter().all(|q| !q.text.contains("unzureichend")),
        "{qs:#?}"
    );
    assert!(qs.iter().all(|q| !q.text.contains("befinde")), "{qs:#?}");
}

#[test]
fn quotes_without_a_cue_continue_the_previous_speaker() {
    let qs = quotes("carry_over_de.txt");
    assert_eq!(speaker_of(&qs, "Die Region rüstet"), Some("Anna Berger"));
    assert_eq!(speaker_of(&qs, "Das wird eine große"), Some("Paul Krämer"));
    assert_eq!(speaker_of(&qs, "Ohne Diplomatie"), Some("Paul Krämer"));
    assert_eq!(qs.len(), 3, "{qs:#?}");
}

fn text_quotes(text: &str) -> Vec<Quote> {
    klartext::read_plain(text, None)
        .expect("text is an article")
        .card
        .quotes
}

#[test]
fn german_descriptions_particles_and_documents_name_the_right_source() {
    let qs = text_quotes(
        "Der Stadtrat von Lindenau hat den Haushalt beschlossen. Kämmerer Jan Vogt stellte die \
         Zahlen vor. Die Kritik kam vom Aufsichtsrat der Stadtwerke. „Die Stadtwerke auf ihre \
         Schulden zu reduzieren, wäre nicht gerecht“, so der Chef des Aufsichtsrats Holger \
         Brandt.\n\nStaatssekretär Mirko Tessendorf von der Kanzlei des Ministerpräsidenten \
         erklärte, die Lage bleibe „angespannt“.\n\nDas Jobcenter hat einer Mutter einen Brief \
         geschickt. So heißt es in dem Schreiben wörtlich: „Geprüft wird die Unterbringung der \
         Kinder.“ Die Mutter wandte sich an einen Anwalt.\n\nDas Zentrum dient laut einer \
         Pressemitteilung des BMI der Verbesserung des „Austauschs zwischen den Behörden“.",
    );
    // The person closing the description, not the last "Chef" named before.
    assert_eq!(speaker_of(&qs, "Die Stadtwerke auf"), Some("Holger Brandt"));
    // "von der Kanzlei" is where he works, not part of his name.
    assert_eq!(speaker_of(&qs, "angespannt"), Some("Mirko Tessendorf"));
    // "dem Schreiben" is a noun, not the verb "schreiben".
    assert_eq!(speaker_of(&qs, "Geprüft wird"), Some("dem Schreiben"));
    // No genitive hangs on an acronym.
    assert_eq!(
        speaker_of(&qs, "Austauschs zwischen"),
        Some("einer Pressemitteilung des BMI")
    );
}

#[test]
fn german_subjects_described_by_article_age_or_nationality() {
    let qs = text_quotes(
        "Der venezolanische Präsident Hugo Ramírez lud zum Gipfel. „Wir brauchen eine eigene \
         Bank“, sagte der Präsident. Der Gastgeber zeigte sich zufrieden.\n\nIn seiner \
         Radioansprache begründete der chilenische Präsident seine Haltung so: „Alle Staaten \
         können Biodiesel herstellen.“\n\nDie Polizei wertet den Brief aus. Der 47-Jährige \
         habe darin geschrieben, er wolle „aus diesem Leben“ gehen.\n\nDie Steuer soll nicht \
         steigen.\n\nWirtschaft: Die FDP will am Kurs festhalten. „Wir wollen einen Haushalt, auf \
         den man sich verlassen kann.“",
    );
    assert_eq!(speaker_of(&qs, "Wir brauchen"), Some("Hugo Ramírez"));
    // "der chilenische Präsident" is not the Venezuelan one named before.
    assert_eq!(
        speaker_of(&qs, "Alle Staaten"),
        Some("der chilenische Präsident")
    );
    // A participle of saying is a cue; "Der 47-Jährige" ends at its noun.
    assert_eq!(speaker_of(&qs, "aus diesem Leben"), Some("Der 47-Jährige"));
    // A sentence opening with an organisation behind its article (after a topic label) lends it
    // to the bare quotation that follows.
    assert_eq!(speaker_of(&qs, "Wir wollen einen Haushalt"), Some("FDP"));
}

#[test]
fn german_papers_named_in_quotation_marks_are_sources() {
    let qs = text_quotes(
        "Der Sänger starb am Freitag in Bremen. „Er war der kreative Kopf der Band, der in \
         Erinnerung bleibt“, schrieb die „Nordpost“ in einem Nachruf.\n\nDie neue Software soll \
         im Herbst erscheinen. „Das wird das größte Update aller Zeiten“, zitiert die \
         „Technikwoche“ den Entwickler.",
    );
    assert_eq!(speaker_of(&qs, "Er war der kreative"), Some("Nordpost"));
    assert_eq!(speaker_of(&qs, "Das wird das größte"), Some("Technikwoche"));
}

#[test]
fn english_multi_paragraph_quotes_and_according_to() {
    let qs = quotes("multi_paragraph_en.txt");
    let long = qs
        .iter()
        .find(|q| q.text.starts_with("This is the most important vote"))
        .expect("multi-paragraph quote found");
    assert!(long.text.contains("deserve an answer"), "{long:?}");
    assert_eq!(long.speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_of(&qs, "will save thousands"), Some("Maria Lopez"));
    // "The governor said that …" is reported speech.
    assert!(qs.iter().all(|q| !q.text.contains("review the text")));
}

#[test]
fn seed_page_quotes_match_the_gold() {
    let Some(dir) = common::shared_dir("seed_page_quotes") else {
        return;
    };
    let dir = dir.join("gold/seed");
    let html = std::fs::read_to_string(dir.join("handelsblatt-nordkorea.html")).unwrap();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("handelsblatt-nordkorea.gold.json")).unwrap(),
    )
    .unwrap();
    let reading = klartext::read(&html, gold["url"].as_str()).unwrap();
    let qs = &reading.card.quotes;
    let norm = |s: &str| common::squash(s).trim_end_matches('.').to_string();
    for g in gold["quotes"].as_array().unwrap() {
        let text = norm(g["text"].as_str().unwrap());
        let found = qs
            .iter()
            .find(|q| norm(&q.text) == text)
            .unwrap_or_else(|| panic!("gold quote missing: {text:?} in {qs:#?}"));
        let accepted: Vec<Option<&str>> = match g["accept_speakers"].as_array() {
            Some(list) => list.iter().map(Value::as_str).collect(),
            None => vec![g["speaker"].as_str()],
        };
        assert!(
            accepted.contains(&found.speaker.as_deref()),
            "{text:?}: speaker {:?}, gold {accepted:?}",
            found.speaker
        );
    }
    for r in gold["reported_speech"].as_array().unwrap() {
        let text = norm(r["text"].as_str().unwrap());
        assert!(
            qs.iter()
                .all(|q| norm(&q.text) != text && !norm(&q.text).contains(&text)),
            "reported speech shown as a quote: {text:?}"
        );
    }
    let pull = norm(gold["pull_quotes"][0]["text"].as_str().unwrap());
    let echoes: Vec<&Quote> = qs
        .iter()
        .filter(|q| norm(&q.text).starts_with(&pull[..40]))
        .collect();
    assert_eq!(echoes.len(), 1, "pull quote listed once: {echoes:#?}");
    assert!(qs
        .iter()
        .all(|q| q.speaker.as_deref() != Some("Sydney Seiler")));
    assert_eq!(
        qs.len(),
        gold["quotes"].as_array().unwrap().len(),
        "{qs:#?}"
    );
}

#[test]
fn odd_input_never_panics() {
    let long = "„".repeat(5000) + &"“ sagte er. ".repeat(2000);
    let inputs = [
        "„",
        "“”",
        "\"\"\"",
        "‚‘’'",
        "»«»«",
        "„Ja.“\n\n“",
        "Er sagte: „",
        "'a' 'b' ‘c’ it’s",
        "„Ünïcödé – 😀 “, sagte Dr. Ä. Ö-Ü. „Noch was.“",
        "“Open\n\n“still open\n\n“and more",
        long.as_str(),
    ];
    for text in inputs {
        let _ = klartext::read_plain(text, None);
    }
}

fn plain_quotes(text: &str) -> Vec<Quote> {
    klartext::read_plain(text, None)
        .expect("text is an article")
        .card
        .quotes
}

#[test]
fn english_description_stops_before_an_irregular_verb() {
    let qs = plain_quotes(
        "Harbour town weighs a new ferry line\n\n\
         The council met on Monday evening to discuss the proposed ferry line to the island.\n\n\
         The report used one line from the harbour master as its summary: “We cannot wait another \
         winter for a second boat.”\n\n\
         The mayor sought to calm the fishermen, saying, “Nobody will lose a single mooring.”\n\n\
         The harbour office put out a short notice: “Boats may stay at the north quay.”\n",
    );
    assert_eq!(
        speaker_of(&qs, "Boats may stay"),
        Some("The harbour office")
    );
    assert_eq!(speaker_of(&qs, "We cannot wait"), Some("The report"));
    assert_eq!(speaker_of(&qs, "Nobody will lose"), Some("The mayor"));
}

#[test]
fn english_subject_ends_at_its_verb() {
    let qs = plain_quotes(
        "Budget row splits the county board\n\n\
         The county board met on Thursday to vote on the new road budget.\n\n\
         In March, Marsh dismissed board member Pablo Reyes as “a man out of his depth.”\n",
    );
    assert_eq!(speaker_of(&qs, "a man out of his depth"), Some("Marsh"));
}

#[test]
fn english_name_after_a_preposition_and_article_is_no_speaker() {
    let qs = plain_quotes(
        "Old pier closes for repairs\n\n\
         The town closed the old pier on Sunday after engineers found cracks in two of its piles.\n\n\
         In the middle of the Harbour Festival, Tom Baker worried that the pier was “a disaster \
         waiting to happen.”\n",
    );
    assert_eq!(speaker_of(&qs, "a disaster waiting"), Some("Tom Baker"));
}

#[test]
fn english_name_with_an_apostrophe_stays_whole() {
    let qs = plain_quotes(
        "Dockers back the new contract\n\n\
         The dockers' union voted on Friday to accept the new three-year contract.\n\n\
         “It is the best deal we have had in a decade,” said Kieran O’Malley, a union steward.\n",
    );
    assert_eq!(
        speaker_of(&qs, "It is the best deal"),
        Some("Kieran O’Malley")
    );
}

#[test]
fn english_participle_after_a_quotation_hangs_on_the_subject() {
    let qs = plain_quotes(
        "Mayor praises the new tram line\n\n\
         The first trams ran on the new line through the old town on Saturday morning.\n\n\
         Mayor Helen Cartwright hailed the opening as “a great day,” telling reporters during a \
         visit to the depot that the line was “worth every penny.”\n",
    );
    assert_eq!(speaker_of(&qs, "a great day"), Some("Helen Cartwright"));
}

#[test]
fn german_separable_verbs_and_impersonal_attributions_after_the_quotation() {
    let qs = plain_quotes(
        "Werft in Kiel baut weniger Schiffe\n\n\
         Die Werft hat im vergangenen Jahr drei Schiffe ausgeliefert.\n\n\
         „Die Fertigung wird nicht erweitert“, gab ein Sprecher der Werft bekannt.\n\n\
         Der Betriebsrat wandte sich an die Belegschaft. „Wir werden um jede Stelle kämpfen“, heißt \
         es in dem Schreiben an die Mitarbeiter.\n",
    );
    // "gab … bekannt": the verb is a cue with its particle at the clause's end.
    assert_eq!(
        speaker_of(&qs, "Die Fertigung"),
        Some("ein Sprecher der Werft")
    );
    // "…“, heißt es in dem Schreiben": the document is read in the cue's clause after the quotation.
    assert_eq!(speaker_of(&qs, "Wir werden um jede"), Some("dem Schreiben"));
}

#[test]
fn german_subject_before_a_colon_is_read_in_the_main_clause() {
    let qs = plain_quotes(
        "Streit um die Ortsumgehung\n\n\
         Der Kreistag hat die Pläne für die Ortsumgehung vertagt.\n\n\
         Der Landrat zeigte sich besorgt, dass die Kosten weiter steigen würden: „So teuer war \
         noch keine Straße im Kreis.“\n\n\
         Der Kämmerer hat wenig Hemmungen, seine Freude über die Vertagung offen zu zeigen: „Das \
         Geld brauchen wir für die Schulen.“\n\n\
         Die Bürgermeisterin Eva Roth äußerte sich zuversichtlich: „Wir finden eine Lösung.“ Ihre \
         Zuversicht stützt sich auf frühere Verhandlungen: „Am Ende gab es immer eine Einigung.“\n\n\
         Die praktische Umsetzung der Pläne stellte der FDP-Vorsitzende Franz Huber ebenfalls in \
         Frage: „Die Trasse führt mitten durch das Moor.“\n",
    );
    // Not the subject of the "dass" clause, nor the object of the infinitive clause.
    assert_eq!(speaker_of(&qs, "So teuer war"), Some("Der Landrat"));
    assert_eq!(speaker_of(&qs, "Das Geld brauchen"), Some("Der Kämmerer"));
    // A possessive's noun phrase is what someone has: the speaker before goes on.
    assert_eq!(speaker_of(&qs, "Am Ende gab es"), Some("Eva Roth"));
    // Object in front, subject after the verb; "Franz" is a given name despite its noun ending.
    assert_eq!(speaker_of(&qs, "Die Trasse führt"), Some("Franz Huber"));
}

#[test]
fn german_quotation_without_a_cue_takes_the_sentence_subject() {
    let qs = plain_quotes(
        "Lagerhallen werden geprüft\n\n\
         Im Hafen von Emden sind mehrere Lagerhallen geschlossen worden.\n\n\
         Die Gewerkschaft verlangte eine Untersuchung der „unhaltbaren Zustände in den Hallen“.\n\n\
         Nordwerk gab dazu bekannt: „Die Hallen werden bis zum Sommer saniert.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "unhaltbaren Zustände"),
        Some("Die Gewerkschaft")
    );
    // A lone name right before a separable verb of saying is its subject.
    assert_eq!(speaker_of(&qs, "Die Hallen werden"), Some("Nordwerk"));
}

#[test]
fn german_organisations_and_subjects_after_the_verb() {
    let qs = plain_quotes(
        "Hochschule entzieht Doktortitel\n\n\
         Die Hochschule Lindau hat einem Politiker den Doktortitel aberkannt. Professor Udo Brack \
         leitet die Kommission der Hochschule. „Wir prüfen jeden Fall“, sagte Brack. Die \
         Hochschule erklärte dazu: „Die Regeln gelten für alle.“\n\n\
         Kulturministerin Petra Kahl stellte am Montag den Bericht vor. Jede Verantwortung für die \
         Panne weist Kahl von sich: „Das war nicht mein Haus.“\n",
    );
    // "Die Hochschule" is an organisation, not the professor whose words mention it.
    assert_eq!(speaker_of(&qs, "Die Regeln gelten"), Some("Die Hochschule"));
    // Object in front, the known name right after the verb is the subject.
    assert_eq!(speaker_of(&qs, "Das war nicht mein"), Some("Petra Kahl"));
}

#[test]
fn german_reported_speech_goes_on_reporting_the_speaker() {
    let qs = plain_quotes(
        "Haushalt ohne neue Schulden\n\n\
         Finanzminister Peter Steinmann legte am Dienstag den Haushalt vor.\n\n\
         In Brüssel hatte Steinmann Positives zu berichten. Erstmals sei das Land in der Lage, die \
         Regeln „ohne neue Schulden“ einzuhalten.\n\n\
         Bildungsministerin Eva Schaller verteidigte die Gebühren. „Ich halte sie für richtig“, \
         sagte Schaller. Eine Umfrage zeige in Wahrheit, „dass die Gebühren kaum abschrecken“.\n",
    );
    // "Steinmann Positives": the name ends with the word the article knows.
    assert_eq!(
        speaker_of(&qs, "ohne neue Schulden"),
        Some("Peter Steinmann")
    );
    // "zeige" is Konjunktiv I: still the minister's account.
    assert_eq!(speaker_of(&qs, "dass die Gebühren"), Some("Eva Schaller"));
}

#[test]
fn german_cue_after_a_quotation_opens_its_clause() {
    let qs = plain_quotes(
        "Pokalspiel mit vielen Karten\n\n\
         Der Schiedsrichter wurde nach dem Spiel heftig kritisiert.\n\n\
         Stürmer Lukas Brandner, der wegen zweier Fouls vom Platz musste, nannte seinen \
         Platzverweis „überzogen“, Trainer Jonas Keller bezeichnete die acht Karten als \
         „übertrieben“.\n",
    );
    // "Trainer Jonas Keller bezeichnete" is a clause of its own, with its own subject.
    assert_eq!(speaker_of(&qs, "überzogen"), Some("Lukas Brandner"));
    assert_eq!(speaker_of(&qs, "übertrieben"), Some("Jonas Keller"));
}

#[test]
fn german_two_roles_joined_before_a_name() {
    let qs = plain_quotes(
        "Streit um die Gesamtschulen\n\n\
         Im Landtag wurde am Mittwoch über die Schulform gestritten.\n\n\
         Der Landtagsabgeordnete und Fraktionschef Bernd Albers sprach von einem „Feldzug gegen \
         die Gesamtschule zum Beginn der Anmeldewoche“.\n",
    );
    assert_eq!(speaker_of(&qs, "Feldzug gegen"), Some("Bernd Albers"));
}

#[test]
fn german_capitalised_words_after_a_number_are_no_name() {
    // ("die durch den …" is a relative clause: its article opens no subject.)
    let qs = plain_quotes(
        "Kreise klagen gegen das Gesetz\n\n\
         Der Bundestag hat das Gesetz im Frühjahr beschlossen.\n\n\
         Der Landkreisverband erwartet Mehrkosten von bis zu zwei Milliarden Euro, die durch den \
         „erheblichen Nachholbedarf“ der Kliniken entstünden.\n",
    );
    assert_eq!(
        speaker_of(&qs, "erheblichen Nachholbedarf"),
        Some("Der Landkreisverband")
    );
}

#[test]
fn german_coined_term_takes_no_sentence_subject() {
    let qs = plain_quotes(
        "Märkte in Bewegung\n\n\
         Die Börsen in Asien schlossen am Freitag im Minus.\n\n\
         Die Anfänge einer „neuen Ordnung der Märkte“ mit Asien machen die Lage schwieriger.\n",
    );
    assert_eq!(speaker_of(&qs, "neuen Ordnung"), None);
}

#[test]
fn german_one_of_a_group_and_a_reported_subject_are_not_the_named_speaker() {
    let qs = plain_quotes(
        "Scheune brennt nieder\n\n\
         In Lindhof ist in der Nacht eine Scheune abgebrannt.\n\n\
         Der Einsatzleiter Tobias Renner bestätigte den Brand am Morgen. Einer der anwesenden \
         Helfer sagte: „So schnell habe ich noch kein Feuer wachsen sehen.“\n\n\
         Die Sprecherin des Landrats teilte mit, Bürgermeister Uwe Kamp „steht bereit“, den \
         Betroffenen zu helfen.\n",
    );
    // "Einer der …" is one of a group, not the chief named before.
    assert_eq!(
        speaker_of(&qs, "So schnell habe"),
        Some("Einer der anwesenden Helfer")
    );
    // The name after "teilte mit," is the subject of the reported clause, not an apposition.
    assert_ne!(speaker_of(&qs, "steht bereit"), Some("Uwe Kamp"));
}

#[test]
fn german_cue_right_after_a_quotation_in_the_prefield() {
    let qs = plain_quotes(
        "Streit um die Datenbank\n\n\
         Das Kabinett hat den Entwurf am Mittwoch beschlossen.\n\n\
         Von einem „schweren Eingriff in die Privatsphäre“ sprechen Datenschützer seit Wochen.\n",
    );
    // The quotation stands before the verb; its subject follows the verb.
    assert_eq!(speaker_of(&qs, "schweren Eingriff"), Some("Datenschützer"));
}

#[test]
fn german_source_phrases_with_a_quoted_source_or_a_plural_noun() {
    let qs = plain_quotes(
        "Wahl in Nordland\n\n\
         Die Wahl in Nordland ist umstritten.\n\n\
         Laut „Nordpost“ zeichnet die Regierung von ihrem Gegner das Bild eines „gefährlichen \
         Abenteurers“.\n\n\
         Nach Darstellungen des Verlages bietet das Buch eine „differenzierte Betrachtung, damit \
         die Wahl nicht in Misskredit gerät.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "gefährlichen Abenteurers"),
        Some("Nordpost")
    );
    assert_eq!(
        speaker_of(&qs, "differenzierte Betrachtung"),
        Some("des Verlages")
    );
}

#[test]
fn german_the_one_quoted_is_the_object_of_zitieren() {
    let qs = plain_quotes(
        "Trainer bleibt gelassen\n\n\
         Der Verein hat am Sonntag erneut verloren.\n\n\
         Die Nordpost zitiert den Trainer mit den Worten: „Wir steigen nicht ab, das verspreche \
         ich.“\n",
    );
    assert_eq!(speaker_of(&qs, "Wir steigen nicht ab"), Some("den Trainer"));
}

#[test]
fn german_scare_quotes_in_a_sentence_about_a_thing_have_no_speaker() {
    // The sentence-subject fallback gives a quotation only to someone who can speak.
    let qs = plain_quotes(
        "Neue Regeln für Heizungen\n\n\
         Die Novelle gilt ab dem kommenden Jahr für alle Neubauten im Land.\n\n\
         Das Handbuch widmet dem Satz „Pflicht durch die Hintertür, bezahlt von den Mietern“ ein Kapitel.\n\n\
         Der Mieterbund verlangte eine Prüfung der „versteckten Kosten“.\n",
    );
    assert_eq!(speaker_of(&qs, "Pflicht durch"), None);
    assert_eq!(
        speaker_of(&qs, "versteckten Kosten"),
        Some("Der Mieterbund")
    );
}

#[test]
fn german_dies_with_a_cue_attributes_the_sentence_before() {
    // "Dies gab X bekannt": the next sentence names the source of a quotation without a cue; a
    // capitalised verb form after another word ("der 4.000 Versicherten") is a noun, not a cue.
    let qs = plain_quotes(
        "Neue Fristen für Kassenpatienten\n\n\
         Die Kasse wird zum Monatsende geschlossen.\n\n\
         Die 4.000 Versicherten, die noch keine „vorläufige Ersatzkarte“ haben, müssen sich bis \
         Ende Mai melden. Dies gab der Landesverband der Hausärzte bekannt. Die Kasse selbst \
         schwieg.\n\n\
         Ab Juni gibt es „einen neuen Tarif für alle Mitglieder“. Das sagte ein Sprecher der \
         Kasse am Abend.\n",
    );
    assert_eq!(
        speaker_of(&qs, "vorläufige Ersatzkarte"),
        Some("der Landesverband der Hausärzte")
    );
    assert_eq!(
        speaker_of(&qs, "einen neuen Tarif"),
        Some("ein Sprecher der Kasse")
    );
}

#[test]
fn german_bare_noun_keeps_what_it_is_of() {
    // A lone noun without an article after the cue ("warnten Vertreter der …") is a description of
    // newcomers with its genitive, not a one-word name.
    let qs = plain_quotes(
        "Streit um die Übernahme\n\n\
         Der Plan des Konzerns stieß in der Branche auf Ablehnung. So warnten Vertreter der \
         regionalen Handwerkskammern vor einem „schleichenden Verlust von Fachwissen“ im Land.\n",
    );
    assert_eq!(
        speaker_of(&qs, "schleichenden Verlust"),
        Some("Vertreter der regionalen Handwerkskammern")
    );
}

#[test]
fn german_description_with_a_name_in_quotation_marks() {
    // "die Wochenzeitschrift „Nordblick“" is that paper; after what the description is of, the
    // name stays part of it ("der Sprecher der Reederei „Möwe“").
    let qs = plain_quotes(
        "Streit um den Hafen\n\n\
         Die Stadt plant einen neuen Anleger. Selbst die liberale Wochenzeitschrift „Nordblick“ \
         hatte kritisiert, dass die Pläne „für ihre Hast und ihre Kosten“ bekannt seien.\n\n\
         „Wir rechnen mit zwei Jahren Bauzeit, vielleicht auch drei“, so der Sprecher der Reederei \
         „Möwe“ gegenüber Reportern.\n",
    );
    assert_eq!(speaker_of(&qs, "für ihre Hast"), Some("Nordblick"));
    assert_eq!(
        speaker_of(&qs, "Wir rechnen mit"),
        Some("der Sprecher der Reederei „Möwe“")
    );
}

#[test]
fn german_darin_places_the_words_in_the_document_before() {
    // "Darin heißt es: „…“": the words stand in the document the sentence before names.
    let qs = plain_quotes(
        "Ärzte warnen vor Engpässen\n\n\
         Der Verband der Kinderärzte schickte der Ministerin am Freitag einen offenen Brief. Darin \
         heißt es: „Wir sehen die Versorgung der Kinder im Winter ernsthaft in Gefahr.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "Wir sehen die Versorgung"),
        Some("einen offenen Brief")
    );
}

#[test]
fn german_quotation_without_a_cue_skips_the_names_a_description_is_of() {
    // Without a cue, a role's name in apposition is the source, not a party in its genitive; the
    // one a statement noun is of ("Vorwurf der Partei") is.
    let qs = plain_quotes(
        "Streit um das Parteiverbot\n\n\
         Das Gericht hatte die Hürden für ein Verbot zuletzt hoch angesetzt. Auch der \
         rechtspolitische Sprecher der Fraktion der Union im Landtag, Markus Feldhaus, will die \
         Frage „in den nächsten Wochen sehr genau prüfen“.\n\n\
         Die Mehrheit im Rat stimmte dem Plan zu. Auf den Vorwurf der FDP, es handele sich um \
         einen „teuren Irrweg“, ging niemand ein. Die FDP stimmte dagegen.\n",
    );
    assert_eq!(
        speaker_of(&qs, "in den nächsten Wochen"),
        Some("Markus Feldhaus")
    );
    assert_eq!(speaker_of(&qs, "teuren Irrweg"), Some("FDP"));
}

#[test]
fn german_pronoun_after_the_quotation_is_the_one_named_before_its_colon() {
    let qs = plain_quotes(
        "Debatte um die Verfassung\n\n\
         Die Regierung von Karim Haddad will noch in diesem Jahr eine neue Verfassung beschließen. \
         Leila Mansour, Vorstandsmitglied der Frauenliga, sagte dazu im Radio: „Wir lassen uns \
         unsere Rechte nicht mehr nehmen, von niemandem.“ betont sie.\n",
    );
    assert_eq!(speaker_of(&qs, "Wir lassen uns"), Some("Leila Mansour"));
}

#[test]
fn german_name_in_the_genitive_opens_what_is_its() {
    // "Brandts Mitarbeiter Jonas Keller": the name after the role is the speaker, not the one whose
    // employee he is; "Brandts Einsatz" after the verb is the object, not a subject.
    let qs = plain_quotes(
        "Streit um die Kohle\n\n\
         Die Abgeordnete Hanna Brandt hatte den Plan im Ausschuss verteidigt. Brandts \
         wissenschaftlicher Mitarbeiter Jonas Keller zeigt weniger Zurückhaltung: „Wir halten den \
         Ausstieg vor dem Jahr 2030 für vollkommen unrealistisch.“\n\n\
         Der Bund der Steuerzahler lobte dagegen Brandts Einsatz für „mehr Ehrlichkeit bei den \
         Kosten“.\n",
    );
    assert_eq!(speaker_of(&qs, "Wir halten den"), Some("Jonas Keller"));
    assert_ne!(speaker_of(&qs, "mehr Ehrlichkeit"), Some("Hanna Brandt"));
}

#[test]
fn german_cue_after_the_verb_that_closes_the_quotations_clause() {
    // "…, dass X „…“ sei, hatte Y gesagt": the verb closing the dass-clause stands between the
    // quotation and the comma; the clause after it is the attribution. A relative clause before
    // the comma is no such clause: the quotation is the accusation's, not the reply's.
    let qs = plain_quotes(
        "Streit um die Doktorarbeit\n\n\
         Die Universität Lindenau prüft die Dissertation der Abgeordneten Ulrike Sommer. Sie \
         räume ein, dass ihre Arbeit „an manchen Stellen ungenau“ sei, hatte Sommer im Frühjahr \
         erklärt.\n\n\
         Auf den Vorwurf der FDP, es handele sich um ein Gesetz, mit dem man die Mieter „in die \
         Armut treiben“ wolle, entgegnete Bauminister Karl Renner, die Mieten würden sinken.\n",
    );
    assert_eq!(speaker_of(&qs, "an manchen Stellen"), Some("Ulrike Sommer"));
    assert_ne!(speaker_of(&qs, "in die Armut"), Some("Karl Renner"));
}

#[test]
fn german_name_with_its_party_in_parentheses_is_the_subject_right_before_the_cue() {
    // Two clauses joined by a comma; the second one's subject is the apposition "…, Jana Roth
    // (SPD)," whose parenthesis is no clause of its own.
    let qs = plain_quotes(
        "Streit um die Kita-Gebühren\n\n\
         Sozialministerin Petra Albers (CDU) wies die Kritik zurück, die familienpolitische \
         Sprecherin der Opposition, Jana Roth (SPD), erklärte: „Die Eltern zahlen die Zeche.“\n",
    );
    assert_eq!(speaker_of(&qs, "Die Eltern zahlen"), Some("Jana Roth"));
}

#[test]
fn german_reported_speech_carries_a_distant_cue_to_its_quotation() {
    // The cue "warf … vor" stands far before the quotation, but the reported speech in between
    // ("er habe …") is still what the campaign said.
    let qs = plain_quotes(
        "Wahlkampf in Kanada\n\n\
         Der Kandidat Tom Miller verzichtet auf Spenden von Verbänden, sein Gegner Paul Grant \
         nicht. Millers Kampagne warf \
         dagegen Grant, nachdem dessen Pläne in der vergangenen Woche publik \
         geworden waren, vor, er habe mit seinen Plänen für die Steuern eindeutig gezeigt, nur ein \
         „ganz gewöhnlicher Lobbyist“ zu sein.\n",
    );
    assert_eq!(
        speaker_of(&qs, "ganz gewöhnlicher"),
        Some("Millers Kampagne")
    );
}

#[test]
fn german_source_phrase_with_von_names_its_source_over_the_whole_sentence() {
    // The longest source phrase ("nach Ansicht von") is read, so the source is the name after it,
    // and a source phrase in the first place of the sentence reaches a quotation at its end.
    let qs = plain_quotes(
        "Reform der Bankenaufsicht\n\n\
         Die Zentralbank soll Befugnisse verlieren. Nach Ansicht von Senatorin Mary Cole, \
         Vorsitzende des Finanzausschusses im Senat, hat die Zentralbank bei der Bewältigung der \
         jüngsten Krise der Banken des Landes „vollständig versagt“.\n\n\
         Die Ermittler prüfen die Nachrichten des Mannes, die nach Bewertung von Polizei und \
         Staatsanwaltschaft „keinen Anlass zur Sorge“ geben.\n",
    );
    assert_eq!(speaker_of(&qs, "vollständig versagt"), Some("Mary Cole"));
    assert_eq!(speaker_of(&qs, "keinen Anlass"), Some("Polizei"));
}

#[test]
fn german_particle_after_a_known_surname_is_a_preposition() {
    // "Rinaldi zu Brandt": both are people of the article; "zu" is no particle of one name, while
    // a given name before it keeps a noble name together.
    let qs = plain_quotes(
        "Krach in der Kabine\n\n\
         In der Pause stritten der Trainer Tobias Brandt und der Stürmer Marco Rinaldi. Wie die \
         Zeitung „Sportblatt“ veröffentlichte, soll Rinaldi zu Brandt gesagt haben: „Sie haben keine \
         Ahnung vom Fußball.“\n\n\
         Der Minister Karl-Theodor zu Weilburg sagte: „Wir prüfen das.“\n",
    );
    assert_eq!(speaker_of(&qs, "Sie haben keine"), Some("Marco Rinaldi"));
    assert_eq!(
        speaker_of(&qs, "Wir prüfen"),
        Some("Karl-Theodor zu Weilburg")
    );
}

#[test]
fn german_adverb_before_an_inflected_adjective_stays_in_the_noun_phrase() {
    // "in einer gestern verbreiteten Erklärung" is the document, not the noun phrase before the
    // colon of the sentence.
    let qs = plain_quotes(
        "Rücktritt des Abtes\n\n\
         Der Abt gab dem Druck nach und bat den Bischof um die Aufhebung der Wahl: „Nach langem \
         Gebet bitte ich um meine Entlassung“, heißt es in einer gestern verbreiteten Erklärung.\n",
    );
    assert_eq!(
        speaker_of(&qs, "Nach langem Gebet"),
        Some("einer gestern verbreiteten Erklärung")
    );
}

#[test]
fn german_place_before_an_impersonal_cue_is_the_source() {
    // "Aus Madrid hieß es": where the words came from, not the sentence's first noun.
    let qs = plain_quotes(
        "Streit um den Grenzfluss\n\n\
         Spanien und Portugal haben das Vorgehen der Behörden kritisiert. Aus Madrid hieß es, die \
         Sperrung des Flusses sei „ein klarer Bruch“ des Vertrags.\n",
    );
    assert_eq!(speaker_of(&qs, "ein klarer Bruch"), Some("Madrid"));
}

#[test]
fn german_possessive_opens_a_description_of_someone_else() {
    // "dessen Stellvertreter" is the deputy of the man named before, not that man; "Dann" opening
    // the clause is no one.
    let qs = plain_quotes(
        "Rückkehr des Generals\n\n\
         General Tomas Velarde besucht derzeit seine Truppen im Ausland. Nach Gerüchten über eine \
         Festnahme teilte dessen Stellvertreter mit: „Er meldet sich, wenn er landet.“ Dann sagte \
         sein Sprecher: „Alles ist ruhig.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "Er meldet sich"),
        Some("dessen Stellvertreter")
    );
    assert_eq!(speaker_of(&qs, "Alles ist ruhig"), Some("sein Sprecher"));
}

#[test]
fn german_description_skips_a_relative_and_an_ambiguous_role() {
    // "Bruder des Bischofs" is someone else's relative, not the bishop; and where two people hold
    // the role, the description stays as the article gives it.
    let qs = plain_quotes(
        "Rücktritt im Bistum\n\n\
         Der Bischof Anton Keller hat seinen Rücktritt erklärt. Der jüngere Bruder des Bischofs, \
         Paul Keller, sagte: „Er ist müde.“ Am Abend sagte der Bischof vor Journalisten: „Ich \
         gehe mit Dankbarkeit.“\n",
    );
    assert_eq!(speaker_of(&qs, "Er ist müde"), Some("Paul Keller"));
    assert_eq!(speaker_of(&qs, "Ich gehe"), Some("Anton Keller"));
    let qs = plain_quotes(
        "Rücktritte im Bistum\n\n\
         Rücktritte sind selten. Bischof Anton Keller trat 1920 zurück, Bischof Karl Weber im Jahr \
         1950. Nun tritt wieder einer ab. Am Abend sagte der Bischof vor Journalisten: „Ich gehe \
         mit Dankbarkeit.“\n",
    );
    assert_eq!(speaker_of(&qs, "Ich gehe"), Some("der Bischof"));
}

#[test]
fn german_place_of_origin_and_place_before_the_verb_belong_to_the_description() {
    // "aus Genf" says where the spokesman is from; "in Kassel" between the description and its verb
    // is part of it; after the verb ("sagte der Bürgermeister in Kassel") it is where he spoke.
    let qs = plain_quotes(
        "Streit um die Schleuse\n\n\
         „Die Schleuse bleibt bis zum Sommer offen, das ist sicher“, ließ ein WHO-Sprecher aus Genf \
         verlauten. Der Leiter der \
         Feuerwehr in Kassel erklärte dazu: „Wir waren rechtzeitig vor Ort.“ „Wir bauen neu“, \
         sagte der Bürgermeister in Kassel.\n",
    );
    assert_eq!(
        speaker_of(&qs, "Die Schleuse bleibt"),
        Some("ein WHO-Sprecher aus Genf")
    );
    assert_eq!(
        speaker_of(&qs, "Wir waren rechtzeitig"),
        Some("Der Leiter der Feuerwehr in Kassel")
    );
    assert_eq!(speaker_of(&qs, "Wir bauen neu"), Some("der Bürgermeister"));
}

#[test]
fn german_agent_of_a_passive_is_the_source() {
    // "vom Deutschen Wetterdienst als „…“ eingestuft": the agent, not "von Gewittern" (no one) nor
    // a speaker carried over from the sentence before.
    let qs = plain_quotes(
        "Unwetter im Süden\n\n\
         „Wir räumen die Straßen so schnell es geht“, sagte Bürgermeisterin Lena Hofer. Im Allgäu \
         wird die Gefahr von Gewittern vom Deutschen Wetterdienst als „extrem hoch“ eingestuft.\n\n\
         Der Prozess gegen Karl Brenner beginnt im Mai. Es wurde von Brenners Anwalt die Vermutung \
         geäußert, das Gericht suche nur ein Opfer, mit dem man „eigene Versäumnisse verdecken“ \
         könne.\n",
    );
    assert_eq!(
        speaker_of(&qs, "extrem hoch"),
        Some("Deutschen Wetterdienst")
    );
    assert_eq!(
        speaker_of(&qs, "eigene Versäumnisse"),
        Some("Brenners Anwalt")
    );
}

#[test]
fn german_relative_pronoun_before_a_closing_cue_stands_for_its_noun() {
    // "ein Leitkommentar, der … als „…“ bezeichnet": the commentary speaks; in "eine Reform, die
    // der Minister als „…“ bezeichnete" the minister does.
    let qs = plain_quotes(
        "Streit um die Reform\n\n\
         Im Landesboten erschien ein Kommentar, der die Pläne des Senats als „kopflose Flucht nach \
         vorn“ bezeichnet. Gemeint ist eine Reform, die der Finanzminister Otto Brandl als „längst \
         überfällig“ bezeichnete.\n",
    );
    assert_eq!(speaker_of(&qs, "kopflose Flucht"), Some("ein Kommentar"));
    assert_eq!(speaker_of(&qs, "längst überfällig"), Some("Otto Brandl"));
}

#[test]
fn german_second_quotation_without_a_cue_goes_on_with_the_first() {
    // "mit dem Zusatz „…“" names no one: the speaker of the quotation before in the sentence.
    let qs = plain_quotes(
        "Ermittlungen eingestellt\n\n\
         Laut Angaben des Landeskriminalamts handelt es sich um einen Streich, der nach Einschätzung \
         der Staatsanwaltschaft „keinen Anlass zur Anklage“ gibt, mit dem Zusatz „vorerst nicht“.\n",
    );
    assert_eq!(
        speaker_of(&qs, "keinen Anlass"),
        speaker_of(&qs, "vorerst nicht")
    );
    assert_eq!(
        speaker_of(&qs, "vorerst nicht"),
        Some("der Staatsanwaltschaft")
    );
}

#[test]
fn quotation_in_parentheses_after_a_name_is_that_ones() {
    // The sentence's cue "so" is the others'; the parenthesis comments the name right before it.
    let qs = plain_quotes(
        "Glückwünsche zum Preis\n\n\
         „Wir freuen uns mit ihm“, sagte ein Sprecher. Auch Sprecher großer Verbände gratulierten \
         dem Preisträger, so der Präsident des Sportbunds Max Wirth, die Leiterin des Instituts, \
         Karin Osterholt („Niemand hat ihn mehr verdient als er.“), und der Bürgermeister Jens \
         Lund: „Der Preis kommt zur rechten Zeit.“\n",
    );
    assert_eq!(speaker_of(&qs, "Niemand hat ihn"), Some("Karin Osterholt"));
}

#[test]
fn german_condemning_aloud_is_a_cue() {
    let qs = plain_quotes(
        "Anschlag in Lyon\n\n\
         Über den Kurznachrichtendienst Mastodon zeigte sich die Landesregierung bestürzt und \
         verurteilte die Tat als „feigen Angriff“.\n",
    );
    assert_eq!(
        speaker_of(&qs, "feigen Angriff"),
        Some("die Landesregierung")
    );
}

#[test]
fn apposition_name_only_right_after_its_description() {
    // "Li Wei" stands in apposition to "des Vorsitzenden", not to "die Agentur".
    let qs = plain_quotes(
        "Proteste in der Provinz\n\n\
         „Die Lage ist wieder ruhig“, berichtete die Agentur unter Berufung auf Angaben des \
         Vorsitzenden der Provinzregierung, Li Wei, am Abend.\n",
    );
    assert_eq!(speaker_of(&qs, "Die Lage ist"), Some("die Agentur"));
}

#[test]
fn german_inserted_so_attributes_its_sentence_to_the_next_quotation() {
    // ", so der Autor X," names the source of the reported speech that goes on in the next sentence.
    let qs = plain_quotes(
        "Streit um den Film\n\n\
         „Der Film vereinfacht alles“, sagte der Kritiker Jonas Weber. Er habe nur die \
         Schuld eines Einzelnen im Blick. Doch sei es, so der kenianische Autor Peter Mwangi in einem \
         Beitrag für die Zeitung „Daily Nation“, ein Fehler gewesen, die Regierung zu schonen. Deshalb müsse „die Politik selbst \
         Teil der Lösung werden“.\n",
    );
    assert_eq!(speaker_of(&qs, "die Politik selbst"), Some("Peter Mwangi"));
}

#[test]
fn german_quotation_in_an_opening_subordinate_clause_is_its_cues() {
    // "Während A erklärte, …, „…“, räumte B ein": the quotation is still A's clause.
    let qs = plain_quotes(
        "Auftritt beim Finale\n\n\
         Die Show bestreiten Lena Sommer und Mira Falk. Während Sommer erklärte, sehr aufgeregt zu \
         sein, „besser wird es nicht“, räumte Mira Falk ein, lange davon geträumt zu haben.\n",
    );
    assert_eq!(speaker_of(&qs, "besser wird es"), Some("Lena Sommer"));
}

#[test]
fn colon_after_a_quoted_term_names_the_subject_before_it() {
    let qs = plain_quotes(
        "Einsatz im Ausland\n\n\
         Die Lage blieb angespannt. In einem Bericht rechtfertigte das Ministerium der Republik den \
         Einsatz als „reine Vorsicht“: „Wir haben nur unsere Leute geschützt, sonst nichts.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "Wir haben nur"),
        Some("das Ministerium der Republik")
    );
}

#[test]
fn german_verb_final_cue_after_a_quotation_has_the_subject_of_its_clause() {
    // "weil die Landesregierung Nordland als „…“ bezeichnet hat": the verb closes the subordinate
    // clause; its subject is the government, the country after it is the object.
    let qs = plain_quotes(
        "Streit um den Bericht\n\n\
         Der Bericht ist brisant, weil die Landesregierung Nordland im letzten Monat als „sicheres \
         Herkunftsland“ bezeichnet hat.\n",
    );
    assert_eq!(
        speaker_of(&qs, "sicheres Herkunftsland"),
        Some("die Landesregierung")
    );
}

#[test]
fn german_group_without_article_speaks() {
    let qs = plain_quotes(
        "Kartell unter Druck\n\n\
         Die Förderländer streiten seit Wochen. Denn: „Wozu braucht es das Kartell noch, wenn es \
         nichts beschließen kann?“ fragen sich Beobachter.\n",
    );
    assert_eq!(speaker_of(&qs, "Wozu braucht es"), Some("Beobachter"));
}

#[test]
fn german_noun_governed_by_a_preposition_takes_what_it_is_of_along() {
    // "Zum Hintergrund der Taten" is no subject, nor is "der Taten"; "hatte es geheißen" is an
    // impersonal cue like "hieß es".
    let qs = plain_quotes(
        "Jahresbericht vorgestellt\n\n\
         Zum Hintergrund der Taten führt der Bericht aus, ein Drittel weise einen „klar \
         fremdenfeindlichen“ Hintergrund auf. In einer Erklärung des Verbands vom Montag hatte es \
         geheißen: „Wir sehen keinen Grund zur Entwarnung.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "klar fremdenfeindlichen"),
        Some("der Bericht")
    );
    assert_eq!(
        speaker_of(&qs, "Wir sehen keinen"),
        Some("einer Erklärung des Verbands")
    );
}

#[test]
fn german_chanting_is_a_cue() {
    let qs = plain_quotes(
        "Protest in der Hauptstadt\n\n\
         Tausende zogen durch die Stadt. Die Menschenmenge skandierte vor einem großen Kaufhaus \
         Parolen wie „Regierung raus!“ und zog weiter zum Parlament.\n",
    );
    assert_eq!(speaker_of(&qs, "Regierung raus"), Some("Die Menschenmenge"));
}

#[test]
fn german_document_a_quotation_stands_in_is_its_source() {
    // No cue: "In einem Rundschreiben … war von „…“ die Rede", "steht in dem Entwurf der Satz: „…“".
    let qs = plain_quotes(
        "Umbau beim Sender\n\n\
         Hundert Stellen fallen weg. In einem internen Schreiben an die Belegschaft war von \
         einem „fairen und offenen Prozess“ die Rede. Derzeit steht in dem Gesetzentwurf für ein neues \
         Statut noch der Satz: „Die Redaktion bleibt in der Stadt und wird nicht verkleinert.“\n",
    );
    assert_eq!(
        speaker_of(&qs, "fairen und offenen"),
        Some("einem internen Schreiben")
    );
    assert_eq!(
        speaker_of(&qs, "Die Redaktion bleibt"),
        Some("dem Gesetzentwurf")
    );
}

#[test]
fn latter_is_the_person_named_last() {
    // "so letztere": the second of the two named, not the first nor a speaker carried over.
    let qs = plain_quotes(
        "Protest gegen Pelz\n\n\
         Die Sängerin Karla Wendt stand in einem Käfig, während die Moderatorin Ina Brügge davor \
         Zettel verteilte. „Die Tiere leiden jeden Tag in diesen Käfigen“, so letztere.\n",
    );
    assert_eq!(speaker_of(&qs, "Die Tiere leiden"), Some("Ina Brügge"));
}

#[test]
fn english_agent_of_a_passive_is_the_source_only_in_its_own_clause() {
    // "was branded by Senator X as “…”" credits the senator; "the crowd, which was picked by the
    // council, as “…”" does not credit the council: the agent's clause ends before the quotation.
    let qs = plain_quotes(
        "Budget fight heats up\n\n\
         The governor's plan was met with anger on Monday. The plan was branded by Senator Jane \
         Whitfield as \"a disaster for working families.\" Later the governor waved at the crowd, \
         which was picked by Liberty Action Council, as \"paid protesters and nothing else.\"\n",
    );
    assert_eq!(speaker_of(&qs, "a disaster for"), Some("Jane Whitfield"));
    assert_ne!(
        speaker_of(&qs, "paid protesters"),
        Some("Liberty Action Council")
    );
}

#[test]
fn a_preposition_and_a_demonstrative_opening_a_sentence_are_no_name() {
    // "Zu" is a name particle ("zu Guttenberg"), but "Zu dieser Zeit" is a time, not a person: only a
    // short article may stand inside a name ("von der Leyen").
    let qs = text_quotes(
        "Der Prozess gegen den Vater wurde am Montag vertagt. Danach konnte der Vater das \
         Gebäude verlassen. Zu dieser Zeit ging Hollweg, die Anwältin der Frau, noch davon aus, \
         dass der Haftbefehl vor dem Gebäude vollstreckt würde, „um den Kindern den Anblick zu \
         ersparen“. Ministerin Ursula von der Leyen sagte: „Das Gericht hat entschieden.“",
    );
    assert_eq!(speaker_of(&qs, "um den Kindern"), Some("Hollweg"));
    assert_eq!(speaker_of(&qs, "Das Gericht"), Some("Ursula von der Leyen"));
}
