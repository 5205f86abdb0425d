//! Takes the sentences, the actors and the language, gives the direct `Quote`s: the words inside
//! quotation marks, verbatim, with their speaker (a canonical actor name, else the name or description
//! the article gives) and the cue of attribution. Titles and names in quotation marks are left out;
//! indirect speech is never a quote. A quotation without a cue of its own continues the speaker of the
//! sentence before. Repeated quotations (a pull quote echoing the body) are listed once.

mod judge;
mod lexicon;
pub mod marks;
mod speaker;
mod tokens;

pub use lexicon::QuoteLexicon;

use super::actors::Actors;
use super::sentences::Sentence;
use crate::fnv;
use crate::lang::Language;
use crate::reading::{ActorKind, Quote};
use crate::render::BlockKind;
use lexicon::WordLists;
use speaker::{Mention, Registry};
use tokens::Tok;

/// A card lists at most this many quotations.
const MAX_QUOTES: usize = 60;
/// Quotations examined per article; bounds the work of de-duplication on pathological input.
const MAX_CANDIDATES: usize = 400;
/// A quotation with no cue takes the speaker of an attribution at most this many sentences back.
const CARRY_REACH: usize = 1;
/// A speaker (named, or carried on by pronouns and reported speech) reaches a quotation at most this
/// many sentences after the last sentence that names it; farther away, sentences are not read for
/// attributions at all.
const SPEAKER_REACH: usize = 8;
/// A quotation split off as a sentence of its own takes a cue at most this many tokens into the next.
const NEXT_CUE_REACH: usize = 4;
/// A preposition governs a name at most this many words (articles and the name's own) before it.
const GOVERN_REACH: usize = 6;

struct Found {
    quote: Quote,
    block: usize,
    /// Byte range of the quotation's marks in the joined text.
    outer: (usize, usize),
    from_body: bool,
}

/// The quotation spans `(start, end, index)` that touch `range`. Spans are sorted and disjoint, so
/// these are one contiguous run of `triples`.
fn spans_touching(
    triples: &[(usize, usize, usize)],
    range: (usize, usize),
) -> &[(usize, usize, usize)] {
    let from = triples.partition_point(|t| t.1 <= range.0);
    let rest = triples.get(from..).unwrap_or_default();
    rest.get(..rest.partition_point(|t| t.0 < range.1))
        .unwrap_or_default()
}

