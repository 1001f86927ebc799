//! Per-element counts the body finder reads: visible text length, text inside links, commas,
//! and how many paragraphs, images, list items, inputs and embeds sit below each element.
//!
//! Computed once, bottom-up, over the nodes that are not left out by [`super::clean`].

use super::tree::{Data, NodeId, Tree};

#[derive(Clone, Copy, Default, Debug)]
pub struct Stats {
    /// Characters of text, whitespace runs counted as one.
    pub chars: u32,
    /// Of those, the characters inside `<a>`.
    pub link_chars: u32,
    pub commas: u32,
    pub p: u32,
    pub img: u32,
    pub li: u32,
    pub input: u32,
    pub embed: u32,
    /// Characters and commas of the text directly inside (in text nodes and inline elements
    /// that are children): a paragraph written without `<p>`, between `<br>`s.
    pub own_chars: u32,
    pub own_commas: u32,
    /// Whether a block element (one that makes a `div` more than a paragraph) is below.
    pub block: bool,
}

impl Stats {
    /// Share of the text that is link text (Readability's link density).
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Elements that keep a `div` from being read as a paragraph (Readability's `DIV_TO_P_ELEMS`).
const BLOCKS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Elements that run inside a line of text (HTML "phrasing content" that carries text).
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "mark", "q", "s", "small",
    "span", "strong", "sub", "sup", "time", "u",
];

/// Characters of `s` with each whitespace run counted once, and its commas.
fn measure(s: &str) -> (u32, u32) {
    let (mut n, mut commas, mut space) = (0u32, 0u32, true);
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                n += 1;
            }
            space = true;
        } else {
            n += 1;
            space = false;
            if c == ',' || c == '\u{ff0c}' {
                commas += 1;
            }
        }
    }
    (n, commas)
}

/// Counts for every node; left-out nodes count nothing.
pub fn compute(tree: &Tree, dropped: &[bool]) -> Vec<Stats> {
    let mut out = vec![Stats::default(); tree.nodes.len()];
    // Children come after their parents in the arena: a reverse pass sees every child first.
    for id in (1..tree.nodes.len()).rev() {
        if dropped[id] {
            continue;
        }
        let mut s = out[id];
        match &tree.nodes[id].data {
            Data::Text(t) => (s.chars, s.commas) = measure(t),
            Data::Element { name, .. } => {
                let n = name.as_str();
                if n == "a" {
                    s.link_chars = s.chars;
                }
                s.p += u32::from(n == "p");
                s.img += u32::from(n == "img");
                s.li += u32::from(n == "li");
                s.input += u32::from(n == "input");
                s.embed += u32::from(matches!(n, "embed" | "object" | "iframe"));
            }
            Data::Root => {}
        }
        out[id] = s;
        add_to_parent(tree, &mut out, id);
    }
    out
}

fn add_to_parent(tree: &Tree, out: &mut [Stats], id: NodeId) {
    let s = out[id];
    let parent = tree.nodes[id].parent;
    let p = &mut out[parent];
    p.chars += s.chars;
    p.link_chars += s.link_chars;
    p.commas += s.commas;
    p.p += s.p;
    p.img += s.img;
    p.li += s.li;
    p.input += s.input;
    p.embed += s.embed;
    p.block |= s.block || BLOCKS.contains(&tree.name(id));
    if matches!(tree.nodes[id].data, Data::Text(_)) || INLINE.contains(&tree.name(id)) {
        p.own_chars += s.chars;
        p.own_commas += s.commas;
    }
}
