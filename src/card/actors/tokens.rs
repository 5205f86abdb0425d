//! Takes a sentence, gives its word tokens: the word without surrounding punctuation, its byte span in
//! the sentence, and which punctuation sits before and after it (a comma or a stop ends a name).

/// One word of a sentence; `word` borrows from the sentence text.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub word: &'a str,
    /// Byte span of `word` in the sentence.
    pub start: usize,
    pub end: usize,
    /// A comma right after the word.
    pub comma_after: bool,
    /// Punctuation after the word that ends a phrase: . ; : ! ? closing quote or bracket, a dash.
    pub stop_after: bool,
    /// An opening quote, bracket or dash right before the word.
    pub open_before: bool,
}

impl Tok<'_> {
    /// No comma and no stop after the word: its phrase goes on past it.
    pub fn runs_on(&self) -> bool {
        !self.comma_after && !self.stop_after
    }
}

const LEADING: &[char] = &[
    '„', '“', '"', '\'', '‚', '‘', '«', '»', '(', '[', '{', '‹', '›', '*', '–', '—', '¿', '¡',
];
const TRAILING: &[char] = &[
    ',', '.', ';', ':', '!', '?', '“', '”', '"', '\'', '’', '‘', '»', '«', ')', ']', '}', '›', '‹',
    '*', '–', '—', '…',
];

/// Splits at whitespace, peels punctuation off both ends. Dots inside a word ("U.S.") and the dot of a
/// single-letter initial ("J.") stay with the word.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    // About one token per six bytes of running text.
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(text.len() / 6 + 1);
    let mut pending_open = false;
    for (chunk_start, chunk) in split_ws(text) {
        // A line break between words (a byline or dateline line) ends a phrase like punctuation.
        if let Some(prev) = out.last_mut() {
            if text
                .get(prev.end..chunk_start)
                .is_some_and(|gap| gap.contains('\n'))
            {
                prev.stop_after = true;
            }
        }
        let lead_trimmed = chunk.trim_start_matches(LEADING);
        let lead_len = chunk.len() - lead_trimmed.len();
        let open_before = pending_open || lead_len > 0;
        pending_open = false;
        let mut core = lead_trimmed.trim_end_matches(TRAILING);
        let trail = &lead_trimmed[core.len()..];
        // Keep a final dot for abbreviations with inner dots ("U.S.") and single initials ("J.").
        if trail.starts_with('.') && (core.contains('.') || core.chars().count() == 1) {
            core = &lead_trimmed[..core.len() + 1];
        }
        let trail = &lead_trimmed[core.len()..];
        if core.is_empty() || !core.chars().any(char::is_alphanumeric) {
            // A bare dash or quote between words: it ends the previous phrase and opens the next.
            if let Some(prev) = out.last_mut() {
                prev.stop_after = true;
            }
            pending_open = true;
            continue;
        }
        let start = chunk_start + lead_len;
        out.push(Tok {
            word: core,
            start,
            end: start + core.len(),
            comma_after: trail.contains(','),
            stop_after: trail.chars().any(|c| c != ',' && c != '’' && c != '\''),
            open_before,
        });
    }
    out
}

fn split_ws(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| {
        // `split_whitespace` yields subslices of `text`, so the offset is a pointer difference.
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        (start, w)
    })
}

/// True if the word starts with an uppercase letter.
pub fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two to five letters, all uppercase (digits and "&" allowed after the first): "CSIS", "G7", "AT&T"; or dotted capitals "U.N.".
pub fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=5).contains(&n)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        || dotted_acronym(word)
}

/// "U.N.", "E.U.": single capitals each followed by a dot.
fn dotted_acronym(word: &str) -> bool {
    let mut n = 0;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Mostly uppercase letters (a headline or a shouted line).
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            // Most words fail at their second letter.
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peels_punctuation_and_keeps_spans() {
        let text = "„Das ist gut“, sagte Kim Jong-un (KCNA). Die U.S. Army, J. Smith";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            vec![
                "Das", "ist", "gut", "sagte", "Kim", "Jong-un", "KCNA", "Die", "U.S.", "Army",
                "J.", "Smith"
            ]
        );
        for t in &toks {
            assert_eq!(&text[t.start..t.end], t.word);
        }
        assert!(toks[2].comma_after && toks[2].stop_after);
        assert!(toks[6].open_before && toks[6].stop_after);
        assert!(toks[9].comma_after);
    }
}
