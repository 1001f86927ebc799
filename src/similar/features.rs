//! The features of a sentence pair the statement model weighs, in named families so that what
//! each family earns can be measured (`crossread eval similar --families` refits without each).
//!
//! They follow the feature-based paraphrase detectors on the Microsoft Research Paraphrase
//! Corpus: word and n-gram overlap in both directions, the longest common subsequence and the
//! words left unmatched (Madnani et al. 2012; Wan et al. 2006), number and negation mismatches
//! (Das & Smith 2009's "number" and "negation" features), with two of our own: the names our
//! entity tagger finds in each, and word-vector clusters as a synonym back-off. Every feature is
//! symmetric (the pair (a, b) and (b, a) give the same vector).

use super::sentence::{Bag, Sentence};

/// Feature families, in vector order, with their widths.
pub const FAMILIES: &[(&str, usize)] = &[
    ("words", 5),
    ("ngrams", 3),
    ("order", 1),
    ("unmatched", 2),
    ("length", 2),
    ("clusters", 3),
    ("numbers", 3),
    ("names", 3),
    ("negation", 1),
];

/// Index of the word F1 of all words (the first `words` feature).
pub const WORD_F1: usize = 0;
/// Index of the longest-common-subsequence ratio (the `order` feature).
pub const ORDER: usize = 8;

/// Length of a feature vector.
pub const WIDTH: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < FAMILIES.len() {
        n += FAMILIES[i].1;
        i += 1;
    }
    n
};

/// The feature vector of a pair.
pub fn features(a: &Sentence, b: &Sentence) -> [f32; WIDTH] {
    let mut out = Vec::with_capacity(WIDTH);
    words(a, b, &mut out);
    ngrams(a, b, &mut out);
    out.push(lcs_ratio(a, b));
    let matched = Matching::new(a, b);
    unmatched(&matched, &mut out);
    length(a, b, &mut out);
    clusters(&matched, &mut out);
    numbers(a, b, &mut out);
    names(a, b, &mut out);
    out.push(f32::from(u8::from((a.negations % 2) != (b.negations % 2))));
    let mut v = [0.0; WIDTH];
    v.copy_from_slice(&out);
    v
}

/// Harmonic mean of two proportions, 0 when both are 0.
fn f1(p: f32, r: f32) -> f32 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// How many items two sorted bags share (as multisets), by one merge. Branch-free: hashes
/// compare at random, so a branch on the comparison is mispredicted half the time; the steps
/// are taken from the comparison's outcome as numbers instead.
pub fn shared_count(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        let (a, b) = (x[i], y[j]);
        shared += usize::from(a == b);
        i += usize::from(a <= b);
        j += usize::from(b <= a);
    }
    shared
}

/// Multiset overlap of two sorted bags of hashes: shared count / each side's size, as (min,
/// max) of the two proportions, and their F1.
fn overlap(x: &[u64], y: &[u64]) -> (f32, f32, f32) {
    if x.is_empty() || y.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let shared = shared_count(x, y);
    let (p, r) = (
        shared as f32 / x.len() as f32,
        shared as f32 / y.len() as f32,
    );
    (p.min(r), p.max(r), f1(p, r))
}

/// Overlap of all words, of content-word stems (min, max, F1), and of capitalised words.
fn words(a: &Sentence, b: &Sentence, out: &mut Vec<f32>) {
    out.push(overlap(a.bag(Bag::Words), b.bag(Bag::Words)).2);
    let (lo, hi, f) = overlap(a.bag(Bag::Stems), b.bag(Bag::Stems));
    out.extend([lo, hi, f]);
    out.push(overlap(a.bag(Bag::Capitals), b.bag(Bag::Capitals)).2);
}

/// F1 of shared word bigrams, trigrams and 4-grams (BLEU's n-gram precision, both ways).
fn ngrams(a: &Sentence, b: &Sentence, out: &mut Vec<f32>) {
    for bag in [Bag::Bigrams, Bag::Trigrams, Bag::Fourgrams] {
        out.push(overlap(a.bag(bag), b.bag(bag)).2);
    }
}

