//! The wasm binding as JavaScript sees it, run in headless Chromium by scripts/test-wasm.sh: `read`
//! returns a plain object, coded errors arrive as `Error` objects whose `name` is the code, and the
//! export functions accept the object `read` returned.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Error, Object, Reflect};
use klartext::wasm::{card_markdown, card_text, html_document, read, read_plain, reading_markdown};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = include_str!("fixtures/pages/de-artikel.html");
const HOME: &str = include_str!("fixtures/pages/startseite.html");
const URL: &str = "https://www.rheintal-rundschau.example/lokales/radwegenetz-lindenfeld-100.html";

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_default()
}

fn error_name(err: JsValue) -> String {
    err.dyn_into::<Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn read_returns_a_plain_object_with_the_article_and_card() {
    let reading = read(ARTICLE, Some(URL.into())).expect("the fixture is an article");
    assert!(reading.is_instance_of::<Object>());
    assert_eq!(
        text(&reading, "title"),
        "Stadtrat beschließt neues Radwegenetz für Lindenfeld"
    );
    assert_eq!(text(&reading, "url"), URL);
    assert!(text(&reading, "text").contains("Radwegenetz von 42 Kilometern"));
    assert!(!text(&reading, "html").contains("<script"));
    assert!(!text(&reading, "text").contains("Ferienhaus an der Ostsee"));
    let removed: Array = get(&reading, "removed")
        .dyn_into()
        .expect("removed is an array");
    assert!(removed.iter().any(|r| text(&r, "kind") == "ad"));
    let quotes: Array = get(&get(&reading, "card"), "quotes")
        .dyn_into()
        .expect("card.quotes is an array");
    assert!(quotes.iter().any(
        |q| text(&q, "text").contains("Der Einzelhandel wird diesen Beschluss teuer bezahlen")
    ));
}

#[wasm_bindgen_test]
fn coded_errors_carry_their_code_as_the_error_name() {
    assert_eq!(error_name(read(HOME, None).unwrap_err()), "no_article");
    assert_eq!(error_name(read("", None).unwrap_err()), "empty");
    let huge = "a".repeat(klartext::MAX_INPUT_BYTES + 1);
    assert_eq!(error_name(read(&huge, None).unwrap_err()), "too_large");
}

#[wasm_bindgen_test]
fn exports_accept_the_object_read_returned() {
    let reading = read(ARTICLE, Some(URL.into())).expect("the fixture is an article");
    let md = card_markdown(reading.clone()).expect("card markdown");
    assert!(md.starts_with("# Stadtrat beschließt neues Radwegenetz für Lindenfeld"));
    assert!(md.contains("Der Einzelhandel wird diesen Beschluss teuer bezahlen"));
    let plain = card_text(reading.clone()).expect("card text");
    assert!(plain.contains(URL));
    let full = reading_markdown(reading.clone()).expect("reading markdown");
    assert!(full.contains("Radwegenetz von 42 Kilometern"));
    let doc = html_document(reading, "body{color:red}").expect("html document");
    assert!(doc.contains("body{color:red}"));
    assert!(!doc.contains("<script"));
}

#[wasm_bindgen_test]
fn a_bad_reading_is_an_error_not_a_trap() {
    let bogus: JsValue = Object::new().into();
    assert_eq!(error_name(card_markdown(bogus).unwrap_err()), "bad_reading");
}

#[wasm_bindgen_test]
fn read_plain_runs_the_card_on_text() {
    let text_in = "Die Bürgermeisterin Katrin Albers sagte am Montag: „Wir bauen die Stadt um.“\n\nDer Rat stimmte mit großer Mehrheit zu, die Kosten trägt zur Hälfte das Land.";
    let reading = read_plain(text_in, None).expect("plain text reads");
    assert!(text(&reading, "text").contains("Katrin Albers"));
}
