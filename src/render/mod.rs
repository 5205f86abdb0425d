//! Takes the document, the chosen article root and the clutter marks, gives `Rendered`: the article as
//! sanitised HTML (an allowlist of tags and attributes, absolute http(s)/mailto URLs, nothing
//! executable) and as a list of text `Block`s that the card stage reads. HTML is written by our own
//! serialiser so the output is, by construction, a fixed point of the same allowlist in `ammonia`.

pub mod allowlist;
mod noscript;
mod serialize;
pub mod url;

use serde::{Deserialize, Serialize};

use crate::clutter::Clutter;
use crate::content::Article;
use crate::metadata::Metadata;
use crate::parse::Document;
use url::Url;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Caption,
    Preformatted,
    Cell,
}

/// One block of article text, as a reader sees it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub blocks: Vec<Block>,
}

impl Rendered {
    /// Plain text: blocks separated by a blank line.
    pub fn text(&self) -> String {
        self.blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    pub fn word_count(&self) -> usize {
        self.blocks.iter().map(|b| word_count(&b.text)).sum()
    }
}

/// Words of a text; each CJK ideograph or kana counts as one word, since those scripts use no spaces.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            let cjk = w.chars().filter(|c| is_cjk(*c)).count();
            let rest = w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c));
            cjk + usize::from(rest)
        })
        .sum()
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

pub fn render(
    doc: &Document,
    article: &Article,
    clutter: &Clutter,
    base: Option<&Url>,
    meta: &Metadata,
) -> Rendered {
    serialize::Serializer::new(doc, clutter, base, meta).run(article)
}

/// Plain text to blocks (split at blank lines) and to escaped `<p>` HTML.
pub fn from_plain_text(text: &str) -> Rendered {
    // An HTML parser drops NUL from text, so the reader's HTML would not be what we wrote.
    let normalized = text.replace("\r\n", "\n").replace('\0', "");
    let blocks: Vec<Block> = normalized
        .split("\n\n")
        .map(crate::normalize::collapse_whitespace)
        .filter(|t| !t.is_empty())
        .map(|text| Block {
            kind: BlockKind::Paragraph,
            text,
        })
        .collect();
    let mut html = String::new();
    for b in &blocks {
        html.push_str("<p>");
        serialize::escape_text(&b.text, &mut html);
        html.push_str("</p>");
    }
    Rendered { html, blocks }
}

/// The text blocks of an already rendered reading, recovered from its sanitised HTML (for exports).
pub fn from_reading_blocks(reading: &crate::Reading) -> Vec<Block> {
    let Ok(doc) = crate::parse::parse(&reading.html) else {
        return Vec::new();
    };
    let article = Article::whole(doc.root().id());
    render(
        &doc,
        &article,
        &Clutter::default(),
        None,
        &Metadata::default(),
    )
    .blocks
}
