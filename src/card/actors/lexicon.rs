//! The per-language vocabulary for finding actors (`ActorLexicon`, filled in by `src/lang/<code>/actors.rs`)
//! and its lookup index, built once on first use from the static tables and word lists.

use std::sync::OnceLock;

use crate::fnv::WordMap;
use crate::lang::endings::Endings;
use crate::lang::word_list::WordList;

/// Word lists shared by every language: given names and family names of many cultures
/// (`src/lang/names/`). One entry per line or whitespace-separated; `#` starts a comment line.
pub struct NameLists {
    pub given: &'static WordList,
    /// Given names written for Klartext that the registry lists lack.
    pub given_extra: &'static WordList,
    pub surnames: &'static WordList,
    /// Family names of cultures that put the family name first ("Kim Jong-un", "Xi Jinping").
    pub family_first: &'static WordList,
    /// Well-known organisations written as one word ("Reuters", "Bundestag").
    pub orgs: &'static WordList,
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
    /// Weekdays and months (`src/lang/<code>/calendar.rs`), read as function words.
    pub calendar: &'static [&'static [&'static str]],
    /// Lowercase common words, whitespace-separated (may be empty). In a language that capitalises only
    /// names, a capitalised word from this list is a name only mid-sentence.
    pub common_words: &'static WordList,
    /// Lowercase words of every kind: a frequency list of the language with the names taken out, and
    /// words that name lists hold too (may be none). Where every noun is capitalised, a bare
    /// capitalised word on it ("Gericht", "Daran", "Vermutet") is read as a name only on strong
    /// evidence: a role or title, an apposition, a given name; the weak rules for a bare word (its
    /// place in the sentence) leave it alone.
    pub known_words: &'static [&'static WordList],
    /// Lowercase endings of words that count as known without a place on those lists, which leave them
    /// out to keep the wasm small ("-e", "-en": "Gebäude", "Plätze"); never for a listed name.
    pub known_word_endings: &'static [&'static str],
    /// True where capitalisation marks names (English): an unknown run of capitalised words mid-sentence
    /// is taken as a person. False where every noun is capitalised (German).
    pub caps_mark_names: bool,
    /// Lowercase words after which a capitalised word is a common noun ("der", "the").
    pub determiners: &'static [&'static str],
    /// Lowercase prepositions; a bare listed surname right after one is not trusted ("auf Stahl").
    pub prepositions: &'static [&'static str],
    /// Lowercase first parts of pronominal adverbs, which join a preposition ("wo" + "in": "worin",
    /// "hier" + "bei"): such a word opening a sentence is no name.
    pub pronominal_adverb_prefixes: &'static [&'static str],
    /// Lowercase heads that make a capitalised run an organisation ("universität", "council"); matched as
    /// the end of a word when `compound_roles` ("Friedrich-Naumann-Stiftung").
    pub org_heads: &'static [&'static str],
    /// Legal-form suffixes written after a company name ("AG", "GmbH", "Inc"); as written, no dot.
    pub org_suffixes: &'static [&'static str],
    /// Lowercase nouns that introduce an organisation's name ("Nachrichtenagentur KCNA",
    /// "des US-Thinktanks Atlantic Council"); compound-matched like roles.
    pub org_classifiers: &'static [&'static str],
    /// Lowercase classifier nouns that, right after a capitalised run, make it an organisation ("La
    /// Stampa newspaper", "the Sidek group", "the Doetinchem side"); whole words.
    pub org_classifiers_after: &'static [&'static str],
    /// Well-known organisations of this language's news, written as one word, besides the shared
    /// `NameLists::orgs` ("Napoli", "Springboks").
    pub orgs: &'static [&'static str],
    /// Lowercase words allowed inside an organisation name between capitalised words ("of", "for").
    pub org_connectors: &'static [&'static str],
    /// Lowercase particles inside person names ("von", "van", "de", "bin").
    pub name_particles: &'static [&'static str],
    /// Lowercase prepositions that attach an affiliation after a name ("von der …", "of …", "at …").
    pub affiliation_preps: &'static [&'static str],
    /// Lowercase verbs of saying that make a bare capitalised word a person both right after it and
    /// right before it ("Kramp sagte", "…, sagte Kramp").
    pub speech_verbs: &'static [&'static str],
    /// Lowercase verbs of saying that, right after a bare capitalised word, make it a person ("sagte").
    pub speech_after: &'static [&'static str],
    /// Lowercase words that, right before a bare capitalised word, make it a person ("sagte", "laut").
    pub speech_before: &'static [&'static str],
    /// Lowercase finite verbs of the third person singular ("ist", "wurde", "hat"); where every noun is
    /// capitalised, a bare word opening the sentence right before one is its subject, and a noun
    /// subject would have an article ("Würzner ist …" but "Das Gericht ist …").
    pub finite_verbs: &'static [&'static str],
    /// Lowercase endings of such verbs ("te": "kündigte", "t": "sieht"), for verbs not listed.
    pub finite_verb_endings: &'static [&'static str],
    /// Lowercase subject pronouns ("er", "man"): after the verb, they show that the word before the
    /// verb is not the subject ("Schließlich kam er").
    pub subject_pronouns: &'static [&'static str],
    /// Lowercase endings of plural finite verbs ("en": "können", "sind" is listed whole): right after
    /// one, a bare word is a plural subject or an object, no name in the weak rules.
    pub plural_verb_endings: &'static [&'static str],
    /// Lowercase reflexive pronouns ("sich"): where every noun is capitalised, a bare word right after
    /// a verb and one of them is the verb's subject as it is right after the verb ("widmete sich
    /// Goethe …").
    pub reflexive_pronouns: &'static [&'static str],
    /// Lowercase forms of "to be" ("ist", "war"), after which an article starts the predicate, not
    /// the subject ("Würzner ist der Sohn …").
    pub copulas: &'static [&'static str],
    /// Lowercase nouns that, before a place name, make the pair a place ("Stadt Bielefeld", "Kanton
    /// Zürich"). Where every noun is capitalised, any other word before a listed place names a club or
    /// an institution there ("Real Madrid", "Staatsgalerie Stuttgart").
    pub place_classifiers: &'static [&'static str],
    /// Lowercase first parts of compounds that, with an organisation head, name one national
    /// institution alone ("Bundeskriminalamt", "Reichskanzlei").
    pub national_prefixes: &'static [&'static str],
    /// Whether an acronym with digits ("G7") may be an organisation; German texts use such codes for
    /// products, roads and trains ("T3", "L117", "RB 33").
    pub digit_acronyms: bool,
    /// Lowercase conjunctions that join two names ("und", "oder"): where every noun is capitalised, a
    /// bare word joined by one to a person is a person too ("Passy und Cremer").
    pub name_coordinators: &'static [&'static str],
    /// Lowercase subordinating conjunctions ("dass", "weil"): where every noun is capitalised, a bare
    /// word right after one, before a lowercase word, is the clause's subject and a name ("dass
    /// Klinsmann auch …"); a common noun there would take an article.
    pub subordinators: &'static [&'static str],
    /// Lowercase endings of age adjectives before a name ("die 36-jährige Campbell"); a listed name
    /// right after one is a person.
    pub age_endings: &'static [&'static str],
    /// True where ordinal numbers are written with a dot ("im 14. Jahrhundert"): the dot after a number
    /// inside a sentence ends no phrase there.
    pub dotted_ordinals: bool,
    /// Lowercase forms of the passive auxiliary ("wurde", "wird"): before an article they start a
    /// passive whose subject follows ("Ausgelöst wurde die Entscheidung …"), so the word opening the
    /// sentence is no subject.
    pub passive_auxiliaries: &'static [&'static str],
    /// Lowercase prepositions fused with an article ("zum", "im"): determiners that start no subject.
    pub contracted_articles: &'static [&'static str],
    /// Lowercase beginnings of past participles ("ge", "ausge"), which, with a final "t", open a sentence
    /// as a fronted verb form ("Aufgezeichnet wurde …"), never a name.
    pub participle_prefixes: &'static [&'static str],
    /// Lowercase endings of common nouns ("ung", "heit"); a bare word with one is no surname.
    pub noun_suffixes: &'static [&'static str],
    /// Lowercase endings of inflected adjectives ("en", "er"); a name is not preceded by an adjective
    /// without an article.
    pub adjective_endings: &'static [&'static str],
    /// Lowercase endings of plurals, nominalised verbs and adverbs ("medikamente", "genießen",
    /// "irgendwann" is listed whole elsewhere; "aktuell", "zweitens"): a bare word with one that is on
    /// no name list is read as a common word by the bare-word rules. (Bare plurals take no article,
    /// so "Impfstoffe fehlen" looks like "Aigner fehlt" without it.)
    pub bare_common_endings: &'static [&'static str],
    /// Small letters an acronym keeps for a function word ("MfS": "für"; "ZdK": "der"); empty where
    /// acronyms are all capitals.
    pub acronym_small_letters: &'static str,
    /// Acronyms that are not organisations ("CEO", "TV"); as written.
    pub not_org_acronyms: &'static [&'static str],
    /// Places and demonyms (never actors), whitespace-separated, `#` comment lines; the genitive with
    /// `genitive_suffixes` is recognised too.
    pub places: &'static WordList,
    /// Countries, regions and their demonyms, places too (same format); a team named by one in a
    /// results line is a national side, no actor ("Pakistan 277-9").
    pub countries: Option<&'static WordList>,
    /// Words as written that make a run of two or more names a place when they open it ("Port",
    /// "Lake", "Mount": "Port Ellis") or, after a word that is no listed given name, close it ("Bay",
    /// "Island", "Valley": "Thunder Bay").
    pub place_prefixes: &'static [&'static str],
    pub place_suffixes: &'static [&'static str],
    /// Words as written that close the name of an event, no actor ("Cup": "UEFA Cup", "Davis Cup";
    /// "Games", "Shield").
    pub event_suffixes: &'static [&'static str],
    /// Endings of the possessive/genitive ("s", "'s", "’s"), longest first.
    pub genitive_suffixes: &'static [&'static str],
    /// Further genitive endings a listed organisation takes, tried after `genitive_suffixes` ("es":
    /// "des Bundesrates" for the listed "Bundesrat"); kept apart because for other names they would
    /// cut too much ("Hermes" is no genitive of "Herm").
    pub org_genitive_suffixes: &'static [&'static str],
    /// Words, as written, that go on with the name of a listed organisation ("Amnesty International",
    /// "Airbus Helicopters"), where a word on no list after a listed company is read as a model of its
    /// make ("Suzuki Vitara": the company alone is the actor).
    pub org_name_continuations: &'static [&'static str],
    pub names: &'static NameLists,
    /// Built on first use; construct with `OnceLock::new()`.
    pub index: OnceLock<Index>,
}

