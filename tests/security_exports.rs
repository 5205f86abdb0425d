//! The copied and saved exports are inert. The Markdown exports (reading, card) are rendered by a real
//! CommonMark + GFM parser (pulldown-cmark, with raw HTML enabled as most renderers have it): they must
//! hold no raw HTML, no image, and no link but to http(s), while the hostile text itself still shows
//! as text. The saved HTML document must keep the markup in the reading's fields escaped.

mod security_support;

use pulldown_cmark::{Event, Options, Parser, Tag};
use scraper::{Html, Selector};
use security_support::{article_page, PAGE_URL};

/// Strings that become markup, an image or a script link if a Markdown writer lets them through.
const HOSTILE: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[klick](javascript:alert(1))",
    "![bild](javascript:alert(2))",
    "![pixel](https://tracker.example/p.gif)",
    "<javascript:alert(3)>",
    "[ref]: javascript:alert(4)",
    "[ref] und [ref][]",
    "&lt;svg onload=alert(5)&gt;",
    "&#106;avascript:alert(6)",
    "<!-- kommentar -->",
    "<details open ontoggle=alert(7)>",
    "```\n<script>alert(8)</script>\n```",
    "[x](<javascript:alert(9)>)",
    "[^1]\n\n[^1]: <img src=y onerror=alert(10)>",
];

/// Everything in `md` that a Markdown renderer would turn into something other than text.
fn markdown_markup(md: &str) -> (Vec<String>, String) {
    let mut problems = Vec::new();
    let mut text = String::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => problems.push(format!("raw HTML {h:?}")),
            Event::Start(Tag::Image { dest_url, .. }) => {
                problems.push(format!("image {dest_url:?}"))
            }
            Event::Start(Tag::Link { dest_url, .. })
                if !(dest_url.starts_with("https://") || dest_url.starts_with("http://")) =>
            {
                problems.push(format!("link to {dest_url:?}"))
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    (problems, text)
}

fn assert_inert(md: &str, what: &str) -> String {
    let (problems, text) = markdown_markup(md);
    assert!(problems.is_empty(), "{what}: {problems:#?}\n---\n{md}");
    text
}

/// A page carrying the hostile strings as text in the title, byline, paragraphs, a quote, a heading, a
/// list, a caption and a <pre>, plus link and image attributes trying to break out of Markdown.
fn hostile_page() -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('"', "&quot;")
    };
    let all = HOSTILE.iter().map(|s| esc(s)).collect::<Vec<_>>();
    let mut body = String::new();
    for h in &all {
        body.push_str(&format!(
            "<p>Der Ausschuss prüfte den Antrag {h} am Dienstag in Berlin, wie eine Sprecherin mitteilte.</p>\n"
        ));
    }
    body.push_str(&format!(
        "<h2>Zwischentitel {}</h2><ul><li>Punkt {}</li><li>Punkt {}</li></ul>\
         <blockquote><p>„Zitat {}“, sagte Thomas Berger.</p></blockquote>\
         <figure><img src=\"https://cdn.example.com/a.jpg\" alt=\"{}\"><figcaption>Foto {}</figcaption></figure>\
         <pre>code {}\n  ```\n</pre>\
         <p>Mehr <a href=\"https://ok.example/a)](javascript:alert(11))\">hier {}</a> und \
         <a href=\"https://ok.example/b&gt;&lt;img src=x onerror=alert(12)&gt;\">dort</a>.</p>",
        all[0], all[2], all[3], all[1], all[3], all[6], all[12], all[4]
    ));
    let title = format!("Haushalt {} {}", all[2], all[0]);
    format!(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta property=\"og:title\" content=\"{title}\"><meta name=\"author\" content=\"{}\">\
         <meta property=\"og:site_name\" content=\"{}\"></head><body><main><article>\
         <h1>{title}</h1><div class=\"article-body\">{body}</div></article></main></body></html>",
        all[3], all[5]
    )
}

#[test]
fn markdown_exports_of_a_hostile_page_are_text_only() {
    let reading = klartext::read(&hostile_page(), Some(PAGE_URL)).expect("an article");
    let full = klartext::export::reading_markdown(&reading);
    let text = assert_inert(&full, "reading_markdown");
    // Escaped, not dropped: the reader of the Markdown sees what the page showed.
    for shown in [
        "<img src=x onerror=alert(1)>",
        "[klick](javascript:alert(1))",
        "![bild](javascript:alert(2))",
        "<javascript:alert(3)>",
        "[ref]: javascript:alert(4)",
    ] {
        assert!(text.contains(shown), "{shown:?} missing from\n{text}");
    }
    let card = klartext::export::card_markdown(&reading);
    assert_inert(&card, "card_markdown");
    // The only link is the source, to the page's own http(s) address.
    let links: Vec<_> = Parser::new(&full)
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(links, [PAGE_URL]);
}

