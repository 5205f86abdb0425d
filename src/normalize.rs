//! Text normalisation shared by every stage: whitespace collapsing, and a folding for matching labels
//! that publishers disguise ("An\u{200b}zeige", Cyrillic "Аnzeige", reversed "egiezna").

/// Collapses every run of whitespace (including NBSP) to one space and trims.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            pending_space = !out.is_empty();
        } else if !is_invisible(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Zero-width and formatting characters that render as nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{180e}')
}

/// Maps Cyrillic and Greek letters that look like Latin ones to the Latin letter.
fn unconfuse(c: char) -> char {
    match c {
        'А' | 'а' | 'Α' | 'α' => 'a',
        'В' | 'в' | 'Β' | 'β' => 'b',
        'С' | 'с' | 'ϲ' => 'c',
        'Е' | 'е' | 'Ε' | 'ε' => 'e',
        'Н' | 'н' | 'Η' => 'h',
        'І' | 'і' | 'Ι' | 'ι' => 'i',
        'Ј' | 'ј' => 'j',
        'К' | 'к' | 'Κ' | 'κ' => 'k',
        'М' | 'м' | 'Μ' => 'm',
        'О' | 'о' | 'Ο' | 'ο' => 'o',
        'Р' | 'р' | 'Ρ' | 'ρ' => 'p',
        'Ѕ' | 'ѕ' => 's',
        'Т' | 'т' | 'Τ' | 'τ' => 't',
        'Х' | 'х' | 'Χ' | 'χ' => 'x',
        'У' | 'у' | 'Υ' | 'υ' => 'y',
        'Ζ' => 'z',
        'ν' => 'v',
        other => other,
    }
}

/// Folds a short label for table lookup: invisible characters dropped, look-alikes mapped to Latin,
/// lowercased, punctuation around it trimmed, whitespace collapsed.
pub fn fold_label(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(unconfuse)
        .collect();
    let collapsed = collapse_whitespace(&cleaned.to_lowercase());
    without_count(collapsed.trim_matches(|c: char| !c.is_alphanumeric())).to_string()
}

/// The label without the count a site shows beside it ("Kommentare (14)", "3 Comments"), when a word
/// is left.
fn without_count(label: &str) -> &str {
    let is_count = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'));
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    };
    let mut rest = label;
    if let Some((last_start, last)) = rest.rsplit_once(' ') {
        if is_count(last) {
            rest = last_start;
        }
    }
    if let Some((first, after)) = rest.split_once(' ') {
        if is_count(first) {
            rest = after;
        }
    }
    rest.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_disguised_labels() {
        assert_eq!(fold_label("An\u{200b}zeige"), "anzeige");
        assert_eq!(fold_label("Аnzеige:"), "anzeige");
        assert_eq!(fold_label("  WERBUNG "), "werbung");
    }

    #[test]
    fn drops_the_count_beside_a_label() {
        assert_eq!(fold_label("Kommentare (14)"), "kommentare");
        assert_eq!(fold_label("3 Comments"), "comments");
        assert_eq!(fold_label("Comments [120]:"), "comments");
        assert_eq!(fold_label("2024"), "2024");
        assert_eq!(fold_label("Top 10 der Woche"), "top 10 der woche");
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(collapse_whitespace("  a \n\t b\u{a0}c "), "a b c");
    }
}
