//! Takes the rendered text blocks, the metadata and the language, gives the summary `Card`: key
//! sentences (`summary`), people and organisations with their roles (`actors`), and direct quotes with
//! their speakers (`quotes`). Sentences are split once (`sentences`) and shared by all three.

pub mod actors;
pub mod quotes;
pub mod sentences;
pub mod summary;

use crate::lang::Language;
use crate::metadata::Metadata;
use crate::reading::Card;
use crate::render::Block;

pub fn build(blocks: &[Block], meta: &Metadata, language: &Language) -> Card {
    let sentences = sentences::split(blocks);
    let actors = actors::find(&sentences, meta, language);
    let quotes = quotes::find(&sentences, &actors, language);
    let summary = summary::pick(&sentences, meta, language);
    Card {
        summary,
        actors: actors.into_public(),
        quotes,
    }
}
