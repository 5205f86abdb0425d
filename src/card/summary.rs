//! Takes the sentences, gives 2–4 key sentences verbatim, in article order: the lead plus the sentences
//! whose content words recur most across the article (a centrality score), skipping headings,
//! captions and quotes-only lines.

use std::collections::HashMap;

use super::sentences::Sentence;
use crate::fnv;
use crate::lang::Language;
use crate::metadata::Metadata;
use crate::render::BlockKind;

const MAX_SENTENCES: usize = 4;

pub fn pick(sentences: &[Sentence], _meta: &Metadata, language: &Language) -> Vec<String> {
    let candidates: Vec<(usize, &Sentence)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            matches!(s.kind, BlockKind::Paragraph) && s.text.split_whitespace().nth(7).is_some()
        })
        .collect();
    // Each candidate's content words as ids into one vocabulary, looked up once: the counting and
    // the scoring both read them. The vocabulary is keyed by the words' hashes (words sharing one
    // would count as one, a harmless rarity), hashed again with the default keyed hasher, as the page
    // chooses the words.
    let mut vocabulary: HashMap<u64, usize> = HashMap::new();
    let mut freq: Vec<usize> = Vec::new();
    let words: Vec<Vec<usize>> = candidates
        .iter()
        .map(|(_, s)| {
            content_words(&s.text, language)
                .map(|w| {
                    let next = vocabulary.len();
                    let id = *vocabulary.entry(w).or_insert(next);
                    if id == freq.len() {
                        freq.push(0);
                    }
                    if let Some(f) = freq.get_mut(id) {
                        *f += 1;
                    }
                    id
                })
                .collect()
        })
        .collect();
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .zip(&words)
        .enumerate()
        .map(|(rank, ((i, _), words))| {
            let centrality = words
                .iter()
                .map(|&w| freq.get(w).copied().unwrap_or(0) as f64)
                .sum::<f64>()
                / (words.len() as f64 + 5.0);
            let position = 1.0 / (1.0 + rank as f64 / 3.0);
            (centrality + 2.0 * position, *i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut picked: Vec<usize> = scored
        .iter()
        .take(MAX_SENTENCES.min(candidates.len()))
        .map(|(_, i)| *i)
        .collect();
    picked.sort_unstable();
    picked
        .into_iter()
        .map(|i| sentences[i].text.clone())
        .collect()
}

/// The hashes (`fnv::hash_lowercase`) of the words of `text` that carry content: longer than three
/// letters and no stopword.
fn content_words<'a>(text: &'a str, language: &'a Language) -> impl Iterator<Item = u64> + 'a {
    words(text)
        .filter(|w| w.len() > 3 && (w.len() > 12 || w.chars().count() > 3))
        .map(fnv::hash_lowercase)
        .filter(|&h| !language.is_stopword_hash(h))
}

/// The runs of letters, digits and hyphens in `text`. Bytewise, as nearly every character is ASCII:
/// only the others are decoded.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(is_word_char)?;
        let tail = rest.get(start..)?;
        let len = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
        let (word, after) = tail.split_at(len);
        rest = after;
        Some(word)
    })
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-'
    } else {
        c.is_alphanumeric()
    }
}
