//! Adversarial inputs: empty, binary junk, a 20 MB page, 100 000-deep nesting, 1 000 000 siblings,
//! 10 MB attribute values, one huge <pre>, an input just over the size limit. Each must give a reading or
//! a one-line error, never a panic (a panic in wasm kills the extension). Inputs are generated here; the
//! tests do not time anything.

mod security_support;

use security_support::{article_page, html_problems, Placement};

/// Reads `html` as a page (and as plain text); asserts each outcome is a reading or a one-line error.
fn survives(html: &str) -> Result<klartext::Reading, klartext::Error> {
    let plain = klartext::read_plain(html, None);
    if let Err(e) = &plain {
        assert_one_line(e);
    }
    let result = klartext::read(html, Some(security_support::PAGE_URL));
    match &result {
        Ok(r) => {
            // Exports run on every reading the extension shows, so they must survive too.
            let _ = klartext::export::reading_markdown(r);
            let _ = klartext::export::card_markdown(r);
            let _ = klartext::export::card_text(r);
            let _ = klartext::export::html_document(r, "");
        }
        Err(e) => assert_one_line(e),
    }
    result
}

fn assert_one_line(e: &klartext::Error) {
    let msg = e.to_string();
    assert!(
        !msg.is_empty() && !msg.contains('\n'),
        "error message is not one line: {msg:?}"
    );
}

/// A small deterministic generator (xorshift), so junk inputs are the same on every run.
struct Junk(u64);

impl Junk {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn article_words(n: usize) -> String {
    "Die Regierung beriet am Dienstag über den Haushalt des kommenden Jahres. ".repeat(n / 10 + 1)
}

#[test]
fn empty_input_is_a_clear_error() {
    assert_eq!(survives("").unwrap_err(), klartext::Error::Empty);
    assert_eq!(
        klartext::read_plain("", None).unwrap_err(),
        klartext::Error::Empty
    );
    assert!(survives("   \n\t  ").is_err());
}

#[test]
fn binary_junk_does_not_panic() {
    let mut junk = Junk(0x9e37_79b9_7f4a_7c15);
    for size in [1, 7, 100, 4096, 1 << 16, 1 << 20] {
        let bytes = junk.bytes(size);
        let _ = survives(&String::from_utf8_lossy(&bytes));
    }
    // Junk made of markup characters reaches deeper into the parser than random bytes.
    let alphabet = b"<>/=\"' &;#!-[]abpdivxscript\n\t\0";
    let markupish: Vec<u8> = (0..200_000)
        .map(|_| alphabet[(junk.next() % alphabet.len() as u64) as usize])
        .collect();
    let _ = survives(&String::from_utf8_lossy(&markupish));
}

#[test]
fn twenty_megabyte_page_is_read() {
    let paragraph = format!("<p>{}</p>\n", article_words(60));
    let count = 20 * 1024 * 1024 / paragraph.len();
    let page = article_page(&paragraph.repeat(count), Placement::Block);
    assert!(page.len() >= 20 * 1024 * 1024);
    let reading = survives(&page).expect("a 20 MB article is still an article");
    assert!(reading.word_count > 1_000_000);
}

#[test]
fn input_over_the_limit_is_refused() {
    let page = "a ".repeat(klartext::MAX_INPUT_BYTES / 2 + 1);
    let err = survives(&page).unwrap_err();
    assert_eq!(err.code(), "too_large");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 100_000;
    for tag in ["div", "span", "blockquote", "b", "table"] {
        let payload = format!(
            "{}<p>{}</p>{}",
            format!("<{tag}>").repeat(depth),
            article_words(40),
            format!("</{tag}>").repeat(depth)
        );
        let _ = survives(&article_page(&payload, Placement::Block));
        // Unclosed, as a truncated or hostile page would leave it.
        let _ = survives(&format!("<{tag}>").repeat(depth));
    }
    let mixed = "<div><section><ul><li><em><a href=\"/x\">".repeat(depth / 5);
    let _ = survives(&article_page(&mixed, Placement::Block));
}

#[test]
fn a_million_siblings_are_read() {
    // Empty inline siblings and line breaks: a million nodes without a million words (a million
    // words is the 20 MB test's job), so this stays quick in the dev profile.
    let siblings = "<i></i>".repeat(1_000_000);
    let page = article_page(
        &format!("<p>{}{siblings}</p>", article_words(40)),
        Placement::Block,
    );
    survives(&page).expect("a paragraph with a million empty siblings is an article");
    let breaks = "<br>".repeat(1_000_000);
    let _ = survives(&article_page(&breaks, Placement::Inline));
}

#[test]
fn ten_megabyte_attribute_values_are_handled() {
    let big = "A".repeat(10 * 1024 * 1024);
    for payload in [
        format!("<a href=\"https://ok.example/{big}\">Link</a>"),
        format!("<a href=\"javascript:{big}\">Link</a>"),
        format!("<img src=\"https://cdn.example.com/{big}.jpg\" alt=\"{big}\">"),
        format!("<img srcset=\"{big}\">"),
        format!("<p title=\"{big}\" style=\"{big}\">Absatz</p>"),
        format!("<abbr title=\"{big}\">EU</abbr>"),
    ] {
        if let Ok(r) = survives(&article_page(&payload, Placement::Block)) {
            let problems = html_problems(&r.html);
            assert!(
                problems.is_empty(),
                "{}",
                problems.join("\n").chars().take(2000).collect::<String>()
            );
        }
    }
    let meta = format!(
        "<meta property=\"og:title\" content=\"{big}\"><meta name=\"author\" content=\"{big}\">"
    );
    let _ = survives(&format!(
        "<html><head>{meta}</head><body><p>{}</p></body></html>",
        article_words(80)
    ));
}

#[test]
fn one_huge_pre_is_read() {
    let line = "    let x = compute(&input[i]) < limit && other > 0; // <b>not markup</b>\n";
    let pre = format!("<pre>{}</pre>", line.replace('<', "&lt;").repeat(150_000));
    let page = format!("<html><body>{pre}</body></html>");
    let _ = survives(&page);
    let _ = survives(&article_page(&pre, Placement::Block));
}

#[test]
fn long_words_and_lines_without_spaces_do_not_panic() {
    let word = "Donaudampfschifffahrtsgesellschaft".repeat(300_000);
    let _ = survives(&article_page(&format!("<p>{word}</p>"), Placement::Block));
    // Multi-byte characters with no ASCII at all, for code that slices strings by byte offset.
    let umlauts = "äöüß„“ – ".repeat(500_000);
    let _ = survives(&article_page(
        &format!("<p>{umlauts}</p>"),
        Placement::Block,
    ));
    let _ = survives(&umlauts);
}

#[test]
fn quotes_without_end_and_many_marks_do_not_panic() {
    let marks = "„".repeat(100_000) + &"“".repeat(100_000) + &"\"".repeat(100_000);
    let _ = survives(&article_page(&format!("<p>{marks}</p>"), Placement::Block));
    let sentences = "„Dies ist ein Zitat, sagte Berger. ".repeat(50_000);
    let _ = survives(&article_page(
        &format!("<p>{sentences}</p>"),
        Placement::Block,
    ));
}
