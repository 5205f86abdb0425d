//! Takes one sentence and the language's `ActorLexicon`, gives the name candidates in it: runs of
//! name-like words, each classified as person, organisation or unknown (a bare word that may be a
//! short form of a name found elsewhere), with the role the sentence states for it, if any.
//!
//! Evidence, strongest first: organisation heads and legal forms ("… Institute", "… AG"), classifier
//! nouns ("Nachrichtenagentur KCNA"), acronyms; for persons a role word or title right before the name
//! ("Außenminister Sergej Lawrow"), an apposition with a role ("Garlauskas, Nordkorea-Experte …"), a
//! listed given name ("Markus …"), a family-name-first pattern ("Kim Jong-un"), a listed surname, a
//! verb of saying next to a bare name, and — only where capitals mark names — any capitalised run.

use std::collections::HashMap;

use super::lexicon::{head, lower, written, ActorLexicon, Index};
use super::tokens::{is_acronym, is_all_caps, is_cap, tokenize, Tok};
use crate::fnv;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Org,
    Unknown,
}

/// A name found in one sentence.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub sentence: usize,
    /// Byte span of the name in the sentence.
    pub start: usize,
    pub end: usize,
    /// The words of the name, space-joined.
    pub name: String,
    pub kind: Kind,
    pub role: Option<String>,
    /// A team named by its city in a results line ("Leeds 0"): a place that is an actor here.
    pub team: bool,
    /// For an unknown run of several words: each word with its span, tried alone as a short form
    /// ("Hofstetters Plan").
    pub parts: Vec<(usize, usize, String)>,
}

impl Candidate {
    /// The candidate named by the words from `a` to `b` of `text`, its name with whitespace collapsed.
    fn spanning(text: &str, sentence: usize, a: &Tok<'_>, b: &Tok<'_>, kind: Kind) -> Self {
        let name = text.get(a.start..b.end).unwrap_or_default();
        Candidate {
            sentence,
            start: a.start,
            end: b.end,
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            kind,
            role: None,
            team: false,
            parts: Vec::new(),
        }
    }
}

/// What the lexicon says about one token; computed once per token.
#[derive(Debug, Default, Clone, Copy)]
struct Info {
    cap: bool,
    func: bool,
    role: bool,
    title: bool,
    place: bool,
    /// Opens ("Port") or closes ("Bay") a place name of several words.
    place_prefix: bool,
    place_suffix: bool,
    /// Closes the name of an event ("Cup").
    event_suffix: bool,
    given: bool,
    surname: bool,
    family: bool,
    org_head: bool,
    /// Where every noun is capitalised, an organisation head in the plural ("Universitäten"): a
    /// classifier, no head.
    org_head_plural: bool,
    org_suffix: bool,
    org_class: bool,
    /// A lowercase classifier that makes the run before it an organisation ("newspaper").
    org_after: bool,
    acronym: bool,
    /// A listed organisation ("Reuters"), also in the genitive.
    known_org: bool,
    common: bool,
    /// On the language's list of known words (`ActorLexicon::known_words`), no name list: a bare word
    /// needs strong evidence to be a name.
    known: bool,
    particle: bool,
    connector: bool,
    determiner: bool,
    prep: bool,
    speech_after: bool,
    speech_before: bool,
    affil: bool,
    /// Ends like a common noun ("Behandlung"): no bare surname.
    noun_like: bool,
    /// A lowercase word ending like an inflected adjective ("früheren").
    adjective: bool,
    /// A lowercase finite verb of the third person singular ("ist", "kündigte").
    finite_verb: bool,
    /// A listed finite verb or verb of saying ("wechselte", "erläuterte"), no mere "-te" ending.
    listed_verb: bool,
    /// A subject pronoun ("er", "man").
    pronoun: bool,
    /// A reflexive pronoun ("sich").
    reflexive: bool,
    /// A form of "to be" ("ist").
    copula: bool,
    /// A title followed by its abbreviation dot ("Dr."), where capitals do not mark names: the dot
    /// ends no phrase.
    title_dot: bool,
    /// Makes a place name after it a place ("Stadt").
    place_class: bool,
    /// A passive auxiliary ("wurde").
    passive: bool,
    /// A preposition fused with an article ("zum").
    contraction: bool,
    /// A lowercase word that may modify a role ("früheren", "former").
    modifier: bool,
    /// In a results line ("Udinese 2 Parma 1"), the word is followed by a score.
    score_next: bool,
    /// Sentence-initial or right after an opening quote: capitals say nothing here.
    initial: bool,
    /// Part of a name: capitalised and not a function, role, title or classifier word.
    namey: bool,
}

/// Longest run of name words considered (organisation names can be long).
const MAX_RUN: usize = 8;
/// Longest role phrase kept, in words.
const MAX_ROLE_WORDS: usize = 12;

/// What the lexicon says about the capitalised words of an article: they recur (names above all), and
/// describing one costs a dozen lookups. Keyed by the word's hash, hashed again with the default keyed
/// hasher, as the page chooses the words (two words sharing a 64-bit hash would share a description).
#[derive(Default)]
pub struct Described {
    /// Word hash → index into `infos` (the summary's vocabulary has this map type too: one copy of
    /// its code in the wasm).
    capitalised: HashMap<u64, usize>,
    infos: Vec<Info>,
    /// The lowercase form of the word being described (a buffer reused for every word).
    lower: String,
}

impl Described {
    fn info(&mut self, w: &str, initial: bool, lex: &ActorLexicon, idx: &Index) -> Info {
        if !is_cap(w) {
            return with_initial(info(w, lex, idx, &mut self.lower), w, initial, lex);
        }
        let key = fnv::hash(w.as_bytes());
        let x = match self.capitalised.get(&key).and_then(|&i| self.infos.get(i)) {
            Some(x) => *x,
            None => {
                let x = info(w, lex, idx, &mut self.lower);
                self.capitalised.insert(key, self.infos.len());
                self.infos.push(x);
                x
            }
        };
        with_initial(x, w, initial, lex)
    }
}

/// `x`, the description of `w` anywhere in a sentence, for `w` at the sentence's start if `initial`.
fn with_initial(mut x: Info, w: &str, initial: bool, lex: &ActorLexicon) -> Info {
    x.initial = initial;
    // "All-conquering" opening a sentence is no name where capitals mark names.
    if initial && lex.caps_mark_names && x.cap && lowercase_compound(w) {
        x.namey = false;
    }
    x
}

pub fn sentence_candidates(
    sentence: usize,
    text: &str,
    lex: &ActorLexicon,
    described: &mut Described,
    out: &mut Vec<Candidate>,
) {
    let toks = tokenize(text);
    if toks.is_empty() {
        return;
    }
    let first = out.len();
    let rows = caps_table_rows(sentence, text, &toks, out);
    // A results line with home teams in capitals ("Indiana 86 GOLDEN STATE 71") is no headline (a
    // standings table in capitals is, after its rows).
    let results = lex.caps_mark_names
        && rows.is_empty()
        && toks
            .windows(2)
            .filter(|w| w.first().is_some_and(caps_word) && w.get(1).is_some_and(is_result_score))
            .count()
            >= 1
        && toks.iter().filter(|t| is_result_score(t)).count() >= 2;
    let idx = lex.index();
    if shouting(&toks) && !results {
        shouted_known_orgs(sentence, text, &toks, lex, idx, out);
        return;
    }
    let mut infos: Vec<Info> = toks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let prev = i.checked_sub(1).and_then(|p| toks.get(p));
            // "im 14. Jahrhundert": the dot of an ordinal number ends no phrase.
            let initial = prev
                .is_none_or(|p| p.stop_after && !(lex.dotted_ordinals && is_ordinal(text, p)))
                || t.open_before;
            described.info(t.word, initial, lex, idx)
        })
        .collect();
    if lex.caps_mark_names {
        caps_phrases(&toks, &mut infos);
    }
    if !lex.caps_mark_names {
        // "Dr. Weissmann": the word after a title's dot does not open a sentence.
        for k in 0..toks.len() {
            let (Some(t), Some(x)) = (toks.get(k), infos.get(k)) else {
                break;
            };
            let dot = x.title
                && t.stop_after
                && !t.comma_after
                && text
                    .get(t.end..)
                    .is_some_and(|r| r.starts_with(". ") || r == ".");
            if dot {
                let open = toks.get(k + 1).is_some_and(|n| n.open_before);
                if let Some(x) = infos.get_mut(k) {
                    x.title_dot = true;
                }
                if let Some(n) = infos.get_mut(k + 1).filter(|_| !open) {
                    n.initial = false;
                }
            }
        }
    }
    mark_scores(&toks, &mut infos, lex.caps_mark_names);
    for (from, to) in rows {
        for x in infos.get_mut(from..to).unwrap_or_default() {
            x.namey = false;
        }
    }
    let mut i = 0;
    while i < toks.len() {
        if !infos.get(i).is_some_and(|x| x.namey) {
            i += 1;
            continue;
        }
        let end = run_end(&toks, &infos, i, lex);
        classify(sentence, text, &toks, &infos, i, end, lex, out);
        i = end + 1;
    }
    coordinated_persons(text, &toks, &infos, lex, &mut out[first..]);
    attach_affiliations(text, &toks, &infos, &mut out[first..]);
}

