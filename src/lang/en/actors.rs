//! English actor vocabulary.

use crate::card::actors::ActorLexicon;

pub static LEXICON: ActorLexicon = ActorLexicon {
    person_roles: &[
        "President",
        "Minister",
        "minister",
        "Secretary",
        "Senator",
        "spokesman",
        "spokeswoman",
        "CEO",
        "Chancellor",
    ],
};
