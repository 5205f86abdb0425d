//! Takes a sentence's tokens and a quotation's position, gives who is said to speak: finds the cue of
//! saying next to the quotation, the noun phrase on the right side of that cue (a name, a pronoun or
//! a description such as "der Experte"), and resolves it against the names seen so far.

use std::collections::HashSet;

use super::lexicon::{in_list, with_lower, QuoteLexicon};
use super::tokens::Tok;
use crate::card::actors::Actors;

/// How far (in tokens) a cue may sit from its quotation.
const CUE_REACH: usize = 12;
/// How many tokens a noun phrase search may skip before giving up ("sagte am Montag in Berlin …").
const NP_REACH: usize = 8;
/// Names remembered per article; bounds lookups on pathological input.
const MAX_KNOWN: usize = 2000;
/// How far past a quotation's dash its signature may run, in bytes.
const SIGNATURE_BYTES: usize = 80;
/// Longest run of name words read as one name (role words in front included).
const MAX_RUN: usize = 8;
/// How many sentences back a pronoun may point.
const PRONOUN_REACH: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    Name(String),
    Pronoun,
    /// A description; `head` is its last word ("Experte" in "der Experte").
    Description {
        surface: String,
        head: String,
        /// Whether it may point back to someone named before: not a document or channel ("the
        /// statement"), not an indefinite newcomer ("a source close to the campaign").
        refers_back: bool,
        /// The lowercase stem of an adjective before the head ("brasilian" in "der brasilianische
        /// Präsident"): the one meant must be known by it.
        modifier: Option<String>,
    },
}

/// What the mention search needs: the vocabulary, and which single names the article already knows.
pub struct Finder<'a> {
    pub lex: &'a QuoteLexicon,
    pub known: &'a dyn Fn(&str) -> bool,
    /// The text of quotation `k` if it is a short title (a paper's, an agency's name).
    pub title: &'a dyn Fn(usize) -> Option<String>,
}

/// The cue of a quotation at token `q`, right of it ("„…“, sagte X", "“…,” X said") or left of it
/// ("X sagte: „…“", "According to X, “…”").
pub fn find_cue(toks: &[Tok], q: usize, quote_text: &str, lex: &QuoteLexicon) -> Option<usize> {
    // A quotation that runs straight on into the sentence ("called it “a disgrace” during …") is not
    // followed by its attribution; one closed by a comma or an end mark is.
    // Where the cue opens its clause (verb second), a cue right after the quotation is its own:
    // "Von einem „schweren Eingriff“ spricht der Entwurf".
    // (Not a verb ending its clause: "hatte ihn als „falsch“ zurückgewiesen.")
    let adjacent = !lex.cue_clause_openers.is_empty()
        && is_cue_at(toks, q + 1, lex)
        && matches!(toks.get(q + 2), Some(Tok::Word(_)));
    // "…, dass ihre Arbeit „…“ sei, hatte X gesagt": where the cue opens its clause, the verb that
    // closes the clause of the quotation may stand between it and the comma.
    let gap = if lex.cue_clause_openers.is_empty() {
        0
    } else {
        closing_verbs(toks, q, lex)
    };
    let framed = matches!(toks.get(q + 1), Some(Tok::Punct(',')))
        || quote_text.trim_end().ends_with([',', '.', '!', '?', '…'])
        || adjacent
        || gap > 0;
    // „…“, Trainer Y bezeichnete …: where the cue opens its clause, another first word starts a
    // clause of its own.
    let first = (q + 1 + gap..toks.len()).find(|&k| !matches!(toks.get(k), Some(Tok::Punct(','))));
    let opens_clause = lex.cue_clause_openers.is_empty()
        || first.is_none_or(|k| match toks.get(k) {
            Some(Tok::Word(w)) => {
                is_cue_at(toks, k, lex) || with_lower(w, |w| lex.cue_clause_openers.contains(&w))
            }
            _ => true,
        });
    // "Während Shakira erklärte, aufgeregt zu sein, „…“, räumte Lopez ein": a quotation still
    // inside an opening subordinate clause (a subordinator or conjunction opens the sentence) with
    // a cue of its own is that cue's; the main clause's verb after it is someone else's.
    let sentence_start = toks[..q.min(toks.len())]
        .iter()
        .rposition(|t| matches!(t, Tok::Quoted(_) | Tok::Punct('.' | '!' | '?' | ';' | ':')))
        .map_or(0, |p| p + 1);
    let subordinate = toks
        .get(sentence_start)
        .and_then(Tok::word)
        .is_some_and(|w| with_lower(w, |w| lex.is_subordinator(w) || lex.is_conjunction(w)));
    if subordinate {
        if let Some(c) = (sentence_start + 1..q).find(|&k| {
            is_cue_at(toks, k, lex) && toks[k].word().is_some_and(|w| !lex.is_adverb_cue(w))
        }) {
            return Some(c);
        }
    }
    let mut i = q + 1 + gap;
    while framed && opens_clause && i < toks.len() && i <= q + CUE_REACH {
        match &toks[i] {
            Tok::Quoted(_) => break,
            Tok::Punct('!' | '?' | ';' | ':') => break,
            Tok::Word(w) if lex.is_conjunction(w) => break,
            Tok::Word(w) if is_cue_at(toks, i, lex) && (!lex.is_adverb_cue(w) || i <= q + 2) => {
                return Some(outer_source(toks, i, lex).unwrap_or(i));
            }
            _ => {}
        }
        i += 1;
    }
    let mut i = q;
    // "X warf Obama vor, er habe …, nur ein „…“ zu sein": reported speech carries the cue before it
    // over any distance within the sentence; so does, where the verb comes second, a source phrase
    // in the first place ("Nach Ansicht von X, Vorsitzender …, hat die Fed … „…“").
    let mut reported = false;
    let opening_source = !lex.cue_clause_openers.is_empty() && phrase_at(toks, 0, lex).is_some();
    while i > 0 && q - i < REPORTED_REACH {
        i -= 1;
        reported |= toks[i].word().is_some_and(|w| lex.is_reported_mood(w));
        let far = q - i > CUE_REACH + 6 && !reported && !(opening_source && i == 0);
        match &toks[i] {
            Tok::Word(_) if far => {}
            // "Laut „Reuters“ zeichnet …": a source named in quotation marks right after its
            // source word is part of the attribution, not a quotation before this one.
            Tok::Quoted(_) if i > 0 && phrase_at(toks, i - 1, lex).is_some() => {}
            Tok::Quoted(_) | Tok::Punct('.') => break,
            Tok::Word(w) if is_cue_at(toks, i, lex) && !lex.is_adverb_cue(w) => {
                return Some(outer_source(toks, q, lex).unwrap_or(i));
            }
            _ => {}
        }
    }
    None
}

/// Where the run of words that ends at `end` begins within `toks[from..end]`: right after the last
/// punctuation or quotation before `end`, else at `from`.
fn word_run_start(toks: &[Tok], from: usize, end: usize) -> usize {
    toks.get(from..end)
        .and_then(|r| r.iter().rposition(|t| !matches!(t, Tok::Word(_))))
        .map_or(from, |p| from + p + 1)
}

/// How many words after the quotation at `q` close its clause before a comma: one or two lowercase
/// words that are no article, preposition or conjunction ("sei,", "gewesen sei,"), in a clause that a
/// subordinator opens ("…, dass ihre Arbeit „…“ sei,") and before a verb opening the next clause
/// ("hatte X gesagt", not "nach Aussagen eines Anderen" nor the clause of a relative pronoun); 0 if
/// there are none.
fn closing_verbs(toks: &[Tok], q: usize, lex: &QuoteLexicon) -> usize {
    let verb = |k: usize| {
        toks.get(k).and_then(Tok::word).is_some_and(|w| {
            w.chars().all(char::is_lowercase)
                && !lex.is_conjunction(w)
                && !lex.is_determiner(w)
                && !lex.is_preposition(w)
                && !lex.is_cue(w)
        })
    };
    let from = q + 1;
    let Some(n) = (1..=2).find(|&n| {
        (from..from + n).all(verb) && matches!(toks.get(from + n), Some(Tok::Punct(',')))
    }) else {
        return 0;
    };
    let opens_verb = toks
        .get(from + n + 1)
        .and_then(Tok::word)
        .is_some_and(|w| lex.is_cue(w) || with_lower(w, |w| lex.cue_clause_openers.contains(&w)));
    let clause = word_run_start(toks, 0, q);
    let subordinate = toks
        .get(clause)
        .and_then(Tok::word)
        .is_some_and(|w| with_lower(w, |w| lex.is_subordinator(w)));
    if opens_verb && subordinate {
        n
    } else {
        0
    }
}

/// A source phrase after `from` in the same sentence ("…,” Sanders said, according to CNN), where
/// the language's reports credit the source it names rather than the speaker.
fn outer_source(toks: &[Tok], from: usize, lex: &QuoteLexicon) -> Option<usize> {
    if !lex.source_phrase_outranks_cue {
        return None;
    }
    let mut j = from + 1;
    while j < toks.len() && j <= from + CUE_REACH {
        match &toks[j] {
            Tok::Quoted(_) | Tok::Punct('.' | '!' | '?' | ';' | ':') => return None,
            Tok::Word(_) if phrase_at(toks, j, lex).is_some() => return Some(j),
            _ => {}
        }
        j += 1;
    }
    None
}

pub fn is_cue_at(toks: &[Tok], i: usize, lex: &QuoteLexicon) -> bool {
    let Some(w) = toks.get(i).and_then(Tok::word) else {
        return false;
    };
    if !lex.may_be_cue(w) {
        return false;
    }
    // "United States": a capitalised word right after a name word belongs to that name.
    let in_name = is_capitalised(w)
        && i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .and_then(Tok::word)
            .is_some_and(|p| is_name_word(p, lex));
    // "in dem Schreiben", "der 168.000 Versicherten": where nouns are capitalised, a capitalised
    // verb form after another word is a noun (a verb is capitalised only where it opens the
    // sentence).
    let noun = lex.nouns_capitalised
        && is_capitalised(w)
        && i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .and_then(Tok::word)
            .is_some();
    if in_name || noun {
        return false;
    }
    lex.is_cue(w)
        || lex.is_source_before(w)
        || phrase_at(toks, i, lex).is_some()
        || separable_cue_at(toks, i, lex)
}

