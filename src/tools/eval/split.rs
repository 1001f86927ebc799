//! `crossread split FILE --out DIR [--seed N] [--by FIELD]`: splits a JSON-lines data set once,
//! by a fixed seed, into a tuning half (`DIR/STEM.tune.jsonl`) and a checking half
//! (`DIR/STEM.check.jsonl`).
//!
//! Rules are tuned on the first half only; the second tells whether they generalise (a gap of
//! more than a few points between the halves means rules that memorise cases). The split is
//! stratified by a field (default `model`, as in the Recognizers-Text cases) so each half holds
//! about half of every group, and within a group lines are ordered by a seeded FNV-1a hash of the
//! line itself: the same file and seed always give the same halves, whatever the line order.
//! Tab-separated case tables split the same way, grouped by their first column; their `#`
//! comment lines are left out of both halves.

use std::collections::BTreeMap;

/// The seed the project's splits use (`crossread split` without `--seed`).
pub const DEFAULT_SEED: u64 = 2026;

/// FNV-1a over the seed's bytes, then the line's.
pub fn hash(seed: u64, line: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.to_le_bytes().iter().chain(line.as_bytes()) {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Which half of a data set keyed by name (pages, documents) to score: see [`keys_of`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Tune,
    Check,
    All,
}

/// The keys of `part`, from all keys: sorted by the seeded hash, the first half tunes.
pub fn keys_of(mut keys: Vec<String>, part: Part) -> Vec<String> {
    keys.sort_by_key(|k| (hash(DEFAULT_SEED, k), k.clone()));
    let half = keys.len().div_ceil(2);
    match part {
        Part::Tune => keys.truncate(half),
        Part::Check => {
            keys.drain(..half);
        }
        Part::All => {}
    }
    keys.sort();
    keys
}

impl Part {
    /// The value of a `--part` option: `tune`, `check` or `all` (the default).
    pub fn parse(value: Option<&str>) -> Result<Part, String> {
        match value {
            None | Some("all") => Ok(Part::All),
            Some("tune") => Ok(Part::Tune),
            Some("check") => Ok(Part::Check),
            Some(other) => Err(format!("--part is tune, check or all, not {other:?}")),
        }
    }
}

/// The group a line belongs to: the string value of `"FIELD": "..."` in a JSON line, the first
/// column of a tab-separated one, or "" when absent.
fn group_of<'a>(line: &'a str, field: &str) -> &'a str {
    if !line.trim_start().starts_with('{') {
        return line.split('\t').next().unwrap_or("");
    }
    let key = format!("\"{field}\"");
    let Some(p) = line.find(&key) else {
        return "";
    };
    let rest = line[p + key.len()..].trim_start();
    let Some(rest) = rest.strip_prefix(':') else {
        return "";
    };
    let rest = rest.trim_start();
    let Some(rest) = rest.strip_prefix('"') else {
        return "";
    };
    rest.split('"').next().unwrap_or("")
}

/// Splits the non-empty lines of `input` into (tuning, checking), each in file order. A group
/// of odd size gives its extra line to the tuning half.
pub fn split<'a>(input: &'a str, seed: u64, field: &str) -> (Vec<&'a str>, Vec<&'a str>) {
    let lines: Vec<&str> = input
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, l) in lines.iter().enumerate() {
        groups.entry(group_of(l, field)).or_default().push(i);
    }
    let mut tune = vec![false; lines.len()];
    for members in groups.values_mut() {
        members.sort_by_key(|&i| (hash(seed, lines[i]), i));
        for &i in &members[..members.len().div_ceil(2)] {
            tune[i] = true;
        }
    }
    let (a, b): (Vec<_>, Vec<_>) = lines.iter().enumerate().partition(|(i, _)| tune[*i]);
    (
        a.into_iter().map(|(_, l)| *l).collect(),
        b.into_iter().map(|(_, l)| *l).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_are_disjoint_stratified_and_stable() {
        let input: String = (0..40)
            .map(|i| format!("{{\"model\": \"M{}\", \"case\": {i}}}\n", i % 4))
            .collect();
        let (a, b) = split(&input, DEFAULT_SEED, "model");
        assert_eq!(a.len() + b.len(), 40);
        assert!(a.iter().all(|l| !b.contains(l)));
        for m in 0..4 {
            let tag = format!("\"M{m}\"");
            assert_eq!(a.iter().filter(|l| l.contains(&tag)).count(), 5);
        }
        // the same halves whatever the line order
        let reversed: String = input.lines().rev().map(|l| format!("{l}\n")).collect();
        let (mut a2, _) = split(&reversed, DEFAULT_SEED, "model");
        a2.reverse();
        assert_eq!(a, a2);
        // another seed gives another split
        let (a3, _) = split(&input, 7, "model");
        assert_ne!(a, a3);
    }

    #[test]
    fn group_field_is_read_from_the_line() {
        assert_eq!(
            group_of(r#"{"model": "AgeModel", "x": 1}"#, "model"),
            "AgeModel"
        );
        assert_eq!(group_of(r#"{"x": 1}"#, "model"), "");
    }
}
