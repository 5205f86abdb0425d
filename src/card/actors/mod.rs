//! Takes the sentences, the metadata and the language, gives `Actors`: the people and organisations the
//! article names, each with its role as stated, the name forms merged into it ("Kim", "Kims" into
//! "Kim Jong-un") and a mention count, ranked by importance, plus every mention's position for the
//! quote stage.
//!
//! `detect` finds name candidates sentence by sentence (role words, titles, appositions, name lists,
//! organisation patterns from the language's `ActorLexicon`); `merge` groups them into actors across the
//! article, resolves bare surnames and genitives, and drops places and the article's author.

mod detect;
pub mod lexicon;
mod merge;
mod tokens;

pub use lexicon::{ActorLexicon, NameLists};

use std::collections::{HashMap, HashSet};

use super::sentences::Sentence;
use crate::lang::Language;
use crate::metadata::Metadata;
use crate::reading::{Actor, ActorKind};

/// Where an actor is named: sentence index, byte span in that sentence's text, and the actor's index
/// in `Actors::list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub actor: usize,
}

/// Genitive endings `Actors::resolve` strips from a name form ("Kims", "Trump's").
const GENITIVES: [&str; 5] = ["'s", "’s", "’", "'", "s"];

/// The actors of an article, ranked (most important first), with their mentions in text order.
#[derive(Debug, Default)]
pub struct Actors {
    pub list: Vec<Actor>,
    /// Every mention, sorted by sentence then position; `actor` indexes `list`.
    pub mentions: Vec<Mention>,
    /// Name forms to actors, built with the list: the quote stage resolves names at nearly every word.
    index: NameIndex,
}

/// For each name form, the first actor in `list` that answers to it (list order is rank order). Keys
/// come from the page, so the maps keep std's seeded hasher.
#[derive(Debug, Default)]
struct NameIndex {
    /// Full names and aliases.
    exact: HashMap<String, usize>,
    /// Last words of persons' names.
    person_last: HashMap<String, usize>,
    /// Last words of all names.
    last: HashSet<String>,
    /// Last words of all names and aliases.
    form_last: HashSet<String>,
}

impl NameIndex {
    fn new(list: &[Actor]) -> Self {
        let mut index = NameIndex::default();
        for (i, a) in list.iter().enumerate() {
            for form in std::iter::once(&a.name).chain(&a.aliases) {
                index.exact.entry(form.clone()).or_insert(i);
                if let Some(last) = form.split_whitespace().last() {
                    index.form_last.insert(last.to_string());
                }
            }
            if let Some(last) = a.name.split_whitespace().last() {
                if a.kind == ActorKind::Person {
                    index.person_last.entry(last.to_string()).or_insert(i);
                }
                index.last.insert(last.to_string());
            }
        }
        index
    }
}

impl Actors {
    /// `list` must be final: the name index is built from it here.
    pub fn new(list: Vec<Actor>, mentions: Vec<Mention>) -> Self {
        let index = NameIndex::new(&list);
        Actors {
            list,
            mentions,
            index,
        }
    }

    pub fn into_public(self) -> Vec<Actor> {
        self.list
    }

    /// The actor a name form refers to: its full name or an alias, a genitive ("Kims", "Trump's"), or
    /// a person's last name ("Garlauskas" for "Markus Garlauskas").
    pub fn resolve(&self, mention: &str) -> Option<&Actor> {
        let m = mention.trim();
        if m.is_empty() {
            return None;
        }
        let exact = |m: &str| self.index.exact.get(m).and_then(|&i| self.list.get(i));
        if let Some(a) = exact(m) {
            return Some(a);
        }
        for suf in GENITIVES {
            if let Some(stem) = m.strip_suffix(suf).filter(|s| s.chars().count() >= 2) {
                if let Some(a) = exact(stem) {
                    return Some(a);
                }
            }
        }
        let last = m.split_whitespace().last()?;
        let person = self.index.person_last.get(last)?;
        self.list.get(*person)
    }

    /// False when no name ending with the word `last` can resolve to an actor, so a caller can skip
    /// its look for one (true may still resolve to none).
    pub fn may_resolve_ending(&self, last: &str) -> bool {
        self.index.form_last.contains(last)
            || GENITIVES.iter().any(|suf| {
                last == *suf
                    || last
                        .strip_suffix(suf)
                        .is_some_and(|stem| self.index.form_last.contains(stem))
            })
    }

    /// Whether some actor's name ends with the word `last` ("Garlauskas", "Council").
    pub fn has_last_word(&self, last: &str) -> bool {
        self.index.last.contains(last)
    }

