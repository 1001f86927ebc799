//! The statement model's trainer and scorer, on files in the Microsoft Research Paraphrase
//! Corpus format (`Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String`, one header line).
//!
//! `crossread train similar` fits [`crate::similar::Model`] by L2-regularised logistic
//! regression (Newton's method, a few iterations on a few dozen features) on the tuning part of
//! the file, the pairs `keys_of` puts in the first half by the project seed, and picks the
//! probability threshold with the best accuracy there. `crossread eval similar` scores a model
//! on a part; `--families` retrains without each feature family in turn and scores the checking
//! part, so what each family earns is measured, not guessed.

use crate::analysis::Pipeline;
use crate::ner::gazetteers::Gazetteers;
use crate::similar::{features, Linear, Sentence, FAMILIES, WIDTH};
use crate::tools::eval::split::{keys_of, Part};

pub mod commands;
pub mod story;

/// One pair of the file.
pub struct Pair {
    /// 1 or 0 as the file gives it; `None` for an unlabelled file.
    pub label: Option<bool>,
    pub id1: String,
    pub id2: String,
    pub s1: String,
    pub s2: String,
}

impl Pair {
    /// The pair's key for the tune/check split.
    pub fn key(&self) -> String {
        format!("{}-{}", self.id1, self.id2)
    }
}

/// The pairs of an MSRP-format file; a label that is neither 0 nor 1 reads as unlabelled.
pub fn read_pairs(text: &str) -> Result<Vec<Pair>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        if n == 0 && line.starts_with("Quality") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            return Err(format!(
                "line {}: {} fields, the format has 5",
                n + 1,
                f.len()
            ));
        }
        out.push(Pair {
            label: match f[0].trim() {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            },
            id1: f[1].to_string(),
            id2: f[2].to_string(),
            s1: f[3].to_string(),
            s2: f[4].to_string(),
        });
    }
    Ok(out)
}

/// The pairs of `part` (by key, as `keys_of` splits them).
pub fn part_of(pairs: Vec<Pair>, part: Part) -> Vec<Pair> {
    let keep: std::collections::HashSet<String> =
        keys_of(pairs.iter().map(Pair::key).collect(), part)
            .into_iter()
            .collect();
    pairs
        .into_iter()
        .filter(|p| keep.contains(&p.key()))
        .collect()
}

/// A sentence with the names the entity tagger finds in it.
pub fn sentence<'a>(p: &Pipeline, text: &str, lex: &'a Gazetteers) -> Sentence<'a> {
    match p.analyze("s", text) {
        Ok(a) => Sentence::new(
            text,
            a.mentions.iter().map(|m| &a.text[m.span.start..m.span.end]),
            lex,
        ),
        Err(_) => Sentence::new(text, [], lex),
    }
}

/// The feature vector of every pair.
pub fn vectors(pairs: &[Pair]) -> Vec<[f32; WIDTH]> {
    let p = Pipeline::default();
    let lex = crate::ner::Model::embedded()
        .expect("embedded entity model loads")
        .gazetteers();
    pairs
        .iter()
        .map(|x| features(&sentence(&p, &x.s1, lex), &sentence(&p, &x.s2, lex)))
        .collect()
}

/// Fits a model to `xs` with labels `ys`, using only the features whose `mask` bit is set.
pub fn fit<const N: usize>(xs: &[[f32; N]], ys: &[bool], mask: &[bool; N], l2: f64) -> Linear<N> {
    let n = xs.len().max(1) as f64;
    let mut mean = [0f32; N];
    let mut scale = [1f32; N];
    for i in 0..N {
        let m = xs.iter().map(|x| f64::from(x[i])).sum::<f64>() / n;
        let v = xs
            .iter()
            .map(|x| (f64::from(x[i]) - m).powi(2))
            .sum::<f64>()
            / n;
        mean[i] = m as f32;
        scale[i] = if v > 1e-12 { v.sqrt() as f32 } else { 1.0 };
    }
    // design rows: standardised features (0 where masked out), then the bias
    let d = N + 1;
    let rows: Vec<Vec<f64>> = xs
        .iter()
        .map(|x| {
            let mut r: Vec<f64> = (0..N)
                .map(|i| {
                    if mask[i] {
                        f64::from((x[i] - mean[i]) / scale[i])
                    } else {
                        0.0
                    }
                })
                .collect();
            r.push(1.0);
            r
        })
        .collect();
    let mut w = vec![0f64; d];
    for _ in 0..25 {
        let mut h = vec![vec![0f64; d]; d];
        let mut g = vec![0f64; d];
        for (r, &y) in rows.iter().zip(ys) {
            let z: f64 = r.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = f64::from(u8::from(y)) - p;
            let s = (p * (1.0 - p)).max(1e-9);
            for i in 0..d {
                g[i] += err * r[i];
                for j in 0..d {
                    h[i][j] += s * r[i] * r[j];
                }
            }
        }
        for i in 0..N {
            g[i] -= l2 * w[i];
            h[i][i] += l2;
        }
        h[N][N] += 1e-9;
        let step = solve(h, g);
        let size: f64 = step.iter().map(|s| s * s).sum::<f64>().sqrt();
        for (wi, si) in w.iter_mut().zip(&step) {
            *wi += si;
        }
        if size < 1e-8 {
            break;
        }
    }
    let mut model = Linear {
        mean,
        scale,
        weight: std::array::from_fn(|i| w[i] as f32),
        bias: w[N] as f32,
        threshold: 0.5,
    };
    model.threshold = best_threshold(&model, xs, ys);
    model
}