/// Which lists a word is on, as bits: one hash lookup answers every list at once.
pub type Flags = u32;

/// Bits of `Index::written` (words as written).
pub mod written {
    use super::Flags;
    pub const GIVEN: Flags = 1;
    pub const SURNAME: Flags = 1 << 1;
    pub const FAMILY_FIRST: Flags = 1 << 2;
    pub const ORG: Flags = 1 << 3;
    pub const PLACE: Flags = 1 << 4;
    pub const NOT_ORG_ACRONYM: Flags = 1 << 5;
    pub const ORG_SUFFIX: Flags = 1 << 6;
    pub const PLACE_PREFIX: Flags = 1 << 7;
    pub const PLACE_SUFFIX: Flags = 1 << 8;
    pub const COUNTRY: Flags = 1 << 9;
    pub const EVENT_SUFFIX: Flags = 1 << 10;
}

/// Bits of `Index::lower` (lowercase words).
pub mod lower {
    use super::Flags;
    pub const FUNCTION: Flags = 1;
    pub const COMMON: Flags = 1 << 1;
    pub const DETERMINER: Flags = 1 << 2;
    pub const PREPOSITION: Flags = 1 << 3;
    pub const SPEECH_AFTER: Flags = 1 << 4;
    pub const SPEECH_BEFORE: Flags = 1 << 5;
    pub const PARTICLE: Flags = 1 << 6;
    pub const CONNECTOR: Flags = 1 << 7;
    pub const AFFILIATION: Flags = 1 << 8;
    pub const TITLE: Flags = 1 << 9;
    pub const FINITE_VERB: Flags = 1 << 10;
    pub const PRONOUN: Flags = 1 << 11;
    pub const COPULA: Flags = 1 << 12;
    pub const PASSIVE: Flags = 1 << 13;
    pub const CONTRACTION: Flags = 1 << 14;
    pub const PLACE_CLASSIFIER: Flags = 1 << 15;
    pub const KNOWN: Flags = 1 << 16;
    pub const REFLEXIVE: Flags = 1 << 17;
    /// Also in `Index::written`, lowercase as listed ("dpa", "taz"): a lowercase word without this
    /// bit needs no lookup as written.
    pub const WRITTEN_TOO: Flags = 1 << 18;
}

