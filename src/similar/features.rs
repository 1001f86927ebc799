//! The features of a sentence pair the statement model weighs, in named families so that what
//! each family earns can be measured (`crossread eval similar --families` refits without each).
//!
//! They follow the feature-based paraphrase detectors on the Microsoft Research Paraphrase
//! Corpus: word and n-gram overlap in both directions, the longest common subsequence and the
//! words left unmatched (Madnani et al. 2012; Wan et al. 2006), number and negation mismatches
//! (Das & Smith 2009's "number" and "negation" features), with two of our own: the names our
//! entity tagger finds in each, and word-vector clusters as a synonym back-off. Every feature is
//! symmetric (the pair (a, b) and (b, a) give the same vector).

use super::sentence::{Bag, Sentence, Word};

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

/// How many items two sorted bags share (as multisets), by one merge.
pub fn shared_count(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
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

/// Longest common subsequence of the two word sequences over the longer length: word order kept.
fn lcs_ratio(a: &Sentence, b: &Sentence) -> f32 {
    let (x, y) = (&a.words, &b.words);
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let mut prev = vec![0u16; y.len() + 1];
    let mut cur = vec![0u16; y.len() + 1];
    for wx in x {
        for (j, wy) in y.iter().enumerate() {
            cur[j + 1] = if wx.stem_h == wy.stem_h {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    f32::from(prev[y.len()]) / x.len().max(y.len()) as f32
}

/// Content words of each side matched one to one: first by stem, then what is left by
/// word-vector cluster.
struct Matching<'s, 'a> {
    a: Vec<&'s Word<'a>>,
    b: Vec<&'s Word<'a>>,
    /// Per side, how many words found a partner by stem, and by cluster after that.
    by_stem: usize,
    by_cluster: usize,
}

impl<'s, 'a> Matching<'s, 'a> {
    fn new(a: &'s Sentence<'a>, b: &'s Sentence<'a>) -> Self {
        let a: Vec<&Word> = a.content().collect();
        let b: Vec<&Word> = b.content().collect();
        let mut used_a = vec![false; a.len()];
        let mut used_b = vec![false; b.len()];
        let mut pair = |same: &dyn Fn(&Word, &Word) -> bool| {
            let mut n = 0;
            for (i, wa) in a.iter().enumerate() {
                if used_a[i] {
                    continue;
                }
                if let Some(j) = (0..b.len()).find(|&j| !used_b[j] && same(wa, b[j])) {
                    used_a[i] = true;
                    used_b[j] = true;
                    n += 1;
                }
            }
            n
        };
        let by_stem = pair(&|x, y| x.stem_h == y.stem_h);
        let by_cluster = pair(&|x, y| !x.number && x.cluster.is_some() && x.cluster == y.cluster);
        Matching {
            a,
            b,
            by_stem,
            by_cluster,
        }
    }
}

/// Content words left without a partner on the side with fewer and the side with more of them
/// (log-scaled): a paraphrase adds little; a different statement adds a clause.
fn unmatched(m: &Matching, out: &mut Vec<f32>) {
    let left_a = (m.a.len() - m.by_stem) as f32;
    let left_b = (m.b.len() - m.by_stem) as f32;
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
    let (na, nb) = (m.a.len() as f32, m.b.len() as f32);
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
