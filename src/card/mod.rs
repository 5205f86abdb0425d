//! Takes the rendered text blocks, the metadata and the language, gives the summary `Card`: key
//! sentences (`summary`), people and organisations with their roles (`actors`), and direct quotes with
//! their speakers (`quotes`). Sentences are split once (`sentences`) and shared by all three.

pub mod actors;
pub mod fnv;
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
