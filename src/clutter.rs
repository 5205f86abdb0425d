//! Takes the parsed document and the page language, gives `Clutter`: the elements to strip, each with a
//! `RemovedKind` and how sure we are (`Evidence`). Evidence: tags and ARIA roles (nav, dialog), class/id
//! tokens of ad and widget vendors (language-neutral, in `CLASS_PATTERNS`), Readability's "unlikely
//! candidate" class words (soft: the content stage may ignore them on a retry; a block named for its
//! place on the page, "above-footer", that holds most of the page's prose is not marked), and visible
//! labels such as "Anzeige" or "Mehr zum Thema" (per language, in `lang/*/clutter.rs`; headings that
//! offer more of the site, "Weitere Reisetipps", count when links follow them), matched after folding
//! away zero-width characters, look-alike letters and reversed text. Below a soft or contained mark the
//! walk goes on, so that the clutter inside is known when the content stage sets that mark aside. The
//! removal report is written later, by the content stage, for the marks that sit in or near the article.

use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::Node;

use crate::content::stats::{self, IdMap, Stats, INVISIBLE};
use crate::lang::Language;
use crate::normalize::fold_label;
use crate::reading::{Removed, RemovedKind};

/// A language's clutter vocabulary: folded label text → what the block it labels is.
pub struct ClutterLexicon {
    pub labels: &'static [(&'static str, RemovedKind)],
    /// Openers of a photo credit or source line ("Foto:", "Photograph by"), lowercase.
    pub credits: &'static [&'static str],
    /// Phrases of a call to action ("Jetzt abonnieren", "Follow us on"), lowercase: a short line
    /// holding one asks something of the reader and is not part of the story.
    pub promo_phrases: &'static [&'static str],
    /// First words of a heading that offers more of the site ("Weitere Reisetipps", "More from the
    /// desk"), lowercase: over a list of links, such a heading names a box of teasers.
    pub more_openers: &'static [&'static str],
    /// Weekdays and months (`src/lang/<code>/calendar.rs`): a date line is made of them and numbers.
    pub calendar: &'static [&'static [&'static str]],
    /// Further words of a date or time line ("Uhr", "aktualisiert", abbreviations), lowercase.
    pub date_words: &'static [&'static str],
}

impl ClutterLexicon {
    fn is_date_word(&self, word: &str) -> bool {
        self.date_words.contains(&word) || self.calendar.iter().any(|list| list.contains(&word))
    }
}

/// How certain a mark is. `Soft` marks come from generic class words ("header", "extra", "comment")
/// that sometimes name the story container itself; the content stage drops them on a retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    Hard,
    Soft,
    /// Clutter only inside the story (an `<aside>` box); a story may itself sit in an aside.
    Contained,
}