/// Longest common subsequence of the two word sequences (by stem) over the longer length: word
/// order kept. Bit-parallel ([`lcs_bits`]) when the second sentence has at most 128 words, else
/// one row of the dynamic programme at a time ([`lcs_rows`]).
fn lcs_ratio(a: &Sentence, b: &Sentence) -> f32 {
    let (x, y) = (&a.stem_seq, &b.stem_seq);
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let lcs = if y.len() <= 128 {
        lcs_bits(x, &b.stem_masks, y.len())
    } else {
        lcs_rows(
            x,
            y,
            &mut vec![0u16; y.len() + 1],
            &mut vec![0u16; y.len() + 1],
        )
    };
    f32::from(lcs) / x.len().max(y.len()) as f32
}

/// Length of the longest common subsequence of `x` and `y` (at most 128 long), bit-parallel
/// (Allison & Dix 1986; Hyyrö 2004): one bit per position of `y`, a row of the dynamic
/// programme in one 128-bit word, so each element of `x` costs a few word operations instead
/// of a pass of dependent maxima over `y`.
fn lcs_bits(x: &[u64], masks: &[(u64, u128)], len_y: usize) -> u16 {
    debug_assert!(len_y <= 128);
    let mut v: u128 = !0;
    for &wx in x {
        // the positions of `wx` in y: from the other sentence's table (see `position_masks`)
        let m = masks
            .binary_search_by_key(&wx, |p| p.0)
            .map_or(0, |k| masks[k].1);
        let u = v & m;
        v = v.wrapping_add(u) | (v & !m);
    }
    let live = if len_y == 128 {
        !0
    } else {
        (1u128 << len_y) - 1
    };
    (!v & live).count_ones() as u16
}

