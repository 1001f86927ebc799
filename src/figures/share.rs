//! Shares: a part of a whole, as per cent. Percent signs and words are units of the table
//! ("4.2%", "67 percent", "12 per cent", "3.5 pct"); this reader adds the shares written as
//! fractions: a fraction before "of" ("a third of the territory" = 33.3 %, "two-thirds of
//! respondents"), "N in M" and "N out of M" ("one in four children" = 25 %), and a share
//! named before its value ("percent of 10").

use super::cursor::Amount;
use super::cursor::{Cx, Step};
use super::mention::{FigureKind, FigureMention};
use super::{compare, counted, number, units};

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    one_in(cx, k).or_else(|| named_before(cx, k))
}

/// "One in four children", "one out of three voters" (the number grammar reads the forms with
/// nothing after them).
fn one_in(cx: &Cx, k: usize) -> Option<Step> {
    let n = number::number(&cx.words, k).filter(|p| !p.fraction && p.value > 0.0)?;
    let at = if cx.is(n.end, "in") {
        n.end + 1
    } else if cx.is(n.end, "out") && cx.is(n.end + 1, "of") {
        n.end + 2
    } else {
        return None;
    };
    let d = number::number(&cx.words, at)
        .filter(|d| !d.fraction && d.value > n.value && d.value <= 1000.0)?;
    // "3 in 12 hours" is no share
    if units::unit_at(&cx.words, d.end).is_some() || !cx.low_word(d.end) {
        return None;
    }
    let v = n.value / d.value * 100.0;
    let (q, start) = compare::before(cx, k);
    let (about, end) = counted::after(cx, d.end);
    let f = FigureMention {
        about,
        ..cx.figure(
            start,
            end.max(d.end),
            FigureKind::Percent,
            v,
            v,
            Some("%"),
            q,
        )
    };
    Some(Step::Figure(f, end.max(d.end)))
}

/// "percent of 10", "per cent of 40": a share named before its value.
fn named_before(cx: &Cx, k: usize) -> Option<Step> {
    if k < 2 || !cx.is(k - 1, "of") || !cx.is_any(k - 2, &["percent", "percents", "cent"]) {
        return None;
    }
    let p = number::number(&cx.words, k).filter(|p| !p.fraction)?;
    let start = if k >= 3 && cx.is(k - 2, "cent") && cx.is(k - 3, "per") {
        k - 3
    } else {
        k - 2
    };
    let f = cx.exact(start, p.end, FigureKind::Percent, p.value, Some("%"));
    Some(Step::Figure(f, p.end))
}

/// "the first half of the year", "the second quarter": a part of a period, no share.
pub fn is_period(cx: &Cx, k: usize) -> bool {
    k > 0
        && cx.is_any(
            k - 1,
            &[
                "first", "second", "third", "fourth", "last", "latter", "final", "opening",
                "closing", "other",
            ],
        )
}

/// A fraction before "of" is a share: "a third of", "1/4 of the people".
pub fn finish(cx: &Cx, a: &mut Amount) {
    if a.fraction && a.unit.is_none() && cx.is(a.next, "of") {
        a.low *= 100.0;
        a.high *= 100.0;
        a.kind = FigureKind::Percent;
        a.unit = Some("%");
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64)] = &[
        ("Unemployment fell to 4.2%.", "4.2%", 4.2),
        ("Turnout was 67 percent, officials said.", "67 percent", 67.0),
        ("Shares dropped 12 per cent on Monday.", "12 per cent", 12.0),
        ("Only a quarter of the budget was spent.", "a quarter", 25.0),
        ("One in four children lives in poverty.", "One in four children", 25.0),
        ("Sales rose 3.5 pct in the quarter.", "3.5 pct", 3.5),
        ("It held nearly a third of both Iraq and Syria.", "nearly a third", 100.0 / 3.0),
    ];

    #[test]
    fn parts_of_a_period_are_no_shares() {
        let got = figs("It should fall in the first half of this year.");
        assert!(!got.iter().any(|f| f.1 == FigureKind::Percent), "{got:?}");
    }

    #[test]
    fn reads_shares() {
        for &(input, text, v) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0.starts_with(text)
                    && f.1 == FigureKind::Percent
                    && (f.2 - v).abs() < 1e-6),
                "{input:?}: {got:?}"
            );
        }
    }
}
