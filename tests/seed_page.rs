//! The reference page (`../shared/gold/seed`): every must_keep snippet present, every must_drop
//! snippet absent, and the metadata equal to the gold.

mod common;

use serde_json::Value;

fn load() -> Option<(String, Value)> {
    let dir = common::shared_dir("seed_page")?.join("gold/seed");
    let html = std::fs::read_to_string(dir.join("handelsblatt-nordkorea.html")).ok()?;
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("handelsblatt-nordkorea.gold.json")).ok()?,
    )
    .ok()?;
    Some((html, gold))
}

#[test]
fn seed_page_keeps_the_article_and_drops_the_clutter() {
    let Some((html, gold)) = load() else { return };
    let reading = klartext::read(&html, gold["url"].as_str()).expect("the seed page is an article");
    let text = common::squash(&reading.text);
    let lower = text.to_lowercase();
    let missing: Vec<&str> = gold["must_keep"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|s| !text.contains(&common::squash(s)))
        .collect();
    let leaked: Vec<&str> = gold["must_drop"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|s| lower.contains(&common::squash(s).to_lowercase()))
        .collect();
    assert!(
        missing.is_empty(),
        "must_keep snippets missing: {missing:#?}"
    );
    assert!(leaked.is_empty(), "must_drop snippets present: {leaked:#?}");
}

#[test]
fn seed_page_metadata_matches_gold() {
    let Some((html, gold)) = load() else { return };
    let reading = klartext::read(&html, gold["url"].as_str()).unwrap();
    assert_eq!(Some(reading.title.as_str()), gold["title"].as_str());
    assert_eq!(reading.byline.as_deref(), gold["byline"].as_str());
    assert_eq!(
        reading.published.as_deref().map(|d| &d[..10]),
        gold["published"].as_str()
    );
    assert_eq!(reading.site.as_deref(), gold["site"].as_str());
    assert_eq!(reading.lang.as_deref(), gold["lang"].as_str());
}
