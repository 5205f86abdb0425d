//! Readability's conditional cleaning, bottom-up on the chosen region: link farms, image-only blocks,
//! form-heavy and embed-heavy boxes inside the story container are dropped. Because it runs inside the
//! statistics pass, each block is judged on what is left of it after its own children were judged.

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

use super::score::class_weight;
use super::stats::NodeStats;

/// What the walk knows about a node's ancestors.
#[derive(Clone, Copy, Default)]
pub struct Context {
    pub in_figure: bool,
    pub in_data_table: bool,
    pub in_code: bool,
}

/// Whether a table holds data (kept whole) rather than layout.
pub fn is_data_table(el: &Element, s: &NodeStats) -> bool {
    if el.attr("role") == Some("presentation") || el.attr("datatable") == Some("0") {
        return false;
    }
    if el.attr("summary").is_some() {
        return true;
    }
    if s.tables > 1 {
        return false;
    }
    if s.table_marks > 0 {
        return true;
    }
    let rows = s.rows.max(1);
    let cols = s.cells / rows;
    rows >= 10 || cols > 4 || s.cells > 10
}

/// Readability's `_cleanConditionally` verdict for one element.
pub fn should_drop(
    node: NodeRef<Node>,
    el: &Element,
    s: &NodeStats,
    ctx: Context,
    weight_classes: bool,
) -> bool {
    let tag = el.name();
    if !matches!(
        tag,
        "form" | "fieldset" | "table" | "ul" | "div" | "section" | "ol"
    ) {
        return false;
    }
    if ctx.in_data_table || ctx.in_code {
        return false;
    }
    if tag == "table" && is_data_table(el, s) {
        return false;
    }
    let weight = if weight_classes {
        class_weight(el)
    } else {
        0.0
    };
    if weight < 0.0 {
        return true;
    }
    if s.commas >= 10 {
        return false;
    }
    let is_list =
        matches!(tag, "ul" | "ol") || (s.text > 0 && s.li_text as f32 / s.text as f32 > 0.9);
    let paras = s.paras as f32;
    let imgs = s.imgs as f32;
    let lis = s.lis as f32 - 100.0;
    let ld = s.link_density();
    let heading_density = if s.text == 0 {
        0.0
    } else {
        s.heading_text as f32 / s.text as f32
    };
    let mut drop = false;
    if !ctx.in_figure && s.imgs > 1 && paras / imgs < 0.5 {
        drop = true;
    }
    if !is_list && lis > paras {
        drop = true;
    }
    if s.inputs as f32 > (paras / 3.0).floor() {
        drop = true;
    }
    if !is_list
        && !ctx.in_figure
        && heading_density < 0.9
        && s.text < 25
        && (s.imgs == 0 || s.imgs > 2)
        && ld > 0.0
    {
        drop = true;
    }
    if !is_list && weight < 25.0 && ld > 0.2 {
        drop = true;
    }
    if weight >= 25.0 && ld > 0.5 {
        drop = true;
    }
    if (s.embeds == 1 && s.text < 75) || s.embeds > 1 {
        drop = true;
    }
    if drop && is_list {
        // Image galleries are lists with one image per item.
        let nested_items = node
            .children()
            .filter(|c| c.value().is_element())
            .any(|c| c.children().filter(|g| g.value().is_element()).count() > 1);
        if !nested_items && s.imgs == s.lis && s.imgs > 0 {
            return false;
        }
    }
    drop
}