/// Class/id substrings that identify clutter on news sites in any language (vendors, widgets).
const CLASS_PATTERNS: &[(&str, RemovedKind)] = &[
    ("outbrain", RemovedKind::Ad),
    ("taboola", RemovedKind::Ad),
    ("plista", RemovedKind::Ad),
    ("trc_related", RemovedKind::Ad),
    ("ob-widget", RemovedKind::Ad),
    ("nativendo", RemovedKind::Ad),
    ("ligatus", RemovedKind::Ad),
    ("ad-container", RemovedKind::Ad),
    ("ad-slot", RemovedKind::Ad),
    ("adslot", RemovedKind::Ad),
    ("adunit", RemovedKind::Ad),
    ("ad-unit", RemovedKind::Ad),
    ("gpt-ad", RemovedKind::Ad),
    ("advert", RemovedKind::Ad),
    ("advertisement", RemovedKind::Ad),
    ("advertising", RemovedKind::Ad),
    ("partner-teaser", RemovedKind::Ad),
    ("more-on-topic", RemovedKind::Related),
    ("read-more", RemovedKind::Related),
    ("readmore", RemovedKind::Related),
    ("recommend", RemovedKind::Related),
    ("recommended", RemovedKind::Related),
    ("recommendation", RemovedKind::Related),
    ("breadcrumb", RemovedKind::Navigation),
    ("newsletter", RemovedKind::Newsletter),
    ("share", RemovedKind::Share),
    ("sharing", RemovedKind::Share),
    ("cookie", RemovedKind::Consent),
    ("consent", RemovedKind::Consent),
    ("cmp-", RemovedKind::Consent),
    ("sp-message", RemovedKind::Consent),
    ("gdpr", RemovedKind::Consent),
    ("paywall", RemovedKind::Paywall),
    ("audio-player", RemovedKind::Audio),
    ("audioplayer", RemovedKind::Audio),
    ("podcast-player", RemovedKind::Audio),
    ("podcastplayer", RemovedKind::Audio),
    ("read-aloud", RemovedKind::Audio),
    ("text-to-speech", RemovedKind::Audio),
    ("outdated-browser", RemovedKind::Other),
    ("shariff", RemovedKind::Share),
    // Pull quotes repeat a sentence of the body: shown once, in the body.
    ("pullquote", RemovedKind::Other),
    ("pull-quote", RemovedKind::Other),
    ("third-party", RemovedKind::Consent),
    ("embed-consent", RemovedKind::Consent),
    ("privacy-placeholder", RemovedKind::Consent),
    ("credit", RemovedKind::Other),
    ("copyright", RemovedKind::Other),
    ("photographer", RemovedKind::Other),
    ("bildnachweis", RemovedKind::Other),
    // Author boxes: the writer's bio under the story, not part of it.
    ("author-bio", RemovedKind::Promo),
    ("author-box", RemovedKind::Promo),
    ("authorbox", RemovedKind::Promo),
    ("author-info", RemovedKind::Promo),
    ("about-author", RemovedKind::Promo),
    ("author-description", RemovedKind::Promo),
    // Star-rating widgets ("post-ratings", "rating-box"): a vote on the story, not part of it.
    ("rating", RemovedKind::Other),
    // Affiliate and advertiser notices ("editorial-disclosure", "aawp-disclaimer").
    ("disclosure", RemovedKind::Promo),
    ("disclaimer", RemovedKind::Promo),
    ("browser-update", RemovedKind::Other),
    ("update-browser", RemovedKind::Other),
    ("browser-warning", RemovedKind::Other),
    ("unsupported-browser", RemovedKind::Other),
];

/// Widget vendors: their containers are clutter whatever other class words they carry.
const VENDORS: &[&str] = &[
    "outbrain",
    "taboola",
    "plista",
    "trc_related",
    "ob-widget",
    "nativendo",
    "ligatus",
];

/// Readability's "unlikely candidate" words, each with the kind it most often names.
const UNLIKELY: &[(&str, RemovedKind)] = &[
    ("-ad-", RemovedKind::Ad),
    ("ai2html", RemovedKind::Other),
    ("banner", RemovedKind::Ad),
    ("combx", RemovedKind::Other),
    ("comment", RemovedKind::Comments),
    ("kommentar", RemovedKind::Comments),
    ("community", RemovedKind::Comments),
    ("cover-wrap", RemovedKind::Other),
    ("disqus", RemovedKind::Comments),
    ("extra", RemovedKind::Other),
    ("footer", RemovedKind::Navigation),
    ("header", RemovedKind::Navigation),
    ("legends", RemovedKind::Other),
    ("menu", RemovedKind::Navigation),
    ("related", RemovedKind::Related),
    ("remark", RemovedKind::Comments),
    ("replies", RemovedKind::Comments),
    ("rss", RemovedKind::Other),
    ("shoutbox", RemovedKind::Comments),
    ("sidebar", RemovedKind::Other),
    ("skyscraper", RemovedKind::Ad),
    ("social", RemovedKind::Share),
    ("sponsor", RemovedKind::Ad),
    ("supplemental", RemovedKind::Other),
    ("ad-break", RemovedKind::Ad),
    ("agegate", RemovedKind::Consent),
    ("pagination", RemovedKind::Navigation),
    ("pager", RemovedKind::Navigation),
    ("popup", RemovedKind::Other),
    ("yom-remote", RemovedKind::Other),
];

/// Unlikely words that name where a block sits on the page rather than what it is.
const REGION_WORDS: &[&str] = &["footer", "header", "sidebar"];

/// The share of the page's paragraph prose that makes a block the story's surroundings.
const STORY_SHARE: f32 = 0.5;

/// Class words that keep a block despite an unlikely word ("article-header", "main-sidebar-content").
const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// Whole class tokens that name an ad slot.
const AD_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "anzeige",
    "werbung",
    "adsbygoogle",
    "advertisement",
];

