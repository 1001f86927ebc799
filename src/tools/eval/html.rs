//! `crossread eval html DIR [--part tune|check|all] [--failures]`: body extraction scored the
//! way the article extraction benchmark (scrapinghub/article-extraction-benchmark, the pages in
//! `../shared/data/html/`) scores it.
//!
//! The benchmark's metric: both texts are split into `\w+` tokens; 4-token shingles are counted
//! as multisets; true positives, false positives and false negatives are normalised to sum 1 per
//! page; precision and recall are the means over pages (nothing expected and nothing predicted
//! counts 1); F1 is taken from the two means. The pages are split once by the project's seed
//! (FNV-1a of each page key, as `crossread split` orders lines): tune on the first half only.

pub use super::split::{keys_of, Part};
use crate::util::FastMap;
use std::io::Read;

/// The word tokens of `s` (Python's Unicode `\w+`: letters, digits, marks and `_`).
fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Combining marks, which `\w` also matches (the common block, U+0300–U+036F, and Devanagari's).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}')
}

/// 4-token shingles of `s` with their counts (a text shorter than 4 tokens is one shingle).
fn shingles(s: &str) -> FastMap<Vec<&str>, u32> {
    let t = tokens(s);
    let mut out: FastMap<Vec<&str>, u32> = FastMap::default();
    let n = 4;
    let count = if t.len() >= n { t.len() - n + 1 } else { 1 };
    for i in 0..count {
        *out.entry(t[i..(i + n).min(t.len())].to_vec()).or_default() += 1;
    }
    out
}

/// Per-page precision and recall.
pub fn page_score(truth: &str, predicted: &str) -> (f64, f64) {
    let (a, b) = (shingles(truth), shingles(predicted));
    let (mut tp, mut fp, mut fn_) = (0.0f64, 0.0f64, 0.0f64);
    for (k, &x) in &a {
        let y = b.get(k).copied().unwrap_or(0);
        tp += f64::from(x.min(y));
        fn_ += f64::from(x.saturating_sub(y));
    }
    for (k, &y) in &b {
        fp += f64::from(y.saturating_sub(a.get(k).copied().unwrap_or(0)));
    }
    let p = if tp + fp > 0.0 {
        tp / (tp + fp)
    } else if fn_ == 0.0 {
        1.0
    } else {
        0.0
    };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 1.0 };
    (p, r)
}

fn read_page(dir: &str, key: &str) -> Result<String, String> {
    let path = format!("{dir}/pages/{key}.html.gz");
    let file = std::fs::File::open(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{path}: {e}"))?;
    Ok(crate::html::decode_bytes(&bytes))
}

/// Scores `part` of the benchmark in `dir`; with `failures`, lists the pages below F1 0.9.
pub fn score(dir: &str, part: Part, failures: bool) -> Result<String, String> {
    let truth_path = format!("{dir}/ground-truth.json");
    let truth = std::fs::read_to_string(&truth_path).map_err(|e| format!("{truth_path}: {e}"))?;
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&truth).map_err(|e| format!("{truth_path}: {e}"))?;
    let keys = keys_of(truth.keys().cloned().collect(), part);
    let (mut ps, mut rs, mut worst) = (0.0, 0.0, Vec::new());
    for key in &keys {
        let expected = truth[key]["articleBody"].as_str().unwrap_or("");
        let got = crate::html::extract(&read_page(dir, key)?).body;
        let (p, r) = page_score(expected, &got);
        ps += p;
        rs += r;
        let f = super::f1(p, r);
        if f < 0.9 {
            worst.push(format!(
                "{key}\tP {p:.3}\tR {r:.3}\t{}",
                truth[key]["url"].as_str().unwrap_or("")
            ));
        }
    }
    let n = keys.len().max(1) as f64;
    let (p, r) = (ps / n, rs / n);
    let f1 = super::f1(p, r);
    let mut out = format!(
        "pages {}\tprecision {p:.3}\trecall {r:.3}\tF1 {f1:.3}\n",
        keys.len()
    );
    if failures {
        for w in worst {
            out.push_str(&w);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, f64)] = &[
        ("one two three four five", "one two three four five", 1.0, 1.0),
        ("one two three four five", "", 0.0, 0.0),
        ("", "", 1.0, 1.0),
        ("one two three four five", "one two three four", 1.0, 0.5),
        ("a b c d", "a b c d x y z w", 0.2, 1.0),
    ];

    #[test]
    fn scores_like_the_benchmark() {
        for &(truth, got, p, r) in CASES {
            let (gp, gr) = super::page_score(truth, got);
            assert!(
                (gp - p).abs() < 1e-9 && (gr - r).abs() < 1e-9,
                "{truth:?} {got:?}: {gp} {gr}"
            );
        }
    }

    #[test]
    fn halves_are_disjoint_and_cover_all() {
        let keys: Vec<String> = (0..11).map(|i| format!("k{i}")).collect();
        let (t, c) = (
            super::keys_of(keys.clone(), super::Part::Tune),
            super::keys_of(keys.clone(), super::Part::Check),
        );
        assert_eq!((t.len(), c.len()), (6, 5));
        assert!(t.iter().all(|k| !c.contains(k)));
    }
}
