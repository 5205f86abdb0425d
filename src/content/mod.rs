//! Takes the document and the clutter marks, gives the `Article`: the subtree(s) that hold the story,
//! the nodes inside them not to render, and the removal report. The Readability method on per-node
//! statistics computed once (`stats`): paragraphs score their ancestors (`score`), the best candidate
//! is widened to a shared ancestor when several strong candidates agree, its siblings join when they
//! score well or are containers of its own kind holding prose (a story split into sections), and the
//! region is cleaned bottom-up (`prune`). If that leaves too little text, the
//! attempt is repeated with softer rules (ignoring soft clutter marks, then class words, then the
//! cleaning) and the longest result wins.

mod prune;
mod report;
mod score;
pub mod stats;

use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::Node;

use crate::clutter::{Clutter, Evidence};
use crate::lang::Language;
use crate::parse::Document;
use crate::reading::Removed;
use prune::Context;
use stats::{IdMap, IdSet, NodeStats, INVISIBLE};

/// Below this many words the page is not treated as an article (a page with any readable text in
/// its story container is shown; one with none gets a clear error).
pub const MIN_ARTICLE_WORDS: usize = 1;

/// An attempt yielding less text than this is retried with softer rules (Readability's threshold).
const MIN_ARTICLE_CHARS: u32 = 500;

/// Runner-up candidates compared with the best one.
const ALTERNATIVES: usize = 4;

/// Strong candidates needed to agree before their shared ancestor wins.
const MIN_AGREEING_CANDIDATES: usize = 3;

/// How far above the best candidate an enclosing `<article>` is looked for.
const ENCLOSING_LEVELS: usize = 3;

/// The candidate's minimum share of its enclosing `<article>`'s text for the article to be taken.
const ENCLOSING_SHARE: f32 = 0.6;

/// Post-metadata lines are shorter than this.
const META_LINE_MAX_CHARS: u32 = 150;

/// Class words of post-metadata lines.
const META_WORDS: &[&str] = &[
    "date",
    "datum",
    "dateline",
    "posted",
    "postmeta",
    "entrymeta",
    "meta",
    "published",
    "pubdate",
    "timestamp",
    "byline",
    "author",
    "autor",
];

/// How far up an ancestor holding more of the story is looked for.
const COVER_LEVELS: usize = 6;
/// Its score relative to the best candidate's.
const COVER_SCORE_SHARE: f32 = 0.5;
/// How much more paragraph text it must hold.
const COVER_TEXT_GAIN: f32 = 1.3;
/// Its link density ceiling.
const COVER_MAX_LINK_DENSITY: f32 = 0.25;

/// A lead block right before the body joins it with this much paragraph text…
const LEAD_MIN_CHARS: u32 = 80;
/// …and at most this many paragraphs.
const LEAD_MAX_PARAS: u32 = 3;

pub struct Article {
    /// The story container (the parent of `parts` when siblings joined the best candidate).
    pub root: NodeId,
    /// The subtrees rendered, in document order.
    pub parts: Vec<NodeId>,
    /// Nodes inside `parts` that are not rendered (clutter, cleaned blocks, the byline line).
    pub skip: IdSet,
    pub removed: Vec<Removed>,
}

impl Article {
    /// The whole subtree of `root`, nothing skipped.
    pub fn whole(root: NodeId) -> Article {
        Article {
            root,
            parts: vec![root],
            skip: IdSet::default(),
            removed: Vec::new(),
        }
    }
}

#[derive(Clone, Copy)]
struct Rules {
    strip_soft: bool,
    weight_classes: bool,
    clean: bool,
}

const ATTEMPTS: [Rules; 4] = [
    Rules {
        strip_soft: true,
        weight_classes: true,
        clean: true,
    },
    Rules {
        strip_soft: false,
        weight_classes: true,
        clean: true,
    },
    Rules {
        strip_soft: false,
        weight_classes: false,
        clean: true,
    },
    Rules {
        strip_soft: false,
        weight_classes: false,
        clean: false,
    },
];

