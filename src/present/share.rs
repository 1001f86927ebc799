//! A shareable link: the story's texts themselves, compressed into the URL's fragment
//! (`#s=...`), which browsers never send to a server. Whoever opens the link gets the same
//! sources in their own browser.
//!
//! Format (version 1): a version byte, then for each source its name and text, each a LEB128
//! length and UTF-8 bytes; the whole compressed with raw DEFLATE (RFC 1951, `miniz_oxide`) and
//! written in unpadded base64url (RFC 4648 §5), so the fragment needs no escaping. Links longer
//! than [`MAX_LINK_CHARS`] are refused with a message: mail and chat tools cut long URLs.

use super::state::Source;

/// The fragment's key: `#s=...`.
pub const PREFIX: &str = "s=";
/// Longest fragment offered (characters); about 12 short articles of news text.
pub const MAX_LINK_CHARS: usize = 32_000;
const VERSION: u8 = 1;
/// Largest story a link may unpack to (a guard against a crafted link).
const MAX_UNPACKED: usize = 8_000_000;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn push_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_len(b: &[u8], at: &mut usize) -> Option<usize> {
    let mut n = 0usize;
    for shift in (0..35).step_by(7) {
        let byte = *b.get(*at)?;
        *at += 1;
        n |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = B64.iter().position(|&x| x == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) that carries `sources`, or a message when it would be too long.
pub fn encode(sources: &[Source]) -> Result<String, String> {
    let mut raw = vec![VERSION];
    for s in sources {
        for part in [&s.id, &s.text] {
            push_len(&mut raw, part.len());
            raw.extend_from_slice(part.as_bytes());
        }
    }
    let packed = miniz_oxide::deflate::compress_to_vec(&raw, 9);
    let link = format!("{PREFIX}{}", base64url(&packed));
    if link.len() > MAX_LINK_CHARS {
        return Err(format!(
            "This story is too large for a link ({} KB of text makes a {}-character link; the limit is {}). Download the story instead, or share fewer articles.",
            raw.len() / 1000,
            link.len(),
            MAX_LINK_CHARS
        ));
    }
    Ok(link)
}

/// The sources a fragment carries (`None` when the fragment is not a story link; a message
/// when it is one but damaged).
pub fn decode(fragment: &str) -> Option<Result<Vec<Source>, String>> {
    let body = fragment.trim_start_matches('#').strip_prefix(PREFIX)?;
    let broken = || {
        "This shared link is damaged (cut short when it was copied?); no story could be read from it.".to_string()
    };
    let unpack = || -> Option<Vec<Source>> {
        let packed = unbase64url(body)?;
        let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_UNPACKED).ok()?;
        if raw.first() != Some(&VERSION) {
            return None;
        }
        let (mut at, mut out) = (1, Vec::new());
        while at < raw.len() {
            let mut part = || {
                let n = read_len(&raw, &mut at)?;
                let s = std::str::from_utf8(raw.get(at..at.checked_add(n)?)?)
                    .ok()?
                    .to_string();
                at += n;
                Some(s)
            };
            let (id, text) = (part()?, part()?);
            out.push(Source { id, text });
        }
        Some(out)
    };
    Some(unpack().ok_or_else(broken))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::state::demo_sources;

    #[test]
    fn a_story_survives_the_link() {
        let mut sources = demo_sources();
        sources.truncate(3);
        sources.push(Source {
            id: "Ünïcode — “quotes”".into(),
            text: "Texte accentué, 中文, emoji 🙂.".into(),
        });
        let link = encode(&sources).unwrap();
        assert!(link.starts_with(PREFIX) && link.len() <= MAX_LINK_CHARS);
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b)),
            "{link}"
        );
        assert_eq!(decode(&format!("#{link}")), Some(Ok(sources)));
    }

    #[test]
    fn too_large_and_damaged_links_say_so() {
        // Words drawn at random compress poorly: far more than a link can hold.
        let mut x: u64 = 88_172_645_463_325_252;
        let text: String = (0..60_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("w{} ", x % 100_000)
            })
            .collect();
        let big = vec![Source {
            id: "big".into(),
            text,
        }];
        assert!(encode(&big).unwrap_err().contains("too large for a link"));
        let link = encode(&demo_sources()[..1]).unwrap();
        assert!(matches!(decode(&link[..link.len() / 2]), Some(Err(_))));
        assert!(matches!(decode("s=***"), Some(Err(_))));
        assert_eq!(decode("#section-2"), None);
        assert_eq!(decode(""), None);
    }

    #[rustfmt::skip]
    const B64_CASES: &[(&[u8], &str)] = &[(b"", ""), (b"f", "Zg"), (b"fo", "Zm8"), (b"foo", "Zm9v"), (b"foob", "Zm9vYg"), (b"\xfb\xff", "-_8")];

    #[test]
    fn base64url_round_trips() {
        for (bytes, text) in B64_CASES {
            assert_eq!(base64url(bytes), *text);
            assert_eq!(unbase64url(text).as_deref(), Some(*bytes));
        }
    }
}
