//! The shape of a language's quotation vocabulary; the tables themselves live in `src/lang/<code>/quotes.rs`.

use std::sync::OnceLock;

use crate::fnv::WordMap;

/// A language's vocabulary for telling quotations from titles and for attributing them. All words are
/// lowercase; matching folds case.
pub struct QuoteLexicon {
    /// Verbs and words of saying, every inflected form ("sagte", "sagt", "said", "says").
    pub cues: &'static [&'static str],
    /// Phrases that put the source right after them ("laut", "according to", "nach Angaben").
    pub source_after_phrase: &'static [&'static str],
    /// Separable verbs of saying as (finite form, particle): the form is a cue only where its particle
    /// closes the clause ("gab ein Sprecher bekannt", "teilte das Ministerium mit: …"); alone it
    /// means something else ("gab", "teilte").
    pub separable_cues: &'static [(&'static str, &'static str)],
    /// Words that put the source right before them ("zufolge").
    pub source_before_word: &'static [&'static str],
    /// Personal pronouns that can stand for a speaker named earlier ("er", "sie", "he", "she").
    pub pronouns: &'static [&'static str],
    /// Determiners that open a description rather than a name ("der", "die", "the", "a").
    pub determiners: &'static [&'static str],
    /// Indefinite articles: "einer „Achse des Aufruhrs“" introduces a coined term, not a proper name.
    pub indefinite_articles: &'static [&'static str],
    /// Words that attach what a description is of ("des", "von", "of", "for").
    pub description_links: &'static [&'static str],
    /// Determiners of an object or genitive ("dem", "des", "einem"): their noun phrase is not the speaker.
    pub oblique_determiners: &'static [&'static str],
    /// Prepositions: the noun phrase after one is not the speaker ("in Berlin", "gegenüber Reuters").
    pub prepositions: &'static [&'static str],
    /// Whether common nouns are capitalised (German): a description then ends at its first capitalised
    /// word, and a lone unknown capitalised word is a name only right next to the cue.
    pub nouns_capitalised: bool,
    /// Endings of adjectives that open a capitalised noun phrase ("Europäischen Union").
    pub adjective_endings: &'static [&'static str],
    /// Endings of common nouns: a capitalised word with one, followed by more, is no first name
    /// ("Bundesregierung Mehrkosten", "Engagement Deutschlands").
    pub noun_endings: &'static [&'static str],
    /// Whether a capitalised word is a listed given name ("Franz", "Dennis"): it opens a name even
    /// with a common noun's ending.
    pub given_name: fn(&str) -> bool,
    /// Whether a lowercase noun names an organisation ("universität", "landesregierung"): a
    /// description with it as head ("die Universität") does not point back to a person named before.
    pub org_head: fn(&str) -> bool,
    /// Endings of an inflected attributive adjective ("großen", "weitem"), and number words
    /// ("zwei", "zehn"): capitalised words right after one are a noun phrase ("zwei Milliarden
    /// Euro", "einem großen Einkaufszentrum Parolen"), not a name. Only where nouns are capitalised.
    pub attributive_endings: &'static [&'static str],
    pub numerals: &'static [&'static str],
    /// Endings of finite verbs in lowercase ("refused", "tried"): a description stops before one
    /// ("The spokesman refused to …" is "The spokesman"). Empty where nouns are capitalised.
    pub verb_endings: &'static [&'static str],
    /// Endings of participles among the cues ("saying", "adding"): such a cue hangs on the clause's
    /// subject, not on the word before it ("Trump blasted her, calling her …").
    pub participle_endings: &'static [&'static str],
    /// Capitalised words that are not names (sentence openers, weekdays, titles of address stay out).
    pub not_names: &'static [&'static str],
    /// Calendar words (weekdays, months), capitalised but never names; from `src/lang/<code>/calendar.rs`.
    pub calendar: &'static [&'static [&'static str]],
    /// Lowercase particles inside names ("von", "van", "de", "al").
    pub name_particles: &'static [&'static str],
    /// Endings of role nouns written before a name ("minister", "sprecher", "president").
    pub role_endings: &'static [&'static str],
    /// Words right before a quoted span that make it a name or title ("Typ", "Motto", "titled").
    pub title_context: &'static [&'static str],
    /// First and second person words: a short span holding one is speech, not a name.
    pub speech_words: &'static [&'static str],
    /// Verb forms of reported speech (German Konjunktiv: "sei", "habe", "hätte"): a sentence with
    /// one and no cue of its own still reports the speaker of the attribution before it.
    pub reported_mood: &'static [&'static str],
    /// Cues that are ordinary adverbs elsewhere and count only right after a quotation ("„…“, so X").
    pub adverb_cues: &'static [&'static str],
    /// Verbs of an impersonal attribution ("In dem Antrag heißt es: „…“"): the source is the
    /// document the sentence places the words in.
    pub impersonal_cues: &'static [&'static str],
    /// The dummy subject of an impersonal attribution ("es").
    pub dummy_subject: &'static str,
    /// Conjunctions that open a new clause after a quotation ("“…,” but he also noted …"): a cue
    /// after one belongs to that clause, not to the quotation.
    pub conjunctions: &'static [&'static str],
    /// Words that open a subordinate clause ("dass", "weil", "nachdem"): before a colon, the noun
    /// phrase of such a clause is not the one who speaks ("Er zeigte sich besorgt, dass die Lage
    /// …: „…“").
    pub subordinators: &'static [&'static str],
    /// Possessive determiners ("seine", "ihre"): a description they open is what someone has ("Seine
    /// Zuversicht"), a speaker only when its head is a role ("seine Sprecherin").
    pub possessives: &'static [&'static str],
    /// The particle of an infinitive clause ("zu"): "…, seine Pläne offen zu zeigen" has no subject.
    pub infinitive_marker: &'static str,
    /// Where a cue after a quotation must open its clause (German verb-second order: „…“, sagte X),
    /// the words that may stand before it: auxiliaries and "wie", "so" („…“, hatte X gesagt; „…“,
    /// wie X sagte). Any other first word opens a new clause with a subject of its own („…“,
    /// Trainer Y bezeichnete …). Empty where the subject may come first („…,” Sanders said).
    pub cue_clause_openers: &'static [&'static str],
    /// Verbs of quoting ("zitiert"): before the quotation, their object is the one quoted ("Die
    /// Zeitung zitiert den Trainer mit den Worten: „…“"), not their subject.
    pub quoting_cues: &'static [&'static str],
    /// Demonstratives that, opening a sentence right before its verb of saying, stand for the whole
    /// sentence before ("„…“ müssen vorgelegt werden. Dies gab der Verband bekannt."): that
    /// attribution is the one of the quotations there that have no cue of their own.
    pub anaphoric_subjects: &'static [&'static str],
    /// Adverbs that, opening a sentence, place its words in something named in the sentence before
    /// ("Der Verband schrieb einen Brief. Darin heißt es: „…“"): a document there is the source
    /// of a quotation without another.
    pub anaphoric_places: &'static [&'static str],
    /// Nouns of statements ("vorwurf", "kritik"): a quotation in a sentence without a cue belongs to
    /// the one the statement is of ("Auf den Vorwurf der CDU, es sei ein „…“, …").
    pub statement_nouns: &'static [&'static str],
    /// Prepositions of origin ("aus"): "ein Sprecher aus Washington" names where the one speaking
    /// is from, so the place belongs to the description.
    pub origin_prepositions: &'static [&'static str],
    /// Prepositions of place ("in"): "Der Einsatzleiter der Polizei in Dortmund erklärte" — a place
    /// between a description and its verb is part of the description (the whole stands before the
    /// verb); after the verb ("sagte der Minister in Berlin") it is where the words were said.
    pub place_prepositions: &'static [&'static str],
    /// Auxiliaries of the passive ("wird", "wurde") and the prepositions of its agent ("von",
    /// "vom"): "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft" credits the agent.
    pub passive_auxiliaries: &'static [&'static str],
    pub agent_prepositions: &'static [&'static str],
    /// Relative pronouns ("der", "welche"), and those of them that can only be a subject ("der",
    /// "welcher"): "ein Kommentar, der die Entscheidung als „…“ bezeichnet" has the noun before the
    /// comma as its speaker.
    pub relative_pronouns: &'static [&'static str],
    pub subject_relatives: &'static [&'static str],
    /// Plural nouns of groups who speak as one, without an article ("Experten", "Kritiker"): "„…?“
    /// fragen sich Experten" has them as its speaker, though they are no name.
    pub group_speakers: &'static [&'static str],
    /// Words for the last of those named ("letztere", "latter"): "„…“, so letztere" is the person
    /// named last before.
    pub latter_words: &'static [&'static str],
    /// Nouns of documents and channels that can themselves be a quotation's source ("the statement
    /// said", "according to the report", "der Bericht führt aus"): a description may end with one.
    pub document_nouns: &'static [&'static str],
    /// Whether a source phrase later in the sentence ("…,” Sanders said, according to CNN) names the
    /// source the article relies on, outranking the verb of saying before it.
    pub source_phrase_outranks_cue: bool,
    /// Whether one utterance split by its attribution ("“A,” she said, “B.”") is one quotation: the
    /// English convention. German news treats each marked span as its own quotation.
    pub join_interrupted: bool,
    /// Built on first use; construct with `OnceLock::new()`.
    pub index: OnceLock<Index>,
}

