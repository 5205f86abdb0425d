//! Takes raw HTML, gives a parsed `Document` (html5ever via `scraper`). Everything downstream walks the
//! tree iteratively, so pathological nesting cannot overflow the stack. html5ever itself looks up the
//! stack of open elements for many start tags, which is quadratic in the nesting depth; so container
//! tags nested deeper than `MAX_DEPTH` are dropped (their text kept) before parsing.

use std::borrow::Cow;

use scraper::{ElementRef, Html, Node};

use crate::Error;

/// Deepest nesting of container elements passed to the parser; real pages stay far below.
const MAX_DEPTH: usize = 256;

/// Elements counted for the depth cap: containers that the parser never closes implicitly.
const CONTAINERS: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "ul",
    "ol",
    "table",
    "blockquote",
    "font",
    "b",
    "i",
    "a",
    "em",
    "strong",
    "u",
    "s",
    "small",
    "big",
    "center",
    "form",
    "fieldset",
    "figure",
    "details",
    "dl",
    "abbr",
    "code",
    "sub",
    "sup",
    "mark",
    "q",
    "cite",
    "label",
    "button",
    "object",
    "svg",
    "g",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "address",
    "nobr",
    "tt",
    "strike",
    "del",
    "ins",
    "var",
    "kbd",
    "samp",
    "time",
    "bdi",
    "bdo",
    "picture",
    "hgroup",
    "menu",
    "summary",
    "dialog",
    "template",
    "slot",
    "canvas",
    "video",
    "audio",
    "map",
];

/// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "noscript",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

pub struct Document {
    pub html: Html,
}

impl Document {
    pub fn root(&self) -> ElementRef<'_> {
        self.html.root_element()
    }

    /// Up to ~4 KB of visible body text, for language guessing.
    pub fn body_text_sample(&self) -> String {
        let mut out = String::new();
        for node in self.html.tree.root().descendants() {
            if let Node::Text(t) = node.value() {
                let inside_script = node
                    .parent()
                    .and_then(|p| p.value().as_element())
                    .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript" | "title"));
                if !inside_script {
                    out.push_str(t);
                    out.push(' ');
                    if out.len() > 4096 {
                        break;
                    }
                }
            }
        }
        out
    }
}

/// Page bytes as text, the way a browser decodes them: UTF-8 when valid; bytes that are not UTF-8 in
/// a page declaring a Latin charset (ISO-8859-1, which browsers read as Windows-1252) are decoded as
/// Windows-1252; anything else is decoded lossily. For shells that read files (the browser hands the
/// engine decoded text).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let latin = head.split("charset").skip(1).any(|rest| {
        let name = rest.trim_start_matches(['=', '"', '\'', ' ']);
        [
            "iso-8859-1",
            "iso8859-1",
            "latin1",
            "latin-1",
            "windows-1252",
            "cp1252",
            "iso-8859-15",
        ]
        .iter()
        .any(|c| name.starts_with(c))
    });
    if !latin {
        return String::from_utf8_lossy(bytes);
    }
    Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect())
}

/// Windows-1252: Latin-1 except for 0x80–0x9F, where it has typographic characters.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(b),
    }
}

pub fn parse(html: &str) -> Result<Document, Error> {
    if html.trim().is_empty() {
        return Err(Error::Empty);
    }
    let capped = cap_depth(html);
    Ok(Document {
        html: Html::parse_document(&capped),
    })
}

/// The input with container tags beyond `MAX_DEPTH` (and their end tags) removed.
fn cap_depth(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut stack: Vec<(&str, bool)> = Vec::new(); // (name, dropped)
    let mut kept = 0usize;
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'<'))
    {
        let start = i + off;
        if html.get(start..start + 4) == Some("<!--") {
            i = html
                .get(start + 4..)
                .and_then(|r| r.find("-->"))
                .map_or(bytes.len(), |p| start + 4 + p + 3);
            continue;
        }
        let closing = bytes.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes.get(name_start..).map_or(0, |b| {
            b.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
        });
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        let name = &html[name_start..name_start + name_len];
        let lower = name.to_ascii_lowercase();
        if !closing && RAW_TEXT.contains(&lower.as_str()) {
            let close = format!("</{lower}");
            i = html
                .get(end..)
                .and_then(|r| find_ci(r, &close))
                .map_or(bytes.len(), |p| end + p);
            continue;
        }
        if let Some(&tag) = CONTAINERS.iter().find(|t| **t == lower) {
            let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
            if !closing && !self_closing {
                let drop = kept >= MAX_DEPTH;
                if drop {
                    cuts.push((start, end));
                } else {
                    kept += 1;
                }
                stack.push((tag, drop));
            } else if closing {
                // Close the innermost open element of this name, as the parser would.
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == tag) {
                    let dropped = stack[pos].1;
                    for (_, d) in stack.drain(pos..) {
                        if !d {
                            kept = kept.saturating_sub(1);
                        }
                    }
                    if dropped {
                        cuts.push((start, end));
                    }
                }
            }
        }
        i = end;
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (s, e) in cuts {
        out.push_str(html.get(last..s).unwrap_or(""));
        last = e;
    }
    out.push_str(html.get(last..).unwrap_or(""));
    Cow::Owned(out)
}

/// The index just past the `>` ending the tag whose attributes start at `i` (quotes respected).
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i,
            None => {}
        }
    }
    i
}

fn find_ci(haystack: &str, needle_lower: &str) -> Option<usize> {
    let n = needle_lower.as_bytes();
    haystack
        .as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_only_excessive_depth() {
        let normal = "<div><p>a</p><div><span>b</span></div></div>";
        assert!(matches!(cap_depth(normal), Cow::Borrowed(_)));
        let deep = format!(
            "{}x{}",
            "<div class='a>b'>".repeat(300),
            "</div>".repeat(300)
        );
        let capped = cap_depth(&deep);
        assert_eq!(capped.matches("<div").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains('x'));
        let script = "<script>if (a<b) { '<div>' }</script><div>ok</div>";
        assert!(matches!(cap_depth(script), Cow::Borrowed(_)));
    }
}

#[cfg(test)]
mod decode_tests {
    use super::decode;

    #[test]
    fn decodes_declared_latin_pages_as_windows_1252() {
        let page = b"<meta charset=\"iso-8859-1\"><p>T\xfcbingen \x84Zitat\x93</p>";
        assert_eq!(
            decode(page),
            "<meta charset=\"iso-8859-1\"><p>Tübingen „Zitat“</p>"
        );
        assert_eq!(decode("<p>Tübingen</p>".as_bytes()), "<p>Tübingen</p>");
        assert_eq!(decode(b"<p>T\xfc</p>"), "<p>T\u{fffd}</p>");
    }
}