/// "nahmen Passy und Cremer Kontakt auf", "weder Landis noch Sastre": where every noun is
/// capitalised, a bare unknown word joined by a conjunction to a person is a person too,
/// if it could be a name (no common word, noun ending, place, acronym or article before it).
fn coordinated_persons(
    text: &str,
    toks: &[Tok<'_>],
    infos: &[Info],
    lex: &ActorLexicon,
    cands: &mut [Candidate],
) {
    if lex.caps_mark_names
        || lex.name_coordinators.is_empty()
        || !cands.iter().any(|c| c.kind == Kind::Person)
    {
        return;
    }
    let joined = |a: &Candidate, b: &Candidate| {
        let (l, r) = if a.end <= b.start { (a, b) } else { (b, a) };
        text.get(l.end..r.start)
            .is_some_and(|gap| lex.name_coordinators.contains(&gap.trim()))
    };
    for c in 0..cands.len() {
        let Some(cand) = cands.get(c) else { continue };
        if cand.kind != Kind::Unknown || !cand.parts.is_empty() || cand.name.contains(' ') {
            continue;
        }
        // Tokens are in text order.
        let k = toks.partition_point(|t| t.start < cand.start);
        if toks.get(k).is_none_or(|t| t.start != cand.start) {
            continue;
        }
        let Some(x) = infos.get(k) else { continue };
        let det_before = k
            .checked_sub(1)
            .and_then(|p| infos.get(p))
            .is_some_and(|p| p.determiner || (p.adjective && !p.cap));
        let nameable = !x.common
            && !x.known
            && !x.noun_like
            && !x.place
            && !x.acronym
            && !x.known_org
            && !x.initial
            && !det_before
            && cand.name.chars().count() >= 3
            && !is_participle(&cand.name, lex);
        if !nameable {
            continue;
        }
        let partner = cands
            .iter()
            .any(|o| o.kind == Kind::Person && o.sentence == cand.sentence && joined(cand, o));
        if partner {
            if let Some(cand) = cands.get_mut(c) {
                cand.kind = Kind::Person;
            }
        }
    }
}

/// A number in a results line or table ("2", "1-0", "46:21").
fn is_score(t: &Tok<'_>) -> bool {
    t.word.chars().next().is_some_and(|c| c.is_ascii_digit())
        && t.word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ':' || c == '.')
}

/// Standings tables in capitals ("NEW JERSEY 14 10 1 61 61 29", "NY RANGERS 10 13 5 …"): one to three
/// words in capitals followed by at least three numbers name a team there (after a longer run of
/// capitals, a table header like "W L T GF GA PTS HARTFORD", only the last word). Line breaks are gone
/// in plain text, so rows are found by their numbers alone. Gives the token ranges of the teams.
fn caps_table_rows(
    sentence: usize,
    text: &str,
    toks: &[Tok<'_>],
    out: &mut Vec<Candidate>,
) -> Vec<(usize, usize)> {
    let mut rows = Vec::new();
    let caps =
        |t: &Tok<'_>| is_all_caps(t.word) && t.word.chars().all(|c| c.is_alphabetic() || c == '.');
    let mut k = 0;
    while k < toks.len() {
        // ".533": a winning percentage counts as a number of the row.
        let numbers = toks.get(k..k + 3).is_some_and(|r| {
            r.len() == 3
                && r.iter().all(|t| {
                    is_score(t)
                        || t.word
                            .strip_prefix('.')
                            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()) && !d.is_empty())
                })
        });
        // The words in capitals right before the numbers.
        let mut from = k;
        while from > 0
            && toks
                .get(from - 1)
                .is_some_and(|t| caps(t) && (from == k || !t.stop_after))
        {
            from -= 1;
        }
        if !numbers || from == k {
            k += 1;
            continue;
        }
        if k - from > 3 {
            from = k - 1;
        }
        if let (Some(a), Some(b)) = (toks.get(from), toks.get(k - 1)) {
            out.push(Candidate {
                team: true,
                ..Candidate::spanning(text, sentence, a, b, Kind::Org)
            });
            rows.push((from, k));
        }
        k += 3;
    }
    rows
}

/// "NEW YORK", "ST LOUIS": a short word in capitals right after a function word or title in capitals
/// continues a phrase in capitals (a place, a heading), no acronym.
fn caps_phrases(toks: &[Tok<'_>], infos: &mut [Info]) {
    for k in 1..toks.len() {
        let after_caps_func = toks
            .get(k - 1)
            .is_some_and(|t| t.runs_on() && is_all_caps(t.word))
            && infos.get(k - 1).is_some_and(|x| x.func || x.title);
        if !after_caps_func || toks.get(k).is_none_or(|t| t.word.chars().count() < 4) {
            continue;
        }
        if let Some(x) = infos.get_mut(k).filter(|x| x.acronym && !x.known_org) {
            x.acronym = false;
            x.namey = false;
        }
    }
}

/// A score of a results line ("2", "108"): a number of at most three digits; no date ("1996-12-06"),
/// no time or year ("1330"), no odds ("9-2") or set scores ("6-3", where the names are persons).
fn is_result_score(t: &Tok<'_>) -> bool {
    // A single digit keeps its full stop ("Leeds 0."), as an initial does.
    let n = t.word.strip_suffix('.').unwrap_or(t.word);
    n.len() <= 3 && !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
}

/// A word in capitals that may name a team ("BOSTON", "O'NEAL" is none of them: letters only).
fn caps_word(t: &Tok<'_>) -> bool {
    is_all_caps(t.word) && t.word.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// "Barnsley 1 Bolton 2", "Udinese 2 Parma 1": in a line with at least two name-score pairs, the
/// names before scores are teams. A team in capitals (the home team, "Pittsburgh 5 WASHINGTON 3",
/// "SAN ANTONIO 89") is made a name word there, with up to two words in capitals before it.
fn mark_scores(toks: &[Tok<'_>], infos: &mut [Info], caps_mark_names: bool) {
    // A team in capitals counts for the pairs when a score of a results line follows it (a dateline,
    // "ROME 1996-12-06", has a date after it).
    // "Men's 10 kms", "b Harris 4" (bowled by, in a cricket scorecard): no team before a genitive or
    // after a lone lowercase letter ("v", versus, is a function word).
    let pairs: Vec<usize> = (0..toks.len().saturating_sub(1))
        .filter(|&k| {
            toks.get(k).is_some_and(|t| {
                !t.stop_after && !t.word.ends_with("'s") && !t.word.ends_with("’s")
            }) && !k.checked_sub(1).is_some_and(|p| {
                toks.get(p).is_some_and(|t| {
                    t.word.len() == 1 && t.word.chars().all(|c| c.is_ascii_lowercase())
                }) && infos.get(p).is_some_and(|x| !x.func)
            }) && (infos.get(k).is_some_and(|x| x.namey) || toks.get(k).is_some_and(caps_word))
                && toks.get(k + 1).is_some_and(is_result_score)
        })
        .collect();
    // A table row ("Barcelona 16 10 4 2 46 21 34"): a name followed by five or more numbers.
    let row = (0..toks.len()).find(|&k| {
        infos.get(k).is_some_and(|x| x.namey)
            && toks
                .get(k + 1..k + 6)
                .is_some_and(|r| r.iter().all(is_score))
    });
    let results = pairs.len() >= 2;
    let pairs = if results {
        pairs
    } else {
        row.into_iter().collect()
    };
    for k in pairs {
        if let Some(x) = infos.get_mut(k) {
            x.score_next = true;
        }
        if !results || !caps_mark_names || !toks.get(k).is_some_and(caps_word) {
            continue;
        }
        let mut from = k;
        while from > 0
            && k - from < 2
            && toks
                .get(from - 1)
                .is_some_and(|t| caps_word(t) && t.runs_on())
            && infos.get(from - 1).is_some_and(|x| !x.func)
        {
            from -= 1;
        }
        for x in infos.get_mut(from..=k).unwrap_or_default() {
            x.namey = !x.func && !x.role && !x.title;
        }
    }
}

/// In a headline in capitals ("NBA BASKETBALL - STANDINGS"), a listed organisation written as an
/// acronym still names it ("WHO", a function word in capitals, does not).
fn shouted_known_orgs(
    sentence: usize,
    text: &str,
    toks: &[Tok<'_>],
    lex: &ActorLexicon,
    idx: &Index,
    out: &mut Vec<Candidate>,
) {
    if !lex.caps_mark_names {
        return;
    }
    for t in toks {
        if !is_acronym(t.word) || idx.written(t.word) & written::ORG == 0 {
            continue;
        }
        let l = t.word.to_lowercase();
        if idx.lower(&l) & (lower::FUNCTION | lower::COMMON) == 0 {
            out.push(Candidate::spanning(text, sentence, t, t, Kind::Org));
        }
    }
}

/// True for headline lines in capitals ("SOCCER - JAPAN GET LUCKY WIN"): capitals say nothing there.
fn shouting(toks: &[Tok<'_>]) -> bool {
    let (mut n, mut caps) = (0, 0);
    for t in toks {
        match letter_case(t.word) {
            LetterCase::Short => {}
            LetterCase::Capitals => {
                n += 1;
                caps += 1;
            }
            LetterCase::Mixed => n += 1,
        }
    }
    n >= 3 && caps * 2 > n
}

enum LetterCase {
    /// Fewer than two letters.
    Short,
    /// Two letters or more, none lowercase ("NATO", "G7-GIPFEL").
    Capitals,
    /// Two letters or more, one lowercase at least.
    Mixed,
}

/// `Short` unless `is_all_caps`-style counting finds two letters; read only as far as it takes to
/// tell (most words: their first two letters).
fn letter_case(word: &str) -> LetterCase {
    let (mut letters, mut lowercase) = (0, false);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        lowercase |= !c.is_uppercase();
        if letters >= 2 && lowercase {
            return LetterCase::Mixed;
        }
    }
    match (letters >= 2, lowercase) {
        (false, _) => LetterCase::Short,
        (true, false) => LetterCase::Capitals,
        (true, true) => LetterCase::Mixed,
    }
}

/// What the lexicon says about the word `w` anywhere but at a sentence's start (`with_initial`).
fn info(w: &str, lex: &ActorLexicon, idx: &Index, lower: &mut String) -> Info {
    lower.clear();
    if w.is_ascii() {
        lower.push_str(w);
        lower.make_ascii_lowercase();
    } else {
        lower.extend(w.chars().flat_map(char::to_lowercase));
    }
    let l = lower.trim_end_matches('.');
    let cap = is_cap(w);
    let lf = idx.lower(l);
    let wf = if l == w && lf & lower::WRITTEN_TOO == 0 {
        0
    } else {
        idx.written(w)
    };
    let func = lf & lower::FUNCTION != 0;
    let known_org = wf & written::ORG != 0;
    let small = Info {
        cap,
        func,
        known_org,
        determiner: lf & lower::DETERMINER != 0,
        prep: lf & lower::PREPOSITION != 0,
        speech_after: lf & lower::SPEECH_AFTER != 0,
        speech_before: lf & lower::SPEECH_BEFORE != 0,
        common: lf & lower::COMMON != 0,
        known: lf & lower::KNOWN != 0,
        pronoun: lf & lower::PRONOUN != 0,
        reflexive: lf & lower::REFLEXIVE != 0,
        copula: lf & lower::COPULA != 0,
        passive: lf & lower::PASSIVE != 0,
        place_class: lf & lower::PLACE_CLASSIFIER != 0,
        listed_verb: lf & (lower::FINITE_VERB | lower::SPEECH_AFTER | lower::SPEECH_BEFORE) != 0
            && lf & lower::PREPOSITION == 0
            && l != "so",
        contraction: lf & lower::CONTRACTION != 0,
        ..Info::default()
    };
    if !cap {
        // Lowercase words: joiners, modifiers, and (where capitals mark names only) role nouns.
        let heads = if lex.caps_mark_names { lex.heads(l) } else { 0 };
        let n = l.chars().count();
        return Info {
            role: heads & head::ROLE != 0,
            org_class: heads & head::ORG_CLASSIFIER != 0,
            org_after: heads & head::ORG_CLASSIFIER_AFTER != 0,
            particle: lf & lower::PARTICLE != 0,
            connector: lf & lower::CONNECTOR != 0,
            affil: lf & lower::AFFILIATION != 0,
            adjective: !func && n >= 4 && lex.adjective_endings.iter().any(|e| l.ends_with(e)),
            finite_verb: lf & lower::FINITE_VERB != 0
                || (!func && n >= 4 && lex.finite_verb_endings.iter().any(|e| l.ends_with(e))),
            modifier: !func && n >= 3 && l.chars().all(char::is_alphabetic),
            namey: known_org && !func,
            ..small
        };
    }
    let heads = lex.heads(l);
    let role = heads & head::ROLE != 0;
    let title = lf & lower::TITLE != 0;
    let org_class = heads & head::ORG_CLASSIFIER != 0;
    // "MEN", "CAPS", "DRAW": a common word in capitals (a heading, a table) is no acronym.
    // "MfS", "ZdK", "BfV": an acronym may keep the small letter of a function word ("Ministerium für
    // Staatssicherheit"), in languages that list such letters.
    let acronym = (is_acronym(w)
        || (is_mixed_acronym(w, lex.acronym_small_letters) && wf & written::ORG_SUFFIX == 0))
        && wf & written::NOT_ORG_ACRONYM == 0
        && (lex.digit_acronyms || !w.bytes().any(|b| b.is_ascii_digit()))
        && !(lex.caps_mark_names && lf & lower::COMMON != 0 && l.chars().count() >= 3);
    let stem = lex.strip_genitive(w).unwrap_or(w);
    let sf = if stem.len() == w.len() {
        wf
    } else {
        idx.written(stem)
    };
    // "Schulen und Universitäten", "Organisationen für Umwelt": where every noun is capitalised, a
    // head in the plural names a kind of body, no one body (it classifies the names after it).
    let org_head_plural =
        heads & head::ORG_HEAD_PLURAL != 0 && !lex.caps_mark_names && wf & written::ORG == 0;
    let org_head = heads & head::ORG_HEAD != 0 && !org_head_plural;
    // "CDU/CSU": acronyms joined by a slash are no shouted word.
    let slashed_acronyms = !lex.caps_mark_names && w.contains('/') && w.split('/').all(is_acronym);
    let long_caps = !acronym && !w.contains('.') && !slashed_acronyms && is_all_caps(w);
    let bare = w.trim_end_matches('.');
    let org_suffix = if bare.len() == w.len() {
        wf
    } else {
        idx.written(bare)
    } & written::ORG_SUFFIX
        != 0;
    // "Hans-Jochen", "Ralph-Thorsten": a double given name.
    let given = wf & written::GIVEN != 0
        || w.contains('-')
            && w.split('-').count() == 2
            && w.split('-').all(|p| idx.written(p) & written::GIVEN != 0);
    let surname = (wf | sf) & written::SURNAME != 0;
    let listed_org = (wf | sf) & written::ORG != 0;
    let known_org = listed_org
        // "des Bundesrates": a listed organisation in the long genitive.
        || lex.org_genitive_suffixes.iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|s| s.chars().count() >= 2 && idx.written(s) & written::ORG != 0)
        });
    // "Gebäude", "Plätze": the known-word list leaves out words with these endings.
    let known = small.known
        || (!given && !surname && !known_org && ends_with_any_lower(w, lex.known_word_endings));
    Info {
        role,
        title,
        known,
        place: (wf | sf) & written::PLACE != 0 || lex.is_place_compound(w),
        place_prefix: wf & written::PLACE_PREFIX != 0,
        place_suffix: (wf | sf) & written::PLACE_SUFFIX != 0,
        event_suffix: wf & written::EVENT_SUFFIX != 0,
        given,
        surname,
        family: wf & written::FAMILY_FIRST != 0,
        org_head,
        org_head_plural,
        org_suffix,
        org_class,
        acronym,
        known_org,
        noun_like: idx.noun_like(l),
        // A legal form ("Ltd", "Inc") is a function word alone but ends the company name before it.
        // A listed organisation is a name even where it ends like a classifier ("Handelsblatt").
        namey: (!func || org_suffix)
            && !role
            && !title
            && (!org_class || org_head || listed_org)
            // "UNESCO": a listed organisation in capitals is no shouted word.
            && (!long_caps || listed_org)
            && w.chars().any(char::is_alphabetic),
        ..small
    }
}

/// "Worin", "Hierbei", "Darüber": a pronominal adverb, one of `pronominal_adverb_prefixes` before a
/// preposition (with an "r" between before a vowel: "wor-in", "dar-über").
fn is_pronominal_adverb(word: &str, lex: &ActorLexicon) -> bool {
    let lower = word.to_lowercase();
    lex.pronominal_adverb_prefixes.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest
                .strip_prefix('r')
                .filter(|r| r.starts_with(['a', 'e', 'i', 'o', 'u', 'ü', 'ä', 'ö']))
                .unwrap_or(rest);
            lex.prepositions.contains(&rest)
        })
    })
}

