//! Takes the rendered text blocks, the metadata and the language, gives the summary `Card`: key
//! sentences (`summary`), people and organisations with their roles (`actors`), and direct quotes with
//! their speakers (`quotes`). Sentences are split once (`sentences`) and shared by all three.

pub mod actors;
pub mod quotes;
pub mod sentence_breaks;
pub mod sentences;
pub mod summary;

use std::borrow::Cow;

use crate::lang::Language;
use crate::metadata::Metadata;
use crate::reading::Card;
use crate::render::Block;

/// The card reads at most this many words: far beyond any article (long reads run ~10 000), and it
/// bounds the time hostile pages cost (a million-word page took minutes in the actor lexicon).
pub const MAX_CARD_WORDS: usize = 60_000;

pub fn build(blocks: &[Block], meta: &Metadata, language: &Language) -> Card {
    let blocks = within_budget(blocks, MAX_CARD_WORDS);
    let sentences = sentences::split(&blocks);
    let actors = actors::find(&sentences, meta, language);
    let quotes = quotes::find(&sentences, &actors, language);
    let summary = summary::pick(&sentences, meta, language);
    Card {
        summary,
        actors: actors.into_public(),
        quotes,
    }
}

/// The leading blocks holding at most `max_words` words; the block that crosses the limit is cut at a
/// word boundary.
fn within_budget(blocks: &[Block], max_words: usize) -> Cow<'_, [Block]> {
    // A word takes at least one byte and a space: most articles are too short to need counting.
    let most_words: usize = blocks.iter().map(|b| b.text.len().div_ceil(2)).sum();
    if most_words <= max_words {
        return Cow::Borrowed(blocks);
    }
    let mut left = max_words;
    for (i, b) in blocks.iter().enumerate() {
        let words = b.text.split_whitespace().count();
        if words > left {
            let mut kept = blocks.get(..i).unwrap_or_default().to_vec();
            let cut: Vec<&str> = b.text.split_whitespace().take(left).collect();
            if !cut.is_empty() {
                kept.push(Block {
                    kind: b.kind,
                    text: cut.join(" "),
                });
            }
            return Cow::Owned(kept);
        }
        left -= words;
    }
    Cow::Borrowed(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::BlockKind;

    fn paragraph(text: &str) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            text: text.to_string(),
        }
    }

    #[test]
    fn the_budget_cuts_the_block_that_crosses_it_at_a_word() {
        let blocks = [paragraph("a b c"), paragraph("d e  f g"), paragraph("h")];
        let kept = within_budget(&blocks, 5);
        let texts: Vec<&str> = kept.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["a b c", "d e"]);
        // Exactly at the budget, and under it with text dense enough to need counting.
        assert_eq!(within_budget(&blocks, 8).len(), 3);
        assert!(matches!(within_budget(&blocks, 8), Cow::Borrowed(_)));
        let dense = [paragraph("ab cd ef gh")];
        assert_eq!(within_budget(&dense, 3)[0].text, "ab cd ef");
        assert_eq!(within_budget(&dense, 4)[0].text, "ab cd ef gh");
    }
}
