//! The english tables.

mod actors;
mod calendar;
mod clutter;
mod quotes;

use super::Language;

pub static ENGLISH: Language = Language {
    code: "en",
    // Not "in": German uses it as often, so it would tip short German texts to English.
    letters: &[],
    stopwords: &[
        "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
        "have", "his", "is", "it", "its", "not", "of", "on", "said", "that", "the", "their",
        "they", "this", "to", "was", "we", "were", "what", "when", "which", "will", "with",
        "would",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
    stopword_set: std::sync::OnceLock::new(),
};
