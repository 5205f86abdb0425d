//! Our own news-style fixtures (`tests/fixtures/extraction`): what the reader view must keep, what it
//! must drop, the removal report and the metadata. They always run, with or without `../shared`.

mod common;

use klartext::{Reading, RemovedKind};

const URL: &str = "https://news.example.de/politik/artikel-1.html";

fn read(name: &str) -> Reading {
    let path = format!(
        "{}/tests/fixtures/extraction/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let html = std::fs::read_to_string(&path).expect("fixture exists");
    klartext::read(&html, Some(URL)).expect("fixture is an article")
}

fn assert_text(r: &Reading, keep: &[&str], drop: &[&str]) {
    let text = common::squash(&r.text);
    let lower = text.to_lowercase();
    let missing: Vec<_> = keep.iter().filter(|s| !text.contains(*s)).collect();
    let leaked: Vec<_> = drop
        .iter()
        .filter(|s| lower.contains(&s.to_lowercase()))
        .collect();
    assert!(missing.is_empty(), "missing {missing:?}\nin: {text}");
    assert!(leaked.is_empty(), "leaked {leaked:?}\nin: {text}");
}

fn removed_count(r: &Reading, kind: RemovedKind, needle: &str) -> usize {
    r.removed
        .iter()
        .filter(|x| x.kind == kind && x.text.contains(needle))
        .count()
}

#[test]
fn german_page_drops_disguised_partner_ads_and_related_lists() {
    let r = read("de-partner-ads.html");
    assert_text(
        &r,
        &[
            "Ab Januar zahlen Haushalte in Bonn deutlich mehr",
            "Die Stadtwerke Bonn haben am Montag angekündigt",
            "Sonderkündigungsrecht nutzen",
            "Die Zentrale der Stadtwerke am Rheinufer.",
            "Strom Grundversorgung",
            "Anträge sollen ab Februar im Bürgeramt gestellt werden können.",
        ],
        &[
            "Solaranlage",
            "Ratenkredit",
            "Mehr zum Thema",
            "Strompreise im Vergleich",
            "Unsere Partner",
            "Festgeld",
            "Artikel anhören",
            "Newsletter",
            "Twittern",
            "Cookies",
            "Startseite",
            "Impressum",
            "Foto: Rundschau-Archiv",
        ],
    );
    // The pull quote repeats the body: the quotation appears once.
    assert_eq!(r.text.matches("Wir geben nur die gestiegenen").count(), 1);
    // One report entry per partner ad, not one per nested element.
    assert_eq!(
        removed_count(&r, RemovedKind::Ad, "Festgeld"),
        1,
        "{:#?}",
        r.removed
    );
    assert_eq!(
        removed_count(&r, RemovedKind::Ad, "Solaranlage"),
        1,
        "{:#?}",
        r.removed
    );
    assert_eq!(
        removed_count(&r, RemovedKind::Ad, "Ratenkredit"),
        1,
        "{:#?}",
        r.removed
    );
    assert!(
        removed_count(&r, RemovedKind::Related, "Strompreise") == 1,
        "{:#?}",
        r.removed
    );
    // The lazy image comes from data-src, made absolute, and only once despite the noscript copy.
    assert_eq!(
        r.html
            .matches("https://news.example.de/bilder/stadtwerke-zentrale.jpg")
            .count(),
        1,
        "{}",
        r.html
    );
    assert!(r.html.contains("<table>") && r.html.contains("<th>Tarif</th>"));
    assert_eq!(
        r.title,
        "Stadtwerke erhöhen die Preise – was Kunden jetzt wissen müssen"
    );
    assert_eq!(r.byline.as_deref(), Some("Anna Berger, Jonas Wirth"));
    assert_eq!(r.published.as_deref().map(|d| &d[..10]), Some("2025-11-03"));
    assert_eq!(r.site.as_deref(), Some("Rheinische Rundschau"));
    assert_eq!(r.lang.as_deref(), Some("de"));
}

#[test]
fn english_page_with_several_articles_keeps_the_story() {
    let r = read("en-multi-article.html");
    assert_text(
        &r,
        &[
            "Commuters face long detours from March",
            "The Harbour Bridge will close to all traffic",
            "safety has to come first",
            "The bridge opened in 1965.",
            "Cable replacement",
            "most of it paid by the national roads agency.",
        ],
        &[
            "outdated browser",
            "We value your privacy",
            "Ferry company adds extra sailings",
            "10 gadgets",
            "Share this article",
            "Detour maps",
            "About time they fixed it",
            "Storm warning",
            "Photograph: Coastal Times",
        ],
    );
    // Links and images are absolute against <base>.
    assert!(
        r.html
            .contains("src=\"https://www.coastaltimes.example/news/images/bridge.jpg\""),
        "{}",
        r.html
    );
    assert_eq!(r.title, "Harbour bridge to close for six months of repairs");
    assert_eq!(r.byline.as_deref(), Some("Priya Natarajan"));
    assert_eq!(r.published.as_deref().map(|d| &d[..10]), Some("2025-09-14"));
    assert_eq!(r.site.as_deref(), Some("Coastal Times"));
    assert_eq!(r.lang.as_deref(), Some("en"));
    assert!(
        removed_count(&r, RemovedKind::Ad, "gadgets") == 1,
        "{:#?}",
        r.removed
    );
}

#[test]
fn german_div_only_page_without_paragraphs() {
    let r = read("de-div-only.html");
    assert_text(
        &r,
        &[
            "Der Gemeinderat von Murnau hat am Donnerstagabend",
            "Bürgermeister Thomas Huber sprach",
            "bereits im kommenden Frühjahr beginnen.",
        ],
        &[
            "Weiterlesen mit Oberland+",
            "Dorffest",
            "Impressum",
            "Vereine",
        ],
    );
    assert_eq!(r.title, "Gemeinderat beschließt neues Radwegenetz");
    assert_eq!(r.published.as_deref(), Some("2025-06-20"));
    assert!(
        r.text.split("\n\n").count() >= 4,
        "paragraphs kept apart: {}",
        r.text
    );
}

#[test]
fn german_page_keeps_the_header_lead_and_drops_credits_teaser_links_and_author_box() {
    let r = read("de-header-lead-author-box.html");
    assert_text(
        &r,
        &[
            "Nach zwei Jahren Streit bekommt die Altstadt",
            "Der Stadtrat hat am Dienstagabend",
            "Die Hauptstraße soll einen eigenen Radstreifen bekommen.",
            "neue Parkflächen am Stadtrand",
            "Mehr zum Verfahren steht im Protokoll der Sitzung",
        ],
        &[
            "Foto: Lokalblatt",
            "Petra Beispiel schreibt",
            "Parkhaus am Markt wird abgerissen",
        ],
    );
    // The lead is taken once, before the body.
    assert_eq!(r.text.matches("Nach zwei Jahren Streit").count(), 1);
    assert!(r.text.starts_with("Nach zwei Jahren Streit"));
    // The HTML keeps the figure with its credit.
    assert!(r.html.contains("(Foto: Lokalblatt/Müller)"));
}

#[test]
fn german_page_drops_podcast_player_read_aloud_widget_and_counted_comments() {
    let r = read("de-podcast-comments.html");
    assert_text(
        &r,
        &[
            "Die Reederei Alsumer Fährlinie hat am Dienstag",
            "Die Werft in Nordenham beginnt im Januar",
            "Inselbewohner sollen weiter bevorzugt einen Stellplatz bekommen.",
        ],
        &[
            "Podcast abspielen",
            "Küstenpost am Morgen",
            "Artikel vorlesen lassen",
            "Kommentare",
            "mitzudiskutieren",
            "Das wurde Zeit",
        ],
    );
    assert_eq!(
        removed_count(&r, RemovedKind::Audio, "Küstenpost am Morgen"),
        1
    );
    assert_eq!(
        removed_count(&r, RemovedKind::Comments, "Kommentare (27)"),
        1
    );
}

#[test]
fn labelled_boxes_inside_a_softly_marked_wrapper_are_still_dropped() {
    // The wrapper's class word ("header") marks it softly; the story is short, so the retry keeps the
    // wrapper, and the labelled share and related boxes inside it must still be known as clutter.
    let r = read("en-soft-wrapper-labels.html");
    assert_text(
        &r,
        &[
            "The town council approved a new footbridge",
            "the bridge should open by the end of next year",
        ],
        &[
            "Share this article",
            "Post it to your friends",
            "ferry service",
        ],
    );
}

#[test]
fn spanish_page_drops_related_labels_boxes_and_calls_to_action() {
    // Spanish has no language folder: its labels come from the shared multilingual table.
    let r = read("es-labels.html");
    assert_text(
        &r,
        &[
            "El pleno municipal aprobó el martes",
            "Las obras comenzarán en primavera",
            "La oposición votó a favor",
        ],
        &[
            "Lea también",
            "El puente viejo cerrará",
            "Suscríbete",
            "Otras noticias",
            "La biblioteca municipal",
        ],
    );
}

#[test]
fn headings_offering_more_of_the_site_over_links_are_related_boxes() {
    let r = read("de-more-links.html");
    assert_text(
        &r,
        &[
            "Der Kreistag hat am Donnerstag beschlossen",
            "Mehr Geld vom Land",
            "Einen großen Teil der Kosten übernimmt das Land",
            "Die Bauarbeiten sollen im April beginnen",
        ],
        &[
            "Weitere Radtouren",
            "Radtour am See",
            "Entdecke weitere Geschichten",
            "Wochenmarkt",
        ],
    );
}

#[test]
fn a_counted_comments_heading_and_the_comments_under_it_are_dropped() {
    let r = read("de-comment-count.html");
    assert_text(
        &r,
        &[
            "Im Winter stehen die Hechte tief",
            "Wer einen Fisch zurücksetzen will",
        ],
        &[
            "2 Kommentare",
            "Toller Bericht",
            "die Fische sollen ihre Ruhe haben",
        ],
    );
}

#[test]
fn a_story_split_into_sibling_sections_is_taken_whole() {
    let r = read("de-split-sections.html");
    assert_text(
        &r,
        &[
            "Die Strecke über den Pass gilt",
            "Tickets gibt es am Schalter",
            "Im Speisewagen gibt es Suppe und Kuchen",
            "Der Ausgangsbahnhof ist von der Stadt aus",
        ],
        &[],
    );
}

#[test]
fn teaser_lines_of_a_lead_in_and_one_link_are_dropped() {
    let r = read("en-teaser-lines.html");
    assert_text(
        &r,
        &[
            "Residents returned to their homes on Sunday",
            "The council said it had opened two emergency shelters",
            "The full damage report is on the council website, published on Friday",
        ],
        &[
            "The former mayor on the dam",
            "Why it failed",
            "Drone footage",
        ],
    );
}

#[test]
fn a_footer_named_wrapper_holding_the_story_is_not_stripped() {
    // "above-footer" is a place on the page, not a footer: the wrapper holds nearly all of its prose.
    let r = read("en-footer-wrapper.html");
    assert_text(
        &r,
        &[
            "The regional airline will become a full member",
            "Analysts said the move would help the carrier",
        ],
        &["Our editors pick every product"],
    );
}

#[test]
fn affiliate_disclosures_and_disclaimers_are_dropped() {
    let r = read("en-affiliate-disclosure.html");
    assert_text(
        &r,
        &[
            "A good rain jacket for the bike has to do two things",
            "The winner is light, packs into its own pocket",
        ],
        &["we may earn a small fee", "Prices were checked"],
    );
}

#[test]
fn spanish_date_lines_and_rating_widgets_are_dropped() {
    let r = read("es-date-rating.html");
    assert_text(
        &r,
        &[
            "El nuevo tranvía eléctrico empezó a circular",
            "Los vecinos de la zona norte piden ahora",
        ],
        &["16 de marzo de 2021", "Valora este artículo", "sin votos"],
    );
}
