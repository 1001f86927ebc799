//! A small JSON reader for the JSON-LD blocks of news pages (`<script type="application/ld+json">`,
//! schema.org `NewsArticle`: headline, author, datePublished, publisher).
//!
//! The web build carries no JSON crate, and this needs only values and lookups: RFC 8259 values,
//! with `\u` escapes and surrogate pairs; nesting is capped so hostile input cannot overflow the
//! stack. Invalid JSON gives `None`, never a panic.

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

const MAX_DEPTH: usize = 64;

impl Value {
    /// Parses one JSON value (surrounding whitespace allowed).
    pub fn parse(s: &str) -> Option<Value> {
        let mut p = Parser {
            s: s.as_bytes(),
            at: 0,
        };
        let v = p.value(0)?;
        p.space();
        (p.at == p.s.len()).then_some(v)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The items of an array, or the value itself as the only item.
    pub fn items(&self) -> &[Value] {
        match self {
            Value::Array(a) => a,
            other => std::slice::from_ref(other),
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self.s.get(self.at).is_some_and(|c| c.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    fn eat(&mut self, lit: &[u8]) -> bool {
        let ok = self.s[self.at..].starts_with(lit);
        if ok {
            self.at += lit.len();
        }
        ok
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match *self.s.get(self.at)? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Value::String),
            b't' => self.eat(b"true").then_some(Value::Bool(true)),
            b'f' => self.eat(b"false").then_some(Value::Bool(false)),
            b'n' => self.eat(b"null").then_some(Value::Null),
            _ => self.number(),
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        while self
            .s
            .get(self.at)
            .is_some_and(|c| c.is_ascii_digit() || b"+-.eE".contains(c))
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.at]).ok()?;
        text.parse().ok().map(Value::Number)
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(b"]") {
            return Some(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            if self.eat(b"]") {
                return Some(Value::Array(items));
            }
            if !self.eat(b",") {
                return None;
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut members = Vec::new();
        self.space();
        if self.eat(b"}") {
            return Some(Value::Object(members));
        }
        loop {
            self.space();
            let key = self.string()?;
            self.space();
            if !self.eat(b":") {
                return None;
            }
            members.push((key, self.value(depth + 1)?));
            self.space();
            if self.eat(b"}") {
                return Some(Value::Object(members));
            }
            if !self.eat(b",") {
                return None;
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.s.get(self.at..self.at + 4)?;
        self.at += 4;
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if !self.eat(b"\"") {
            return None;
        }
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = *self.s.get(self.at)?;
            self.at += 1;
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.s.get(self.at)?;
                    self.at += 1;
                    let ch = match e {
                        b'n' => '\n',
                        b't' => '\t',
                        b'r' => '\r',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'u' => self.unicode()?,
                        other => char::from(other),
                    };
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => out.push(c),
            }
        }
    }

    /// The character of a `\uXXXX` escape (with its low surrogate when it is a high one).
    fn unicode(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        if (0xd800..0xdc00).contains(&hi) && self.eat(b"\\u") {
            let lo = self.hex4()?;
            let c = 0x10000 + ((hi - 0xd800) << 10) + (lo.wrapping_sub(0xdc00) & 0x3ff);
            return Some(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        Some(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn reads_json_ld() {
        let v = Value::parse(
            r#" {"@type":"NewsArticle","headline":"A \"quoted\" caf\u00e9 \ud83d\ude00",
                "author":[{"@type":"Person","name":"Jo Li"}],"n":-1.5e2,"ok":true,"x":null} "#,
        )
        .unwrap();
        assert_eq!(
            v.get("headline").and_then(Value::as_str),
            Some("A \"quoted\" café 😀")
        );
        let author = &v.get("author").unwrap().items()[0];
        assert_eq!(author.get("name").and_then(Value::as_str), Some("Jo Li"));
        assert_eq!(v.get("n"), Some(&Value::Number(-150.0)));
    }

    #[rustfmt::skip]
    const INVALID: &[&str] = &["", "{", "[1,", "{\"a\" 1}", "\"open", "[1] x", "{\"a\":\"\\u12\"}", "nul"];

    #[test]
    fn invalid_json_is_none() {
        for s in INVALID {
            assert_eq!(Value::parse(s), None, "{s:?}");
        }
        assert_eq!(Value::parse(&"[".repeat(10_000)), None);
    }
}
