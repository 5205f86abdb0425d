//! English attribution cues.

use crate::card::quotes::QuoteLexicon;

pub static LEXICON: QuoteLexicon = QuoteLexicon {
    cues: &["said", "says", "told", "added", "according to", "wrote"],
};
