//! The document tree: an arena of elements and text nodes built from [`super::tokens`].
//!
//! Tree construction follows the parts of the WHATWG algorithm that decide where text lands:
//! void elements never open; a block start closes an open `p` (and `li`, `dt`/`dd`, table rows
//! and cells close their open siblings), so pages that leave `<p>` unclosed still give one
//! element per paragraph; an end tag closes the nearest open element of its name and is ignored
//! when none is open. Nesting is capped at [`MAX_DEPTH`]: deeper elements are attached flat, so
//! walks of the tree stay bounded on hostile input.

use super::tokens::{Token, Tokens};

/// Deepest nesting kept; real pages stay under about 60.
pub const MAX_DEPTH: usize = 256;

/// Index of a node in [`Tree::nodes`]; the document root is 0.
pub type NodeId = usize;

#[derive(Debug)]
pub enum Data {
    Root,
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    /// Decoded text.
    Text(String),
}

#[derive(Debug)]
pub struct Node {
    pub data: Data,
    pub parent: NodeId,
    pub children: Vec<NodeId>,
}

#[derive(Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

/// Elements that never have content (WHATWG "void elements").
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Start tags that close an open `p` (WHATWG: "If the stack of open elements has a p element in
/// button scope, then close a p element").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "dd",
    "dt",
];

/// Elements that may sit in `head`.
const HEAD: &[&str] = &[
    "base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template",
    "title",
];

/// Elements that bound the search for an open element to close (WHATWG "scope" markers).
const SCOPE: &[&str] = &[
    "applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

impl Tree {
    /// Parses any string into a tree.
    pub fn parse(html: &str) -> Tree {
        let mut b = Builder {
            nodes: vec![Node {
                data: Data::Root,
                parent: 0,
                children: Vec::new(),
            }],
            open: vec![0],
        };
        for token in Tokens::new(html) {
            match token {
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                } => b.start(name, attrs, self_closing),
                Token::End { name } => b.end(&name),
                Token::Text(t) => b.text(t),
            }
        }
        Tree { nodes: b.nodes }
    }

    /// The element name of `id` ("" for text and the root).
    pub fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].data {
            Data::Element { name, .. } => name,
            _ => "",
        }
    }

    /// The value of attribute `key` of element `id`.
    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// Every node under `id` (itself first), in document order.
    pub fn descendants(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.nodes[n].children.iter().rev());
        }
        out
    }

    /// The elements named `name`, in document order.
    pub fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.nodes.len()).filter(move |&i| self.name(i) == name)
    }

    /// Ancestors of `id`, nearest first (not including the root).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(self.nodes[id].parent), move |&p| {
            (p != 0).then(|| self.nodes[p].parent)
        })
        .take_while(|&p| p != 0)
    }

    /// The text under `id`, as written (whitespace not collapsed).
    pub fn text(&self, id: NodeId) -> String {
        let mut s = String::new();
        for n in self.descendants(id) {
            if let Data::Text(t) = &self.nodes[n].data {
                s.push_str(t);
            }
        }
        s
    }
}

struct Builder {
    nodes: Vec<Node>,
    open: Vec<NodeId>,
}

impl Builder {
    fn current(&self) -> NodeId {
        self.open.last().copied().unwrap_or(0)
    }

