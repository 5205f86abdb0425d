//! FNV-1a hashes of words, and word lookup tables keyed by them rather than by the word: a lookup reads
//! no list text (in large lists that is a cache miss of its own) and compares one integer. Two words
//! sharing a 64-bit hash are as rare as they are harmless here: one would take the other's entry.
//! `WordMap` is only for keys the page cannot choose (the static word lists): its hasher has no key, so
//! a hostile page could flood a map of its own words. Page words are counted by their `hash` in a map
//! under the default keyed hasher instead (colliding words then share an entry, they never chain).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// The FNV-1a hash of `bytes`.
pub fn hash(bytes: &[u8]) -> u64 {
    extend(OFFSET, bytes)
}

/// `hash(word.to_lowercase())` (but for the final sigma rule), without the lowercase copy.
pub fn hash_lowercase(word: &str) -> u64 {
    if word.is_ascii() {
        let mut h = OFFSET;
        for b in word.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(PRIME);
        }
        return h;
    }
    let mut buf = [0u8; 4];
    word.chars()
        .flat_map(char::to_lowercase)
        .fold(OFFSET, |h, c| extend(h, c.encode_utf8(&mut buf).as_bytes()))
}

fn extend(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// Words (by their hash) to a value.
pub struct WordMap<V>(HashMap<u64, V, BuildHasherDefault<Prehashed>>);

impl<V: Copy + Default> WordMap<V> {
    pub fn with_capacity(n: usize) -> Self {
        WordMap(HashMap::with_capacity_and_hasher(n, Default::default()))
    }

    /// The value for `word`, inserted as the default if it has none yet.
    pub fn entry(&mut self, word: &str) -> &mut V {
        self.0.entry(hash(word.as_bytes())).or_default()
    }

    pub fn get(&self, word: &str) -> Option<V> {
        self.get_hashed(hash(word.as_bytes()))
    }

    /// The value for the word whose `hash` is `h`.
    pub fn get_hashed(&self, h: u64) -> Option<V> {
        self.0.get(&h).copied()
    }
}

impl<V: Copy + Default> Default for WordMap<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<'w, V: Copy + Default> FromIterator<(&'w str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'w str, V)>>(items: I) -> Self {
        let mut map = WordMap::default();
        for (w, v) in items {
            *map.entry(w) = v;
        }
        map
    }
}

/// The `Hasher` for keys that are already hashes: it only mixes them, so that the low bits a table
/// indexes by depend on every byte of the word.
#[derive(Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        // The finaliser of SplitMix64.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = extend(self.0 ^ OFFSET, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_lowercase_is_the_hash_of_the_lowercase_word() {
        for w in [
            "",
            "sagte",
            "Sagte",
            "ÜBER",
            "Straße",
            "İstanbul",
            "NATO-Gipfel",
            "Ørsted",
        ] {
            let lower: String = w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(hash_lowercase(w), hash(lower.as_bytes()), "{w}");
        }
    }
}