/// How far (in tokens) reported speech carries a cue before it to a quotation.
const REPORTED_REACH: usize = 48;

/// How many tokens after a separable verb its particle may close the clause.
const PARTICLE_REACH: usize = 16;

/// Whether the word at `i` is the finite form of a separable verb of saying whose particle closes
/// its clause later in the sentence: "gab ein Sprecher bekannt", "teilte das Amt mit: „…“" (not
/// "teilte die Kosten mit ihm", where the particle word opens a phrase).
pub fn separable_cue_at(toks: &[Tok], i: usize, lex: &QuoteLexicon) -> bool {
    let Some(form) = toks.get(i).and_then(Tok::word) else {
        return false;
    };
    if lex.separable_cues.is_empty() || !lex.may_be_cue(form) {
        return false;
    }
    let rest = toks.get(i + 1..).unwrap_or_default();
    for (k, t) in rest.iter().enumerate().take(PARTICLE_REACH) {
        match t {
            Tok::Word(p) => {
                let closes = !matches!(rest.get(k + 1), Some(Tok::Word(_)));
                if closes && lex.is_separable_cue(form, p) {
                    return true;
                }
            }
            Tok::Quoted(_) | Tok::Punct('.' | '!' | '?' | ';' | ':') => return false,
            Tok::Punct(_) => {}
        }
    }
    false
}

/// Length of the longest source phrase ("according to", "nach Ansicht von") starting at `i`. Runs at
/// every word, so the word is lowered once and a phrase is dropped at its first word.
fn phrase_at(toks: &[Tok], i: usize, lex: &QuoteLexicon) -> Option<usize> {
    let word_at = |k: usize| toks.get(i + k).and_then(Tok::word);
    let first = word_at(0)?;
    with_lower(first, |first| {
        lex.source_after_phrase
            .iter()
            .filter_map(|p| {
                let mut words = p.split(' ');
                if words.next() != Some(first) {
                    return None;
                }
                let mut len = 1;
                for pw in words {
                    if !word_at(len).is_some_and(|w| with_lower(w, |w| w == pw)) {
                        return None;
                    }
                    len += 1;
                }
                Some(len)
            })
            .max()
    })
}

/// The mention that the cue at `c` attributes to (`q` is the quotation's token, `usize::MAX` for an
/// attribution of indirect speech), looking on the side where the source stands.
pub fn mention_for_cue(toks: &[Tok], c: usize, q: usize, f: &Finder) -> Option<Mention> {
    let word = toks.get(c).and_then(Tok::word).unwrap_or("").to_lowercase();
    if let Some(len) = phrase_at(toks, c, f.lex) {
        return source_after(toks, c + len, f);
    }
    if let Some(m) = impersonal_source(toks, f) {
        return Some(m);
    }
    if f.lex.source_before_word.contains(&word.as_str()) {
        return source_before(toks, c, f).or_else(|| mention_backward(toks, c, f));
    }
    if c > q && q != usize::MAX {
        let between_words = toks[q + 1..c].iter().any(|t| t.word().is_some());
        // The source stands in the clause of the cue: "“…” the dawn of the movement, Bozell says".
        let clause = toks[q + 1..c]
            .iter()
            .rposition(|t| matches!(t, Tok::Punct(_)))
            .map_or(q + 1, |p| q + 2 + p);
        if between_words && clause < c {
            mention_forward(toks, clause, f)
                .or_else(|| mention_forward(toks, q + 1, f))
                .or_else(|| mention_forward(toks, c + 1, f))
        } else if between_words {
            mention_forward(toks, q + 1, f).or_else(|| mention_forward(toks, c + 1, f))
        } else if f.lex.is_participle(&word) {
            // "Trump hailed the vote as “fantastic,” telling reporters during a visit …": a
            // participle right after the quotation hangs on the subject before it.
            mention_backward(toks, q, f).or_else(|| mention_forward(toks, c + 1, f))
        } else {
            mention_forward(toks, c + 1, f).or_else(|| verb_final_subject(toks, q, c, f))
        }
    } else if q == usize::MAX && (c == 0 || matches!(toks.get(c - 1), Some(Tok::Punct(',')))) {
        // "…, schreibt der Autor X." – the cue opens its clause, the source follows it; but after
        // an apposition ("Anja Hajduk, Haushaltspolitikerin, kritisierte die Pläne") a noun phrase
        // after the cue that names no one is its object.
        let after = mention_forward(toks, c + 1, f);
        let names_someone = |m: &Mention| match m {
            Mention::Description {
                head, refers_back, ..
            } => !refers_back || f.lex.is_role(head),
            _ => true,
        };
        match after {
            Some(m) if names_someone(&m) => Some(m),
            _ => mention_backward(toks, c, f).or(after),
        }
    } else if c < q && q != usize::MAX {
        // "Die Zeitung zitiert den Trainer mit den Worten: „…“": the one quoted is the object.
        if f.lex.quoting_cues.contains(&word.as_str()) {
            if let Some(m) = source_after(toks, c + 1, f) {
                return Some(m);
            }
        }
        // "X said Monday that he will “…” and insisted that his party was “…”": with no subject
        // since the quotation before, the sentence's subject speaks, not the object after the cue.
        let back = mention_backward(toks, c, f).or_else(|| clause_subject(toks, 0, c, f));
        if f.lex.nouns_capitalised && weak_subject(back.as_ref(), f) {
            // Verb-second order: "Der Zeitung sagte Filep Karma: …", "Ähnlich äußerte sich der
            // US-Präsident George W. Bush: …" – the subject may stand right after the verb.
            let after = mention_forward(toks, c + 1, f);
            let outranks = |m: &Mention| match (back.as_ref(), m) {
                (Some(Mention::Description { .. }), Mention::Description { .. }) => false,
                _ => strong_subject(m, f),
            };
            if let Some(m) = after.filter(outranks) {
                return Some(m);
            }
        }
        back.or_else(|| mention_forward(toks, c + 1, f))
    } else {
        mention_backward(toks, c, f).or_else(|| mention_forward(toks, c + 1, f))
    }
}

/// Where the verb of a subordinate clause comes last ("weil die Regierung das Land als „…“
/// bezeichnet hat"), the cue right after the quotation with only auxiliaries after it closes the
/// quotation's own clause: its subject is that clause's first mention, after the subordinator.
fn verb_final_subject(toks: &[Tok], q: usize, c: usize, f: &Finder) -> Option<Mention> {
    let lex = f.lex;
    let closes = toks
        .get(c + 1..)
        .unwrap_or_default()
        .iter()
        .map_while(Tok::word)
        .all(|w| {
            with_lower(w.trim_end_matches('.'), |w| {
                lex.cue_clause_openers.contains(&w)
            })
        });
    if lex.cue_clause_openers.is_empty() || c != q + 1 || !closes {
        return None;
    }
    let start = word_run_start(toks, 0, q);
    let opener = toks.get(start).and_then(Tok::word)?;
    if !with_lower(opener, |w| lex.is_subordinator(w)) {
        return None;
    }
    match mention_at(toks, start + 1, q, f)? {
        // A description speaks if one of its nouns can, and ends there ("die US-Regierung
        // Georgien … als" is the government, Georgia its object).
        (m, 0) if describes_an_agent(&m, lex) => Some(m),
        (
            Mention::Description {
                surface, modifier, ..
            },
            0,
        ) => {
            let words: Vec<&str> = surface.split(' ').collect();
            let k = words.iter().rposition(|w| {
                is_capitalised(w) && (lex.is_role(w) || names_an_organisation(w, lex.org_head))
            })?;
            Some(Mention::Description {
                surface: words[..=k].join(" "),
                head: words[k].to_string(),
                refers_back: true,
                modifier,
            })
        }
        (m, 0) => Some(m),
        _ => None,
    }
}

/// The noun phrase right before a source word such as "zufolge": "dem Bericht zufolge", "Angaben
/// der Polizei zufolge" (the phrase from its last article on).
fn source_before(toks: &[Tok], c: usize, f: &Finder) -> Option<Mention> {
    let start = word_run_start(toks, 0, c);
    let w: Vec<&str> = toks[start..c].iter().filter_map(Tok::word).collect();
    let from = w.len().saturating_sub(NP_REACH);
    let article = (from..w.len())
        .rev()
        .find(|&k| f.lex.is_determiner(w[k]) || f.lex.is_oblique(w[k]))?;
    description(&w[article..], f.lex)
}

/// The document an impersonal attribution places the words in: "In dem Antrag heißt es", "So
/// heißt es in der Meldung auf der Homepage".
fn impersonal_source(toks: &[Tok], f: &Finder) -> Option<Mention> {
    if f.lex.impersonal_cues.is_empty() {
        return None;
    }
    let is_dummy = |k: usize| {
        toks.get(k)
            .and_then(Tok::word)
            .is_some_and(|w| w.eq_ignore_ascii_case(f.lex.dummy_subject))
    };
    let cue = toks.iter().enumerate().position(|(k, t)| {
        t.word().is_some_and(|w| f.lex.impersonal_cues.contains(&w))
            && (is_dummy(k + 1) || k.checked_sub(1).is_some_and(is_dummy))
    })?;
    // The words of the cue's clause: "In dem Antrag heißt es", "„…“, heißt es in dem Schreiben".
    let start = word_run_start(toks, 0, cue);
    // Failing that, the sentence's opening words: "Im letzten Satz der Anordnung, die …, heißt es:".
    document_after_preposition(toks, start, f)
        .or_else(|| place_before(toks, start, cue, f))
        .or_else(|| {
            (start > 0)
                .then(|| document_after_preposition(toks, 0, f))
                .flatten()
        })
}

/// "Aus Paris hieß es": a preposition and a name filling the clause up to the impersonal cue at
/// `cue` name where the words came from.
fn place_before(toks: &[Tok], start: usize, cue: usize, f: &Finder) -> Option<Mention> {
    let w: Vec<&str> = toks.get(start..cue)?.iter().filter_map(Tok::word).collect();
    let (prep, rest) = w.split_first()?;
    if w.len() != cue - start || !f.lex.is_preposition(prep) || f.lex.is_oblique(prep) {
        return None;
    }
    let run = name_run(rest, f.lex);
    (!run.is_empty() && run.len() == rest.len()).then(|| Mention::Name(run.join(" ")))
}

