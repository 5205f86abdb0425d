//! Per-node text statistics in one post-order pass (an explicit pre-order list walked backwards), so
//! no stage ever recomputes a subtree's text per ancestor. The same pass can drop nodes as it finishes
//! them (`drop`), and then the ancestors' figures already exclude what was dropped: this is how the
//! conditional cleaning works bottom-up in linear time.

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::Node;

/// Elements that never hold readable text.
pub const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
    "embed", "select", "option", "textarea", "button", "canvas", "video", "audio", "map",
];

/// Containers whose own inline text counts as a paragraph (Readability's div-to-p conversion).
pub const INLINE_HOLDERS: &[&str] = &["div", "section", "article", "main", "center", "font"];

/// A block needs this many characters to count as a paragraph.
pub const MIN_PARAGRAPH_CHARS: u32 = 25;

#[derive(Debug, Default, Clone, Copy)]
pub struct NodeStats {
    /// Visible characters, whitespace runs counted once.
    pub text: u32,
    /// Characters inside links (in-page `#` links weigh 0.3).
    pub link: f32,
    pub commas: u32,
    /// Text not inside any block-level descendant.
    pub inline_text: u32,
    pub inline_commas: u32,
    /// Paragraphs: `p`, plus containers holding inline text.
    pub paras: u32,
    pub imgs: u32,
    pub lis: u32,
    pub li_text: u32,
    pub inputs: u32,
    pub embeds: u32,
    pub heading_text: u32,
    pub has_block: bool,
    /// Text of paragraph-like blocks (the text that scored), links excluded.
    pub para_text: u32,
    pub rows: u32,
    pub cells: u32,
    pub tables: u32,
    /// `th`, `thead`, `tfoot`, `caption`, `col`: marks of a data table.
    pub table_marks: u32,
}

impl NodeStats {
    pub fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            (self.link / self.text as f32).min(1.0)
        }
    }

    fn add(&mut self, child: &NodeStats, child_is_block: bool) {
        self.text += child.text;
        self.link += child.link;
        self.commas += child.commas;
        if !child_is_block {
            self.inline_text += child.inline_text;
            self.inline_commas += child.inline_commas;
        }
        self.paras += child.paras;
        self.imgs += child.imgs;
        self.lis += child.lis;
        self.li_text += child.li_text;
        self.inputs += child.inputs;
        self.embeds += child.embeds;
        self.heading_text += child.heading_text;
        self.has_block |= child.has_block || child_is_block;
        self.para_text += child.para_text;
        self.rows += child.rows;
        self.cells += child.cells;
        self.tables += child.tables;
        self.table_marks += child.table_marks;
    }
}

/// A multiply-shift hasher for node ids (small integers): the default SipHash costs more than the
/// statistics it indexes.
#[derive(Default)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A set of node ids.
pub type IdSet = std::collections::HashSet<NodeId, std::hash::BuildHasherDefault<IdHasher>>;

/// A map keyed by node id.
pub type IdMap<V> = HashMap<NodeId, V, std::hash::BuildHasherDefault<IdHasher>>;

pub struct Stats {
    map: IdMap<NodeStats>,
}

impl Stats {
    pub fn get(&self, id: NodeId) -> NodeStats {
        self.map.get(&id).copied().unwrap_or_default()
    }
}

/// Counts visible characters of a text node, collapsing whitespace runs, and its commas.
pub fn measure_text(t: &str) -> (u32, u32) {
    let (mut len, mut commas, mut space) = (0u32, 0u32, true);
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                len += 1;
                space = true;
            }
        } else {
            if !crate::normalize::is_invisible(c) {
                len += 1;
            }
            space = false;
            if matches!(
                c,
                ',' | '\u{60c}'
                    | '\u{fe50}'
                    | '\u{fe10}'
                    | '\u{fe11}'
                    | '\u{2e41}'
                    | '\u{2e34}'
                    | '\u{2e32}'
                    | '\u{ff0c}'
            ) {
                commas += 1;
            }
        }
    }
    if space && len > 0 {
        len -= 1;
    }
    (len.saturating_add(0), commas)
}

/// The nodes below `roots` in document order, not descending into nodes `skip` rejects.
pub fn preorder<'a>(
    roots: &[NodeRef<'a, Node>],
    mut skip: impl FnMut(NodeRef<'a, Node>) -> bool,
) -> Vec<NodeRef<'a, Node>> {
    let mut out = Vec::new();
    let mut stack: Vec<NodeRef<'a, Node>> = roots.iter().rev().copied().collect();
    while let Some(node) = stack.pop() {
        if skip(node) {
            continue;
        }
        out.push(node);
        let mark = stack.len();
        stack.extend(node.children());
        stack[mark..].reverse();
    }
    out
}

/// Statistics of every element in `order` (a pre-order list from [`preorder`]). `drop` is asked about
/// each element once its subtree is final; a dropped element adds nothing to its ancestors.
pub fn compute<'a>(
    order: &[NodeRef<'a, Node>],
    mut drop: impl FnMut(NodeRef<'a, Node>, &NodeStats) -> bool,
) -> Stats {
    let mut map: IdMap<NodeStats> =
        IdMap::with_capacity_and_hasher(order.len() / 2 + 1, Default::default());
    for node in order.iter().rev() {
        let (own, is_block) = match node.value() {
            Node::Text(t) => {
                let (len, commas) = measure_text(t);
                (
                    NodeStats {
                        text: len,
                        commas,
                        inline_text: len,
                        inline_commas: commas,
                        ..NodeStats::default()
                    },
                    false,
                )
            }
            Node::Element(el) => {
                let mut s = map.remove(&node.id()).unwrap_or_default();
                let name = el.name();
                match name {
                    "a" => {
                        let weight = if el.attr("href").is_some_and(|h| h.starts_with('#')) {
                            0.3
                        } else {
                            1.0
                        };
                        s.link = s.text as f32 * weight;
                    }
                    "p" => s.paras += 1,
                    "img" => s.imgs += 1,
                    "li" => {
                        s.lis += 1;
                        s.li_text += s.text;
                    }
                    "input" => s.inputs += 1,
                    "embed" | "object" | "iframe" => s.embeds += 1,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading_text = s.text,
                    "tr" => s.rows += 1,
                    "td" | "th" => {
                        s.cells += 1;
                        if name == "th" {
                            s.table_marks += 1;
                        }
                    }
                    "table" => s.tables += 1,
                    "thead" | "tfoot" | "caption" | "col" | "colgroup" => s.table_marks += 1,
                    _ => {}
                }
                if INLINE_HOLDERS.contains(&name) && s.inline_text > 0 {
                    s.paras += 1;
                    if s.inline_text >= MIN_PARAGRAPH_CHARS {
                        s.para_text += s.inline_text;
                    }
                }
                if matches!(name, "p" | "pre" | "td") && s.text >= MIN_PARAGRAPH_CHARS {
                    let own = (s.text as f32 - s.link).max(0.0) as u32;
                    s.para_text = s.para_text.max(own);
                }
                if drop(*node, &s) {
                    continue;
                }
                let is_block = crate::dom::breaks_text_run(name);
                map.insert(node.id(), s);
                (s, is_block)
            }
            _ => continue,
        };
        if let Some(parent) = node.parent() {
            if parent.value().is_element() {
                map.entry(parent.id()).or_default().add(&own, is_block);
            }
        }
    }
    Stats { map }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_collapsed_text() {
        assert_eq!(measure_text("  a  b, c \n"), (6, 1));
        assert_eq!(measure_text(""), (0, 0));
    }
}
