//! The walk that writes sanitised HTML and text blocks from the article subtree. Iterative (an explicit
//! stack), so nesting depth costs heap, not stack.

use crate::content::stats::IdSet;

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

use super::allowlist;
use super::url::Url;
use super::{Block, BlockKind, Rendered};
use crate::clutter::Clutter;
use crate::content::Article;
use crate::dom::{is_hidden, BLOCK_LEVEL};
use crate::metadata::Metadata;
use crate::normalize::collapse_whitespace;
use crate::parse::Document;

/// Subtrees never rendered, whatever their content.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "form", "input", "button", "select", "option", "textarea", "svg", "math", "canvas",
    "video", "audio", "source", "track", "map", "area", "head", "title", "meta", "link", "base",
    "dialog", "nav", "menu", "label", "output", "progress", "meter", "slot", "portal", "param",
];

/// Elements valid only inside a `<table>`.
const TABLE_PARTS: &[&str] = &["caption", "tbody", "thead", "tfoot", "tr", "td", "th"];

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Elements whose text forms one reader block.
fn text_block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "p" => BlockKind::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "figcaption" | "caption" => BlockKind::Caption,
        "pre" => BlockKind::Preformatted,
        "td" | "th" => BlockKind::Cell,
        _ => return None,
    })
}

/// Elements that may hold inline content directly in our output (so no implicit `<p>` is needed).
fn holds_inline(tag: &str) -> bool {
    text_block_kind(tag).is_some()
        || matches!(
            tag,
            "a" | "abbr"
                | "b"
                | "cite"
                | "code"
                | "del"
                | "em"
                | "i"
                | "ins"
                | "kbd"
                | "mark"
                | "q"
                | "s"
                | "small"
                | "strong"
                | "sub"
                | "sup"
                | "time"
                | "u"
        )
}