/// "MfS", "ZdK": three to five ASCII letters, capitals first and last, at least two capitals, and
/// each small letter one of `small` with a capital on either side ("TeBe", "Kfz", "VoIP" are none).
fn is_mixed_acronym(w: &str, small: &str) -> bool {
    let b = w.as_bytes();
    (3..=5).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter()
            .filter(|c| c.is_ascii_lowercase())
            .all(|c| small.as_bytes().contains(c))
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.last().is_some_and(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && !b.windows(2).any(|p| p.iter().all(u8::is_ascii_lowercase))
}

/// "In-form", "All-conquering": a hyphenated word whose later part is lowercase is a compound
/// adjective, no name, where capitals mark names ("Mercedes-Benz", "Bre-X" are names).
fn lowercase_compound(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(_, tail)| tail.chars().next().is_some_and(char::is_lowercase))
}

/// A capitalised common word at the start of a sentence is no name in a language that capitalises
/// only names ("Leading scores …"), unless a listed given name follows the pattern "Mark Smith".
fn skip_initial_common(infos: &[Info], i: usize) -> bool {
    let Some(x) = infos.get(i) else { return true };
    x.initial && x.common && !(x.given && infos.get(i + 1).is_some_and(|n| n.namey))
}

/// Index of the last token of the name run starting at `i`.
fn run_end(toks: &[Tok<'_>], infos: &[Info], i: usize, lex: &ActorLexicon) -> usize {
    let mut j = i;
    while j + 1 < toks.len() && j + 1 - i < MAX_RUN {
        let Some(t) = toks.get(j) else { break };
        if t.comma_after || t.stop_after {
            break;
        }
        // "Buthelezi's Inkatha Freedom Party": a possessive ends the name it belongs to.
        if t.word.ends_with("'s") || t.word.ends_with("’s") {
            break;
        }
        let next = infos.get(j + 1).copied().unwrap_or_default();
        // "Hermann Ecksteins Karriere": where nouns are capitalised, a genitive after a given name
        // ends the name unless a listed name follows.
        let genitive_end = !lex.caps_mark_names
            && j > i
            && t.word.ends_with('s')
            && infos.get(j).is_some_and(|x| !x.given)
            && infos.get(i..j).is_some_and(|r| r.iter().any(|x| x.given))
            && !(next.given || next.surname);
        if genitive_end {
            break;
        }
        // "Merkels Glaubwürdigkeit", "Maronis Idee": where every noun is capitalised, an unlisted word
        // in -s before a known noun is a name in the genitive, and the noun is no part of it.
        let genitive_before_noun = !lex.caps_mark_names
            && t.word.ends_with('s')
            && infos.get(j).is_some_and(|x| {
                !x.known && !x.common && !x.place && !x.org_head && !x.given && !x.acronym
            })
            && (next.known || next.noun_like)
            && !(next.given || next.surname || next.org_head || next.org_suffix);
        if genitive_before_noun {
            break;
        }
        // "FDP Hoteliers", "ZDF Morgenmagazin": where every noun is capitalised, a known noun after a
        // listed organisation or an acronym (three letters or more: "IG Metall" is one name) is no
        // part of its name.
        let org_then_noun = !lex.caps_mark_names
            && infos.get(j).is_some_and(|x| {
                (x.known_org || (x.acronym && t.word.chars().count() >= 3))
                    && !x.org_suffix
                    && !x.org_head
            })
            && (next.known || next.common || next.noun_like)
            && !(next.org_head
                || next.org_suffix
                || next.place
                || next.given
                || next.surname
                || next.known_org
                || next.acronym)
            // "EnBW Energie Baden-Württemberg AG", "CAE Training Centre": a legal form or a head
            // closing the run keeps it whole.
            && !infos
                .get(j + 1..(j + 6).min(infos.len()))
                .is_some_and(|r| {
                    r.iter()
                        .take_while(|x| x.namey)
                        .any(|x| x.org_suffix || x.org_head)
                });
        if org_then_noun {
            break;
        }
        // "Johannes Paul II.", "Friedrich II.": a regnal number after a given name.
        // "Herzog Przemysław II.": or after a role or title.
        let regnal = toks.get(j + 1).is_some_and(|t| is_roman(t.word))
            && (infos.get(i..=j).is_some_and(|r| r.iter().any(|x| x.given))
                || (j == i
                    && i.checked_sub(1)
                        .and_then(|p| infos.get(p))
                        .is_some_and(|x| x.role || x.title)));
        if regnal {
            j += 1;
            break;
        }
        // "Hartmut Lange zum …": after a given name, a listed surname that is also a function word
        // ("lange") is the surname when capitalised mid-sentence.
        let func_surname = !lex.caps_mark_names
            && infos.get(j).is_some_and(|x| x.given)
            && next.cap
            && next.func
            && next.surname
            && !next.initial;
        if (next.namey || func_surname) && !next.initial {
            j += 1;
            continue;
        }
        // "Hankuk University of Foreign Studies", "Ludwig van Beethoven": a lowercase joiner between
        // two name words.
        // A particle joins only inside a person name that has begun with a given name; a connector
        // only inside an organisation name (a head word on either side).
        let after = infos.get(j + 2).copied().unwrap_or_default();
        let joiner_clean = toks.get(j + 1).is_some_and(Tok::runs_on);
        // "Ludwig van Beethoven", "Ursula von der Leyen": one or two particles right after a given
        // name, then a family name. A particle that is also an article ("den", "der") needs a listed
        // surname after it: "hat Markus Müller den Preis" is no name.
        if next.particle && infos.get(j).is_some_and(|x| x.given) {
            let two = infos.get(j + 2).is_some_and(|x| x.particle);
            let fam_at = j + if two { 3 } else { 2 };
            let clean = (j + 1..fam_at).all(|k| toks.get(k).is_some_and(Tok::runs_on));
            let fam = infos.get(fam_at).copied().unwrap_or_default();
            // "am Rand von Wendlingen": a given name right after an article is a common noun unless a
            // listed surname follows.
            let det_before = j == i && i > 0 && {
                let p = i - 1;
                toks.get(p).is_some_and(Tok::runs_on) && infos.get(p).is_some_and(|x| x.determiner)
            };
            let fam_ok = fam.namey
                && !fam.initial
                && !fam.common
                && !fam.noun_like
                && (!(next.determiner || det_before) || fam.surname);
            if clean && fam_ok {
                j = fam_at;
                continue;
            }
        }
        // "Kansas City and Cincinnati": "and" joins a head word before it only inside the part after
        // "of" ("Department of Trade and Industry"); a head after it ("Mines and Energy Ministry")
        // always.
        // ("and", "&": the connectors that are no preposition; where capitals mark names only).
        let and = lex.caps_mark_names && next.connector && !next.prep;
        let org_join = next.connector
            && (infos.get(i..=j).is_some_and(|r| {
                r.iter().any(|x| x.org_head) && (!and || r.iter().any(|x| x.connector))
            }) || infos
                .get(j + 2..(j + 6).min(infos.len()))
                .is_some_and(|r| r.iter().take_while(|x| x.namey).any(|x| x.org_head)));
        // "the Dallas Cowboys and Washington Redskins": after a whole name, "and" before a place
        // starts the next one.
        let next_name = and
            && (after.place || after.given)
            && infos
                .get(i..=j)
                .is_some_and(|r| r.iter().any(|x| x.org_head));
        // "Deutsche Bank und Commerzbank", "Union und FDP": a listed organisation or an acronym after
        // the connector is a name of its own.
        let own_name = after.known_org || after.acronym;
        if org_join && !next_name && !own_name && joiner_clean && after.namey {
            j += 2;
            continue;
        }
        break;
    }
    j
}

#[allow(clippy::too_many_arguments)]
fn classify(
    sentence: usize,
    text: &str,
    toks: &[Tok<'_>],
    infos: &[Info],
    i: usize,
    end: usize,
    lex: &ActorLexicon,
    out: &mut Vec<Candidate>,
) {
    let (Some(run_infos), Some(run_toks)) = (infos.get(i..=end), toks.get(i..=end)) else {
        return;
    };
    let prev = adjacent_prev(toks, infos, i);
    let next = toks
        .get(end)
        .filter(|t| t.runs_on())
        .and_then(|_| infos.get(end + 1));
    let n = run_toks.len();
    let idx = lex.index();
    let push =
        |out: &mut Vec<Candidate>, from: usize, to: usize, kind: Kind, role: Option<String>| {
            let (Some(a), Some(b)) = (toks.get(from), toks.get(to)) else {
                return;
            };
            out.push(Candidate {
                role,
                ..Candidate::spanning(text, sentence, a, b, kind)
            });
        };

    // "Yesterday Smith said", "Classifier KCNA": a sentence-initial common word or a classifier noun
    // that starts the run is judged on its own.
    // "die Linienreedereien Coscon und CSCL": a head in the plural classifies the names after it.
    let classifier_first = run_infos
        .first()
        .is_some_and(|x| x.org_class || x.org_head_plural)
        && (run_infos.first().is_some_and(|x| !x.org_head)
            // "die Organisation Amnesty International": a listed organisation after a head.
            || run_infos.get(1).is_some_and(|x| x.known_org)
            || (n == 2 && run_infos.get(1).is_some_and(|x| x.acronym)));
    // "Foreign Ministry spokesman …", "State Department officials …": where capitals mark names, an
    // organisation head ending the run keeps the opening common word in the name.
    // ("Shares of Harbrook Railways": not across a connector.)
    let head_kept = lex.caps_mark_names
        && run_infos
            .last()
            .is_some_and(|x| x.org_head && !x.surname && !x.given)
        && !run_infos.iter().any(|x| x.connector);
    if n >= 2 && ((skip_initial_common(infos, i) && !head_kept) || classifier_first) {
        classify(sentence, text, toks, infos, i, i, lex, out);
        // The rest starts at its first name word ("Shares of Harbrook …": not at "of").
        let mut k = i + 1;
        while k < end && infos.get(k).is_some_and(|x| !x.namey) {
            k += 1;
        }
        classify(sentence, text, toks, infos, k, end, lex, out);
        return;
    }

    // "UEFA Cup", "Sheffield Shield", "Asian Games": an event, no actor; nor "Group C" of a
    // tournament (a head and a single letter).
    let lettered = n == 2
        && run_infos.first().is_some_and(|x| x.org_head)
        && run_toks.get(1).is_some_and(|t| {
            t.word.chars().count() == 1 && t.word.chars().all(|c| c.is_ascii_uppercase())
        });
    if (n >= 2 && run_infos.last().is_some_and(|x| x.event_suffix)) || lettered {
        return;
    }

    // "Bergwerke und Verkehrswege", "Natur und Gesellschaft": where every noun is capitalised, two
    // known nouns joined by "und" are no name, even when one ends like an organisation head; each
    // side is judged on its own.
    if !lex.caps_mark_names
        && n == 3
        && run_infos.get(1).is_some_and(|x| x.connector && !x.prep)
        && [0, 2].iter().all(|&k| {
            run_infos.get(k).is_some_and(|x| {
                (x.known || x.common || x.noun_like) && !x.known_org && !x.acronym && !x.place
            })
        })
    {
        classify(sentence, text, toks, infos, i, i, lex, out);
        classify(sentence, text, toks, infos, end, end, lex, out);
        return;
    }

    // Organisations.
    let has_head = run_infos.iter().any(|x| x.org_head || x.org_suffix);
    // "Friedrich-Naumann-Stiftung"; where every noun is capitalised, not a place's branch of a
    // generic body ("US-Armee", "US-Sender").
    let hyphen_compound = n == 1
        && run_toks.first().is_some_and(|t| {
            t.word.contains('-')
                && (lex.caps_mark_names
                    || !t.word.split('-').next().is_some_and(|p| lex.is_place(p)))
        });
    // "Citra Group", "Victoria University": a head word ending the run outweighs a given name
    // starting it, unless it is a family name too ("Margaret Court").
    let head_last = n >= 2
        && run_infos
            .last()
            .is_some_and(|x| (x.org_head || x.org_suffix) && !x.surname);
    let org_head = has_head
        && (n >= 2 || hyphen_compound)
        && (head_last
            || !run_infos.first().is_some_and(|x| x.given && !x.place)
            // "Bank Austria": a head that is a common word opens no person's name where capitals
            // mark names (whatever the given-name lists say).
            || lex.caps_mark_names && run_infos.first().is_some_and(|x| x.org_head && x.common));
    // "Königreich Bayern": where every noun is capitalised, a place noun before a listed name that is
    // a place too makes the run a place.
    let place_named = !lex.caps_mark_names
        && n == 2
        && run_infos
            .first()
            .is_some_and(|x| x.place_class && !x.known_org)
        && run_toks.get(1).is_some_and(|t| lex.is_place(t.word));
    let known = n <= 2 && run_infos.iter().any(|x| x.known_org) && !place_named;
    // "des Finanzinvestors Florian Homm": a given name after the classifier starts a person.
    let classified = prev.is_some_and(|p| {
        p.org_class
            || (p.org_head_plural && run_infos.first().is_some_and(|x| !x.known && !x.common))
    }) && !(n >= 2 && run_infos.first().is_some_and(|x| x.given && !x.place));
    // "VAIL, Colorado 1996-12-06": a word in capitals before a comma and a place opens a dateline.
    let dateline = lex.caps_mark_names
        && run_toks.iter().all(|t| is_all_caps(t.word))
        && toks.get(end).is_some_and(|t| t.comma_after)
        && infos.get(end + 1).is_some_and(|x| x.place);
    // "RB 33", "AK 20", "PMID 14993430": where every noun is capitalised, a lone acronym before a number
    // is a code (a train line, a class, a record), no organisation ("IG Metall" has no number).
    let lone_acronym = n == 1 && run_infos.first().is_some_and(|x| x.acronym && !x.known_org);
    let coded = !lex.caps_mark_names
        && lone_acronym
        && toks.get(end).is_some_and(Tok::runs_on)
        && toks
            .get(end + 1)
            .is_some_and(|t| t.word.chars().next().is_some_and(|c| c.is_ascii_digit()));
    // "Arzneimittelgesetz (AMG)", "Enzephalomyelitis (EAE)": where every noun is capitalised, an
    // unlisted acronym in parentheses right after one word that it abbreviates (same first letter)
    // is a term defined there — a law, an illness, a unit — no body (a body's name has several words
    // or an organisation head: "Bundeskriminalamt (BKA)").
    let defined_term = !lex.caps_mark_names
        && lone_acronym
        && text
            .get(..run_toks.first().map_or(0, |t| t.start))
            .is_some_and(|h| h.ends_with(" ("))
        && i.checked_sub(1).is_some_and(|p| {
            let single = p.checked_sub(1).is_none_or(|q| {
                toks.get(q).is_some_and(|t| t.comma_after || t.stop_after)
                    || infos.get(q).is_some_and(|x| !x.cap || x.determiner)
            });
            single
                && infos.get(p).is_some_and(|x| {
                    x.cap
                        && !x.org_head
                        && !x.org_suffix
                        && !x.known_org
                        && !x.acronym
                        && !x.given
                        && !x.surname
                })
                && toks.get(p).is_some_and(|t| {
                    t.word.chars().next().map(|c| c.to_lowercase().next())
                        == run_toks
                            .first()
                            .and_then(|a| a.word.chars().next())
                            .map(|c| c.to_lowercase().next())
                })
        });
    if defined_term {
        return;
    }
    let acronym_org = n <= 3
        && !dateline
        && !coded
        && ((run_infos.iter().any(|x| x.acronym && !x.place)
            && !run_infos.iter().any(|x| x.given))
            || (n >= 2 && first_acronym(run_infos)));
    // "SWR Washington", "EU Staaten": where every noun is capitalised, an acronym before a place or a
    // plural noun is the organisation alone ("IG Metall" stays one name).
    if !lex.caps_mark_names
        && n == 2
        && run_infos
            .first()
            .is_some_and(|x| x.acronym && !x.org_suffix && !x.place)
        && run_infos
            .get(1)
            .is_some_and(|x| !x.acronym && !x.org_head && !x.org_suffix && !x.known_org && !x.given)
        && run_toks.get(1).is_some_and(|t| {
            lex.is_place(t.word) || ["en", "er", "el"].iter().any(|e| t.word.ends_with(e))
        })
    {
        push(out, i, i, Kind::Org, None);
        classify(sentence, text, toks, infos, end, end, lex, out);
        return;
    }
    // "Mitsubishi Emeraude", "Suzuki Vitara": where every noun is capitalised, a listed company
    // followed by a word on no list names a model of its make: the company alone is the actor.
    if !lex.caps_mark_names
        && n == 2
        && run_infos
            .first()
            .is_some_and(|x| x.known_org && !x.acronym && !x.org_head && !x.org_suffix)
        && run_infos.get(1).is_some_and(|x| {
            !(x.acronym
                || x.org_head
                || x.org_suffix
                || x.known_org
                || x.place
                || x.given
                || x.surname
                || x.known
                || x.common
                || x.noun_like)
        })
        && run_toks
            .get(1)
            .is_some_and(|t| !lex.org_name_continuations.contains(&t.word))
    {
        // "Audi A3", "BMW X5": a model code with digits makes the whole a product, no actor.
        let code = run_toks
            .get(1)
            .is_some_and(|t| t.word.chars().any(|c| c.is_ascii_digit()));
        if !code {
            push(out, i, i, Kind::Org, None);
        }
        return;
    }
    // "Real Madrid", "Dynamo Dresden": where every noun is capitalised, a word that is no name, place,
    // place noun ("Stadt", "Kanton") or word with a noun ending before a listed place names a club or
    // an institution there.
    let noun_place = !lex.caps_mark_names
        && n == 2
        // "des Kriegsgegners Spanien", "die Erzrivalen Dortmund": no genitive or plural first.
        && run_toks
            .first()
            .is_some_and(|t| !t.word.ends_with('s') && !t.word.ends_with("en"))
        // "der zweite Verbündete China", "größter Helfer China": no adjective before (a verb in
        // "-te" may stand there: "spielte Dynamo Dresden").
        && !i.checked_sub(1).is_some_and(|p| {
            toks.get(p).is_some_and(|t| {
                t.runs_on()
                    && t.word.chars().next().is_some_and(char::is_lowercase)
                    && lex.adjective_endings.iter().any(|e| t.word.ends_with(e))
                    && infos.get(p).is_some_and(|x| {
                        !x.prep && !x.determiner && (x.func || !t.word.ends_with("te"))
                    })
            })
        })
        && run_infos.first().is_some_and(|x| {
            !x.given
                && !x.surname
                && !x.place
                && !x.place_class
                && !x.acronym
                && !x.initial
                && !x.noun_like
        })
        // The place in the nominative: "Recht Kanadas" is a genitive phrase.
        && run_toks
            .get(1)
            .is_some_and(|t| idx.written(t.word) & written::PLACE != 0)
        && run_infos.get(1).is_some_and(|x| !x.given);
    // "Bundeskriminalamt", "Reichskanzlei": a national institution named by one compound.
    let national = n == 1
        && first_org_head(run_infos)
        && run_toks.first().is_some_and(|t| {
            let l = t.word.to_lowercase();
            lex.national_prefixes
                .iter()
                .any(|p| l.starts_with(p) && l.len() > p.len() + 2)
        });
    // "CDU/CSU", "dpa/regioline": a listed organisation joined by a slash to another name.
    let slashed = n == 1
        && run_toks.first().is_some_and(|t| {
            let mut parts = t.word.split('/');
            t.word.contains('/')
                && parts
                    .next()
                    .is_some_and(|p| idx.written(p) & written::ORG != 0)
                && parts.all(|p| !p.is_empty() && !lex.is_place(p))
        });
    // "sagte er dem Spiegel", "erklärte Müller der Bild": where every noun is capitalised, a bare word
    // after the article of a dative object of a verb of saying is the medium spoken to.
    let told_medium = !lex.caps_mark_names
        && n == 1
        && run_infos
            .first()
            .is_some_and(|x| !x.common && !x.noun_like && !x.place && !x.given && !x.surname)
        && toks
            .get(end)
            .is_some_and(|t| t.comma_after || t.stop_after || toks.get(end + 1).is_none())
        && i.checked_sub(1).is_some_and(|d| {
            infos.get(d).is_some_and(|x| x.determiner && !x.contraction)
                // The subject stands between ("sagte der Zwölfjährige" has none).
                && d.checked_sub(2)
                    .and_then(|v| infos.get(v))
                    .is_some_and(|v| v.speech_before && v.listed_verb)
                && infos
                    .get(d - 1)
                    .is_some_and(|x| x.pronoun || x.namey)
        });
    // "told La Stampa newspaper", "the Sidek group": a classifier right after the run.
    // ("Prison officials said": no common word opening the sentence.)
    let classified_after = next.is_some_and(|x| x.org_after && !x.cap)
        && !(n >= 2 && run_infos.first().is_some_and(|x| x.given && !x.place))
        && !(n == 1 && run_infos.first().is_some_and(|x| x.initial && x.common));
    // Where every noun is capitalised, only an acronym that spells the initials of two or more words
    // counts ("Financial Times Deutschland (FTD)"; "Arzneimittelgesetz (AMG)" is a term).
    let paren_acronym = !run_infos.first().is_some_and(|x| x.given && !x.place)
        && (lex.caps_mark_names || n >= 2)
        && acronym_in_parens(text, toks, infos, i, end, !lex.caps_mark_names);
    if org_head
        || classified
        || acronym_org
        || known
        || classified_after
        || paren_acronym
        || noun_place
        || national
        || slashed
        || told_medium
    {
        // "United States", "United Arab Emirates": a head word before countries names a country.
        // ("Bank Austria": a head that is also a classifier names a bank there.)
        let country = n >= 2
            && run_infos
                .first()
                .is_some_and(|x| x.org_head && !x.org_class)
            && run_toks.iter().skip(1).all(|t| lex.is_country(t.word));
        if country || run_infos.iter().all(|x| x.place) {
            return;
        }
        push(out, i, end, Kind::Org, None);
        return;
    }

    // "Liberian George Weah", "Schaffens David Herrliberger": a given name inside the run starts the
    // person; what stands before it is judged on its own.
    if let Some(g) = run_infos
        .iter()
        .skip(1)
        .position(|x| x.given)
        .map(|p| p + 1)
    {
        // "dem Dichter Gotthold Ephraim Lessing": right after a role or title, the run is the
        // person's whole name, unlisted first given name included.
        let role_before = n <= 3
            && prev.is_some_and(|p| p.role || p.title)
            && run_infos.first().is_some_and(|x| !x.known && !x.common);
        if g + 1 < n && !run_infos.first().is_some_and(|x| x.given || x.family) && !role_before {
            classify(sentence, text, toks, infos, i, i + g - 1, lex, out);
            classify(sentence, text, toks, infos, i + g, end, lex, out);
            return;
        }
    }

    // "Der Erzengel Gabriel", "die deutsche Meisterin Ahrens": where every noun is capitalised, a
    // noun after an article or adjective followed by a listed name that is no common word is an
    // apposition: the name alone is the person.
    let after_article = i.checked_sub(1).is_some_and(|p| {
        toks.get(p).is_some_and(Tok::runs_on)
            && infos
                .get(p)
                .is_some_and(|x| x.determiner || (x.adjective && !x.cap))
    });
    if !lex.caps_mark_names
        && n == 2
        && after_article
        // Not part of a longer run ("Der Bremer Kaufmann Otto Bosse").
        && !infos.get(end + 1).is_some_and(|x| x.namey)
        && run_infos.first().is_some_and(|x| {
            !x.given && !x.surname && !x.place && !x.acronym && !x.known_org && !x.org_head
        })
        && run_infos
            .get(1)
            .is_some_and(|x| (x.given || x.surname) && !x.common && !x.place && !x.known_org)
    {
        push(out, end, end, Kind::Person, None);
        return;
    }

    // "Swede Kennet Andersson", "German Dietmar Beiersdorfer": a leading demonym or place is no part
    // of the name that follows.
    if n >= 3
        && run_infos.first().is_some_and(|x| x.place && !x.given)
        && run_infos.get(1).is_some_and(|x| !x.place)
    {
        classify(sentence, text, toks, infos, i + 1, end, lex, out);
        return;
    }

    // Where capitals mark names, parentheses after a name hold an affiliation or a scorer:
    // "Ian Wright (Arsenal)" names his club or party (a place there is his country: "(Croatia)"),
    // "Motherwell 2 (Davies 39, Ross 89)" the scorers and their minutes.
    if lex.caps_mark_names && n <= 3 && !run_infos.iter().all(|x| x.place) {
        let (Some(a), Some(b)) = (run_toks.first(), run_toks.last()) else {
            return;
        };
        let opened = text.get(..a.start).is_some_and(|h| h.ends_with('('));
        let closed = text.get(b.end..).is_some_and(|t| t.starts_with(')'));
        let after_name = i
            .checked_sub(1)
            .and_then(|p| Some((toks.get(p)?, infos.get(p)?)))
            .is_some_and(|(t, x)| x.namey && x.cap && !x.place && !t.stop_after);
        let plain = run_toks
            .iter()
            .all(|t| t.word.chars().all(|c| c.is_alphabetic() || c == '\''));
        if opened && closed && after_name && plain && !first_is_given(run_infos, n) {
            push(out, i, end, Kind::Org, None);
            return;
        }
        let minute_next =
            toks.get(end + 1).is_some_and(is_score) && toks.get(end).is_some_and(Tok::runs_on);
        if minute_next && plain && in_parens(text, a.start) {
            push(out, i, end, Kind::Person, None);
            return;
        }
    }

    // A team in a results line or table row: no given name, followed by a score; a city names its
    // club there ("Middlesbrough 0 Leeds 0"), else person evidence comes first (below). Not where
    // every noun is capitalised ("Artikel 5", "Seite 3").
    // A single word may be a listed given name too: cities are ("Chelsea", "Orlando").
    let team = lex.caps_mark_names
        && run_infos.last().is_some_and(|x| x.score_next)
        && n <= 3
        && (n == 1 || !run_infos.iter().any(|x| x.given));
    // "SAN ANTONIO 89": a run in capitals before a score is a team, not a person.
    let caps_team = team && run_toks.iter().all(caps_word);
    if team && (caps_team || run_infos.iter().all(|x| x.place)) {
        push(out, i, end, Kind::Org, None);
        if let Some(c) = out.last_mut() {
            c.team = true;
        }
        return;
    }

    // "Indianapolis Colts", "Miami Dolphins": a city followed by a plural in a language that capitalises
    // only names is a team.
    let city_team = lex.caps_mark_names
        && n >= 2
        && run_infos.first().is_some_and(|x| x.place && !x.given)
        && run_infos.last().is_some_and(|x| !x.place && !x.given)
        && run_toks
            .last()
            .is_some_and(|t| t.word.len() > 3 && t.word.ends_with('s') && !t.word.ends_with("ss"));
    if city_team {
        push(out, i, end, Kind::Org, None);
        return;
    }

    // "Port Ellis", "Thunder Bay": a place word opening the run, or closing it after a word that is no
    // listed given name ("Michael Bay"), makes it a place, no actor.
    if n >= 2
        && (run_infos.first().is_some_and(|x| x.place_prefix)
            || run_infos.last().is_some_and(|x| x.place_suffix)
                && !run_infos.first().is_some_and(|x| x.given))
    {
        return;
    }

    // "Burg Waldeck", "Dekanat Schwäbisch Hall": where every noun is capitalised, a run opened by a
    // place noun is a place.
    if !lex.caps_mark_names && n >= 2 && run_infos.first().is_some_and(|x| x.place_class) {
        return;
    }

    // A run made of places only ("Nordkorea", "New York") is no actor.
    if run_infos.iter().all(|x| x.place) && !(n >= 2 && run_infos.first().is_some_and(|x| x.given))
    {
        return;
    }

    // Persons.
    let role_before = prev.is_some_and(|p| p.role || p.title);
    let premod = if role_before {
        premodifier_role(text, toks, infos, i, lex)
    } else {
        None
    };
    let appos = apposition_role(text, toks, infos, end);
    let lead_appos = leading_apposition_role(text, toks, infos, i, end, lex);
    let first = run_infos.first().copied().unwrap_or_default();
    let second = run_infos.get(1).copied().unwrap_or_default();
    let last = run_infos.last().copied().unwrap_or_default();
    let no_common = run_infos
        .iter()
        .all(|x| !x.place && (!x.common || x.given || x.surname));
    let family_first = n == 2
        && first.family
        && run_toks.get(1).is_some_and(|t| {
            t.word.contains('-') || (!second.common && !second.place && t.word.chars().count() <= 8)
        });
    // Weak evidence for a bare name: a verb of saying next to it, or a listed surname. Where capitals
    // mark every noun, the word must not look like a noun, start the sentence or follow an article
    // or adjective.
    let bare_ok = !prev
        .is_some_and(|p| p.determiner || (p.adjective && !p.speech_before && !p.particle))
        && (lex.caps_mark_names || (!first.initial && !last.noun_like))
        && no_common
        // "…“, sagte Nagel im NDR": right after a verb of saying, before the end of the clause or a
        // lowercase word, a known word is a name as well (a common noun there takes an article).
        && !(n == 1
            && first.known
            && !(prev.is_some_and(|p| p.speech_before && p.speech_after)
                && toks.get(end).is_some_and(|t| {
                    t.comma_after
                        || t.stop_after
                        || infos.get(end + 1).is_some_and(|x| !x.cap)
                })));
    // "Er erzählt Bekannten …", "Es gibt Klagen": after a subject pronoun and its verb, the word is
    // an object.
    let object_after_verb = !lex.caps_mark_names
        && i.checked_sub(2)
            .and_then(|k| infos.get(k))
            .is_some_and(|x| x.pronoun);
    // "laut Medienberichten", "laut Marktprognosen": after a source word that is no verb, an unlisted
    // word shaped like a plural or a compound of a known word is a source, no name.
    let source_shaped = !lex.caps_mark_names
        && n == 1
        && !first.given
        && !first.surname
        && prev.is_some_and(|p| p.speech_before && !p.speech_after)
        && run_toks.first().is_some_and(|t| {
            ends_with_any_lower(t.word, lex.bare_common_endings) || compound_of_known(t.word, idx)
        });
    let speech = n <= 2
        && !(n == 1 && first.common)
        // "Analysts said": a bare word opening the sentence needs a listed name.
        && (n != 1 || !first.initial || first.surname || first.given)
        && (next.is_some_and(|x| x.speech_after) || (prev.is_some_and(|p| p.speech_before) && !object_after_verb))
        && bare_ok
        && !source_shaped;
    // "für Paul, das tut mir leid", "unter Blair einer der …": after a preposition a listed name is
    // trusted only before a lowercase word or the end of the clause ("auf Stahl gesetzt" stays out
    // through the common-word list; "mit Bauer Schmidt" is a run).
    let clause_end = toks.get(end).is_some_and(|t| t.comma_after || t.stop_after)
        || infos.get(end + 1).is_none_or(|x| !x.cap);
    let after_prep = prev.is_some_and(|p| p.prep) && !clause_end;
    let bare_surname = !lex.caps_mark_names
        && !after_prep
        && n == 1
        && first.surname
        && !first.given
        && !first.common
        && bare_ok
        && !first.place;
    // Where every noun is capitalised, a listed given name alone mid-sentence ("erkannte Inge als
    // Oberkönig an") is a person too, under the same guards as a bare surname.
    let bare_given = !lex.caps_mark_names
        && n == 1
        && first.given
        && !first.common
        && bare_ok
        && !first.place
        && !after_prep;
    // "Würzner ist Umweltbürgermeister", "Aigner kündigte an": where every noun is capitalised, a bare
    // word opening the sentence before a finite verb is a name (a noun there would have an article).
    // A listed surname that is a common noun too ("Fischer kommt …") counts: a singular noun subject
    // would take an article, and the verb here is singular.
    let common_shape = !first.given
        && !first.surname
        && run_toks
            .first()
            .is_some_and(|t| ends_with_any_lower(t.word, lex.bare_common_endings));
    // "Tipps gibt es …", "Beides ist …": an unlisted bare word in -s before a verb is a plural or a
    // pronoun (a name's genitive -s is read by its own rule below).
    let plural_s =
        !first.given && !first.surname && run_toks.first().is_some_and(|t| t.word.ends_with('s'));
    // "Nutzer können die …": a plural verb has a plural subject, and a bare plural takes no article.
    let plural_verb = toks
        .get(end + 1)
        .is_some_and(|v| lex.is_plural_verb(v.word));
    let bare_subject = !lex.caps_mark_names
        && n == 1
        && first.initial
        && !common_shape
        && !plural_s
        && !plural_verb
        && (!first.common || first.surname)
        && !first.known
        && !first.noun_like
        && !first.place
        && !first.acronym
        && !first.known_org
        && run_toks.first().is_some_and(|t| t.word.chars().count() >= 3)
        && next.is_some_and(|x| x.finite_verb && !x.cap)
        && !run_toks
            .first()
            .is_some_and(|t| !first.surname && compound_of_known(t.word, idx))
        && !run_toks.first().is_some_and(|t| is_participle(t.word, lex))
        // "Unklar ist, ob …", "Wichtig sei, dass …": a form of "to be" with a clause after its
        // comma makes the opening word a predicate.
        && !(next.is_some_and(|x| x.copula) && toks.get(end + 1).is_some_and(|v| v.comma_after))
        && !run_toks
            .first()
            .is_some_and(|t| is_pronominal_adverb(t.word, lex))
        // "Schließlich kam er", "Ausgelöst wurde die Entscheidung …": a subject after the verb (a
        // pronoun, or an article after a passive auxiliary) means the opening word is not the subject.
        && !infos.get(end + 2).is_some_and(|x| {
            x.pronoun
                || (x.determiner
                    && !x.contraction
                    && infos.get(end + 1).is_some_and(|v| v.passive))
        });
    // Guards shared by the bare-word rules below: no common word, noun ending, place, listed
    // organisation or acronym, no fronted participle, three letters at least.
    let bare_word = !lex.caps_mark_names
        && n == 1
        && !common_shape
        && !first.common
        && !first.known
        && !first.noun_like
        && !first.place
        && !first.acronym
        && !first.known_org
        && run_toks.first().is_some_and(|t| {
            t.word.chars().count() >= 3
                && t.word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !is_participle(t.word, lex)
                && !compound_of_known(t.word, idx)
        });
    // "Rodins Signatur", "durch Bismarcks konservative Wende": where every noun is capitalised, a bare
    // word in the genitive (-s) before a noun phrase is a name: a common noun there takes an article.
    let genitive_name = bare_word
        // "des ersten Weltkrieges": an article up to two words before.
        && !(i.saturating_sub(2)..i).any(|k| infos.get(k).is_some_and(|x| x.determiner))
        && toks.get(end + 1).is_some_and(|t| !t.open_before)
        && next.is_some_and(|x| {
            (x.cap && !x.func && !x.place)
                || (x.adjective
                    && toks.get(end + 1).is_some_and(Tok::runs_on)
                    && infos.get(end + 2).is_some_and(|y| y.cap && !y.func))
        })
        && run_toks
            .first()
            .is_some_and(|t| genitive_of_name(t.word, lex, idx));
    // "1926 wechselte Planck als Regierungsrat …", "…“, erläuterte Kramp.": a bare word right after a
    // finite verb (no article before it: "der größte Fund"), before a function word or the end of
    // the clause, is the verb's subject: a noun there would take an article.
    // "1931 erreichte Wacker …", "Halbzeit brachte Magath …": a verb known only by its ending
    // ("-te", "-t") counts in second place, right after a capitalised word or a number that ends the
    // phrase before it; after a lowercase word it is as often an adjective ("private Sammler",
    // "ausländisch beherrschte Bank").
    let verb_at = |k: usize| {
        let Some(v) = infos.get(k).filter(|v| !v.copula && !v.cap) else {
            return false;
        };
        let by_ending = v.finite_verb
            && !v.func
            && !v.prep
            && k.checked_sub(1).is_some_and(|b| {
                toks.get(b).is_some_and(|t| {
                    t.runs_on()
                        && (t.word.chars().next().is_some_and(char::is_uppercase)
                            || is_year(t.word))
                }) && infos.get(b).is_some_and(|x| !x.determiner && !x.func)
            });
        (v.listed_verb || by_ending) && toks.get(k).is_some_and(Tok::runs_on)
    };
    // "widmete sich Goethe …": a reflexive pronoun may stand between the verb and its subject.
    let verb_before = prev.is_some() && {
        let p = i - 1;
        verb_at(p)
            || (infos.get(p).is_some_and(|x| x.reflexive) && p.checked_sub(1).is_some_and(verb_at))
    };
    let after_verb = bare_word
        && verb_before
        // "der größte Fund", "der sehr große Fund": no article before the verb's word, or before a
        // lowercase word before it ("Nach der Pause brachte Magath": the article opens the phrase
        // in first place).
        && !(i.saturating_sub(3)..i).any(|k| {
            infos.get(k).is_some_and(|x| x.determiner)
                && (k + 2 >= i || infos.get(k + 1).is_some_and(|x| !x.cap))
        })
        && !object_after_verb
        && toks.get(end).is_some_and(|t| {
            t.comma_after
                || t.stop_after
                || infos
                    .get(end + 1)
                    .is_some_and(|x| !x.cap && (x.func || x.prep || x.pronoun))
                // "1971 verlor Benvenuti vorzeitig": any lowercase word after an active verb ("wurde
                // Lainz 1783 … erhoben", "wird Teamwork groß geschrieben": a passive's subject is
                // as often a place or a thing).
                // ("können User längere Videos …": after a plural verb the subject is plural.)
                || (prev.is_some_and(|p| !p.passive)
                    && !i
                        .checked_sub(1)
                        .and_then(|p| toks.get(p))
                        .is_some_and(|v| lex.is_plural_verb(v.word))
                    && toks.get(end + 1).is_some_and(|n| {
                        n.word.chars().next().is_some_and(char::is_lowercase)
                            && n.word.chars().all(char::is_alphabetic)
                    }))
        });
    // "dass Klinsmann auch …", "weshalb Jaro die Band verließ": a bare word right after a
    // subordinating conjunction, before a lowercase word, is the clause's subject.
    let after_subordinator = bare_word
        && i.checked_sub(1).is_some_and(|p| {
            toks.get(p).is_some_and(|t| {
                t.runs_on()
                    && lex
                        .subordinators
                        .iter()
                        .any(|s| t.word.eq_ignore_ascii_case(s))
            })
        })
        && next.is_some_and(|x| !x.cap);
    // "Die 36-jährige Campbell": a listed name after an age adjective.
    let after_age = n == 1
        && (first.surname || first.given)
        && !first.common
        && !first.place
        && i.checked_sub(1).is_some_and(|p| {
            toks.get(p)
                .is_some_and(|t| t.runs_on() && lex.age_endings.iter().any(|e| t.word.ends_with(e)))
        });
    let person = (n <= 4 && (role_before || appos.is_some()))
        || (n <= 3 && lead_appos.is_some())
        || bare_subject
        || genitive_name
        || after_verb
        || after_subordinator
        || after_age
        // "Claudia Rehberg": a surname may end like a noun ("-berg", "-dorf") after a given name that
        // is no common word ("Rand Spiel").
        || ((2..=4).contains(&n)
            && first.given
            && !first.place
            // "Christian Platz", "Margrit Herbst": after a given name that is no common word, a
            // common noun is a surname too.
            && !((second.noun_like && first.common)
                || second.common && !second.surname && first.common))
        || family_first
        // "Kubikmeter Wasser": a listed surname that is also a common noun needs a given name first.
        || ((2..=4).contains(&n)
            && last.surname
            && !last.common
            && !last.place
            && !first.place
            && !first.common
            && !first.noun_like)
        || (lex.caps_mark_names
            && (2..=4).contains(&n)
            && no_common
            && !(first.initial && first.common))
        || speech
        || bare_surname
        || bare_given;
    if person {
        push(out, i, end, Kind::Person, appos.or(premod).or(lead_appos));
        return;
    }
    if team {
        push(out, i, end, Kind::Org, None);
        if let Some(c) = out.last_mut() {
            c.team = true;
        }
        return;
    }
    push(out, i, end, Kind::Unknown, None);
    if n >= 2 {
        if let Some(c) = out.last_mut() {
            c.parts = run_toks
                .iter()
                .map(|t| (t.start, t.end, t.word.to_string()))
                .collect();
        }
    }
}

/// "National Alliance (AN)", "Radical Democrats (FDP)": the run from `i` to `end` is followed by an
/// acronym in parentheses that spells its initials, or (after two or more words) is a listed
/// organisation.
fn acronym_in_parens(
    text: &str,
    toks: &[Tok<'_>],
    infos: &[Info],
    i: usize,
    end: usize,
    spelled_only: bool,
) -> bool {
    let (Some(last), Some(acr), Some(x)) = (toks.get(end), toks.get(end + 1), infos.get(end + 1))
    else {
        return false;
    };
    // "der „Financial Times Deutschland“ (FTD)": a closing quote may stand before the parenthesis.
    if !(x.acronym || x.known_org)
        || text
            .get(last.end..acr.start)
            .map(|g| g.trim_start_matches(['“', '”', '"', '»', '«']))
            != Some(" (")
        || !text.get(acr.end..).is_some_and(|t| t.starts_with(')'))
    {
        return false;
    }
    let spelled = toks.get(i..=end).is_some_and(|run| {
        let initials = run
            .iter()
            .filter_map(|t| t.word.chars().next().filter(|c| c.is_uppercase()));
        initials.eq(acr.word.chars().filter(|c| c.is_uppercase()))
    });
    spelled || (!spelled_only && end > i && x.known_org)
}

/// "Bismarcks", "Merkels": a word with a genitive -s whose stem is no common word and has no noun
/// ending. (Whether the word itself is a known word is its caller's question: `bare_word`.)
fn genitive_of_name(word: &str, lex: &ActorLexicon, idx: &Index) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    // "Spiral-CTs": the plural of an acronym.
    if stem.ends_with('s')
        || stem.chars().count() < 3
        || stem.chars().last().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let lower = stem.to_lowercase();
    // "Berufliches", "Spätes": a neuter adjective used as a noun ("-es" after a known word or an
    // adjective ending), no genitive.
    let adjective_es = lower.strip_suffix('e').is_some_and(|base| {
        idx.lower(base) & lower::KNOWN != 0 || ends_with_any_lower(base, lex.bare_common_endings)
    });
    !adjective_es
        && idx.lower(&lower) & (lower::COMMON | lower::KNOWN) == 0
        && !idx.noun_like(&lower)
        && idx.written(stem) & (written::PLACE | written::ORG) == 0
        && lex.heads(&lower) == 0
}

/// "Notfallrucksack", "Ansteckungsgefahr", "Fachwerkhäuser": where every noun is capitalised, a word
/// that ends in a known word of five letters or more after a first part of three or more is a
/// compound common noun, no name (shorter tails end names too: "Klinsmann", "Trumbull").
fn compound_of_known(word: &str, idx: &Index) -> bool {
    let lower = word.to_lowercase();
    lower
        .char_indices()
        .skip(3)
        .map(|(at, _)| lower.get(at..).unwrap_or_default())
        .take_while(|tail| tail.chars().count() >= 5)
        .any(|tail| idx.lower(tail.trim_start_matches('-')) & lower::KNOWN != 0)
}

/// "1931", "2007": a year, as it opens a sentence before the verb ("Powerlux 300 harzbeschichtete
/// Karbonfasern": other numbers stand before adjectives as often).
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with('1') || word.starts_with('2'))
}

