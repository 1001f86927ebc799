//! Text as a reader sees it: the visible text of chosen elements, one paragraph per block,
//! separated by a blank line (the form of the benchmark's `articleBody` and of the text
//! Crossread analyses), whitespace inside a paragraph collapsed to single spaces, `<br>` a line
//! break.

use super::tree::{Data, NodeId, Tree};

/// Elements that start and end a paragraph of their own.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
    "caption",
    "figure",
];

struct Out {
    paragraphs: Vec<String>,
    line: String,
}

impl Out {
    fn push_text(&mut self, t: &str) {
        for (i, word) in t.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 && !self.line.ends_with([' ', '\n']) && !self.line.is_empty() {
                self.line.push(' ');
            }
            self.line.push_str(word);
        }
    }

    fn break_line(&mut self) {
        let t = self.line.trim_end_matches(' ').len();
        self.line.truncate(t);
        if !self.line.is_empty() && !self.line.ends_with('\n') {
            self.line.push('\n');
        }
    }

    fn end_paragraph(&mut self) {
        let p = self.line.trim();
        if !p.is_empty() {
            let lines: Vec<&str> = p.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            self.paragraphs.push(lines.join("\n"));
        }
        self.line.clear();
    }
}

/// The text of `roots` (and everything below them that is not dropped).
pub fn text(tree: &Tree, roots: &[NodeId], dropped: &[bool]) -> String {
    let mut out = Out {
        paragraphs: Vec::new(),
        line: String::new(),
    };
    // An explicit stack of (node, leaving) keeps the walk iterative.
    let mut stack: Vec<(NodeId, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
    while let Some((id, leaving)) = stack.pop() {
        if dropped[id] {
            continue;
        }
        let name = tree.name(id);
        if leaving {
            if BLOCK.contains(&name) {
                out.end_paragraph();
            } else if matches!(name, "td" | "th") {
                out.push_text(" ");
            }
            continue;
        }
        match &tree.nodes[id].data {
            Data::Text(t) => out.push_text(t),
            Data::Element { .. } if name == "br" => out.break_line(),
            _ => {
                if BLOCK.contains(&name) {
                    out.end_paragraph();
                }
                stack.push((id, true));
                stack.extend(tree.nodes[id].children.iter().rev().map(|&c| (c, false)));
            }
        }
    }
    out.end_paragraph();
    out.paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::super::tree::Tree;

    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("<p>One  two\n three</p><p>Four</p>", "One two three\n\nFour"),
        ("<div>Lead <b>bold</b>, <a href=x>link</a>.<p>Next</p>tail</div>", "Lead bold, link.\n\nNext\n\ntail"),
        ("<p>line<br>break<br></p>", "line\nbreak"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("<p>  </p><p>x&nbsp;y</p>", "x y"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
    ];

    #[test]
    fn renders_paragraphs() {
        for (html, want) in CASES {
            let tree = Tree::parse(html);
            let dropped = vec![false; tree.nodes.len()];
            assert_eq!(super::text(&tree, &[0], &dropped), *want, "{html:?}");
        }
    }
}