/// Text (characters, mostly not links) that makes a block the story rather than a widget.
const SUBSTANTIAL_TEXT: u32 = 1000;

/// Endings that keep a class word a widget name ("sharebar", "cookiebanner", "comments").
const WIDGET_SUFFIXES: &[&str] = &[
    "",
    "s",
    "bar",
    "box",
    "button",
    "buttons",
    "tool",
    "tools",
    "links",
    "icons",
    "wrap",
    "wrapper",
    "container",
    "widget",
    "area",
    "banner",
    "layer",
    "overlay",
    "notice",
    "hint",
    "teaser",
    "signup",
    "form",
    "block",
    "module",
    "list",
    "panel",
    "popup",
    "modal",
    "message",
    "wall",
    "player",
    "nav",
];

/// Whether a class/id string names `pattern`: patterns with a hyphen or underscore match anywhere;
/// single words must be a whole word of a class name or that word plus a widget ending, so that a
/// heading slug like "evolve-shared-history" is not a share bar.
fn pattern_matches(tokens: &str, pattern: &str) -> bool {
    if pattern.contains(['-', '_']) {
        return tokens.contains(pattern);
    }
    let mut previous = "";
    tokens
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|part| {
            // "non-paywall", "no-ads": the class says the block is *not* that.
            let negated = NEGATIONS.contains(&previous);
            previous = part;
            !negated
                && part
                    .strip_prefix(pattern)
                    .is_some_and(|rest| WIDGET_SUFFIXES.contains(&rest))
        })
}

/// Class words that negate the word after them ("non-paywall").
const NEGATIONS: &[&str] = &["non", "no", "not", "without"];

/// A labelled block longer than this is only clutter when mostly links (a story may start with a label).
const LABELLED_MAX_TEXT: u32 = 1500;

/// A block with more paragraph prose than this (links not counted) is a region of the page, however
/// many menus it also holds, not a box that its first text labels ("Últimas noticias" opening a menu).
const LABELLED_MAX_PROSE: u32 = 2500;

/// Longest text taken as a label.
const MAX_LABEL_CHARS: usize = 60;

/// Longest text taken as a credit line.
const MAX_CREDIT_CHARS: usize = 100;

/// A labelled box holds fewer paragraphs than this (unless they are mostly links).
const LABELLED_MAX_PARAS: u32 = 3;

/// How many nodes are searched for a block's first text.
const LABEL_SEARCH_NODES: usize = 40;

#[derive(Debug, Default)]
pub struct Clutter {
    marks: IdMap<(RemovedKind, Evidence)>,
    /// Filled by the content stage from the marks in or near the article.
    pub removed: Vec<Removed>,
}

impl Clutter {
    pub fn is_marked(&self, id: NodeId) -> bool {
        self.marks.contains_key(&id)
    }

    pub fn mark_of(&self, id: NodeId) -> Option<(RemovedKind, Evidence)> {
        self.marks.get(&id).copied()
    }
}

pub fn classify(doc: &crate::parse::Document, language: &Language) -> Clutter {
    let root = doc.html.tree.root();
    let order = stats::preorder(&[root], |n| {
        n.value()
            .as_element()
            .is_some_and(|e| INVISIBLE.contains(&e.name()))
    });
    let text_stats = stats::compute(&order, |_, _| false);
    let page_prose = text_stats.get(root.id()).para_text;
    let mut clutter = Clutter::default();
    // (node, inside an <article>, inside a table or code)
    let mut stack: Vec<(NodeRef<Node>, bool, bool)> = vec![(root, false, false)];
    while let Some((node, in_article, in_table)) = stack.pop() {
        let Some(el) = node.value().as_element() else {
            if matches!(node.value(), Node::Document | Node::Fragment) {
                push_children(node, false, false, &mut stack);
            }
            continue;
        };
        if INVISIBLE.contains(&el.name()) {
            continue;
        }
        if let Some(mark) = kind_of(
            node,
            el,
            in_article,
            in_table,
            &text_stats,
            page_prose,
            language,
        ) {
            clutter.marks.insert(node.id(), mark);
            if let Some(next) = labelled_list_after(node, &text_stats, mark.0) {
                clutter.marks.insert(next, (mark.0, Evidence::Hard));
            }
            // A soft or contained mark may be set aside by the content stage (a retry, a story inside
            // an aside); the clutter within such a block must then still be known.
            if mark.1 == Evidence::Hard {
                continue;
            }
        }
        let in_article = in_article || el.name() == "article";
        let in_table = in_table || matches!(el.name(), "table" | "code" | "pre");
        push_children(node, in_article, in_table, &mut stack);
    }
    clutter
}

