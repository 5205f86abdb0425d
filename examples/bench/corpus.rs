//! `corpus`: times `klartext::read` in-process on every page of a manifest (lines `id<TAB>path<TAB>url`),
//! writes each page's text to `OUT/<id>.txt` for the scorers and one JSON line of timings per page.
//! Besides the end-to-end time it times the pipeline stages one by one (mirroring `klartext::read`), so
//! the report can say where the time goes and what share the summary card takes.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use klartext::{card, clutter, content, lang, metadata, parse, render};
use serde_json::json;

/// The same rule as bench/lib/pages.mjs, so every engine reads identical text: UTF-8 (BOM dropped)
/// when valid, else ISO-8859-1.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

pub struct Page {
    pub id: String,
    pub path: String,
    pub url: String,
}

pub fn manifest(path: &Path) -> Result<Vec<Page>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|line| {
            let mut f = line.split('\t');
            Some(Page {
                id: f.next()?.to_string(),
                path: f.next()?.to_string(),
                url: f.next()?.to_string(),
            })
        })
        .collect())
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// CPU time of this thread in ms. On a shared machine it tells the engine's own cost apart from time
/// spent waiting for a core.
#[cfg(target_os = "linux")]
pub fn cpu_ms() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, out: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime only writes the struct we pass, which has the C layout of `timespec` on
    // 64-bit Linux.
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0 {
        t.sec as f64 * 1e3 + t.nsec as f64 / 1e6
    } else {
        f64::NAN
    }
}

#[cfg(not(target_os = "linux"))]
pub fn cpu_ms() -> f64 {
    f64::NAN
}

/// Stage CPU times in ms, in pipeline order; `None` where the pipeline stops (no article).
fn stages(html: &str, url: &str) -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    let t = cpu_ms();
    let Ok(doc) = parse::parse(html) else {
        return out;
    };
    out.push(("parse", cpu_ms() - t));
    let t = cpu_ms();
    let meta = metadata::extract(&doc, Some(url));
    let language = lang::for_code(meta.lang.as_deref(), &doc.body_text_sample());
    let base = metadata::base_url(&doc, Some(url));
    out.push(("metadata", cpu_ms() - t));
    let t = cpu_ms();
    let clutter = clutter::classify(&doc, language);
    out.push(("clutter", cpu_ms() - t));
    let t = cpu_ms();
    let article = content::select(&doc, &clutter, language);
    out.push(("content", cpu_ms() - t));
    let Some(article) = article else {
        return out;
    };
    let t = cpu_ms();
    let rendered = render::render(&doc, &article, &clutter, base.as_ref(), &meta);
    out.push(("render", cpu_ms() - t));
    if rendered.word_count() < content::MIN_ARTICLE_WORDS {
        return out;
    }
    let t = cpu_ms();
    let card = card::build(&rendered.blocks, &meta, language);
    out.push(("card", cpu_ms() - t));
    drop(card);
    let t = cpu_ms();
    drop(rendered);
    drop(doc);
    out.push(("drop", cpu_ms() - t));
    out
}

pub fn run(manifest_path: &Path, out_dir: &Path, timings: &Path) -> Result<(), String> {
    let pages = manifest(manifest_path)?;
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut sink =
        std::fs::File::create(timings).map_err(|e| format!("{}: {e}", timings.display()))?;
    let load = |p: &Page| {
        std::fs::read(&p.path)
            .map(|b| decode(&b))
            .map_err(|e| format!("{}: {e}", p.path))
    };
    // Warm caches and the allocator the way the JS engines warm their JIT.
    for p in pages.iter().take(5) {
        let _ = klartext::read(&load(p)?, Some(&p.url));
    }
    for p in &pages {
        let html = load(p)?;
        let cpu0 = cpu_ms();
        let t = Instant::now();
        let result = klartext::read(&html, Some(&p.url));
        let read_ms = ms(t);
        let read_cpu = cpu_ms() - cpu0;
        let (text, error) = match &result {
            Ok(r) => (r.text.as_str(), None),
            Err(e) => ("", Some(e.to_string())),
        };
        std::fs::write(out_dir.join(format!("{}.txt", p.id)), text).map_err(|e| e.to_string())?;
        drop(result);
        let stage_ms: serde_json::Map<String, serde_json::Value> = stages(&html, &p.url)
            .into_iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        let line = json!({"id": p.id, "bytes": html.len(), "ms": read_ms, "cpu_ms": read_cpu, "error": error, "stages": stage_ms});
        writeln!(sink, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}
