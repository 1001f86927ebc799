//! The page as a widget in a newsroom's own tool: `?embed=1` gives a compact layout in an
//! iframe, and the host drives it with `postMessage`.
//!
//! Messages in (from an allowed origin only):
//! `{type: "crossread:add", id, text}` or `{type: "crossread:add", id, html}` adds the source
//! `id`, or replaces it when it exists; `{type: "crossread:remove", id}`;
//! `{type: "crossread:clear"}`. After each change the page posts
//! `{type: "crossread:analysis", document}` (the `crossread/1` document) to the origin the
//! message came from. Allowed origins are given as `?origin=https://host.example`, repeated or
//! comma-separated; with none, only the page's own origin may drive it. Anything else is
//! ignored, as the HTML standard's advice on `message` events asks (check `origin` first).

use serde::Deserialize;

/// How the page was opened, from its URL's query string.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Embed {
    /// `?embed=1`: the compact layout, driven by its host; nothing is kept in storage.
    pub on: bool,
    /// Origins whose messages are obeyed (`scheme://host[:port]`, no trailing slash).
    pub origins: Vec<String>,
}

impl Embed {
    /// Reads `?embed=1&origin=...` from a query string (with or without its `?`).
    pub fn from_query(query: &str) -> Embed {
        let mut e = Embed::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = percent_decode(v);
            match k {
                "embed" => e.on = matches!(v.as_str(), "1" | "true" | ""),
                "origin" => e.origins.extend(
                    v.split(',')
                        .map(|o| o.trim().trim_end_matches('/').to_string())
                        .filter(|o| !o.is_empty()),
                ),
                _ => {}
            }
        }
        e
    }

    /// Whether a message from `origin` is obeyed on a page served from `own`.
    pub fn allows(&self, origin: &str, own: &str) -> bool {
        if origin == "null" || origin.is_empty() {
            return false;
        }
        if self.origins.is_empty() {
            return origin == own;
        }
        self.origins.iter().any(|o| o == origin)
    }
}

/// `%XX` escapes and `+` of a query value.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A message from the host, as JSON-like data.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Incoming {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
}

/// What a host asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Add source `id`, or replace it; its text is already read from HTML when it came so.
    Put {
        id: String,
        text: String,
    },
    Remove {
        id: String,
    },
    Clear,
}

impl Incoming {
    /// The command this message carries; `None` for messages of other kinds (a host page may
    /// post its own), `Err` for a Crossread message that is malformed.
    pub fn command(self) -> Option<Result<Command, String>> {
        let id = || {
            self.id
                .clone()
                .filter(|i| !i.trim().is_empty())
                .ok_or_else(|| format!("{} needs an id", self.kind))
        };
        Some(match self.kind.as_str() {
            "crossread:add" => id().and_then(|id| {
                let text = match (&self.text, &self.html) {
                    (Some(t), _) => Ok(t.clone()),
                    (None, Some(h)) => {
                        crate::intake::read(&id, crate::intake::Format::Html, h.as_bytes())
                            .map(|a| a.text)
                    }
                    (None, None) => Err("crossread:add needs text or html".to_string()),
                }?;
                Ok(Command::Put { id, text })
            }),
            "crossread:remove" => id().map(|id| Command::Remove { id }),
            "crossread:clear" => Ok(Command::Clear),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Command, Embed, Incoming};

    #[rustfmt::skip]
    const ORIGINS: &[(&str, &str, bool)] = &[
        // query, message origin, obeyed (page served from https://me.example)
        ("", "https://me.example", true),
        ("", "https://evil.example", false),
        ("?embed=1", "null", false),
        ("?embed=1&origin=https%3A%2F%2Fhost.example", "https://host.example", true),
        ("?embed=1&origin=https%3A%2F%2Fhost.example", "https://me.example", false),
        ("?origin=https://a.example,https://b.example/", "https://b.example", true),
        ("?origin=https://a.example&origin=https://c.example", "https://c.example", true),
        ("?origin=https://a.example", "https://a.example.evil.com", false),
    ];

    #[test]
    fn only_allowed_origins_drive_the_page() {
        for (query, origin, want) in ORIGINS {
            let e = Embed::from_query(query);
            assert_eq!(
                e.allows(origin, "https://me.example"),
                *want,
                "{query} {origin}"
            );
        }
        assert!(Embed::from_query("?embed=1").on);
        assert!(!Embed::from_query("?embed=0").on);
    }

    fn msg(kind: &str, id: Option<&str>, text: Option<&str>, html: Option<&str>) -> Incoming {
        Incoming {
            kind: kind.into(),
            id: id.map(Into::into),
            text: text.map(Into::into),
            html: html.map(Into::into),
        }
    }

    #[test]
    fn messages_become_commands() {
        assert_eq!(
            msg("crossread:add", Some("a"), Some("Text."), None).command(),
            Some(Ok(Command::Put {
                id: "a".into(),
                text: "Text.".into()
            }))
        );
        let html = msg(
            "crossread:add",
            Some("b"),
            None,
            Some("<p>A dam burst on Friday after rain, officials said.</p>"),
        )
        .command();
        assert_eq!(
            html,
            Some(Ok(Command::Put {
                id: "b".into(),
                text: "A dam burst on Friday after rain, officials said.".into()
            }))
        );
        assert!(matches!(
            msg("crossread:add", None, Some("x"), None).command(),
            Some(Err(_))
        ));
        assert!(matches!(
            msg("crossread:add", Some("a"), None, None).command(),
            Some(Err(_))
        ));
        assert_eq!(
            msg("crossread:remove", Some("a"), None, None).command(),
            Some(Ok(Command::Remove { id: "a".into() }))
        );
        assert_eq!(
            msg("crossread:clear", None, None, None).command(),
            Some(Ok(Command::Clear))
        );
        assert_eq!(msg("other:thing", None, None, None).command(), None);
    }
}