pub fn select(doc: &Document, clutter: &Clutter, _language: &Language) -> Option<Article> {
    let body = body_of(doc)?;
    let mut best: Option<(u32, Article, Rules)> = None;
    for rules in ATTEMPTS {
        let Some((article, chars)) = attempt(doc, body, clutter, rules) else {
            continue;
        };
        let done = chars >= MIN_ARTICLE_CHARS;
        if best.as_ref().is_none_or(|(c, _, _)| chars > *c) {
            best = Some((chars, article, rules));
        }
        if done {
            break;
        }
    }
    let (_, mut article, rules) = best?;
    article.removed = report::removed(doc, &article, clutter, rules.strip_soft);
    Some(article)
}

fn body_of(doc: &Document) -> Option<NodeRef<'_, Node>> {
    let root = doc.html.tree.root();
    let html = root.children().find(|n| n.value().is_element())?;
    Some(
        html.children()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "body"))
            .unwrap_or(html),
    )
}

/// Whether the walk leaves out `node` (and its subtree) under `rules`; `inside` when the walk is
/// inside the chosen story.
fn excluded(node: NodeRef<Node>, clutter: &Clutter, rules: Rules, inside: bool) -> bool {
    let Some(el) = node.value().as_element() else {
        return matches!(node.value(), Node::Comment(_));
    };
    if INVISIBLE.contains(&el.name()) || crate::dom::is_hidden(el) {
        return true;
    }
    match clutter.mark_of(node.id()) {
        Some((_, Evidence::Hard)) => true,
        Some((_, Evidence::Soft)) => rules.strip_soft,
        Some((_, Evidence::Contained)) => inside,
        None => false,
    }
}

fn attempt(
    doc: &Document,
    body: NodeRef<Node>,
    clutter: &Clutter,
    rules: Rules,
) -> Option<(Article, u32)> {
    let order = stats::preorder(&[body], |n| excluded(n, clutter, rules, false));
    let node_stats = stats::compute(&order, |_, _| false);
    let scores = score::score_candidates(&order, &node_stats, rules.weight_classes);
    let top = top_candidate(&scores, body, &node_stats, rules)?;
    let mut parts = with_siblings(top, &scores, &node_stats, clutter, rules);
    let root = if parts.len() > 1 {
        top.parent().unwrap_or(top)
    } else {
        top
    };
    if let Some(lead) = standfirst(&order, &parts, &node_stats) {
        parts.insert(0, lead);
    }
    let part_nodes: Vec<NodeRef<Node>> = parts
        .iter()
        .filter_map(|id| doc.html.tree.get(*id))
        .collect();
    let mut skip = IdSet::default();
    let chars = clean(&part_nodes, &node_stats, clutter, rules, &mut skip);
    Some((
        Article {
            root: root.id(),
            parts,
            skip,
            removed: Vec::new(),
        },
        chars,
    ))
}