/// Which word lists a lowercase word is on, as bits: one hash lookup instead of scanning the lists
/// (these lookups run many times per word).
pub struct Index {
    lists: WordMap<u32>,
}

const CUE: u32 = 1;
const ADVERB_CUE: u32 = 1 << 1;
const PRONOUN: u32 = 1 << 2;
const DETERMINER: u32 = 1 << 3;
const NOT_NAME: u32 = 1 << 4;
const INDEFINITE: u32 = 1 << 5;
const OBLIQUE: u32 = 1 << 6;
const PREPOSITION: u32 = 1 << 7;
const TITLE_CONTEXT: u32 = 1 << 8;
const SPEECH_WORD: u32 = 1 << 9;
const REPORTED_MOOD: u32 = 1 << 10;
/// A source word, or the first word of a source phrase (for `may_be_cue`).
const SOURCE_WORD: u32 = 1 << 11;
const DOCUMENT: u32 = 1 << 13;
const CONJUNCTION: u32 = 1 << 12;
/// The finite form of a separable verb of saying (for `may_be_cue`).
const SEPARABLE: u32 = 1 << 14;
const SUBORDINATOR: u32 = 1 << 15;

/// The lists one word is on (`QuoteLexicon::lists_of`), so that a word tested against several lists,
/// or a sentence's every word, costs one lookup. Each test is the `QuoteLexicon` method of its name.
#[derive(Clone, Copy, Default)]
pub struct WordLists(u32);