/// "14." in "im 14. Jahrhundert": a number followed by a dot inside a sentence is an ordinal.
fn is_ordinal(text: &str, t: &Tok<'_>) -> bool {
    t.word.bytes().all(|b| b.is_ascii_digit())
        && text.get(t.end..).is_some_and(|r| r.starts_with('.'))
}

/// "Aufgezeichnet", "Ausgelöst", "Aufgeschrieben": a capitalised past participle (a listed prefix
/// with "ge", a final "t" or "en"), no name.
fn is_participle(word: &str, lex: &ActorLexicon) -> bool {
    let n = word.chars().count();
    let strong = word.ends_with("en");
    if n < 6 || !(word.ends_with('t') || strong) {
        return false;
    }
    // "Aufgeschrieben": a strong participle ("-en") only after a separable prefix, since "Ge…en" is a
    // family name as often ("Gehlen").
    lex.participle_prefixes.iter().any(|p| {
        (!strong || p.len() > 2) && word.len() >= p.len() + 3 && starts_with_lower(word, p)
    })
}

/// Whether `word` ends with one of the lowercase `endings`, ignoring case, without allocating.
fn ends_with_any_lower(word: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| {
        let mut w = word.chars().rev().flat_map(char::to_lowercase);
        e.chars().rev().all(|c| w.next() == Some(c))
    })
}

