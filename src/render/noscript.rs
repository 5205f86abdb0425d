//! Images inside `<noscript>`. html5ever parses with scripting on, so a `<noscript>` holds its markup as
//! raw text; lazy-loading pages put the real `<img>` there. This reads the attributes of those `<img>`
//! tags from the text, without building a second tree.

/// Attributes of each `<img>` tag in `raw` (names lowercased, values with `&amp;` decoded).
pub fn images(raw: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let lower = raw.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower.get(from..).and_then(|s| s.find("<img")) {
        let start = from + pos + 4;
        let (attrs, end) = attributes(raw, start);
        out.push(attrs);
        from = end.max(start);
        if out.len() >= MAX_IMAGES {
            break;
        }
    }
    out
}

/// A `<noscript>` holds a handful of images at most; more is not a fallback.
const MAX_IMAGES: usize = 8;

fn attributes(raw: &str, start: usize) -> (Vec<(String, String)>, usize) {
    let bytes = raw.as_bytes();
    let mut i = start;
    let mut attrs = Vec::new();
    let at = |i: usize| bytes.get(i).copied();
    loop {
        while at(i).is_some_and(|b| b.is_ascii_whitespace() || b == b'/') {
            i += 1;
        }
        match at(i) {
            None => return (attrs, i),
            Some(b'>') => return (attrs, i + 1),
            _ => {}
        }
        let name_start = i;
        while at(i).is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/')) {
            i += 1;
        }
        let name = raw.get(name_start..i).unwrap_or("").to_ascii_lowercase();
        while at(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        let mut value = String::new();
        if at(i) == Some(b'=') {
            i += 1;
            while at(i).is_some_and(|b| b.is_ascii_whitespace()) {
                i += 1;
            }
            let (v_start, v_end, next) = match at(i) {
                Some(q @ (b'"' | b'\'')) => {
                    let s = i + 1;
                    let mut e = s;
                    while at(e).is_some_and(|b| b != q) {
                        e += 1;
                    }
                    (s, e, e + 1)
                }
                _ => {
                    let s = i;
                    let mut e = s;
                    while at(e).is_some_and(|b| !b.is_ascii_whitespace() && b != b'>') {
                        e += 1;
                    }
                    (s, e, e)
                }
            };
            value = raw.get(v_start..v_end).unwrap_or("").replace("&amp;", "&");
            i = next;
        }
        if name.is_empty() {
            i += 1;
        } else {
            attrs.push((name, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_img_attributes_from_raw_text() {
        let imgs = images(
            r#"<IMG src="/a.jpg?x=1&amp;y=2" alt='Ein Bild' width=300><img data-src=/b.jpg>"#,
        );
        assert_eq!(imgs.len(), 2);
        assert!(imgs[0].contains(&("src".into(), "/a.jpg?x=1&y=2".into())));
        assert!(imgs[0].contains(&("alt".into(), "Ein Bild".into())));
        assert!(imgs[1].contains(&("data-src".into(), "/b.jpg".into())));
        assert!(images("<img").len() == 1 && images("").is_empty());
    }
}
