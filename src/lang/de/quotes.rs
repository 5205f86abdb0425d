//! German attribution cues.

use crate::card::quotes::QuoteLexicon;

pub static LEXICON: QuoteLexicon = QuoteLexicon {
    cues: &[
        "sagte",
        "sagt",
        "urteilt",
        "schreibt",
        "erklärte",
        "betonte",
        "warnte",
        "meinte",
        "zufolge",
        "so",
    ],
};
