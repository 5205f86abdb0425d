//! Any bytes as pasted text through `read_plain()` (sentence splitting, actors, quotes, summary) and
//! every export. A panic is a crash; so is output that could execute.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/security_support/mod.rs"]
mod security_support;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(reading) = klartext::read_plain(&text, None) {
        let _ = klartext::export::card_text(&reading);
        let problems = security_support::reading_problems(&reading);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
});
