//! The english tables.

mod actors;
mod calendar;
mod clutter;
mod quotes;

use super::Language;

pub static ENGLISH: Language = Language {
    code: "en",
    // Not "in": German uses it as often, so it would tip short German texts to English.
    stopwords: &[
        "the", "and", "of", "to", "is", "that", "it", "was", "for", "on", "are", "with", "as",
        "his", "they", "be", "at", "this", "have", "from", "by", "had", "not", "but", "what",
        "were", "when", "we", "their", "said", "which", "an", "has", "would", "will", "been",
        "its",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
};
