//! English calendar words, lowercase: capitalised like names, never (part of) a person's or an
//! organisation's name. One table that the actor and quotation lexicons both read.

pub static WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub static MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated months and weekdays ("Jan.", "Tue"). Some are names too ("Jan", "Sun"), so only the
/// actor lexicon, which also has name lists, reads them.
pub static ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun",
];