/// The best candidate, moved up to a shared ancestor when strong candidates agree or a parent scores
/// better, and past single-child wrappers. Falls back to the body.
fn top_candidate<'a>(
    scores: &IdMap<f32>,
    body: NodeRef<'a, Node>,
    node_stats: &stats::Stats,
    rules: Rules,
) -> Option<NodeRef<'a, Node>> {
    let tree = body.tree();
    let ranked = best_ranked(scores.iter().map(|(k, v)| (*k, *v)), 1 + ALTERNATIVES);
    let Some(&(top_id, top_score)) = ranked.first() else {
        return Some(body);
    };
    let mut top = tree.get(top_id)?;
    if top.id() == body.id() {
        return Some(body);
    }
    // Several near-equal candidates below one ancestor: the story is split (inline ads, boxes).
    let alternatives: Vec<IdSet> = ranked
        .iter()
        .skip(1)
        .filter(|(_, s)| top_score > 0.0 && *s / top_score >= 0.75)
        .filter_map(|(id, _)| tree.get(*id))
        .map(|n| n.ancestors().map(|a| a.id()).collect())
        .collect();
    if alternatives.len() >= MIN_AGREEING_CANDIDATES {
        let mut parent = top.parent();
        while let Some(p) = parent {
            if p.id() == body.id() || !p.value().is_element() {
                break;
            }
            let agreeing = alternatives.iter().filter(|a| a.contains(&p.id())).count();
            if agreeing >= MIN_AGREEING_CANDIDATES {
                top = p;
                break;
            }
            parent = p.parent();
        }
    }
    // An ancestor that scores well and holds much more paragraph text: the candidate was one part of
    // a story split by boxes, tables or inline ads.
    let base_text = node_stats.get(top.id()).para_text as f32;
    for ancestor in top.ancestors().take(COVER_LEVELS) {
        if ancestor.id() == body.id() || !ancestor.value().is_element() {
            break;
        }
        // Wrappers too far above any paragraph to be scored may still join split parts.
        let score = scores.get(&ancestor.id()).copied().unwrap_or(top_score);
        let s = node_stats.get(ancestor.id());
        if score >= COVER_SCORE_SHARE * top_score
            && s.para_text as f32 >= COVER_TEXT_GAIN * base_text
            && s.link_density() < COVER_MAX_LINK_DENSITY
        {
            top = ancestor;
        }
    }
    // A parent scoring higher than the child it contains is the better container.
    let mut last = scores.get(&top.id()).copied().unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = top.parent();
    while let Some(p) = parent {
        if p.id() == body.id() || !p.value().is_element() {
            break;
        }
        let Some(&ps) = scores.get(&p.id()) else {
            parent = p.parent();
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            top = p;
            break;
        }
        last = ps;
        parent = p.parent();
    }
    // Single-child wrappers add nothing but lose siblings.
    while let Some(p) = top.parent() {
        if p.id() == body.id() || !p.value().is_element() {
            break;
        }
        if p.children().filter(|c| c.value().is_element()).count() != 1 {
            break;
        }
        top = p;
    }
    let _ = rules;
    Some(enclosing_article(top, body, node_stats).unwrap_or(top))
}

/// The `k` highest scores, best first, earlier entries first among equal scores: the head of a
/// stable descending sort without sorting every candidate (and without a sort routine in the wasm).
fn best_ranked(items: impl Iterator<Item = (NodeId, f32)>, k: usize) -> Vec<(NodeId, f32)> {
    let mut best: Vec<(NodeId, f32)> = Vec::with_capacity(k + 1);
    for item in items {
        let pos = best
            .iter()
            .position(|b| item.1.total_cmp(&b.1).is_gt())
            .unwrap_or(best.len());
        if pos < k {
            best.insert(pos, item);
            best.truncate(k);
        }
    }
    best
}

/// The `<article>` element a few levels above the candidate, when the candidate holds most of its
/// text: then its header (kicker, teaser, lead figure) belongs to the story too.
fn enclosing_article<'a>(
    top: NodeRef<'a, Node>,
    body: NodeRef<'a, Node>,
    node_stats: &stats::Stats,
) -> Option<NodeRef<'a, Node>> {
    let inner = node_stats.get(top.id()).text as f32;
    top.ancestors()
        .take(ENCLOSING_LEVELS)
        .take_while(|a| a.id() != body.id())
        .find(|a| {
            a.value().as_element().is_some_and(|e| {
                e.name() == "article" || e.attr("itemtype").is_some_and(|t| t.contains("Article"))
            })
        })
        .filter(|a| inner >= ENCLOSING_SHARE * node_stats.get(a.id()).text as f32)
}

