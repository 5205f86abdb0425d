//! Takes text blocks, gives `Sentence`s (with the index of their block), split at sentence ends
//! (Unicode sentence boundaries) and re-joined where the split fell after an abbreviation or an ordinal.

use unicode_segmentation::UnicodeSegmentation;

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
        let mut pending = String::new();
        for piece in block.text.split_sentence_bounds() {
            pending.push_str(piece);
            if !ends_early(&pending) {
                push(&mut out, i, block.kind, &mut pending);
            }
        }
        push(&mut out, i, block.kind, &mut pending);
    }
    out
}

fn push(out: &mut Vec<Sentence>, block: usize, kind: BlockKind, pending: &mut String) {
    let text = pending.trim();
    if !text.is_empty() {
        out.push(Sentence {
            block,
            kind,
            text: text.to_string(),
        });
    }
    pending.clear();
}

/// True when the text so far ends in something that only looks like a sentence end: an ordinal or
/// date ("am 11. Oktober"), a single initial, or a short abbreviation ("Dr.", "z. B.").
fn ends_early(text: &str) -> bool {
    let t = text.trim_end();
    let Some(last) = t.split_whitespace().last() else {
        return false;
    };
    if !last.ends_with('.') {
        return false;
    }
    let word = last.trim_end_matches('.');
    word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
        || word.chars().count() == 1
        || ABBREVIATIONS.contains(&word)
}

const ABBREVIATIONS: &[&str] = &[
    "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "Mr", "Mrs", "Ms", "Jr", "Sr", "Inc", "Corp",
    "Co", "etc", "usw", "Mio", "Mrd", "Jan", "Feb", "Aug", "Sept", "Okt", "Nov", "Dez",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ordinals_and_abbreviations_inside() {
        let blocks = vec![Block {
            kind: BlockKind::Paragraph,
            text: "Am 11. Oktober sprach Dr. Meier. Dann ging er.".into(),
        }];
        let s: Vec<String> = split(&blocks).into_iter().map(|s| s.text).collect();
        assert_eq!(s, vec!["Am 11. Oktober sprach Dr. Meier.", "Dann ging er."]);
    }
}
