//! Actors on synthetic German and English news texts written for these tests (always run): persons
//! with their roles, short forms and genitives merged, organisations, no places, no author, and the
//! lookups the quote stage uses.

use klartext::card::{actors, sentences};
use klartext::lang;
use klartext::metadata::Metadata;
use klartext::reading::{Actor, ActorKind};
use klartext::render::{Block, BlockKind};

const GERMAN: &str = include_str!("fixtures/actors/de_bericht.txt");
const ENGLISH: &str = include_str!("fixtures/actors/en_report.txt");

fn run(text: &str, code: &str, byline: Option<&str>) -> actors::Actors {
    let blocks: Vec<Block> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| Block {
            kind: BlockKind::Paragraph,
            text: p.trim().to_string(),
        })
        .collect();
    let sents = sentences::split(&blocks);
    let meta = Metadata {
        byline: byline.map(str::to_string),
        ..Metadata::default()
    };
    actors::find(&sents, &meta, lang::for_code(Some(code), ""))
}

fn get<'a>(list: &'a [Actor], name: &str) -> &'a Actor {
    list.iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {list:#?}"))
}

fn names(list: &[Actor]) -> Vec<&str> {
    list.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn german_persons_roles_and_aliases() {
    let found = run(GERMAN, "de", Some("Petra Sommerfeld"));
    let list = &found.list;
    let baerbel = get(list, "Bärbel Hofstetter");
    assert_eq!(baerbel.kind, ActorKind::Person);
    assert_eq!(
        baerbel.role.as_deref(),
        Some("Österreichs Finanzministerin")
    );
    assert!(baerbel.aliases.contains(&"Hofstetter".to_string()));
    assert!(baerbel.mentions >= 3, "{baerbel:?}");
    let jonas = get(list, "Jonas Weingartner");
    assert_eq!(
        jonas.role.as_deref(),
        Some("Ökonom am Institut für Wirtschaftsforschung in Linz")
    );
    let park = get(list, "Park Min-jun");
    assert_eq!(park.role.as_deref(), Some("südkoreanische Handelsminister"));
    assert!(park.aliases.contains(&"Park".to_string()));
    assert_eq!(
        get(list, "Institut für Wirtschaftsforschung").kind,
        ActorKind::Org
    );
    assert_eq!(get(list, "Yonhap").kind, ActorKind::Org);
    // The most mentioned actor comes first.
    assert_eq!(
        list.first().map(|a| a.name.as_str()),
        Some("Bärbel Hofstetter")
    );
}

#[test]
fn german_places_and_author_are_not_actors() {
    let found = run(GERMAN, "de", Some("Petra Sommerfeld"));
    let n = names(&found.list);
    for place in [
        "Österreich",
        "Österreichs",
        "Wien",
        "Südkorea",
        "Linz",
        "Petra Sommerfeld",
    ] {
        assert!(!n.contains(&place), "{place} listed: {n:?}");
    }
    // Common nouns written with capitals are no actors.
    for noun in ["Zölle", "Regierung", "Experten", "Montag"] {
        assert!(!n.contains(&noun), "{noun} listed: {n:?}");
    }
}

#[test]
fn english_persons_orgs_and_roles() {
    let found = run(ENGLISH, "en", Some("Tom Ashby"));
    let list = &found.list;
    let m = get(list, "Margaret Oyelaran");
    assert_eq!(m.role.as_deref(), Some("Nigerian Finance Minister"));
    assert!(m.aliases.contains(&"Oyelaran".to_string()));
    let d = get(list, "Daniel Whitcombe");
    assert_eq!(d.role.as_deref(), Some("chief economist at Harlow Capital"));
    assert_eq!(get(list, "Harlow Capital").kind, ActorKind::Org);
    assert_eq!(get(list, "Central Bank of Nigeria").kind, ActorKind::Org);
    let n = names(list);
    for not_actor in ["Lagos", "Nigeria", "Tom Ashby", "Tuesday", "The"] {
        assert!(!n.contains(&not_actor), "{not_actor} listed: {n:?}");
    }
}

#[test]
fn lookups_for_the_quote_stage() {
    let found = run(GERMAN, "de", None);
    assert_eq!(
        found.resolve("Hofstetters").map(|a| a.name.as_str()),
        Some("Bärbel Hofstetter")
    );
    assert_eq!(
        found.resolve("Park").map(|a| a.name.as_str()),
        Some("Park Min-jun")
    );
    assert!(found.resolve("Regierung").is_none());
    // Sentence 1 names Hofstetter; sentence 2 only says "die Ministerin".
    let in_first: Vec<&str> = found
        .mentions_in(0)
        .iter()
        .filter_map(|m| found.list.get(m.actor))
        .map(|a| a.name.as_str())
        .collect();
    assert!(in_first.contains(&"Bärbel Hofstetter"), "{in_first:?}");
    assert_eq!(
        found.last_person_before(1).map(|a| a.name.as_str()),
        Some("Bärbel Hofstetter")
    );
    assert_eq!(
        found.by_role("Ökonom", 5).map(|a| a.name.as_str()),
        Some("Jonas Weingartner")
    );
    assert_eq!(
        found.by_role("Ministerin", 3).map(|a| a.name.as_str()),
        Some("Bärbel Hofstetter")
    );
    assert!(found.by_role("Bischof", 3).is_none());
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "„“",
        "A",
        "Der Die Das.",
        "Kim",
        "- – —",
        "Mr.",
        "Dr. Dr. Dr.",
    ] {
        let _ = run(text, "de", None);
        let _ = run(text, "en", None);
    }
}