/// The noun phrase after the first preposition among the words from `start` to the next break.
fn document_after_preposition(toks: &[Tok], start: usize, f: &Finder) -> Option<Mention> {
    let w: Vec<&str> = toks.get(start..)?.iter().map_while(Tok::word).collect();
    (0..w.len().saturating_sub(1)).find_map(|k| {
        let prep = w[k];
        if !f.lex.is_preposition(prep) || f.lex.is_cue(prep) {
            return None;
        }
        // "im Bericht" carries its article; "in dem Antrag" has it next.
        let np = if f.lex.is_oblique(prep) {
            &w[k..]
        } else if f.lex.is_determiner(w[k + 1]) || f.lex.is_oblique(w[k + 1]) {
            &w[k + 1..]
        } else {
            return None;
        };
        description(np, f.lex)
    })
}

/// The document a sentence places a quotation without a cue in ("In der Zeitung fand sich die
/// Feststellung „…“", "In einem Schreiben an die Mitarbeiter war von einem „…“ die Rede", "steht in
/// dem Gesetzentwurf der Passus: „…“"): a document after a preposition in the words before it.
/// Only the clause right before the quotation (or before its colon) counts, and only a preposition
/// of place ("zu der Resolution" places nothing).
pub fn document_placed(toks: &[Tok], q: usize, f: &Finder) -> Option<Mention> {
    let lex = f.lex;
    let end = match q.checked_sub(1).and_then(|p| toks.get(p)) {
        Some(Tok::Punct(':')) => q - 1,
        _ => q,
    };
    let before = toks.get(..end)?;
    let clause = word_run_start(toks, 0, end);
    let w: Vec<&str> = before[clause..].iter().filter_map(Tok::word).collect();
    (0..w.len().saturating_sub(1)).find_map(|k| {
        if !with_lower(w[k], |p| lex.place_prepositions.contains(&p)) {
            return None;
        }
        let np = w.get(k + 1..).filter(|np| {
            np.first()
                .is_some_and(|d| lex.is_determiner(d) || lex.is_oblique(d))
        })?;
        description(np, lex).filter(|m| is_document_head(m, lex))
    })
}

/// The name signing a quotation after a dash: "“…” ― Carlos Raúl", "“…” — Jane Doe, teacher".
/// `end` is just past the closing mark; the name must fill the rest of the line up to a comma.
pub fn signature(doc: &str, end: usize, lex: &QuoteLexicon) -> Option<Mention> {
    let rest = doc.get(end..)?.trim_start_matches([' ', '\u{a0}', '\t']);
    let rest = rest.strip_prefix(['―', '—', '–'])?;
    let line_end = rest
        .char_indices()
        .take(SIGNATURE_BYTES)
        .find(|&(_, c)| matches!(c, '\n' | ',' | '(' | '“' | '„' | '"' | '«' | '»'))
        .map_or(rest.len().min(SIGNATURE_BYTES), |(i, _)| i);
    let line = rest.get(..line_end)?.trim().trim_end_matches('.');
    let words: Vec<&str> = line.split_whitespace().collect();
    let initial = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    let fits = |(k, w): (usize, &&str)| {
        is_name_word(w, lex) || (k > 0 && k + 1 < words.len() && (initial(w) || lex.is_particle(w)))
    };
    let whole = !words.is_empty() && words.len() <= 5 && words.iter().enumerate().all(fits);
    whole.then(|| Mention::Name(words.join(" ")))
}

/// The source named after "laut", "according to": its noun phrase stands in an oblique case
/// ("laut einem Jury-Mitglied"), so it is read as it comes, not skipped like other objects.
fn source_after(toks: &[Tok], start: usize, f: &Finder) -> Option<Mention> {
    if let Some(m) = quoted_source(toks, start, f) {
        return Some(m);
    }
    let w: Vec<&str> = toks.get(start..)?.iter().map_while(Tok::word).collect();
    match w.first() {
        Some(first) if f.lex.is_oblique(first) && !f.lex.is_preposition(first) => {
            let np = description(&w, f.lex);
            if matches!(np, Some(Mention::Description { .. })) {
                // "laut dem Chefankläger des Strafgerichts, Luis Moreno Ocampo, …"
                if let Some(n) = apposition_name(toks, start + w.len(), f) {
                    return Some(n);
                }
            }
            np.or_else(|| mention_forward(toks, start, f))
        }
        _ => mention_forward(toks, start, f),
    }
}

/// A paper or agency named in quotation marks right at `start`, an article allowed before it:
/// "schrieb die „Zeit“", "laut „Reuters“" (not "der „Bild“-Reporter").
fn quoted_source(toks: &[Tok], start: usize, f: &Finder) -> Option<Mention> {
    let at = match toks.get(start)? {
        Tok::Word(w) if f.lex.is_determiner(w) => start + 1,
        _ => start,
    };
    let Some(Tok::Quoted(k)) = toks.get(at) else {
        return None;
    };
    if toks
        .get(at + 1)
        .and_then(Tok::word)
        .is_some_and(|w| w.starts_with('-'))
    {
        return None;
    }
    (f.title)(*k).map(Mention::Name)
}

/// A name of two or more words set off by a comma at `comma`.
fn apposition_name(toks: &[Tok], comma: usize, f: &Finder) -> Option<Mention> {
    if !matches!(toks.get(comma), Some(Tok::Punct(','))) {
        return None;
    }
    let mut end = comma + 1;
    while end < toks.len() && matches!(toks[end], Tok::Word(_)) {
        end += 1;
    }
    // "teilte mit, Tony Blair „steht bereit“": a name running on into a quotation is the subject
    // of the reported clause, not an apposition.
    if matches!(toks.get(end), Some(Tok::Quoted(_))) {
        return None;
    }
    match mention_at(toks, comma + 1, end, f) {
        Some((Mention::Name(n), 0)) if n.contains(' ') => Some(Mention::Name(n)),
        _ => None,
    }
}

/// A subject found before the cue that a name after it outranks: none, a description, or a lone
/// word nobody in the article is called.
fn weak_subject(m: Option<&Mention>, f: &Finder) -> bool {
    match m {
        // "McCains Kampagne warf Obama vor": a known name's own is a subject of weight.
        Some(Mention::Description { surface, .. }) => {
            let first: Vec<&str> = surface.split(' ').take(2).collect();
            possessed(&first, f).is_none()
        }
        None => true,
        Some(Mention::Name(n)) => !n.contains(' ') && !(f.known)(n),
        Some(Mention::Pronoun) => false,
    }
}

/// A mention that can only be a speaker: a name of two words or one the article knows, or a
/// description that names someone.
fn strong_subject(m: &Mention, f: &Finder) -> bool {
    match m {
        Mention::Name(n) => n.contains(' ') || (f.known)(n),
        Mention::Description { .. } => true,
        Mention::Pronoun => false,
    }
}

/// The subject before a cue: the mention in the clause nearest the cue, else the first of the
/// sentence; a name in apposition beats a description ("Der Leiter des Programms, Klaus Stöhr, sagte").
fn mention_backward(toks: &[Tok], end: usize, f: &Finder) -> Option<Mention> {
    // A participle hangs on the clause's subject; a verb or a colon ("… – Jeffrey M. Jones: “…”")
    // on the name right before it.
    let ends_right = match toks.get(end) {
        Some(Tok::Word(c)) => !f.lex.is_participle(c),
        Some(Tok::Punct(':')) => true,
        _ => false,
    };
    let colon = matches!(toks.get(end), Some(Tok::Punct(':')));
    if !f.lex.nouns_capitalised && ends_right {
        // Before a colon only a full name: "… told Trump: “…”" has its object there.
        let full = |m: &Mention| !colon || matches!(m, Mention::Name(n) if n.contains(' '));
        if let Some(m) = name_before(toks, end, f).filter(full) {
            return Some(m);
        }
    }
    let sentence_start = toks[..end]
        .iter()
        .rposition(|t| matches!(t, Tok::Quoted(_)))
        .map_or(0, |p| p + 1);
    // "(AFP) – Hillary Clinton has taken a swipe at Trump, saying …": a participle after a comma
    // hangs on the subject of the clause right before it.
    let participle = matches!(toks.get(end), Some(Tok::Word(c)) if f.lex.is_participle(c));
    if participle && end > sentence_start && matches!(toks.get(end - 1), Some(Tok::Punct(','))) {
        let clause = word_run_start(toks, sentence_start, end - 1);
        if let Some((m @ Mention::Name(_), _)) = mention_at(toks, clause, end - 1, f) {
            return Some(m);
        }
    }
    clause_subject(toks, sentence_start, end, f)
}

/// The name standing right before the cue, a parenthesis after it skipped: "In a Bloomberg
/// interview Trump declared", "House Speaker Paul D. Ryan (R-Wis.) said". Only where capitals mark
/// names; a German noun before the verb may be anything.
fn name_before(toks: &[Tok], cue: usize, f: &Finder) -> Option<Mention> {
    let mut end = cue;
    if matches!(toks.get(end.checked_sub(1)?), Some(Tok::Punct(')'))) {
        let open = toks[..end - 1]
            .iter()
            .rposition(|t| matches!(t, Tok::Punct('(')))?;
        if end - open > 8 {
            return None;
        }
        end = open;
    }
    let mut start = end;
    while let Some(w) = start
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .and_then(Tok::word)
    {
        if is_name_word(w, f.lex) || f.lex.is_particle(w) && start < end {
            start -= 1;
        } else {
            break;
        }
    }
    let words: Vec<&str> = toks[start..end].iter().filter_map(Tok::word).collect();
    if words.is_empty() || words.first().is_some_and(|w| f.lex.is_particle(w)) {
        return None;
    }
    let run = name_run(&words, f.lex);
    // The whole run must be the name; a lone word opening the sentence may be anything.
    let lone_opener = run.len() == 1 && start == 0 && !(f.known)(run[0]);
    (run.len() + words.len() > 0 && words.ends_with(&run) && !run.is_empty() && !lone_opener)
        .then(|| Mention::Name(run.join(" ")))
}

