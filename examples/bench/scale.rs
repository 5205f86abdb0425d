//! `scale`: how `read()` grows with the page. Each case runs in a child process (`scale-one`) so a
//! crash or a runaway case is reported instead of ending the bench, and so each peak-memory figure
//! starts from a clean heap. Prints a Markdown table, the fitted log-log exponents of CPU time and peak
//! heap over the news pages (10 KB to 20 MB) and the worst CPU ms per MB of any case of 1 MB or more.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::corpus::cpu_ms;
use crate::{alloc, pages};

const MB: f64 = 1024.0 * 1024.0;
const NEWS_SIZES: &[usize] = &[
    10 << 10,
    30 << 10,
    100 << 10,
    300 << 10,
    1 << 20,
    3 << 20,
    10 << 20,
    20 << 20,
];

fn build(kind: &str, param: usize) -> Option<String> {
    Some(match kind {
        "news" => pages::news(param),
        "pre" => pages::huge_pre(param),
        "deep" => pages::deep(param),
        "siblings" => pages::siblings(param),
        "attr" => huge_attributes(param),
        "junk" => junk(param),
        _ => return None,
    })
}

/// A 30 KB news page whose lead image carries a `src` of `size` bytes and an `alt` of half that (as
/// pages with inlined data or tracking parameters do).
fn huge_attributes(size: usize) -> String {
    let page = pages::news(30 << 10);
    let img = format!(
        "<figure><img src=\"https://cdn.example.com/{}.jpg\" alt=\"{}\"></figure>",
        "A".repeat(size),
        "B".repeat(size / 2)
    );
    match page.find("<p>") {
        Some(at) => format!("{}{img}{}", &page[..at], &page[at..]),
        None => page + &img,
    }
}

/// `size` bytes of deterministic binary junk (xorshift), decoded as a browser would (lossy UTF-8).
fn junk(size: usize) -> String {
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    let bytes: Vec<u8> = (0..size)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Child side: build the page, then time `read()` (median of several runs on small pages) and record
/// the heap peak of the first run. Prints one JSON line.
pub fn one(kind: &str, param: usize) -> Result<(), String> {
    let html = build(kind, param).ok_or_else(|| format!("unknown case '{kind}'"))?;
    // Small pages are timed several times (median); stop repeating once a case has had 2 s.
    let max_reps = ((2 << 20) / html.len().max(1)).clamp(1, 15);
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut peak = 0;
    let mut outcome = String::new();
    let started = Instant::now();
    while times.len() < max_reps && (times.is_empty() || started.elapsed().as_secs() < 2) {
        let first = times.is_empty();
        if first {
            alloc::start();
        }
        let (t, c) = (Instant::now(), cpu_ms());
        let result = klartext::read(&html, Some("https://www.tagesblick.example/politik/reform"));
        cpu.push(cpu_ms() - c);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        if first {
            peak = alloc::stop();
            outcome = match &result {
                Ok(r) => format!("ok, {} words", r.word_count),
                Err(e) => format!("error: {e}"),
            };
        }
    }
    let reps = times.len();
    let median = |mut xs: Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let line = serde_json::json!({"bytes": html.len(), "ms": median(times), "cpu_ms": median(cpu),
        "reps": reps, "peak": peak, "outcome": outcome});
    println!("{line}");
    Ok(())
}

struct Row {
    label: String,
    news: bool,
    bytes: usize,
    ms: f64,
    cpu_ms: f64,
    peak: usize,
    outcome: String,
}

fn spawn(kind: &str, param: usize, timeout: Duration) -> Result<serde_json::Value, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .args(["scale-one", kind, &param.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(_) => break,
            None if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timeout after {} s", timeout.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or("no message");
        return Err(format!("crashed ({}): {last}", out.status));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("bad child output: {e}"))
}

fn human(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / MB)
    } else {
        format!("{} KB", bytes >> 10)
    }
}

/// Least-squares slope of ln(ms) over ln(bytes).
fn slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x.ln(), b + y.ln()));
    let (mx, my) = (sx / n, sy / n);
    let (num, den) = points.iter().fold((0.0, 0.0), |(a, b), (x, y)| {
        let dx = x.ln() - mx;
        (a + dx * (y.ln() - my), b + dx * dx)
    });
    if den > 0.0 {
        num / den
    } else {
        f64::NAN
    }
}

