//! Takes text blocks, gives `Sentence`s (with the index of their block), split at sentence ends
//! (Unicode sentence boundaries, `sentence_breaks`) and re-joined where the split fell inside a quotation, after an
//! abbreviation ("Dr.", "z. B."), an initial, or an ordinal or date ("zum 80. Jahrestag", "am 11. Oktober");
//! also split where a full stop lost its space ("sagte der Papst.Der Bruder …").

use super::quotes::marks;
use super::sentence_breaks;
use crate::lang::LANGUAGES;
use crate::render::{Block, BlockKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Index of the block in the rendered article.
    pub block: usize,
    pub kind: BlockKind,
    pub text: String,
}

pub fn split(blocks: &[Block]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let quoted: Vec<(usize, usize)> =
            marks::scan(&block.text).iter().map(|s| s.outer).collect();
        let pieces = split_glued(sentence_breaks::pieces(&block.text));
        let mut start = 0;
        for (k, &(pos, piece)) in pieces.iter().enumerate() {
            let end = pos + piece.len();
            let next = pieces.get(k + 1).map(|p| p.1);
            // Spans are sorted and disjoint: only the first one ending after `end` can hold it.
            let inside_quote = quoted
                .get(quoted.partition_point(|&(_, b)| b <= end))
                .is_some_and(|&(a, _)| a < end);
            if next.is_some() && (inside_quote || ends_early(&block.text[start..end], next)) {
                continue;
            }
            push(
                &mut out,
                i,
                block.kind,
                block.text.get(start..end).unwrap_or(""),
            );
            start = end;
        }
    }
    out
}

/// The pieces with those split again where a sentence end lost its space ("sagte der Papst.Der
/// ältere Bruder …"): a lowercase letter, a full stop, then a capitalised word with no further dot.
/// The standard keeps "U.S" and "e.V." together, and so this: the letter before the dot is lowercase
/// and the word after it has lowercase letters and no dot of its own ("www.Tagesschau.de" stays).
fn split_glued(pieces: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(pieces.len());
    for (pos, piece) in pieces {
        let mut start = 0;
        for (dot, _) in piece.match_indices('.') {
            let before = piece[..dot].chars().next_back();
            let word = piece[dot + 1..]
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '!' | '?'))
                .next()
                .unwrap_or("");
            let mut letters = word.chars();
            let glued = before.is_some_and(char::is_lowercase)
                && letters.next().is_some_and(char::is_uppercase)
                && letters.next().is_some_and(char::is_lowercase)
                && !word.trim_end_matches('.').contains('.');
            if glued {
                out.push((pos + start, &piece[start..=dot]));
                start = dot + 1;
            }
        }
        out.push((pos + start, &piece[start..]));
    }
    out
}

fn push(out: &mut Vec<Sentence>, block: usize, kind: BlockKind, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Sentence {
            block,
            kind,
            text: text.to_string(),
        });
    }
}

/// True when the text so far ends in something that only looks like a sentence end: any end mark that
/// a lowercase word follows, a short ordinal or day ("am 11."), a single initial, an abbreviation.
fn ends_early(text: &str, next: Option<&str>) -> bool {
    let t = text.trim_end();
    let Some(last) = t.split_whitespace().next_back() else {
        return false;
    };
    // "“Why now?” she asked." – whatever ends here, a lowercase word goes on with the sentence.
    let next_word = next.and_then(|n| n.split_whitespace().next()).unwrap_or("");
    if next_word.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    if !last.ends_with('.') {
        return false;
    }
    let word = last
        .trim_end_matches('.')
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let short_number =
        !word.is_empty() && word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit());
    // Dotted dates and abbreviations with inner dots ("11.10.", "z.B.", "U.S.").
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    // "des Modells 3. Ein Sprecher …": an ordinal goes on with a noun or an adjective, never with an
    // article or a pronoun opening a sentence.
    let opens_sentence = LANGUAGES
        .iter()
        .any(|l| l.sentence_openers.contains(&next_word));
    short_number && !opens_sentence
        || dotted
        || word.chars().count() == 1 && word.chars().all(char::is_alphabetic)
        || LANGUAGES.iter().any(|l| l.abbreviations.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_one(text: &str) -> Vec<String> {
        let blocks = vec![Block {
            kind: BlockKind::Paragraph,
            text: text.into(),
        }];
        split(&blocks).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn keeps_ordinals_and_abbreviations_inside() {
        assert_eq!(
            split_one("Am 11. Oktober sprach Dr. Meier. Dann ging er."),
            vec!["Am 11. Oktober sprach Dr. Meier.", "Dann ging er."]
        );
        assert_eq!(
            split_one("Zum 80. Jahrestag kam z. B. Li. Das war 2019. Danach nicht."),
            vec![
                "Zum 80. Jahrestag kam z. B. Li.",
                "Das war 2019.",
                "Danach nicht."
            ]
        );
    }

    #[test]
    fn a_number_before_an_article_ends_its_sentence() {
        assert_eq!(
            split_one("Geliefert wird das Modell 3. Ein Sprecher bestätigte das am 3. Mai."),
            vec![
                "Geliefert wird das Modell 3.",
                "Ein Sprecher bestätigte das am 3. Mai."
            ]
        );
    }

    #[test]
    fn a_full_stop_that_lost_its_space_ends_a_sentence() {
        assert_eq!(
            split_one("So sprach der Bischof.Der Bruder schwieg. Mehr auf www.Tagesschau.de und beim e.V. Berlin."),
            vec![
                "So sprach der Bischof.",
                "Der Bruder schwieg.",
                "Mehr auf www.Tagesschau.de und beim e.V. Berlin."
            ]
        );
    }

    #[test]
    fn never_splits_inside_a_quotation() {
        assert_eq!(
            split_one("Er sagte: „Das ist gut. Wir gehen.“ Dann ging er. „Schön.“ Ende."),
            vec![
                "Er sagte: „Das ist gut. Wir gehen.“",
                "Dann ging er.",
                "„Schön.“",
                "Ende."
            ]
        );
        assert_eq!(
            split_one("“We are done. Really,” he said. She left."),
            vec!["“We are done. Really,” he said.", "She left."]
        );
    }
}