fn push_children<'a>(
    node: NodeRef<'a, Node>,
    in_article: bool,
    in_table: bool,
    stack: &mut Vec<(NodeRef<'a, Node>, bool, bool)>,
) {
    let mark = stack.len();
    stack.extend(node.children().map(|c| (c, in_article, in_table)));
    stack[mark..].reverse();
}

fn kind_of(
    node: NodeRef<Node>,
    el: &Element,
    in_article: bool,
    in_table: bool,
    text_stats: &Stats,
    page_prose: u32,
    language: &Language,
) -> Option<(RemovedKind, Evidence)> {
    use Evidence::*;
    let tag = el.name();
    match tag {
        "html" | "body" => return None,
        "nav" => return Some((RemovedKind::Navigation, Hard)),
        "footer" if !in_article => return Some((RemovedKind::Navigation, Hard)),
        // Boxes beside the story: their label, when they have one, says what they are.
        "footer" | "aside" => {
            let kind = labelled_kind(node, tag, text_stats, language).unwrap_or(RemovedKind::Other);
            return Some((kind, Contained));
        }
        _ => {}
    }
    match el.attr("role").map(str::trim) {
        Some("navigation") | Some("menu") | Some("menubar") => {
            return Some((RemovedKind::Navigation, Hard))
        }
        Some("contentinfo") if !in_article => return Some((RemovedKind::Navigation, Hard)),
        Some("dialog") | Some("alertdialog") => return Some((RemovedKind::Consent, Hard)),
        Some("complementary") | Some("alert") => return Some((RemovedKind::Other, Hard)),
        _ => {}
    }
    let (class, id) = (el.attr("class").unwrap_or(""), el.attr("id").unwrap_or(""));
    if class.is_empty() && id.is_empty() {
        let s = text_stats.get(node.id());
        if let Some(kind) = labelled_kind(node, tag, text_stats, language) {
            return Some((kind, Hard));
        }
        if promo_line(node, tag, &s) {
            return Some((RemovedKind::Promo, Hard));
        }
        return (credit_line(node, tag, &s, language) || date_line(node, tag, &s, language))
            .then_some((RemovedKind::Other, Hard));
    }
    let tokens = format!("{class} {id}").to_ascii_lowercase();
    let maybe_candidate = MAYBE_CANDIDATE.iter().any(|w| tokens.contains(w));
    let s = text_stats.get(node.id());
    // No share bar or ad slot holds a page of running text: such a block is the story, whatever its
    // class says ("gigya-share-btns" on an article body).
    let substantial = (s.text > SUBSTANTIAL_TEXT && s.link_density() < 0.3)
        || el
            .attr("itemprop")
            .is_some_and(|v| v.contains("articleBody"));
    if tag != "a" {
        if VENDORS.iter().any(|v| tokens.contains(v)) {
            return Some((RemovedKind::Ad, Hard));
        }
        if !substantial && !maybe_candidate {
            if let Some((_, kind)) = CLASS_PATTERNS
                .iter()
                .find(|(p, _)| pattern_matches(&tokens, p))
            {
                return Some((*kind, Hard));
            }
        }
        if !substantial
            && tokens
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_')
                .any(|t| AD_TOKENS.contains(&t))
        {
            return Some((RemovedKind::Ad, Hard));
        }
        if !maybe_candidate && !in_table {
            // Inside an <article>, a "header" holds the standfirst, not the site's masthead.
            if let Some((word, kind)) = UNLIKELY
                .iter()
                .filter(|(p, _)| !(in_article && *p == "header"))
                .find(|(p, _)| tokens.contains(p))
            {
                // A page region named for its place ("above-footer", "header-wrap") that holds most of
                // the page's prose is the layout around the story, not a masthead or a footer.
                let holds_the_story = REGION_WORDS.contains(word)
                    && s.para_text as f32 >= STORY_SHARE * page_prose as f32;
                if !holds_the_story {
                    return Some((*kind, Soft));
                }
            }
        }
    }
    if let Some(kind) = labelled_kind(node, tag, text_stats, language) {
        return Some((kind, Hard));
    }
    if promo_line(node, tag, &s) {
        return Some((RemovedKind::Promo, Hard));
    }
    (credit_line(node, tag, &s, language) || date_line(node, tag, &s, language))
        .then_some((RemovedKind::Other, Hard))
}

