//! Takes the sentences, the actors and the language, gives the direct `Quote`s: the words inside
//! quotation marks, verbatim, with their speaker (a canonical actor name) and the cue of attribution.

use super::actors::Actors;
use super::sentences::Sentence;
use crate::lang::Language;
use crate::reading::Quote;

/// A language's vocabulary for attributing quotes.
pub struct QuoteLexicon {
    /// Verbs and phrases of saying ("sagte", "said", "according to").
    pub cues: &'static [&'static str],
}

/// Opening and closing quotation marks, paired.
const MARKS: &[(char, char)] = &[('„', '“'), ('“', '”'), ('"', '"'), ('«', '»'), ('»', '«')];

pub fn find(sentences: &[Sentence], actors: &Actors, language: &Language) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for s in sentences {
        for (open, close) in MARKS {
            let mut rest = s.text.as_str();
            while let Some(start) = rest.find(*open) {
                let after = &rest[start + open.len_utf8()..];
                let Some(end) = after.find(*close) else { break };
                let text = after[..end].trim();
                rest = &after[end + close.len_utf8()..];
                if text.split_whitespace().count() < 2 {
                    continue;
                }
                let speaker = actors
                    .list
                    .iter()
                    .find(|a| s.text.contains(a.name.as_str()))
                    .map(|a| a.name.clone());
                let cue = language
                    .quotes
                    .cues
                    .iter()
                    .find(|c| s.text.contains(*c))
                    .map(|c| c.to_string());
                quotes.push(Quote {
                    text: text.to_string(),
                    speaker,
                    cue,
                });
            }
        }
    }
    quotes
}