/// The subject among the clauses of `toks[sentence_start..end]` (see `mention_backward`).
fn clause_subject(toks: &[Tok], sentence_start: usize, end: usize, f: &Finder) -> Option<Mention> {
    // (mention, clause is the one right before the cue)
    let mut clauses: Vec<(Option<Mention>, bool)> = Vec::new();
    // "…, Sandra Boser (GRÜNE), erklärte": a parenthesis is an aside, no clause of its own; a
    // clause followed by an aside and then only punctuation is the one right before the cue.
    let aside_end = |open: usize| {
        (open + 1..end.min(open + 8))
            .find(|&k| matches!(toks[k], Tok::Punct(')')))
            .filter(|_| matches!(toks[open], Tok::Punct('(')))
    };
    let only_asides_until_end = |from: usize| {
        let mut k = from;
        let mut asides = 0;
        while k < end {
            match &toks[k] {
                Tok::Punct('(') => match aside_end(k) {
                    Some(close) => {
                        k = close + 1;
                        asides += 1;
                    }
                    None => return false,
                },
                Tok::Punct(_) => k += 1,
                _ => return false,
            }
        }
        asides > 0
    };
    let mut start = sentence_start;
    while start < end {
        let mut stop = start;
        while stop < end && matches!(toks[stop], Tok::Word(_)) {
            stop += 1;
        }
        let next = match aside_end(stop.min(end.saturating_sub(1))) {
            Some(close) if stop < end => close + 1,
            _ => stop + 1,
        };
        if stop > start {
            // An opening adverbial ("During the town hall,", "Zum Rücktritt") holds no subject.
            let adverbial = toks[start]
                .word()
                .is_some_and(|w| f.lex.is_preposition(w) && stop < end);
            // Nor does a subordinate or infinitive clause, unless it holds the cue ("wie X sagte").
            let holds_cue = stop == end && matches!(toks.get(end), Some(Tok::Word(_)));
            let dependent = !holds_cue && dependent_clause(toks, start, stop, f.lex);
            let m = if adverbial || dependent {
                None
            } else {
                let first = mention_at(toks, start, stop, f);
                let opening = start == sentence_start;
                opening
                    .then(|| name_after_verb(toks, first.as_ref(), start, stop, f))
                    .flatten()
                    .or_else(|| first.map(|(m, _)| m).filter(|m| !possession(m, f.lex)))
            };
            clauses.push((m, stop == end || only_asides_until_end(stop)));
        }
        start = next;
    }
    let nearest = clauses
        .iter()
        .rev()
        .find(|(m, _)| m.is_some())
        .filter(|(_, last)| *last)
        .and_then(|(m, _)| m.clone());
    let chosen = nearest.or_else(|| clauses.iter().find_map(|(m, _)| m.clone()))?;
    // "Martin Behrsing, Sprecher des Forums, kommentierte": a bare role word is an apposition too.
    let bare_role = matches!(&chosen, Mention::Name(n) if !n.contains(' ') && f.lex.is_role(n));
    if bare_role || matches!(chosen, Mention::Description { .. }) {
        if let Some(n) = clauses
            .iter()
            .filter_map(|(m, _)| m.as_ref())
            .find(|m| matches!(m, Mention::Name(n) if n.contains(' ')))
        {
            return Some(n.clone());
        }
    }
    Some(chosen)
}

/// Whether the words `toks[start..stop]` form a subordinate clause ("dass die Lage …") or an
/// infinitive clause ("seine Pläne offen zu zeigen"), neither of which has the speaker as subject.
fn dependent_clause(toks: &[Tok], start: usize, stop: usize, lex: &QuoteLexicon) -> bool {
    let word = |k: usize| toks.get(k).and_then(Tok::word);
    // A relative clause: "…, die durch einen Fehler …", "…, der als Zeuge gilt".
    let relative = lex.nouns_capitalised
        && start > 0
        && word(start).is_some_and(|w| lex.is_determiner(w) && !is_capitalised(w))
        && word(start + 1).is_some_and(|w| !is_capitalised(w) && !lex.is_determiner(w));
    let subordinate = start > 0 && word(start).is_some_and(|w| lex.is_subordinator(w)) || relative;
    let infinitive = !lex.infinitive_marker.is_empty()
        && stop >= start + 2
        && word(stop - 2).is_some_and(|w| w == lex.infinitive_marker)
        && word(stop - 1).is_some_and(|w| w.chars().all(char::is_lowercase));
    subordinate || infinitive
}

/// A description opened by a possessive whose head is no role ("Seine Zuversicht gründet sich auf
/// …"): what someone has, not who speaks.
fn possession(m: &Mention, lex: &QuoteLexicon) -> bool {
    match m {
        Mention::Description { surface, head, .. } => {
            surface
                .split(' ')
                .next()
                .is_some_and(|w| lex.is_possessive(w))
                && !lex.is_role(head)
        }
        _ => false,
    }
}

/// Verb-second order with an object in front: "Die Anwendung der Regel stellte der Vorsitzende
/// Karl Huber in Frage: „…“" — a full name after a role noun, later in the clause, is its subject.
/// Only in a sentence's opening clause, and where nouns are capitalised (elsewhere the clause's
/// first name is read).
/// `first` is the clause's first mention and its offset.
fn name_after_verb(
    toks: &[Tok],
    first: Option<&(Mention, usize)>,
    start: usize,
    stop: usize,
    f: &Finder,
) -> Option<Mention> {
    if !f.lex.nouns_capitalised {
        return None;
    }
    let knows = |n: &str| n.split(' ').next_back().is_some_and(|l| (f.known)(l));
    // The clause opens with a noun phrase that names no one: a description without a role, or
    // capitalised words nobody in the article is called ("Jede Verantwortung").
    // The look starts after that noun phrase (its words counted from where it opens).
    let (weak, past) = match first {
        Some((Mention::Description { head, surface, .. }, at)) => {
            (!f.lex.is_role(head), at + surface.split(' ').count())
        }
        Some((Mention::Name(n), at)) => (
            !knows(n) && !n.split(' ').any(|w| f.lex.is_role(w)),
            at + n.split(' ').count(),
        ),
        _ => (false, 0),
    };
    if !weak {
        return None;
    }
    (start + past.max(1)..stop).find_map(|p| {
        let w = toks.get(p).and_then(Tok::word)?;
        let article = f.lex.is_determiner(w) && !f.lex.is_oblique(w) && !is_capitalised(w);
        // "Jede Verantwortung weist Huber von sich:": a name the article knows right after a
        // lowercase word that governs nothing (the verb).
        let after_verb = is_name_word(w, f.lex)
            && toks
                .get(p - 1)
                .and_then(Tok::word)
                .is_some_and(|v| verb_position(v, f.lex));
        if !article && !after_verb {
            return None;
        }
        match mention_at(toks, p, stop, f) {
            Some((Mention::Name(n), 0))
                if article && n.contains(' ') || after_verb && knows(&n) =>
            {
                Some(Mention::Name(n))
            }
            _ => None,
        }
    })
}

/// Whether a word may be the finite verb right before a subject: lowercase and no article,
/// preposition, particle or other function word.
fn verb_position(w: &str, lex: &QuoteLexicon) -> bool {
    w.chars().all(char::is_lowercase)
        && !lex.adjective_endings.iter().any(|e| w.ends_with(e))
        && !lex.is_not_name(w)
        && !lex.is_preposition(w)
        && !lex.is_oblique(w)
        && !lex.is_particle(w)
        && !lex.is_conjunction(w)
        && !lex.is_subordinator(w)
}

/// The first mention from `start` to the next clause break, or a name in apposition after it.
pub fn mention_forward(toks: &[Tok], start: usize, f: &Finder) -> Option<Mention> {
    if let Some(m) = quoted_source(toks, start, f) {
        return Some(m);
    }
    let mut end = start;
    while end < toks.len() && matches!(toks[end], Tok::Word(_)) {
        end += 1;
    }
    let found = mention_at(toks, start, end, f);
    // "sagte der Chef der Bundesagentur, Frank-Jürgen Weise": a name in apposition beats the
    // description, when the description reaches the comma ("beschrieb die Agentur unter Berufung
    // auf Erklärungen des Vorsitzenden, Li Wei, als …" names the agency, Li Wei is the chairman).
    let reaches = match &found {
        Some((Mention::Description { surface, .. }, at)) => {
            start + at + surface.split(' ').count() >= end
        }
        _ => true,
    };
    let first = found.map(|(m, _)| m);
    if reaches && matches!(first, None | Some(Mention::Description { .. })) {
        if let Some(n) = apposition_name(toks, end, f) {
            return Some(n);
        }
    }
    first
}

/// The agent of a passive sentence that holds the quotation at `q` ("wird die Gefahr von Bränden
/// vom Wetterdienst als „sehr hoch“ eingestuft", "Es wurde von Müllers Sohn die Vermutung
/// geäußert, …"): the first phrase after an agent preposition, since the sentence's start or the
/// quotation before, that names one who can speak ("von Bränden" does not).
pub fn passive_agent(toks: &[Tok], q: usize, f: &Finder) -> Option<Mention> {
    let lex = f.lex;
    let passive = toks
        .iter()
        .filter_map(Tok::word)
        .any(|w| in_list(lex.passive_auxiliaries, w));
    if !passive {
        return None;
    }
    let reported = toks
        .iter()
        .filter_map(Tok::word)
        .any(|w| lex.is_reported_mood(w));
    let start = toks[..q.min(toks.len())]
        .iter()
        .rposition(|t| matches!(t, Tok::Quoted(_)))
        .map_or(0, |p| p + 1);
    (start..q).find_map(|p| {
        let w = toks.get(p).and_then(Tok::word)?;
        if !in_list(lex.agent_prepositions, w) {
            return None;
        }
        let end = (p + 1..q)
            .find(|&k| !matches!(toks[k], Tok::Word(_)))
            .unwrap_or(q);
        // The agent's clause holds the auxiliary and runs on to the quotation, or only reported
        // speech stands between ("Es wurde von X die Vermutung geäußert, man brauche …, mit dem
        // man „…“ könne"); "the audience, which is selected by the RNC, of consisting of “…”" does
        // not.
        let clause = word_run_start(toks, start, p);
        let auxiliary = toks[clause..end]
            .iter()
            .filter_map(Tok::word)
            .any(|w| in_list(lex.passive_auxiliaries, w));
        let reaches = end == q || reported;
        if !auxiliary || !reaches {
            return None;
        }
        let agent = |m: &Mention| match m {
            Mention::Name(_) => strong_subject(m, f),
            Mention::Description { .. } => describes_an_agent(m, lex) || !weak_subject(Some(m), f),
            Mention::Pronoun => false,
        };
        if let Some((m, 0)) = mention_at(toks, p + 1, end, f).filter(|(m, _)| agent(m)) {
            return Some(m);
        }
        // "vom Deutschen Wetterdienst": a contracted article leaves a noun phrase with no article
        // of its own; read it as if the preposition were one.
        let w: Vec<&str> = toks[p..end].iter().filter_map(Tok::word).collect();
        match description(&w, lex)? {
            Mention::Description {
                surface,
                head,
                modifier,
                ..
            } => {
                let surface = surface.split_once(' ')?.1.to_string();
                let m = Mention::Description {
                    surface,
                    head,
                    refers_back: false,
                    modifier,
                };
                agent(&m).then_some(m)
            }
            _ => None,
        }
    })
}

