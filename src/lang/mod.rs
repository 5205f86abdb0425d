//! Language knowledge as data: one `Language` per supported language, each a folder (`de/`, `en/`) of
//! tables that the stages read (clutter labels, quote cues, role words, name lists). A new language is a
//! new folder and one line in `LANGUAGES`; no stage branches on a language code. Languages without a
//! folder share one table of clutter labels (`multilingual`).

pub mod de;
pub mod en;
pub mod endings;
pub mod multilingual;
pub mod names;
pub mod word_list;

use std::sync::OnceLock;

use crate::card::actors::ActorLexicon;
use crate::card::quotes::QuoteLexicon;
use crate::clutter::ClutterLexicon;
use crate::fnv::{self, WordMap};

pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Frequent function words, lowercase: for guessing the language of text without a declared one
    /// and for leaving them out of the summary's scores.
    pub stopwords: &'static [&'static str],
    /// Lowercase letters that words of this language use and English ones do not ("ä", "ß"): a word
    /// with one counts for the language when guessing it from a short sample.
    pub letters: &'static [char],
    /// Abbreviations that end with a full stop but rarely end a sentence ("Dr", "bzw", "Mr"), as
    /// written. Sentences are split before the language is known, so `card::sentences` reads every
    /// language's.
    pub abbreviations: &'static [&'static str],
    /// Articles and pronouns that open a sentence and never follow an ordinal ("Der", "The"),
    /// capitalised; read like `abbreviations`.
    pub sentence_openers: &'static [&'static str],
    pub clutter: &'static ClutterLexicon,
    pub quotes: &'static QuoteLexicon,
    pub actors: &'static ActorLexicon,
    /// `stopwords` hashed, built on first use: the summary asks for every word of the article.
    pub stopword_set: OnceLock<WordMap<u32>>,
}

impl Language {
    pub fn is_stopword(&self, lowercase: &str) -> bool {
        self.is_stopword_hash(fnv::hash(lowercase.as_bytes()))
    }

    /// `is_stopword` for the word whose `fnv::hash` (or `fnv::hash_lowercase`) is `h`.
    pub fn is_stopword_hash(&self, h: u64) -> bool {
        self.stopword_set
            .get_or_init(|| self.stopwords.iter().map(|w| (*w, 1)).collect())
            .get_hashed(h)
            .is_some()
    }
}

pub static LANGUAGES: &[&Language] = &[&de::GERMAN, &en::ENGLISH];

/// Every clutter table, `first`'s before the others and the shared multilingual one last: sites mix
/// labels of several languages (English ones above all).
pub fn clutter_tables(first: &Language) -> impl Iterator<Item = &ClutterLexicon> {
    std::iter::once(first)
        .chain(
            LANGUAGES
                .iter()
                .copied()
                .filter(move |l| l.code != first.code),
        )
        .map(|l| l.clutter)
        .chain(std::iter::once(&multilingual::CLUTTER))
}

/// The language for a declared code, else the one whose stopwords are most frequent in `sample`,
/// else English.
pub fn for_code(code: Option<&str>, sample: &str) -> &'static Language {
    if let Some(found) =
        code.and_then(|c| LANGUAGES.iter().find(|l| c.eq_ignore_ascii_case(l.code)))
    {
        return found;
    }
    guess(sample)
}

pub fn guess(sample: &str) -> &'static Language {
    // "„Der", "(und": quotation marks and brackets are no part of the word.
    let words: Vec<String> = sample
        .split_whitespace()
        .take(2000)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let score = |l: &Language| {
        words
            .iter()
            .filter(|w| l.is_stopword(w) || w.chars().any(|c| l.letters.contains(&c)))
            .count()
    };
    // On a tie, as on a sample with no evidence at all, English wins.
    LANGUAGES
        .iter()
        .copied()
        .max_by_key(|l| (score(l), l.code == en::ENGLISH.code))
        .unwrap_or(&en::ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_found_and_lowercase() {
        for l in LANGUAGES {
            for w in l.stopwords {
                assert_eq!(w.to_lowercase(), *w, "{}: {w} is not lowercase", l.code);
                assert!(l.is_stopword(w));
            }
            assert!(!l.is_stopword("klartext"));
        }
    }

    #[test]
    fn guesses_language_from_stopwords() {
        assert_eq!(
            guess("Die Regierung hat am Montag und nicht mit der Opposition").code,
            "de"
        );
        assert_eq!(
            guess("The government said on Monday that it would not").code,
            "en"
        );
        assert_eq!(for_code(Some("DE"), "the the the").code, "de");
        // Short samples: quotation marks are no part of a word, and letters count.
        assert_eq!(guess("„Der Senat will den Vorzug geben.").code, "de");
        assert_eq!(
            guess("Luxemburger sehen überwiegend deutsches Fernsehen.").code,
            "de"
        );
        assert_eq!(guess("Breaking news").code, "en");
    }
}
