//! German clutter labels (folded: lowercase, no punctuation at the ends).

use crate::clutter::ClutterLexicon;
use crate::reading::RemovedKind::*;

pub static LEXICON: ClutterLexicon = ClutterLexicon {
    labels: &[
        ("anzeige", Ad),
        ("werbung", Ad),
        ("gesponsert", Ad),
        ("advertorial", Ad),
        ("unsere partner", Ad),
        ("partner", Ad),
        ("mehr zum thema", Related),
        ("verwandte themen", Related),
        ("das könnte sie auch interessieren", Related),
        ("lesen sie auch", Related),
        ("auch interessant", Related),
        ("weitere artikel", Related),
        ("artikel anhören", Audio),
        ("newsletter", Newsletter),
        ("teilen", Share),
        ("artikel teilen", Share),
        ("kommentare", Comments),
    ],
};
