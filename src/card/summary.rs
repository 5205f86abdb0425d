//! Takes the sentences, gives 2–4 key sentences verbatim, in article order: the lead plus the sentences
//! whose content words recur most across the article (a centrality score), skipping headings,
//! captions and quotes-only lines.

use std::collections::HashMap;

use super::sentences::Sentence;
use crate::lang::Language;
use crate::metadata::Metadata;
use crate::render::BlockKind;

const MAX_SENTENCES: usize = 4;

pub fn pick(sentences: &[Sentence], _meta: &Metadata, language: &Language) -> Vec<String> {
    let candidates: Vec<(usize, &Sentence)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            matches!(s.kind, BlockKind::Paragraph) && s.text.split_whitespace().count() >= 8
        })
        .collect();
    let mut freq: HashMap<String, usize> = HashMap::new();
    for (_, s) in &candidates {
        for w in content_words(&s.text, language) {
            *freq.entry(w).or_default() += 1;
        }
    }
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(rank, (i, s))| {
            let words = content_words(&s.text, language);
            let centrality =
                words.iter().map(|w| freq[w] as f64).sum::<f64>() / (words.len() as f64 + 5.0);
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

fn content_words(text: &str, language: &Language) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .filter(|w| !language.stopwords.contains(&w.as_str()))
        .collect()
}