/// Every actor name is a span of its text (whitespace aside): titles, markup left in pasted text,
/// particles and genitives do not produce forms the article never wrote.
#[test]
fn names_are_spans_of_the_text() {
    let cases = [
        (
            "de",
            "CDU-Chef Dr. Tuesday. Das sagte Dr. Tuesday am Montag in Berlin.",
        ),
        (
            "de",
            "Thomas Berger sagte: „<em>CDU-Chef Tuesday.</em>“ Tuesday.</p> Berger ging.",
        ),
        ("de", "Gestern hat Markus Müller den Preis gewonnen."),
        ("de", "Die Kommission unter Ursula von der Leyen tagte."),
        (
            "de",
            "Das war Hermann Ecksteins Karriere, sagte Anna Bauer.",
        ),
        ("en", "Middlesbrough 0 Leeds 0. Real Madrid 2 Barcelona 0."),
    ];
    for (code, text) in cases {
        let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for a in run(text, code, None).list {
            assert!(squashed.contains(&a.name), "{:?} not in {text:?}", a.name);
        }
    }
    let de = |text: &str| run(text, "de", None).list;
    assert_eq!(
        names(&de("Gestern hat Markus Müller den Preis gewonnen.")),
        ["Markus Müller"]
    );
    assert_eq!(
        names(&de("Die Kommission unter Ursula von der Leyen tagte.")),
        ["Ursula von der Leyen"]
    );
    // Teams in a results line are organisations, also where a city names the club.
    let teams = run("Chelsea 1 Leeds 2 yesterday.", "en", None).list;
    assert!(teams.iter().all(|a| a.kind == ActorKind::Org), "{teams:#?}");
    assert!(names(&teams).contains(&"Leeds"), "{teams:#?}");
}

#[test]
fn german_bare_subject_before_a_verb_is_a_person_an_opening_adverb_is_not() {
    let text = "Würzner ist seit 2006 Oberbürgermeister der Stadt.\n\nSchließlich kam er doch zur \
                Sitzung.\n\nNatürlich braucht man dafür Geduld.\n\nDaraufhin wurde die Sitzung \
                vertagt.\n\nNiemand soll sagen, er sei nicht gefragt worden. Jemand hat \
                widersprochen.";
    let found = run(text, "de", None);
    assert_eq!(names(&found.list), vec!["Würzner"]);
    // A present participle opening the sentence is an adverb, not a subject.
    let adverbs = run(
        "Relativierend fügt Brandt hinzu, das sei nur ein Anfang.\n\nAbschließend dankte \
         Vogt allen Helfern.",
        "de",
        None,
    );
    let adverbs = names(&adverbs.list);
    assert!(
        !adverbs.contains(&"Relativierend") && !adverbs.contains(&"Abschließend"),
        "{adverbs:?}"
    );
    assert_eq!(get(&found.list, "Würzner").kind, ActorKind::Person);
}

#[test]
fn german_double_given_names_and_surnames_that_are_common_nouns() {
    let text =
        "Die Zahl der von Margrit Herbst beobachteten Fälle wuchs weiter.\n\nDie Lage zwingt \
                Christian Platz zum Umzug.\n\nKai-Uwe Brenner war damals Landrat.\n\nDie Bilder \
                sind alt, berichtet Ralph-Thorsten Weidner.\n\nUnd Eleonore Kranich kommentiert \
                den Rücktritt.";
    let found = run(text, "de", None);
    for n in [
        "Margrit Herbst",
        "Christian Platz",
        "Kai-Uwe Brenner",
        "Ralph-Thorsten Weidner",
        "Eleonore Kranich",
    ] {
        assert_eq!(get(&found.list, n).kind, ActorKind::Person, "{n}");
    }
}

#[test]
fn german_well_known_companies_are_organisations() {
    let text = "Der Autobauer Mitsubishi will mit Suzuki kooperieren.\n\nAuch Vattenfall und \
                Greenpeace streiten vor Gericht.";
    let found = run(text, "de", None);
    for n in ["Mitsubishi", "Suzuki", "Vattenfall", "Greenpeace"] {
        assert_eq!(get(&found.list, n).kind, ActorKind::Org, "{n}");
    }
}

#[test]
fn german_names_of_bodies_keep_their_english_words_and_lose_their_classifier() {
    // A model after its make is the make alone ("Suzuki Vitara"), but "International" or
    // "Helicopters" go on with the name; "die Organisation" before a listed body only classifies it.
    let text = "Die Organisation Amnesty International kritisierte die Regierung. Amnesty \
                International fordert die Freilassung aller Gefangenen.\n\nDer Hersteller Airbus \
                Helicopters liefert zehn Maschinen. Gut verkaufte sich der Suzuki Vitara.";
    let found = run(text, "de", None);
    let amnesty = get(&found.list, "Amnesty International");
    assert_eq!((amnesty.kind, amnesty.mentions), (ActorKind::Org, 2));
    assert_eq!(get(&found.list, "Airbus Helicopters").kind, ActorKind::Org);
    assert_eq!(get(&found.list, "Suzuki").kind, ActorKind::Org);
    let names = names(&found.list);
    for wrong in [
        "Amnesty",
        "Airbus",
        "Organisation Amnesty International",
        "Suzuki Vitara",
    ] {
        assert!(!names.contains(&wrong), "{wrong} in {names:?}");
    }
}

#[test]
fn german_sentence_openers_before_a_verb_are_no_persons() {
    // "Unklar ist, ob …": a predicate before "to be" and its clause; "Worin", "Hierbei": pronominal
    // adverbs. (A bare name before a verb stays a person: `german_bare_subject_before_a_verb_…`.)
    let text = "Unklar ist, welche Auswirkungen das Urteil haben wird. Worin besteht der Anlass? \
                Hierbei half die Polizei.";
    let found = run(text, "de", None);
    let names = names(&found.list);
    for wrong in ["Unklar", "Worin", "Hierbei"] {
        assert!(!names.contains(&wrong), "{wrong} in {names:?}");
    }
}

