//! Hostile inputs: the extractor returns (an article or one clear error) without panicking, in bounded
//! time, for empty and binary input, very deep nesting and very many siblings. No timings are asserted
//! here (that is the benchmark's job); a quadratic walk would make these tests crawl.

use klartext::Error;

fn paragraph() -> &'static str {
    "Die Regierung hat am Montag neue Regeln beschlossen, die ab dem kommenden Jahr gelten sollen. "
}

#[test]
fn empty_and_blank_input_is_a_clear_error() {
    assert!(matches!(klartext::read("", None), Err(Error::Empty)));
    let err = klartext::read("   \n\t ", None).unwrap_err();
    assert!(!err.to_string().is_empty() && !err.to_string().contains('\n'));
}

#[test]
fn page_without_article_is_a_clear_error() {
    let html = "<html><body><nav><a href='/'>Start</a></nav><div role='dialog'>Cookies?</div></body></html>";
    let err = klartext::read(html, None).unwrap_err();
    assert!(!err.to_string().is_empty());
}

#[test]
fn binary_junk_does_not_panic() {
    // A deterministic byte soup: xorshift, decoded lossily as the CLI does.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let soup = String::from_utf8_lossy(&bytes).into_owned();
    let _ = klartext::read(&soup, Some("https://example.com/"));
    let tags = soup.replace('a', "<div>").replace('b', "</p><p>");
    let _ = klartext::read(&tags, None);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    for tag in ["div", "span", "section"] {
        let depth = 100_000;
        let mut html = String::from("<html><body>");
        for _ in 0..depth {
            html.push_str(&format!("<{tag}>"));
        }
        for _ in 0..4 {
            html.push_str("<p>");
            html.push_str(paragraph());
            html.push_str("</p>");
        }
        let result = klartext::read(&html, None);
        assert!(result.is_ok(), "{tag}: {result:?}");
    }
}

#[test]
fn a_million_siblings_are_read() {
    let mut html = String::with_capacity(12_000_000);
    html.push_str("<html><body><div>");
    for _ in 0..1_000_000 {
        html.push_str("<i>x</i>");
    }
    html.push_str("</div><article>");
    for _ in 0..8 {
        html.push_str("<p>");
        html.push_str(paragraph());
        html.push_str("</p>");
    }
    html.push_str("</article></body></html>");
    let reading = klartext::read(&html, None).expect("the article is found");
    assert!(reading.text.contains("neue Regeln"));
}

#[test]
fn a_twenty_megabyte_page_is_read_or_refused_cleanly() {
    // Twenty megabytes of page furniture (link lists, a script) around an ordinary story.
    let mut html = String::from("<html><head><script>var x = '");
    html.push_str(&"<div>".repeat(200_000));
    html.push_str("';</script></head><body><article>");
    for _ in 0..8 {
        html.push_str("<p>");
        html.push_str(paragraph());
        html.push_str("</p>");
    }
    html.push_str("</article><ul class=\"more\">");
    let mut i = 0;
    while html.len() < 20 * 1024 * 1024 {
        html.push_str(&format!(
            "<li><a href=\"/archiv/{i}\">Archivmeldung Nummer {i}</a></li>"
        ));
        i += 1;
    }
    html.push_str("</ul></body></html>");
    let reading = klartext::read(&html, None).expect("the story is found");
    assert!(reading.text.contains("neue Regeln"));
    assert!(!reading.text.contains("Archivmeldung"));
    let too_big = "x".repeat(klartext::MAX_INPUT_BYTES + 1);
    assert!(matches!(
        klartext::read(&too_big, None),
        Err(Error::TooLarge { .. })
    ));
}