/// The noun a relative clause hangs on, where that clause holds the quotation at `q` and its verb of
/// saying closes it right after ("erschien ein Kommentar, der die Entscheidung als „…“ bezeichnet"):
/// the relative pronoun is the subject, and it stands for the noun phrase before the comma. Not
/// where the pronoun may be an object and a name or a role opens the clause's own subject ("eine
/// Entscheidung, die der Minister als „…“ bezeichnete").
pub fn relative_antecedent(toks: &[Tok], q: usize, f: &Finder) -> Option<Mention> {
    let lex = f.lex;
    if lex.relative_pronouns.is_empty() || !is_cue_at(toks, q + 1, lex) {
        return None;
    }
    let comma = toks[..q]
        .iter()
        .rposition(|t| !matches!(t, Tok::Word(_)))
        .filter(|&k| matches!(toks[k], Tok::Punct(',')))?;
    let pronoun = toks.get(comma + 1).and_then(Tok::word)?;
    if comma + 1 >= q || !in_list(lex.relative_pronouns, pronoun) || is_capitalised(pronoun) {
        return None;
    }
    if !in_list(lex.subject_relatives, pronoun) {
        let own = mention_at(toks, comma + 2, q, f).filter(|(m, at)| {
            *at == 0
                && match m {
                    Mention::Name(_) => strong_subject(m, f),
                    Mention::Description { .. } => describes_an_agent(m, lex),
                    Mention::Pronoun => true,
                }
        });
        if own.is_some() {
            return None;
        }
    }
    // The noun phrase before the comma, from its article.
    let from = (comma.saturating_sub(4)..comma).find(|&k| {
        toks.get(k)
            .and_then(Tok::word)
            .is_some_and(|w| lex.is_determiner(w) || lex.is_indefinite(w))
            && toks[k..comma].iter().all(|t| matches!(t, Tok::Word(_)))
    })?;
    let w: Vec<&str> = toks[from..comma].iter().filter_map(Tok::word).collect();
    let m = description(&w, lex)?;
    let whole = match &m {
        Mention::Description { surface, .. } => surface.split(' ').count() == w.len(),
        _ => true,
    };
    let speaks = describes_an_agent(&m, lex) || is_document_head(&m, lex);
    (whole && (speaks || matches!(m, Mention::Name(_)))).then_some(m)
}

/// The name a quotation in parentheses comments right after ("…, der Leiter der Behörde, Mohammed
/// ElBaradei („Mir fällt niemand ein …“), und …"): the quotation is that one's words, whatever cue
/// the sentence has for others. A full name or one the article knows.
pub fn parenthesised_by(toks: &[Tok], q: usize, f: &Finder) -> Option<Mention> {
    let open = q.checked_sub(1)?;
    if !matches!(toks.get(open), Some(Tok::Punct('(')))
        || !matches!(toks.get(q + 1), Some(Tok::Punct(')')))
    {
        return None;
    }
    match name_before(toks, open, f)? {
        Mention::Name(n) if n.contains(' ') || (f.known)(&n) => Some(Mention::Name(n)),
        _ => None,
    }
}

/// The mention right after the cue at `c` ("Dies gab der Verband bekannt").
pub fn mention_after(toks: &[Tok], c: usize, f: &Finder) -> Option<Mention> {
    mention_forward(toks, c + 1, f)
}

/// The last document a sentence names ("gab eine Stellungnahme ab", "in einem Brief an …").
pub fn document_in(toks: &[Tok], lex: &QuoteLexicon) -> Option<Mention> {
    (0..toks.len()).rev().find_map(|p| {
        let first = toks.get(p).and_then(Tok::word)?;
        if !(lex.is_determiner(first) || lex.is_oblique(first)) {
            return None;
        }
        let w: Vec<&str> = toks[p..].iter().map_while(Tok::word).collect();
        description(&w, lex).filter(|m| is_document_head(m, lex))
    })
}

/// The subject of the sentence a quotation at `q` stands in, read as before a cue: the last resort
/// for a quotation no cue, colon or carried attribution gives a speaker ("Die Organisation verlangte
/// eine Untersuchung der „…“").
pub fn sentence_subject(toks: &[Tok], q: usize, f: &Finder) -> Option<Mention> {
    mention_backward(toks, q, f)
}

/// The mention right before a colon that opens a quotation ("BKA-Präsident Ziercke: „…“").
pub fn mention_before_colon(toks: &[Tok], colon: usize, f: &Finder) -> Option<Mention> {
    mention_backward(toks, colon, f)
}

/// The first mention among the words of `toks[start..end]` up to the first clause break, and its
/// offset. A name followed by role words and another name yields the last ("CIA spokesman Ryan
/// Trapani"); noun phrases after prepositions and in oblique cases are skipped ("zum Rücktritt").
pub fn mention_at(toks: &[Tok], start: usize, end: usize, f: &Finder) -> Option<(Mention, usize)> {
    let lex = f.lex;
    let slice = toks.get(start..end.min(toks.len()))?;
    let lead = slice
        .iter()
        .take_while(|t| matches!(t, Tok::Punct(_)))
        .count();
    let w: Vec<&str> = slice[lead..].iter().map_while(Tok::word).collect();
    let sentence_initial = start + lead == 0;
    let mut i = 0;
    while i < w.len() && i <= NP_REACH {
        let word = w[i];
        let lists = lex.lists_of(word);
        if lists.is_pronoun() {
            return Some((Mention::Pronoun, i));
        }
        // "Einer der Feuerwehrmänner": one of a group, someone new, not one named before.
        if lex.nouns_capitalised && lists.is_indefinite() {
            let group = w
                .get(i + 1)
                .filter(|d| lex.is_determiner(d) && !is_capitalised(d))
                .and_then(|_| description(&w[i + 1..], lex));
            if let Some(Mention::Description {
                surface,
                head,
                modifier,
                ..
            }) = group
            {
                let one = Mention::Description {
                    surface: format!("{word} {surface}"),
                    head,
                    refers_back: false,
                    modifier,
                };
                return Some((one, i));
            }
        }
        let particle_name = is_capitalised(word) && particle_at(&w[i..], 0, lex);
        // "Während Shakira erklärte": a conjunction that may be a preposition too, followed by a
        // name rather than an article, opens a clause and governs nothing.
        let opens_clause = lists.is_conjunction()
            && w.get(i + 1).is_some_and(|n| {
                let next = lex.lists_of(n);
                is_name_word(n, lex) && !next.is_oblique() && !next.is_determiner()
            });
        if opens_clause {
            i += 1;
            continue;
        }
        if !particle_name
            && (lists.is_oblique() || lists.is_preposition() && !lists.is_determiner())
        {
            // Skip the noun phrase this word governs: up to and including its first capitalised word.
            // Where nouns are capitalised that word is the noun even after an article ("In der
            // Unionsfraktion sagte die Kanzlerin"); elsewhere an article may open a new subject.
            i += 1;
            let skips = |x: &str| !lex.is_determiner(x) || lex.nouns_capitalised;
            while i < w.len() && !is_capitalised(w[i]) && skips(w[i]) {
                i += 1;
            }
            if i < w.len() && skips(w[i]) {
                i += raw_run_len(&w[i..], lex);
                // "Zum Hintergrund der Tat führt der Bericht aus": what the governed noun is of
                // is governed too.
                if lex.nouns_capitalised {
                    i += attachments(&w, i, lex).len();
                }
            }
            continue;
        }
        // "„…“, so letztere": the one named last, resolved as a description of no one new.
        if with_lower(word, |w| lex.latter_words.contains(&w)) {
            let latter = Mention::Description {
                surface: word.to_string(),
                head: word.to_string(),
                refers_back: true,
                modifier: None,
            };
            return Some((latter, i));
        }
        // "fragen sich Experten", "Kritiker des Plans warnen": a group that speaks as one needs
        // no article; what it is of stays with it.
        if is_capitalised(word) && with_lower(word, |w| lex.group_speakers.contains(&w)) {
            let mut surface = vec![word];
            surface.extend(attachments(&w, i + 1, lex));
            let group = Mention::Description {
                surface: surface.join(" "),
                head: word.to_string(),
                refers_back: false,
                modifier: None,
            };
            return Some((group, i));
        }
        if lists.is_determiner() {
            // The word after the slice (the cue the slice ends at) says where the description ends:
            // "Der Einsatzleiter der Polizei in Dortmund | erklärte".
            let mut dw = w[i..].to_vec();
            if lead + w.len() == slice.len() {
                dw.extend(toks.get(end).and_then(Tok::word));
            }
            if let Some(m) = description(&dw, lex) {
                let at = start + lead + i;
                return Some((titled(m, toks, at, &w[i..], f), i));
            }
        } else if let Some(m) = possessed(&w[i..], f) {
            // "Jelpkes Mitarbeiter Nick Brauns", "Obamas Einsatz": a name in the genitive opens
            // the noun phrase of what is its, as an article would.
            return Some((titled(m, toks, start + lead + i, &w[i..], f), i));
        } else if is_name_word(word, lex) || particle_at(&w[i..], 0, lex) {
            let mut run = name_run(&w[i..], lex);
            let raw = raw_run_len(&w[i..], lex);
            // Look past the slice: the cue itself usually ends it ("Putin sagte").
            // A lowercase past-tense verb after it makes it a subject too ("Hollande denounced …").
            let after = start + lead + i + raw;
            let next_is_cue = toks.get(after).and_then(Tok::word).is_some_and(|n| {
                lex.is_cue(n) || is_verb_like(n, lex) || separable_cue_at(toks, after, lex)
            });
            let lone_unknown = run.len() == 1 && !(f.known)(run[0]);
            let doubtful = if lex.nouns_capitalised {
                !next_is_cue && (i > 0 || sentence_initial)
            } else {
                sentence_initial && i == 0 && !next_is_cue
            };
            if lone_unknown && doubtful {
                i += raw;
                continue;
            }
            // Role words in lowercase, then the real name ("Sanders campaign manager Jeff Weaver").
            let mut j = i + raw;
            let mut gap = 0;
            while j < w.len() && gap <= 3 && !lex.nouns_capitalised {
                let x = w[j];
                if is_name_word(x, lex) && gap > 0 {
                    run = name_run(&w[j..], lex);
                    j += raw_run_len(&w[j..], lex);
                    gap = 0;
                } else if gap == 0
                    && lex.description_links.contains(&x)
                    && run.last().is_some_and(|r| lex.is_role(r))
                {
                    // "Secretary of State Madeleine Albright"
                    j += 1;
                    gap += 1;
                } else if x.chars().all(|c| c.is_lowercase() || c == '-')
                    && !lex.is_not_name(x)
                    && !lex.is_preposition(x)
                    && !lex.is_particle(x)
                    // A verb ends the subject: "Gingrich dismissed NATO member Estonia".
                    && !is_verb_like(x, lex)
                {
                    j += 1;
                    gap += 1;
                } else {
                    break;
                }
            }
            // "hatte Steinmann Positives zu vermelden": where nouns are capitalised, a noun may
            // follow a name; the name ends with its last word the article knows.
            if lex.nouns_capitalised && run.len() >= 2 && !run.last().is_some_and(|l| (f.known)(l))
            {
                if let Some(k) = run.iter().rposition(|x| (f.known)(x)) {
                    run.truncate(k + 1);
                }
            }
            // "soll Anelka zu Domenech gesagt haben": a particle after a surname the article knows
            // (not a given name: "Karl-Theodor zu Guttenberg") is a preposition, the name ends
            // before it.
            if let Some(p) = run
                .iter()
                .position(|x| lex.is_particle(x))
                .filter(|&p| p > 0 && (f.known)(run[p - 1]) && !(lex.given_name)(run[p - 1]))
            {
                run.truncate(p);
            }
            // "warnten Vertreter der Bauverbände": a lone noun nobody is called, with what it is
            // of attached, is a description of newcomers, not a name.
            if lex.nouns_capitalised
                && raw == 1
                && run.len() == 1
                && !(f.known)(run[0])
                && !(lex.given_name)(run[0])
            {
                let of = attachments(&w, i + 1, lex);
                if !of.is_empty() {
                    let mut surface = vec![run[0]];
                    surface.extend(of);
                    let one = Mention::Description {
                        surface: surface.join(" "),
                        head: run[0].to_string(),
                        refers_back: false,
                        modifier: None,
                    };
                    return Some((titled(one, toks, start + lead + i, &w[i..], f), i));
                }
            }
            if !run.is_empty() {
                return Some((Mention::Name(run.join(" ")), i));
            }
        }
        i += 1;
    }
    None
}

