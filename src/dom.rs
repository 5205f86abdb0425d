//! Facts about HTML elements that several stages ask (content statistics, rendering): which tags are
//! block-level and which elements a reader never sees. One table each, so the stages cannot drift.

use scraper::node::Element;

/// Block-level elements: each starts a new block of text (HTML's rendering section).
pub const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "picture",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Whether `tag` ends a run of inline text for the content statistics. Besides block-level elements,
/// an image, a menu or a form breaks the run: a `div` holding only those is not a paragraph. (The
/// renderer keeps images inline in text, so it asks [`BLOCK_LEVEL`] alone.)
pub fn breaks_text_run(tag: &str) -> bool {
    BLOCK_LEVEL.contains(&tag) || matches!(tag, "img" | "nav" | "form")
}

/// Whether an element is hidden from the reader: `hidden`, `aria-hidden="true"`, or an inline style
/// with `display: none` / `visibility: hidden`. Readability's exception: an `aria-hidden` wrapper of
/// class `fallback-image` holds the image shown when scripts do not run, so it counts as visible.
pub fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden") == Some("true")
        && !el.attr("class").unwrap_or("").contains("fallback-image")
    {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}
