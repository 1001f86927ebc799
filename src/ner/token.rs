//! What the tagger knows of one written word before any context: its lower-case form, shapes and
//! capitalisation ([`TokenInfo`]), and the feature hashing every template uses ([`hash`]).
//! Shared by the feature templates ([`super::features`]) and the gazetteers
//! ([`super::gazetteers`]), which both read a token's facts.

const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// Hash of one part of a feature (a word, a shape, a few flag bytes): eight bytes at a time, a
/// multiply-rotate step per word, closed by the length so that ("ab", "c") and ("a", "bc")
/// differ. Words' parts are computed once per distinct word ([`TokenInfo`]), so a feature made
/// of words costs one step per part, not one per byte.
pub fn part(p: &[u8]) -> u64 {
    let mut h = K;
    let mut words = p.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h ^ x).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = 0u64;
    for (i, &b) in words.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * i);
    }
    (h ^ tail ^ (p.len() as u64) << 56)
        .wrapping_mul(K)
        .rotate_left(29)
}

/// Hash of a feature: the template number and its parts' hashes ([`part`]), finished with
/// MurmurHash3's 64-bit mixer and folded to 32 bits.
pub fn hash_parts(template: u8, parts: &[u64]) -> u32 {
    let mut h = parts.iter().fold(!K ^ u64::from(template), |h, &p| {
        (h ^ p).wrapping_mul(0xa076_1d64_78bd_642f).rotate_left(31)
    });
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h as u32
}

/// Hash of a feature given as byte strings: the same as [`hash_parts`] over their [`part`]s.
pub fn hash(template: u8, parts: &[&[u8]]) -> u32 {
    let mut ps = [0u64; 4];
    let n = parts.len().min(4);
    for (h, p) in ps.iter_mut().zip(parts) {
        *h = part(p);
    }
    hash_parts(template, &ps[..n])
}

/// Per-token facts computed once per document.
#[derive(Clone, Debug)]
pub struct TokenInfo {
    pub lower: String,
    pub shape: String,
    pub short_shape: String,
    /// [`part`] hashes of `lower` and `short_shape`.
    pub h_lower: u64,
    pub h_short: u64,
    /// First letter upper case.
    pub cap: bool,
    /// Contains a letter and no lower-case letter.
    pub all_caps: bool,
    /// Contains a letter.
    pub alpha: bool,
}

fn shapes(w: &str) -> (String, String) {
    let mut long = String::new();
    let mut short = String::new();
    let mut n = 0;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if n < 8 {
            long.push(s);
        }
        n += 1;
        if !short.ends_with(s) {
            short.push(s);
        }
    }
    if n > 8 {
        long.push('~');
    }
    (long, short)
}

pub fn token_info(w: &str) -> TokenInfo {
    let (shape, short_shape) = shapes(w);
    let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
    let has_alpha = w.chars().any(|c| c.is_alphabetic());
    let all_caps = has_alpha && !w.chars().any(|c| c.is_lowercase());
    let lower = w.to_lowercase();
    TokenInfo {
        h_lower: part(lower.as_bytes()),
        h_short: part(short_shape.as_bytes()),
        lower,
        shape,
        short_shape,
        cap,
        all_caps,
        alpha: has_alpha,
    }
}