/// Longest text taken as a call-to-action line.
const MAX_PROMO_CHARS: u32 = 160;

/// Most nodes a call-to-action line is made of.
const MAX_PROMO_NODES: usize = 24;

/// A short line that asks the reader to subscribe, follow, sign up or log in (phrases of any known
/// language: sites mix in English ones).
fn promo_line(node: NodeRef<Node>, tag: &str, s: &stats::NodeStats) -> bool {
    if !matches!(
        tag,
        "p" | "div" | "span" | "em" | "strong" | "b" | "i" | "h3" | "h4" | "h5" | "h6"
    ) || s.text == 0
        || s.text > MAX_PROMO_CHARS
        || (tag == "div" && s.has_block)
        || node.descendants().nth(MAX_PROMO_NODES).is_some()
    {
        return false;
    }
    let text: String = node
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .collect::<String>();
    // "apps\u{a0}for iOS": no-break spaces and line breaks between the words of a phrase.
    let text = crate::normalize::collapse_whitespace(&text).to_lowercase();
    crate::lang::clutter_tables(&crate::lang::en::ENGLISH)
        .any(|table| table.promo_phrases.iter().any(|p| text.contains(p)))
}

/// Longest text taken as a date line.
const MAX_DATE_CHARS: u32 = 60;

/// Most nodes a date line is made of.
const MAX_DATE_NODES: usize = 16;

/// A line that is only a date or time ("15. Mai 2019, 05:28 Uhr", "Updated 3:59 PM"), standing
/// alone: post metadata, not part of a sentence.
fn date_line(node: NodeRef<Node>, tag: &str, s: &stats::NodeStats, language: &Language) -> bool {
    if !matches!(
        tag,
        "p" | "div" | "span" | "time" | "small" | "a" | "em" | "strong" | "b" | "i" | "dd"
    ) || s.text == 0
        || s.text > MAX_DATE_CHARS
        || !standalone(node)
    {
        return false;
    }
    // A date line is a few nodes; a bound keeps nested wrappers from being walked once per level.
    if node.descendants().nth(MAX_DATE_NODES).is_some() {
        return false;
    }
    let text: String = node
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .collect();
    is_date_line(&text, language)
}

/// Whether a node stands on its own line: no text of a sentence right before or after it. Only the
/// two neighbours are looked at, so a page of a million siblings costs a million steps.
fn standalone(node: NodeRef<Node>) -> bool {
    [node.prev_sibling(), node.next_sibling()]
        .into_iter()
        .flatten()
        .filter_map(|n| n.value().as_text())
        .all(|t| t.chars().filter(|c| c.is_alphanumeric()).take(3).count() < 3)
}

/// Whether a short text is made only of numbers and date words (of any known language), with at
/// least one number.
pub fn is_date_line(text: &str, language: &Language) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '.' | ':' | '/' | '-' | '|' | '–' | '(' | ')')
        })
        .filter(|w| !w.is_empty())
        .collect();
    let known = |w: &str| crate::lang::clutter_tables(language).any(|t| t.is_date_word(w));
    let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    // A bare number ("2020", "3") is a heading or a count; a date needs a word or a shape (23.10.2018).
    let shaped = lower.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'.' | b':' | b'/') && w[2].is_ascii_digit()
    });
    words.iter().any(number)
        && words.iter().all(|w| number(w) || known(w))
        && (shaped || words.iter().any(|w| !number(w)))
}

/// A short element that is only a photo credit or source line.
fn credit_line(node: NodeRef<Node>, tag: &str, s: &stats::NodeStats, language: &Language) -> bool {
    matches!(
        tag,
        "p" | "span" | "small" | "div" | "figcaption" | "cite" | "em" | "i" | "footer"
    ) && s.text > 0
        && s.text as usize <= MAX_CREDIT_CHARS
        && first_text(node).is_some_and(|t| is_credit(t, language))
}

