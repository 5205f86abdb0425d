//! Actor quality gates on third-party gold (`../shared`, skipped when absent): person and organisation
//! F1 on the German (GermEval 2014) and English (CoNLL-2003) NER test documents, scored by
//! `../shared/tools/score_nlp.py`, and the seed page's actors. These are test sets: nothing here is
//! used to build the name lists or rules.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

/// Runs every document of `gold` through `read_plain`, writes the predictions and scores them.
fn score(shared: &Path, gold: &str) -> Option<Value> {
    let gold_path = shared.join("gold").join(gold);
    let text = std::fs::read_to_string(&gold_path).ok()?;
    let pred_path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pred-{gold}"));
    let mut out = std::fs::File::create(&pred_path).ok()?;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).ok()?;
        let actors: Vec<Value> = klartext::read_plain(doc["text"].as_str().unwrap_or(""), None)
            .map(|r| {
                r.card
                    .actors
                    .iter()
                    .map(|a| json!({"name": a.name, "kind": a.kind}))
                    .collect()
            })
            .unwrap_or_default();
        let row = json!({"id": doc["id"], "actors": actors, "quotes": []});
        writeln!(out, "{row}").ok()?;
    }
    let scorer = shared.join("tools/score_nlp.py");
    let res = Command::new("python3")
        .arg(scorer)
        .arg(&gold_path)
        .arg(&pred_path)
        .arg("--json")
        .output()
        .ok()?;
    let v: Value = serde_json::from_slice(&res.stdout).ok()?;
    eprintln!(
        "{gold}: person {} org {}",
        v["actors"]["person"], v["actors"]["org"]
    );
    Some(v)
}

fn f1(v: &Value, kind: &str) -> f64 {
    v["actors"][kind]["f1"].as_f64().unwrap_or(0.0)
}

#[test]
fn german_ner_gold_person_and_org_f1() {
    let Some(shared) = common::shared_dir("german_ner_gold") else {
        return;
    };
    let v = score(&shared, "de_ner.jsonl").expect("scorer ran (python3 present)");
    assert!(
        f1(&v, "person") >= PERSON_DE,
        "German person F1 {}",
        f1(&v, "person")
    );
    assert!(f1(&v, "org") >= ORG_DE, "German org F1 {}", f1(&v, "org"));
}

#[test]
fn english_ner_gold_person_and_org_f1() {
    let Some(shared) = common::shared_dir("english_ner_gold") else {
        return;
    };
    let v = score(&shared, "en_ner.jsonl").expect("scorer ran (python3 present)");
    assert!(
        f1(&v, "person") >= PERSON_EN,
        "English person F1 {}",
        f1(&v, "person")
    );
    assert!(f1(&v, "org") >= ORG_EN, "English org F1 {}", f1(&v, "org"));
}

// Floors at the figures measured now (targets: person 0.80 de / 0.88 en, org 0.65 / 0.75); raise them
// as the rules improve so that a regression fails.
const PERSON_DE: f64 = 0.66;
const ORG_DE: f64 = 0.54;
const PERSON_EN: f64 = 0.865;
const ORG_EN: f64 = 0.48;