#[test]
fn english_teams_in_capital_tables_and_company_legal_forms() {
    let text =
        "Standings after Thursday's games (won, lost, points): NEW JERSEY 14 10 29 NY RANGERS \
                10 13 25 TAMPA BAY 8 15 18\n\nCanada's Bre-X Minerals Ltd and the Chicago Bulls \
                said on Friday they had agreed.";
    let found = run(text, "en", None);
    for team in ["NEW JERSEY", "NY RANGERS", "TAMPA BAY", "Chicago Bulls"] {
        assert_eq!(get(&found.list, team).kind, ActorKind::Org, "{team}");
    }
    assert_eq!(get(&found.list, "Bre-X Minerals Ltd").kind, ActorKind::Org);
}

#[test]
fn german_local_news_common_nouns_are_no_persons() {
    let found = run(
        include_str!("fixtures/actors/de_lokal.txt"),
        "de",
        Some("Lena Hartmann"),
    );
    let list = &found.list;
    // A surname ending like a noun ("-berg") after a given name; the role from an apposition before
    // the name; later bare mentions merged.
    let sabine = get(list, "Sabine Kranzberg");
    assert_eq!(sabine.kind, ActorKind::Person);
    assert_eq!(
        sabine.role.as_deref(),
        Some("Vorsteherin des Wasserverbands Oberau")
    );
    assert!(
        sabine.aliases.contains(&"Kranzberg".to_string()),
        "{sabine:?}"
    );
    assert!(sabine.mentions >= 3, "{sabine:?}");
    let tobias = get(list, "Tobias Lenhardt");
    assert_eq!(tobias.role.as_deref(), Some("Bürgermeister"));
    // The genitive of an organisation's head is its alias, and the nominative names it.
    let verband = get(list, "Wasserverband Oberau");
    assert_eq!(verband.kind, ActorKind::Org);
    assert!(
        verband
            .aliases
            .contains(&"Wasserverbands Oberau".to_string()),
        "{verband:?}"
    );
    // A unit of measure, a common noun after an article or "am", and a mass noun opening a sentence
    // are no persons.
    for a in list {
        for bad in ["Wasser", "Kubikmeter", "Rand", "Lindenau", "Widerstand"] {
            assert!(
                a.kind != ActorKind::Person || !a.name.split(' ').any(|w| w == bad),
                "{bad} in {a:?}"
            );
        }
    }
    assert_eq!(list.len(), 3, "{list:#?}");
}

#[test]
fn german_demo_article_actors() {
    let html = include_str!("../www/demo-artikel.html");
    let reading = klartext::read(html, Some("https://www.kreisbote.example/x.html"))
        .expect("the demo page is an article");
    let list = &reading.card.actors;
    let claudia = get(list, "Claudia Rehberg");
    assert_eq!(claudia.kind, ActorKind::Person);
    assert_eq!(
        claudia.role.as_deref(),
        Some("Verbandsvorsteherin des Zweckverbands Elbtal")
    );
    let org = get(list, "Zweckverband Elbtal");
    assert!(
        org.aliases.contains(&"Zweckverbands Elbtal".to_string()),
        "{org:?}"
    );
    for gone in [
        "Kubikmeter Wasser",
        "Rand von Wendlingen",
        "Widerstand",
        "Zweckverbands Elbtal",
    ] {
        assert!(!names(list).contains(&gone), "{gone} in {list:#?}");
    }
}

#[test]
fn english_role_before_name_apposition_and_place_names() {
    let text = "The harbour master, Dorothy Quill, closed the port on Monday. The deputy chair of the \
                regional fishermen's association, Owen Trask, called the decision rash. Boats in Port \
                Carrow stayed at their moorings, while crews in Kelso Bay and on Mount Arden waited.\n\n\
                Quill said the storm would pass by Thursday.";
    let found = run(text, "en", None);
    let list = &found.list;
    assert_eq!(
        get(list, "Dorothy Quill").role.as_deref(),
        Some("harbour master")
    );
    assert_eq!(
        get(list, "Owen Trask").role.as_deref(),
        Some("deputy chair of the regional fishermen's association")
    );
    for place in ["Port Carrow", "Kelso Bay", "Mount Arden"] {
        assert!(
            !names(list).contains(&place),
            "{place} is a place: {list:#?}"
        );
    }
}

#[test]
fn english_parenthesised_clubs_and_scorers() {
    let text = "Leading scorers after Sunday's games: Tomas Brennig (Harwick) 11, Dario Velluto \
                (Croatia) 9.\n\nKellby 2 (Orrin 14, Pask 77) Dunmore 1 (Vayne 60).";
    let found = run(text, "en", None);
    let list = &found.list;
    assert_eq!(get(list, "Harwick").kind, ActorKind::Org);
    assert_eq!(get(list, "Tomas Brennig").kind, ActorKind::Person);
    for scorer in ["Orrin", "Pask", "Vayne"] {
        assert_eq!(get(list, scorer).kind, ActorKind::Person, "{list:#?}");
    }
    assert!(!names(list).contains(&"Croatia"), "{list:#?}");
}

#[test]
fn english_standings_with_percentages_and_common_words_in_capitals() {
    let text = "EASTERN DIVISION W L PCT GB\nHARTVALE 14 4 .778 -\nDUNMOOR 11 6 .647 2\n\nWOMEN'S \
                DRAW: the seeds were named on Monday.";
    let found = run(text, "en", None);
    for team in ["HARTVALE", "DUNMOOR"] {
        assert_eq!(get(&found.list, team).kind, ActorKind::Org, "{team}");
    }
    assert!(
        !names(&found.list)
            .iter()
            .any(|n| n.starts_with("WOMEN") || *n == "DRAW"),
        "{:#?}",
        found.list
    );
}

#[test]
fn english_results_lines_name_home_teams_in_capitals_and_clubs_named_like_persons() {
    let text =
        "Results on Friday (home team in CAPS):\n\nAshvale 101 GREY HARBOUR 95\n\nTARNWICK 88 \
                Marion 80\n\nKESTON 1996-12-06 Leaders met on Friday.";
    let found = run(text, "en", None);
    for team in ["GREY HARBOUR", "TARNWICK", "Marion", "Ashvale"] {
        assert_eq!(get(&found.list, team).kind, ActorKind::Org, "{team}");
    }
    assert!(!names(&found.list).contains(&"KESTON"), "{:#?}", found.list);
}