/// A block whose first text (its heading or label) is a known clutter label.
fn labelled_kind(
    node: NodeRef<Node>,
    tag: &str,
    text_stats: &Stats,
    language: &Language,
) -> Option<RemovedKind> {
    if !matches!(
        tag,
        "section"
            | "div"
            | "aside"
            | "article"
            | "ul"
            | "ol"
            | "li"
            | "p"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "span"
            | "a"
            | "figure"
            | "table"
            | "blockquote"
    ) {
        return None;
    }
    let s = text_stats.get(node.id());
    if s.text == 0
        || (s.text > LABELLED_MAX_TEXT && s.link_density() < 0.5)
        || s.para_text > LABELLED_MAX_PROSE
    {
        return None;
    }
    let first = first_text(node)?;
    let kind = match label_kind(first, language) {
        Some(kind) => kind,
        // A box opened by "Entdecke weitere Homestorys" and made of links: teasers for more of the site.
        None if !is_heading(tag) && s.link_density() > 0.5 && offers_more(first, language) => {
            RemovedKind::Related
        }
        // The heading itself, when links follow it ("Auch auf example.de", then a list).
        None if is_heading(tag)
            && offers_more(first, language)
            && next_element(node).is_some_and(|n| links_follow(n, text_stats)) =>
        {
            RemovedKind::Related
        }
        None => return None,
    };
    // Several paragraphs of running text under a label: a story that opens with an ad label, not a box.
    if kind != RemovedKind::Comments && s.paras >= LABELLED_MAX_PARAS && s.link_density() < 0.5 {
        return None;
    }
    // A label inside running text ("Anzeige" as the first word of a long paragraph) is not a label.
    let label_len = first.trim().chars().count() as u32;
    if matches!(tag, "p" | "span" | "a") && s.text > label_len + 300 {
        return None;
    }
    Some(kind)
}

/// The kind of clutter a short text labels, if it is a label (disguises folded away). The page
/// language's table is asked first, then the others: sites mix in English labels.
pub fn label_kind(text: &str, language: &Language) -> Option<RemovedKind> {
    if text.chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    let folded = fold_label(text);
    // "3 Kommentare", "Comments (12)": `fold_label` has dropped the count beside the label.
    let reversed: String = folded.chars().rev().collect();
    for table in crate::lang::clutter_tables(language) {
        let found = table.labels.iter().find(|(label, _)| {
            *label == folded
                || *label == reversed
                // "Mehr zum Thema auf example.de": a label of several words opening a short line.
                || (label.contains(' ')
                    && folded
                        .strip_prefix(label)
                        .is_some_and(|rest| rest.starts_with([' ', ':'])))
                // "Anzeige – Partnerinhalte", "Sponsored: …": a one-word label set off by a dash or colon.
                || folded.strip_prefix(label).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.starts_with([':', '–', '—', '|']) || rest.starts_with("- ")
                })
        });
        if let Some((_, kind)) = found {
            return Some(*kind);
        }
    }
    None
}

/// Whether a short text opens with words offering more of the site ("Weitere …", "More …").
fn offers_more(text: &str, language: &Language) -> bool {
    if text.chars().count() > MAX_LABEL_CHARS {
        return false;
    }
    let folded = fold_label(text);
    crate::lang::clutter_tables(language).any(|t| {
        t.more_openers.iter().any(|opener| {
            folded
                .strip_prefix(opener)
                .is_some_and(|rest| rest.starts_with(' '))
        })
    })
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6")
}

fn next_element(node: NodeRef<Node>) -> Option<NodeRef<Node>> {
    node.next_siblings().find(|n| n.value().is_element())
}

/// Whether a block right after a heading is a list of links (teasers, not a paragraph of the story).
fn links_follow(next: NodeRef<Node>, text_stats: &Stats) -> bool {
    next.value().as_element().is_some_and(|el| {
        matches!(el.name(), "ul" | "ol" | "div" | "section" | "p" | "a")
            && text_stats.get(next.id()).link_density() > 0.5
    })
}