/// The description opened by a known name in the genitive at `w[0]` ("Merkels Sprecher",
/// "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns"), where nouns are capitalised: the name less
/// its "s" is one the article knows, and a noun or an inflected adjective follows.
fn possessed(w: &[&str], f: &Finder) -> Option<Mention> {
    let lex = f.lex;
    let first = *w.first()?;
    if !lex.nouns_capitalised || !is_capitalised(first) {
        return None;
    }
    let stem = first.strip_suffix('s')?;
    let next = *w.get(1)?;
    let opens_np = is_capitalised(next) && !lex.is_not_name(next)
        || next.chars().all(char::is_lowercase)
            && lex.attributive_endings.iter().any(|e| next.ends_with(e));
    if stem.chars().count() < 3 || !opens_np || !(f.known)(stem) {
        return None;
    }
    // Whose it is says who is meant: it points back to no one else named before.
    match description(w, lex)? {
        Mention::Description {
            surface,
            head,
            modifier,
            ..
        } => Some(Mention::Description {
            surface,
            head,
            refers_back: false,
            modifier,
        }),
        m => Some(m),
    }
}

/// A description `m` read from the words `w` (at token `at`) with the name in quotation marks that
/// follows it: "die Wochenzeitschrift „Jungle World“" is that paper, "der Mitarbeiter der Firma
/// „Lumen“" keeps the firm's name as what it is of.
fn titled(m: Mention, toks: &[Tok], at: usize, w: &[&str], f: &Finder) -> Mention {
    let Mention::Description {
        surface,
        head,
        refers_back,
        modifier,
    } = m
    else {
        return m;
    };
    let n = surface.split(' ').count();
    let lex = f.lex;
    // Nothing but one link word may stand between the description and the quotation marks.
    let link = match w.get(n..).unwrap_or_default() {
        [] => None,
        [l] if lex.is_description_link(l) => Some(*l),
        _ => {
            return Mention::Description {
                surface,
                head,
                refers_back,
                modifier,
            }
        }
    };
    let title = match toks.get(at + n + usize::from(link.is_some())) {
        Some(Tok::Quoted(k)) => (f.title)(*k),
        _ => None,
    };
    let of_something = surface
        .split(' ')
        .skip(1)
        .any(|x| lex.is_description_link(x));
    let m = Mention::Description {
        surface,
        head,
        refers_back,
        modifier,
    };
    let Some(title) = title else { return m };
    if link.is_none() && !of_something {
        // "die Wochenzeitschrift „Jungle World“": the head itself bears the name, when it is one
        // who can speak; "die Studie „Lebensgefühl“" stays a document with its title, "die
        // Bezeichnung „Gesindel“" a thing.
        if describes_an_agent(&m, lex) {
            return Mention::Name(title);
        }
        if !is_document_head(&m, lex) {
            return m;
        }
    }
    let Mention::Description {
        mut surface,
        head,
        modifier,
        ..
    } = m
    else {
        return m;
    };
    if let Some(l) = link {
        surface.push(' ');
        surface.push_str(l);
    }
    surface.push_str(" „");
    surface.push_str(&title);
    surface.push('“');
    // A named one is no one named before.
    Mention::Description {
        surface,
        head,
        refers_back: false,
        modifier,
    }
}

fn is_document_head(m: &Mention, lex: &QuoteLexicon) -> bool {
    matches!(m, Mention::Description { head, .. } if lex.is_document(head))
}

fn raw_run_len(w: &[&str], lex: &QuoteLexicon) -> usize {
    raw_run_len_from(w, 0, lex)
}

/// `raw_run_len` for words whose first `from` are known to be name words or particles.
fn raw_run_len_from(w: &[&str], from: usize, lex: &QuoteLexicon) -> usize {
    let mut k = from;
    while k < w.len() && (is_name_word(w[k], lex) || particle_at(w, k, lex)) {
        k += 1;
    }
    k.max(1)
}

/// Whether `w[k]` is a particle inside a name: "von der" before "Leyen", also capitalised at the
/// start of a sentence ("Von der Leyen betonte …").
fn particle_at(w: &[&str], k: usize, lex: &QuoteLexicon) -> bool {
    let Some(word) = w.get(k) else { return false };
    let particle = if k == 0 {
        is_capitalised(word) && lex.is_particle(&word.to_lowercase())
    } else {
        let after_particle = w
            .get(k - 1)
            .is_some_and(|p| lex.is_particle(&p.to_lowercase()));
        lex.is_particle(word) || after_particle && is_name_article(word, lex)
    };
    if !particle {
        return false;
    }
    // The particles run on to one name word: "von der Leyen", not "von Human Rights Watch".
    // After a particle an article may follow: "von der Leyen", "van der Bellen".
    let mut j = k + 1;
    while w
        .get(j)
        .is_some_and(|x| lex.is_particle(x) || is_name_article(x, lex))
    {
        j += 1;
    }
    // A capitalised "Von"/"De" opening a sentence is a preposition unless another particle follows.
    let opener_ok = k > 0
        || j > k + 1
        || !lex.is_preposition(word) && !lex.not_names.contains(&word.to_lowercase().as_str());
    // "Minister X von der Kanzlei des Ministerpräsidenten": where nouns are capitalised, a word
    // with a noun's ending, or one that a genitive follows, is the object of "von", not a name.
    let noun_after = lex.nouns_capitalised
        && (w.get(j).is_some_and(|n| has_noun_ending(n, lex))
            || w.get(j + 1).is_some_and(|n| lex.is_determiner(n)));
    opener_ok
        && !noun_after
        && w.get(j).is_some_and(|n| is_name_word(n, lex))
        && !w.get(j + 1).is_some_and(|n| is_name_word(n, lex))
}

/// Whether `w` can be the article in a name after a particle: a short lowercase article ("der" of
/// "von der Leyen", "la" of "de la Rúa"), not a demonstrative or an indefinite one ("Zu dieser Zeit",
/// "von einem Sprecher").
fn is_name_article(w: &str, lex: &QuoteLexicon) -> bool {
    lex.is_determiner(w) && !is_capitalised(w) && w.chars().count() <= 3
}

/// Whether a word longer than four letters ends like a common noun ("-ung", "-ei").
fn has_noun_ending(w: &str, lex: &QuoteLexicon) -> bool {
    w.chars().count() > 4 && with_lower(w, |w| lex.noun_endings.iter().any(|e| w.ends_with(e)))
}