pub fn find(sentences: &[Sentence], actors: &Actors, language: &Language) -> Vec<Quote> {
    let lex = language.quotes;
    let (doc, ranges) = join(sentences);
    let spans = marks::scan(&doc);
    let triples: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .map(|(k, s)| (s.outer.0, s.outer.1, k))
        .collect();
    // A short quoted title, the name of a paper or an agency ("schreibt die „Zeit“").
    let title = |k: usize| -> Option<String> {
        let span = spans.get(k)?;
        let &[(a, b)] = span.pieces.as_slice() else {
            return None;
        };
        let t = doc.get(a..b)?.trim();
        let named = t.chars().next().is_some_and(char::is_uppercase)
            && t.split_whitespace().count() <= 4
            && !t.ends_with(['.', ',', '!', '?', ':', ';', '…']);
        named.then(|| t.to_string())
    };
    let mut registry = Registry::new(lex);
    // The speaker and cue of the latest attribution, and its sentence.
    let mut last_attribution: Option<(Option<String>, Option<String>, usize)> = None;
    let mut found: Vec<Found> = Vec::new();
    let near = near_quotations(&triples, &ranges);
    // Past the last sentence within reach of a quotation there is nothing left to attribute (on many
    // pages, with no quotation at all, that is every sentence).
    let reach = near.iter().rposition(|&n| n).map_or(0, |last| last + 1);
    for (si, (s, &range)) in sentences.iter().zip(&ranges).enumerate().take(reach) {
        let local = spans_touching(&triples, range);
        let toks = tokens::tokenize(&doc, range, local);
        if !near.get(si).copied().unwrap_or(true) {
            last_attribution = None;
            registry.last_speaker = None;
            registry.learn(&toks, lex, actors);
            continue;
        }
        // Every word below is tested for a cue, most of them more than once: one lookup each.
        let lists: Vec<WordLists> = toks
            .iter()
            .map(|t| t.word().map(|w| lex.lists_of(w)).unwrap_or_default())
            .collect();
        let may_be_cue = |i: usize| lists.get(i).is_some_and(|l| l.may_be_cue());
        // "Sie seien „…“": reported speech goes on reporting the speaker named before.
        let reported = lists.iter().any(|l| l.is_reported_mood());
        let live = last_attribution
            .as_ref()
            .filter(|(n, _, at)| n.is_some() && si.saturating_sub(*at) <= CARRY_REACH);
        // The cue test first: it rules out most words in one lookup.
        let own_cue = toks.iter().enumerate().any(|(i, t)| {
            may_be_cue(i)
                && speaker::is_cue_at(&toks, i, lex)
                && t.word().is_some_and(|w| !lex.is_adverb_cue(w))
        });
        let reports_on = reported && live.is_some() && !own_cue;
        let mut sentence_speaker: Option<(Option<String>, Option<String>)> = None;
        for (q, tok) in toks.iter().enumerate() {
            let Tok::Quoted(k) = *tok else { continue };
            let Some(span) = spans.get(k) else { continue };
            let text = span.text(&doc);
            let cue = speaker::find_cue(&toks, q, &text, lex);
            let before: Vec<&str> = toks[..q]
                .iter()
                .rev()
                .take(2)
                .filter_map(Tok::word)
                .collect();
            let coined = before.first().is_some_and(|w| lex.is_indefinite(w));
            let cx = judge::Context {
                before: &before,
                colon_before: q > 0 && matches!(toks.get(q - 1), Some(Tok::Punct(':'))),
                cued: cue.is_some(),
            };
            if !judge::is_quotation(&text, &cx, lex) || !outputs(s.kind) {
                continue;
            }
            let known = |w: &str| registry.knows(w, actors);
            let finder = speaker::Finder {
                lex,
                known: &known,
                title: &title,
            };
            // "Mohammed ElBaradei („…“)": a quotation in parentheses after a name is that one's.
            let aside = speaker::parenthesised_by(&toks, q, &finder)
                .map(|m| (registry.resolve(&m, actors, si), None));
            let attributed = aside.or_else(|| {
                cue.and_then(|c| {
                    let m = speaker::mention_for_cue(&toks, c, q, &finder)?;
                    // "X sagte: „…“, betont sie.": a pronoun after the quotation is the one named
                    // before its colon.
                    let m = match m {
                        Mention::Pronoun if c > q && cx.colon_before => {
                            speaker::mention_before_colon(&toks, q - 1, &finder)
                                .filter(|b| *b != Mention::Pronoun)
                                .unwrap_or(m)
                        }
                        m => m,
                    };
                    let word = toks.get(c).and_then(Tok::word).map(str::to_string);
                    Some((registry.resolve(&m, actors, si), word))
                })
            });
            // "“Why now?” Clinton asked.": a quotation ending in ? or ! is split off as a sentence of
            // its own; its attribution opens the next one.
            let alone = toks.iter().all(|t| !matches!(t, Tok::Word(_)));
            let attributed = attributed.or_else(|| {
                sentences
                    .get(si + 1)
                    .filter(|n| alone && n.block == s.block)?;
                let &range = ranges.get(si + 1)?;
                let mut after = vec![Tok::Quoted(k)];
                after.extend(tokens::tokenize(
                    &doc,
                    range,
                    spans_touching(&triples, range),
                ));
                // Only an attribution that opens the sentence ("Trump said.", "said Rep. X"), not one
                // of a new sentence's own.
                let c =
                    speaker::find_cue(&after, 0, &text, lex).filter(|&c| c <= NEXT_CUE_REACH)?;
                let m = speaker::mention_for_cue(&after, c, 0, &finder)?;
                let word = after.get(c).and_then(Tok::word).map(str::to_string);
                Some((registry.resolve(&m, actors, si), word))
            });
            // "… „…“ vorweisen. Dies gab der Verband bekannt.": the next sentence attributes this one.
            let attributed = attributed.or_else(|| {
                sentences.get(si + 1).filter(|n| n.block == s.block)?;
                let &range = ranges.get(si + 1)?;
                let next = tokens::tokenize(&doc, range, spans_touching(&triples, range));
                let opener = next.first().and_then(Tok::word)?;
                let anaphoric = lex
                    .anaphoric_subjects
                    .iter()
                    .any(|a| opener.eq_ignore_ascii_case(a));
                if !anaphoric || !speaker::is_cue_at(&next, 1, lex) {
                    return None;
                }
                let m = speaker::mention_after(&next, 1, &finder)?;
                let word = next.get(1).and_then(Tok::word).map(str::to_string);
                Some((registry.resolve(&m, actors, si), word))
            });
            // "… gab eine Stellungnahme ab. Darin heißt es: „…“": the document of the sentence before.
            let attributed = attributed.or_else(|| {
                let opener = toks.first().and_then(Tok::word)?;
                if !lex
                    .anaphoric_places
                    .iter()
                    .any(|a| opener.eq_ignore_ascii_case(a))
                {
                    return None;
                }
                sentences
                    .get(si.checked_sub(1)?)
                    .filter(|p| p.block == s.block)?;
                let &range = ranges.get(si - 1)?;
                let before = tokens::tokenize(&doc, range, spans_touching(&triples, range));
                let m = speaker::document_in(&before, lex)?;
                Some((registry.resolve(&m, actors, si), None))
            });
            let signed = speaker::signature(&doc, span.outer.1, lex);
            let (spk, cue_word) = match attributed {
                _ if signed.is_some() => {
                    (signed.and_then(|m| registry.resolve(&m, actors, si)), None)
                }
                Some((spk, word)) => (spk, word),
                None => {
                    // A quotation over several paragraphs is reached from where it opens.
                    let opens = ranges.partition_point(|r| r.1 <= span.outer.0).min(si);
                    let carried = last_attribution
                        .as_ref()
                        .filter(|(_, _, at)| opens.saturating_sub(*at) <= CARRY_REACH)
                        .map(|(n, c, _)| (n.clone(), c.clone()))
                        .unwrap_or_default();
                    let standalone = toks.iter().filter(|t| t.word().is_some()).count() <= 3;
                    // "X rechtfertigte es als „…“: „…“": a colon right after a quotation (a term,
                    // or one with a speaker of its own) names the subject before that one.
                    let before_colon = if cx.colon_before {
                        speaker::mention_before_colon(&toks, q - 1, &finder).or_else(|| {
                            let term = q
                                .checked_sub(2)
                                .filter(|&p| matches!(toks[p], Tok::Quoted(_)))?;
                            speaker::mention_before_colon(&toks, term, &finder)
                        })
                    } else {
                        None
                    };
                    let bare_colon = cx.colon_before && before_colon.is_none();
                    // "… vom Wetterdienst als „sehr hoch“ eingestuft": the agent of a passive
                    // sentence is its source, before any speaker carried over.
                    // "ein Kommentar, der … als „…“ bezeichnet": the noun a relative clause with
                    // the quotation and its verb hangs on.
                    let agent = (!cx.colon_before)
                        .then(|| {
                            speaker::passive_agent(&toks, q, &finder)
                                .or_else(|| speaker::relative_antecedent(&toks, q, &finder))
                        })
                        .flatten();
                    // "In der Zeitung fand sich die Feststellung „…“": the document it stands in.
                    let placed = agent
                        .is_none()
                        .then(|| speaker::document_placed(&toks, q, &finder))
                        .flatten();
                    let agent = agent.or(placed);
                    let mention = before_colon
                        .or_else(|| agent.clone())
                        .or_else(|| uncued_mention(&toks, &finder, &registry, actors));
                    // A person of the article named in the sentence is its source; otherwise
                    // reported speech reports on.
                    let names_person =
                        matches!(&mention, Some(Mention::Name(n)) if knows_person(actors, n));
                    // "…, die nach Bewertung der Polizei „…“ hergibt, mit der Ergänzung „…“": a
                    // quotation after another in its sentence, with no cue and no person of its
                    // own (nor a name before its colon), goes on with that one's speaker.
                    let earlier = sentence_speaker
                        .as_ref()
                        .filter(|(n, _)| n.is_some())
                        .filter(|_| {
                            (!cx.colon_before || bare_colon) && !names_person && agent.is_none()
                        })
                        .cloned();
                    match mention {
                        _ if earlier.is_some() => earlier.unwrap_or_default(),
                        _ if reports_on && !cx.colon_before && !names_person && agent.is_none() => {
                            carried
                        }
                        Some(m) if cx.colon_before => (registry.resolve(&m, actors, si), None),
                        // A description without a cue speaks only if it can ("Das Handbuch
                        // beschreibt es als „…“" has no speaker).
                        Some(m) if agent.as_ref() == Some(&m) => {
                            (registry.resolve(&m, actors, si), None)
                        }
                        Some(m) if !standalone => {
                            let description = matches!(m, Mention::Description { .. });
                            let agent = !description || speaker::describes_an_agent(&m, lex);
                            let spk = registry.resolve(&m, actors, si);
                            (spk.filter(|n| agent || actors.resolve(n).is_some()), None)
                        }
                        _ if standalone || cx.colon_before => carried,
                        // Last resort: the sentence's subject ("Die Organisation verlangte eine
                        // Untersuchung der „…“").
                        // Not for a term coined after an indefinite article ("Die Anfänge
                        // einer „Achse des Aufruhrs“ …"): it names no one's words. And only when
                        // the subject is one of the article's actors: a scare-quoted term in a
                        // sentence about a thing ("Das Buch nennt es „…“") has no speaker.
                        _ => match speaker::sentence_subject(&toks, q, &finder) {
                            Some(m) if lex.nouns_capitalised && !coined => {
                                let agent = speaker::describes_an_agent(&m, lex);
                                let spk = registry.resolve(&m, actors, si);
                                (spk.filter(|n| agent || actors.resolve(n).is_some()), None)
                            }
                            _ => (None, None),
                        },
                    }
                }
            };
            if let Some(n) = &spk {
                registry.last_speaker = Some((n.clone(), si));
                if !registry.speakers.contains(n) {
                    registry.speakers.push(n.clone());
                }
            }
            sentence_speaker = Some((spk.clone(), cue_word.clone()));
            if found.len() >= MAX_CANDIDATES {
                break;
            }
            found.push(Found {
                quote: Quote {
                    text,
                    speaker: spk,
                    cue: cue_word,
                },
                block: s.block,
                outer: span.outer,
                from_body: !matches!(s.kind, BlockKind::Quote),
            });
        }
        // An attribution without a quotation ("…, schreibt der Autor X.") lends its speaker to a
        // quotation in the next sentence.
        let attribution = sentence_speaker.or_else(|| {
            let known = |w: &str| registry.knows(w, actors);
            let finder = speaker::Finder {
                lex,
                known: &known,
                title: &title,
            };
            toks.iter().enumerate().find_map(|(c, t)| {
                let w = t.word().filter(|_| may_be_cue(c))?;
                let cue = lex.is_cue(w) || speaker::separable_cue_at(&toks, c, lex);
                // "Doch sei es, so der Autor X, ein Fehler gewesen": an adverb cue between commas
                // with a noun phrase after it attributes the sentence.
                let inserted = c > 0
                    && matches!(toks.get(c - 1), Some(Tok::Punct(',')))
                    && toks
                        .get(c + 1)
                        .and_then(Tok::word)
                        .is_some_and(|n| lex.is_determiner(n) || speaker::is_name_word(n, lex));
                if !cue || lex.is_adverb_cue(w) && !inserted {
                    return None;
                }
                let m = speaker::mention_for_cue(&toks, c, usize::MAX, &finder)?;
                Some((registry.resolve(&m, actors, si), Some(w.to_string())))
            })
        });
        // Failing that, a sentence that opens with a person's name ("Clinton touted her record.")
        // lends that person to a bare quotation right after it.
        let attribution = attribution.or_else(|| {
            if reports_on {
                return live.map(|(n, c, _)| (n.clone(), c.clone()));
            }
            let known = |w: &str| registry.knows(w, actors);
            let finder = speaker::Finder {
                lex,
                known: &known,
                title: &title,
            };
            // "Europapolitik: Die SPD will …": a topic label before a colon is no subject.
            let opens = if matches!(toks.get(1), Some(Tok::Punct(':')))
                && toks.first().is_some_and(|t| t.word().is_some())
                && toks.get(2).is_some_and(|t| t.word().is_some())
            {
                2
            } else {
                0
            };
            match speaker::mention_at(&toks, opens, toks.len(), &finder) {
                Some((m @ speaker::Mention::Name(_), 0)) => {
                    registry.resolve(&m, actors, si).map(|n| (Some(n), None))
                }
                // "Die SPD will am Kurs festhalten. „…“": an article before an actor's name.
                Some((speaker::Mention::Description { head, .. }, 0))
                    if lex.nouns_capitalised && knows_actor(actors, &head) =>
                {
                    registry
                        .resolve(&Mention::Name(head), actors, si)
                        .map(|n| (Some(n), None))
                }
                // "Um Zeit zu gewinnen, will Oettinger die Fächer straffen. „…“": a person the
                // actor list knows, standing later in the sentence, is its subject just as well.
                _ => {
                    let ahead = actor_words_ahead(&toks, actors);
                    (1..toks.len())
                        .filter(|&p| ahead[p] && may_open_mention(&toks, p, lex))
                        .find_map(
                            |p| match speaker::mention_at(&toks, p, toks.len(), &finder) {
                                Some((speaker::Mention::Name(n), 0))
                                    if knows_person(actors, &n) =>
                                {
                                    Some((
                                        Some(registry.resolve(&Mention::Name(n), actors, si)?),
                                        None,
                                    ))
                                }
                                _ => None,
                            },
                        )
                }
            }
        });
        if let Some((speaker, cue)) = attribution {
            if let Some(n) = &speaker {
                registry.last_speaker = Some((n.clone(), si));
            }
            last_attribution = Some((speaker, cue, si));
        } else if toks.iter().any(|t| t.word().is_some()) && !ends_with_colon(&toks) {
            // A sentence of narration in between breaks the chain.
            if last_attribution
                .as_ref()
                .is_some_and(|(_, _, at)| *at + 1 < si)
            {
                last_attribution = None;
            }
        }
        registry.learn(&toks, lex, actors);
    }
    let found = if lex.join_interrupted {
        join_interrupted(found, &doc, lex)
    } else {
        found
    };
    dedupe(found)
}

