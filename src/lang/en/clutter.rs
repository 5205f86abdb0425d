//! English clutter labels (folded: lowercase, no punctuation at the ends).

use crate::clutter::ClutterLexicon;
use crate::reading::RemovedKind::*;

pub static LEXICON: ClutterLexicon = ClutterLexicon {
    labels: &[
        ("advertisement", Ad),
        ("sponsored", Ad),
        ("sponsored content", Ad),
        ("advertorial", Ad),
        ("paid content", Ad),
        ("related", Related),
        ("related articles", Related),
        ("related stories", Related),
        ("more on this", Related),
        ("more on this story", Related),
        ("read more", Related),
        ("you may also like", Related),
        ("listen to this article", Audio),
        ("share this article", Share),
        ("share", Share),
        ("comments", Comments),
        ("newsletter", Newsletter),
    ],
};
