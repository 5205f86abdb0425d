//! Takes a block's text, gives its sentence pieces: the Unicode sentence-boundary rules (UAX #29,
//! rules SB4–SB11) as they apply to prose. `sentences` then re-joins the pieces that end early.
//!
//! Written here instead of taken from `unicode-segmentation` because that crate looks every character
//! up in its property tables (a binary search each), which made splitting a tenth of the card's time.
//! Here the rules look only at the characters around a `.`, `!` or `?`; elsewhere a character costs
//! one comparison. The character classes follow the standard's: `Close` is the quotation marks and
//! brackets, `SContinue` the commas, colons, semicolons and dashes; `Upper`/`Lower` come from the
//! standard library's case properties.

/// Byte offset and text of each piece, in order; the pieces cover `text` exactly.
pub fn pieces(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while let Some(c) = text.get(at..).and_then(|r| r.chars().next()) {
        // Nearly every character is ASCII and no terminator or separator: one comparison each.
        if c.is_ascii() && !matches!(c, '.' | '!' | '?' | '\n' | '\r') {
            at += 1;
            continue;
        }
        let after = at + c.len_utf8();
        let end = if is_para_sep(c) {
            // SB4: a paragraph separator ends its sentence.
            Some(at + para_sep_len(text.get(at..).unwrap_or("")))
        } else if is_aterm(c) || is_sterm(c) {
            boundary_after_terminator(text, at, c)
        } else {
            None
        };
        match end {
            Some(end) => {
                if let Some(piece) = text.get(start..end).filter(|p| !p.is_empty()) {
                    out.push((start, piece));
                }
                start = end;
                at = end;
            }
            None => at = after,
        }
    }
    if let Some(piece) = text.get(start..).filter(|p| !p.is_empty()) {
        out.push((start, piece));
    }
    out
}

/// Where the sentence ends after the terminator `term` at byte `at`, or `None` when the rules say it
/// goes on.
fn boundary_after_terminator(text: &str, at: usize, term: char) -> Option<usize> {
    let rest = text.get(at + term.len_utf8()..)?;
    let next = rest.chars().next();
    if is_aterm(term) {
        // SB6: "3.5"; SB7: "U.S" (a letter, the dot, an uppercase letter).
        if next.is_some_and(is_numeric) {
            return None;
        }
        let before = text.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(|b| is_upper(b) || b.is_lowercase()) && next.is_some_and(is_upper) {
            return None;
        }
    }
    // SB9/SB10: closing marks and then spaces stay with the sentence.
    let closed = rest.trim_start_matches(is_close);
    let spaced = closed.trim_start_matches(is_space);
    let end = text.len() - spaced.len();
    let follower = spaced.chars().next();
    if is_aterm(term) && lowercase_follows(spaced) {
        // SB8: "etc. and", "z. B. die": a lowercase word after the dot goes on with the sentence.
        return None;
    }
    match follower {
        // The end of the text ends the last piece anyway.
        None => None,
        // SB8a: "?, asked" and "!!" go on.
        Some(f) if is_scontinue(f) || is_aterm(f) || is_sterm(f) => None,
        // SB11 with SB4: a paragraph separator right after belongs to this sentence.
        Some(f) if is_para_sep(f) => Some(end + para_sep_len(spaced)),
        Some(_) => Some(end),
    }
}

/// SB8: skipping what is neither a letter nor a separator nor a terminator, is the next one lowercase?
fn lowercase_follows(text: &str) -> bool {
    text.chars()
        .find(|&c| c.is_alphabetic() || is_para_sep(c) || is_aterm(c) || is_sterm(c))
        .is_some_and(|c| c.is_lowercase() && !c.is_uppercase())
}

/// Length of the paragraph separator opening `text` (SB3: CR LF is one).
fn para_sep_len(text: &str) -> usize {
    if text.starts_with("\r\n") {
        2
    } else {
        text.chars().next().map_or(0, char::len_utf8)
    }
}

/// The standard's `Upper`: uppercase, or a titlecase letter ("ǅ", "ǈ"; General_Category Lt, which
/// the standard library does not expose: the whole category is listed here).
fn is_upper(c: char) -> bool {
    c.is_uppercase()
        || matches!(
            c,
            '\u{01C5}'
                | '\u{01C8}'
                | '\u{01CB}'
                | '\u{01F2}'
                | '\u{1F88}'..='\u{1F8F}'
                | '\u{1F98}'..='\u{1F9F}'
                | '\u{1FA8}'..='\u{1FAF}'
                | '\u{1FBC}'
                | '\u{1FCC}'
                | '\u{1FFC}'
        )
}

fn is_para_sep(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() && !is_para_sep(c)
}

/// Decimal digits (not `char::is_numeric`, which takes superscripts and fractions too: "betrieben.₁"
/// ends its sentence).
fn is_numeric(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '\u{0660}'..='\u{0669}'
            | '\u{06F0}'..='\u{06F9}'
            | '\u{0966}'..='\u{096F}'
            | '\u{FF10}'..='\u{FF19}'
    )
}