/// Bits of `ActorLexicon::heads`.
pub mod head {
    use super::Flags;
    pub const ROLE: Flags = 1;
    pub const ORG_HEAD: Flags = 1 << 1;
    pub const ORG_CLASSIFIER: Flags = 1 << 2;
    pub const ORG_CLASSIFIER_AFTER: Flags = 1 << 3;
    /// An organisation head found only before a plural ending "-en"/"-n" ("Universitäten",
    /// "Behörden"): a kind of body, no name of one.
    pub const ORG_HEAD_PLURAL: Flags = 1 << 4;
}

type Map = WordMap<Flags>;

/// The lexicon's lists merged into two word → list-bits maps (as written, lowercase) and one head trie,
/// so that describing a token costs a few lookups rather than one per list.
pub struct Index {
    written: Map,
    lower: Map,
    heads: Heads,
    noun_suffixes: Endings,
}

impl Index {
    /// The lists (`written::*` bits) holding `word` as written.
    pub fn written(&self, word: &str) -> Flags {
        self.written.get(word).unwrap_or(0)
    }

    /// The lists (`lower::*` bits) holding the lowercase word `lower`.
    pub fn lower(&self, lower: &str) -> Flags {
        self.lower.get(lower).unwrap_or(0)
    }

    /// Whether the lowercase word `lower` ends with one of `ActorLexicon::noun_suffixes`.
    pub fn noun_like(&self, lower: &str) -> bool {
        self.noun_suffixes.ends(lower)
    }
}

