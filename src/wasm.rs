//! The wasm binding: `read(html, url?)` and `readPlain(text, url?)` return the `Reading` as a plain JS
//! object; the export functions return strings. Errors become a JS `Error` whose message is the
//! one-line reason and whose `name` is the stable error code. No analysis happens here.

use wasm_bindgen::prelude::*;

use crate::{export, Reading};

fn to_js(result: Result<Reading, crate::Error>) -> Result<JsValue, JsValue> {
    match result {
        Ok(reading) => {
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            serde::Serialize::serialize(&reading, &serializer)
                .map_err(|e| JsValue::from(js_error("internal", &e.to_string())))
        }
        Err(e) => Err(js_error(e.code(), &e.to_string()).into()),
    }
}

fn js_error(code: &str, message: &str) -> js_sys::Error {
    let err = js_sys::Error::new(message);
    err.set_name(code);
    err
}

fn from_js(value: JsValue) -> Result<Reading, JsValue> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error("bad_reading", &e.to_string()).into())
}

#[wasm_bindgen]
pub fn read(html: &str, url: Option<String>) -> Result<JsValue, JsValue> {
    to_js(crate::read(html, url.as_deref()))
}

#[wasm_bindgen(js_name = readPlain)]
pub fn read_plain(text: &str, url: Option<String>) -> Result<JsValue, JsValue> {
    to_js(crate::read_plain(text, url.as_deref()))
}

#[wasm_bindgen(js_name = cardMarkdown)]
pub fn card_markdown(reading: JsValue) -> Result<String, JsValue> {
    Ok(export::card_markdown(&from_js(reading)?))
}

#[wasm_bindgen(js_name = cardText)]
pub fn card_text(reading: JsValue) -> Result<String, JsValue> {
    Ok(export::card_text(&from_js(reading)?))
}

#[wasm_bindgen(js_name = readingMarkdown)]
pub fn reading_markdown(reading: JsValue) -> Result<String, JsValue> {
    Ok(export::reading_markdown(&from_js(reading)?))
}

#[wasm_bindgen(js_name = htmlDocument)]
pub fn html_document(reading: JsValue, css: &str) -> Result<String, JsValue> {
    Ok(export::html_document(&from_js(reading)?, css))
}

/// The largest page `read` accepts, in UTF-8 bytes. Shells check a page against it before copying it
/// into the engine, so a huge page is refused without filling the wasm memory first.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}
