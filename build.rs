//! Packs the word lists under `src/lang/` (every `names/*.txt`) for `lang::word_list`, which unpacks
//! them on first use. The text files stay the editable source; the wasm carries the packed form because
//! sorted and front-coded the lists gzip about 30 KB smaller than as plain text.
//!
//! Format: the entries (lines not starting with `#`, split at whitespace), sorted and deduplicated; each
//! is one byte saying how many leading bytes it shares with the entry before (0–31), then its remaining
//! bytes. Entries never contain a byte below 32, so the count bytes also mark where entries start.

use std::fs;
use std::path::Path;

fn main() {
    let out =
        Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("word_lists");
    println!("cargo:rerun-if-changed=src/lang");
    pack_dir(Path::new("src/lang"), &out);
}

fn pack_dir(dir: &Path, out: &Path) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            pack_dir(&path, &out.join(name));
        } else if name.ends_with(".txt") && dir.file_name().is_some_and(|d| d == "names") {
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let packed = pack(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            fs::create_dir_all(out).expect("create OUT_DIR/word_lists");
            let target = out.join(name);
            if fs::read(&target).ok().as_deref() != Some(&packed[..]) {
                fs::write(&target, packed).expect("write packed word list");
            }
        }
    }
}

fn pack(text: &str) -> Result<Vec<u8>, String> {
    let mut words: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut packed = Vec::new();
    let mut prev: &[u8] = &[];
    for word in words {
        let bytes = word.as_bytes();
        if let Some(b) = bytes.iter().find(|&&b| b < 32) {
            return Err(format!("entry {word:?} holds the control byte {b}"));
        }
        let shared = prev
            .iter()
            .zip(bytes)
            .take_while(|(a, b)| a == b)
            .count()
            .min(31);
        packed.push(shared as u8);
        packed.extend_from_slice(&bytes[shared..]);
        prev = bytes;
    }
    Ok(packed)
}
