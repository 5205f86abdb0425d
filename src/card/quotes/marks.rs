//! Takes text (paragraphs separated by "\n\n"), gives the top-level spans inside quotation marks:
//! „…“ “…” "…" «…» »…« ‚…‘ and, only where they cannot be apostrophes, ‘…’ and '…'. A quotation
//! that runs over a paragraph break continues when the next paragraph opens with a mark again (the
//! English convention); otherwise an unclosed mark is dropped, so one stray mark never swallows the rest.

/// Longest quotation we accept, in bytes: beyond this an unmatched mark is more likely than a speech.
const MAX_SPAN_BYTES: usize = 6000;
/// Single marks double as apostrophes; a single-quoted span longer than this is not a quotation.
const MAX_SINGLE_WORDS: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Byte ranges of the quoted words (more than one when the quotation spans paragraphs).
    pub pieces: Vec<(usize, usize)>,
    /// Byte offset of the opening mark and just past the closing mark.
    pub outer: (usize, usize),
    pub single: bool,
}

impl Span {
    pub fn text(&self, src: &str) -> String {
        let parts: Vec<&str> = self
            .pieces
            .iter()
            .filter_map(|&(a, b)| src.get(a..b))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        parts.join(" ")
    }
}

struct Open {
    mark: char,
    closers: &'static [char],
    outer_start: usize,
    piece_start: usize,
    pieces: Vec<(usize, usize)>,
    single: bool,
}

/// The closing marks for an opening mark, and whether it is a single mark; `None` if `c` is no opener
/// here (`prev`/`next` are the neighbouring characters).
fn opener(c: char, prev: Option<char>, next: Option<char>) -> Option<(&'static [char], bool)> {
    if !may_open(c) {
        return None;
    }
    let next_is_word = next.is_some_and(|n| !n.is_whitespace());
    let prev_is_open = prev.is_none_or(|p| p.is_whitespace() || "([{–—-/:".contains(p));
    match c {
        '„' => Some((&['“', '”', '"'], false)),
        '“' if next_is_word => Some((&['”', '“', '"'], false)),
        '"' if next_is_word => Some((&['"', '”', '“'], false)),
        '»' if next_is_word => Some((&['«'], false)),
        '«' if next_is_word => Some((&['»'], false)),
        '‚' if next_is_word && prev_is_open => Some((&['‘', '’'], true)),
        '‘' if prev_is_open && next.is_some_and(char::is_alphanumeric) => Some((&['’'], true)),
        '\'' if prev_is_open && next.is_some_and(char::is_alphanumeric) => Some((&['\''], true)),
        _ => None,
    }
}

/// Whether `c` is a mark that can open a quotation somewhere.
fn may_open(c: char) -> bool {
    matches!(c, '„' | '“' | '"' | '»' | '«' | '‚' | '‘' | '\'')
}

/// A single closing mark must not sit inside a word ("don’t") nor after a space.
fn single_closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

pub fn scan(text: &str) -> Vec<Span> {
    // Most paragraphs hold no mark at all: no need to look at their characters.
    if !text.contains(['„', '“', '"', '»', '«', '‚', '‘', '\'']) {
        return Vec::new();
    }
    // Characters are decoded where they are looked at, by byte position: a whole article's
    // characters collected first cost more than the scan itself.
    let char_at = |pos: usize| text.get(pos..).and_then(|r| r.chars().next());
    let mut spans = Vec::new();
    let mut open: Option<Open> = None;
    let mut pos = 0;
    while pos < text.len() {
        if open.is_none() {
            // Outside a quotation only an opening mark matters: skip to the next candidate.
            match text.get(pos..).and_then(|r| r.find(may_open)) {
                Some(k) => pos += k,
                None => break,
            }
        }
        let Some(c) = char_at(pos) else { break };
        let prev = text.get(..pos).and_then(|r| r.chars().next_back());
        let after = pos + c.len_utf8();
        let next = char_at(after);
        if let Some(o) = open.as_mut() {
            if c == '\n' && next == Some('\n') {
                // A paragraph break inside a quotation: it goes on only if the next paragraph reopens.
                let mut j = pos;
                while let Some(w) = char_at(j).filter(|w| w.is_whitespace()) {
                    j += w.len_utf8();
                }
                match char_at(j) {
                    Some(m) if m == o.mark || (!o.single && is_double_opener(m)) => {
                        o.pieces.push((o.piece_start, pos));
                        o.piece_start = j + m.len_utf8();
                        pos = j + m.len_utf8();
                    }
                    _ => {
                        open = None;
                        pos = j;
                    }
                }
                continue;
            }
            let closes = o.closers.contains(&c) && (!o.single || single_closes(prev, next));
            if closes {
                if let Some(mut o) = open.take() {
                    o.pieces.push((o.piece_start, pos));
                    let words: usize = o
                        .pieces
                        .iter()
                        .filter_map(|&(a, b)| text.get(a..b))
                        .map(|s| s.split_whitespace().count())
                        .sum();
                    if !(o.single && words > MAX_SINGLE_WORDS) {
                        spans.push(Span {
                            pieces: o.pieces,
                            outer: (o.outer_start, after),
                            single: o.single,
                        });
                    }
                }
            } else if pos.saturating_sub(o.outer_start) > MAX_SPAN_BYTES {
                // Give up on this mark and rescan just after it.
                let restart = o.outer_start;
                open = None;
                pos = restart + char_at(restart).map_or(1, char::len_utf8);
                continue;
            }
        } else if let Some((closers, single)) = opener(c, prev, next) {
            open = Some(Open {
                mark: c,
                closers,
                outer_start: pos,
                piece_start: after,
                pieces: Vec::new(),
                single,
            });
        }
        pos = after;
    }
    spans
}

fn is_double_opener(c: char) -> bool {
    matches!(c, '„' | '“' | '"' | '»' | '«')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        scan(s).iter().map(|sp| sp.text(s)).collect()
    }

    #[test]
    fn finds_each_style_of_mark() {
        assert_eq!(
            texts("Er sagte „ja bitte“ und «non merci» und »gut so« und “fine” und \"ok then\"."),
            vec!["ja bitte", "non merci", "gut so", "fine", "ok then"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("Don’t say it’s the players’ fault, O'Neill's dog.").is_empty());
        assert_eq!(
            texts("He called it ‘a disgrace’ today."),
            vec!["a disgrace"]
        );
    }

    #[test]
    fn continues_over_paragraphs_only_when_reopened() {
        assert_eq!(
            texts("“One thing.\n\n“Another thing,” he said."),
            vec!["One thing. Another thing,"]
        );
        assert_eq!(texts("„Kaputt.\n\nDer Rest „ist“ gut."), vec!["ist"]);
    }

    #[test]
    fn nested_marks_stay_inside() {
        assert_eq!(
            texts("„Das ist ‚Unsinn‘, sagte er“, so sie."),
            vec!["Das ist ‚Unsinn‘, sagte er"]
        );
    }
}