pub fn run() -> Result<(), String> {
    let timeout = Duration::from_secs(
        std::env::var("BENCH_SCALE_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(120),
    );
    let mut cases: Vec<(String, &str, usize)> = NEWS_SIZES
        .iter()
        .map(|&s| (format!("news page {}", human(s)), "news", s))
        .collect();
    cases.push(("one huge `<pre>`, 10 MB".into(), "pre", 10 << 20));
    cases.push(("nesting depth 100 000".into(), "deep", 100_000));
    cases.push(("1 000 000 sibling `<p>`".into(), "siblings", 1_000_000));
    cases.push(("10 MB `src` and 5 MB `alt`".into(), "attr", 10 << 20));
    cases.push((
        "10 MB of binary junk (lossy UTF-8)".into(),
        "junk",
        10 << 20,
    ));
    let mut rows = Vec::new();
    for (label, kind, param) in cases {
        let row = match spawn(kind, param, timeout) {
            Ok(v) => Row {
                label,
                news: kind == "news",
                bytes: v["bytes"].as_u64().unwrap_or(0) as usize,
                ms: v["ms"].as_f64().unwrap_or(f64::NAN),
                cpu_ms: v["cpu_ms"].as_f64().unwrap_or(f64::NAN),
                peak: v["peak"].as_u64().unwrap_or(0) as usize,
                outcome: v["outcome"].as_str().unwrap_or("").to_string(),
            },
            Err(e) => Row {
                label,
                news: false,
                bytes: build(kind, param).map_or(0, |h| h.len()),
                ms: f64::NAN,
                cpu_ms: f64::NAN,
                peak: 0,
                outcome: e,
            },
        };
        eprintln!(
            "  scale: {} -> {:.1} ms ({})",
            row.label, row.ms, row.outcome
        );
        rows.push(row);
    }
    println!(
        "| case | input | read() ms | CPU ms | CPU ms per MB | peak heap | peak / input | result |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---|");
    for r in &rows {
        let mb = r.bytes as f64 / MB;
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.1} | {} | {:.1}× | {} |",
            r.label,
            human(r.bytes),
            r.ms,
            r.cpu_ms,
            r.cpu_ms / mb,
            human(r.peak),
            r.peak as f64 / r.bytes.max(1) as f64,
            r.outcome
        );
    }
    let news: Vec<&Row> = rows
        .iter()
        .filter(|r| r.news && r.cpu_ms.is_finite() && r.peak > 0)
        .collect();
    println!();
    // Over the whole range, and from 1 MB up, where the card has reached its word cap and what grows
    // is parsing and extraction alone.
    for from in [0, 1 << 20] {
        let part: Vec<&&Row> = news.iter().filter(|r| r.bytes >= from).collect();
        let (Some(first), Some(last)) = (part.first(), part.last()) else {
            continue;
        };
        let time: Vec<(f64, f64)> = part.iter().map(|r| (r.bytes as f64, r.cpu_ms)).collect();
        let heap: Vec<(f64, f64)> = part
            .iter()
            .map(|r| (r.bytes as f64, r.peak as f64))
            .collect();
        println!(
            "Fitted exponents (log-log slope over size, news pages {}–{}, {} sizes; 1.0 is linear): CPU time **{:.2}**, peak heap **{:.2}**  ",
            human(first.bytes),
            human(last.bytes),
            part.len(),
            slope(&time),
            slope(&heap)
        );
    }
    let worst = rows
        .iter()
        .filter(|r| r.bytes >= 1 << 20 && r.cpu_ms.is_finite())
        .map(|r| (r.cpu_ms / (r.bytes as f64 / MB), r.label.as_str()))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((per_mb, label)) = worst {
        println!("Worst case on pages of 1 MB and more: **{per_mb:.1} CPU ms per MB** ({label})");
    }
    let failed: Vec<&str> = rows
        .iter()
        .filter(|r| !r.ms.is_finite())
        .map(|r| r.label.as_str())
        .collect();
    if !failed.is_empty() {
        println!("Did not finish: {}", failed.join(", "));
    }
    Ok(())
}