#[test]
fn english_headline_in_capitals_keeps_listed_organisation_acronyms() {
    let text = "BASKETBALL - NBA STARS SHINE AS WHO CAN STOP THEM ASK FANS.\n\nThe season went on.";
    let found = run(text, "en", None);
    assert_eq!(get(&found.list, "NBA").kind, ActorKind::Org);
    assert!(!names(&found.list).contains(&"WHO"), "{:#?}", found.list);
}

#[test]
fn english_league_team_names_after_a_town_are_organisations() {
    let text =
        "The Dunmarsh Cowboys beat the Corwin Bay Packers 21-17 on Sunday, coach Eli Brandt said.";
    let found = run(text, "en", None);
    for team in ["Dunmarsh Cowboys", "Corwin Bay Packers"] {
        assert_eq!(get(&found.list, team).kind, ActorKind::Org, "{team}");
    }
    assert_eq!(get(&found.list, "Eli Brandt").kind, ActorKind::Person);
}

#[test]
fn english_results_no_team_before_a_genitive_or_after_a_dismissal_letter() {
    let text =
        "Results on Saturday:\n\nMen's 10 kms 1. Olek Varsky 26 minutes\n\nScores: T. Brandle \
                c Hoskin b Marwick 44 Lanford 12 Dunhill 9.";
    let found = run(text, "en", None);
    let list = names(&found.list);
    assert!(
        !list.iter().any(|n| n.starts_with("Men")),
        "{:#?}",
        found.list
    );
    assert!(
        !found
            .list
            .iter()
            .any(|a| a.name == "Marwick" && a.kind == ActorKind::Org),
        "{:#?}",
        found.list
    );
    assert_eq!(get(&found.list, "Lanford").kind, ActorKind::Org);
}

#[test]
fn english_opening_compound_adjective_is_no_name() {
    let text = "In-form Dalbury should prove too strong for Kesterton.";
    let found = run(text, "en", None);
    assert!(
        !names(&found.list).iter().any(|n| n.starts_with("In-form")),
        "{:#?}",
        found.list
    );
}

#[test]
fn english_classifier_after_a_name_and_listed_clubs_make_organisations() {
    let text =
        "Officials told Il Vento newspaper that the Kovar group would sell its stake. Fans of \
                Maccabi and Hapoel marched on Sunday, Tomas Drell said.";
    let found = run(text, "en", None);
    for org in ["Il Vento", "Kovar", "Maccabi", "Hapoel"] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
    assert_eq!(get(&found.list, "Tomas Drell").kind, ActorKind::Person);
}

#[test]
fn english_and_joins_an_organisation_only_after_of_or_before_its_head() {
    let text =
        "The Department of Trade and Industry said Kestrel City and Dunmore must close, after a \
                13-yard TD run on Sunday.";
    let found = run(text, "en", None);
    let list = names(&found.list);
    assert!(
        list.contains(&"Department of Trade and Industry"),
        "{list:?}"
    );
    assert!(!list.iter().any(|n| n.contains("Dunmore")), "{list:?}");
    assert!(!list.contains(&"TD"), "{list:?}");
}

#[test]
fn english_a_date_is_no_score_of_a_results_line() {
    let text =
        "Results on Friday:\n\nBrenton 3 Casby 1 OSTBURG, Dunvale 1996-12-07 Kellow 2 Varnish 0";
    let found = run(text, "en", None);
    assert_eq!(get(&found.list, "Brenton").kind, ActorKind::Org);
    assert!(
        !names(&found.list).contains(&"Dunvale"),
        "{:#?}",
        found.list
    );
}

#[test]
fn english_and_before_a_place_starts_the_next_team_and_more_organisation_words() {
    let text =
        "The Corwin Cowboys and Dallas Mavericks met. The medical charity Terre Mondiale said \
                on Monday that Harlow Shipping had paid.";
    let found = run(text, "en", None);
    for org in [
        "Corwin Cowboys",
        "Dallas Mavericks",
        "Terre Mondiale",
        "Harlow Shipping",
    ] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
}

#[test]
fn english_name_with_its_acronym_in_parentheses_is_an_organisation() {
    let text = "Members of Verde Unita (VU) and the Radical Greens (FDP) walked out on Tuesday.";
    let found = run(text, "en", None);
    for org in ["Verde Unita", "Radical Greens"] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
}

#[test]
fn english_bare_first_word_of_a_company_is_that_company() {
    let text =
        "Dravenport Mining Corp shares rose on Monday.\n\nDravenport said it would sell the mine, \
                chief executive Ola Brandt said.";
    let found = run(text, "en", None);
    let company = get(&found.list, "Dravenport Mining Corp");
    assert_eq!(company.kind, ActorKind::Org);
    assert!(
        company.aliases.iter().any(|a| a == "Dravenport"),
        "{company:#?}"
    );
    assert!(
        !names(&found.list).contains(&"Dravenport"),
        "{:#?}",
        found.list
    );
}

#[test]
fn english_team_named_by_a_country_is_no_actor_a_club_by_its_city_is() {
    let text = "Scores on Friday:\n\nPakistan 277-9 Norway 231 Leeds 2 Tarnwick 1.";
    let found = run(text, "en", None);
    let list = names(&found.list);
    assert!(
        !list.contains(&"Pakistan") && !list.contains(&"Norway"),
        "{list:?}"
    );
    assert_eq!(get(&found.list, "Leeds").kind, ActorKind::Org);
}

