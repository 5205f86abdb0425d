//! Takes a `Reading`, gives the formats users save and copy: the summary card as Markdown and plain text
//! (Copy), the whole reading as Markdown, and a self-contained HTML document (Save). Shared by the CLI
//! and the extension so both produce the same files. Markdown is escaped so no raw HTML passes through.

use crate::reading::{Reading, RemovedKind};
use crate::render::BlockKind;

/// Escapes text so Markdown renders it literally (no HTML, no links, no emphasis).
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn link(text: &str, url: &str) -> String {
    let safe_url: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '<' | '>' | '(' | ')'))
        .collect();
    if safe_url.starts_with("http://") || safe_url.starts_with("https://") {
        format!("[{}](<{}>)", escape_markdown(text), safe_url)
    } else {
        escape_markdown(text)
    }
}

fn source_line(r: &Reading) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(site) = &r.site {
        parts.push(escape_markdown(site));
    }
    if let Some(b) = &r.byline {
        parts.push(escape_markdown(b));
    }
    if let Some(d) = &r.published {
        parts.push(escape_markdown(d.get(..10).unwrap_or(d)));
    }
    parts.push(format!("{} min", r.reading_minutes));
    let mut line = parts.join(" · ");
    if let Some(url) = &r.url {
        line.push_str(&format!(" · {}", link("Quelle / source", url)));
    }
    line
}

/// The summary card as Markdown: title, source, key sentences, actors with roles, quotes with speakers.
pub fn card_markdown(r: &Reading) -> String {
    let mut md = format!("# {}\n\n{}\n", escape_markdown(&r.title), source_line(r));
    if !r.card.summary.is_empty() {
        md.push_str("\n## Kernaussagen / Key points\n\n");
        for s in &r.card.summary {
            md.push_str(&format!("- {}\n", escape_markdown(s)));
        }
    }
    if !r.card.actors.is_empty() {
        md.push_str("\n## Akteure / Actors\n\n");
        for a in &r.card.actors {
            match &a.role {
                Some(role) => md.push_str(&format!(
                    "- **{}**: {}\n",
                    escape_markdown(&a.name),
                    escape_markdown(role)
                )),
                None => md.push_str(&format!("- **{}**\n", escape_markdown(&a.name))),
            }
        }
    }
    if !r.card.quotes.is_empty() {
        md.push_str("\n## Zitate / Quotes\n\n");
        for q in &r.card.quotes {
            let who = q
                .speaker
                .as_deref()
                .map(escape_markdown)
                .unwrap_or_else(|| "?".into());
            md.push_str(&format!(
                "> {}\n>\n> — {}\n\n",
                escape_markdown(&q.text),
                who
            ));
        }
    }
    md
}

/// The summary card as plain text (the clipboard's text/plain flavour).
pub fn card_text(r: &Reading) -> String {
    let mut t = format!("{}\n{}\n", r.title, r.url.as_deref().unwrap_or(""));
    for s in &r.card.summary {
        t.push_str(&format!("\n• {s}"));
    }
    if !r.card.actors.is_empty() {
        t.push('\n');
    }
    for a in &r.card.actors {
        t.push_str(&format!(
            "\n{}{}",
            a.name,
            a.role
                .as_deref()
                .map(|x| format!(" — {x}"))
                .unwrap_or_default()
        ));
    }
    if !r.card.quotes.is_empty() {
        t.push('\n');
    }
    for q in &r.card.quotes {
        t.push_str(&format!(
            "\n„{}“ — {}",
            q.text,
            q.speaker.as_deref().unwrap_or("?")
        ));
    }
    t.push('\n');
    t
}

/// The whole reading as Markdown: the card's header, then the article text block by block.
pub fn reading_markdown(r: &Reading) -> String {
    let mut md = format!("# {}\n\n{}\n", escape_markdown(&r.title), source_line(r));
    for block in crate::render::from_reading_blocks(r) {
        let text = escape_markdown(&block.text);
        md.push('\n');
        md.push_str(&match block.kind {
            BlockKind::Heading => format!("## {text}\n"),
            BlockKind::ListItem => format!("- {text}\n"),
            BlockKind::Quote => format!("> {text}\n"),
            BlockKind::Caption => format!("*{text}*\n"),
            BlockKind::Preformatted => format!("```\n{}\n```\n", block.text.replace("```", "ˋˋˋ")),
            _ => format!("{text}\n"),
        });
    }
    md
}

/// A one-line summary of what was removed, e.g. "7 ad, 2 related, 1 audio".
pub fn removed_counts(r: &Reading) -> Vec<(RemovedKind, usize)> {
    let mut counts: Vec<(RemovedKind, usize)> = Vec::new();
    for item in &r.removed {
        match counts.iter_mut().find(|(k, _)| *k == item.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((item.kind, 1)),
        }
    }
    counts.sort();
    counts
}

fn escape_html(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained HTML document of the reading: `css` inlined, the card, the article (already
/// sanitised), the source link and date. No scripts; a CSP meta tag forbids them anyway.
pub fn html_document(r: &Reading, css: &str) -> String {
    let lang = r.lang.as_deref().unwrap_or("und");
    let mut card = String::new();
    if !r.card.summary.is_empty() {
        card.push_str("<section class=\"kt-summary\"><h2>Kernaussagen / Key points</h2><ul>");
        for s in &r.card.summary {
            card.push_str(&format!("<li>{}</li>", escape_html(s)));
        }
        card.push_str("</ul></section>");
    }
    if !r.card.actors.is_empty() {
        card.push_str("<section class=\"kt-actors\"><h2>Akteure / Actors</h2><ul>");
        for a in &r.card.actors {
            let role = a
                .role
                .as_deref()
                .map(|x| format!(" — {}", escape_html(x)))
                .unwrap_or_default();
            card.push_str(&format!(
                "<li><strong>{}</strong>{}</li>",
                escape_html(&a.name),
                role
            ));
        }
        card.push_str("</ul></section>");
    }
    if !r.card.quotes.is_empty() {
        card.push_str("<section class=\"kt-quotes\"><h2>Zitate / Quotes</h2>");
        for q in &r.card.quotes {
            card.push_str(&format!(
                "<blockquote><p>{}</p><footer>— {}</footer></blockquote>",
                escape_html(&q.text),
                escape_html(q.speaker.as_deref().unwrap_or("?"))
            ));
        }
        card.push_str("</section>");
    }
    let source = r
        .url
        .as_deref()
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .map(|u| format!("<a href=\"{0}\">{0}</a>", escape_html(u)))
        .unwrap_or_default();
    let meta: Vec<String> = [
        r.site.clone(),
        r.byline.clone(),
        r.published.as_ref().map(|d| d.chars().take(10).collect()),
    ]
    .into_iter()
    .flatten()
    .map(|x| escape_html(&x))
    .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{css}</style></head>\
<body class=\"kt-saved\"><main class=\"kt-layout\"><article class=\"kt-article\"><header><h1>{title}</h1><p class=\"kt-meta\">{meta}</p><p class=\"kt-source\">{source}</p></header>{html}</article>\
<aside class=\"kt-card\">{card}</aside></main></body></html>\n",
        lang = escape_html(lang),
        title = escape_html(&r.title),
        css = css.replace("</", "<\\/"),
        meta = meta.join(" · "),
        source = source,
        html = r.html,
        card = card,
    )
}