    fn add(&mut self, data: Data) -> NodeId {
        let parent = self.current();
        let id = self.nodes.len();
        self.nodes.push(Node {
            data,
            parent,
            children: Vec::new(),
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].data {
            Data::Element { name, .. } => name,
            _ => "",
        }
    }

    /// Closes the nearest open element named one of `names`, searching down to a scope marker
    /// or one of `stop`.
    fn close_open(&mut self, names: &[&str], stop: &[&str]) {
        for i in (1..self.open.len()).rev() {
            let n = self.name(self.open[i]);
            if names.contains(&n) {
                self.open.truncate(i);
                return;
            }
            if SCOPE.contains(&n) || stop.contains(&n) {
                return;
            }
        }
    }

    fn start(&mut self, name: String, attrs: Vec<(String, String)>, self_closing: bool) {
        let n = name.as_str();
        // WHATWG "in head": any other element ends the head (pages often leave it open).
        if !HEAD.contains(&n) {
            self.close_open(&["head"], &[]);
        }
        if CLOSES_P.contains(&n) {
            self.close_open(&["p"], &[]);
        }
        match n {
            "li" => self.close_open(&["li"], &["ul", "ol"]),
            "dt" | "dd" => self.close_open(&["dt", "dd"], &["dl"]),
            "tr" => {
                self.close_open(&["td", "th"], &["tr"]);
                self.close_open(&["tr"], &["tbody", "thead", "tfoot"]);
            }
            "td" | "th" => self.close_open(&["td", "th"], &["tr"]),
            "option" => self.close_open(&["option"], &["select"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if matches!(
                    self.name(self.current()),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                ) {
                    self.open.pop();
                }
            }
            _ => {}
        }
        let void = VOID.contains(&n) || (self_closing && !super::tokens::RAW_TEXT.contains(&n));
        let id = self.add(Data::Element { name, attrs });
        if !void && self.open.len() < MAX_DEPTH {
            self.open.push(id);
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(i) = (1..self.open.len())
            .rev()
            .find(|&i| self.name(self.open[i]) == name)
        {
            self.open.truncate(i);
        }
    }

    fn text(&mut self, raw: &str) {
        let parent = self.current();
        // Script and style content is raw text: references in it are not decoded (WHATWG "raw
        // text elements"; `title` and `textarea`, RCDATA, are).
        let text = match self.name(parent) {
            "title" | "textarea" => super::entities::decode(raw),
            n if super::tokens::RAW_TEXT.contains(&n) => std::borrow::Cow::Borrowed(raw),
            _ => super::entities::decode(raw),
        };
        if let Some(&last) = self.nodes[parent].children.last() {
            if let Data::Text(t) = &mut self.nodes[last].data {
                t.push_str(&text);
                return;
            }
        }
        self.add(Data::Text(text.into_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::{Data, NodeId, Tree};

    /// The tree as nested brackets: `p(text)`.
    fn show(t: &Tree, id: NodeId) -> String {
        let inner: String = t.nodes[id].children.iter().map(|&c| show(t, c)).collect();
        match &t.nodes[id].data {
            Data::Root => inner,
            Data::Text(s) => format!("'{s}'"),
            Data::Element { name, .. } => format!("{name}({inner})"),
        }
    }

    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("<p>one<p>two", "p('one')p('two')"),
        ("<div><p>one<div>two</div></div>", "div(p('one')div('two'))"),
        ("<ul><li>a<li>b</ul><p>c", "ul(li('a')li('b'))p('c')"),
        ("<ul><li>a<ul><li>b</ul><li>c</ul>", "ul(li('a'ul(li('b')))li('c'))"),
        ("<table><tr><td>a<td>b<tr><td>c</table>", "table(tr(td('a')td('b'))tr(td('c')))"),
        ("<p>a<br>b<img src=x>c</p>", "p('a'br()'b'img()'c')"),
        ("<b>bold <i>both</b> after", "b('bold 'i('both'))' after'"),
        ("</div>stray", "'stray'"),
        ("<p>Tom &amp; Jerry&#8217;s</p>", "p('Tom & Jerry\u{2019}s')"),
        ("<script>a<b</script><p>x", "script('a<b')p('x')"),
        ("<script>x='&amp;'</script><title>A &amp; B</title>", "script('x='&amp;'')title('A & B')"),
        ("<h2>a<h3>b", "h2('a')h3('b')"),
        ("<div/>x", "div()'x'"),
        ("<head><title>t</title><div>x", "head(title('t'))div('x')"),
    ];

    #[test]
    fn builds_the_tree_a_browser_builds() {
        for (input, want) in CASES {
            assert_eq!(show(&Tree::parse(input), 0), *want, "{input:?}");
        }
    }

    #[test]
    fn deep_nesting_is_capped() {
        let html = "<div>".repeat(100_000) + "x";
        let t = Tree::parse(&html);
        let depth = t.ancestors(t.nodes.len() - 1).count();
        assert!(depth < super::MAX_DEPTH, "{depth}");
    }
}
