//! Takes the name candidates of all sentences, gives the article's actors: candidates grouped by name
//! (a short form joins the fullest form it ends with, or the family name it starts with in
//! "Kim Jong-un"; genitives join their base form), bare unknown words kept only where they are a short
//! form of an actor, the author dropped, the best role chosen, and the list ranked.

use std::collections::HashMap;

use super::detect::{Candidate, Kind};
use super::lexicon::{head, written, ActorLexicon};
use super::{Actors, Mention};
use crate::reading::{Actor, ActorKind};

/// A mention as (sentence, start, end).
type Span = (usize, usize, usize);

struct Group {
    kind: ActorKind,
    /// Named as a team in a results line: kept even though its name is a place.
    team: bool,
    /// Words of the fullest name form.
    words: Vec<String>,
    family_first: bool,
    forms: Vec<String>,
    roles: Vec<String>,
    mentions: Vec<Span>,
}

impl Group {
    fn name(&self) -> String {
        self.words.join(" ")
    }
}

pub fn merge(mut cands: Vec<Candidate>, byline: Option<&str>, lex: &ActorLexicon) -> Actors {
    let idx = lex.index();
    // Longer names first, so short forms find the full name they belong to.
    cands.sort_by_cached_key(|c| {
        (
            std::cmp::Reverse(c.name.split_whitespace().count()),
            c.sentence,
            c.start,
        )
    });
    let mut groups: Vec<Group> = Vec::new();
    let mut unknown: Vec<Candidate> = Vec::new();
    let mut org_by_name: HashMap<String, usize> = HashMap::new();
    // Companies with a legal form by their first word ("Barrick" of "Barrick Gold Corp").
    let mut company_first: HashMap<String, usize> = HashMap::new();
    let mut persons = PersonIndex::default();
    for c in cands {
        match c.kind {
            Kind::Unknown => unknown.push(c),
            Kind::Person => {
                let words: Vec<&str> = c.name.split_whitespace().collect();
                let found = persons.find(&groups, &words, lex);
                // "Barrick said": a bare word naming no person but starting a company's name is
                // that company.
                let company = match (found, words.as_slice()) {
                    (None, [w]) => company_first.get(*w).copied(),
                    _ => None,
                };
                if let Some(gi) = company {
                    let short = Candidate {
                        role: None,
                        ..c.clone()
                    };
                    add(&mut groups, gi, &short, lex);
                    continue;
                }
                let gi = match found {
                    Some(gi) => gi,
                    None => {
                        let family_first = words
                            .first()
                            .is_some_and(|w| idx.written(w) & written::FAMILY_FIRST != 0)
                            && words.len() == 2;
                        groups.push(Group {
                            kind: ActorKind::Person,
                            team: false,
                            words: words.iter().map(|w| w.to_string()).collect(),
                            family_first,
                            forms: Vec::new(),
                            roles: Vec::new(),
                            mentions: Vec::new(),
                        });
                        persons.insert(&groups, groups.len() - 1);
                        groups.len() - 1
                    }
                };
                add(&mut groups, gi, &c, lex);
            }
            // "b Afridi 88": a one-word "team" before a score that is the family name of a person
            // named in the article is that person.
            Kind::Org
                if c.team
                    && !c.name.contains(' ')
                    && persons.find(&groups, &[c.name.as_str()], lex).is_some() =>
            {
                if let Some(gi) = persons.find(&groups, &[c.name.as_str()], lex) {
                    add(&mut groups, gi, &c, lex);
                }
            }
            Kind::Org => {
                let key = org_key(&c.name, lex);
                let gi = match org_by_name.get(&key) {
                    Some(&gi) => {
                        // The nominative names the group when a genitive form came first.
                        if let Some(g) = groups.get_mut(gi) {
                            if g.name() != c.name && key == c.name.to_lowercase() {
                                g.words = c.name.split_whitespace().map(str::to_string).collect();
                            }
                        }
                        gi
                    }
                    None => {
                        groups.push(Group {
                            kind: ActorKind::Org,
                            team: false,
                            words: c.name.split_whitespace().map(str::to_string).collect(),
                            family_first: false,
                            forms: Vec::new(),
                            roles: Vec::new(),
                            mentions: Vec::new(),
                        });
                        org_by_name.insert(key, groups.len() - 1);
                        let words: Vec<&str> = c.name.split_whitespace().collect();
                        if let ([first, .., last], true) = (words.as_slice(), words.len() >= 2) {
                            let legal =
                                idx.written(last.trim_end_matches('.')) & written::ORG_SUFFIX;
                            if legal != 0 && !lex.is_place(first) {
                                company_first
                                    .entry(first.to_string())
                                    .or_insert(groups.len() - 1);
                            }
                        }
                        groups.len() - 1
                    }
                };
                add(&mut groups, gi, &c, lex);
            }
        }
    }
    merge_acronyms(&mut groups);
    // Merging acronyms removed groups: index the persons again by their new positions.
    let mut persons = PersonIndex::default();
    for gi in 0..groups.len() {
        persons.insert(&groups, gi);
    }
    // Bare words: keep those that are a short form of an actor found elsewhere in the article.
    for c in unknown {
        let words: Vec<&str> = c.name.split_whitespace().collect();
        let key = org_key(&c.name, lex);
        let gi = org_by_name
            .get(&key)
            .copied()
            .filter(|&gi| groups.get(gi).is_some_and(|g| !g.mentions.is_empty()))
            .or_else(|| persons.find(&groups, &words, lex))
            .or_else(|| {
                // Indexes may have moved with the acronyms merged: the group must still fit.
                let [w] = words.as_slice() else { return None };
                company_first.get(*w).copied().filter(|&gi| {
                    groups.get(gi).is_some_and(|g| {
                        g.kind == ActorKind::Org && g.words.first().is_some_and(|f| f == w)
                    })
                })
            });
        if let Some(gi) = gi {
            add(&mut groups, gi, &c, lex);
            continue;
        }
        for (start, end, word) in &c.parts {
            let w = [word.as_str()];
            let hit = persons.find(&groups, &w, lex);
            if let Some(gi) = hit {
                let part = Candidate {
                    start: *start,
                    end: *end,
                    name: word.clone(),
                    parts: Vec::new(),
                    role: None,
                    ..c.clone()
                };
                add(&mut groups, gi, &part, lex);
            }
        }
    }
    let author: Vec<String> = byline
        .map(|b| b.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    groups.retain(|g| {
        let is_author = g.kind == ActorKind::Person
            && !author.is_empty()
            && g.words.iter().all(|w| author.contains(&w.to_lowercase()));
        // A team named by a country is a national side: the place, no actor.
        let national = g.team && g.words.iter().all(|w| lex.is_country(w));
        let is_place = (!g.team || national) && g.words.iter().all(|w| lex.is_place(w));
        !(g.mentions.is_empty() || is_author || is_place)
    });
    rank(groups)
}

/// The person groups by the words a name form can match them on, so that a form is compared with the
/// few groups sharing its last word instead of every group (pages with hundreds of names). Indexes stay
/// valid while groups are only appended.
#[derive(Default)]
struct PersonIndex {
    by_last: HashMap<String, Vec<usize>>,
    /// Family-name-first groups by their first word ("Kim" of "Kim Jong-un").
    by_family: HashMap<String, Vec<usize>>,
}

impl PersonIndex {
    fn insert(&mut self, groups: &[Group], gi: usize) {
        let Some(g) = groups.get(gi).filter(|g| g.kind == ActorKind::Person) else {
            return;
        };
        if let Some(last) = g.words.last() {
            self.by_last.entry(last.clone()).or_default().push(gi);
        }
        if g.family_first {
            if let Some(first) = g.words.first() {
                self.by_family.entry(first.clone()).or_default().push(gi);
            }
        }
    }

    /// The first person group (in creation order) that `words` belongs to, as `person_matches` decides.
    /// Only groups keyed by the form's last word or its genitive stem can match.
    fn find(&self, groups: &[Group], words: &[&str], lex: &ActorLexicon) -> Option<usize> {
        let last = *words.last()?;
        let keys = std::iter::once(last).chain(lex.strip_genitive(last));
        let mut tried: Vec<usize> = Vec::new();
        for key in keys {
            tried.extend(self.by_last.get(key).into_iter().flatten());
            if words.len() == 1 {
                tried.extend(self.by_family.get(key).into_iter().flatten());
            }
        }
        tried.sort_unstable();
        tried.dedup();
        tried.into_iter().find(|&gi| {
            groups
                .get(gi)
                .is_some_and(|g| g.kind == ActorKind::Person && person_matches(g, words, lex))
        })
    }
}

/// A person's name form `words` belongs to group `g` if it ends the group's full name ("Trump",
/// "Donald Trump"), allowing a genitive on its last word ("Kims"), or — for family-name-first names —
/// it is the family name ("Kim" of "Kim Jong-un").
fn person_matches(g: &Group, words: &[&str], lex: &ActorLexicon) -> bool {
    if words.is_empty() || words.len() > g.words.len() {
        return false;
    }
    let eq = |a: &str, b: &str| a == b || lex.strip_genitive(a) == Some(b);
    if words.len() == 1 && g.family_first {
        if let (Some(w), Some(first)) = (words.first(), g.words.first()) {
            if eq(w, first) {
                return true;
            }
        }
    }
    let offset = g.words.len() - words.len();
    words.iter().enumerate().all(|(k, w)| {
        g.words.get(offset + k).is_some_and(|gw| {
            if k + 1 == words.len() {
                eq(w, gw)
            } else {
                *w == gw.as_str()
            }
        })
    })
}

fn org_key(name: &str, lex: &ActorLexicon) -> String {
    // "des Zweckverbands Elbtal", "des Vereins": a genitive on an organisation head word inside the
    // name is the nominative's form.
    let mut key = String::with_capacity(name.len());
    let mut changed = false;
    for (k, w) in name.split_whitespace().enumerate() {
        if k > 0 {
            key.push(' ');
        }
        let lw = w.to_lowercase();
        let stem = ["es", "s"].iter().find_map(|e| {
            lw.strip_suffix(e)
                .filter(|st| st.chars().count() >= 3 && lex.heads(st) & head::ORG_HEAD != 0)
        });
        changed |= stem.is_some();
        key.push_str(stem.unwrap_or(&lw));
    }
    if changed {
        return key;
    }
    let stem = lex.strip_genitive(name).unwrap_or(name);
    stem.to_lowercase()
}

fn add(groups: &mut [Group], gi: usize, c: &Candidate, lex: &ActorLexicon) {
    let Some(g) = groups.get_mut(gi) else { return };
    let form = if c.name == g.name() {
        c.name.clone()
    } else {
        // A genitive form is listed by its base: "Kims" → "Kim".
        lex.strip_genitive(&c.name)
            .filter(|stem| {
                g.words.iter().any(|w| w == stem) || g.words.last().is_some_and(|l| l == stem)
            })
            .unwrap_or(&c.name)
            .to_string()
    };
    if !g.forms.contains(&form) {
        g.forms.push(form);
    }
    if let Some(r) = &c.role {
        g.roles.push(r.clone());
    }
    g.mentions.push((c.sentence, c.start, c.end));
    g.team |= c.team;
}

/// "Center for Strategic and International Studies" and "CSIS": the acronym joins the long form whose
/// capitalised initials spell it.
fn merge_acronyms(groups: &mut Vec<Group>) {
    let mut k = 0;
    while k < groups.len() {
        let Some(g) = groups.get(k) else { break };
        let is_acro = g.kind == ActorKind::Org
            && g.words.len() == 1
            && g.words
                .first()
                .is_some_and(|w| super::tokens::is_acronym(w));
        if !is_acro {
            k += 1;
            continue;
        }
        let acro = g.name();
        let target = groups.iter().position(|o| {
            o.kind == ActorKind::Org && o.words.len() >= 2 && initials(&o.words) == acro
        });
        match target {
            Some(t) if t != k => {
                let g = groups.remove(k);
                let t = if t > k { t - 1 } else { t };
                if let Some(o) = groups.get_mut(t) {
                    o.forms.extend(g.forms);
                    o.mentions.extend(g.mentions);
                }
            }
            _ => k += 1,
        }
    }
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// Most mentioned first; ties go to the actor named earlier.
fn rank(groups: Vec<Group>) -> Actors {
    let mut built: Vec<(Actor, Vec<Span>)> = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort_unstable();
            g.mentions.dedup();
            let name = g.name();
            let role = g
                .roles
                .iter()
                .max_by_key(|r| (r.split_whitespace().count(), std::cmp::Reverse(r.len())))
                .cloned();
            let aliases = g.forms.into_iter().filter(|f| *f != name).collect();
            (
                Actor {
                    name,
                    kind: g.kind,
                    role,
                    aliases,
                    mentions: g.mentions.len(),
                },
                g.mentions,
            )
        })
        .collect();
    built.sort_by(|a, b| {
        b.0.mentions
            .cmp(&a.0.mentions)
            .then_with(|| a.1.first().cmp(&b.1.first()))
    });
    let mut mentions = Vec::new();
    let mut list = Vec::with_capacity(built.len());
    for (i, (actor, ms)) in built.into_iter().enumerate() {
        mentions.extend(ms.into_iter().map(|(sentence, start, end)| Mention {
            sentence,
            start,
            end,
            actor: i,
        }));
        list.push(actor);
    }
    mentions.sort_unstable_by_key(|m| (m.sentence, m.start));
    Actors::new(list, mentions)
}
