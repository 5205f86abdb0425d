//! The per-language vocabulary for finding actors (`ActorLexicon`, filled in by `src/lang/<code>/actors.rs`)
//! and its lookup index, built once on first use from the static tables and word lists.

use std::collections::HashSet;
use std::sync::OnceLock;

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
    pub given: HashSet<&'static str>,
    pub surnames: HashSet<&'static str>,
    pub family_first: HashSet<&'static str>,
    pub orgs: HashSet<&'static str>,
    pub function_words: HashSet<&'static str>,
    pub common_words: HashSet<&'static str>,
    pub places: HashSet<&'static str>,
    /// The first word of multi-word places ("New" of "New York"), to try the longer match.
    pub place_starts: HashSet<&'static str>,
    pub multi_places: HashSet<String>,
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
        let mut places = HashSet::new();
        let mut place_starts = HashSet::new();
        let mut multi_places = HashSet::new();
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
        }
    }

    /// True if `lower` (a lowercased word) is a role noun.
    pub fn is_role(&self, lower: &str) -> bool {
        matches_head(self.roles, lower, self.compound_roles)
    }

    pub fn is_org_head(&self, lower: &str) -> bool {
        matches_head(self.org_heads, lower, self.compound_roles)
    }

    pub fn is_org_classifier(&self, lower: &str) -> bool {
        matches_head(self.org_classifiers, lower, self.compound_roles)
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

/// `lower` equals a head, or (compound) ends with one after at least two letters ("Außenminister")
/// or a hyphen ("Nordkorea-Experte"). Heads are short lists, so a scan is cheap.
fn matches_head(heads: &[&str], lower: &str, compound: bool) -> bool {
    heads.iter().any(|h| {
        if lower == *h {
            return true;
        }
        if !compound {
            return false;
        }
        match lower.strip_suffix(h) {
            Some(prefix) => {
                prefix.ends_with('-') || prefix.chars().filter(|c| c.is_alphabetic()).count() >= 2
            }
            None => {
                // Inflected forms: "Präsidenten", "Thinktanks", "Experten".
                ["en", "n", "s", "es"].iter().any(|e| {
                    lower.strip_suffix(e).is_some_and(|stem| {
                        stem == *h
                            || stem.strip_suffix(h).is_some_and(|p| {
                                p.ends_with('-')
                                    || p.chars().filter(|c| c.is_alphabetic()).count() >= 2
                            })
                    })
                })
            }
        }
    })
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
