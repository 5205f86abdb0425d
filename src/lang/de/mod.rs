//! The german tables.

mod actors;
mod calendar;
mod clutter;
mod quotes;

use super::Language;

pub static GERMAN: Language = Language {
    code: "de",
    stopwords: &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des",
        "auf", "für", "im", "dem", "ein", "eine", "auch", "es", "an", "als", "wie", "hat", "wird",
        "bei", "sie", "er", "nach", "noch", "aus", "einer", "um", "über", "sind", "wurde", "dass",
        "oder", "aber",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
};
