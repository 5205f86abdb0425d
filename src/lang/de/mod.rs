//! The german tables.

mod actors;
mod calendar;
mod clutter;
mod quotes;

use super::Language;

pub static GERMAN: Language = Language {
    code: "de",
    letters: &['ä', 'ö', 'ü', 'ß'],
    stopwords: &[
        "aber", "als", "an", "auch", "auf", "aus", "bei", "beim", "bis", "das", "dass", "dem",
        "den", "der", "des", "die", "diese", "diesem", "dieser", "dieses", "durch", "ein", "eine",
        "einem", "einen", "einer", "eines", "er", "es", "für", "gegen", "haben", "hat", "hatte",
        "hatten", "ich", "ihre", "ihrer", "im", "ist", "jedoch", "kann", "können", "mehr", "mit",
        "muss", "nach", "nicht", "noch", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine",
        "seinen", "seiner", "seit", "sich", "sie", "sind", "soll", "sollte", "sowie", "um", "und",
        "unter", "vom", "von", "vor", "war", "waren", "wenn", "werden", "wie", "wieder", "wir",
        "wird", "wurde", "wurden", "zu", "zum", "zur", "zwischen", "über",
    ],
    abbreviations: &[
        "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "etc", "usw", "Mio", "Mrd", "Jan", "Feb",
        "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Abs", "Art", "Hr",
        "Fr", "Hrsg", "Str", "gem", "ggf", "inkl", "zzgl", "evtl", "sog", "bspw", "Univ", "Dipl",
        "Ing", "Mag", "Pfr", "Bd", "Tel",
    ],
    sentence_openers: &[
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Dies", "Diese",
        "Dieser",
    ],
    clutter: &clutter::LEXICON,
    quotes: &quotes::LEXICON,
    actors: &actors::LEXICON,
    stopword_set: std::sync::OnceLock::new(),
};
