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
        "oder", "aber", "werden", "wurden", "war", "waren", "kann", "können", "seine", "seiner",
        "seinen", "ihre", "ihrer", "einem", "einen", "eines", "zum", "zur", "vom", "beim", "nur",
        "sein", "haben", "hatte", "hatten", "gegen", "unter", "bis", "durch", "seit", "jedoch",
        "sowie", "wenn", "diese", "dieser", "diesem", "dieses", "wir", "ich", "mehr", "sehr",
        "vor", "zwischen", "ohne", "ob", "soll", "sollte", "muss", "wieder",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
};
