//! Takes the parsed document and the page language, gives `Clutter`: the elements to strip, each with a
//! `RemovedKind`, and the removal report. Evidence: tags and ARIA roles (nav, footer, dialog), class/id
//! tokens of ad and widget vendors (language-neutral, in `CLASS_PATTERNS`), and visible labels such as
//! "Anzeige" or "Mehr zum Thema" (per language, in `lang/*/clutter.rs`), matched after folding away
//! zero-width characters, look-alike letters and reversed text.

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use crate::lang::Language;
use crate::normalize::{collapse_whitespace, fold_label};
use crate::parse::Document;
use crate::reading::{Removed, RemovedKind};

/// A language's clutter vocabulary: folded label text → what the block it labels is.
pub struct ClutterLexicon {
    pub labels: &'static [(&'static str, RemovedKind)],
}

/// Class/id substrings that identify clutter on news sites in any language.
const CLASS_PATTERNS: &[(&str, RemovedKind)] = &[
    ("outbrain", RemovedKind::Ad),
    ("taboola", RemovedKind::Ad),
    ("plista", RemovedKind::Ad),
    ("ad-container", RemovedKind::Ad),
    ("ad-slot", RemovedKind::Ad),
    ("adslot", RemovedKind::Ad),
    ("advert", RemovedKind::Ad),
    ("sponsor", RemovedKind::Ad),
    ("partner-teaser", RemovedKind::Ad),
    ("related", RemovedKind::Related),
    ("more-on-topic", RemovedKind::Related),
    ("recommend", RemovedKind::Related),
    ("breadcrumb", RemovedKind::Navigation),
    ("newsletter", RemovedKind::Newsletter),
    ("share", RemovedKind::Share),
    ("social", RemovedKind::Share),
    ("cookie", RemovedKind::Consent),
    ("consent", RemovedKind::Consent),
    ("cmp-", RemovedKind::Consent),
    ("sp-message", RemovedKind::Consent),
    ("comment", RemovedKind::Comments),
    ("paywall", RemovedKind::Paywall),
    ("audio-player", RemovedKind::Audio),
    ("pullquote", RemovedKind::Other),
];

/// How much of a removed block's text goes into the report.
const REPORT_CHARS: usize = 120;

#[derive(Debug, Default)]
pub struct Clutter {
    marks: HashMap<NodeId, RemovedKind>,
    pub removed: Vec<Removed>,
}

impl Clutter {
    pub fn is_marked(&self, id: NodeId) -> bool {
        self.marks.contains_key(&id)
    }

    fn mark(&mut self, node: NodeRef<Node>, kind: RemovedKind) {
        self.marks.insert(node.id(), kind);
        let text = collapse_whitespace(&text_of(node));
        if !text.is_empty() {
            self.removed.push(Removed {
                kind,
                text: text.chars().take(REPORT_CHARS).collect(),
            });
        }
    }
}

pub fn classify(doc: &Document, language: &Language) -> Clutter {
    let mut clutter = Clutter::default();
    let mut stack: Vec<NodeRef<Node>> = vec![doc.html.tree.root()];
    while let Some(node) = stack.pop() {
        if let Some(kind) = node
            .value()
            .as_element()
            .and_then(|_| kind_of(node, language))
        {
            clutter.mark(node, kind);
            continue;
        }
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
    }
    clutter
}

fn kind_of(node: NodeRef<Node>, language: &Language) -> Option<RemovedKind> {
    let el = node.value().as_element()?;
    match el.name() {
        "nav" => return Some(RemovedKind::Navigation),
        "footer" if !has_ancestor(node, "article") => return Some(RemovedKind::Navigation),
        "aside" => return Some(RemovedKind::Other),
        _ => {}
    }
    match el.attr("role") {
        Some("navigation") | Some("contentinfo") => return Some(RemovedKind::Navigation),
        Some("dialog") | Some("alertdialog") => return Some(RemovedKind::Consent),
        _ => {}
    }
    let tokens = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    if let Some((_, kind)) = CLASS_PATTERNS.iter().find(|(p, _)| tokens.contains(p)) {
        return Some(*kind);
    }
    labelled_kind(node, language)
}

/// A block whose first short text (its heading or label) is a known clutter label.
fn labelled_kind(node: NodeRef<Node>, language: &Language) -> Option<RemovedKind> {
    let el = node.value().as_element()?;
    if !matches!(
        el.name(),
        "section" | "div" | "aside" | "article" | "ul" | "li"
    ) {
        return None;
    }
    let first = node
        .descendants()
        .filter_map(|n| n.value().as_text())
        .map(|t| t.trim())
        .find(|t| !t.is_empty())?;
    let folded = fold_label(first);
    let reversed: String = folded.chars().rev().collect();
    language
        .clutter
        .labels
        .iter()
        .find(|(label, _)| *label == folded || *label == reversed)
        .map(|(_, kind)| *kind)
}

fn has_ancestor(node: NodeRef<Node>, tag: &str) -> bool {
    node.ancestors()
        .any(|a| a.value().as_element().is_some_and(|e| e.name() == tag))
}

fn text_of(node: NodeRef<Node>) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            out.push_str(t);
            out.push(' ');
            if out.len() > REPORT_CHARS * 4 {
                break;
            }
        }
    }
    out
}
