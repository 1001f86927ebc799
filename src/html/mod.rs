//! Reads a saved web page or a rich-text paste: the article as a reader sees it (headline,
//! byline, date, site name, and the body without navigation, ads, captions, related links,
//! share bars, comments and scripts).
//!
//! Built without a parser crate: a browser-compatible tokenizer ([`tokens`]) and tree builder
//! ([`tree`]) cost about as much .wasm as the leanest DOM crate measured (tl, 34 KB) while
//! reading scripts and unclosed paragraphs as browsers do; html5ever with a DOM costs 509 KB and
//! dom_smoothie's Readability 980 KB. The body finder is Mozilla Readability's scoring
//! ([`body`]); the metadata reader follows schema.org, Open Graph and common meta names
//! ([`meta`]). Measured with `crossread eval html` on the article-extraction benchmark's pages.

mod body;
mod clean;
pub mod entities;
mod json;
mod meta;
mod render;
mod stats;
mod tokens;
mod tree;

pub use meta::Meta;

/// A page read as an article.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Page {
    pub meta: Meta,
    /// The article text: paragraphs separated by a blank line.
    pub body: String,
}

impl Page {
    /// The text Crossread analyses: the headline as the first line, then the body.
    pub fn article_text(&self) -> String {
        match (self.meta.title.is_empty(), self.body.is_empty()) {
            (false, false) if !self.body.starts_with(&self.meta.title) => {
                format!("{}\n\n{}", self.meta.title, self.body)
            }
            (false, true) => self.meta.title.clone(),
            _ => self.body.clone(),
        }
    }
}

/// Reads `html` as an article page. Any input gives a result; a page with no prose gives an
/// empty body.
pub fn extract(html: &str) -> Page {
    let tree = tree::Tree::parse(html);
    let meta = meta::read(&tree);
    let mut best = String::new();
    for pass in clean::Pass::ALL {
        let body = trim_edges(without_headline(body_text(&tree, pass), &meta.title));
        if body.len() >= clean::MIN_BODY {
            return Page { meta, body };
        }
        // A later pass keeps less furniture out, so it must find far more to be preferred
        // (a short article stays the first pass's, share bars and all left out).
        if body.len() > 2 * best.len() {
            best = body;
        }
    }
    Page { meta, body: best }
}

/// The body without a first paragraph that repeats the headline (pages often set the headline
/// inside the article's container).
fn without_headline(body: String, title: &str) -> String {
    let same = |a: &str, b: &str| {
        let words = |s: &str| {
            s.split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        };
        !b.is_empty() && words(a) == words(b)
    };
    match body.split_once("\n\n") {
        Some((first, rest)) if same(first, title) => rest.to_string(),
        None if same(&body, title) => String::new(),
        _ => body,
    }
}

/// The body without the page's edges: leading timestamp lines ("November 19, 2019 | 4:20am |
/// Updated ...") and a last paragraph that ends in a colon, which introduced an embed (a video,
/// a tweet, a signup box) that is not text.
fn trim_edges(body: String) -> String {
    let mut paragraphs: Vec<&str> = body.split("\n\n").collect();
    while paragraphs.len() > 1 && crate::analysis::is_date_line(paragraphs[0]) {
        paragraphs.remove(0);
    }
    if paragraphs.len() > 1
        && paragraphs
            .last()
            .is_some_and(|p| p.trim_end().ends_with(':'))
    {
        paragraphs.pop();
    }
    paragraphs.join("\n\n")
}

/// The body one pass of cleaning finds; with no paragraph of prose, the whole visible page.
fn body_text(tree: &tree::Tree, pass: clean::Pass) -> String {
    let mut dropped = clean::dropped(tree, pass);
    let stats = stats::compute(tree, &dropped);
    let mut roots = body::find(tree, &dropped, &stats, pass);
    if roots.is_empty() {
        roots = vec![0];
    }
    body::prune(tree, &roots, &mut dropped, &stats, pass);
    render::text(tree, &roots, &dropped)
}

/// The visible text of an HTML fragment (what a user selected and copied), one paragraph per
/// block: scripts, styles and hidden elements go, nothing is judged furniture by its name.
pub fn fragment_text(html: &str) -> String {
    let tree = tree::Tree::parse(html);
    let dropped = clean::dropped(&tree, clean::Pass::ALL[3]);
    render::text(&tree, &[0], &dropped)
}

/// Text from the bytes of a saved page: UTF-8 (a byte-order mark dropped); anything that is not
/// valid UTF-8 is read as Windows-1252, the WHATWG default for Western pages without a usable
/// declaration.
pub fn decode_bytes(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => entities::CP1252_C1[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect(),
    }
}

/// Whether `text` looks like an HTML document or fragment rather than plain text: it starts
/// (after white space) with a tag, a doctype or a comment.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start().as_bytes();
    t.first() == Some(&b'<')
        && t.get(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'!' || *c == b'?')
}
