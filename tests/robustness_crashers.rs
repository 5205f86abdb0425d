//! Every input that once crashed a fuzz target (tests/fixtures/security/crashers/, kept as found by
//! `make fuzz`) must now give a reading or a one-line error, and any reading must be safe.

mod security_support;

use std::path::Path;

#[test]
fn every_kept_crasher_is_handled() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/security/crashers");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("crashers directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let input = String::from_utf8_lossy(&bytes);
        for (how, result) in [
            (
                "read",
                klartext::read(&input, Some(security_support::PAGE_URL)),
            ),
            ("read_plain", klartext::read_plain(&input, None)),
        ] {
            match result {
                Ok(reading) => {
                    let problems = security_support::reading_problems(&reading);
                    assert!(
                        problems.is_empty(),
                        "{} ({how}): {}",
                        path.display(),
                        problems.join("\n")
                    );
                }
                Err(e) => assert!(!e.to_string().contains('\n')),
            }
        }
    }
    eprintln!("{} crashers replayed", files.len());
}
