//! Sanitisation oracle: `ammonia`, configured with exactly our allowlist (tags, tag attributes, URL
//! schemes; no rel additions; comments stripped), must leave every reading's HTML unchanged. Runs on
//! our own fixtures always, and on every corpus page when `../shared` is present.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use klartext::render::allowlist;

fn oracle() -> ammonia::Builder<'static> {
    let mut attrs: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
    for (tag, attr) in allowlist::ATTRIBUTES {
        attrs.entry(*tag).or_default().insert(*attr);
    }
    let mut b = ammonia::Builder::empty();
    b.tags(allowlist::TAGS.iter().copied().collect())
        .tag_attributes(attrs)
        .url_schemes(allowlist::URL_SCHEMES.iter().copied().collect())
        .link_rel(None)
        .strip_comments(true);
    b
}

fn check(
    name: &str,
    html: &str,
    url: Option<&str>,
    cleaner: &ammonia::Builder,
    bad: &mut Vec<String>,
) {
    let Ok(reading) = klartext::read(html, url) else {
        return;
    };
    let cleaned = cleaner.clean(&reading.html).to_string();
    if cleaned != reading.html {
        let at = cleaned
            .chars()
            .zip(reading.html.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let ours: String = reading
            .html
            .chars()
            .skip(at.saturating_sub(40))
            .take(120)
            .collect();
        let theirs: String = cleaned
            .chars()
            .skip(at.saturating_sub(40))
            .take(120)
            .collect();
        bad.push(format!("{name}:\n  ours:    {ours}\n  ammonia: {theirs}"));
    }
}

fn html_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(
                html_files(&p)
                    .into_iter()
                    .filter(|f| f.ends_with("source.html")),
            );
        } else if p.extension().is_some_and(|x| x == "html") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn fixtures_are_a_fixed_point_of_the_allowlist() {
    let cleaner = oracle();
    let mut bad = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extraction");
    let files = html_files(&dir);
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    for f in files {
        let html = std::fs::read_to_string(&f).expect("fixture is UTF-8");
        check(
            &f.display().to_string(),
            &html,
            Some("https://news.example.de/politik/artikel-1.html"),
            &cleaner,
            &mut bad,
        );
    }
    assert!(
        bad.is_empty(),
        "ammonia changed our HTML:\n{}",
        bad.join("\n")
    );
}

#[test]
fn corpus_pages_are_a_fixed_point_of_the_allowlist() {
    let Some(shared) = common::shared_dir("corpus_pages_are_a_fixed_point_of_the_allowlist") else {
        return;
    };
    let cleaner = oracle();
    let mut bad = Vec::new();
    let mut files = html_files(&shared.join("corpus/readability"));
    files.extend(html_files(&shared.join("corpus/trafilatura/pages")));
    assert!(files.len() > 500, "corpus pages missing");
    for f in files {
        let html =
            String::from_utf8_lossy(&std::fs::read(&f).expect("page is readable")).into_owned();
        check(
            &f.display().to_string(),
            &html,
            Some("http://fakehost/test/page.html"),
            &cleaner,
            &mut bad,
        );
    }
    assert!(
        bad.is_empty(),
        "{} pages changed by ammonia, e.g.:\n{}",
        bad.len(),
        bad.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}
