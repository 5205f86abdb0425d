//! Quote gates on the shared gold (skipped when ../shared is absent): German Wikinews and English
//! PolNeAR articles go through `read_plain`; the predicted quotes are scored by the shared
//! `score_nlp.py` on split "dev". Gates: detection F1 >= 0.85; speaker accuracy is held to a
//! regression floor per corpus (`speaker_floor`) until it reaches the 0.85 target.
//! `KLARTEXT_SPLIT=train` scores the training split instead (for development, not gated).

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

const GATE: f64 = 0.85;

fn predict(gold: &Path, split: &str, out: &Path) -> usize {
    let text = std::fs::read_to_string(gold).expect("gold file is readable");
    let mut file = std::fs::File::create(out).expect("prediction file");
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("gold line is JSON");
        if doc["split"].as_str() != Some(split) {
            continue;
        }
        let body = doc["text"].as_str().unwrap_or("");
        let (actors, quotes) = match klartext::read_plain(body, None) {
            Ok(r) => (
                r.card
                    .actors
                    .iter()
                    .map(|a| json!({"name": a.name, "kind": a.kind}))
                    .collect::<Vec<_>>(),
                r.card
                    .quotes
                    .iter()
                    .map(|q| json!({"text": q.text, "speaker": q.speaker}))
                    .collect::<Vec<_>>(),
            ),
            Err(_) => (Vec::new(), Vec::new()),
        };
        let pred = json!({"id": doc["id"], "actors": actors, "quotes": quotes});
        writeln!(file, "{pred}").expect("write prediction");
        n += 1;
    }
    n
}

fn score(name: &str, speaker_floor: f64) {
    let Some(shared) = common::shared_dir(name) else {
        return;
    };
    let gold = shared.join(format!("gold/{name}.jsonl"));
    let split = std::env::var("KLARTEXT_SPLIT").unwrap_or_else(|_| "dev".into());
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.{split}.pred.jsonl"));
    let docs = predict(&gold, &split, &out);
    assert!(docs > 0, "no {split} documents in {}", gold.display());
    let run = Command::new("python3")
        .arg(shared.join("tools/score_nlp.py"))
        .arg(&gold)
        .arg(&out)
        .args(["--split", &split, "--json"])
        .output();
    let Ok(run) = run else {
        eprintln!("SKIP {name}: python3 is not available to run score_nlp.py");
        return;
    };
    assert!(
        run.status.success(),
        "score_nlp.py failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let result: Value = serde_json::from_slice(&run.stdout).expect("scorer prints JSON");
    let q = &result["quotes"];
    let f1 = q["detection"]["f1"].as_f64().unwrap_or(0.0);
    let acc = q["speaker_accuracy"]["acc"].as_f64().unwrap_or(0.0);
    eprintln!(
        "{name} [{split}] detection {} speaker {} end2end {} (predictions: {})",
        q["detection"],
        q["speaker_accuracy"],
        q["end2end"],
        out.display()
    );
    if split == "dev" {
        assert!(f1 >= GATE, "{name}: quote detection F1 {f1} < {GATE}");
        assert!(
            acc >= speaker_floor,
            "{name}: speaker accuracy {acc} fell below its floor {speaker_floor}"
        );
        if acc < GATE {
            eprintln!("{name}: speaker accuracy {acc} is still below the {GATE} target");
        }
    }
}

#[test]
fn german_wikinews_quotes_reach_the_gate() {
    score("de_quotes", GATE); // target reached: 0.860 measured (train 0.847)
}

#[test]
fn english_news_quotes_reach_the_gate() {
    score("en_quotes", 0.86); // target 0.85 (GATE) reached: 0.8644 measured
}
