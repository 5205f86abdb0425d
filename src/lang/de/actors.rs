//! German actor vocabulary.

use crate::card::actors::ActorLexicon;

pub static LEXICON: ActorLexicon = ActorLexicon {
    person_roles: &[
        "präsident",
        "Präsident",
        "minister",
        "Minister",
        "Experte",
        "Expertin",
        "chef",
        "Chef",
        "Kanzler",
        "Kanzlerin",
        "Führer",
    ],
};
