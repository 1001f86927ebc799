//! The HTML tokenizer: start tags with attributes, end tags, text and comments, from any string.
//!
//! A subset of the WHATWG tokenizer that reads every real page the same way a browser does for
//! text extraction: tag and attribute names are lower-cased; attribute values may be quoted with
//! `"` or `'` or bare; `<!-- -->` comments, `<!DOCTYPE>` and `<?...>` are skipped; a `<` that
//! starts no tag is text. The contents of `script`, `style` and the other raw-text elements run
//! to their own end tag, so markup inside a script never becomes elements. Any input gives
//! tokens; nothing here can fail.

/// One token. Text is raw (character references not yet decoded).
#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    End {
        name: String,
    },
    Text(&'a str),
}

/// Elements whose content is text up to their end tag (WHATWG "raw text" and "RCDATA"
/// elements, and `noscript`, which browsers with scripting on read the same way).
pub const RAW_TEXT: &[&str] = &[
    "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp",
];

/// Streams the tokens of `html`.
pub struct Tokens<'a> {
    src: &'a str,
    at: usize,
    /// After the start tag of a raw-text element: its name, so the next token is its content.
    raw: Option<String>,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens {
            src,
            at: 0,
            raw: None,
        }
    }

    fn rest(&self) -> &'a [u8] {
        &self.src.as_bytes()[self.at..]
    }

    /// The content of a raw-text element: everything up to `</name` (case-insensitive).
    fn raw_text(&mut self, name: &str) -> Token<'a> {
        let rest = self.rest();
        let end = (0..rest.len())
            .find(|&i| {
                rest[i] == b'<'
                    && rest.get(i + 1) == Some(&b'/')
                    && rest.len() >= i + 2 + name.len()
                    && rest[i + 2..i + 2 + name.len()].eq_ignore_ascii_case(name.as_bytes())
            })
            .unwrap_or(rest.len());
        let text = &self.src[self.at..self.at + end];
        self.at += end;
        Token::Text(text)
    }

    /// Skips a comment or a `<!...>` / `<?...>` declaration; false when `<` starts none.
    fn skip_markup(&mut self) -> bool {
        let rest = self.rest();
        let skip_to = |from: usize, pat: &[u8]| {
            rest[from.min(rest.len())..]
                .windows(pat.len())
                .position(|w| w == pat)
                .map_or(rest.len(), |p| from + p + pat.len())
        };
        let used = if rest.starts_with(b"<!--") {
            skip_to(4, b"-->")
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            skip_to(2, b">")
        } else {
            return false;
        };
        self.at += used;
        true
    }

    /// A tag name or attribute name: bytes up to whitespace, `/`, `>` (or `=` for attributes).
    fn name(&mut self, stop_at_eq: bool) -> String {
        let rest = self.rest();
        let len = rest
            .iter()
            .take_while(|&&c| {
                !(c.is_ascii_whitespace() || c == b'/' || c == b'>' || (stop_at_eq && c == b'='))
            })
            .count();
        let name = self.src[self.at..self.at + len].to_ascii_lowercase();
        self.at += len;
        name
    }

    fn skip_space(&mut self) {
        let n = self
            .rest()
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        self.at += n;
    }

    /// An attribute value after `=`: quoted or bare.
    fn value(&mut self) -> String {
        self.skip_space();
        let rest = self.rest();
        let (start, len, used) = match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let len = rest[1..]
                    .iter()
                    .position(|&c| c == q)
                    .unwrap_or(rest.len() - 1);
                (1, len, (len + 2).min(rest.len()))
            }
            _ => {
                let len = rest
                    .iter()
                    .take_while(|&&c| !(c.is_ascii_whitespace() || c == b'>'))
                    .count();
                (0, len, len)
            }
        };
        let v = super::entities::decode(&self.src[self.at + start..self.at + start + len]);
        self.at += used;
        v.into_owned()
    }

    /// The attributes of a start tag and whether it ends in `/>`; leaves `at` past the `>`.
    fn attributes(&mut self) -> (Vec<(String, String)>, bool) {
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            self.skip_space();
            match self.rest().first() {
                None => return (attrs, false),
                Some(b'>') => {
                    self.at += 1;
                    return (attrs, false);
                }
                Some(b'/') => {
                    self.at += 1;
                    if self.rest().first() == Some(&b'>') {
                        self.at += 1;
                        return (attrs, true);
                    }
                }
                Some(_) => {
                    let name = if self.rest()[0] == b'=' {
                        self.at += 1;
                        String::new()
                    } else {
                        self.name(true)
                    };
                    self.skip_space();
                    let value = if self.rest().first() == Some(&b'=') {
                        self.at += 1;
                        self.value()
                    } else {
                        String::new()
                    };
                    if !name.is_empty() && !attrs.iter().any(|(n, _)| *n == name) {
                        attrs.push((name, value));
                    }
                }
            }
        }
    }

    /// A tag at `at` (which holds `<` followed by a letter or `/` and a letter).
    fn tag(&mut self) -> Token<'a> {
        let end = self.rest()[1] == b'/';
        self.at += if end { 2 } else { 1 };
        let name = self.name(false);
        if end {
            let close = self.rest().iter().position(|&c| c == b'>');
            self.at += close.map_or(self.rest().len(), |p| p + 1);
            return Token::End { name };
        }
        let (attrs, self_closing) = self.attributes();
        if RAW_TEXT.contains(&name.as_str()) && !self_closing {
            self.raw = Some(name.clone());
        }
        Token::Start {
            name,
            attrs,
            self_closing,
        }
    }

    /// Whether a tag starts at `at`: `<x` or `</x` with `x` a letter.
    fn at_tag(&self) -> bool {
        let r = self.rest();
        match r.get(1) {
            Some(c) if c.is_ascii_alphabetic() => true,
            Some(b'/') => r.get(2).is_some_and(u8::is_ascii_alphabetic),
            _ => false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw.take() {
            if self.at < self.src.len() {
                return Some(self.raw_text(&name));
            }
        }
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if rest[0] == b'<' {
                if self.skip_markup() {
                    continue;
                }
                if self.at_tag() {
                    return Some(self.tag());
                }
            }
            // Text up to the next `<` that may start markup (the first byte is always taken).
            let len = 1 + rest[1..]
                .iter()
                .position(|&c| c == b'<')
                .unwrap_or(rest.len() - 1);
            let text = &self.src[self.at..self.at + len];
            self.at += len;
            return Some(Token::Text(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Token, Tokens};

    fn show(html: &str) -> String {
        Tokens::new(html)
            .map(|t| match t {
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                } => {
                    let a: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    format!(
                        "<{name}{}{}>",
                        if a.is_empty() {
                            String::new()
                        } else {
                            format!(" {}", a.join(" "))
                        },
                        if self_closing { "/" } else { "" }
                    )
                }
                Token::End { name } => format!("</{name}>"),
                Token::Text(t) => format!("[{t}]"),
            })
            .collect()
    }

    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("<p>Hi</p>", "<p>[Hi]</p>"),
        ("<P CLASS=\"a b\">x", "<p class=a b>[x]"),
        ("<a href='/x?a=1&amp;b=2' data-x=bare>y</a>", "<a href=/x?a=1&b=2 data-x=bare>[y]</a>"),
        ("<br/><img src=x />", "<br/><img src=x/>"),
        ("<input disabled>", "<input disabled=>"),
        ("a < b and c<3", "[a ][< b and c][<3]"),
        ("<!-- <p>no</p> -->after", "[after]"),
        ("<!DOCTYPE html><html>", "<html>"),
        ("<script>if (a<b) { x = '<p>'; }</script>t", "<script>[if (a<b) { x = '<p>'; }]</script>[t]"),
        ("<style>p{}</STYLE>", "<style>[p{}]</style>"),
        ("<script>never closed", "<script>[never closed]"),
        ("<div id=a id=b>", "<div id=a>"),
        ("<p", "<p>"),
        ("</>x", "[</>x]"),
        ("<a =b>", "<a b=>"),
    ];

    #[test]
    fn tokenizes() {
        for (input, want) in CASES {
            assert_eq!(show(input), *want, "{input:?}");
        }
    }
}
