//! Vague amounts, read as intervals with qualifier `about` (docs/schema.md lists them): "a
//! few" 2–5, "several" 3–7, "a couple of" 2–3, "a pair of" 2, "a handful of" 2–6, "dozens"
//! 24–99, "scores of" 40–99, "hundreds" 200–999, "thousands" 2,000–9,999, "tens of
//! thousands" 20,000–99,999, "hundreds of thousands" 200,000–999,999, "millions",
//! "billions" and "trillions" likewise; "a few"/"several" before a scale word multiply it ("a few hundred"
//! 200–500, "several thousand" 3,000–7,000). The lower bounds follow the plural: "hundreds"
//! means at least two hundred.

use super::cursor::Cx;
use super::cursor::Quantity;
use super::number;

/// (words, low, high): phrases that are a vague amount on their own.
const PHRASES: &[(&str, f64, f64)] = &[
    ("a couple of", 2.0, 3.0),
    ("a pair of", 2.0, 2.0),
    ("a handful of", 2.0, 6.0),
    ("scores of", 40.0, 99.0),
    ("tens of thousands", 2e4, 99_999.0),
    ("hundreds of thousands", 2e5, 999_999.0),
    ("tens of millions", 2e7, 9.9e7),
    ("hundreds of millions", 2e8, 9.99e8),
    ("dozens", 24.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2e3, 9999.0),
    ("millions", 2e6, 9.99e6),
    ("billions", 2e9, 9.99e9),
    ("trillions", 2e12, 9.99e12),
];

/// (words, low, high): quantifiers that may multiply a scale word after them.
const QUANTIFIERS: &[(&str, f64, f64)] = &[("a few", 2.0, 5.0), ("several", 3.0, 7.0)];

fn phrase_at(cx: &Cx, k: usize, phrase: &str) -> Option<usize> {
    let n = phrase.split(' ').count();
    phrase
        .split(' ')
        .enumerate()
        .all(|(d, p)| cx.is(k + d, p))
        .then_some(k + n)
}

pub fn read(cx: &Cx, k: usize) -> Option<Quantity> {
    let q = |low, high, end| Quantity {
        low,
        high,
        end,
        vague: true,
        fraction: false,
        scaled: false,
    };
    for &(p, lo, hi) in PHRASES {
        if let Some(end) = phrase_at(cx, k, p) {
            return Some(q(lo, hi, end));
        }
    }
    // "a couple hours" (no "of")
    if cx.is(k, "a") && cx.is(k + 1, "couple") && cx.low_word(k + 2) && !cx.is(k + 2, "of") {
        return Some(q(2.0, 3.0, k + 2));
    }
    // "the past few years", "the next few days": "few" after a span word is a few
    if cx.is(k, "few") && k > 0 && cx.is_any(k - 1, &["past", "last", "next", "coming", "first"]) {
        return Some(q(2.0, 5.0, k + 1));
    }
    for &(p, lo, hi) in QUANTIFIERS {
        if let Some(end) = phrase_at(cx, k, p) {
            let scale = number::scale_word(cx.word(end))
                .or_else(|| cx.is(end, "hundred").then_some(100.0))
                .or_else(|| cx.is(end, "dozen").then_some(12.0));
            return Some(match scale {
                Some(s) => q(lo * s, hi * s, end + 1),
                None => q(lo, hi, end),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::{FigureKind, Qualifier};

    #[rustfmt::skip]
    const CASES: &[(&str, &str, FigureKind, f64, f64)] = &[
        ("A pair of helicopters landed.", "A pair of helicopters", FigureKind::Count, 2.0, 2.0),
        ("Only a few survived.", "a few", FigureKind::Count, 2.0, 5.0),
        ("Dozens of people were hurt.", "Dozens", FigureKind::Count, 24.0, 99.0),
        ("There are trillions of planets.", "trillions", FigureKind::Count, 2e12, 9.99e12),
        ("Several hundred protesters marched.", "Several hundred protesters", FigureKind::Count, 300.0, 700.0),
        ("Tens of thousands fled the city.", "Tens of thousands", FigureKind::Count, 20000.0, 99999.0),
        ("Talks could take a few days.", "a few days", FigureKind::Duration, 2.0, 5.0),
        ("It grew over the past few years.", "few years", FigureKind::Duration, 2.0, 5.0),
        ("We had a couple hours to spare.", "a couple hours", FigureKind::Duration, 2.0, 3.0),
        ("Thousands of homes lost power.", "Thousands", FigureKind::Count, 2000.0, 9999.0),
    ];

    #[test]
    fn reads_vague_amounts() {
        for &(input, text, kind, lo, hi) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0.starts_with(text)
                    && f.1 == kind
                    && f.2 == lo
                    && f.3 == hi
                    && f.4 == Qualifier::About),
                "{input:?}: {got:?}"
            );
        }
    }
}