/// For each sentence, whether a quotation touches it or one of the `SPEAKER_REACH` sentences after it.
fn near_quotations(triples: &[(usize, usize, usize)], ranges: &[(usize, usize)]) -> Vec<bool> {
    let mut near = vec![false; ranges.len()];
    let mut next_quoted = usize::MAX;
    for (si, &range) in ranges.iter().enumerate().rev() {
        if !spans_touching(triples, range).is_empty() {
            next_quoted = si;
        }
        near[si] = next_quoted.saturating_sub(si) <= SPEAKER_REACH;
    }
    near
}

/// Headings and captions repeat the body; their quotations are not listed.
fn outputs(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem
    )
}

fn ends_with_colon(toks: &[Tok]) -> bool {
    matches!(toks.last(), Some(Tok::Punct(':')))
}

/// The speaker a sentence without a cue names: its first name or pronoun outside quotations
/// (descriptions there are mostly just the topic: "Die Anfänge einer „Achse des Aufruhrs“ …").
fn uncued_mention(
    toks: &[Tok],
    finder: &speaker::Finder,
    registry: &Registry,
    actors: &Actors,
) -> Option<Mention> {
    // A name governed by a preposition ("in Chelsea") is a place or an object, not the source.
    let after_preposition = |p: usize| {
        p.checked_sub(1)
            .and_then(|b| toks.get(b))
            .and_then(Tok::word)
            .is_some_and(|b| {
                // "Laut Berliner Polizei": a preposition that names a source is a cue.
                finder.lex.is_preposition(b)
                    && !finder.lex.is_determiner(b)
                    && !finder.lex.is_cue(b)
            })
    };
    // "In the depths of the Great Recession": an article and the name's own words in between
    // change nothing, the preposition governs the whole name.
    let governed = |p: usize| {
        let mut k = p;
        while let Some(b) = k.checked_sub(1).filter(|&b| p - b <= GOVERN_REACH) {
            if after_preposition(k) {
                return true;
            }
            let Some(w) = toks.get(b).and_then(Tok::word) else {
                return false;
            };
            if !(finder.lex.is_determiner(w) || speaker::is_capitalised(w)) {
                return false;
            }
            k = b;
        }
        false
    };
    let lex = finder.lex;
    let mut p = 0;
    while p < toks.len() {
        if !(matches!(toks[p], Tok::Word(_)) && may_open_mention(toks, p, lex) && !governed(p)) {
            p += 1;
            continue;
        }
        match speaker::mention_at(toks, p, toks.len(), finder) {
            Some((Mention::Name(n), 0))
                if n.contains(' ')
                    && !n.split(' ').any(|w| lex.is_particle(w))
                    && !after_modifier(toks, p, lex)
                    || !lex.nouns_capitalised
                    || registry.knows_speaker(&n)
                    || knows_actor(actors, &n) =>
            {
                return Some(Mention::Name(n));
            }
            Some((Mention::Pronoun, 0)) => return Some(Mention::Pronoun),
            // "Der Sprecher der Fraktion der SPD im Bundestag, Dieter Wiefelspütz, will „…“": a
            // role's name in apposition is the source; the names in what a description is of are
            // not, and its words are passed over.
            Some((Mention::Description { surface, head, .. }, 0)) if lex.nouns_capitalised => {
                // "Die SPD": an article before an actor's name (not "der Sender Roßmüller", a
                // noun and a name).
                if surface.split(' ').count() == 2 && knows_actor(actors, &head) {
                    return Some(Mention::Name(head));
                }
                if lex.is_role(&head) {
                    if let Some(m @ Mention::Name(_)) = speaker::mention_forward(toks, p, finder) {
                        return Some(m);
                    }
                }
                // A name in quotation marks closing the description is one token.
                let words = surface.split(" „").next().unwrap_or("").split(' ').count();
                // "Auf den Vorwurf der CDU, es handele sich um „…“": the one a statement is of.
                if surface.split(' ').any(|w| lex.is_statement_noun(w)) {
                    if let Some(m) = author_of(toks, p, p + words, finder, actors) {
                        return Some(m);
                    }
                }
                p += words.max(1);
                continue;
            }
            _ => {}
        }
        p += 1;
    }
    None
}

