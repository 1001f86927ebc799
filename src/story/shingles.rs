//! Word shingles: the blocking keys the quote and passage steps compare sources by (w-shingling,
//! Broder 1997), and the pairs of items of different sources that share them.

use crate::similar::sentence::{lower_into, word_hash};

/// Hashed word n-grams of a sequence of word hashes ([`word_hashes`]), sorted and unique
/// (w-shingling, Broder 1997); a sequence shorter than `n` is one shingle.
pub fn shingles(ws: &[u64], n: usize) -> Vec<u64> {
    let hash = |w: &[u64]| {
        (w.iter()).fold(w.len() as u64, |h, &x| {
            (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
        })
    };
    let mut v: Vec<u64> = if ws.len() < n {
        vec![hash(ws)]
    } else {
        ws.windows(n).map(hash).collect()
    };
    v.sort_unstable();
    v.dedup();
    v
}

/// Pairs of items of different owners (sources) that share shingles, with how many they share.
/// Shingles held by more than `max_postings` items are too common to tell items apart and are
/// skipped, which keeps the cost linear in the number of items.
pub fn shared_shingles(
    shingles: &[Vec<u64>],
    owner: impl Fn(usize) -> usize,
    max_postings: usize,
) -> crate::util::FastMap<(usize, usize), usize> {
    let mut postings: crate::util::FastMap<u64, Vec<usize>> = Default::default();
    for (n, sh) in shingles.iter().enumerate() {
        for &h in sh {
            postings.entry(h).or_default().push(n);
        }
    }
    let mut shared = crate::util::FastMap::default();
    for list in postings.values() {
        if list.len() < 2 || list.len() > max_postings {
            continue;
        }
        for (x, &p) in list.iter().enumerate() {
            for &q in &list[x + 1..] {
                if owner(p) != owner(q) {
                    *shared.entry((p, q)).or_insert(0) += 1;
                }
            }
        }
    }
    shared
}

/// Lowercased alphanumeric words of a text, for comparing quotes and sentences.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The [`words`] of a text, each hashed (what shingles are made of): lower-cased into one
/// buffer, so a story's sentences cost no allocation per word.
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut buf = String::new();
    (text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| word_hash(lower_into(w, &mut buf)))
        .collect()
}