#[test]
fn english_officials_after_a_name_desks_and_united_countries() {
    let text = "Brellin officials met envoys of the United Arab Emirates and the United States on \
                Friday, and Bank Austria agreed. -- Varnish Commodities Desk";
    let found = run(text, "en", None);
    for org in ["Brellin", "Varnish Commodities Desk", "Bank Austria"] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
    let list = names(&found.list);
    assert!(!list.iter().any(|n| n.starts_with("United")), "{list:?}");
}

#[test]
fn english_odds_are_no_scores_and_an_opening_common_word_is_no_organisation() {
    let text =
        "First goalscorer: 9-2 Davido 5-1 Joaquin 7-1 Ferran 12-1 Marco\n\nPrison officials \
                said the riot was over.";
    let found = run(text, "en", None);
    assert!(
        !found.list.iter().any(|a| a.kind == ActorKind::Org),
        "{:#?}",
        found.list
    );
}

#[test]
fn english_opening_common_word_stays_in_an_organisation_name_with_a_head() {
    let text = "\"It is over,\" Energy Department spokeswoman Ana Brel said.\n\nForeign Ministry \
                officials agreed.";
    let found = run(text, "en", None);
    for org in ["Energy Department", "Foreign Ministry"] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
}

#[test]
fn english_datelines_and_place_phrases_in_capitals_are_no_acronyms() {
    let text = "KESTOW, Scotland 1996-12-06\n\nThe council met.\n\nReports from ST BRELL and NEW \
                HAVEN were read by the BBC.";
    let found = run(text, "en", None);
    let list = names(&found.list);
    for place in ["KESTOW", "BRELL", "HAVEN"] {
        assert!(!list.contains(&place), "{place} in {list:?}");
    }
    assert!(list.contains(&"BBC"), "{list:?}");
}

#[test]
fn english_events_are_no_actors() {
    let text =
        "Dunmore won the Marlow Cup and the Kestrel Shield before the Asian Games, where Ana \
                Brel ran.";
    let found = run(text, "en", None);
    let list = names(&found.list);
    assert!(
        !list
            .iter()
            .any(|n| n.ends_with("Cup") || n.ends_with("Shield") || n.ends_with("Games")),
        "{list:?}"
    );
    assert_eq!(get(&found.list, "Ana Brel").kind, ActorKind::Person);
}

#[test]
fn english_legal_forms_spelled_out_and_more_company_heads() {
    let text =
        "Harbrook Securities Incorporated said on Monday that Dunwell Railways would be sold, \
                Ana Brel said.\n\nShares of Kestrel Railways rose.";
    let found = run(text, "en", None);
    for org in [
        "Harbrook Securities Incorporated",
        "Dunwell Railways",
        "Kestrel Railways",
    ] {
        assert_eq!(get(&found.list, org).kind, ActorKind::Org, "{org}");
    }
}

#[test]
fn english_tournament_groups_and_national_sides_with_directions_are_no_actors() {
    let text =
        "The draw put Dunmore in Group C.\n\nResults:\n\nSouth Korea 2 Japan 1 Leeds 3 Tarnwick 0";
    let found = run(text, "en", None);
    let list = names(&found.list);
    for none in ["Group C", "South Korea", "Korea", "Japan"] {
        assert!(!list.contains(&none), "{none} in {list:?}");
    }
    assert_eq!(get(&found.list, "Tarnwick").kind, ActorKind::Org);
}