/// Whether a short text is a photo credit or source line ("Foto: dpa", "Photograph by …").
pub fn is_credit(text: &str, language: &Language) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > MAX_CREDIT_CHARS {
        return false;
    }
    let lower = t.to_lowercase();
    crate::lang::clutter_tables(language).any(|t| t.credits.iter().any(|c| lower.starts_with(c)))
}

/// Longest block whose end is looked at for a credit.
const MAX_CAPTIONED_CHARS: usize = 400;

/// Longest credit at the end of a block.
const MAX_CREDIT_TAIL_CHARS: usize = 80;

/// The text without the photo credit it ends with ("… im Abendrot. Bild: Shutterstock", "… (Foto:
/// dpa)", "… | © AFP"): a caption reads as a sentence, its credit is page furniture. A credit opens
/// after a sentence end or separator, or with "(" or "©", and runs to the end of a short block.
pub fn without_credit_tail(text: &str) -> &str {
    if text.chars().count() > MAX_CAPTIONED_CHARS {
        return text;
    }
    let mut previous = None;
    for (i, c) in text.char_indices() {
        let at_boundary = match previous {
            None => true,
            Some(p) => {
                matches!(p, '.' | '!' | '?' | '|' | ')' | '–' | '—' | '/' | ':')
                    || c == '('
                    || c == '©'
            }
        };
        if !c.is_whitespace() {
            previous = Some(c);
        }
        if !at_boundary || c.is_whitespace() {
            continue;
        }
        let tail = &text[i..];
        if tail.chars().count() > MAX_CREDIT_TAIL_CHARS {
            continue;
        }
        if crate::lang::clutter_tables(&crate::lang::en::ENGLISH).any(|t| {
            t.credits
                .iter()
                .any(|opener| starts_with_folded(tail, opener))
        }) {
            return text[..i].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '|' | '–' | '—' | '-' | '/' | '(')
            });
        }
    }
    text
}