/// The candidate plus the siblings that score well or read as paragraphs of the same story.
fn with_siblings(
    top: NodeRef<Node>,
    scores: &IdMap<f32>,
    node_stats: &stats::Stats,
    clutter: &Clutter,
    rules: Rules,
) -> Vec<NodeId> {
    let Some(parent) = top.parent().filter(|p| p.value().is_element()) else {
        return vec![top.id()];
    };
    let top_score = scores.get(&top.id()).copied().unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = top
        .value()
        .as_element()
        .and_then(|e| e.attr("class"))
        .unwrap_or("");
    let top_tag = top.value().as_element().map_or("", |e| e.name());
    let mut parts = Vec::new();
    for sibling in parent.children() {
        if sibling.id() == top.id() {
            parts.push(sibling.id());
            continue;
        }
        let Some(el) = sibling.value().as_element() else {
            continue;
        };
        if excluded(sibling, clutter, rules, true) {
            continue;
        }
        let bonus = if !top_class.is_empty() && el.attr("class") == Some(top_class) {
            top_score * 0.2
        } else {
            0.0
        };
        let s = node_stats.get(sibling.id());
        let leads_into_top = sibling
            .next_siblings()
            .find(|n| n.value().is_element())
            .is_some_and(|n| n.id() == top.id());
        let append = match scores.get(&sibling.id()) {
            Some(score) if score + bonus >= threshold => true,
            _ if el.name() == "p" => paragraph_like(&s, sibling),
            // A story split into sibling containers of one kind (a section per subheading).
            _ if el.name() == top_tag && el.attr("class").unwrap_or("") == top_class => {
                s.para_text >= LEAD_MIN_CHARS && s.link_density() < 0.25
            }
            // The lead or standfirst right before the body.
            _ if leads_into_top => {
                s.para_text >= LEAD_MIN_CHARS
                    && s.paras <= LEAD_MAX_PARAS
                    && s.link_density() < 0.25
            }
            _ => false,
        };
        if append {
            parts.push(sibling.id());
        }
    }
    parts
}

/// The standfirst is looked for this many nodes before the story container…
const STANDFIRST_WINDOW: usize = 80;
/// …and is a block of this much text (a sentence or two, not a headline or a byline).
const STANDFIRST_MIN_CHARS: u32 = 60;
const STANDFIRST_MAX_CHARS: u32 = 600;

/// The standfirst (lead, subtitle) between the title heading and the story container: article
/// headers hold it apart from the body (`<header><h1/><p class=lead/></header><div class=body/>`).
/// The first block of a sentence or two after the `<h1>`, with no links and no blocks inside.
fn standfirst(
    order: &[NodeRef<Node>],
    parts: &[NodeId],
    node_stats: &stats::Stats,
) -> Option<NodeId> {
    let first = *parts.first()?;
    let first_pos = order.iter().position(|n| n.id() == first)?;
    let window = order.get(first_pos.saturating_sub(STANDFIRST_WINDOW)..first_pos)?;
    let h1_at = window
        .iter()
        .rposition(|n| n.value().as_element().is_some_and(|e| e.name() == "h1"))?;
    let h1 = window.get(h1_at)?.id();
    let first_node = order.get(first_pos)?;
    for n in window.get(h1_at + 1..)? {
        let Some(el) = n.value().as_element() else {
            continue;
        };
        let s = node_stats.get(n.id());
        let shaped = matches!(el.name(), "p" | "h2" | "h3" | "div")
            && !s.has_block
            && (STANDFIRST_MIN_CHARS..=STANDFIRST_MAX_CHARS).contains(&s.text)
            && s.link_density() < 0.1
            && !n.ancestors().any(|a| a.id() == h1)
            && !first_node.ancestors().any(|a| a.id() == n.id());
        if !shaped || is_caption(*n) {
            continue;
        }
        // A lead the body repeats (teaser copied into the first paragraph) is not taken twice.
        return (!repeated_in(n, parts, order)).then(|| n.id());
    }
    None
}

/// An image caption: in a figure, or right after its image.
fn is_caption(node: NodeRef<Node>) -> bool {
    let after_image = node
        .prev_siblings()
        .find(|n| n.value().is_element())
        .and_then(|n| {
            n.value()
                .as_element()
                .map(|e| matches!(e.name(), "img" | "picture"))
        })
        .unwrap_or(false);
    after_image
        || node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "figure" | "figcaption"))
        })
}