#[test]
fn german_bare_subject_before_verb_and_article_participles_and_ordinals() {
    // An opening word before a verb and an article is the subject…
    let found = de_actors("Kessmayr kennt die Gegend seit seiner Kindheit.");
    assert!(has(&found, "Kessmayr", ActorKind::Person), "{found:?}");
    // …unless the verb is a passive auxiliary, or the word is a fronted participle.
    for text in [
        "Vorgestellt wurde die Studie am Montag.",
        "Aufgeschrieben hat das niemand.",
        "Im 19. Jahrhundert lebte hier ein Fischer.",
    ] {
        let found = de_actors(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn german_genitive_name_before_a_noun_phrase_is_a_person() {
    let found = de_actors("Laut dem Bericht blieben Brandauers frühe Arbeiten lange unbekannt.");
    assert!(
        found
            .iter()
            .any(|(n, k)| n.starts_with("Brandauer") && *k == ActorKind::Person),
        "{found:?}"
    );
    // A common noun in the genitive has an article.
    let found = de_actors("Während des ersten Weltkrieges schloss die Fabrik.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn german_bare_word_after_a_verb_or_a_verb_of_saying_is_the_subject() {
    let found = de_actors("Im Juli 1941 wurde Kornbluth von der Leitung beauftragt.");
    assert!(has(&found, "Kornbluth", ActorKind::Person), "{found:?}");
    let found = de_actors("„Das war knapp“, erläuterte Ruhnau.");
    assert!(has(&found, "Ruhnau", ActorKind::Person), "{found:?}");
    // After a subject pronoun, the word is an object.
    let found = de_actors("Er erzählt Bekannten davon.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn german_coordinated_and_apposed_names_and_names_after_prepositions() {
    let found = de_actors("Den Vertrag handelten Dr. Weissmann und Lettrowitz aus.");
    assert!(has(&found, "Lettrowitz", ActorKind::Person), "{found:?}");
    let found = de_actors("Der Erzengel Gabriel erscheint auf dem Bild.");
    assert!(has(&found, "Gabriel", ActorKind::Person), "{found:?}");
    let found = de_actors("Die Blumen waren für Anna, die sich sehr freute.");
    assert!(has(&found, "Anna", ActorKind::Person), "{found:?}");
}

#[test]
fn german_places_opened_by_place_words_are_no_actors() {
    for text in [
        "Die Burg Waldeck liegt über dem Tal.",
        "Sie wohnten am Lake Calhoun.",
        "Tuttlingen gewann das Spiel knapp.",
    ] {
        let found = de_actors(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn german_organisations_clubs_institutions_parties() {
    let cases = [
        ("Die EU verlangt neue Regeln.", "EU"),
        (
            "Am Abend spielte Dynamo Dresden auswärts.",
            "Dynamo Dresden",
        ),
        (
            "Das Bundeskriminalamt warnt vor Betrug.",
            "Bundeskriminalamt",
        ),
        ("Die Fraktion von CDU/CSU stimmte zu.", "CDU/CSU"),
        ("Die Rote Armee rückte vor.", "Rote Armee"),
        (
            "Das sagte er der Zeitschrift „Kulturspiegel“.",
            "Kulturspiegel",
        ),
        (
            "Er gründete später die Firma Peter Lindqvist Associates.",
            "Peter Lindqvist Associates",
        ),
    ];
    for (text, name) in cases {
        let found = de_actors(text);
        assert!(has(&found, name, ActorKind::Org), "{text}: {found:?}");
    }
    // A place noun before a city, a genitive place, an acronym with digits: no organisation.
    for text in [
        "Die Stadt Dresden wächst.",
        "Man feierte den Aufstieg Hamburgs zum Welthafen.",
        "Der dritte Partner Frankreich schickte nur einen Beobachter.",
        "Der Prototyp T3 galt schnell als veraltet.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Org),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn german_bare_subject_after_a_subordinating_conjunction() {
    let found = de_actors("Die Zeitung meldet, dass Kornmayer auch im nächsten Jahr bleibt.");
    assert!(has(&found, "Kornmayer", ActorKind::Person), "{found:?}");
    // "als" introduces nouns too.
    let found = de_actors("Er arbeitete als Vikar in der Gemeinde.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn german_roles_in_the_feminine_and_regnal_numbers_after_a_role() {
    let found = run(
        "Die Architektin Holzbrinck stellte den Entwurf vor.",
        "de",
        None,
    )
    .list;
    let a = get(&found, "Holzbrinck");
    assert_eq!(a.kind, ActorKind::Person);
    assert_eq!(a.role.as_deref(), Some("Architektin"));
    let found = de_actors("Später regierte Herzog Wartislaw II. das Land.");
    assert!(
        found
            .iter()
            .any(|(n, k)| n.starts_with("Wartislaw II") && *k == ActorKind::Person),
        "{found:?}"
    );
}

#[test]
fn german_acronym_before_a_place_or_plural_and_place_branches() {
    let found = de_actors("Der Bericht des ZDF Brüssel fiel knapp aus.");
    assert!(has(&found, "ZDF", ActorKind::Org), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "ZDF Brüssel"), "{found:?}");
    for text in [
        "Die US-Marine zog ab.",
        "Er lobte die Stärke des Gegners Frankreich.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Org),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn german_title_herrn_before_a_name() {
    let found = de_actors("Das Schreiben ging an Herrn Wendtland.");
    assert!(has(&found, "Wendtland", ActorKind::Person), "{found:?}");
}

#[test]
fn german_listed_name_after_an_age_adjective() {
    let found = de_actors("Die 36-jährige Brandt gewann das Rennen überlegen.");
    assert!(has(&found, "Brandt", ActorKind::Person), "{found:?}");
}

#[test]
fn german_listed_surname_that_is_a_common_noun_opening_the_sentence_before_a_verb() {
    let found = de_actors("Bauer kommt erst am Abend zurück.");
    assert!(has(&found, "Bauer", ActorKind::Person), "{found:?}");
}

#[test]
fn german_medium_told_after_a_verb_of_saying() {
    let found = de_actors("„Wir bleiben hier“, sagte sie dem Stadtkurier.");
    assert!(has(&found, "Stadtkurier", ActorKind::Org), "{found:?}");
    // The subject after the verb is no medium.
    let found = de_actors("„Ich komme wieder“, sagte der Zwölfjährige.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
}

/// The actors of a German text as (name, kind).
fn de_actors(text: &str) -> Vec<(String, ActorKind)> {
    run(text, "de", None)
        .list
        .into_iter()
        .map(|a| (a.name, a.kind))
        .collect()
}

fn has(found: &[(String, ActorKind)], name: &str, kind: ActorKind) -> bool {
    found.iter().any(|(n, k)| n == name && *k == kind)
}

#[test]
fn german_word_the_article_also_writes_after_an_article_is_a_noun_not_a_name() {
    // "dass Nutzer der Bilder …" reads like "dass Kornmayer auch …"; "die Nutzer" elsewhere says
    // it is a noun.
    let text = "Die Plattform verlangt, dass Nutzer der Bilder stets die Quelle nennen.\n\n\
                Für die Nutzer ist das oft nicht erkennbar, sagte Kornmayer.";
    let found = de_actors(text);
    assert!(!found.iter().any(|(n, _)| n == "Nutzer"), "{found:?}");
    assert!(has(&found, "Kornmayer", ActorKind::Person), "{found:?}");
}

#[test]
fn german_bare_plurals_and_adverbs_opening_a_sentence_are_no_names() {
    for text in [
        "Medikamente fehlen in vielen Apotheken der Region.",
        "Tipps gibt es dazu im Rathaus.",
        "Aktuell prüft die Stadt den Antrag.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Person),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn german_known_words_are_no_bare_names() {
    // Words of the language's known-word list read as names only on strong evidence: not after
    // "laut", not opening a sentence before a verb, not after a verb.
    for text in [
        "Laut Gericht war der Vertrag unwirksam.",
        "Vermutet wird, dass die Leitung schon länger undicht war.",
        "Daran ist zu erkennen, wie knapp das Geld geworden ist.",
        "Am Ende verlor Schande nicht an Gewicht.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Person),
            "{text}: {found:?}"
        );
    }
    // A role still makes a known word a name, and so does a verb of saying right before it.
    let found = de_actors("Der Trainer Wacker ist zufrieden.");
    assert!(has(&found, "Wacker", ActorKind::Person), "{found:?}");
    let found = de_actors("„Das war knapp“, sagte Nagel im Radio.");
    assert!(has(&found, "Nagel", ActorKind::Person), "{found:?}");
}

#[test]
fn german_bare_name_after_a_verb_in_second_place() {
    // An unlisted name right after the finite verb in second place: the verb may be known only by its
    // ending, the word after the name may be any lowercase word.
    for (text, name) in [
        (
            "Nach der Pause brachte Kormoranski für den Rest des Spiels mehr Tempo.",
            "Kormoranski",
        ),
        ("Im Mai verlor Tessadori vorzeitig die Geduld.", "Tessadori"),
        (
            "1998 wechselte Brezinger als Referent ins Ministerium.",
            "Brezinger",
        ),
    ] {
        let found = de_actors(text);
        assert!(has(&found, name, ActorKind::Person), "{text}: {found:?}");
    }
    // After a lowercase word a word in "-te" is as often an adjective, and a passive's subject is as
    // often a place.
    for text in [
        "Die Händler boten damals noch erlaubte Sturmhauben an.",
        "Danach wurde Kleinwalden 1783 zur Pfarrei erhoben.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Person),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn german_compound_of_a_known_word_is_no_bare_name() {
    // "Notfallrucksack" ends in a known word: a compound common noun, not a subject named bare.
    let found = de_actors("Im Keller stand Notfallrucksack neben der Tür, berichtete die Familie.");
    assert!(
        !found.iter().any(|(n, _)| n == "Notfallrucksack"),
        "{found:?}"
    );
    // Short tails end names too.
    let found = de_actors("2009 holte Brunnemann den Titel.");
    assert!(has(&found, "Brunnemann", ActorKind::Person), "{found:?}");
}

#[test]
fn german_organisation_heads_in_the_plural_name_kinds_of_bodies() {
    // "Schulen und Universitäten" are kinds of bodies; after a plural head, names are organisations.
    let found = de_actors("Das Geld soll in Kitas, Schulen und Universitäten fließen.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
    let found = de_actors(
        "Am schlimmsten traf es die Linienreedereien Oceavia und Marlog mit hohen Verlusten.",
    );
    assert!(has(&found, "Oceavia", ActorKind::Org), "{found:?}");
    // A singular head still names one body.
    let found = de_actors("Die Universität Leipzig hat den Antrag abgelehnt.");
    assert!(
        has(&found, "Universität Leipzig", ActorKind::Org),
        "{found:?}"
    );
}

#[test]
fn german_acronym_before_a_number_is_a_code() {
    // "RB 33" is a train line, "AK 20" an age class: no organisations.
    for text in [
        "Der Ort wird von der RB 33 im Stundentakt angefahren.",
        "Sie gewann die Medaille in der AK 20 mit 587 Punkten.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Org),
            "{text}: {found:?}"
        );
    }
    let found = de_actors("Die IG Metall fordert acht Prozent mehr Lohn.");
    assert!(has(&found, "IG Metall", ActorKind::Org), "{found:?}");
}

#[test]
fn german_subject_after_a_strong_verb_or_a_reflexive() {
    for (text, name) in [
        (
            "2007 beschloss Tarnowski seinen Ausstieg aus dem Vorstand.",
            "Tarnowski",
        ),
        (
            "Im Frühjahr 1808 widmete sich Kellermeyer bei einem Kuraufenthalt der Lyrik.",
            "Kellermeyer",
        ),
    ] {
        let found = de_actors(text);
        assert!(has(&found, name, ActorKind::Person), "{text}: {found:?}");
    }
}

#[test]
fn german_genitive_name_before_a_known_noun_is_split_from_it() {
    // "Varnholts Glaubwürdigkeit": the name in the genitive, not a run with the noun after it.
    let found = de_actors("Der Minister sagte, Varnholts Glaubwürdigkeit hänge an dieser Zusage.");
    assert!(has(&found, "Varnholts", ActorKind::Person), "{found:?}");
    // A neuter adjective used as a noun is no genitive name.
    let found = de_actors("Berufliches Glück fand sie erst spät.");
    assert!(
        found.iter().all(|(_, k)| *k != ActorKind::Person),
        "{found:?}"
    );
}

#[test]
fn german_words_on_name_lists_and_sources_are_no_bare_names() {
    for text in [
        // Words that name lists hold too ("Corona", "Server") are known words.
        "Viele Betriebe mussten trotz Corona schließen.",
        "Die Seite ist über Nacht auf neue Server umgezogen.",
        // After "laut", a plural or a compound of a known word is a source.
        "Laut Medienberichten hatten Verwandte eine Erlaubnis.",
        // Adjectives opening a sentence, and a bare word after a plural verb.
        "Denkbar ist auch, dass die Stadt verkauft.",
        "Zusätzlich können User längere Videos hochladen.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Person),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn german_listed_organisation_that_ends_like_a_classifier() {
    // "Handelsblatt" ends like the classifier "Blatt" but is a listed organisation.
    let found =
        de_actors("Die Ministerin kündigte gestern im Gespräch mit dem Handelsblatt Reformen an.");
    assert!(has(&found, "Handelsblatt", ActorKind::Org), "{found:?}");
}

#[test]
fn german_listed_organisation_in_the_long_genitive() {
    let found = de_actors("Der Entwurf braucht noch die Zustimmung des Bundesrates im Herbst.");
    assert!(has(&found, "Bundesrates", ActorKind::Org), "{found:?}");
}

#[test]
fn german_competitor_classifies_the_name_after_it() {
    // "Konkurrent" is no part of the company's name.
    let found = de_actors("Auch Konkurrent Vodafone senkt nach eigenen Angaben die Preise.");
    assert!(has(&found, "Vodafone", ActorKind::Org), "{found:?}");
    assert!(
        !has(&found, "Konkurrent Vodafone", ActorKind::Org),
        "{found:?}"
    );
}

#[test]
fn german_acronym_defining_a_one_word_term_is_no_organisation() {
    for text in [
        "Das neue Tierschutzgesetz (TSG) gilt ab dem kommenden Jahr.",
        "Eine Lungenentzündung (LE) verläuft bei Kindern oft milder.",
    ] {
        let found = de_actors(text);
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Org),
            "{text}: {found:?}"
        );
    }
    // A body named by several words keeps its acronym.
    let found = de_actors("Darüber beriet die Deutsche Fußball Liga (DFL) am Montag.");
    assert!(
        has(&found, "DFL", ActorKind::Org) || has(&found, "Deutsche Fußball Liga", ActorKind::Org),
        "{found:?}"
    );
}

#[test]
fn german_service_bodies_named_by_adjective_and_head() {
    let found = de_actors("Am Abend warnte der Deutsche Wetterdienst vor Sturmböen im Norden.");
    assert!(
        has(&found, "Deutsche Wetterdienst", ActorKind::Org),
        "{found:?}"
    );
    // A generic service is no body.
    let found = de_actors("Nach dem Studium trat sie in den Höheren Schuldienst ein.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
}

#[test]
fn german_listed_company_before_a_model_name() {
    // The make is the actor, the model no part of it.
    let found = de_actors("Im Test fuhr der Renault Zandora sparsamer als erwartet.");
    assert!(has(&found, "Renault", ActorKind::Org), "{found:?}");
    assert!(!has(&found, "Renault Zandora", ActorKind::Org), "{found:?}");
    // A model code with digits makes the whole a product.
    let found = de_actors("Im Test fuhr der Renault R5 sparsamer als erwartet.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
}

#[test]
fn german_connector_before_a_listed_organisation_joins_no_names() {
    // "und" joins two names here, not the parts of one ("Ministerium für Bildung und Forschung").
    let found = de_actors("Die Deutsche Bank und Commerzbank prüfen eine engere Zusammenarbeit.");
    assert!(has(&found, "Deutsche Bank", ActorKind::Org), "{found:?}");
    assert!(has(&found, "Commerzbank", ActorKind::Org), "{found:?}");
    let found = de_actors("Gefördert wird es vom Bundesministerium für Bildung und Forschung.");
    assert!(
        has(
            &found,
            "Bundesministerium für Bildung und Forschung",
            ActorKind::Org
        ),
        "{found:?}"
    );
}

#[test]
fn german_known_noun_after_an_acronym_is_no_part_of_its_name() {
    let found = de_actors("Das hatte die SPD Spitze am Montag beschlossen.");
    assert!(has(&found, "SPD", ActorKind::Org), "{found:?}");
    let found = de_actors("Die IG Metall fordert acht Prozent mehr Lohn.");
    assert!(has(&found, "IG Metall", ActorKind::Org), "{found:?}");
    // A legal form closing the run keeps the noun in the name.
    let found = de_actors("Geprüft hat die TÜV Informationstechnik GmbH aus Essen.");
    assert!(
        has(&found, "TÜV Informationstechnik GmbH", ActorKind::Org),
        "{found:?}"
    );
}

#[test]
fn german_listed_bare_organisations() {
    // "die Union" (CDU and CSU), a club named bare.
    let found = de_actors("Nach der Wahl will die Union mit den Grünen sprechen, hieß es.");
    assert!(has(&found, "Union", ActorKind::Org), "{found:?}");
    let found = de_actors("Am Samstag verlor Werder knapp mit 1:2 in Freiburg.");
    assert!(has(&found, "Werder", ActorKind::Org), "{found:?}");
}

#[test]
fn german_listed_organisation_in_capitals() {
    let found = de_actors(
        "Die Altstadt steht seit 1998 auf der Liste der UNESCO und zieht viele Besucher an.",
    );
    assert!(has(&found, "UNESCO", ActorKind::Org), "{found:?}");
}

#[test]
fn german_acronym_with_the_small_letter_of_a_function_word() {
    let found = de_actors("Die Akten des MfS liegen heute im Bundesarchiv.");
    assert!(has(&found, "MfS", ActorKind::Org), "{found:?}");
    // Small letters of no function word: a technical term.
    let found = de_actors("Die Firma setzt seit Jahren auf VoIP im Büro.");
    assert!(!has(&found, "VoIP", ActorKind::Org), "{found:?}");
}

#[test]
fn german_two_known_nouns_joined_by_und_are_no_organisation() {
    let found = de_actors("Im Mittelpunkt stehen Gericht und Strafe, sagte die Autorin.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
}

#[test]
fn german_place_noun_before_a_listed_name_that_is_a_place() {
    // "Bayern" is a listed club too; after "Königreich" it is the land.
    let found = de_actors("Der Ort gehörte seit 1806 zum Königreich Bayern und wuchs rasch.");
    assert!(found.iter().all(|(_, k)| *k != ActorKind::Org), "{found:?}");
}

#[test]
fn german_name_spelled_by_the_acronym_after_it() {
    let found = de_actors(
        "Das berichtete die Zeitung nach Informationen der „Baltic Sea Observer“ (BSO) am Montag.",
    );
    assert!(
        has(&found, "Baltic Sea Observer", ActorKind::Org),
        "{found:?}"
    );
}

#[test]
fn german_whole_name_after_a_role_and_a_surname_that_is_a_function_word() {
    // An unlisted first given name after a role stays in the name.
    let found =
        de_actors("Enthüllt wurde ein Denkmal für den Dichter Gottwalt Ephraim Kessling am Markt.");
    assert!(
        has(&found, "Gottwalt Ephraim Kessling", ActorKind::Person),
        "{found:?}"
    );
    // "Lange" is also an adverb; capitalised after a given name it is the surname.
    let found = de_actors("Der Verlag gratuliert dem Schriftsteller Hartmut Lange zum Geburtstag.");
    assert!(has(&found, "Hartmut Lange", ActorKind::Person), "{found:?}");
}
