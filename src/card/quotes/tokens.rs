//! Takes a sentence of the joined article text and the quotation spans, gives the sentence as tokens:
//! words, punctuation, and one `Quoted` token per quotation, so attribution rules can look left and
//! right of a quotation without re-reading its words.

#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'a> {
    Word(&'a str),
    /// A clause break: , ; : . ! ? ( ) – —
    Punct(char),
    /// Index into the quotation list.
    Quoted(usize),
}

impl<'a> Tok<'a> {
    pub fn word(&self) -> Option<&'a str> {
        match self {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// Tokens of `text[range]`; `spans` are (outer start, outer end, quote index), sorted by start.
pub fn tokenize<'a>(
    text: &'a str,
    range: (usize, usize),
    spans: &[(usize, usize, usize)],
) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    let (mut pos, end) = range;
    let mut word_start: Option<usize> = None;
    // `pos` only grows and spans are sorted by start, so spans ending before it never match again:
    // skipping them keeps this linear (a scan per character was quadratic in the number of quotes).
    let mut next_span = 0;
    while pos < end {
        while spans.get(next_span).is_some_and(|s| s.1 <= pos) {
            next_span += 1;
        }
        if let Some(&(_, b, q)) = spans.get(next_span).filter(|s| s.0 <= pos && pos < s.1) {
            flush(text, &mut word_start, pos, &mut out);
            // A quotation over several paragraphs belongs to the sentence where it ends, next to its
            // attribution.
            if b <= range.1 {
                out.push(Tok::Quoted(q));
            }
            pos = b;
            continue;
        }
        // Letters and digits in ASCII, most of the text, only extend a word.
        if text
            .as_bytes()
            .get(pos)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            word_start.get_or_insert(pos);
            pos += 1;
            continue;
        }
        let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        // "O’Donnell", "Trump’s": an apostrophe between letters is part of the word.
        let inner_apostrophe = matches!(c, '’' | '\'')
            && word_start.is_some()
            && text
                .get(pos + len..end)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_alphabetic);
        if inner_apostrophe {
            pos += len;
            continue;
        }
        if c.is_whitespace() || is_break(c) || is_mark(c) {
            flush(text, &mut word_start, pos, &mut out);
            if is_break(c) {
                out.push(Tok::Punct(c));
            }
        } else if word_start.is_none() {
            word_start = Some(pos);
        }
        pos += len;
    }
    flush(text, &mut word_start, pos.min(end), &mut out);
    out
}

fn flush<'a>(text: &'a str, start: &mut Option<usize>, end: usize, out: &mut Vec<Tok<'a>>) {
    if let Some(s) = start.take() {
        if let Some(w) = text.get(s..end) {
            // Nearly every word: no dot, nothing to split off.
            if !w.contains('.') {
                if !w.is_empty() {
                    out.push(Tok::Word(w));
                }
                return;
            }
            // "sagte Merkel.Als …": a sentence end that lost its space.
            if let Some(dot) = glued_sentence_end(w) {
                out.push(Tok::Word(&w[..dot]));
                out.push(Tok::Punct('.'));
                let mut rest = Some(s + dot + 1);
                flush(text, &mut rest, end, out);
                return;
            }
            // A full stop glued to an abbreviation or initial stays with it ("Dr.", "J."), else it is a
            // break; so it is after an acronym ("according to CNN.").
            let trimmed = w.trim_end_matches('.');
            let acronym = trimmed.chars().count() >= 2 && trimmed.chars().all(char::is_uppercase);
            if trimmed.len() < w.len() && (trimmed.chars().count() > 3 || acronym) {
                out.push(Tok::Word(trimmed));
                out.push(Tok::Punct('.'));
            } else if !w.is_empty() {
                out.push(Tok::Word(w));
            }
        }
    }
}

/// Byte index of a full stop between a lowercase letter and a capitalised word ("Merkel.Als").
fn glued_sentence_end(w: &str) -> Option<usize> {
    let dot = w.find('.')?;
    let before = w[..dot].chars().last()?;
    let after = w.get(dot + 1..)?;
    let mut rest = after.chars();
    let first = rest.next()?;
    let second = rest.next()?;
    (before.is_lowercase() && first.is_uppercase() && second.is_lowercase()).then_some(dot)
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '!' | '?' | '(' | ')' | '–' | '—' | '[' | ']'
    )
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '„' | '“' | '”' | '"' | '»' | '«' | '‚' | '‘' | '’' | '\'' | '›' | '‹'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_become_one_token() {
        let t = "„Ja, gut“, sagte Dr. Meier.";
        let toks = tokenize(t, (0, t.len()), &[(0, "„Ja, gut“".len(), 7)]);
        assert_eq!(
            toks,
            vec![
                Tok::Quoted(7),
                Tok::Punct(','),
                Tok::Word("sagte"),
                Tok::Word("Dr."),
                Tok::Word("Meier"),
                Tok::Punct('.')
            ]
        );
    }
}
