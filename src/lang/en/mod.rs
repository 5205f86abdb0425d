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
    abbreviations: &[
        "Dr", "Prof", "St", "Mr", "Mrs", "Ms", "Jr", "Sr", "Inc", "Corp", "Co", "etc", "Jan",
        "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Art", "Gen", "Sen",
        "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Rev", "No", "vs", "Mt", "Ft", "Univ", "Tel",
    ],
    sentence_openers: &[
        "The", "A", "An", "He", "She", "It", "We", "They", "This", "I",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
    stopword_set: std::sync::OnceLock::new(),
};