/// The one a statement noun's description at `toks[p..end]` is of ("Vorwurf der CDU" -> CDU, "Worte
/// Armstrongs" -> Armstrongs): the mention after the statement noun and its link word, if it names
/// an actor or one who can speak.
fn author_of(
    toks: &[Tok],
    p: usize,
    end: usize,
    finder: &speaker::Finder,
    actors: &Actors,
) -> Option<Mention> {
    let lex = finder.lex;
    let noun = (p..end).find(|&k| {
        toks.get(k)
            .and_then(Tok::word)
            .is_some_and(|w| lex.is_statement_noun(w))
    })?;
    let linked = toks
        .get(noun + 1)
        .and_then(Tok::word)
        .is_some_and(|w| lex.is_description_link(w));
    match speaker::mention_at(toks, noun + 1 + usize::from(linked), end, finder) {
        Some((m @ Mention::Name(_), 0)) => Some(m),
        Some((Mention::Description { head, .. }, 0)) if knows_actor(actors, &head) => {
            Some(Mention::Name(head))
        }
        Some((m @ Mention::Description { .. }, 0))
            if linked && speaker::describes_an_agent(&m, lex) =>
        {
            Some(m)
        }
        _ => None,
    }
}

/// Whether the word before `p` is a number or an inflected adjective ("zwei Milliarden Euro",
/// "einem großen Einkaufszentrum Parolen"): the capitalised words from `p` are a noun phrase.
fn after_modifier(toks: &[Tok], p: usize, lex: &QuoteLexicon) -> bool {
    let Some(b) = p
        .checked_sub(1)
        .and_then(|b| toks.get(b))
        .and_then(Tok::word)
    else {
        return false;
    };
    let lower = b
        .chars()
        .all(|c| c.is_lowercase() || c.is_ascii_digit() || ".,".contains(c));
    lower
        && (b.chars().any(|c| c.is_ascii_digit())
            || lex.numerals.contains(&b)
            || b.chars().count() > 4 && lex.attributive_endings.iter().any(|e| b.ends_with(e)))
}

