//! Properties over generated pages (random trees of allowed and dangerous elements, attributes with
//! script URLs and handlers, text with entities, quotation marks, names and cue verbs):
//! - the reading's HTML is a fixed point of ammonia with our allowlist, and holds nothing executable;
//! - `text` holds no markup and no undecoded entity;
//! - every quote's text occurs in `text`, every actor's name occurs in `text`.
//!
//! Quote and name matching compare whitespace-collapsed strings: a quote may run across the blank line
//! between two paragraphs, and that is not a card bug.

mod security_support;

use proptest::prelude::*;
use proptest::test_runner::Config;
use security_support::{article_page, html_problems, Placement, PAGE_URL};

#[derive(Debug, Clone)]
enum Node {
    Text(String),
    Element {
        tag: &'static str,
        attrs: Vec<(&'static str, &'static str)>,
        children: Vec<Node>,
        closed: bool,
    },
}

/// Allowed tags, tags the renderer unwraps, and the dangerous ones it must drop with their content.
const TAGS: &[&str] = &[
    "p",
    "p",
    "p",
    "div",
    "span",
    "a",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "pre",
    "code",
    "img",
    "br",
    "hr",
    "figure",
    "figcaption",
    "q",
    "time",
    "abbr",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "script",
    "style",
    "svg",
    "math",
    "noscript",
    "template",
    "iframe",
    "form",
    "textarea",
    "select",
    "object",
    "button",
    "nav",
    "font",
    "center",
    "mark",
    "sub",
    "sup",
    "dl",
    "dt",
    "dd",
];

const VOID: &[&str] = &["img", "br", "hr"];

const ATTR_NAMES: &[&str] = &[
    "href",
    "href",
    "src",
    "srcset",
    "data-src",
    "title",
    "alt",
    "onclick",
    "onerror",
    "style",
    "id",
    "name",
    "class",
    "colspan",
    "datetime",
    "width",
    "start",
    "hidden",
    "xlink:href",
];

const ATTR_VALUES: &[&str] = &[
    "https://ok.example/artikel",
    "/politik/relativ.html",
    "../bild.jpg",
    "//cdn.example.com/a.png 2x",
    "mailto:redaktion@example.com",
    "javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    " \u{1}javascript:alert(1)",
    "JaVaScRiPt&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
    "data:image/png;base64,AAAA",
    "alert(1)",
    "x&quot; onmouseover=&quot;alert(1)",
    "&lt;img src=x onerror=alert(1)&gt;",
    "background:url(javascript:alert(1))",
    "display:none",
    "3",
    "1 onclick=alert(1)",
    "2024-05-01T10:00:00Z",
    "Bild: dpa",
    "",
];

/// Text tokens: words, names, cue verbs, quotation marks, entities (none decoding to `<` or `>`).
const WORDS: &[&str] = &[
    "Die",
    "Regierung",
    "hat",
    "den",
    "Haushalt",
    "beschlossen.",
    "sagte",
    "erklärte",
    "said",
    "the",
    "minister",
    "on",
    "Tuesday.",
    "Thomas",
    "Berger",
    "Angela",
    "Merkel",
    "Katrin",
    "Albers",
    "Siemens",
    "Bundestag",
    "„",
    "“",
    "\"",
    "«",
    "»",
    "„Wir",
    "schaffen",
    "das“,",
    "&amp;",
    "&quot;",
    "&nbsp;",
    "&#8222;",
    "&#8220;",
    "&auml;",
    "Zürich",
    "–",
    "(dpa)",
    ":",
    ",",
    ".",
    "?",
    "!",
    "laut",
    "according",
    "to",
    "Herr",
    "Frau",
    "Dr.",
    "CDU-Chef",
    "Kanzler",
];

fn words(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), range).prop_map(|w| w.join(" "))
}

