//! Word lists (names, places, common words) as the wasm carries them: packed by `build.rs` from the text
//! files under `src/lang/` (sorted, deduplicated, front-coded), unpacked once on first use into one entry
//! per line. Takes the packed bytes, gives the list's text. Packed, the lists gzip about 30 KB smaller.

use std::sync::OnceLock;

/// A packed word list; declare one with `word_list!("<path under src/lang>")`.
pub struct WordList {
    packed: &'static [u8],
    text: OnceLock<String>,
}

/// The packed form of the list file `src/lang/<path>`.
macro_rules! word_list {
    ($path:literal) => {{
        static LIST: $crate::lang::word_list::WordList = $crate::lang::word_list::WordList::new(
            include_bytes!(concat!(env!("OUT_DIR"), "/word_lists/", $path)),
        );
        &LIST
    }};
}
pub(crate) use word_list;

impl WordList {
    pub const fn new(packed: &'static [u8]) -> Self {
        Self {
            packed,
            text: OnceLock::new(),
        }
    }

    /// The entries, one per line, in byte order.
    pub fn text(&'static self) -> &'static str {
        self.text.get_or_init(|| unpack(self.packed))
    }

    /// The entries in byte order (`text` split at its line breaks).
    pub fn entries(&'static self) -> impl Iterator<Item = &'static str> {
        self.text().split('\n').filter(|e| !e.is_empty())
    }

    /// How many entries the list holds: one per byte below 32 in the packed form.
    pub fn len(&self) -> usize {
        self.packed.iter().filter(|&&b| b < 32).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reverses `build.rs`'s `pack`: a byte below 32 starts an entry and says how many leading bytes it
/// shares with the previous one.
fn unpack(packed: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut prev_start = 0;
    for &b in packed {
        if b < 32 {
            let prev_end = out.len();
            if prev_end > 0 {
                out.push(b'\n');
            }
            let start = out.len();
            let shared = usize::from(b).min(prev_end - prev_start);
            out.extend_from_within(prev_start..prev_start + shared);
            prev_start = start;
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{de, en, names};

    #[test]
    fn unpacks_front_coded_entries() {
        let packed = b"\0Aaron\x04n\x01da\0\xc3\xa9t\xc3\xa9\x01\xa8re";
        assert_eq!(unpack(packed), "Aaron\nAaron\nAda\n\u{e9}t\u{e9}\n\u{e8}re");
    }

    #[test]
    fn every_list_unpacks_to_its_text_file_entries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang");
        let de = de::GERMAN.actors;
        let en = en::ENGLISH.actors;
        let countries = en.countries.expect("English countries");
        let (Some(known), Some(known_too)) = (de.known_words.first(), de.known_words.get(1)) else {
            panic!("German known words");
        };
        let lists: [(&str, &'static WordList); 12] = [
            ("names/given.txt", names::SHARED.given),
            ("names/given_extra.txt", names::SHARED.given_extra),
            ("names/surnames.txt", names::SHARED.surnames),
            ("names/family_first.txt", names::SHARED.family_first),
            ("names/orgs.txt", names::SHARED.orgs),
            ("de/names/common_nouns.txt", de.common_words),
            ("de/names/known_words.txt", known),
            ("de/names/known_names_too.txt", known_too),
            ("de/names/places.txt", de.places),
            ("en/names/common_words.txt", en.common_words),
            ("en/names/places.txt", en.places),
            ("en/names/countries.txt", countries),
        ];
        for (path, list) in lists {
            let source = std::fs::read_to_string(dir.join(path)).expect("list file");
            let mut want: Vec<&str> = source
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::split_whitespace)
                .collect();
            want.sort_unstable();
            want.dedup();
            assert!(want.len() > 10, "{path}");
            assert_eq!(list.text().lines().collect::<Vec<_>>(), want, "{path}");
            assert_eq!(list.entries().collect::<Vec<_>>(), want, "{path}");
            assert_eq!(list.len(), want.len(), "{path}");
        }
    }
}