/// "der Experte", "die Indopazifikexpertin", "the former minister", or "der Autor Cha Du-hyeogn" (a name).
fn description(w: &[&str], lex: &QuoteLexicon) -> Option<Mention> {
    let mut body: Vec<&str> = Vec::new();
    for (k, word) in w.iter().enumerate().skip(1) {
        // "in einer gestern verbreiteten Erklärung": an adverb before an inflected adjective, with
        // no noun yet, is inside the noun phrase.
        let inside = !is_capitalised(word)
            && body.iter().all(|b| !is_capitalised(b))
            && w.get(k + 1).is_some_and(|n| {
                !is_capitalised(n) && lex.attributive_endings.iter().any(|e| n.ends_with(e))
            });
        let stop = lex.is_not_name(word) && !lex.is_document(word) && !inside;
        // "dem Schreiben" is a noun, "der Autor schreibt" a cue.
        let cue = lex.is_cue(word) && !(lex.nouns_capitalised && is_capitalised(word));
        if lex.is_determiner(word) || cue || stop || body.len() >= 5 {
            break;
        }
        if is_verb_like(word, lex) && !body.is_empty() {
            break;
        }
        if is_name_word(word, lex)
            && !body.is_empty()
            && body.iter().any(|b| is_capitalised(b) || lex.is_role(b))
        {
            // Role noun then a name: the name is the mention.
            let run = name_run(&w[k..], lex);
            if !run.is_empty() && (run.len() >= 2 || body.last().is_some_and(|b| lex.is_role(b))) {
                return Some(Mention::Name(run.join(" ")));
            }
        }
        body.push(word);
        // "Der 58-Jährige": a noun may open with digits.
        let noun = is_capitalised(word)
            || word.split_once('-').is_some_and(|(n, rest)| {
                n.chars().all(|c| c.is_ascii_digit()) && is_capitalised(rest)
            });
        if lex.nouns_capitalised && noun {
            // A German description ends with its noun, unless a name follows a role noun.
            if !w.get(k + 1).is_some_and(|n| is_name_word(n, lex)) {
                // "Der Abgeordnete und Fraktionschef Anna Roth": two roles joined, then the name.
                let joined = lex.is_role(word)
                    && w.get(k + 1).is_some_and(|c| lex.is_conjunction(c))
                    && w.get(k + 2)
                        .is_some_and(|r| is_capitalised(r) && lex.is_role(r));
                let run = name_run(w.get(k + 2..).unwrap_or_default(), lex);
                if joined && run.len() >= 2 {
                    return Some(Mention::Name(run.join(" ")));
                }
                break;
            }
        }
    }
    let head = *body.last()?;
    let mut surface = vec![w[0]];
    surface.extend(&body);
    // Keep what the description is of ("der Sportchef von Bayer 04 Leverkusen", "a spokesman for
    // Platte River"): it says who is meant when no name is given.
    surface.extend(attachments(w, surface.len(), lex));
    surface.extend(place_of(w, surface.len(), lex));
    let modifier = body[..body.len().saturating_sub(1)].iter().find_map(|b| {
        if is_capitalised(b) {
            return None;
        }
        let e = lex.adjective_endings.iter().find(|e| b.ends_with(*e))?;
        let stem = b.get(..b.len() - e.len())?;
        (stem.chars().count() >= 4).then(|| stem.to_string())
    });
    Some(Mention::Description {
        surface: surface.join(" "),
        head: head.to_string(),
        refers_back: !lex.is_document(head) && !lex.is_indefinite(w[0]),
        modifier,
    })
}

/// The phrases attached at `w[k]` to the noun phrase before it, each a link word and its noun
/// phrase: "der Bauwirtschaftsverbände" after "Vertreter", "von Bayer 04 Leverkusen" after "der
/// Sportchef".
fn attachments<'a>(w: &[&'a str], k: usize, lex: &QuoteLexicon) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let mut k = k;
    while let Some(link) = w.get(k).filter(|x| lex.is_description_link(x)) {
        let mut np: Vec<&str> = Vec::new();
        for x in w[k + 1..].iter().take(6) {
            let fits = !lex.is_cue(x)
                && !lex.is_pronoun(x)
                && !lex.is_description_link(x)
                && (!lex.is_not_name(x) || lex.is_determiner(x) || lex.is_oblique(x));
            // A German noun phrase ends with its noun and the names after it: "der Studie" in
            // "Die Autoren der Studie werfen den Behörden vor".
            let past_noun = lex.nouns_capitalised
                && np.last().is_some_and(|l| is_capitalised(l))
                && !is_name_word(x, lex)
                && !x.chars().all(|c| c.is_ascii_digit());
            if !fits || past_noun {
                break;
            }
            np.push(x);
        }
        if np.is_empty() {
            break;
        }
        out.push(link);
        out.extend(&np);
        k += 1 + np.len();
        // "laut einer Pressemitteilung des BMI der Verbesserung …": no genitive hangs on an
        // acronym; what follows is the object of the clause.
        if np.last().is_some_and(|l| is_acronym(l)) {
            break;
        }
    }
    out
}

/// The place phrase at `w[k]` that belongs to the description before it: "aus Washington" (where the
/// one speaking is from), or "in Dortmund" right before the verb of saying ("Der Einsatzleiter der
/// Polizei in Dortmund erklärte"). The place is one or two name words.
fn place_of<'a>(w: &[&'a str], k: usize, lex: &QuoteLexicon) -> Vec<&'a str> {
    let Some(&link) = w.get(k) else {
        return Vec::new();
    };
    let origin = lex.origin_prepositions.contains(&link);
    if !origin && !lex.place_prepositions.contains(&link) {
        return Vec::new();
    }
    let place = w
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .take_while(|x| is_name_word(x, lex) && !lex.is_cue(x))
        .count();
    let after = w.get(k + 1 + place);
    let closes = match after {
        None => origin,
        Some(a) if origin => !is_capitalised(a),
        Some(a) => lex.is_cue(a),
    };
    if place == 0 || place > 2 || !closes {
        return Vec::new();
    }
    w[k..=k + place].to_vec()
}

/// A lowercase word with a finite-verb ending ("refused", "denounced"); never in German, whose
/// table lists no such endings.
fn is_verb_like(w: &str, lex: &QuoteLexicon) -> bool {
    w.chars().all(char::is_lowercase)
        && w.chars().count() > 4
        && lex.verb_endings.iter().any(|e| w.ends_with(e))
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-')
}

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_name_word(w: &str, lex: &QuoteLexicon) -> bool {
    // An initial inside a name ("Jürgen R. Thumann").
    let mut cs = w.chars();
    if let (Some(a), Some('.'), None) = (cs.next(), cs.next(), cs.next()) {
        return a.is_uppercase();
    }
    // The cheap tests first: this runs on every word of the article.
    is_capitalised(w) && w.chars().any(char::is_lowercase) && !lex.is_not_name(w)
        || w.chars().all(|c| c.is_uppercase() || c == '-')
            && w.chars().count() >= 2
            && w.chars().any(char::is_alphabetic)
            && !lex.is_not_name(w)
}

/// The capitalised words starting at `w[0]` (with particles such as "von"), role words in front dropped.
pub fn name_run<'a>(w: &[&'a str], lex: &QuoteLexicon) -> Vec<&'a str> {
    let mut run: Vec<&str> = Vec::new();
    let mut k = 0;
    while k < w.len() && run.len() < MAX_RUN {
        let word = w[k];
        if is_name_word(word, lex) || particle_at(w, k, lex) {
            run.push(word);
        } else {
            break;
        }
        k += 1;
    }
    // Role words in front go: "Ohio Democratic Party Chairman David Pepper" is David Pepper.
    if let Some(r) = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|x| lex.is_role(x))
    {
        run.drain(..=r);
    }
    while run.last().is_some_and(|l| l.ends_with('.')) {
        run.pop();
    }
    if !plausible(&run, lex) {
        run.clear();
    }
    run
}

/// Whether capitalised words look like a person's or organisation's name rather than a German noun
/// phrase: no leading adjective ("Europäischen Union"), no common noun before another word
/// ("Bundesregierung Mehrkosten", "Vorgehen Khartums").
fn plausible(run: &[&str], lex: &QuoteLexicon) -> bool {
    if run.len() < 2 {
        return true;
    }
    let lower = |w: &str| w.to_lowercase();
    let first = lower(run[0]);
    if lex.adjective_endings.iter().any(|e| first.ends_with(e)) {
        return false;
    }
    // "Franz Huber": a given name is no common noun, whatever its ending.
    !run[..run.len() - 1].iter().any(|w| {
        if (lex.given_name)(w) {
            return false;
        }
        let w = lower(w);
        w.chars().count() > 4 && lex.noun_endings.iter().any(|e| w.ends_with(e))
    })
}

/// Names the article has mentioned so far, with the words around them (their role, their apposition).
#[derive(Default)]
pub struct Registry {
    known: Vec<Known>,
    /// The last word of every known name: `knows` runs at nearly every word.
    last_words: HashSet<String>,
    /// Canonical names already credited with a quotation.
    pub speakers: Vec<String>,
    pub last_speaker: Option<(String, usize)>,
    /// The person of the actor list named last ("letztere").
    last_person: Option<String>,
    /// The language's `org_head` test, if it has one.
    org_head: Option<fn(&str) -> bool>,
    /// The language's words for the one named last (see `resolve`).
    latter: &'static [&'static str],
    /// The language's description links and determiners (see `holds_role`).
    links: &'static [&'static str],
    determiners: &'static [&'static str],
}

struct Known {
    name: String,
    context: String,
}

impl Registry {
    pub fn new(lex: &QuoteLexicon) -> Self {
        Registry {
            org_head: Some(lex.org_head),
            latter: lex.latter_words,
            links: lex.description_links,
            determiners: lex.determiners,
            ..Registry::default()
        }
    }

