//! The sanitiser's allowlist: the only tags, attributes and URL schemes the reader HTML may carry. The
//! tests hand exactly these lists to `ammonia` and require our output to pass through it unchanged.

/// Elements kept as they are (their allowlisted attributes only).
pub const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
];

/// Void elements: written without a closing tag.
pub const VOID: &[&str] = &["br", "hr", "img"];

/// (tag, attribute) pairs kept.
pub const ATTRIBUTES: &[(&str, &str)] = &[
    ("a", "href"),
    ("a", "title"),
    ("abbr", "title"),
    ("img", "src"),
    ("img", "alt"),
    ("img", "title"),
    ("img", "width"),
    ("img", "height"),
    ("ol", "start"),
    ("td", "colspan"),
    ("td", "rowspan"),
    ("th", "colspan"),
    ("th", "rowspan"),
    ("th", "scope"),
    ("time", "datetime"),
];

/// Schemes a link or image may use after resolution.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Attributes whose value is a URL.
pub fn is_url_attribute(attr: &str) -> bool {
    matches!(attr, "href" | "src")
}

pub fn allows_tag(tag: &str) -> bool {
    TAGS.contains(&tag)
}

pub fn allows_attribute(tag: &str, attr: &str) -> bool {
    ATTRIBUTES.iter().any(|(t, a)| *t == tag && *a == attr)
}

/// Script-bearing URL schemes. Text attributes (`title`, `alt`) that name one are dropped too: inert in
/// the reader, but a consumer that turns them into links must never meet one.
pub const SCRIPT_SCHEMES: &[&str] = &["javascript:", "vbscript:", "livescript:", "data:text/html"];

/// Whether `value`, lowercased and without whitespace or control characters, names a script scheme.
pub fn names_script_scheme(value: &str) -> bool {
    let squeezed: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !crate::normalize::is_invisible(*c))
        .flat_map(char::to_lowercase)
        .collect();
    SCRIPT_SCHEMES.iter().any(|s| squeezed.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_disguised_script_schemes_in_text() {
        assert!(names_script_scheme("JaVa\u{0}Script :alert(1)"));
        assert!(names_script_scheme("see java\tscript:x"));
        assert!(!names_script_scheme("Java and scripts"));
    }
}
