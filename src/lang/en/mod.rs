//! The english tables.

mod actors;
mod calendar;
mod clutter;
mod quotes;

use super::Language;

pub static ENGLISH: Language = Language {
    code: "en",
    stopwords: &[
        "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "are", "with",
        "as", "his", "they", "be", "at", "this", "have", "from", "by", "had", "not", "but", "what",
        "were", "when", "we", "their", "said", "which", "an", "has", "would", "will", "been",
        "its",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
};
