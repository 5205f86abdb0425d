//! Shared by the security, property and robustness tests: the article page a payload is embedded in,
//! and the checks that a reading's HTML and exports carry nothing executable. The checks re-parse our
//! output with html5ever (as a browser would) instead of grepping it, and compare it with `ammonia`
//! configured with the very allowlist the renderer claims to apply.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};

use klartext::render::allowlist;
use scraper::{Html, Node};

pub const PAGE_URL: &str = "https://www.example-zeitung.de/politik/haushalt-streit-123.html";

/// The synthetic article page, shared with the browser suite (tests/e2e/xss.test.js) so that both judge
/// the same pages: `{{slot}}`s in the template, one paragraph a line.
const ARTICLE_TEMPLATE: &str = include_str!("../fixtures/security/article.html");
const ARTICLE_PARAGRAPHS: &str = include_str!("../fixtures/security/article-paragraphs.txt");
const TITLE: &str = "Haushalt: Regierung einigt sich auf Entwurf";

/// Where in the page a payload is placed.
#[derive(Debug, Clone, Copy)]
pub enum Placement {
    /// As a block of its own between two article paragraphs.
    Block,
    /// Inside an article paragraph, between two sentences.
    Inline,
    /// In the page's metadata (title, OpenGraph title, author), which feed the title and byline.
    Metadata,
}

pub const PLACEMENTS: &[Placement] = &[Placement::Block, Placement::Inline, Placement::Metadata];

fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

fn text_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

/// A German news article page with `payload` embedded at `placement`.
pub fn article_page(payload: &str, placement: Placement) -> String {
    let (head_title, meta_title, author) = match placement {
        Placement::Metadata => (
            text_escape(payload),
            attr_escape(payload),
            attr_escape(payload),
        ),
        _ => (
            TITLE.to_string(),
            TITLE.to_string(),
            "Anna Schmidt".to_string(),
        ),
    };
    let mut body = String::new();
    for (i, p) in ARTICLE_PARAGRAPHS.lines().enumerate() {
        match (placement, i) {
            (Placement::Block, 3) => {
                body.push_str(payload);
                body.push('\n');
                body.push_str(&format!("<p>{p}</p>\n"));
            }
            (Placement::Inline, 2) => {
                let (first, rest) = p.split_once(". ").unwrap_or((p, ""));
                body.push_str(&format!("<p>{first}. {payload} {rest}</p>\n"));
            }
            _ => body.push_str(&format!("<p>{p}</p>\n")),
        }
    }
    fill_slots(
        ARTICLE_TEMPLATE,
        &[
            ("head_title", &head_title),
            ("meta_title", &meta_title),
            ("author", &author),
            ("title", TITLE),
            ("body", &body),
        ],
    )
}

/// Fills `{{name}}` slots in one pass, so a payload that itself contains `{{…}}` is left as written.
fn fill_slots(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(end) = after.find("}}") else { break };
        let name = &after[..end];
        match slots.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => panic!("article template: unknown slot {{{{{name}}}}}"),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// A payload from a corpus, with a name for failure messages.
pub struct Vector {
    pub title: String,
    pub payload: String,
}

/// The project's own vectors (tests/fixtures/security/vectors.json).
pub fn own_vectors() -> Vec<Vector> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/security/vectors.json"
    );
    vectors_from(&std::fs::read_to_string(path).expect("own vectors fixture"))
}

pub fn vectors_from(json: &str) -> Vec<Vector> {
    let list: Vec<serde_json::Value> = serde_json::from_str(json).expect("vector list is JSON");
    list.iter()
        .map(|v| Vector {
            title: v["title"].as_str().unwrap_or("").to_string(),
            payload: v["payload"].as_str().unwrap_or("").to_string(),
        })
        .collect()
}

/// `ammonia` with exactly the renderer's allowlist: only absolute http(s)/mailto URLs, no rel added.
pub fn ammonia_with_our_allowlist() -> ammonia::Builder<'static> {
    let mut tag_attributes: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
    for (tag, attr) in allowlist::ATTRIBUTES {
        tag_attributes.entry(tag).or_default().insert(attr);
    }
    let mut b = ammonia::Builder::empty();
    b.tags(allowlist::TAGS.iter().copied().collect())
        .tag_attributes(tag_attributes)
        .url_schemes(allowlist::URL_SCHEMES.iter().copied().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(None)
        .strip_comments(true);
    b
}