/// Length of the longest common subsequence of `x` and `y` by the dynamic programme, two rows
/// of at least `y.len() + 1` cells given.
fn lcs_rows<'r>(x: &[u64], y: &[u64], mut prev: &'r mut [u16], mut cur: &'r mut [u16]) -> u16 {
    prev[..=y.len()].fill(0);
    cur[0] = 0;
    for wx in x {
        for (j, wy) in y.iter().enumerate() {
            cur[j + 1] = if wx == wy {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[y.len()]
}

/// Content words of each side matched one to one: first by stem, then what is left by
/// word-vector cluster. Only the counts are kept.
///
/// Matching by equal keys, greedily in reading order (each word takes the first free partner),
/// pairs the first min(m, n) of a stem's m and n occurrences and leaves the later ones; so both
/// counts come from one merge of the sentences' content words sorted by stem
/// ([`Sentence::by_stem`]): the number of stem partners is the multiset intersection of the
/// stems, and the cluster partners that of the clusters of the words left over.
struct Matching {
    /// Content words per side.
    a: usize,
    b: usize,
    /// Per side, how many words found a partner by stem, and by cluster after that.
    by_stem: usize,
    by_cluster: usize,
}

impl Matching {
    fn new(a: &Sentence, b: &Sentence) -> Self {
        let (x, y) = (&a.by_stem, &b.by_stem);
        let (mut left_a, mut left_b) = (Vec::new(), Vec::new());
        let (mut i, mut j, mut by_stem) = (0, 0, 0);
        while i < x.len() || j < y.len() {
            let stem = match (x.get(i), y.get(j)) {
                (Some(p), Some(q)) => p.stem.min(q.stem),
                (Some(p), None) => p.stem,
                (None, Some(q)) => q.stem,
                (None, None) => break,
            };
            let run = |v: &[super::sentence::Keyed], at: usize| {
                at + v[at..].iter().take_while(|w| w.stem == stem).count()
            };
            let (ei, ej) = (run(x, i), run(y, j));
            let k = (ei - i).min(ej - j);
            by_stem += k;
            // a number never takes a cluster partner (the side read first is checked)
            left_a.extend(
                x[i + k..ei]
                    .iter()
                    .filter(|w| !w.number)
                    .filter_map(|w| w.cluster),
            );
            left_b.extend(y[j + k..ej].iter().filter_map(|w| w.cluster));
            (i, j) = (ei, ej);
        }
        left_a.sort_unstable();
        left_b.sort_unstable();
        Matching {
            a: x.len(),
            b: y.len(),
            by_stem,
            by_cluster: shared_count(&left_a, &left_b),
        }
    }
}

/// Content words left without a partner on the side with fewer and the side with more of them
/// (log-scaled): a paraphrase adds little; a different statement adds a clause.
fn unmatched(m: &Matching, out: &mut Vec<f32>) {
    let left_a = (m.a - m.by_stem) as f32;
    let left_b = (m.b - m.by_stem) as f32;
    out.push(left_a.min(left_b).ln_1p());
    out.push(left_a.max(left_b).ln_1p());
}

/// Length difference in words, relative and absolute (log-scaled).
fn length(a: &Sentence, b: &Sentence, out: &mut Vec<f32>) {
    let (x, y) = (a.words.len() as f32, b.words.len() as f32);
    let d = (x - y).abs();
    out.push(if x.max(y) > 0.0 { d / x.max(y) } else { 0.0 });
    out.push(d.ln_1p());
}

/// Content-word F1 with cluster partners counted as matches, and the words still unmatched.
fn clusters(m: &Matching, out: &mut Vec<f32>) {
    let hit = (m.by_stem + m.by_cluster) as f32;
    let (na, nb) = (m.a as f32, m.b as f32);
    let (p, r) = if na > 0.0 && nb > 0.0 {
        (hit / na, hit / nb)
    } else {
        (0.0, 0.0)
    };
    out.push(f1(p, r));
    let left_a = na - hit;
    let left_b = nb - hit;
    out.push(left_a.min(left_b).ln_1p());
    out.push(left_a.max(left_b).ln_1p());
}

/// Numbers: whether both sides write the same set, and how many each writes the other lacks.
fn numbers(a: &Sentence, b: &Sentence, out: &mut Vec<f32>) {
    let only = |x: &Sentence, y: &Sentence| {
        x.numbers.iter().filter(|n| !y.numbers.contains(n)).count() as f32
    };
    let (oa, ob) = (only(a, b), only(b, a));
    let both = !a.numbers.is_empty() && !b.numbers.is_empty();
    out.push(f32::from(u8::from(both && oa == 0.0 && ob == 0.0)));
    out.push(oa.min(ob));
    out.push(oa.max(ob));
}

/// Names our tagger finds: Jaccard of the two sets, and how many each has the other lacks.
fn names(a: &Sentence, b: &Sentence, out: &mut Vec<f32>) {
    let only = |x: &Sentence, y: &Sentence| {
        x.entities
            .iter()
            .filter(|e| !y.entities.contains(e))
            .count() as f32
    };
    let (oa, ob) = (only(a, b), only(b, a));
    let shared = a.entities.len() as f32 - oa;
    let union = shared + oa + ob;
    out.push(if union > 0.0 { shared / union } else { 1.0 });
    out.push(oa.min(ob));
    out.push(oa.max(ob));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similar::sentence::position_masks;

    /// The bit-parallel LCS against the dynamic programme, on sequences over a small alphabet
    /// (so that matches abound) of every length up to 128 on one side.
    #[test]
    fn bit_parallel_lcs_is_the_dynamic_programmes() {
        let mut state = 2026u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        for len_y in 0..=128usize {
            for _ in 0..4 {
                let alphabet = 2 + next(12);
                let len_x = next(140) as usize;
                let x: Vec<u64> = (0..len_x).map(|_| next(alphabet)).collect();
                let y: Vec<u64> = (0..len_y).map(|_| next(alphabet)).collect();
                let rows = lcs_rows(&x, &y, &mut vec![0; len_y + 1], &mut vec![0; len_y + 1]);
                let bits = lcs_bits(&x, &position_masks(&y), len_y);
                assert_eq!(bits, rows, "{x:?} {y:?}");
            }
        }
        assert_eq!(lcs_bits(&[1, 2, 3, 4], &position_masks(&[2, 4, 3]), 3), 2);
        assert_eq!(lcs_bits(&[], &position_masks(&[1]), 1), 0);
    }
}
