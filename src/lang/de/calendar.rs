//! German calendar words, lowercase: capitalised like names, never (part of) a person's or an
//! organisation's name. One table that the actor and quotation lexicons both read.

pub static WEEKDAYS: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "sonnabend",
];

/// All months but "August", which is also a given name ("August Bebel").
pub static MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// Months that are also given names: the actor lexicon lets its name lists decide; a quotation's
/// attribution never ends on a bare month, so the quotation lexicon takes them as months.
pub static MONTHS_ALSO_NAMES: &[&str] = &["august"];