    /// The mentions in sentence `sentence`, in text order.
    pub fn mentions_in(&self, sentence: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.sentence < sentence);
        let to = self.mentions.partition_point(|m| m.sentence <= sentence);
        self.mentions.get(from..to).unwrap_or_default()
    }

    /// The person named last before sentence `sentence` (for "der Experte", "he", a quote whose speaker
    /// is named in the sentence before).
    pub fn last_person_before(&self, sentence: usize) -> Option<&Actor> {
        let to = self.mentions.partition_point(|m| m.sentence < sentence);
        self.mentions
            .get(..to)?
            .iter()
            .rev()
            .filter_map(|m| self.list.get(m.actor))
            .find(|a| a.kind == ActorKind::Person)
    }

    /// The person whose role contains the role noun `word` ("Experte", "minister"; case and the
    /// endings -n/-en/-s are ignored), preferring the one named last before sentence `sentence`.
    /// For descriptive references like "der Experte", "the minister".
    pub fn by_role(&self, word: &str, sentence: usize) -> Option<&Actor> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches(['.', ',']);
        let fits = |a: &Actor| {
            a.kind == ActorKind::Person
                && a.role.as_deref().is_some_and(|r| {
                    r.split(|c: char| c.is_whitespace() || c == '-')
                        .any(|part| {
                            let p = part.to_lowercase();
                            p.ends_with(w)
                                || ["n", "en", "s", "in"]
                                    .iter()
                                    .any(|e| p.strip_suffix(e).is_some_and(|s| s.ends_with(w)))
                                || ["n", "en", "s"]
                                    .iter()
                                    .any(|e| w.strip_suffix(e).is_some_and(|s| p.ends_with(s)))
                        })
                })
        };
        let to = self.mentions.partition_point(|m| m.sentence < sentence);
        let recent = self
            .mentions
            .get(..to)
            .unwrap_or_default()
            .iter()
            .rev()
            .filter_map(|m| self.list.get(m.actor))
            .find(|a| fits(a));
        recent.or_else(|| self.list.iter().find(|a| fits(a)))
    }
}

pub fn find(sentences: &[Sentence], meta: &Metadata, language: &Language) -> Actors {
    let lex = language.actors;
    let mut cands = Vec::new();
    let mut described = detect::Described::default();
    for (i, s) in sentences.iter().enumerate() {
        detect::sentence_candidates(i, &s.text, lex, &mut described, &mut cands);
    }
    if !lex.caps_mark_names {
        drop_nouns_read_as_names(&mut cands, sentences, lex);
    }
    merge::merge(cands, meta.byline.as_deref(), lex)
}

/// Where every noun is capitalised, the rules that read a lone word as a name from its place in the
/// sentence ("dass Nutzer der Bilder …", "gibt Bescheid") also catch bare plurals and nouns. The
/// article itself tells them apart: a word it also writes after an article ("die Nutzer", "einen
/// Bescheid") is a noun, since a name takes none. Listed names and words given a role are kept.
fn drop_nouns_read_as_names(
    cands: &mut Vec<detect::Candidate>,
    sentences: &[Sentence],
    lex: &ActorLexicon,
) {
    let idx = lex.index();
    let suspect = |c: &detect::Candidate| {
        matches!(c.kind, detect::Kind::Person)
            && c.role.is_none()
            && !c.name.contains(' ')
            && idx.written(&c.name) & (lexicon::written::GIVEN | lexicon::written::SURNAME) == 0
    };
    // Each suspect word's verdict, once: true for a noun.
    let mut noun: HashMap<String, bool> = HashMap::new();
    for c in cands.iter().filter(|c| suspect(c)) {
        if !noun.contains_key(&c.name) {
            let after_article = sentences
                .iter()
                .any(|s| written_after_article(&s.text, &c.name, idx));
            noun.insert(c.name.clone(), after_article);
        }
    }
    if noun.values().any(|&n| n) {
        cands.retain(|c| !(suspect(c) && noun.get(&c.name) == Some(&true)));
    }
}

/// Whether `text` has `word` as a whole word right after a determiner ("die Nutzer").
fn written_after_article(text: &str, word: &str, idx: &lexicon::Index) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let after = text.get(at + word.len()..).and_then(|r| r.chars().next());
        if after.is_some_and(|ch| ch.is_alphanumeric() || ch == '-') {
            return false;
        }
        let Some(before) = text.get(..at) else {
            return false;
        };
        if !before.ends_with(' ') {
            return false;
        }
        let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
        !prev.is_empty() && idx.lower(&prev.to_lowercase()) & lexicon::lower::DETERMINER != 0
    })
}
