//! Helpers shared by the integration tests: locating `../shared` (skipping with a message when it is
//! absent) and the matching conventions of the gold files (NFC is a no-op on our inputs; whitespace
//! runs collapse to one space).

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared` next to the repository, or `None` (after printing why the test is skipped).
pub fn shared_dir(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIP {test}: ../shared is absent (corpora and gold data are not part of the repo)"
        );
        None
    }
}

pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
