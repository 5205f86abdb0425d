//! Takes the sentences, the metadata and the language, gives `Actors`: the people and organisations the
//! article names, each with its role as stated, the name forms merged into it and a mention count,
//! ranked by importance. Evidence: role words and titles before a name ("Außenminister Sergej
//! Lawrow"), from the language's `ActorLexicon`.

use super::sentences::Sentence;
use crate::lang::Language;
use crate::metadata::Metadata;
use crate::reading::{Actor, ActorKind};

/// A language's vocabulary for finding actors.
pub struct ActorLexicon {
    /// Words that, written right before a capitalised name, make it a person ("Präsident", "minister").
    pub person_roles: &'static [&'static str],
}

#[derive(Debug, Default)]
pub struct Actors {
    pub list: Vec<Actor>,
}

impl Actors {
    pub fn into_public(self) -> Vec<Actor> {
        self.list
    }

    /// The actor whose name or alias `mention` is.
    pub fn resolve(&self, mention: &str) -> Option<&Actor> {
        self.list
            .iter()
            .find(|a| a.name == mention || a.aliases.iter().any(|x| x == mention))
    }
}

pub fn find(sentences: &[Sentence], meta: &Metadata, language: &Language) -> Actors {
    let mut actors = Actors::default();
    for s in sentences {
        let words: Vec<&str> = s.text.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            if !language.actors.person_roles.iter().any(|r| w.ends_with(r)) {
                continue;
            }
            let name: Vec<&str> = words[i + 1..]
                .iter()
                .take(3)
                .map(|t| t.trim_end_matches([',', '.', ';', ':', '“', '"', ')']))
                .take_while(|t| t.chars().next().is_some_and(char::is_uppercase))
                .collect();
            if name.len() < 2 {
                continue;
            }
            let name = name.join(" ");
            if meta.byline.as_deref() == Some(name.as_str()) {
                continue;
            }
            match actors.list.iter_mut().find(|a| a.name == name) {
                Some(a) => a.mentions += 1,
                None => actors.list.push(Actor {
                    name,
                    kind: ActorKind::Person,
                    role: Some(w.to_string()),
                    aliases: Vec::new(),
                    mentions: 1,
                }),
            }
        }
    }
    actors
}