impl WordLists {
    pub fn may_be_cue(self) -> bool {
        self.0 & (CUE | SOURCE_WORD | SEPARABLE) != 0
    }
    pub fn is_reported_mood(self) -> bool {
        self.0 & REPORTED_MOOD != 0
    }
    pub fn is_pronoun(self) -> bool {
        self.0 & PRONOUN != 0
    }
    pub fn is_determiner(self) -> bool {
        self.0 & DETERMINER != 0
    }
    pub fn is_indefinite(self) -> bool {
        self.0 & INDEFINITE != 0
    }
    pub fn is_oblique(self) -> bool {
        self.0 & OBLIQUE != 0
    }
    pub fn is_preposition(self) -> bool {
        self.0 & PREPOSITION != 0
    }
    pub fn is_conjunction(self) -> bool {
        self.0 & CONJUNCTION != 0
    }
}

impl QuoteLexicon {
    /// The lists `word` (lowercased, without trailing dots) is on.
    pub fn lists_of(&self, word: &str) -> WordLists {
        let index = self.index();
        WordLists(with_folded(word, |w| index.lists.get(w).unwrap_or(0)))
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut lists: WordMap<u32> = WordMap::default();
            let all = [
                (self.cues, CUE),
                (self.adverb_cues, ADVERB_CUE),
                (self.pronouns, PRONOUN),
                (self.determiners, DETERMINER),
                (self.not_names, NOT_NAME),
                (self.indefinite_articles, INDEFINITE),
                (self.oblique_determiners, OBLIQUE),
                (self.prepositions, PREPOSITION),
                (self.title_context, TITLE_CONTEXT),
                (self.speech_words, SPEECH_WORD),
                (self.reported_mood, REPORTED_MOOD),
                (self.document_nouns, DOCUMENT),
                (self.conjunctions, CONJUNCTION),
                (self.subordinators, SUBORDINATOR),
            ];
            for (form, _) in self.separable_cues {
                *lists.entry(form) |= SEPARABLE;
            }
            let calendar = self.calendar.iter().map(|list| (*list, NOT_NAME));
            for (list, bit) in all.into_iter().chain(calendar) {
                for w in list {
                    *lists.entry(w) |= bit;
                }
            }
            // Dots trimmed as `on` trims them, so that `may_be_cue` never misses.
            let phrase_starts = self
                .source_after_phrase
                .iter()
                .filter_map(|p| p.split(' ').next());
            for w in phrase_starts.chain(self.source_before_word.iter().copied()) {
                *lists.entry(w.trim_end_matches('.')) |= SOURCE_WORD;
            }
            Index { lists }
        })
    }

    /// True if `word`, lowercased and without trailing dots, is on one of the lists in `bits`.
    fn on(&self, word: &str, bits: u32) -> bool {
        self.lists_of(word).0 & bits != 0
    }

    pub fn is_cue(&self, word: &str) -> bool {
        self.on(word, CUE)
    }
    /// False for a word that is no cue, no source word and opens no source phrase: one lookup that
    /// settles most words before the exact tests.
    pub fn may_be_cue(&self, word: &str) -> bool {
        self.lists_of(word).may_be_cue()
    }
    /// Whether `form` is the finite form of a separable verb of saying whose particle is `particle`.
    pub fn is_separable_cue(&self, form: &str, particle: &str) -> bool {
        self.on(form, SEPARABLE)
            && with_lower(form, |f| {
                self.separable_cues
                    .iter()
                    .any(|&(v, p)| v == f && p == particle)
            })
    }
    pub fn is_adverb_cue(&self, word: &str) -> bool {
        self.on(word, ADVERB_CUE)
    }
    pub fn is_pronoun(&self, word: &str) -> bool {
        self.lists_of(word).is_pronoun()
    }
    pub fn is_determiner(&self, word: &str) -> bool {
        self.lists_of(word).is_determiner()
    }
    pub fn is_not_name(&self, word: &str) -> bool {
        self.on(word, NOT_NAME | PRONOUN | DETERMINER | CUE)
    }
    pub fn is_indefinite(&self, word: &str) -> bool {
        self.lists_of(word).is_indefinite()
    }
    pub fn is_oblique(&self, word: &str) -> bool {
        self.lists_of(word).is_oblique()
    }
    pub fn is_preposition(&self, word: &str) -> bool {
        self.lists_of(word).is_preposition()
    }
    /// Matches the whole word lowercased (no dots trimmed), as `source_before_word` is short.
    pub fn is_source_before(&self, word: &str) -> bool {
        with_lower(word, |w| self.source_before_word.contains(&w))
    }
    pub fn is_particle(&self, word: &str) -> bool {
        self.name_particles.contains(&word)
    }
    pub fn is_role(&self, word: &str) -> bool {
        let female = |w: &str, e: &str| w.strip_suffix("in").is_some_and(|s| s.ends_with(e));
        with_lower(word, |w| {
            self.role_endings
                .iter()
                .any(|e| w.ends_with(e) || female(w, e))
        })
    }
    pub fn is_participle(&self, word: &str) -> bool {
        with_lower(word, |w| {
            self.participle_endings.iter().any(|e| w.ends_with(e))
        })
    }
    pub fn is_reported_mood(&self, word: &str) -> bool {
        self.lists_of(word).is_reported_mood()
    }
    pub fn is_subordinator(&self, word: &str) -> bool {
        self.on(word, SUBORDINATOR)
    }
    pub fn is_possessive(&self, word: &str) -> bool {
        with_lower(word, |w| self.possessives.contains(&w))
    }
    pub fn is_conjunction(&self, word: &str) -> bool {
        self.lists_of(word).is_conjunction()
    }
    pub fn is_statement_noun(&self, word: &str) -> bool {
        in_list(self.statement_nouns, word)
    }
    pub fn is_description_link(&self, word: &str) -> bool {
        in_list(self.description_links, word)
    }
    pub fn is_document(&self, word: &str) -> bool {
        self.on(word, DOCUMENT)
    }
    pub fn is_title_context(&self, word: &str) -> bool {
        self.on(word, TITLE_CONTEXT)
    }
    pub fn is_speech_word(&self, word: &str) -> bool {
        self.on(word, SPEECH_WORD)
    }
}