enum Step<'a> {
    Enter(NodeRef<'a, Node>),
    /// An article part: table-internal parts get the table they need to stay valid.
    EnterPart(NodeRef<'a, Node>),
    Exit(&'static str),
    ExitUnwrapped {
        block: bool,
    },
    ExitTextBlock,
}

pub(super) struct Serializer<'a> {
    doc: &'a Document,
    clutter: &'a Clutter,
    base: Option<&'a Url>,
    title: Option<String>,
    out: String,
    blocks: Vec<Block>,
    /// Tags written and not yet closed, innermost last.
    open: Vec<&'static str>,
    implicit_paragraph: bool,
    text_stack: Vec<(BlockKind, String)>,
    quote_depth: usize,
    contains_block: IdSet,
    /// Nodes with an element below them that closes an open `<p>` when HTML is parsed without quirks.
    contains_p_closer: IdSet,
    skip: Option<&'a IdSet>,
    /// A table cell rendered as the article root: written without its own tag.
    unwrap_part: Option<ego_tree::NodeId>,
    /// The last image written, so a `<noscript>` copy of it is not written twice.
    last_image: Option<String>,
    /// Open tags when the implicit paragraph started.
    implicit_depth: usize,
    title_heading_done: bool,
}

impl<'a> Serializer<'a> {
    pub(super) fn new(
        doc: &'a Document,
        clutter: &'a Clutter,
        base: Option<&'a Url>,
        meta: &Metadata,
    ) -> Self {
        Serializer {
            doc,
            clutter,
            base,
            title: meta.title.as_deref().map(collapse_whitespace),
            out: String::new(),
            blocks: Vec::new(),
            open: Vec::new(),
            implicit_paragraph: false,
            text_stack: Vec::new(),
            quote_depth: 0,
            contains_block: IdSet::default(),
            contains_p_closer: IdSet::default(),
            skip: None,
            implicit_depth: 0,
            last_image: None,
            unwrap_part: None,
            title_heading_done: false,
        }
    }

    pub(super) fn run(mut self, article: &'a Article) -> Rendered {
        self.skip = Some(&article.skip);
        let parts: Vec<NodeRef<'a, Node>> = article
            .parts
            .iter()
            .filter_map(|id| self.doc.html.tree.get(*id))
            .collect();
        for part in &parts {
            self.index_block_containers(*part);
        }
        let mut stack: Vec<Step<'a>> = parts.iter().rev().map(|p| Step::EnterPart(*p)).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(node) => self.enter(node, &mut stack),
                Step::EnterPart(node) => self.enter_part(node, &mut stack),
                Step::Exit(tag) => self.close_tag(tag),
                Step::ExitUnwrapped { block } => {
                    if block {
                        self.close_implicit_paragraph();
                    }
                }
                Step::ExitTextBlock => self.finish_text_block(),
            }
        }
        self.close_implicit_paragraph();
        Rendered {
            html: self.out,
            blocks: self.blocks,
        }
    }

    /// Marks every node with a block-level element below it, so inline wrappers around blocks are
    /// unwrapped instead of producing invalid nesting.
    fn index_block_containers(&mut self, root: NodeRef<'a, Node>) {
        let nodes: Vec<NodeRef<Node>> = root.descendants().collect();
        for node in nodes.iter().rev() {
            let tag = node.value().as_element().map(|e| e.name());
            let is_block = tag.is_some_and(|t| BLOCK_LEVEL.contains(&t));
            if is_block || self.contains_block.contains(&node.id()) {
                if let Some(parent) = node.parent() {
                    self.contains_block.insert(parent.id());
                }
            }
            // <picture> is a block for us but legal inside <p>.
            let closes_p = is_block && tag != Some("picture");
            if closes_p || self.contains_p_closer.contains(&node.id()) {
                if let Some(parent) = node.parent() {
                    self.contains_p_closer.insert(parent.id());
                }
            }
        }
    }

    fn enter_part(&mut self, node: NodeRef<'a, Node>, stack: &mut Vec<Step<'a>>) {
        let wrappers: &[&'static str] = match node.value().as_element().map(|e| e.name()) {
            Some("tr") => &["table", "tbody"],
            Some("tbody" | "thead" | "tfoot") => &["table"],
            Some("td" | "th" | "caption") => {
                self.unwrap_part = Some(node.id());
                &[]
            }
            _ => &[],
        };
        self.close_implicit_paragraph();
        for tag in wrappers {
            stack.push(Step::Exit(tag));
        }
        for tag in wrappers {
            self.write_open(tag, &[]);
            self.open.push(tag);
        }
        stack.push(Step::Enter(node));
    }

    fn enter(&mut self, node: NodeRef<'a, Node>, stack: &mut Vec<Step<'a>>) {
        match node.value() {
            Node::Text(t) => self.text(t),
            Node::Element(el) => self.element(node, el, stack),
            Node::Document | Node::Fragment => push_children(node, stack),
            _ => {}
        }
    }

    fn element(&mut self, node: NodeRef<'a, Node>, el: &Element, stack: &mut Vec<Step<'a>>) {
        let tag = el.name();
        if tag == "noscript" && !self.skip.is_some_and(|s| s.contains(&node.id())) {
            self.noscript_images(node);
            return;
        }
        if DROPPED.contains(&tag)
            || self.clutter.is_marked(node.id()) && self.skip.is_none()
            || self.skip.is_some_and(|s| s.contains(&node.id()))
            || is_hidden(el)
        {
            return;
        }
        if matches!(tag, "h1" | "h2") && !self.title_heading_done {
            if let Some(title) = self.title.as_deref() {
                if similarity(title, &text_of(node)) > 0.75 {
                    self.title_heading_done = true;
                    return;
                }
            }
        }
        let tag = if tag == "h1" { "h2" } else { tag };
        let block = BLOCK_LEVEL.contains(&tag);
        if block {
            self.close_implicit_paragraph();
        }
        if tag == "img" {
            self.image(el);
            return;
        }
        if tag == "br" {
            // Two line breaks in a row end a paragraph on pages that use no <p> (Readability's rule).
            if self.implicit_paragraph && self.open.len() == self.implicit_depth && next_is_br(node)
            {
                self.close_implicit_paragraph();
                return;
            }
            if self.in_inline_context() {
                self.write_open("br", &[]);
                self.push_text(" ");
            }
            return;
        }
        if tag == "hr" {
            self.write_open("hr", &[]);
            return;
        }
        let inline_wrapper_of_blocks = !block && self.contains_block.contains(&node.id());
        let static_tag = allowlist::TAGS
            .iter()
            .find(|t| **t == tag)
            .copied()
            .filter(|_| self.unwrap_part != Some(node.id()));
        let attrs = static_tag.map(|t| self.attributes(t, el));
        let keep = match (static_tag, &attrs) {
            (Some("a"), Some(a)) => {
                a.iter().any(|(k, _)| *k == "href")
                    && !inline_wrapper_of_blocks
                    && !self.open.contains(&"a")
            }
            // Outside a kept <table> (the article root is a layout-table row or cell) table parts
            // are unwrapped: an HTML parser drops a stray <tr>/<td> when the reader inserts our HTML.
            (Some(t), _) if TABLE_PARTS.contains(&t) && !self.open.contains(&"table") => false,
            // A quirks-mode DOM can hold a <table> in a <p>; the reader's parse would close the <p>.
            (Some("p"), _) if self.contains_p_closer.contains(&node.id()) => false,
            // A heading inside a heading is closed by the HTML parser's re-parse; so are links in links.
            (Some(t), _) if is_heading(t) && self.open.iter().any(|o| is_heading(o)) => false,
            (Some(_), _) => !inline_wrapper_of_blocks,
            (None, _) => false,
        };
        if let (true, Some(t), Some(attrs)) = (keep, static_tag, attrs) {
            if !block && !self.in_inline_context() {
                self.open_implicit_paragraph();
            }
            self.write_open(t, &attrs);
            self.open.push(t);
            stack.push(Step::Exit(t));
        } else {
            stack.push(Step::ExitUnwrapped { block });
        }
        if let Some(kind) = text_block_kind(tag) {
            let kind = if self.quote_depth > 0 && kind == BlockKind::Paragraph {
                BlockKind::Quote
            } else {
                kind
            };
            self.start_text_block(kind);
            stack.push(Step::ExitTextBlock);
        }
        if tag == "blockquote" {
            self.quote_depth += 1;
        }
        push_children(node, stack);
    }

    fn attributes(&self, tag: &str, el: &Element) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (name, value) in el.attrs() {
            let Some(&(_, attr)) = allowlist::ATTRIBUTES
                .iter()
                .find(|(t, a)| *t == tag && *a == name)
            else {
                continue;
            };
            if allowlist::is_url_attribute(attr) {
                if let Some(u) = self.safe_url(value) {
                    out.push((attr, u));
                }
            } else if matches!(attr, "colspan" | "rowspan" | "start" | "width" | "height") {
                if let Ok(n) = value.trim().parse::<u32>() {
                    out.push((attr, n.to_string()));
                }
            } else if !allowlist::names_script_scheme(value) {
                out.push((attr, collapse_whitespace(value)));
            }
        }
        out
    }

    /// The URL made absolute, or `None` when it is not an allowed scheme (javascript:, data:, …).
    fn safe_url(&self, raw: &str) -> Option<String> {
        // What a browser's URL parser ignores: leading/trailing C0 controls and spaces, tab/newline
        // anywhere. Without this, "\u{1}javascript:" would pass as a relative path here but run there.
        let raw: String = raw
            .trim_matches(|c: char| c <= ' ' || c.is_whitespace())
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let raw = raw.as_str();
        if raw.is_empty() || has_colon_in_first_segment(raw) && Url::parse(raw).is_none() {
            return None;
        }
        let resolved = match Url::parse(raw) {
            Some(_) => raw.to_string(),
            None => match self.base {
                Some(b) => b.resolve(raw)?,
                None => return None,
            },
        };
        let parsed = Url::parse(&resolved)?;
        // A host a browser rejects would make the link dead there (and the HTML differ from ammonia's).
        let host_ok = parsed.scheme() == "mailto" || parsed.has_valid_host();
        (allowlist::URL_SCHEMES.contains(&parsed.scheme()) && host_ok)
            .then_some(resolved)
            .filter(|u| !u.contains(['<', '>', '"', ' ']))
    }

    /// The fallback images of a `<noscript>`, unless the lazy image before it already gave the same.
    fn noscript_images(&mut self, node: NodeRef<'a, Node>) {
        let raw: String = node
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        for attrs in super::noscript::images(&raw) {
            let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            let src = ["data-src", "src", "srcset"]
                .iter()
                .filter_map(|a| get(a))
                .map(first_srcset_url)
                .find_map(|u| {
                    (!u.starts_with("data:"))
                        .then(|| self.safe_url(u))
                        .flatten()
                });
            let Some(src) = src else { continue };
            let tiny = |a: &str| {
                get(a)
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .is_some_and(|n| n <= 2)
            };
            if tiny("width") || tiny("height") || self.last_image.as_deref() == Some(src.as_str()) {
                continue;
            }
            let mut out = vec![("src", src.clone())];
            if let Some(alt) = get("alt").filter(|a| !allowlist::names_script_scheme(a)) {
                out.push(("alt", collapse_whitespace(alt)));
            }
            self.write_open("img", &out);
            self.last_image = Some(src);
        }
    }

    fn image(&mut self, el: &Element) {
        let candidates = [
            "data-src",
            "data-lazy-src",
            "data-original",
            "src",
            "data-srcset",
            "srcset",
        ];
        let src = candidates
            .iter()
            .filter_map(|a| el.attr(a))
            .map(first_srcset_url)
            .find_map(|u| {
                (!u.starts_with("data:"))
                    .then(|| self.safe_url(u))
                    .flatten()
            });
        let Some(src) = src else { return };
        let tiny = |a: &str| {
            el.attr(a)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .is_some_and(|n| n <= 2)
        };
        if tiny("width") || tiny("height") {
            return;
        }
        self.last_image = Some(src.clone());
        let mut attrs = vec![("src", src)];
        if let Some(alt) = el
            .attr("alt")
            .filter(|a| !allowlist::names_script_scheme(a))
        {
            attrs.push(("alt", collapse_whitespace(alt)));
        }
        if !self.in_inline_context() && self.text_stack.is_empty() {
            // Images stand as their own block unless they sit inside text.
        }
        self.write_open("img", &attrs);
    }

    fn text(&mut self, raw: &str) {
        let in_pre = self.open.contains(&"pre");
        let text = if in_pre {
            raw.to_string()
        } else {
            squeeze(raw)
        };
        if text.is_empty() {
            return;
        }
        if text.trim().is_empty() {
            if self.in_inline_context() {
                self.out.push(' ');
                self.push_text(" ");
            }
            return;
        }
        if !self.in_inline_context() {
            self.open_implicit_paragraph();
        }
        escape_text(&text, &mut self.out);
        self.push_text(&text);
    }

    fn in_inline_context(&self) -> bool {
        self.implicit_paragraph || self.open.last().is_some_and(|t| holds_inline(t))
    }

    fn open_implicit_paragraph(&mut self) {
        self.out.push_str("<p>");
        self.implicit_paragraph = true;
        self.implicit_depth = self.open.len();
        let kind = if self.quote_depth > 0 {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        };
        self.start_text_block(kind);
    }

    fn close_implicit_paragraph(&mut self) {
        if self.implicit_paragraph {
            self.implicit_paragraph = false;
            // Inline tags still open inside the implicit paragraph cannot exist: inline wrappers of
            // blocks are unwrapped, so a block start only happens outside inline tags.
            self.out.push_str("</p>");
            self.finish_text_block();
        }
    }

    fn close_tag(&mut self, tag: &'static str) {
        if tag != "p" && BLOCK_LEVEL.contains(&tag) {
            self.close_implicit_paragraph();
        }
        if tag == "blockquote" {
            self.quote_depth = self.quote_depth.saturating_sub(1);
        }
        self.open.pop();
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    fn write_open(&mut self, tag: &str, attrs: &[(&str, String)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_attribute(v, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn start_text_block(&mut self, kind: BlockKind) {
        if let Some((outer_kind, buf)) = self.text_stack.last_mut() {
            let text = collapse_whitespace(buf);
            buf.clear();
            if !text.is_empty() {
                self.blocks.push(Block {
                    kind: *outer_kind,
                    text,
                });
            }
        }
        self.text_stack.push((kind, String::new()));
    }

    fn finish_text_block(&mut self) {
        if let Some((kind, buf)) = self.text_stack.pop() {
            let text = match kind {
                BlockKind::Preformatted => buf.trim_matches('\n').to_string(),
                BlockKind::Paragraph | BlockKind::Caption => {
                    crate::clutter::without_credit_tail(&collapse_whitespace(&buf)).to_string()
                }
                _ => collapse_whitespace(&buf),
            };
            if !text.trim().is_empty() {
                self.blocks.push(Block { kind, text });
            }
        }
    }

    fn push_text(&mut self, s: &str) {
        if let Some((_, buf)) = self.text_stack.last_mut() {
            buf.push_str(s);
        }
    }
}

/// Whether the next sibling that is not blank text is a `<br>`.
fn next_is_br(node: NodeRef<Node>) -> bool {
    node.next_siblings()
        .find(|n| !n.value().as_text().is_some_and(|t| t.trim().is_empty()))
        .is_some_and(|n| n.value().as_element().is_some_and(|e| e.name() == "br"))
}

fn push_children<'a>(node: NodeRef<'a, Node>, stack: &mut Vec<Step<'a>>) {
    let children: Vec<_> = node.children().collect();
    stack.extend(children.into_iter().rev().map(Step::Enter));
}

fn text_of(node: NodeRef<Node>) -> String {
    node.descendants()
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect()
}

/// Readability's text similarity: the share of `b`'s words (by length) that also occur in `a`.
fn similarity(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let total = wb.join(" ").chars().count() as f32;
    let unique: Vec<&str> = wb
        .iter()
        .filter(|w| !wa.contains(w))
        .map(String::as_str)
        .collect();
    let distance = unique.join(" ").chars().count() as f32 / total;
    1.0 - distance
}

/// RFC 3986 §4.2: a relative reference cannot have a colon in its first segment, so such a string
/// with an invalid scheme (e.g. "\u{200b}javascript:", "java\u{3}script:") is junk, not a path.
fn has_colon_in_first_segment(s: &str) -> bool {
    s.split(['/', '?', '#'])
        .next()
        .is_some_and(|seg| seg.contains(':'))
}

/// The first URL of a `srcset` (or a plain URL).
fn first_srcset_url(v: &str) -> &str {
    let first = v.split(',').next().unwrap_or("").trim();
    first.split_whitespace().next().unwrap_or("")
}

/// Collapses whitespace runs to one space, keeping a single leading/trailing space if present.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii_whitespace() || matches!(c, '\u{200b}' | '\u{feff}') {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

pub(crate) fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn escape_attribute(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}
