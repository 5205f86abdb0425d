//! XSS: every payload of DOMPurify's fixtures (../shared/security/xss-vectors.json) and of our own list
//! (tests/fixtures/security/vectors.json: html5sec-style script URLs with entity and control-character
//! obfuscation, srcset/style tricks, SVG/MathML namespace confusion, noscript/template mutation XSS, DOM
//! clobbering), embedded in an article page as a block, inside a paragraph and in the metadata, must give
//! a reading whose HTML and exports hold nothing executable (see security_support::reading_problems).

mod common;
mod security_support;

use security_support::{article_page, reading_problems, Vector, PAGE_URL, PLACEMENTS};

/// Runs every vector in every placement; returns the failures and how many readings were checked.
fn check_all(vectors: &[Vector], url: Option<&str>) -> (Vec<String>, usize) {
    let mut failures = Vec::new();
    let mut checked = 0;
    for v in vectors {
        for placement in PLACEMENTS {
            let page = article_page(&v.payload, *placement);
            // No reading means nothing rendered: safe, but it must be rare (counted by the caller).
            if let Ok(reading) = klartext::read(&page, url) {
                checked += 1;
                for p in reading_problems(&reading) {
                    failures.push(format!("[{}] ({placement:?}) {p}", v.title));
                }
            }
        }
    }
    (failures, checked)
}

fn assert_safe(vectors: &[Vector], url: Option<&str>) {
    let (failures, checked) = check_all(vectors, url);
    let total = vectors.len() * PLACEMENTS.len();
    eprintln!("{checked} of {total} payload pages gave a reading; all checked");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Payloads like an unclosed <textarea> may swallow the article; most must still be extracted, or
    // this test would check nothing.
    assert!(
        checked * 10 >= total * 9,
        "only {checked} of {total} payload pages gave a reading"
    );
}

#[test]
fn dompurify_vectors_give_no_executable_output() {
    let Some(shared) = common::shared_dir("dompurify_vectors") else {
        return;
    };
    let json = std::fs::read_to_string(shared.join("security/xss-vectors.json"))
        .expect("xss-vectors.json");
    let vectors = security_support::vectors_from(&json);
    assert!(vectors.len() > 200, "the DOMPurify list has 223 payloads");
    assert_safe(&vectors, Some(PAGE_URL));
}

#[test]
fn own_vectors_give_no_executable_output() {
    assert_safe(&security_support::own_vectors(), Some(PAGE_URL));
}

#[test]
fn own_vectors_without_page_url_give_no_executable_output() {
    assert_safe(&security_support::own_vectors(), None);
}

#[test]
fn script_page_url_is_never_linked() {
    let page = article_page(
        "<p>Ein weiterer Absatz.</p>",
        security_support::Placement::Block,
    );
    for url in [
        "javascript:alert(1)",
        "javascript:alert(1)//https://ok.example/",
        "data:text/html,<script>alert(1)</script>",
        " jav\tascript:alert(1)",
    ] {
        let reading = klartext::read(&page, Some(url)).expect("article");
        let problems = reading_problems(&reading);
        assert!(problems.is_empty(), "url {url:?}: {problems:#?}");
    }
}

#[test]
fn escaped_markup_in_text_stays_text() {
    let page = article_page(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>",
        security_support::Placement::Block,
    );
    let reading = klartext::read(&page, Some(PAGE_URL)).expect("article");
    // The text keeps what the page showed; the HTML shows it again, escaped.
    assert!(reading.text.contains("<script>alert(1)</script>"));
    assert!(reading
        .html
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(reading_problems(&reading).is_empty());
}

#[test]
fn plain_text_input_with_markup_is_escaped() {
    let text = "Titel <img src=x onerror=alert(1)>\n\n<script>alert(1)</script> Ein Absatz mit Text.\n\n[klick](javascript:alert(1)) „Wir schaffen das“, sagte Angela Merkel.";
    let reading = klartext::read_plain(text, Some(PAGE_URL)).expect("reading");
    let problems = reading_problems(&reading);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_checks_catch_executable_output() {
    // The checker itself must fail on what it is meant to catch, or the tests above prove nothing.
    for bad in [
        "<p>x</p><script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#x01;jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"/relative\">x</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<p style=\"color:red\">x</p>",
        "<svg><a href=\"https://ok.example/\">x</a></svg>",
        "<p><math><mi>x</mi></math></p>",
        "<a href=\"https://ok.example/\" id=\"__pwned\">x</a>",
        "<abbr title=\"a<b\">x</abbr>",
        "<p>a<br/>b</p>",
        "<iframe src=\"https://ok.example/\"></iframe>",
    ] {
        assert!(
            !security_support::html_problems(bad).is_empty(),
            "the checker passed {bad}"
        );
    }
    assert!(security_support::html_problems(
        "<p>ok <a href=\"https://ok.example/x?a=1&amp;b=2\">link</a> &lt;b&gt;</p><img src=\"https://ok.example/a.jpg\" alt=\"&lt;x&gt;\">"
    )
    .is_empty());
}