#[test]
fn every_placement_of_every_own_vector_gives_inert_markdown() {
    let mut checked = 0;
    for v in security_support::own_vectors() {
        for placement in security_support::PLACEMENTS {
            let Ok(r) = klartext::read(&article_page(&v.payload, *placement), Some(PAGE_URL))
            else {
                continue;
            };
            for (what, md) in [
                ("reading_markdown", klartext::export::reading_markdown(&r)),
                ("card_markdown", klartext::export::card_markdown(&r)),
            ] {
                let (problems, _) = markdown_markup(&md);
                assert!(
                    problems.is_empty(),
                    "[{}] ({placement:?}) {what}: {problems:#?}",
                    v.title
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} readings checked");
}

/// A reading as the exports may receive it from the extension's storage: every field hostile.
fn hostile_reading(url: &str) -> klartext::Reading {
    let h = HOSTILE.join(" ");
    serde_json::from_value(serde_json::json!({
        "url": url,
        "title": format!("Titel {h} </title><script>alert(1)</script>"),
        "byline": h, "published": "2024-05-01<script>", "site": h, "lang": "de\"><script>alert(1)</script>",
        "excerpt": h,
        "html": "<p>Ein sicherer Absatz.</p>",
        "text": "Ein sicherer Absatz.", "word_count": 3, "reading_minutes": 1,
        "removed": [{"kind": "ad", "text": h}],
        "card": {
            "summary": [h],
            "actors": [{"name": h, "kind": "person", "role": h, "aliases": [h], "mentions": 1}],
            "quotes": [{"text": h, "speaker": h, "cue": "sagte"}]
        }
    }))
    .expect("a Reading")
}

#[test]
fn hostile_reading_fields_give_inert_markdown_and_only_http_source_links() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)//https://ok.example/",
        "data:text/html,<script>alert(1)</script>",
        "https://ok.example/a)(javascript:alert(1))",
        "https://ok.example/a> <img src=x onerror=alert(1)>",
        "https://ok.example/a\\",
        "https://ok.example/\n[x](javascript:alert(1))",
        " https://ok.example/",
    ] {
        let r = hostile_reading(url);
        for (what, md) in [
            ("reading_markdown", klartext::export::reading_markdown(&r)),
            ("card_markdown", klartext::export::card_markdown(&r)),
        ] {
            assert_inert(&md, &format!("{what} with url {url:?}"));
        }
    }
}

#[test]
fn saved_html_keeps_hostile_fields_as_text() {
    let r = hostile_reading("https://ok.example/a\"><script>alert(1)</script>");
    let doc = klartext::export::html_document(&r, "body{} </style><script>alert(1)</script>");
    let parsed = Html::parse_document(&doc);
    let count = |sel: &str| parsed.select(&Selector::parse(sel).unwrap()).count();
    assert_eq!(count("script"), 0, "{doc}");
    assert_eq!(count("img"), 0, "{doc}");
    assert_eq!(count("details"), 0, "{doc}");
    assert_eq!(count("style"), 1, "{doc}");
    assert_eq!(
        count("head > meta[http-equiv=\"Content-Security-Policy\"]"),
        1
    );
    let title = parsed
        .select(&Selector::parse("title").unwrap())
        .next()
        .unwrap();
    assert!(title.inner_html().contains("&lt;script&gt;"));
    let source = parsed
        .select(&Selector::parse(".kt-source a").unwrap())
        .next()
        .expect("source link");
    assert_eq!(
        source.value().attr("href"),
        Some("https://ok.example/a\"><script>alert(1)</script>")
    );
    // A script URL is never linked.
    let doc = klartext::export::html_document(&hostile_reading("javascript:alert(1)"), "");
    assert_eq!(
        Html::parse_document(&doc)
            .select(&Selector::parse("a").unwrap())
            .count(),
        0
    );
}

#[test]
fn the_markdown_oracle_catches_markup() {
    // The checks must fail on what they are meant to catch.
    for bad in [
        "a <img src=x onerror=alert(1)> b",
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![x](https://ok.example/a.png)",
        "<javascript:alert(1)>",
        "[x]\n\n[x]: javascript:alert(1)",
    ] {
        assert!(!markdown_markup(bad).0.is_empty(), "passed: {bad}");
    }
    assert!(
        markdown_markup("[Quelle](<https://ok.example/>) \\<b\\> \\[x\\](javascript:y)")
            .0
            .is_empty()
    );
}