fn mark(map: &mut Map, items: impl IntoIterator<Item = &'static str>, bit: Flags) {
    for w in items {
        *map.entry(w) |= bit;
    }
}

/// `mark` for a list of words as written, which also marks the lowercase ones in `lower` as
/// `WRITTEN_TOO` ("dpa", "taz"), so that a lowercase word not so marked needs no lookup as written.
fn mark_written(
    written: &mut Map,
    lower: &mut Map,
    items: impl IntoIterator<Item = &'static str>,
    bit: Flags,
) {
    for w in items {
        *written.entry(w) |= bit;
        if w.chars().flat_map(char::to_lowercase).eq(w.chars()) {
            *lower.entry(w) |= lower::WRITTEN_TOO;
        }
    }
}

impl ActorLexicon {
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| self.build())
    }

    fn build(&self) -> Index {
        let names = self.names;
        let written_lists: [(&'static WordList, Flags); 6] = [
            (names.given, written::GIVEN),
            (names.given_extra, written::GIVEN),
            (names.surnames, written::SURNAME),
            (names.family_first, written::FAMILY_FIRST),
            (names.orgs, written::ORG),
            (self.places, written::PLACE),
        ];
        let written_tables: [(&'static [&'static str], Flags); 6] = [
            (self.orgs, written::ORG),
            (self.event_suffixes, written::EVENT_SUFFIX),
            (self.place_prefixes, written::PLACE_PREFIX),
            (self.place_suffixes, written::PLACE_SUFFIX),
            (self.not_org_acronyms, written::NOT_ORG_ACRONYM),
            (self.org_suffixes, written::ORG_SUFFIX),
        ];
        let lower_tables: [(&'static [&'static str], Flags); 17] = [
            (self.function_words, lower::FUNCTION),
            (self.determiners, lower::DETERMINER),
            (self.prepositions, lower::PREPOSITION),
            (
                self.speech_verbs,
                lower::SPEECH_AFTER | lower::SPEECH_BEFORE,
            ),
            (self.speech_after, lower::SPEECH_AFTER),
            (self.speech_before, lower::SPEECH_BEFORE),
            (self.name_particles, lower::PARTICLE),
            (self.org_connectors, lower::CONNECTOR),
            (self.affiliation_preps, lower::AFFILIATION),
            (self.titles, lower::TITLE),
            (self.finite_verbs, lower::FINITE_VERB),
            (self.subject_pronouns, lower::PRONOUN),
            (self.reflexive_pronouns, lower::REFLEXIVE),
            (self.copulas, lower::COPULA),
            (self.passive_auxiliaries, lower::PASSIVE),
            (self.contracted_articles, lower::CONTRACTION),
            (self.place_classifiers, lower::PLACE_CLASSIFIER),
        ];
        // Sized up front: growing a map of some 30 000 names rehashes it a dozen times.
        let written_len: usize = written_lists.iter().map(|(l, _)| l.len()).sum::<usize>()
            + self.countries.map_or(0, |c| c.len())
            + written_tables.iter().map(|(t, _)| t.len()).sum::<usize>();
        let lower_len = self.common_words.len()
            + self.known_words.iter().map(|k| k.len()).sum::<usize>()
            + lower_tables.iter().map(|(t, _)| t.len()).sum::<usize>()
            + self.calendar.iter().map(|c| c.len()).sum::<usize>();
        let mut w = Map::with_capacity(written_len);
        let mut l = Map::with_capacity(lower_len);
        for (list, bit) in written_lists {
            mark_written(&mut w, &mut l, list.entries(), bit);
        }
        if let Some(countries) = self.countries {
            mark_written(
                &mut w,
                &mut l,
                countries.entries(),
                written::PLACE | written::COUNTRY,
            );
        }
        for (table, bit) in written_tables {
            mark_written(&mut w, &mut l, table.iter().copied(), bit);
        }
        mark(&mut l, self.common_words.entries(), lower::COMMON);
        for known in self.known_words {
            mark(&mut l, known.entries(), lower::KNOWN);
        }
        for (table, bit) in lower_tables {
            mark(&mut l, table.iter().copied(), bit);
        }
        for list in self.calendar {
            mark(&mut l, list.iter().copied(), lower::FUNCTION);
        }
        let mut heads = Heads::default();
        heads.add(self.roles, head::ROLE);
        if self.compound_roles {
            heads.add_feminine(self.roles, head::ROLE);
        }
        heads.add(self.org_heads, head::ORG_HEAD);
        heads.add(self.org_classifiers, head::ORG_CLASSIFIER);
        heads.add(self.org_classifiers_after, head::ORG_CLASSIFIER_AFTER);
        Index {
            written: w,
            lower: l,
            heads,
            noun_suffixes: Endings::new(self.noun_suffixes),
        }
    }

    /// The kinds of head noun (`head::*` bits) the lowercase word `lower` is: equal to a listed head,
    /// or (when `compound_roles`) a compound ending with one.
    pub fn heads(&self, lower: &str) -> Flags {
        self.index().heads.matches(lower, self.compound_roles)
    }

    /// Whether `word` ends like a plural finite verb (`plural_verb_endings`: "können", "sind").
    pub fn is_plural_verb(&self, word: &str) -> bool {
        self.plural_verb_endings.iter().any(|e| word.ends_with(e))
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
        let place = |w: &str| idx.written(w) & written::PLACE != 0;
        place(word) || self.strip_genitive(word).is_some_and(place) || self.is_place_compound(word)
    }

    /// True if `word` (as written, also in capitals or the genitive) is a country, region or demonym.
    pub fn is_country(&self, word: &str) -> bool {
        let idx = self.index();
        let country = |w: &str| idx.written(w) & written::COUNTRY != 0;
        country(word)
            || self.strip_genitive(word).is_some_and(country)
            || (word.chars().count() > 2
                && super::tokens::is_all_caps(word)
                && country(title_case(word).as_str()))
    }

    /// True if `word` is a hyphenated compound of places ("Elsass-Lothringen") or a place in capitals
    /// ("LONDON"); `is_place` without the lookups of the word itself.
    pub fn is_place_compound(&self, word: &str) -> bool {
        let idx = self.index();
        let place = |w: &str| idx.written(w) & written::PLACE != 0;
        (word.contains('-') && word.split('-').all(place))
            || (word.chars().count() > 3
                && super::tokens::is_all_caps(word)
                && place(title_case(word).as_str()))
    }
}

