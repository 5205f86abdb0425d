//! Takes the parsed document (and the page URL), gives its `Metadata`: title, byline, published date,
//! site name, language, excerpt. Sources in order of trust: JSON-LD (`NewsArticle` and kin, arrays,
//! `@graph`), OpenGraph / `article:*` / Twitter / Dublin Core `<meta>`, `itemprop` microdata, then the DOM
//! (h1, byline elements, `<time>`, `<html lang>`).

use scraper::ElementRef;
use serde_json::Value;

use crate::normalize::collapse_whitespace;
use crate::parse::Document;
use crate::render::url::Url;
use crate::render::Block;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub excerpt: Option<String>,
}

impl Metadata {
    /// Metadata for plain text input: the first short block is the title when it looks like one.
    pub fn from_plain(blocks: &[Block]) -> Metadata {
        let title = blocks
            .first()
            .filter(|b| b.text.chars().count() <= 200 && !b.text.ends_with('.'))
            .map(|b| b.text.clone());
        Metadata {
            title,
            ..Metadata::default()
        }
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "WebPage",
];

pub fn extract(doc: &Document, url: Option<&str>) -> Metadata {
    let ld = json_ld_article(doc);
    let meta = |names: &[&str]| meta_content(doc, names);

    let site = ld
        .as_ref()
        .and_then(|a| a.get("publisher"))
        .and_then(name_of)
        .or_else(|| meta(&["og:site_name", "application-name", "twitter:site"]))
        .map(|s| s.trim_start_matches('@').to_string())
        .or_else(|| {
            url.and_then(Url::parse)
                .map(|u| u.host_without_www().to_string())
        });

    let title = ld
        .as_ref()
        .and_then(|a| a.get("headline").or_else(|| a.get("name")))
        .and_then(Value::as_str)
        .map(collapse_whitespace)
        .or_else(|| {
            meta(&[
                "dc:title",
                "dcterm:title",
                "dc.title",
                "og:title",
                "twitter:title",
                "parsely-title",
            ])
        })
        .or_else(|| document_title(doc, site.as_deref()))
        .map(|t| strip_site_suffix(&t, site.as_deref()));

    let byline = ld
        .as_ref()
        .and_then(|a| a.get("author").or_else(|| a.get("creator")))
        .and_then(names_joined)
        .or_else(|| {
            meta(&[
                "author",
                "article:author",
                "parsely-author",
                "dc.creator",
                "DC.creator",
            ])
        })
        .filter(|a| !a.starts_with("http"))
        .or_else(|| dom_byline(doc))
        .map(|b| clean_byline(&b));

    let published = ld
        .as_ref()
        .and_then(|a| a.get("datePublished").or_else(|| a.get("dateCreated")))
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "datePublished",
                "date",
                "dc.date",
                "DC.date",
                "parsely-pub-date",
                "pubdate",
            ])
        })
        .or_else(|| attr_of(doc, "time", "datetime"))
        .and_then(|d| normalize_date(&d));

    let lang = attr_of(doc, "html", "lang")
        .or_else(|| meta(&["og:locale", "language", "content-language"]))
        .or_else(|| {
            ld.as_ref()
                .and_then(|a| a.get("inLanguage"))
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .map(|l| {
            l.replace('_', "-")
                .split('-')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
        .filter(|l| !l.is_empty());

    let excerpt = meta(&["description", "og:description", "twitter:description"]).or_else(|| {
        ld.as_ref()
            .and_then(|a| a.get("description"))
            .and_then(Value::as_str)
            .map(collapse_whitespace)
    });

    Metadata {
        title,
        byline,
        published,
        site,
        lang,
        excerpt,
    }
}

/// The base against which relative links resolve: `<base href>` resolved against the page URL.
pub fn base_url(doc: &Document, url: Option<&str>) -> Option<Url> {
    let page = url.and_then(Url::parse);
    match attr_of(doc, "base", "href") {
        Some(href) => match &page {
            Some(p) => p.join(&href).or(page.clone()),
            None => Url::parse(&href),
        },
        None => page,
    }
}

/// Without declared titles: the `<title>` (its site suffix stripped), or the `<h1>` it names, which
/// carries no suffix; a lone `<h1>` only when there is no `<title>`.
fn document_title(doc: &Document, site: Option<&str>) -> Option<String> {
    let title = first_text(doc, "title").map(|t| strip_site_suffix(&t, site));
    let Some(title) = title else {
        return first_text(doc, "h1");
    };
    let lower = title.to_lowercase();
    elements(doc)
        .filter(|e| e.value().name() == "h1")
        .take(5)
        .map(|e| collapse_whitespace(&e.text().collect::<String>()))
        .find(|h| h.split_whitespace().count() >= 2 && lower.contains(&h.to_lowercase()))
        .or(Some(title))
}

/// Every element with a parent, in the order the parser created them: the order CSS selection in
/// `scraper` uses. The few lookups here are plain predicates, which keeps a CSS selector engine out of
/// the wasm build.
fn elements(doc: &Document) -> impl Iterator<Item = ElementRef<'_>> {
    doc.html
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.parent().is_some())
}

fn named<'a>(doc: &'a Document, tag: &'a str) -> impl Iterator<Item = ElementRef<'a>> {
    elements(doc).filter(move |e| e.value().name() == tag)
}

fn first_text(doc: &Document, tag: &str) -> Option<String> {
    named(doc, tag)
        .map(|e| collapse_whitespace(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// The first non-empty `attr` of a `tag` element.
fn attr_of(doc: &Document, tag: &str, attr: &str) -> Option<String> {
    named(doc, tag)
        .filter_map(|e| e.value().attr(attr))
        .map(collapse_whitespace)
        .find(|v| !v.is_empty())
}

fn meta_content(doc: &Document, names: &[&str]) -> Option<String> {
    for wanted in names {
        for e in named(doc, "meta") {
            let v = e.value();
            if v.attr("content").is_none() {
                continue;
            }
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"));
            // `property="dc:title og:title"` names several properties at once.
            if key.is_some_and(|k| k.split_whitespace().any(|k| k.eq_ignore_ascii_case(wanted))) {
                let c = collapse_whitespace(v.attr("content").unwrap_or(""));
                if !c.is_empty() {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// The best article-like object among all JSON-LD scripts (flattening arrays and `@graph`).
fn json_ld_article(doc: &Document) -> Option<Value> {
    let mut best: Option<(usize, Value)> = None;
    // HTML compares `type` values case-insensitively.
    let scripts = named(doc, "script").filter(|e| {
        e.value()
            .attr("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
    });
    for script in scripts {
        let raw: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(raw.trim().trim_end_matches(';')) else {
            continue;
        };
        let mut stack = vec![value];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > 10_000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(ref map) => {
                    if let Some(Value::Array(g)) = map.get("@graph") {
                        stack.extend(g.iter().cloned());
                    }
                    let rank = type_rank(map.get("@type"));
                    if rank > 0 && best.as_ref().is_none_or(|(r, _)| rank > *r) {
                        best = Some((rank, v));
                    }
                }
                _ => {}
            }
        }
    }
    best.map(|(_, v)| v)
}

/// Higher for more specific article types; 0 for anything else.
fn type_rank(t: Option<&Value>) -> usize {
    let names: Vec<&str> = match t {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return 0,
    };
    names
        .iter()
        .filter_map(|n| ARTICLE_TYPES.iter().position(|a| a == n))
        .map(|pos| ARTICLE_TYPES.len() - pos)
        .max()
        .unwrap_or(0)
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse_whitespace(s)),
        Value::Object(m) => m
            .get("name")
            .and_then(Value::as_str)
            .map(collapse_whitespace),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

fn names_joined(v: &Value) -> Option<String> {
    let names: Vec<String> = match v {
        Value::Array(a) => a.iter().filter_map(name_of).collect(),
        other => name_of(other).into_iter().collect(),
    };
    let mut unique: Vec<String> = Vec::new();
    for n in names {
        if !unique.contains(&n) {
            unique.push(n);
        }
    }
    (!unique.is_empty()).then(|| unique.join(", "))
}

fn dom_byline(doc: &Document) -> Option<String> {
    elements(doc)
        .filter(|e| is_byline_element(e.value()) || is_author_name(e))
        .map(|e: ElementRef| collapse_whitespace(&e.text().collect::<String>()))
        .find(|t| !t.is_empty() && t.chars().count() < 100)
}

/// Author markup: `rel="author"`, `itemprop="author"` (or a `name` inside one), or a byline/author
/// class.
fn is_byline_element(el: &scraper::node::Element) -> bool {
    const CLASSES: &[&str] = &["author-name", "c-author__name", "author"];
    el.attr("rel")
        .is_some_and(|r| r.eq_ignore_ascii_case("author"))
        || el.attr("itemprop") == Some("author")
        || el.attr("class").is_some_and(|c| {
            c.contains("byline") || c.split_ascii_whitespace().any(|t| CLASSES.contains(&t))
        })
}

/// `[itemprop="author"] [itemprop="name"]`: the name inside an author item.
fn is_author_name(e: &ElementRef) -> bool {
    e.value().attr("itemprop") == Some("name")
        && e.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|a| a.attr("itemprop") == Some("author"))
        })
}

/// "Von Martin Kölling" → "Martin Kölling"; "By Jane Doe" → "Jane Doe".
fn clean_byline(raw: &str) -> String {
    let t = collapse_whitespace(raw);
    for prefix in ["Von ", "von ", "By ", "by ", "BY ", "VON "] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    t
}

/// Removes a trailing (or leading) " | Site", " - Site", " – Site" when it names the site or is short.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = collapse_whitespace(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            let names_site = site.is_some_and(|s| {
                let (s, t) = (s.to_lowercase(), tail.to_lowercase());
                t.contains(&s) || s.contains(&t)
            });
            if names_site
                || (tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4)
            {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// Normalises a date to ISO 8601 (`YYYY-MM-DD`, keeping an ISO time part if present). Accepts ISO dates
/// and the German `DD.MM.YYYY` form; anything unrecognisable is dropped rather than passed on garbled.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        let rest = &s[10..];
        return Some(if rest.starts_with('T') || rest.starts_with(' ') {
            format!("{}T{}", &s[..10], rest[1..].trim())
        } else {
            s[..10].to_string()
        });
    }
    if digits(0..2)
        && b.get(2) == Some(&b'.')
        && digits(3..5)
        && b.get(5) == Some(&b'.')
        && digits(6..10)
    {
        return Some(format!("{}-{}-{}", &s[6..10], &s[3..5], &s[0..2]));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_suffix() {
        assert_eq!(
            strip_site_suffix("Kims neue Stärke | Handelsblatt", Some("Handelsblatt")),
            "Kims neue Stärke"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }

    #[test]
    fn normalises_dates() {
        assert_eq!(
            normalize_date("2025-10-11T11:00:00+02:00").as_deref(),
            Some("2025-10-11T11:00:00+02:00")
        );
        assert_eq!(normalize_date("11.10.2025").as_deref(), Some("2025-10-11"));
        assert_eq!(normalize_date("gestern"), None);
    }
}