fn tree() -> impl Strategy<Value = Node> {
    let leaf = words(1..14).prop_map(Node::Text);
    leaf.prop_recursive(4, 40, 6, |inner| {
        (
            prop::sample::select(TAGS),
            prop::collection::vec(
                (
                    prop::sample::select(ATTR_NAMES),
                    prop::sample::select(ATTR_VALUES),
                ),
                0..3,
            ),
            prop::collection::vec(inner, 0..6),
            prop::bool::weighted(0.9),
        )
            .prop_map(|(tag, attrs, children, closed)| Node::Element {
                tag,
                attrs,
                children,
                closed,
            })
    })
}

fn write(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => {
            out.push_str(t);
            out.push(' ');
        }
        Node::Element {
            tag,
            attrs,
            children,
            closed,
        } => {
            out.push('<');
            out.push_str(tag);
            for (k, v) in attrs {
                out.push_str(&format!(" {k}=\"{v}\""));
            }
            out.push('>');
            if VOID.contains(tag) {
                return;
            }
            if matches!(*tag, "script" | "style") {
                // Raw text elements: their content must never reach the text.
                out.push_str("<b>alert(1)</b>");
            }
            for c in children {
                write(c, out);
            }
            if *closed {
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
}

/// A paragraph of news prose with a direct quote attributed to a (possibly unknown) name.
fn quote_paragraph() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        prop::sample::select(
            &[
                "Thomas Berger",
                "Angela Merkel",
                "Katrin Albers",
                "Olaf Scholz"
            ][..]
        )
        .prop_map(str::to_string),
        (
            prop::sample::select(&["Jana", "Lukas", "Maria", "John", "Fatma", "Piotr"][..]),
            prop::sample::select(
                &[
                    "Kowalski",
                    "Yılmaz",
                    "Okafor",
                    "Müller-Lüdenscheid",
                    "Smith"
                ][..]
            ),
        )
            .prop_map(|(f, l)| format!("{f} {l}")),
    ];
    let quote = words(2..12);
    let markup = prop::sample::select(&["", "<em>", "<a href=\"/x\">", "<strong>", "<span>"][..]);
    (name, quote, markup, 0..5usize, words(0..10)).prop_map(
        |(name, quote, open, template, tail)| {
            let close = match open {
                "" => "",
                "<em>" => "</em>",
                "<a href=\"/x\">" => "</a>",
                "<strong>" => "</strong>",
                _ => "</span>",
            };
            let q = format!("{open}{quote}{close}");
            let body = match template {
                0 => format!("„{q}“, sagte {name} am Dienstag."),
                1 => format!("{name} sagte: „{q}“"),
                2 => format!("\"{q},\" said {name}."),
                3 => format!("Laut {name} gilt: «{q}» {tail}"),
                _ => format!("„{q}“, so {open}{name}{close}. {tail}"),
            };
            format!("<p>{body} {tail}</p>")
        },
    )
}

fn check_text(text: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !text.contains('<') && !text.contains('>'),
        "text holds markup: {text:?}"
    );
    for entity in ["&amp;", "&quot;", "&nbsp;", "&#", "&auml;"] {
        prop_assert!(
            !text.contains(entity),
            "text holds entity {entity}: {text:?}"
        );
    }
    Ok(())
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_quotes(r: &klartext::Reading) -> Result<(), TestCaseError> {
    let text = squash(&without_reopening_marks(&r.text));
    for q in &r.card.quotes {
        // "A … B": an utterance interrupted by its attribution; its parts stand in the text in order.
        let mut from = 0;
        for part in q.text.split(" … ") {
            let part = squash(part);
            let found = text.get(from..).and_then(|t| t.find(&part));
            prop_assert!(
                found.is_some(),
                "quote {:?} (part {part:?}) not in text {text:?}",
                q.text
            );
            from += found.unwrap_or(0) + part.len();
        }
    }
    Ok(())
}

