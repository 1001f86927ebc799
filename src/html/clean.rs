//! What is not article on a page, decided before any scoring: page furniture by tag, hidden
//! elements, navigation roles, and class/id names that mark comments, share bars, related links,
//! promotions and ads.
//!
//! The name patterns are Mozilla Readability's (`REGEXPS.unlikelyCandidates`, `okMaybeItsACandidate`,
//! `positive`, `negative` in Readability.js), matched as substrings of the lower-cased
//! `class` and `id`, the way its regular expressions match.

use super::tree::{Data, NodeId, Tree};

/// Elements never part of an article's text.
const DROP_TAGS: &[&str] = &[
    "aside",
    "audio",
    "button",
    "canvas",
    "dialog",
    "embed",
    "figcaption",
    "figure",
    "footer",
    "head",
    "iframe",
    "input",
    "link",
    "map",
    "menu",
    "meta",
    "nav",
    "noscript",
    "object",
    "picture",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "video",
];

/// ARIA roles of navigation and page chrome.
const DROP_ROLES: &[&str] = &[
    "alert",
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
];

/// Readability's `unlikelyCandidates`.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "newsletter",
    "share",
    "subscribe",
    "promo",
    "outbrain",
    "taboola",
    "recirc",
    "most-popular",
    "trending",
];

/// Readability's `okMaybeItsACandidate`.
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];

/// Readability's `positive`.
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Readability's `negative` (`hid` only as a whole word, as its pattern anchors it).
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "caption",
    "credit",
];

/// Which cleaning a pass applies. Readability retries with fewer when a pass finds less than
/// [`MIN_BODY`] characters: first without dropping unlikely names, then without class weights,
/// then without conditional cleaning.
#[derive(Clone, Copy, Debug)]
pub struct Pass {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
}

impl Pass {
    /// The passes in the order they are tried.
    pub const ALL: [Pass; 4] = [
        Pass {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
}

/// Characters a body needs for a pass to be taken (Readability's `charThreshold`).
pub const MIN_BODY: usize = 500;

/// The lower-cased `class` and `id` of element `id`.
pub fn names(tree: &Tree, id: NodeId) -> String {
    let class = tree.attr(id, "class").unwrap_or("");
    let ident = tree.attr(id, "id").unwrap_or("");
    format!("{class} {ident}").to_ascii_lowercase()
}

fn any_in(hay: &str, pats: &[&str]) -> bool {
    pats.iter().any(|p| hay.contains(p))
}

/// Readability's class weight: −25 for a negative name, +25 for a positive one (each of class
/// and id counts once).
pub fn class_weight(tree: &Tree, id: NodeId, pass: Pass) -> f32 {
    let mut w = 0.0;
    if !pass.weight_classes {
        return w;
    }
    for key in ["class", "id"] {
        let v = tree.attr(id, key).unwrap_or("").to_ascii_lowercase();
        if v.is_empty() {
            continue;
        }
        if any_in(&v, NEGATIVE) || v.split_whitespace().any(|t| t == "hid") {
            w -= 25.0;
        }
        if any_in(&v, POSITIVE) {
            w += 25.0;
        }
    }
    w
}

/// Whether an element is hidden from readers (`hidden`, `aria-hidden`, inline `display:none`).
fn hidden(tree: &Tree, id: NodeId) -> bool {
    if tree.attr(id, "hidden").is_some() || tree.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    let style: String = tree
        .attr(id, "style")
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    style.contains("display:none") || style.contains("visibility:hidden")
}

/// Whether element `id` is furniture on its own (its subtree is then left out).
fn furniture(tree: &Tree, id: NodeId, pass: Pass) -> bool {
    let name = tree.name(id);
    if DROP_TAGS.contains(&name) || hidden(tree, id) {
        return true;
    }
    if tree
        .attr(id, "role")
        .is_some_and(|r| DROP_ROLES.contains(&r))
    {
        return true;
    }
    if !pass.strip_unlikely || matches!(name, "html" | "body" | "article" | "main" | "a" | "") {
        return false;
    }
    let n = names(tree, id);
    any_in(&n, UNLIKELY) && !any_in(&n, MAYBE)
}

/// For each node, whether it is left out (it or an ancestor is furniture).
pub fn dropped(tree: &Tree, pass: Pass) -> Vec<bool> {
    let mut out = vec![false; tree.nodes.len()];
    // Parents come before their children in the arena, so one forward pass suffices.
    for id in 1..tree.nodes.len() {
        let parent = tree.nodes[id].parent;
        out[id] = (parent != 0 && out[parent])
            || (matches!(tree.nodes[id].data, Data::Element { .. }) && furniture(tree, id, pass));
    }
    out
}
