//! Klartext: turns a news page's HTML into a clean, sanitised article with its metadata, a report of
//! the clutter removed, and a summary card (key sentences, actors, quotes) — on the device, no network.
//!
//! The pipeline is a chain of pure stages, each a module that takes the previous stage's output:
//! `parse` (bounded html5ever parse) → `metadata` → `clutter` (what to strip, and why) → `content`
//! (which subtree is the article) → `render` (sanitised HTML + text blocks) → `card`. `read` wires them.
//! Shells (the CLI, the wasm binding, the extension) only call `read`/`read_plain` and the `export`
//! formatters; they do no analysis of their own.

pub mod card;
pub mod clutter;
pub mod content;
pub mod dom;
pub mod error;
pub mod export;
pub mod fnv;
pub mod lang;
pub mod metadata;
pub mod normalize;
pub mod parse;
pub mod reading;
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use reading::{Card, Reading, Removed, RemovedKind};

/// Pages larger than this are refused with [`Error::TooLarge`] rather than risking a frozen tab.
pub const MAX_INPUT_BYTES: usize = 24 * 1024 * 1024;

/// Extracts the article of an HTML page. `url` (the page address) makes links absolute and fills `site`.
pub fn read(html: &str, url: Option<&str>) -> Result<Reading, Error> {
    check_size(html.len())?;
    let doc = parse::parse(html)?;
    let meta = metadata::extract(&doc, url);
    let language = lang::for_code(meta.lang.as_deref(), &doc.body_text_sample());
    let clutter = clutter::classify(&doc, language);
    let article = content::select(&doc, &clutter, language).ok_or(Error::NoArticle)?;
    let base = metadata::base_url(&doc, url);
    let rendered = render::render(&doc, &article, &clutter, base.as_ref(), &meta);
    if rendered.word_count() < content::MIN_ARTICLE_WORDS {
        return Err(Error::NoArticle);
    }
    let card = card::build(&rendered.blocks, &meta, language);
    Ok(Reading::assemble(
        url,
        meta,
        rendered,
        article.removed,
        card,
    ))
}

/// Builds a reading from plain text (paragraphs split at blank lines), skipping extraction; the card
/// still runs. Used for text corpora and for pasted text.
pub fn read_plain(text: &str, url: Option<&str>) -> Result<Reading, Error> {
    check_size(text.len())?;
    let rendered = render::from_plain_text(text);
    if rendered.blocks.is_empty() {
        return Err(Error::Empty);
    }
    let meta = metadata::Metadata::from_plain(&rendered.blocks);
    let sample: String = rendered
        .blocks
        .iter()
        .take(20)
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let language = lang::for_code(None, &sample);
    let meta = metadata::Metadata {
        lang: Some(language.code.to_string()),
        ..meta
    };
    let card = card::build(&rendered.blocks, &meta, language);
    Ok(Reading::assemble(url, meta, rendered, Vec::new(), card))
}

fn check_size(len: usize) -> Result<(), Error> {
    if len == 0 {
        return Err(Error::Empty);
    }
    if len > MAX_INPUT_BYTES {
        return Err(Error::TooLarge {
            bytes: len,
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(())
}