/// Longest role head considered as the end of a compound, in bytes.
const MAX_HEAD_BYTES: usize = 64;

/// Head nouns (roles, organisation heads, classifiers) for whole-word and compound-end matching: a map
/// for whole words and the heads as `Endings`, so that every head ending a word is found in one walk
/// from the word's end instead of one hash lookup per suffix and list.
#[derive(Default)]
struct Heads {
    whole: Map,
    ends: Endings,
}

impl Heads {
    fn add(&mut self, heads: &[&'static str], bit: Flags) {
        mark(&mut self.whole, heads.iter().copied(), bit);
        let short: Vec<&str> = heads
            .iter()
            .copied()
            .filter(|h| h.len() <= MAX_HEAD_BYTES)
            .collect();
        self.ends.add(&short, bit);
    }

    /// The feminine forms in "-in", "-innen" of `heads` ("Architektin" for "architekt") as endings,
    /// so that matching a word costs no extra walk.
    fn add_feminine(&mut self, heads: &[&'static str], bit: Flags) {
        let forms: Vec<String> = heads
            .iter()
            .filter(|h| !h.ends_with("in") && h.len() + 5 <= MAX_HEAD_BYTES)
            .flat_map(|h| [format!("{h}in"), format!("{h}innen")])
            .collect();
        let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
        self.ends.add(&refs, bit);
    }

    fn whole(&self, word: &str) -> Flags {
        self.whole.get(word).unwrap_or(0)
    }

    /// The bits of the heads that equal `form` or end it at a byte offset `k > 0` where the compound
    /// rule allows it: after at least two letters or right after a hyphen.
    fn ends(&self, form: &str) -> Flags {
        let mut found = 0;
        self.ends.walk(form, |k, bits| {
            if bits & !found != 0 {
                let before = form.get(..k).unwrap_or_default();
                if k == 0
                    || before.ends_with('-')
                    || before
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .nth(1)
                        .is_some()
                {
                    found |= bits;
                }
            }
            false
        });
        found
    }

    /// The bits of the heads `lower` equals or (compound) ends with after at least two letters
    /// ("Außenminister") or a hyphen ("Nordkorea-Experte"), also before an inflection ending
    /// ("Präsidenten", "Thinktanks").
    fn matches(&self, lower: &str, compound: bool) -> Flags {
        let mut found = self.whole(lower);
        if !compound {
            return found;
        }
        found |= self.ends(lower);
        for e in ["s", "es"] {
            if let Some(form) = lower.strip_suffix(e) {
                found |= self.ends(form);
            }
        }
        for e in ["en", "n"] {
            if let Some(form) = lower.strip_suffix(e) {
                let bits = self.ends(form);
                // Only where no singular form (the word, or its genitive) is a head.
                if bits & head::ORG_HEAD != 0 && found & head::ORG_HEAD == 0 {
                    found |= head::ORG_HEAD_PLURAL;
                }
                found |= bits;
            }
        }
        found
    }
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
