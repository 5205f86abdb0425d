//! Takes a quoted span and the words around it, says whether it is a quotation or a name or title in
//! quotation marks („Berliner Zeitung“, „Eagle“, "Saturday Night Live"). Evidence: the span's length,
//! case pattern, end punctuation, first- and second-person words, a colon or a cue before it, and
//! title words before it ("des Typs", "titled").

use super::lexicon::QuoteLexicon;

pub struct Context<'a> {
    /// The word right before the opening mark (or the punctuation there), if any.
    pub before: &'a [&'a str],
    pub colon_before: bool,
    /// A cue of saying stands next to the span.
    pub cued: bool,
}

pub fn is_quotation(text: &str, cx: &Context, lex: &QuoteLexicon) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    let Some(first) = words.first() else {
        return false;
    };
    if !text.chars().any(char::is_alphabetic) {
        return false;
    }
    if cx.before.iter().any(|w| lex.is_title_context(w)) && n < 7 {
        return false;
    }
    let terminal = text
        .trim_end_matches(['“', '”', '"', '’', '\'', ')'])
        .ends_with(['.', '!', '?', '…']);
    let clause_end = terminal || text.ends_with(',');
    let alpha: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let all_capitalised = alpha
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let speechy = words.iter().any(|w| {
        lex.is_speech_word(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\''))
    });
    let lower_start = first
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if all_capitalised {
        return n >= 3 && terminal && (speechy || cx.colon_before);
    }
    if n >= 7 {
        return true;
    }
    if lower_start {
        return n >= 2 || cx.cued;
    }
    let coined = cx.before.first().is_some_and(|w| lex.is_indefinite(w));
    (coined || clause_end) && n >= 2 || cx.colon_before || speechy && n >= 3 || cx.cued && n >= 4
}