/// Calls `f` with `word` lowercased and without trailing dots.
fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower(word.trim_end_matches('.'), f)
}

/// Calls `f` with `word` lowercased; short ASCII words (nearly all) are lowered on the stack, as these
/// lookups run many times per word.
/// Whether `word`, lowercased, is one of `list`.
pub(super) fn in_list(list: &[&str], word: &str) -> bool {
    with_lower(word, |w| list.contains(&w))
}

pub(super) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.chars().any(char::is_uppercase) {
        return f(word);
    }
    let mut buf = [0u8; 48];
    if word.is_ascii() {
        if let Some(b) = buf.get_mut(..word.len()) {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(b) {
                return f(lower);
            }
        }
    }
    f(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_bit_of_its_own() {
        let bits = [
            CUE,
            ADVERB_CUE,
            PRONOUN,
            DETERMINER,
            NOT_NAME,
            INDEFINITE,
            OBLIQUE,
            PREPOSITION,
            TITLE_CONTEXT,
            SPEECH_WORD,
            REPORTED_MOOD,
            SOURCE_WORD,
            DOCUMENT,
            CONJUNCTION,
            SEPARABLE,
            SUBORDINATOR,
        ];
        for (i, a) in bits.iter().enumerate() {
            assert_eq!(a.count_ones(), 1);
            for b in &bits[i + 1..] {
                assert_eq!(a & b, 0, "two lists share the bit {a:#b}");
            }
        }
    }

    #[test]
    fn a_source_word_is_no_document() {
        let lex = crate::lang::for_code(Some("en"), "").quotes;
        assert!(lex.may_be_cue("according"));
        assert!(!lex.is_document("according"));
        let de = crate::lang::for_code(Some("de"), "").quotes;
        assert!(!de.is_document("laut") && !de.is_document("zufolge"));
    }
}