/// For each token, whether the words that `speaker::mention_at` would read from there (up to the next
/// break) hold one that may end an actor's name: where none does, no name found there can resolve to
/// an actor, and the costly look is skipped.
fn actor_words_ahead(toks: &[Tok], actors: &Actors) -> Vec<bool> {
    let mut ahead = vec![false; toks.len()];
    for i in (0..toks.len()).rev() {
        let next = ahead.get(i + 1).copied().unwrap_or(false);
        ahead[i] = match toks[i] {
            Tok::Word(w) => {
                actors.may_resolve_ending(w)
                    || matches!(toks.get(i + 1), Some(Tok::Word(_))) && next
            }
            // `mention_at` skips breaks before the first word.
            Tok::Punct(_) => next,
            Tok::Quoted(_) => false,
        };
    }
    ahead
}

/// Whether `speaker::mention_at(toks, p, …)` can find a mention at its first word: the first word
/// from `p` on (after punctuation) is capitalised, a pronoun or a determiner. The callers want a
/// mention right there, and testing most words this way is far cheaper than the full look.
fn may_open_mention(toks: &[Tok], p: usize, lex: &QuoteLexicon) -> bool {
    let first = toks
        .get(p..)
        .unwrap_or_default()
        .iter()
        .find(|t| !matches!(t, Tok::Punct(_)))
        .and_then(Tok::word);
    first.is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || lex.is_pronoun(w)
            || lex.is_determiner(w)
            || speaker::is_name_word(w, lex)
    })
}

