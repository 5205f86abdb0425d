//! Any bytes, decoded as a browser would (lossy UTF-8), through `read()` and every export. A panic is a
//! crash; so is a reading whose HTML or exports could execute (the security tests' checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/security_support/mod.rs"]
mod security_support;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    if let Ok(reading) = klartext::read(&html, Some(security_support::PAGE_URL)) {
        let _ = klartext::export::card_text(&reading);
        let problems = security_support::reading_problems(&reading);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
});
