//! `card`: the summary card alone, for profiling it. Every page of a manifest is parsed and rendered
//! once; then `card::build` runs over all of them `ROUNDS` times. Prints the card's CPU time against
//! the rest of read() (the same share `make bench` reports), so a card change can be judged in seconds
//! and `perf record` sees a profile that is mostly card. With `KLARTEXT_CARD_DUMP=FILE` it also writes
//! every page's card as one JSON line, so that a speed change can be shown to leave the output as it was.

use std::path::Path;

use klartext::{card, clutter, content, lang, metadata, parse, render};

use crate::corpus::{cpu_ms, decode, manifest};

struct Prepared {
    blocks: Vec<render::Block>,
    meta: metadata::Metadata,
    language: &'static lang::Language,
    rest_ms: f64,
}

fn prepare(html: &str, url: &str) -> Option<Prepared> {
    let t = cpu_ms();
    let doc = parse::parse(html).ok()?;
    let meta = metadata::extract(&doc, Some(url));
    let language = lang::for_code(meta.lang.as_deref(), &doc.body_text_sample());
    let base = metadata::base_url(&doc, Some(url));
    let clutter = clutter::classify(&doc, language);
    let article = content::select(&doc, &clutter, language)?;
    let rendered = render::render(&doc, &article, &clutter, base.as_ref(), &meta);
    if rendered.word_count() < content::MIN_ARTICLE_WORDS {
        return None;
    }
    let blocks = rendered.blocks.clone();
    drop(rendered);
    drop(doc);
    Some(Prepared {
        blocks,
        meta,
        language,
        rest_ms: cpu_ms() - t,
    })
}

pub fn run(manifests: &[&Path], rounds: usize) -> Result<(), String> {
    let mut pages = Vec::new();
    for m in manifests {
        for p in manifest(m)? {
            let bytes = std::fs::read(&p.path).map_err(|e| format!("{}: {e}", p.path))?;
            pages.extend(prepare(&decode(&bytes), &p.url));
        }
    }
    if let Ok(path) = std::env::var("KLARTEXT_CARD_DUMP") {
        let mut lines = String::new();
        for p in &pages {
            let c = card::build(&p.blocks, &p.meta, p.language);
            lines.push_str(&serde_json::to_string(&c).map_err(|e| e.to_string())?);
            lines.push('\n');
        }
        std::fs::write(&path, lines).map_err(|e| format!("{path}: {e}"))?;
    }
    let rest: f64 = pages.iter().map(|p| p.rest_ms).sum();
    let t = cpu_ms();
    let mut items = 0usize;
    for _ in 0..rounds.max(1) {
        for p in &pages {
            let c = card::build(&p.blocks, &p.meta, p.language);
            items += c.actors.len() + c.quotes.len() + c.summary.len();
        }
    }
    let card_ms = (cpu_ms() - t) / rounds.max(1) as f64;
    println!(
        "{} pages: card {card_ms:.1} CPU ms per round, rest of read() {rest:.1} ms: the card adds {:.1} % ({} card items per round)",
        pages.len(),
        100.0 * card_ms / rest,
        items / rounds.max(1)
    );
    Ok(())
}
