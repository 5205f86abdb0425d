//! The removal report: what was stripped in or next to the article (the article container's parent),
//! one entry per block, with its reason. Marks elsewhere on the page (site header, footer) are not
//! reported: a reader never saw them as part of the story. A container of several ads or teasers is
//! reported per item.

use super::stats::IdSet;

use ego_tree::NodeRef;
use scraper::Node;

use super::stats::INVISIBLE;
use super::Article;
use crate::clutter::{Clutter, Evidence};
use crate::normalize::collapse_whitespace;
use crate::parse::Document;
use crate::reading::{Removed, RemovedKind};

/// How much of a removed block's text goes into the report.
const REPORT_CHARS: usize = 120;

/// An item of an ad or teaser list has at least this much text (labels alone are not items).
const MIN_ITEM_CHARS: usize = 12;

/// Upper bound on report entries, whatever the page.
const MAX_ENTRIES: usize = 200;

pub fn removed(
    doc: &Document,
    article: &Article,
    clutter: &Clutter,
    strip_soft: bool,
) -> Vec<Removed> {
    let Some(root) = doc.html.tree.get(article.root) else {
        return Vec::new();
    };
    let scope = root
        .parent()
        .filter(|p| {
            p.value()
                .as_element()
                .is_some_and(|e| !matches!(e.name(), "body" | "html"))
        })
        .unwrap_or(root);
    let parts: IdSet = article.parts.iter().copied().collect();
    let mut out = Vec::new();
    let mut stack = vec![scope];
    while let Some(node) = stack.pop() {
        if out.len() >= MAX_ENTRIES {
            break;
        }
        let Some(el) = node.value().as_element() else {
            continue;
        };
        if INVISIBLE.contains(&el.name()) {
            continue;
        }
        let mark = clutter.mark_of(node.id()).filter(|(_, ev)| match ev {
            Evidence::Hard => true,
            Evidence::Soft => strip_soft,
            Evidence::Contained => article.skip.contains(&node.id()),
        });
        if let Some((kind, _)) = mark {
            push_items(node, kind, &mut out);
            continue;
        }
        if article.skip.contains(&node.id()) {
            push_entry(node, RemovedKind::Other, &mut out);
            continue;
        }
        // Siblings of the story that did not join it are not clutter we removed, just other page parts.
        if scope.id() != root.id()
            && node.parent().is_some_and(|p| p.id() == scope.id())
            && !parts.contains(&node.id())
            && node.id() != root.id()
        {
            continue;
        }
        let mark_len = stack.len();
        stack.extend(node.children());
        stack[mark_len..].reverse();
    }
    out
}

/// One entry per item when a marked container lists several ads or teasers, else one for the block.
fn push_items(node: NodeRef<Node>, kind: RemovedKind, out: &mut Vec<Removed>) {
    if matches!(kind, RemovedKind::Ad | RemovedKind::Related) {
        let mut list = node;
        // Walk through wrappers (and past the box's heading) to the list of items.
        for _ in 0..8 {
            let items: Vec<_> = list
                .children()
                .filter(|c| {
                    c.value().as_element().is_some_and(|e| {
                        !matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header")
                    }) && text_chars(*c) >= MIN_ITEM_CHARS
                })
                .collect();
            match items.as_slice() {
                [only] => list = *only,
                [] => break,
                _ => {
                    for item in items {
                        push_entry(item, kind, out);
                    }
                    return;
                }
            }
        }
    }
    push_entry(node, kind, out);
}

/// Visible characters below `node`, counted up to a small bound.
fn text_chars(node: NodeRef<Node>) -> usize {
    node.descendants()
        .take(400)
        .filter_map(|n| n.value().as_text())
        .map(|t| t.trim().chars().count())
        .sum()
}

fn push_entry(node: NodeRef<Node>, kind: RemovedKind, out: &mut Vec<Removed>) {
    let mut text = String::new();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            let hidden = n
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|e| INVISIBLE.contains(&e.name()));
            if !hidden {
                text.push_str(t);
                text.push(' ');
                if text.len() > REPORT_CHARS * 4 {
                    break;
                }
            }
        }
    }
    let text = collapse_whitespace(&text);
    if !text.is_empty() {
        out.push(Removed {
            kind,
            text: text.chars().take(REPORT_CHARS).collect(),
        });
    }
}