/// `text` with the opening mark that starts a paragraph removed, so that a quotation continued over
/// paragraphs reads as its words joined across the break.
fn without_reopening_marks(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            let t = p.trim_start();
            t.strip_prefix(['„', '“', '"', '»', '«', '‚', '‘', '\''])
                .unwrap_or(t)
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn check_actors(r: &klartext::Reading) -> Result<(), TestCaseError> {
    let text = squash(&r.text);
    for a in &r.card.actors {
        prop_assert!(
            text.contains(&squash(&a.name)),
            "actor {:?} not in text {text:?}",
            a.name
        );
    }
    Ok(())
}

fn check_html_and_text(r: &klartext::Reading) -> Result<(), TestCaseError> {
    let problems = html_problems(&r.html);
    prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    check_text(&r.text)
}

fn payload_of(nodes: &[Node]) -> String {
    let mut payload = String::new();
    for n in nodes {
        write(n, &mut payload);
    }
    payload
}

fn config() -> Config {
    Config {
        cases: 96,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The three kinds of generated input, read the way each reaches the core.
fn read_tree(nodes: &[Node]) -> Option<klartext::Reading> {
    klartext::read(
        &article_page(&payload_of(nodes), Placement::Block),
        Some(PAGE_URL),
    )
    .ok()
}

fn read_quote_page(paragraphs: &[String]) -> Option<klartext::Reading> {
    klartext::read(
        &article_page(&paragraphs.join("\n"), Placement::Block),
        Some(PAGE_URL),
    )
    .ok()
}

fn read_pasted(paragraphs: &[String]) -> Option<klartext::Reading> {
    // As pasted text: the markup of the generated paragraphs is literal text here.
    klartext::read_plain(&paragraphs.join("\n\n"), None).ok()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_trees_give_safe_html_and_clean_text(nodes in prop::collection::vec(tree(), 1..5)) {
        let payload = payload_of(&nodes);
        if let Some(r) = read_tree(&nodes) {
            check_html_and_text(&r)?;
        }
        if let Ok(r) = klartext::read(&article_page(&payload, Placement::Inline), None) {
            check_html_and_text(&r)?;
        }
    }

    #[test]
    fn quote_pages_give_safe_html_and_clean_text(paragraphs in prop::collection::vec(quote_paragraph(), 1..6)) {
        let r = read_quote_page(&paragraphs);
        prop_assert!(r.is_some(), "article page not read");
        if let Some(r) = r {
            check_html_and_text(&r)?;
        }
    }

    #[test]
    fn pasted_text_gives_safe_html(paragraphs in prop::collection::vec(quote_paragraph(), 1..6)) {
        if let Some(r) = read_pasted(&paragraphs) {
            let problems = html_problems(&r.html);
            prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }

    // A quote is verbatim in `text`. One that runs over paragraphs (each reopened with a mark, the
    // convention) is its paragraphs joined by a space, so the joint (paragraph break and reopening
    // mark) is the one place where it may differ: "„Wir" + break + "„ä Die“" gives "Wir ä Die". One
    // interrupted by its attribution is its parts joined by " … ", each verbatim, in order.
    #[test]
    fn quotes_occur_in_the_text(
        nodes in prop::collection::vec(tree(), 1..5),
        paragraphs in prop::collection::vec(quote_paragraph(), 1..6),
    ) {
        for r in [read_tree(&nodes), read_quote_page(&paragraphs), read_pasted(&paragraphs)].iter().flatten() {
            check_quotes(r)?;
        }
    }

    // Actor names are spans of the text (whitespace aside); once broken by titles ("Dr. Tuesday") and
    // markup left in pasted text. Deterministic cases: tests/card_actors.rs names_are_spans_of_the_text.
    #[test]
    fn actor_names_occur_in_the_text(
        nodes in prop::collection::vec(tree(), 1..5),
        paragraphs in prop::collection::vec(quote_paragraph(), 1..6),
    ) {
        for r in [read_tree(&nodes), read_quote_page(&paragraphs), read_pasted(&paragraphs)].iter().flatten() {
            check_actors(r)?;
        }
    }
}
