//! Corpus gates for the extractor (`../shared/corpus`): every page is read in-process, its text written
//! as a prediction file, and the shared scorers (`../shared/tools/score_*.py`) compute the figures with
//! exactly the published metrics. Predictions stay in the target tmp dir for inspection
//! (`--per-page`/`--per-doc` of the scorers).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The trafilatura gate (target 0.93, trafilatura 2.2 itself scores 0.925); raised as the extractor
/// improves so that a regression fails.
const TRAFILATURA_GATE: f64 = 0.93;

/// Mozilla's test harness reads every page as if served from this address.
const READABILITY_URL: &str = "http://fakehost/test/page.html";

fn pred_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target tmp dir is writable");
    dir
}

fn write_prediction(dir: &Path, stem: &str, html: &str, url: Option<&str>) {
    // A page the extractor refuses counts as an empty prediction, exactly as the scorers define it.
    let text = klartext::read(html, url)
        .map(|r| r.text)
        .unwrap_or_default();
    std::fs::write(dir.join(format!("{stem}.txt")), text).expect("prediction is writable");
}

/// Runs a scorer with `--json`, returning the metrics, or `None` (with a message) without python3.
fn score(script: &Path, args: &[&str], out: &Path) -> Option<Value> {
    let status = Command::new("python3")
        .arg(script)
        .args(args)
        .arg("--json")
        .arg(out)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!("{} failed: {s}", script.display()),
        Err(e) => {
            eprintln!("SKIP: python3 is not available to run the scorer ({e})");
            return None;
        }
    }
    let raw = std::fs::read_to_string(out).expect("scorer wrote its json");
    Some(serde_json::from_str(&raw).expect("scorer json parses"))
}

#[test]
fn readability_corpus_shingle_f1() {
    let Some(shared) = common::shared_dir("readability_corpus_shingle_f1") else {
        return;
    };
    let corpus = shared.join("corpus/readability");
    let dir = pred_dir("pred-readability");
    let mut pages = 0;
    for entry in std::fs::read_dir(&corpus).expect("corpus dir is readable") {
        let path = entry.expect("dir entry").path();
        let Ok(html) = std::fs::read(path.join("source.html")) else {
            continue;
        };
        let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        write_prediction(
            &dir,
            stem,
            &String::from_utf8_lossy(&html),
            Some(READABILITY_URL),
        );
        pages += 1;
    }
    assert!(
        pages >= 100,
        "only {pages} pages found in {}",
        corpus.display()
    );
    let gt = corpus.join("ground-truth.json");
    let per_page = dir.join("per-page.tsv");
    let Some(m) = score(
        &shared.join("tools/score_sh.py"),
        &[
            dir.to_str().unwrap_or(""),
            "--gt",
            gt.to_str().unwrap_or(""),
            "--n-bootstrap",
            "0",
            "--per-page",
            per_page.to_str().unwrap_or(""),
        ],
        &dir.join("metrics.json"),
    ) else {
        return;
    };
    let f1 = m["f1"].as_f64().unwrap_or(0.0);
    eprintln!("readability corpus: shingle F1 {f1:.4} ({})", m);
    assert!(f1 >= 0.95, "readability corpus shingle F1 {f1:.4} < 0.95");
}

#[test]
fn trafilatura_corpus_snippet_f() {
    let Some(shared) = common::shared_dir("trafilatura_corpus_snippet_f") else {
        return;
    };
    let corpus = shared.join("corpus/trafilatura");
    let evaldata: Value = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("evaldata.json")).expect("evaldata.json is readable"),
    )
    .expect("evaldata.json parses");
    let dir = pred_dir("pred-trafilatura");
    let items = evaldata.as_object().expect("evaldata is an object");
    for (url, item) in items {
        let Some(file) = item["file"].as_str() else {
            continue;
        };
        let Ok(html) = std::fs::read(corpus.join("pages").join(file)) else {
            continue;
        };
        let stem = file.strip_suffix(".html").unwrap_or(file);
        // Decoded by the page's declared charset, as the browser hands it to the engine.
        write_prediction(&dir, stem, &klartext::parse::decode(&html), Some(url));
    }
    let eval = corpus.join("evaldata.json");
    let per_doc = dir.join("per-doc.tsv");
    let Some(m) = score(
        &shared.join("tools/score_tf.py"),
        &[
            dir.to_str().unwrap_or(""),
            "--evaldata",
            eval.to_str().unwrap_or(""),
            "--per-doc",
            per_doc.to_str().unwrap_or(""),
        ],
        &dir.join("metrics.json"),
    ) else {
        return;
    };
    let f = m["f1"].as_f64().unwrap_or(0.0);
    eprintln!("trafilatura corpus: F {f:.4} ({})", m);
    assert!(
        f >= TRAFILATURA_GATE,
        "trafilatura corpus F {f:.4} < {TRAFILATURA_GATE}"
    );
}
