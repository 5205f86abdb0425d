//! Takes the document and the clutter marks, gives the `Article`: the subtree that holds the story.
//! Paragraph-like blocks score their ancestors by text length, comma count and link density (the
//! Readability idea), skipping everything clutter marked; the best-scoring ancestor wins.

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use crate::clutter::Clutter;
use crate::lang::Language;
use crate::parse::Document;

/// Below this many words the page is not treated as an article.
pub const MIN_ARTICLE_WORDS: usize = 25;

pub struct Article {
    pub root: NodeId,
}

pub fn select(doc: &Document, clutter: &Clutter, _language: &Language) -> Option<Article> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    let mut stack: Vec<NodeRef<Node>> = vec![doc.html.tree.root()];
    while let Some(node) = stack.pop() {
        if clutter.is_marked(node.id()) {
            continue;
        }
        if let Some(el) = node.value().as_element() {
            if matches!(
                el.name(),
                "script" | "style" | "noscript" | "template" | "head"
            ) {
                continue;
            }
            if matches!(el.name(), "p" | "pre" | "td" | "li" | "blockquote") {
                let (text_len, link_len, commas) = measure(node);
                if text_len >= 25 {
                    let score = 1.0 + commas as f64 + (text_len as f64 / 100.0).min(3.0);
                    let score = score * (1.0 - link_len as f64 / text_len as f64);
                    let mut factor = 1.0;
                    for ancestor in node.ancestors().take(3) {
                        *scores.entry(ancestor.id()).or_default() += score * factor;
                        factor /= 2.0;
                    }
                }
                continue;
            }
        }
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
    }
    let best = scores
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?
        .0;
    Some(Article {
        root: enclosing_article(doc, best).unwrap_or(best),
    })
}

/// The `<article>` element a few levels above the best block, so its header (teaser, lead image)
/// comes along; clutter inside it stays marked.
fn enclosing_article(doc: &Document, best: NodeId) -> Option<NodeId> {
    let node = doc.html.tree.get(best)?;
    if node
        .value()
        .as_element()
        .is_some_and(|e| e.name() == "article")
    {
        return None;
    }
    node.ancestors()
        .take(3)
        .find(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.name() == "article")
        })
        .map(|a| a.id())
}

/// Characters of text, of link text, and commas below `node`.
fn measure(node: NodeRef<Node>) -> (usize, usize, usize) {
    let (mut text, mut link, mut commas) = (0, 0, 0);
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            let len = t.trim().chars().count();
            text += len;
            commas += t.matches(',').count();
            if n.ancestors()
                .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"))
            {
                link += len;
            }
        }
    }
    (text, link, commas)
}
