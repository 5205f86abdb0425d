//! The HTML tokenizer's named character references come from the patched `web_atoms` (`patches/`; a bisected table
//! replacing upstream's phf map, for wasm size). These cases pin the tokenizer's answers at the table's
//! edges: whole names, legacy names without `;`, names cut short, names past either end of the table,
//! two-code-point entities, and the attribute rule for a legacy name followed by an alphanumeric.

use scraper::{Html, Selector};

fn text_and_title(fragment: &str) -> (String, String) {
    let html = format!("<p title=\"{fragment}\">{fragment}</p>");
    let doc = Html::parse_fragment(&html);
    let p = doc
        .select(&Selector::parse("p").expect("selector"))
        .next()
        .expect("paragraph");
    (
        p.text().collect(),
        p.value().attr("title").unwrap_or_default().to_string(),
    )
}

#[test]
fn named_references_decode_as_the_html_spec_says() {
    let cases = [
        // (source, in text, in an attribute value)
        ("&amp;", "&", "&"),
        ("&notin;", "\u{2209}", "\u{2209}"),
        ("&notit;", "\u{ac}it;", "&notit;"),
        ("&ampx", "&x", "&ampx"),
        ("&amp=", "&=", "&amp="),
        ("&Aacute", "\u{c1}", "\u{c1}"),
        ("&AElig;", "\u{c6}", "\u{c6}"),
        ("&acE;", "\u{223e}\u{333}", "\u{223e}\u{333}"),
        ("&fjlig;", "fj", "fj"),
        ("&zwnj;", "\u{200c}", "\u{200c}"),
        ("&nbsp", "\u{a0}", "\u{a0}"),
        ("&frac12;x", "\u{bd}x", "\u{bd}x"),
        (
            "&NotNestedGreaterGreater;",
            "\u{2aa2}\u{338}",
            "\u{2aa2}\u{338}",
        ),
        ("&A;", "&A;", "&A;"),
        ("&AAA;", "&AAA;", "&AAA;"),
        ("&zzz;", "&zzz;", "&zzz;"),
        ("&bogus; &", "&bogus; &", "&bogus; &"),
        ("&noti", "\u{ac}i", "&noti"),
        ("&", "&", "&"),
    ];
    for (source, text, title) in cases {
        assert_eq!(
            text_and_title(source),
            (text.to_string(), title.to_string()),
            "{source}"
        );
    }
}
