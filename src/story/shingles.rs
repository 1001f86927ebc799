//! Word shingles: the blocking keys the quote and passage steps compare sources by (w-shingling,
//! Broder 1997), and the pairs of items of different sources that share them.

/// Hashed word n-grams of a word sequence, sorted and unique (w-shingling, Broder 1997); a
/// sequence shorter than `n` is one shingle.
pub fn shingles(ws: &[String], n: usize) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let hash = |w: &[String]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        w.hash(&mut h);
        h.finish()
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
