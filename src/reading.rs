//! The output of the pipeline: a `Reading` (article, metadata, removal report, summary card), the one
//! structure every shell serialises. Field names are the public JSON format documented in the README.

use serde::{Deserialize, Serialize};

use crate::metadata::Metadata;
use crate::render::Rendered;

/// Words per minute used for `reading_minutes`; a common figure for adult screen reading.
const WORDS_PER_MINUTE: usize = 220;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Reading {
    pub url: Option<String>,
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub excerpt: Option<String>,
    /// The article, sanitised: allowlisted tags and attributes only, absolute URLs.
    pub html: String,
    /// Plain text, paragraphs separated by a blank line.
    pub text: String,
    pub word_count: usize,
    pub reading_minutes: usize,
    pub removed: Vec<Removed>,
    pub card: Card,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum RemovedKind {
    Ad,
    Related,
    Navigation,
    Share,
    Newsletter,
    Consent,
    Audio,
    Comments,
    Paywall,
    Promo,
    Other,
}

/// One block stripped from the page, with why; `text` is its first ~120 characters.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Removed {
    pub kind: RemovedKind,
    pub text: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Card {
    /// 2–4 key sentences, verbatim, in article order.
    pub summary: Vec<String>,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Org,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    pub cue: Option<String>,
}

impl Reading {
    pub(crate) fn assemble(
        url: Option<&str>,
        meta: Metadata,
        rendered: Rendered,
        removed: Vec<Removed>,
        card: Card,
    ) -> Reading {
        let text = rendered.text();
        let word_count = rendered.word_count();
        Reading {
            url: url.map(str::to_string),
            title: meta.title.unwrap_or_default(),
            byline: meta.byline,
            published: meta.published,
            site: meta.site,
            lang: meta.lang,
            excerpt: meta.excerpt,
            html: rendered.html,
            text,
            word_count,
            reading_minutes: word_count.div_ceil(WORDS_PER_MINUTE).max(1),
            removed,
            card,
        }
    }
}