/// How much of the lead's text is compared with the start of the body.
const REPEAT_PROBE_CHARS: usize = 50;
/// How far into the body a repeated lead is looked for.
const REPEAT_SEARCH_CHARS: usize = 3000;

fn repeated_in(lead: &NodeRef<Node>, parts: &[NodeId], order: &[NodeRef<Node>]) -> bool {
    let probe: String = collapse(text_nodes(*lead))
        .chars()
        .take(REPEAT_PROBE_CHARS)
        .collect();
    let Some(body) = parts
        .iter()
        .find_map(|id| order.iter().find(|n| n.id() == *id))
    else {
        return false;
    };
    let mut seen = String::new();
    for t in text_nodes(*body) {
        seen.push_str(t);
        seen.push(' ');
        if seen.len() > REPEAT_SEARCH_CHARS {
            break;
        }
    }
    !probe.is_empty() && collapse(std::iter::once(seen.as_str())).contains(&probe)
}

fn text_nodes<'a>(node: NodeRef<'a, Node>) -> impl Iterator<Item = &'a str> {
    node.descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
}

fn collapse<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts
        .flat_map(|t| t.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

fn paragraph_like(s: &NodeStats, node: NodeRef<Node>) -> bool {
    let ld = s.link_density();
    if s.text > 80 && ld < 0.25 {
        return true;
    }
    if s.text > 0 && s.text <= 80 && ld == 0.0 {
        let text: String = node
            .descendants()
            .take(200)
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect();
        let t = text.trim_end();
        return t.ends_with('.') || t.contains(". ");
    }
    false
}

/// Cleans the chosen region bottom-up, filling `skip`; returns the characters left.
fn clean(
    parts: &[NodeRef<Node>],
    node_stats: &stats::Stats,
    clutter: &Clutter,
    rules: Rules,
    skip: &mut IdSet,
) -> u32 {
    let part_ids: IdSet = parts.iter().map(|p| p.id()).collect();
    let mut contexts: IdMap<Context> = IdMap::default();
    let mut byline_done = false;
    let mut order = Vec::new();
    // Pre-order with each node's ancestor context; excluded nodes go to `skip`.
    let mut stack: Vec<(NodeRef<Node>, Context)> = parts
        .iter()
        .rev()
        .map(|n| (*n, Context::default()))
        .collect();
    while let Some((node, ctx)) = stack.pop() {
        if !part_ids.contains(&node.id()) && excluded(node, clutter, rules, true) {
            if node.value().is_element() {
                skip.insert(node.id());
            }
            continue;
        }
        let mut child_ctx = ctx;
        if let Some(el) = node.value().as_element() {
            let s = node_stats.get(node.id());
            if !byline_done && is_byline(el, &s) {
                byline_done = true;
                skip.insert(node.id());
                continue;
            }
            if is_meta_line(el, &s)
                || (rules.clean
                    && !ctx.in_data_table
                    && (is_link_line(node, el, &s)
                        || (!ctx.in_code && is_teaser_line(node, el, &s))))
            {
                skip.insert(node.id());
                continue;
            }
            if rules.weight_classes
                && matches!(el.name(), "h1" | "h2")
                && score::class_weight(el) < 0.0
            {
                skip.insert(node.id());
                continue;
            }
            match el.name() {
                "figure" => child_ctx.in_figure = true,
                "code" | "pre" => child_ctx.in_code = true,
                "table" if prune::is_data_table(el, &node_stats.get(node.id())) => {
                    child_ctx.in_data_table = true
                }
                _ => {}
            }
            contexts.insert(node.id(), ctx);
        }
        order.push(node);
        let mark = stack.len();
        stack.extend(node.children().map(|c| (c, child_ctx)));
        stack[mark..].reverse();
    }
    let mut dropped = Vec::new();
    let cleaned = stats::compute(&order, |node, s| {
        if !rules.clean || part_ids.contains(&node.id()) {
            return false;
        }
        let Some(el) = node.value().as_element() else {
            return false;
        };
        let ctx = contexts.get(&node.id()).copied().unwrap_or_default();
        let drop = prune::should_drop(node, el, s, ctx, rules.weight_classes);
        if drop {
            dropped.push(node.id());
        }
        drop
    });
    skip.extend(dropped);
    parts.iter().map(|p| cleaned.get(p.id()).text).sum()
}

/// A short line of post metadata (date, "posted in", author box line) named so by its class.
fn is_meta_line(el: &Element, s: &NodeStats) -> bool {
    if s.text >= META_LINE_MAX_CHARS || s.paras > 1 {
        return false;
    }
    let tokens = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    tokens
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| META_WORDS.contains(&w))
}