fn is_aterm(c: char) -> bool {
    matches!(c, '.' | '\u{2024}' | '\u{FE52}' | '\u{FF0E}')
}

fn is_sterm(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '\u{0589}'
            | '\u{061D}'..='\u{061F}'
            | '\u{06D4}'
            | '\u{0700}'..='\u{0702}'
            | '\u{07F9}'
            | '\u{0964}'
            | '\u{0965}'
            | '\u{104A}'
            | '\u{104B}'
            | '\u{1362}'
            | '\u{1367}'
            | '\u{1368}'
            | '\u{166E}'
            | '\u{203C}'
            | '\u{203D}'
            | '\u{2047}'..='\u{2049}'
            | '\u{2E2E}'
            | '\u{2E3C}'
            | '\u{3002}'
            | '\u{A4FF}'
            | '\u{A60E}'
            | '\u{A60F}'
            | '\u{FE56}'
            | '\u{FE57}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF61}'
    )
}

/// Quotation marks and brackets (Unicode's opening, closing, initial and final punctuation).
fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '\u{2018}'..='\u{201F}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{2045}'
            | '\u{2046}'
            | '\u{207D}'
            | '\u{207E}'
            | '\u{2308}'..='\u{230B}'
            | '\u{2329}'
            | '\u{232A}'
            | '\u{275B}'..='\u{2760}'
            | '\u{27E6}'..='\u{27EF}'
            | '\u{2E02}'..='\u{2E05}'
            | '\u{2E09}'
            | '\u{2E0A}'
            | '\u{2E0C}'
            | '\u{2E0D}'
            | '\u{2E1C}'
            | '\u{2E1D}'
            | '\u{2E20}'..='\u{2E29}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301B}'
            | '\u{301D}'..='\u{301F}'
            | '\u{FD3E}'
            | '\u{FD3F}'
            | '\u{FE59}'..='\u{FE5E}'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '\u{FF5B}'
            | '\u{FF5D}'
            | '\u{FF5F}'
            | '\u{FF60}'
            | '\u{FF62}'
            | '\u{FF63}'
    )
}

/// Commas, colons, semicolons and dashes: after a terminator they carry the sentence on.
fn is_scontinue(c: char) -> bool {
    matches!(
        c,
        ',' | '-'
            | ':'
            | ';'
            | '\u{037E}'
            | '\u{055D}'
            | '\u{060C}'
            | '\u{060D}'
            | '\u{07F8}'
            | '\u{1802}'
            | '\u{1808}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{3001}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{FE13}'
            | '\u{FE31}'
            | '\u{FE32}'
            | '\u{FE50}'
            | '\u{FE51}'
            | '\u{FE55}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0C}'
            | '\u{FF0D}'
            | '\u{FF1A}'
            | '\u{FF1B}'
            | '\u{FF64}'
    )
}

#[cfg(test)]
mod tests {
    use super::pieces;

    fn texts(s: &str) -> Vec<&str> {
        pieces(s).into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn splits_after_terminators_and_keeps_trailing_marks_and_spaces() {
        assert_eq!(
            texts("Er kam. „Wir gehen!“ Sie blieb? Ja."),
            vec!["Er kam. ", "„Wir gehen!“ ", "Sie blieb? ", "Ja."]
        );
        assert_eq!(texts("One (two.) Three"), vec!["One (two.) ", "Three"]);
    }

    #[test]
    fn goes_on_where_the_standard_says() {
        // Numbers, inner capitals, a lowercase word, continuing punctuation.
        assert_eq!(
            texts("It rose 3.5 per cent."),
            vec!["It rose 3.5 per cent."]
        );
        assert_eq!(texts("In the U.S.A. Then"), vec!["In the U.S.A. ", "Then"]);
        assert_eq!(
            texts("Er kam z. B. heute."),
            vec!["Er kam z. ", "B. heute."]
        );
        assert_eq!(texts("Äpfel usw. gab es."), vec!["Äpfel usw. gab es."]);
        assert_eq!(texts("„Warum?“, fragte er."), vec!["„Warum?“, fragte er."]);
        assert_eq!(texts("Wow!! Yes"), vec!["Wow!! ", "Yes"]);
        assert_eq!(texts("Am 11. 2019 war es"), vec!["Am 11. 2019 war es"]);
    }

    #[test]
    fn paragraph_separators_end_sentences_and_nothing_is_lost() {
        assert_eq!(texts("a\nb\r\nc"), vec!["a\n", "b\r\n", "c"]);
        assert_eq!(texts("End.\nNext"), vec!["End.\n", "Next"]);
        for s in [
            "",
            "...",
            ". . .",
            "?!",
            "„“.",
            "x.\u{2029}",
            "Ünïcödé. Ölig.",
        ] {
            assert_eq!(texts(s).concat(), s);
        }
    }
}
