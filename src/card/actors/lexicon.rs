//! The per-language vocabulary for finding actors (`ActorLexicon`, filled in by `src/lang/<code>/actors.rs`)
//! and its lookup index, built once on first use from the static tables and word lists.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys are short words, for which it is several times faster than the default SipHash;
/// the lists are static, so hash flooding is no concern.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words with the FNV hasher.
pub type Set<T> = HashSet<T, BuildHasherDefault<Fnv>>;

/// Word lists shared by every language: given names and family names of many cultures
/// (`src/lang/names/`). One entry per line or whitespace-separated; `#` starts a comment line.
pub struct NameLists {
    pub given: &'static str,
    /// Given names written for Klartext that the registry lists lack.
    pub given_extra: &'static str,
    pub surnames: &'static str,
    /// Family names of cultures that put the family name first ("Kim Jong-un", "Xi Jinping").
    pub family_first: &'static str,
    /// Well-known organisations written as one word ("Reuters", "Bundestag").
    pub orgs: &'static str,
}

/// A language's vocabulary for finding actors. Matching is on the word as written, except where a
/// field says lowercase.
pub struct ActorLexicon {
    /// Role nouns, lowercase ("präsident", "minister", "spokesman"). A word is a role if it equals one,
    /// or, when `compound_roles`, ends with one ("Außenminister", "Nordkorea-Experte").
    pub roles: &'static [&'static str],
    pub compound_roles: bool,
    /// Honorifics written before a name ("Herr", "Dr", "Mr"); lowercase, without the dot.
    pub titles: &'static [&'static str],
    /// Lowercase words that are never (part of) a name even when capitalised: articles, pronouns,
    /// conjunctions, prepositions, months, weekdays…
    pub function_words: &'static [&'static str],
    /// Lowercase common words, whitespace-separated (may be empty). In a language that capitalises only
    /// names, a capitalised word from this list is a name only mid-sentence.
    pub common_words: &'static str,
    /// True where capitalisation marks names (English): an unknown run of capitalised words mid-sentence
    /// is taken as a person. False where every noun is capitalised (German).
    pub caps_mark_names: bool,
    /// Lowercase words after which a capitalised word is a common noun ("der", "the").
    pub determiners: &'static [&'static str],
    /// Lowercase prepositions; a bare listed surname right after one is not trusted ("auf Stahl").
    pub prepositions: &'static [&'static str],
    /// Lowercase heads that make a capitalised run an organisation ("universität", "council"); matched as
    /// the end of a word when `compound_roles` ("Friedrich-Naumann-Stiftung").
    pub org_heads: &'static [&'static str],
    /// Legal-form suffixes written after a company name ("AG", "GmbH", "Inc"); as written, no dot.
    pub org_suffixes: &'static [&'static str],
    /// Lowercase nouns that introduce an organisation's name ("Nachrichtenagentur KCNA",
    /// "des US-Thinktanks Atlantic Council"); compound-matched like roles.
    pub org_classifiers: &'static [&'static str],
    /// Lowercase words allowed inside an organisation name between capitalised words ("of", "for").
    pub org_connectors: &'static [&'static str],
    /// Lowercase particles inside person names ("von", "van", "de", "bin").
    pub name_particles: &'static [&'static str],
    /// Lowercase prepositions that attach an affiliation after a name ("von der …", "of …", "at …").
    pub affiliation_preps: &'static [&'static str],
    /// Lowercase verbs of saying that, right after a bare capitalised word, make it a person ("sagte").
    pub speech_after: &'static [&'static str],
    /// Lowercase words that, right before a bare capitalised word, make it a person ("sagte", "laut").
    pub speech_before: &'static [&'static str],
    /// Lowercase endings of common nouns ("ung", "heit"); a bare word with one is no surname.
    pub noun_suffixes: &'static [&'static str],
    /// Lowercase endings of inflected adjectives ("en", "er"); a name is not preceded by an adjective
    /// without an article.
    pub adjective_endings: &'static [&'static str],
    /// Acronyms that are not organisations ("CEO", "TV"); as written.
    pub not_org_acronyms: &'static [&'static str],
    /// Places and demonyms (never actors), whitespace-separated, `#` comment lines; the genitive with
    /// `genitive_suffixes` is recognised too.
    pub places: &'static str,
    /// Endings of the possessive/genitive ("s", "'s", "’s"), longest first.
    pub genitive_suffixes: &'static [&'static str],
    pub names: &'static NameLists,
    /// Built on first use; construct with `OnceLock::new()`.
    pub index: OnceLock<Index>,
}

/// Hash sets over the lexicon's lists, for constant-time lookups per token.
pub struct Index {
    pub given: Set<&'static str>,
    pub surnames: Set<&'static str>,
    pub family_first: Set<&'static str>,
    pub orgs: Set<&'static str>,
    pub function_words: Set<&'static str>,
    pub common_words: Set<&'static str>,
    pub places: Set<&'static str>,
    /// The first word of multi-word places ("New" of "New York"), to try the longer match.
    pub place_starts: Set<&'static str>,
    pub multi_places: Set<String>,
    pub roles: Set<&'static str>,
    pub org_heads: Set<&'static str>,
    pub org_classifiers: Set<&'static str>,
    pub determiners: Set<&'static str>,
    pub prepositions: Set<&'static str>,
    pub speech_after: Set<&'static str>,
    pub speech_before: Set<&'static str>,
    pub particles: Set<&'static str>,
    pub connectors: Set<&'static str>,
    pub affiliation: Set<&'static str>,
    pub titles: Set<&'static str>,
    pub not_org_acronyms: Set<&'static str>,
    pub org_suffixes: Set<&'static str>,
}

fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

impl ActorLexicon {
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| self.build())
    }

    fn build(&self) -> Index {
        let mut places = Set::default();
        let mut place_starts = Set::default();
        let mut multi_places = Set::default();
        for line in self
            .places
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
        {
            for w in line.split_whitespace() {
                places.insert(w);
            }
            // Multi-word places are listed as whole lines only when a line holds one place; single
            // words are enough for the lookups here, the pairs catch "New York", "Los Angeles".
            let ws: Vec<&str> = line.split_whitespace().collect();
            for pair in ws.windows(2) {
                if let [a, b] = pair {
                    place_starts.insert(*a);
                    multi_places.insert(format!("{a} {b}"));
                }
            }
        }
        Index {
            given: words(self.names.given)
                .chain(words(self.names.given_extra))
                .collect(),
            surnames: words(self.names.surnames).collect(),
            family_first: words(self.names.family_first).collect(),
            orgs: words(self.names.orgs).collect(),
            function_words: self.function_words.iter().copied().collect(),
            common_words: words(self.common_words).collect(),
            places,
            place_starts,
            multi_places,
            roles: self.roles.iter().copied().collect(),
            org_heads: self.org_heads.iter().copied().collect(),
            org_classifiers: self.org_classifiers.iter().copied().collect(),
            determiners: self.determiners.iter().copied().collect(),
            prepositions: self.prepositions.iter().copied().collect(),
            speech_after: self.speech_after.iter().copied().collect(),
            speech_before: self.speech_before.iter().copied().collect(),
            particles: self.name_particles.iter().copied().collect(),
            connectors: self.org_connectors.iter().copied().collect(),
            affiliation: self.affiliation_preps.iter().copied().collect(),
            titles: self.titles.iter().copied().collect(),
            not_org_acronyms: self.not_org_acronyms.iter().copied().collect(),
            org_suffixes: self.org_suffixes.iter().copied().collect(),
        }
    }

    /// True if `lower` (a lowercased word) is a role noun.
    pub fn is_role(&self, lower: &str) -> bool {
        matches_head(&self.index().roles, lower, self.compound_roles)
    }

    pub fn is_org_head(&self, lower: &str) -> bool {
        matches_head(&self.index().org_heads, lower, self.compound_roles)
    }

    pub fn is_org_classifier(&self, lower: &str) -> bool {
        matches_head(&self.index().org_classifiers, lower, self.compound_roles)
    }

    /// `word` without a genitive ending, if it has one and the rest is at least two characters long.
    pub fn strip_genitive<'w>(&self, word: &'w str) -> Option<&'w str> {
        self.genitive_suffixes.iter().find_map(|suf| {
            word.strip_suffix(suf)
                .filter(|stem| stem.chars().count() >= 2)
        })
    }

    /// True if `word` (as written) is a place or the genitive of one ("Russlands", "Russia's").
    pub fn is_place(&self, word: &str) -> bool {
        let idx = self.index();
        idx.places.contains(word)
            || self
                .strip_genitive(word)
                .is_some_and(|stem| idx.places.contains(stem))
            || (word.contains('-') && word.split('-').all(|p| idx.places.contains(p)))
            || (word.chars().count() > 3
                && super::tokens::is_all_caps(word)
                && idx.places.contains(title_case(word).as_str()))
    }
}

/// Longest role head considered as the end of a compound, in bytes.
const MAX_HEAD_BYTES: usize = 64;

/// `lower` equals a head, or (compound) ends with one after at least two letters ("Außenminister")
/// or a hyphen ("Nordkorea-Experte"), also with an inflection ending ("Präsidenten", "Thinktanks").
/// Hash lookups of the word's suffixes: cost grows with the word's length, not the list's.
fn matches_head(heads: &Set<&'static str>, lower: &str, compound: bool) -> bool {
    if heads.contains(lower) {
        return true;
    }
    if !compound {
        return false;
    }
    let forms = std::iter::once(lower).chain(
        ["en", "n", "s", "es"]
            .iter()
            .filter_map(|e| lower.strip_suffix(e)),
    );
    for form in forms {
        if heads.contains(form) {
            return true;
        }
        let mut letters = 0;
        for (k, c) in form.char_indices() {
            // No head is longer than this; without the bound a 10 MB "word" hashed every suffix.
            let short_enough = form.len() - k <= MAX_HEAD_BYTES;
            if k > 0
                && short_enough
                && (letters >= 2 || form.get(..k).is_some_and(|p| p.ends_with('-')))
            {
                if let Some(rest) = form.get(k..) {
                    if heads.contains(rest) {
                        return true;
                    }
                }
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
    }
    false
}

/// "LONDON" → "London", for datelines in capitals.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}