/// A link line has at least this much text (shorter ones are "mehr", "zurück", page numbers).
const LINK_LINE_MIN_CHARS: u32 = 15;

/// A paragraph that is one link (one `<a>`) and nothing else: a teaser for another article ("Lesen Sie auch"
/// without its label) or a link to more of the site, not a sentence of the story. (A linked
/// heading is kept: listicles and digests link their section titles.)
fn is_link_line(node: NodeRef<Node>, el: &Element, s: &NodeStats) -> bool {
    el.name() == "p"
        && s.text >= LINK_LINE_MIN_CHARS
        && s.link_density() >= 0.9
        && node
            .descendants()
            .take(LINK_LINE_MAX_NODES)
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "a"))
            .count()
            == 1
}

/// The lead-in of a teaser line is at most this long ("Lesen Sie auch:", "Były dowódca wojsk USA:").
const TEASER_LEAD_MAX_CHARS: usize = 50;
/// …and its link holds at least this share of its text (a title may be short: "Rosja jest groźna").
const TEASER_MIN_LINK_DENSITY: f32 = 0.3;

/// A paragraph that is a short lead-in ending with a colon and then one link, nothing after it: a
/// teaser for another article in any language ("Lesen Sie auch: <a>…</a>", "Czytaj też: <a>…</a>",
/// "Ex-commander of US forces: <a>…</a>"), not a sentence of the story.
fn is_teaser_line(node: NodeRef<Node>, el: &Element, s: &NodeStats) -> bool {
    if !matches!(el.name(), "p" | "blockquote")
        || s.text < LINK_LINE_MIN_CHARS
        || s.link_density() < TEASER_MIN_LINK_DENSITY
    {
        return false;
    }
    let mut links = node
        .descendants()
        .take(LINK_LINE_MAX_NODES)
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "a"));
    let (Some(link), None) = (links.next(), links.next()) else {
        return false;
    };
    let mut lead = String::new();
    for n in node.descendants().take(LINK_LINE_MAX_NODES) {
        if n.id() == link.id() {
            break;
        }
        if let Some(t) = n.value().as_text() {
            lead.push_str(t);
        }
    }
    let lead = lead.trim();
    let link_text = collapse(text_nodes(link));
    let all = collapse(text_nodes(node));
    !lead.is_empty()
        && lead.chars().count() <= TEASER_LEAD_MAX_CHARS
        && lead.ends_with(':')
        && all
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
            .ends_with(
                link_text.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()),
            )
}

/// Nodes looked at for the links of a link line.
const LINK_LINE_MAX_NODES: usize = 64;

/// Readability's byline test: a short element named or marked as the author line.
fn is_byline(el: &Element, s: &NodeStats) -> bool {
    if s.text == 0 || s.text >= 100 {
        return false;
    }
    if el.attr("rel") == Some("author")
        || el
            .attr("itemprop")
            .is_some_and(|v| v.to_ascii_lowercase().contains("author"))
    {
        return true;
    }
    let tokens = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    ["byline", "author", "dateline", "writtenby", "p-author"]
        .iter()
        .any(|w| tokens.contains(w))
}