/// Whether `text` starts with the lowercase `prefix`, ignoring case.
fn starts_with_folded(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// After a heading that labels a related/ad list ("Mehr zum Thema"), the list of links that follows it;
/// after a comments heading ("3 Kommentare"), the comments.
fn labelled_list_after(
    node: NodeRef<Node>,
    text_stats: &Stats,
    kind: RemovedKind,
) -> Option<NodeId> {
    let tag = node.value().as_element()?.name();
    if !matches!(
        tag,
        "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "span" | "strong"
    ) {
        return None;
    }
    let next = next_element(node)?;
    match kind {
        RemovedKind::Related | RemovedKind::Ad => links_follow(next, text_stats).then(|| next.id()),
        // Under a comments heading, the list of comments (neither short nor made of links).
        RemovedKind::Comments if is_heading(tag) => next
            .value()
            .as_element()
            .is_some_and(|el| matches!(el.name(), "ol" | "ul" | "div" | "section"))
            .then(|| next.id()),
        _ => None,
    }
}

fn first_text<'a>(node: NodeRef<'a, Node>) -> Option<&'a str> {
    node.descendants()
        .take(LABEL_SEARCH_NODES)
        .filter(|n| {
            !n.parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|e| INVISIBLE.contains(&e.name()))
        })
        .filter_map(|n| n.value().as_text())
        .map(|t| &**t)
        .find(|t| !t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::de::GERMAN;

    #[test]
    fn one_word_labels_set_off_by_a_dash_or_colon() {
        assert_eq!(
            label_kind("Anzeige – Partnerinhalte", &GERMAN),
            Some(RemovedKind::Ad)
        );
        assert_eq!(
            label_kind("Sponsored: Best deals", &GERMAN),
            Some(RemovedKind::Ad)
        );
        assert_eq!(label_kind("Anzeigenblatt", &GERMAN), None);
        assert_eq!(label_kind("Anzeige erstattet", &GERMAN), None);
    }

    #[test]
    fn labels_of_languages_without_a_folder_come_from_the_shared_table() {
        assert_eq!(
            label_kind("Czytaj też:", &GERMAN),
            Some(RemovedKind::Related)
        );
        assert_eq!(
            label_kind("Articles les plus lus", &GERMAN),
            Some(RemovedKind::Related)
        );
        assert_eq!(
            label_kind("Le puede interesar: otra noticia", &GERMAN),
            Some(RemovedKind::Related)
        );
        assert_eq!(label_kind("Leer el informe", &GERMAN), None);
    }

    #[test]
    fn date_lines_are_numbers_and_date_words() {
        assert!(is_date_line("15. Mai 2019, 05:28 Uhr", &GERMAN));
        assert!(is_date_line(
            "Aktualisiert am 21.01.2022, 11:39 Uhr",
            &GERMAN
        ));
        assert!(is_date_line("Updated 3:59 PM", &GERMAN));
        assert!(is_date_line("23.10.2018", &GERMAN));
        assert!(!is_date_line("2020", &GERMAN));
        assert!(!is_date_line("Am 3. Mai kam der Regen", &GERMAN));
        assert!(!is_date_line("Mai", &GERMAN));
    }

    #[test]
    fn credits_at_the_end_of_a_caption_are_dropped() {
        assert_eq!(
            without_credit_tail("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com"),
            "Erdölpumpen im Abendrot."
        );
        assert_eq!(
            without_credit_tail("Maxi Taucher ist angekommen. (Foto: Privat)"),
            "Maxi Taucher ist angekommen."
        );
        assert_eq!(
            without_credit_tail("Lee Elder war gesegnet. | © Augusta National/Getty Images"),
            "Lee Elder war gesegnet."
        );
        assert_eq!(without_credit_tail("(© FEI/Christophe Taniere)"), "");
        assert_eq!(
            without_credit_tail("Das Foto: ein Beweis, sagt sie."),
            "Das Foto: ein Beweis, sagt sie."
        );
    }

    #[test]
    fn short_calls_to_action_are_promo() {
        let page = "<html><body><article><p>Jetzt abonnieren und nichts verpassen!</p>\
            <p>Der Rat hat am Dienstag beschlossen, den Newsletter der Stadt einzustellen, weil ihn \
            kaum jemand gelesen hat und die Kosten seit Jahren steigen, sagte der Sprecher.</p>\
            </article></body></html>";
        let doc = crate::parse::parse(page).expect("parses");
        let clutter = classify(&doc, &GERMAN);
        let kinds: Vec<_> = doc
            .html
            .tree
            .nodes()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
            .map(|n| clutter.mark_of(n.id()).map(|m| m.0))
            .collect();
        assert_eq!(kinds, vec![Some(RemovedKind::Promo), None]);
    }

    #[test]
    fn calls_to_action_match_across_no_break_spaces() {
        let page = "<html><body><article><p>Der Rat hat am Dienstag beschlossen, die Bibliothek \
            länger zu öffnen, weil sie abends stark besucht ist, sagte der Sprecher.</p>\
            <p>Aktuelle Nachrichten: download the\u{a0}app for\u{a0}free and follow\u{a0}us on\u{a0}X.</p>\
            </article></body></html>";
        let doc = crate::parse::parse(page).expect("parses");
        let clutter = classify(&doc, &GERMAN);
        let kinds: Vec<_> = doc
            .html
            .tree
            .nodes()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
            .map(|n| clutter.mark_of(n.id()).map(|m| m.0))
            .collect();
        assert_eq!(kinds, vec![None, Some(RemovedKind::Promo)]);
    }

    #[test]
    fn reader_revenue_asks_are_promo() {
        let page = "<html><body><article><p>Der Rat hat am Dienstag beschlossen, die Bibliothek \
            länger zu öffnen, weil sie abends stark besucht ist, sagte der Sprecher.</p>\
            <p>We need your help to keep this site free for everyone.</p>\
            <p>Apóyanos con una pequeña aportación cada mes.</p>\
            </article></body></html>";
        let doc = crate::parse::parse(page).expect("parses");
        let clutter = classify(&doc, &GERMAN);
        let kinds: Vec<_> = doc
            .html
            .tree
            .nodes()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
            .map(|n| clutter.mark_of(n.id()).map(|m| m.0))
            .collect();
        assert_eq!(
            kinds,
            vec![None, Some(RemovedKind::Promo), Some(RemovedKind::Promo)]
        );
    }

    #[test]
    fn negated_class_words_do_not_match() {
        assert!(pattern_matches("row paywall-box", "paywall"));
        assert!(!pattern_matches("row non-paywall", "paywall"));
        assert!(!pattern_matches("no-share", "share"));
    }
}
