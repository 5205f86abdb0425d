//! Minimal, synthetic reproductions of what fuzzing found with seeds from the shared corpora (whose
//! crashers cannot be kept verbatim: the pages are third-party). Each reading must pass every check.

mod security_support;

use security_support::{reading_problems, PAGE_URL};

fn assert_safe(page: &str) -> klartext::Reading {
    let reading = klartext::read(page, Some(PAGE_URL)).expect("an article");
    let problems = reading_problems(&reading);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    reading
}

#[test]
fn article_in_a_layout_table_row_gives_a_valid_fragment() {
    // Fuzzing (read_html, seeded with a table-layout page): the article root was a <tr>, and the
    // reader HTML began with <tr><td>, which an HTML parser drops outside a <table>.
    let para = "<p>Ein Hund trug ein Stück Fleisch im Maul über eine Brücke. Als er ins Wasser sah, glaubte er, einen anderen Hund mit einem größeren Stück zu sehen, und schnappte danach.</p>";
    let page = format!(
        "<html><body><table><tr><td><img src=\"/logo.gif\"></td><td><a href=\"/\">Start</a></td></tr>\
         <tr><td><table><tr><td><img src=\"/c1.gif\"></td><td><img src=\"/c2.gif\"></td></tr></table></td>\
         <td>{}</td></tr></table></body></html>",
        para.repeat(4)
    );
    let reading = assert_safe(&page);
    assert!(reading.text.contains("Ein Hund trug ein Stück Fleisch"));
}