/// Solves `h · x = g` by Gaussian elimination with partial pivoting (`h` is positive definite).
fn solve(mut h: Vec<Vec<f64>>, mut g: Vec<f64>) -> Vec<f64> {
    let d = g.len();
    for c in 0..d {
        let p = (c..d)
            .max_by(|&a, &b| h[a][c].abs().total_cmp(&h[b][c].abs()))
            .unwrap_or(c);
        h.swap(c, p);
        g.swap(c, p);
        let piv = h[c][c];
        if piv.abs() < 1e-15 {
            continue;
        }
        for r in c + 1..d {
            let f = h[r][c] / piv;
            if f != 0.0 {
                for k in c..d {
                    h[r][k] -= f * h[c][k];
                }
                g[r] -= f * g[c];
            }
        }
    }
    let mut x = vec![0f64; d];
    for c in (0..d).rev() {
        let s: f64 = (c + 1..d).map(|k| h[c][k] * x[k]).sum();
        x[c] = if h[c][c].abs() < 1e-15 {
            0.0
        } else {
            (g[c] - s) / h[c][c]
        };
    }
    x
}

/// The threshold with the best accuracy on the training pairs (ties: the one nearest 0.5).
fn best_threshold<const N: usize>(m: &Linear<N>, xs: &[[f32; N]], ys: &[bool]) -> f32 {
    let mut best = (0usize, 0.5f32);
    for k in 20..=80 {
        let t = k as f32 / 100.0;
        let right = xs
            .iter()
            .zip(ys)
            .filter(|(x, &y)| (m.probability(x) >= t) == y)
            .count();
        let nearer = (t - 0.5).abs() < (best.1 - 0.5).abs();
        if right > best.0 || right == best.0 && nearer {
            best = (right, t);
        }
    }
    best.1
}

/// Accuracy, precision, recall and F1 of the "same" class, in percent.
pub struct Scores {
    pub pairs: usize,
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn score<const N: usize>(m: &Linear<N>, xs: &[[f32; N]], ys: &[bool]) -> Scores {
    let (mut tp, mut fp, mut fneg, mut right) = (0usize, 0usize, 0usize, 0usize);
    for (x, &y) in xs.iter().zip(ys) {
        let said = m.same(m.probability(x));
        right += usize::from(said == y);
        tp += usize::from(said && y);
        fp += usize::from(said && !y);
        fneg += usize::from(!said && y);
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    let (p, r) = (pct(tp, tp + fp), pct(tp, tp + fneg));
    Scores {
        pairs: xs.len(),
        accuracy: pct(right, xs.len()),
        precision: p,
        recall: r,
        f1: crate::tools::eval::f1(p, r),
    }
}

/// The feature mask with the families named in `without` left out.
pub fn mask_without(without: &[&str]) -> Result<[bool; WIDTH], String> {
    let mut mask = [true; WIDTH];
    for name in without {
        let mut at = 0;
        let mut found = false;
        for (fam, width) in FAMILIES {
            if fam == name {
                mask[at..at + width].iter_mut().for_each(|m| *m = false);
                found = true;
            }
            at += width;
        }
        if !found {
            let names: Vec<&str> = FAMILIES.iter().map(|f| f.0).collect();
            return Err(format!(
                "no feature family {name:?}; they are {}",
                names.join(", ")
            ));
        }
    }
    Ok(mask)
}

/// The regularisation the trainer uses (chosen on the tuning part).
pub const L2: f64 = 1.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_msrp_format() {
        let text = "\u{feff}Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA b.\tB a.\n0\t3\t4\tC.\tD.\n";
        let p = read_pairs(text).expect("reads");
        assert_eq!(p.len(), 2);
        assert_eq!((p[0].label, p[1].label), (Some(true), Some(false)));
        assert_eq!(p[1].key(), "3-4");
        assert!(read_pairs("Quality\n1\t2\tonly three\n").is_err());
    }

    #[test]
    fn solves_a_linear_system() {
        let x = solve(vec![vec![4.0, 1.0], vec![1.0, 3.0]], vec![1.0, 2.0]);
        assert!((x[0] - 1.0 / 11.0).abs() < 1e-12 && (x[1] - 7.0 / 11.0).abs() < 1e-12);
    }

    #[test]
    fn fit_separates_a_separable_feature() {
        let xs: Vec<[f32; WIDTH]> = (0..40)
            .map(|i| std::array::from_fn(|k| if k == 0 { (i % 2) as f32 } else { 0.0 }))
            .collect();
        let ys: Vec<bool> = (0..40).map(|i| i % 2 == 1).collect();
        let m = fit(&xs, &ys, &[true; WIDTH], 1.0);
        assert_eq!(score(&m, &xs, &ys).accuracy, 100.0);
    }
}
