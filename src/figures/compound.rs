//! Counts written as a compound modifier: "a two-carriage tram", "a three-judge panel", "a
//! 10-point plan", "a four-storey building". English makes a number and a singular noun one
//! hyphenated adjective before the noun it describes; the figure counts the inner noun ("two
//! carriages"). Compounds of a unit ("8.5-tonne", "40-minute", "12-year-old") are read by the
//! measure, duration and age readers first; "one-" compounds ("one-off", "one-way") are idioms.

use super::counted;
use super::cursor::{Cx, Step};
use super::mention::{FigureKind, FigureMention};
use super::{number, units};

/// Words after a number and a hyphen that make no count: "two-way", "three-fold".
const NOT_COUNTED: &[&str] = &["way", "fold", "odd", "ish", "thirds", "quarter", "half"];

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    let (n, noun) = w.split_once('-')?;
    let v = number::digits(n)
        .filter(|d| !d.1)
        .map(|d| d.0)
        .or_else(|| number::small_word(n).map(|x| x.0))?;
    let singular_noun = noun.len() >= 3
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && (!noun.ends_with('s') || noun.ends_with("ss"))
        && !noun.ends_with("ed")
        && !noun.ends_with("ing")
        && !noun.ends_with("ly")
        && !NOT_COUNTED.contains(&noun)
        // "twenty-seven", "forty-first": one number
        && number::small_word(noun).is_none()
        && number::scale_word(noun).is_none()
        && !noun.ends_with("th")
        && !counted::clause_word(noun)
        && units::unit_at(&[noun], 0).is_none();
    // it describes the noun after it: "a two-carriage tram", not "the score was two-nil"
    let attributive = cx.low_word(k + 1) && !counted::is_stop(cx.word(k + 1));
    // "a two-state solution", "the one-child policy", "a two-party system": the compound
    // names a policy, it counts nothing the story reports
    let policy = cx.is_any(
        k + 1,
        &["solution", "policy", "system", "rule", "law", "doctrine"],
    );
    if policy {
        return Some(Step::Skip(k + 1));
    }
    if !(2.0..=10_000.0).contains(&v) || !singular_noun || !attributive {
        return None;
    }
    let f = FigureMention {
        about: Some(noun.to_string()),
        ..cx.exact(k, k + 1, FigureKind::Count, v, None)
    };
    Some(Step::Figure(f, k + 1))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    /// (sentence, compound, count, what is counted; 0 for no count)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, &str)] = &[
        ("A two-carriage tram tipped over.", "two-carriage", 2.0, "carriage"),
        ("They backed a two-state solution.", "two-state", 0.0, ""),
        ("A three-judge panel ruled.", "three-judge", 3.0, "judge"),
        ("The 10-point plan was unveiled.", "10-point", 10.0, "point"),
        ("They widened the six-lane highway.", "six-lane", 6.0, "lane"),
        ("It was a one-off payment.", "one-off", 0.0, ""),
        ("It is a two-way street.", "two-way", 0.0, ""),
        ("The score was two-nil.", "two-nil", 0.0, ""),
        ("Auditors found twenty-seven ballots.", "twenty-seven", 0.0, ""),
        ("A three-pronged attack began.", "three-pronged", 0.0, ""),
    ];

    #[test]
    fn reads_counts_in_compounds() {
        for &(input, text, v, about) in CASES {
            let got = figs(input);
            let f = got.iter().find(|f| f.0 == text);
            if v == 0.0 {
                assert!(f.is_none(), "{input:?}: {got:?}");
            } else {
                let f = f.unwrap_or_else(|| panic!("{input:?}: {got:?}"));
                assert_eq!(
                    (f.1, f.2, f.6.as_deref()),
                    (FigureKind::Count, v, Some(about))
                );
            }
        }
    }
}
