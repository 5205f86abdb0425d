//! Readability's candidate scoring on precomputed statistics: every paragraph-like block credits its
//! ancestors (full, half, then a third per level) with a score from its length and commas; candidates
//! start from their tag and class words and end scaled by how little of their text is links.

use super::stats::IdMap;

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

use super::stats::{Stats, INLINE_HOLDERS, MIN_PARAGRAPH_CHARS};

/// Class/id words of boilerplate (Readability's `negative`).
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "teaser",
    "newsletter",
];

/// Class/id words of story containers (Readability's `positive`).
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "artikel",
    "beitrag",
];

/// How many ancestors a paragraph credits.
const ANCESTOR_LEVELS: usize = 5;

/// ±25 per class/id string that names boilerplate or a story container.
pub fn class_weight(el: &Element) -> f32 {
    let mut weight = 0.0;
    for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        let v = value.to_ascii_lowercase();
        if v.trim().is_empty() {
            continue;
        }
        if NEGATIVE.iter().any(|w| v.contains(w)) || v.split_whitespace().any(|t| t == "hid") {
            weight -= 25.0;
        }
        if POSITIVE.iter().any(|w| v.contains(w)) {
            weight += 25.0;
        }
    }
    weight
}

fn tag_base(tag: &str) -> f32 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Candidate scores after link-density scaling, for every element a paragraph credited.
pub fn score_candidates(
    order: &[NodeRef<Node>],
    stats: &Stats,
    weight_classes: bool,
) -> IdMap<f32> {
    let mut scores: IdMap<f32> = IdMap::default();
    for node in order {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let tag = el.name();
        let s = stats.get(node.id());
        let (start, text, commas) = match tag {
            "p" | "pre" | "td" => (node.parent(), s.text, s.commas),
            t if INLINE_HOLDERS.contains(&t) && s.inline_text > 0 => {
                if s.has_block {
                    (Some(*node), s.inline_text, s.inline_commas)
                } else {
                    (node.parent(), s.inline_text, s.inline_commas)
                }
            }
            _ => continue,
        };
        if text < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let score = 1.0 + (commas + 1) as f32 + (text / 100).min(3) as f32;
        let Some(start) = start else { continue };
        let ancestors = std::iter::once(start)
            .chain(start.ancestors())
            .take(ANCESTOR_LEVELS);
        for (level, ancestor) in ancestors.enumerate() {
            let Some(a_el) = ancestor.value().as_element() else {
                break;
            };
            // The root element is never a candidate (Readability skips nodes without an element parent).
            if !ancestor.parent().is_some_and(|p| p.value().is_element()) {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            let entry = scores.entry(ancestor.id()).or_insert_with(|| {
                tag_base(a_el.name())
                    + if weight_classes {
                        class_weight(a_el)
                    } else {
                        0.0
                    }
            });
            *entry += score / divider;
        }
    }
    for (id, score) in scores.iter_mut() {
        *score *= 1.0 - stats.get(*id).link_density();
    }
    scores
}
