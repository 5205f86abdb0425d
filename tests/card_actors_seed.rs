//! The seed page's actors against its gold (`../shared/gold/seed`, skipped when absent): every gold
//! person found, at least 10 of the 14 persons with the gold role (or one clearly matching it), no
//! country or place among the actors, and not the author.

mod common;

use klartext::reading::{Actor, ActorKind};
use serde_json::Value;

fn load() -> Option<(String, Value)> {
    let dir = common::shared_dir("card_actors_seed")?.join("gold/seed");
    let html = std::fs::read_to_string(dir.join("handelsblatt-nordkorea.html")).ok()?;
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("handelsblatt-nordkorea.gold.json")).ok()?,
    )
    .ok()?;
    Some((html, gold))
}

/// Lowercase word stems without inflection endings, for comparing "chinesischen Staats- und
/// Parteichef" with "chinesischer Staats- und Parteichef".
fn stems(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| {
            let w = w.to_lowercase();
            let mut t = w.as_str();
            for _ in 0..2 {
                if t.chars().count() > 4 {
                    t = t.trim_end_matches(['e', 'n', 'r', 's']);
                }
            }
            t.to_string()
        })
        .collect()
}

/// The role matches when the gold role's head (the first noun phrase, before any parenthesis or
/// semicolon) is covered: every stem of the predicted role's head noun is in the gold role and at
/// least half of the gold head's stems are in the prediction.
fn role_matches(pred: &str, gold: &str) -> bool {
    let gold_head = gold.split(['(', ';', ',']).next().unwrap_or(gold);
    let g = stems(gold_head);
    let g_all = stems(gold);
    let p = stems(pred);
    if g.is_empty() || p.is_empty() {
        return false;
    }
    let covered = g.iter().filter(|w| p.contains(w)).count();
    let extra = p.iter().filter(|w| !g_all.contains(w)).count();
    covered * 2 >= g.len() && extra * 2 <= p.len()
}

fn find<'a>(actors: &'a [Actor], name: &str) -> Option<&'a Actor> {
    actors
        .iter()
        .find(|a| a.name == name || a.aliases.iter().any(|x| x == name))
}

#[test]
fn seed_page_actors_match_gold() {
    let Some((html, gold)) = load() else { return };
    let reading = klartext::read(&html, gold["url"].as_str()).expect("the seed page is an article");
    let actors = &reading.card.actors;
    for a in actors {
        eprintln!(
            "{:?} {} | {:?} | {:?} x{}",
            a.kind, a.name, a.role, a.aliases, a.mentions
        );
    }
    let persons: Vec<&Value> = gold["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "person")
        .collect();
    let mut missing = Vec::new();
    let mut roles_ok = 0;
    for p in &persons {
        let name = p["name"].as_str().unwrap();
        match find(actors, name) {
            Some(a) if a.kind == ActorKind::Person => {
                let ok = a
                    .role
                    .as_deref()
                    .is_some_and(|r| role_matches(r, p["role"].as_str().unwrap_or("")));
                eprintln!("role {name}: {:?} vs {} -> {ok}", a.role, p["role"]);
                roles_ok += usize::from(ok);
            }
            _ => missing.push(name),
        }
    }
    assert!(missing.is_empty(), "gold persons not found: {missing:?}");
    assert!(
        roles_ok >= 10,
        "only {roles_ok} of {} roles match",
        persons.len()
    );
    let places = [
        "Nordkorea",
        "DVRK",
        "China",
        "Russland",
        "Vietnam",
        "Laos",
        "Japan",
        "Südkorea",
        "Moskau",
        "Washington",
        "Seoul",
        "Tokio",
        "USA",
        "Korea",
    ];
    let listed_places: Vec<&str> = actors
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| places.contains(n))
        .collect();
    assert!(
        listed_places.is_empty(),
        "places listed as actors: {listed_places:?}"
    );
    let byline = gold["byline"].as_str().unwrap();
    assert!(
        !actors.iter().any(|a| a.name == byline),
        "the author {byline} is listed"
    );
}

#[test]
fn role_matching_is_not_trivial() {
    assert!(role_matches(
        "chinesischen Staats- und Parteichef",
        "chinesischer Staats- und Parteichef"
    ));
    assert!(!role_matches("Autor", "US-Präsident"));
    assert!(!role_matches("", "US-Präsident"));
}