    /// Records every run of two or more name words in the sentence, with its role and apposition.
    pub fn learn(&mut self, toks: &[Tok], lex: &QuoteLexicon, actors: &Actors) {
        let mut i = 0;
        while i < toks.len() {
            let Some(w) = toks[i].word() else {
                i += 1;
                continue;
            };
            if !is_name_word(w, lex) {
                i += 1;
                continue;
            }
            let words: Vec<&str> = toks[i..].iter().map_while(Tok::word).collect();
            let raw_len = raw_run_len_from(&words, 1, lex);
            // A run is never longer than the raw run: a single name word (most German nouns) ends
            // the look here.
            if raw_len < 2 {
                i += raw_len;
                continue;
            }
            let run = name_run(&words, lex);
            if let Some(a) = actors
                .resolve(&run.join(" "))
                .filter(|a| matches!(a.kind, crate::reading::ActorKind::Person))
            {
                self.last_person = Some(a.name.clone());
            }
            // "des Berliner Verfassungsschutzes": a capitalised phrase after an article or a
            // preposition is a noun phrase, not a name.
            let after_function_word = i
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .and_then(Tok::word)
                .is_some_and(|p| {
                    // A particle before a run is a link: "Ex-Gouverneur von Massachusetts Mitt Romney".
                    let lower = p.chars().all(char::is_lowercase)
                        && !lex.is_particle(p)
                        && (lex.is_determiner(p) || lex.not_names.contains(&p));
                    // "Das Staatsoberhaupt Neuseelands" opening a sentence.
                    lower || lex.nouns_capitalised && is_capitalised(p) && lex.is_determiner(p)
                });
            if run.len() >= 2 && !after_function_word {
                let mut context: Vec<&str> = Vec::new();
                if let Some(p) = i
                    .checked_sub(1)
                    .and_then(|j| toks.get(j))
                    .and_then(Tok::word)
                {
                    context.push(p);
                }
                context.extend(words.iter().take(raw_len));
                let mut j = i + raw_len;
                if matches!(toks.get(j), Some(Tok::Punct(','))) {
                    j += 1;
                }
                context.extend(toks.iter().skip(j).map_while(Tok::word).take(8));
                self.add(run.join(" "), context.join(" "));
            }
            i += raw_len;
        }
    }

    pub fn add(&mut self, name: String, context: String) {
        let context = context.to_lowercase();
        if let Some(k) = self.known.iter().position(|k| k.name == name) {
            let mut old = self.known.remove(k);
            old.context.push(' ');
            old.context.push_str(&context);
            self.known.push(old);
        } else if self.known.len() < MAX_KNOWN {
            if let Some(last) = name.split_whitespace().last() {
                self.last_words.insert(last.to_string());
            }
            self.known.push(Known { name, context });
        }
    }

    /// Whether a single name word is one the article (or the actor list) already uses for someone.
    pub fn knows(&self, word: &str, actors: &Actors) -> bool {
        actors.resolve(word).is_some()
            || actors.has_last_word(word)
            || self.last_words.contains(word)
    }

    /// Whether a single name word is the surname of someone already quoted.
    pub fn knows_speaker(&self, word: &str) -> bool {
        self.speakers
            .iter()
            .any(|n| n.split_whitespace().last() == Some(word))
    }

    /// The canonical name for a mention, or `None` when it stands for nobody we know.
    pub fn resolve(&self, m: &Mention, actors: &Actors, sentence: usize) -> Option<String> {
        match m {
            Mention::Name(surface) => Some(self.full_name(surface, actors)),
            Mention::Pronoun => self
                .last_speaker
                .as_ref()
                .filter(|(_, s)| sentence.saturating_sub(*s) <= PRONOUN_REACH)
                .map(|(n, _)| n.clone()),
            Mention::Description {
                surface,
                head,
                refers_back,
                modifier,
            } => {
                // "„…“, so letztere", "the latter said": the person named last before.
                if with_lower(head, |h| self.latter.contains(&h)) {
                    return Some(self.last_person.clone().unwrap_or_else(|| surface.clone()));
                }
                // "der Chef des Verwaltungsrats Ulrich Müller": a person of the article closing the
                // description is the one meant.
                if let Some(a) = named_at_end(surface, actors) {
                    return Some(a);
                }
                let stem = stem(head);
                // "die Universität" is an organisation, not a person named before.
                let org = self
                    .org_head
                    .is_some_and(|o| names_an_organisation(head, o));
                if !refers_back || org || stem.chars().count() < 3 {
                    return Some(surface.clone());
                }
                let marked = |context: &str| modifier.as_ref().is_none_or(|m| context.contains(m));
                let found = self
                    .known
                    .iter()
                    .rev()
                    .find(|k| {
                        self.holds_role(&k.context, &stem, &k.name)
                            && marked(&k.context)
                            && self.speakers.contains(&k.name)
                    })
                    .map(|k| k.name.clone())
                    .or_else(|| {
                        // Of the actors with that role, one already quoted is the likelier meant.
                        let fits = |a: &&crate::reading::Actor| {
                            a.role.as_deref().is_some_and(|r| {
                                let r = r.to_lowercase();
                                self.holds_role(&r, &stem, &a.name) && marked(&r)
                            })
                        };
                        let quoted = actors
                            .list
                            .iter()
                            .filter(fits)
                            .find(|a| self.speakers.contains(&a.name));
                        // Of the others only the one: "der Papst" after "Papst Coelestin V." and
                        // "Papst Gregor XII." in a history of resignations may be neither.
                        let only = || {
                            let mut fitting = actors.list.iter().filter(fits);
                            fitting.next().filter(|_| fitting.next().is_none())
                        };
                        quoted.or_else(only).map(|a| a.name.clone())
                    });
                Some(found.map_or_else(|| surface.clone(), |n| self.full_name(&n, actors)))
            }
        }
    }

    /// Whether the words around a name (`text`, lowercase) give it the role `stem` as its own: "Georg
    /// Ratzinger, Bruder des Papstes" is no pope, the role there is of someone else. A role word after
    /// a link ("des", "von") is someone else's, and so after an article that is a link too ("der")
    /// when a word other than the name stands before it ("Sprecher der Kanzlerin"); "Anna Roth, der
    /// Kanzlerin …" after the name keeps it.
    fn holds_role(&self, text: &str, stem: &str, name: &str) -> bool {
        let own = |w: &str| {
            name.split_whitespace()
                .any(|n| n.to_lowercase() == w.trim_matches(|c: char| !c.is_alphanumeric()))
        };
        let (mut before, mut prev): (Option<&str>, Option<&str>) = (None, None);
        for w in text.split_whitespace() {
            if w.contains(stem) {
                let of_another = prev.is_some_and(|l| {
                    self.links.contains(&l)
                        && (!self.determiners.contains(&l) || before.is_some_and(|b| !own(b)))
                });
                if !of_another {
                    return true;
                }
            }
            before = prev;
            prev = Some(w);
        }
        false
    }

    fn full_name(&self, surface: &str, actors: &Actors) -> String {
        if let Some(a) = actors.resolve(surface) {
            return a.name.clone();
        }
        // A longer name whose last words are the surface's ("Kim Jong-un" for "Jong-un"), compared
        // word by word from the end without collecting either: this runs over every actor.
        let ends_with = |name: &str| {
            let mut n = name.split_whitespace().rev();
            surface
                .split_whitespace()
                .rev()
                .all(|t| n.next() == Some(t))
                && n.next().is_some()
        };
        if let Some(a) = actors.list.iter().find(|a| ends_with(&a.name)) {
            return a.name.clone();
        }
        if let Some(k) = self.known.iter().rev().find(|k| ends_with(&k.name)) {
            return k.name.clone();
        }
        surface.to_string()
    }
}

/// Whether a description names someone who can speak: a role ("der Landrat") or an organisation
/// ("die Gewerkschaft"), not a thing ("das Buch", "diese Rohstoffe").
pub fn describes_an_agent(m: &Mention, lex: &QuoteLexicon) -> bool {
    match m {
        Mention::Description { head, .. } => {
            let stem = stem(head);
            // Plurals: "Landkreise", "Experten".
            let singular = stem.strip_suffix('e').unwrap_or(&stem);
            lex.is_role(head)
                || lex.is_role(&stem)
                || names_an_organisation(head, lex.org_head)
                || (lex.org_head)(singular)
        }
        _ => false,
    }
}

/// Whether the head of a description is an organisation noun ("die Universität", "der Senat").
fn names_an_organisation(head: &str, org_head: fn(&str) -> bool) -> bool {
    org_head(&stem(head)) || org_head(&head.to_lowercase())
}

/// Lowercase stem of a role noun, so that "Experten" finds "Experte" and "Expertin" finds "expertin".
fn stem(head: &str) -> String {
    let h = head.to_lowercase();
    let h = h.trim_end_matches('.');
    let cut = h
        .strip_suffix("en")
        .or_else(|| h.strip_suffix("n"))
        .or_else(|| h.strip_suffix("s"))
        .filter(|s| s.chars().count() >= 4)
        .unwrap_or(h);
    cut.to_string()
}

/// The person actor whose full name (two or three words) ends a description, if any.
fn named_at_end(surface: &str, actors: &Actors) -> Option<String> {
    let words: Vec<&str> = surface.split_whitespace().collect();
    (2..=3).rev().find_map(|n| {
        let from = words.len().checked_sub(n).filter(|&f| f > 0)?;
        let tail = words.get(from..)?.join(" ");
        actors
            .resolve(&tail)
            .filter(|a| matches!(a.kind, crate::reading::ActorKind::Person))
            .map(|a| a.name.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::quotes::tokens::tokenize;

    fn toks(text: &str) -> Vec<Tok<'_>> {
        tokenize(text, (0, text.len()), &[])
    }

    #[test]
    fn a_separable_verb_is_a_cue_only_with_its_particle_closing_the_clause() {
        let de = crate::lang::for_code(Some("de"), "").quotes;
        let at = |text: &str, word: &str| {
            let t = toks(text);
            let i = t.iter().position(|x| x.word() == Some(word)).unwrap();
            separable_cue_at(&t, i, de)
        };
        assert!(at(
            "Dann gab ein Sprecher der Werft bekannt, es gehe weiter.",
            "gab"
        ));
        assert!(at("Die Behörde teilte am Montag mit: alles gut.", "teilte"));
        // The particle word opening a phrase is a preposition, not the verb's particle.
        assert!(!at("Er teilte die Kosten mit seinem Bruder.", "teilte"));
        // Another verb's particle is not this verb's.
        assert!(!at("Sie gab den Schlüssel ab.", "gab"));
        assert!(!at("Er gab nach. Dann kam sie bekannt", "gab"));
    }
}