/// Removes what browsers ignore in a URL attribute before parsing it: leading/trailing C0 controls and
/// spaces, and ASCII tab/newline anywhere (WHATWG URL parser).
pub fn browser_url(value: &str) -> String {
    value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

fn scheme_of(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Lower-cased with every whitespace and control character removed: how a script scheme hides.
fn squeezed(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect()
}

const SCRIPT_SCHEMES: &[&str] = &["javascript:", "vbscript:", "livescript:", "data:text/html"];

/// Every reason `html` (a reading's sanitised article) could execute or escape the allowlist; empty
/// when it is safe.
pub fn html_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let fragment = Html::parse_fragment(html);
    for node in fragment.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let tag = el.name();
        // The fragment parser's own context root.
        if tag == "html" && node.parent().is_some_and(|p| p.value().is_fragment()) {
            continue;
        }
        if &*el.name.ns != "http://www.w3.org/1999/xhtml" {
            problems.push(format!(
                "element <{tag}> in foreign namespace {}",
                &*el.name.ns
            ));
        }
        if !allowlist::allows_tag(tag) {
            problems.push(format!("element <{tag}> outside the allowlist"));
        }
        for (name, value) in el.attrs.iter().map(|(n, v)| (n, &**v)) {
            let local = &*name.local;
            if !name.ns.is_empty() || name.prefix.is_some() {
                problems.push(format!("namespaced attribute {local} on <{tag}>"));
            }
            if local.to_ascii_lowercase().starts_with("on") {
                problems.push(format!("event handler {local} on <{tag}>"));
            }
            if !allowlist::allows_attribute(tag, local) {
                problems.push(format!(
                    "attribute {local} on <{tag}> outside the allowlist"
                ));
            }
            if allowlist::is_url_attribute(local) {
                let url = browser_url(value);
                match scheme_of(&url) {
                    Some(s) if allowlist::URL_SCHEMES.contains(&s.as_str()) => {}
                    other => problems.push(format!(
                        "{local}={value:?} on <{tag}> has scheme {other:?}, not http/https/mailto"
                    )),
                }
            }
            let squeezed = squeezed(value);
            if let Some(s) = SCRIPT_SCHEMES.iter().find(|s| squeezed.contains(*s)) {
                problems.push(format!("{local}={value:?} on <{tag}> contains {s}"));
            }
        }
    }
    let cleaned = ammonia_with_our_allowlist().clean(html).to_string();
    if cleaned != html {
        problems.push(format!(
            "not a fixed point of ammonia:\n  ours:    {html}\n  ammonia: {cleaned}"
        ));
    }
    problems
}

/// Byte offsets of the `<`/`[`…`](` constructs Markdown would treat as markup, outside code fences.
fn markdown_problems(md: &str, what: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut in_fence = false;
    for line in md.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let backslashes = chars[..i].iter().rev().take_while(|c| **c == '\\').count();
            let escaped = backslashes % 2 == 1;
            if escaped {
                continue;
            }
            if !matches!(c, '<' | ']') {
                continue;
            }
            let rest: String = chars[i..].iter().take(12).collect();
            if *c == '<' {
                let link_target = i >= 2 && chars[i - 2] == ']' && chars[i - 1] == '(';
                if !(link_target && (rest.starts_with("<http://") || rest.starts_with("<https://")))
                {
                    problems.push(format!("{what}: unescaped '<' in line {line:?}"));
                }
            }
            if rest.starts_with("](")
                && !(rest.starts_with("](<http://") || rest.starts_with("](<https://"))
            {
                problems.push(format!(
                    "{what}: link to a non-http target in line {line:?}"
                ));
            }
        }
        if squeezed(line).contains("](<javascript:") {
            problems.push(format!("{what}: javascript: link in line {line:?}"));
        }
    }
    if in_fence {
        problems.push(format!("{what}: code fence left open"));
    }
    problems
}

/// The self-contained HTML export: no script, no handler, no script URL, and the CSP meta in the head.
fn document_problems(doc: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if doc.to_ascii_lowercase().contains("<script") {
        problems.push("html_document contains <script".to_string());
    }
    let parsed = Html::parse_document(doc);
    let mut csp = false;
    for node in parsed.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let tag = el.name();
        if matches!(
            tag,
            "script" | "iframe" | "object" | "embed" | "form" | "svg" | "math" | "base" | "link"
        ) {
            problems.push(format!("html_document has <{tag}>"));
        }
        if tag == "meta" {
            let in_head = node
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|p| p.name() == "head");
            let is_csp = el
                .attr("http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
            if is_csp
                && in_head
                && el
                    .attr("content")
                    .is_some_and(|c| c.contains("default-src 'none'"))
            {
                csp = true;
            } else if el.attr("http-equiv").is_some() && !is_csp {
                problems.push(format!(
                    "html_document has meta http-equiv={:?}",
                    el.attr("http-equiv")
                ));
            }
        }
        for (name, value) in el.attrs() {
            if name.to_ascii_lowercase().starts_with("on") {
                problems.push(format!("html_document: handler {name} on <{tag}>"));
            }
            let squeezed = squeezed(value);
            if let Some(s) = SCRIPT_SCHEMES.iter().find(|s| squeezed.contains(*s)) {
                problems.push(format!("html_document: {name}={value:?} contains {s}"));
            }
        }
    }
    if !csp {
        problems
            .push("html_document: CSP meta (default-src 'none') missing from <head>".to_string());
    }
    problems
}

/// Everything wrong with a reading's HTML and its exports.
pub fn reading_problems(r: &klartext::Reading) -> Vec<String> {
    let mut problems = html_problems(&r.html);
    problems.extend(markdown_problems(
        &klartext::export::reading_markdown(r),
        "reading_markdown",
    ));
    problems.extend(markdown_problems(
        &klartext::export::card_markdown(r),
        "card_markdown",
    ));
    problems.extend(document_problems(&klartext::export::html_document(
        r,
        "body{color:#222}",
    )));
    problems
}