/// Whether `word` begins with the lowercase `prefix`, ignoring case, without allocating.
fn starts_with_lower(word: &str, prefix: &str) -> bool {
    let mut w = word.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| w.next() == Some(p))
}

/// The run's first word ends with an organisation head ("Bundeskriminalamt").
fn first_org_head(run: &[Info]) -> bool {
    run.first().is_some_and(|x| x.org_head)
}

/// A listed given name opens a run of two or more words ("Paul Smith"): a person, no club.
fn first_is_given(run: &[Info], n: usize) -> bool {
    n >= 2 && run.first().is_some_and(|x| x.given)
}

/// Whether byte `at` of `text` stands inside parentheses opened at most 48 characters before.
fn in_parens(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|h| h.chars().rev().take(48).find(|&c| c == '(' || c == ')'))
        == Some('(')
}

/// A roman numeral up to 20 ("II", "XIV").
fn is_roman(word: &str) -> bool {
    const ROMAN: &[&str] = &[
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
        "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    ROMAN.contains(&word)
}

/// "AC Milan", "FC Bayern": a club or company prefix in capitals.
fn first_acronym(run: &[Info]) -> bool {
    run.first().is_some_and(|x| x.acronym && !x.place)
}

/// The token before `i`, if nothing separates them (the dot of a title, "Dr.", does not).
fn adjacent_prev(toks: &[Tok<'_>], infos: &[Info], i: usize) -> Option<Info> {
    let p = i.checked_sub(1)?;
    let t = toks.get(p)?;
    let x = infos.get(p)?;
    if t.comma_after || (t.stop_after && !x.title_dot) {
        return None;
    }
    Some(*x)
}

/// The role written before the name at `i`: role words with their modifiers and a genitive place
/// ("Russlands Außenminister", "chinesischen Staats- und Parteichef", "Foreign Minister").
fn premodifier_role(
    text: &str,
    toks: &[Tok<'_>],
    infos: &[Info],
    i: usize,
    lex: &ActorLexicon,
) -> Option<String> {
    let last = i.checked_sub(1)?;
    if !infos.get(last)?.role {
        return None;
    }
    let mut from = last;
    while from > 0 && last - from < 5 {
        let k = from - 1;
        let (Some(t), Some(x)) = (toks.get(k), infos.get(k)) else {
            break;
        };
        if t.comma_after || t.stop_after || x.determiner || x.affil {
            break;
        }
        let truncated = t.word.ends_with('-');
        let joins = (x.connector || x.particle || matches!(t.word, "und" | "and" | "oder" | "or"))
            && toks
                .get(k.wrapping_sub(1))
                .is_some_and(|p| p.word.ends_with('-'));
        let place_ok = x.place && (lex.caps_mark_names || lex.strip_genitive(t.word).is_some());
        let lower_ok = if lex.adjective_endings.is_empty() {
            x.modifier
        } else {
            x.adjective
        };
        let ok = x.role
            || place_ok
            || truncated
            || joins
            || (lower_ok && !x.speech_after && !x.speech_before)
            || (lex.caps_mark_names && x.cap && x.common && !x.initial && !x.func);
        if !ok || x.func && !joins {
            break;
        }
        from = k;
    }
    let a = toks.get(from)?;
    let b = toks.get(last)?;
    // A lowercase modifier that stands first is only kept when a role follows it directly.
    text.get(a.start..b.end).map(str::to_string)
}

/// The role of an apposition after the name ending at `end`: ", Nordkorea-Experte des US-Thinktanks
/// Atlantic Council," — up to the next comma or stop.
fn apposition_role(text: &str, toks: &[Tok<'_>], infos: &[Info], end: usize) -> Option<String> {
    if !toks.get(end)?.comma_after {
        return None;
    }
    let mut k = end + 1;
    while infos.get(k).is_some_and(|x| x.determiner) && k < end + 3 {
        k += 1;
    }
    let from = k;
    // The role word must come within the first few words ("a senior analyst", "früherer Präsident").
    let role_at = (from..from + 4).find(|&m| {
        infos.get(m).is_some_and(|x| x.role)
            && (from..m).all(|p| {
                toks.get(p).is_some_and(Tok::runs_on)
                    && infos.get(p).is_some_and(|x| {
                        !x.speech_after && !x.speech_before && (x.modifier || x.cap || x.place)
                    })
            })
    })?;
    // "Trump, den Staats- und Parteichef Xi Jinping …" is an enumeration, not an apposition.
    if infos
        .get(role_at + 1)
        .is_some_and(|x| x.namey && (x.given || x.family))
        && toks.get(role_at).is_some_and(Tok::runs_on)
    {
        return None;
    }
    let mut to = role_at;
    while to < from + MAX_ROLE_WORDS {
        let t = toks.get(to)?;
        if t.comma_after || t.stop_after || toks.get(to + 1).is_none() {
            break;
        }
        let next = infos.get(to + 1)?;
        if next.speech_after {
            break;
        }
        to += 1;
    }
    let a = toks.get(from)?;
    let b = toks.get(to)?;
    text.get(a.start..b.end).map(str::to_string)
}

/// The role of an apposition before the name starting at `i`: "Die Verbandsvorsteherin des
/// Zweckverbands Elbtal, Claudia Rehberg, …": a role word after an article (or opening the sentence)
/// with only articles, prepositions and capitalised words up to the comma before the name, and a
/// comma or stop after the name. Where capitals mark names, lowercase words may stand in the phrase
/// too, and the phrase may open with them before its role word ("The council leader, Margaret
/// Hale,", "The regional secretary of the energy workers' union, Alison Crane,").
fn leading_apposition_role(
    text: &str,
    toks: &[Tok<'_>],
    infos: &[Info],
    i: usize,
    end: usize,
    lex: &ActorLexicon,
) -> Option<String> {
    let last = i.checked_sub(1)?;
    let lt = toks.get(last)?;
    let et = toks.get(end)?;
    if !lt.comma_after || lt.stop_after || !(et.comma_after || et.stop_after) {
        return None;
    }
    let mut role_at = None;
    let mut seen_role = false;
    let mut k = last;
    while last - k < MAX_ROLE_WORDS {
        let (t, x) = (toks.get(k)?, infos.get(k)?);
        if k < last && (t.comma_after || t.stop_after) {
            break;
        }
        seen_role |= x.role;
        let before = k
            .checked_sub(1)
            .and_then(|p| Some((toks.get(p)?, infos.get(p)?)));
        let opens = before.is_none_or(|(pt, px)| {
            pt.stop_after || (!pt.comma_after && (px.determiner || (px.adjective && !px.cap)))
        });
        // A lowercase word of the phrase ("council", "regional", "workers'"): no verb of saying.
        let lower_word = lex.caps_mark_names
            && !x.cap
            && !x.func
            && !x.speech_after
            && !x.speech_before
            && t.word.chars().count() >= 3
            && t.word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
        if opens && (x.role || (lower_word && seen_role)) {
            role_at = Some(k);
        }
        let fits = x.role || x.cap || x.determiner || x.prep || x.affil || x.particle || lower_word;
        if !fits || k == 0 || t.open_before {
            break;
        }
        k -= 1;
    }
    let a = toks.get(role_at?)?;
    text.get(a.start..lt.end).map(str::to_string)
}

/// "Die Autorin Olena Guseinova von der Hankuk University …": a person with a role followed by an
/// affiliation preposition and an organisation gets the affiliation appended to the role.
fn attach_affiliations(text: &str, toks: &[Tok<'_>], infos: &[Info], cands: &mut [Candidate]) {
    for c in 0..cands.len() {
        let Some(cand) = cands.get(c) else { continue };
        if cand.kind != Kind::Person || cand.role.is_none() {
            continue;
        }
        let Some(end_tok) = toks.iter().position(|t| t.end == cand.end) else {
            continue;
        };
        if toks
            .get(end_tok)
            .is_none_or(|t| t.comma_after || t.stop_after)
        {
            continue;
        }
        let Some(prep) = infos.get(end_tok + 1).filter(|x| x.affil) else {
            continue;
        };
        let _ = prep;
        let Some(prep_tok) = toks.get(end_tok + 1) else {
            continue;
        };
        let org_end = cands
            .iter()
            .find(|o| {
                o.kind == Kind::Org && o.start > prep_tok.start && o.start <= prep_tok.end + 6
            })
            .map(|o| o.end);
        if let (Some(org_end), Some(cand)) = (org_end, cands.get_mut(c)) {
            if let (Some(role), Some(tail)) = (&cand.role, text.get(prep_tok.start..org_end)) {
                cand.role = Some(format!("{role} {tail}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every candidate's name, kind and role, in order.
    fn found(cands: &[Candidate]) -> Vec<(usize, String, Kind, Option<String>)> {
        cands
            .iter()
            .map(|c| (c.sentence, c.name.clone(), c.kind, c.role.clone()))
            .collect()
    }

    #[test]
    fn an_article_wide_description_finds_what_one_per_sentence_finds() {
        // The same capitalised words at a sentence's start and inside it, in both languages.
        let articles = [
            (
                "de",
                [
                    "Außenministerin Annalena Baerbock traf am Montag den Experten Markus Garlauskas.",
                    "Garlauskas sagte, Nordkorea sei stärker denn je.",
                    "Baerbock widersprach Garlauskas in Berlin.",
                    "In Berlin sagte die Bundesregierung nichts dazu.",
                ],
            ),
            (
                "en",
                [
                    "All-conquering Leeds beat Chelsea, coach Marcelo Bielsa said.",
                    "Bielsa praised the All-conquering side.",
                    "Chelsea manager Graham Potter said Leeds were better.",
                    "Leeds host Arsenal next.",
                ],
            ),
        ];
        for (code, sentences) in articles {
            let lex = crate::lang::for_code(Some(code), "").actors;
            let (mut shared, mut alone) = (Vec::new(), Vec::new());
            let mut described = Described::default();
            for (i, s) in sentences.iter().enumerate() {
                sentence_candidates(i, s, lex, &mut described, &mut shared);
                sentence_candidates(i, s, lex, &mut Described::default(), &mut alone);
            }
            assert!(!shared.is_empty(), "{code}: no candidates");
            assert_eq!(found(&shared), found(&alone), "{code}");
        }
    }
}