/// Whether a lone name is one of the article's actors ("Osterloh" after "Bernd Osterloh", "SPD"); a
/// place in a sentence without a cue is mostly just what the sentence is about.
fn knows_actor(actors: &Actors, name: &str) -> bool {
    actors.resolve(name).is_some()
}

fn knows_person(actors: &Actors, name: &str) -> bool {
    actors
        .resolve(name)
        .is_some_and(|a| matches!(a.kind, ActorKind::Person))
}

/// The sentences joined into one text (a space inside a block, a blank line between blocks), and
/// each sentence's byte range in it.
fn join(sentences: &[Sentence]) -> (String, Vec<(usize, usize)>) {
    let mut doc = String::new();
    let mut ranges = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            let same_block = sentences.get(i - 1).is_some_and(|p| p.block == s.block);
            doc.push_str(if same_block { " " } else { "\n\n" });
        }
        let start = doc.len();
        doc.push_str(&s.text);
        ranges.push((start, doc.len()));
    }
    (doc, ranges)
}

/// "“A,” she said. “B.”": two spans of one utterance, separated only by the attribution, become one
/// ("A … B").
fn join_interrupted(found: Vec<Found>, doc: &str, lex: &QuoteLexicon) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for f in found {
        if let Some(prev) = out.last_mut() {
            let between = doc.get(prev.outer.1..f.outer.0).unwrap_or("");
            let words: Vec<&str> = between
                .split(|c: char| c.is_whitespace() || ",.;:".contains(c))
                .filter(|w| !w.is_empty())
                .collect();
            let only_attribution = prev.block == f.block
                && !between.contains('\n')
                && words.len() <= 6
                && words.iter().any(|w| lex.is_cue(w))
                && (f.quote.speaker.is_none() || f.quote.speaker == prev.quote.speaker);
            if only_attribution {
                // The attribution left out is marked as an omission, so each part stays verbatim.
                prev.quote.text.push_str(" … ");
                prev.quote.text.push_str(&f.quote.text);
                prev.outer.1 = f.outer.1;
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// Drops quotations that repeat an earlier one (word overlap of the shorter >= 80%); a repeat in the
/// body replaces one from a pull-quote box, so the body's attribution wins.
fn dedupe(found: Vec<Found>) -> Vec<Quote> {
    let mut kept: Vec<(Found, Vec<u64>)> = Vec::new();
    for f in found {
        let words = word_set(&f.quote.text);
        if let Some(i) = kept.iter().position(|(_, w)| near_same(w, &words)) {
            let (old, _) = &kept[i];
            let better = f.from_body && !old.from_body
                || f.from_body == old.from_body && words.len() > kept[i].1.len();
            if better {
                let speaker = if f.from_body || old.from_body && old.quote.speaker.is_some() {
                    f.quote.speaker.clone().or(old.quote.speaker.clone())
                } else {
                    f.quote.speaker.clone()
                };
                let mut f = f;
                f.quote.speaker = speaker;
                kept[i] = (f, words);
            }
            continue;
        }
        kept.push((f, words));
    }
    kept.into_iter()
        .map(|(f, _)| f.quote)
        .take(MAX_QUOTES)
        .collect()
}

/// The distinct lowercase words of `text`, as sorted hashes: comparing two quotations is then a merge
/// of integers (a page can carry hundreds of quotations, each compared with all kept before it).
fn word_set(text: &str) -> Vec<u64> {
    let mut w: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fnv::hash_lowercase)
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

fn near_same(a: &[u64], b: &[u64]) -> bool {
    let shorter = a.len().min(b.len());
    if shorter < 4 {
        return a == b;
    }
    common_count(a, b) * 5 >= shorter * 4
}

/// How many values two sorted, duplicate-free slices share.
fn common_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sentences_within_reach_of_a_quotation_are_read_for_speakers() {
        // Twenty sentences of ten bytes; one quotation inside sentence 15.
        let ranges: Vec<(usize, usize)> = (0..20).map(|i| (i * 10, i * 10 + 10)).collect();
        let near = near_quotations(&[(152, 158, 0)], &ranges);
        let expected: Vec<bool> = (0..20)
            .map(|i| i <= 15 && 15 - i <= SPEAKER_REACH)
            .collect();
        assert_eq!(near, expected);
        assert!(near_quotations(&[], &ranges).iter().all(|n| !n));
    }
}
