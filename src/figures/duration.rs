//! Durations: a span of time with its unit (days, weeks, months, years, decades, hours,
//! minutes, seconds; `si` in seconds). Most are an amount with a time unit from the unit
//! table ("27 years", "six to eight weeks", "48 hours"). This reader adds the forms the amount
//! grammar does not see:
//! - a number glued to a time unit as a modifier: "a two-month battle", "a 10-year sentence",
//!   "a 90-minute meeting";
//! - one unit said with "a"/"an" where the words around it make it a span: "just over a week",
//!   "for a month", "within a year", "a week ago". Not in rates ("twice a day", "$5 billion a
//!   year"), where "a" means "per".
//!
//! Vague spans ("a few days", "several months") come from the vague reader with this unit.

use super::cursor::{Cx, Step};
use super::mention::{FigureKind, Qualifier};
use super::{compare, number, units};

/// Words before "a week" that make it a span, beyond the comparison phrases.
const SPAN_BEFORE: &[&str] = &[
    "for", "in", "within", "after", "than", "lasted", "lasts", "last", "took", "take", "takes",
    "spent", "spend", "past", "nearly", "almost", "about", "around", "over", "under", "just",
    "half", "than",
];
/// Words after "a week" that make it a span.
const SPAN_AFTER: &[&str] = &["ago", "later", "earlier", "long", "after", "before", "of"];

/// The time unit written at token `i` of `w`, and the token after it.
pub fn time_unit(w: &[&str], i: usize) -> Option<(&'static str, usize)> {
    units::unit_at(w, i)
        .filter(|u| u.1 == FigureKind::Duration)
        .map(|u| (u.0, u.2))
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    glued(cx, k)
        .or_else(|| half_unit(cx, k))
        .or_else(|| one_unit(cx, k))
}

/// "half an hour", "half a day": half of one unit.
fn half_unit(cx: &Cx, k: usize) -> Option<Step> {
    if !cx.is(k, "half") || !cx.is_any(k + 1, &["a", "an"]) {
        return None;
    }
    let (u, end) = time_unit(&cx.words, k + 2)?;
    let (q, start) = compare::before(cx, k);
    let f = cx.figure(start, end, FigureKind::Duration, 0.5, 0.5, Some(u), q);
    Some(Step::Figure(f, end))
}

/// "two-month", "10-year", "90-minute" (one token; "-old" makes it an age, read before).
fn glued(cx: &Cx, k: usize) -> Option<Step> {
    let (n, unit) = cx.word(k).rsplit_once('-')?;
    // "twenty-second" is a rank
    if number::ordinal_word(unit).is_some() {
        return None;
    }
    let (u, _) = time_unit(&[unit], 0)?;
    let v = number::digits(n)
        .filter(|d| !d.1)
        .map(|d| d.0)
        .or_else(|| number::small_word(n).map(|x| x.0))?;
    let (q, start) = compare::before(cx, k);
    let f = cx.figure(start, k + 1, FigureKind::Duration, v, v, Some(u), q);
    Some(Step::Figure(f, k + 1))
}

/// "nine minutes and 46 seconds", "two years and three months": a smaller unit after "and"
/// adds to the first, in the first's unit.
pub fn finish(cx: &Cx, a: &mut super::cursor::Amount) {
    let Some(big) = a
        .unit
        .filter(|_| a.kind == FigureKind::Duration && a.low == a.high)
    else {
        return;
    };
    if !cx.is(a.next, "and") {
        return;
    }
    let Some(p) = number::number(&cx.words, a.next + 1).filter(|p| !p.fraction) else {
        return;
    };
    let Some((small, end)) = time_unit(&cx.words, p.end) else {
        return;
    };
    let (Some((b, _)), Some((s, _))) = (units::to_si(1.0, big), units::to_si(1.0, small)) else {
        return;
    };
    if s < b {
        a.low += p.value * s / b;
        a.high = a.low;
        a.next = end;
    }
}

/// "a week", "an hour", "a year", "one day" where the words around make them a span; "one
/// day" alone is "some day" ("it can be used, one day, to carry humans").
fn one_unit(cx: &Cx, k: usize) -> Option<Step> {
    if !cx.is_any(k, &["a", "an", "one"]) {
        return None;
    }
    let (u, end) = time_unit(&cx.words, k + 1)?;
    // "one" with a plural ("one days") or a number after ("one day 5") is no single unit
    if !cx.word(k + 1).ends_with(|c: char| c != 's') {
        return None;
    }
    // "a second attempt", "a minute's silence" is a span but "a second" mostly a rank
    if u == "seconds" || cx.word(end) == "'" {
        return None;
    }
    // "a year and a half"
    let (value, end) = if cx.is(end, "and") && cx.is(end + 1, "a") && cx.is(end + 2, "half") {
        (1.5, end + 3)
    } else {
        (1.0, end)
    };
    let (q, start) = compare::before(cx, k);
    let before = k > 0 && cx.is_any(k - 1, SPAN_BEFORE);
    let after = cx.is_any(end, SPAN_AFTER);
    if q == Qualifier::Exact && !before && !after {
        // "one day," set off by commas or opening the sentence is "some day": nothing here
        let aside = u == "days" && (cx.word(end) == "," || k == 0 || cx.word(k - 1) == ",");
        return (cx.is(k, "one") && aside).then_some(Step::Skip(end));
    }
    let f = cx.figure(start, end, FigureKind::Duration, value, value, Some(u), q);
    Some(Step::Figure(f, end))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::{FigureKind, Qualifier};

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, f64, &str, Qualifier)] = &[
        ("The siege lasted just over a week.", "just over a week", 1.0, 1.0, "weeks", Qualifier::MoreThan),
        ("It ended a two-month battle for the town.", "two-month", 2.0, 2.0, "months", Qualifier::Exact),
        ("Talks could take a few days.", "a few days", 2.0, 5.0, "days", Qualifier::About),
        ("He spent 27 years in prison.", "27 years", 27.0, 27.0, "years", Qualifier::Exact),
        ("The flight took 14 hours.", "14 hours", 14.0, 14.0, "hours", Qualifier::Exact),
        ("She served a 10-year sentence.", "10-year", 10.0, 10.0, "years", Qualifier::Exact),
        ("Repairs will take six to eight weeks.", "six to eight weeks", 6.0, 8.0, "weeks", Qualifier::Exact),
        ("They were held for several months.", "several months", 3.0, 7.0, "months", Qualifier::About),
        ("A 90-minute meeting ended.", "90-minute", 90.0, 90.0, "minutes", Qualifier::Exact),
        ("It happened a year ago.", "a year", 1.0, 1.0, "years", Qualifier::Exact),
        ("The talk lasted half an hour.", "half an hour", 0.5, 0.5, "hours", Qualifier::Exact),
        ("The burn took nine minutes and 46 seconds.", "nine minutes and 46 seconds", 9.0 + 46.0 / 60.0, 9.0 + 46.0 / 60.0, "minutes", Qualifier::Exact),
        ("It will close in May, a year and a half earlier than planned.", "a year and a half", 1.5, 1.5, "years", Qualifier::Exact),
        ("The war lasted nearly three years.", "nearly three years", 3.0, 3.0, "years", Qualifier::Nearly),
    ];

    #[test]
    fn reads_durations() {
        for &(input, text, lo, hi, unit, q) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0 == text
                    && f.1 == FigureKind::Duration
                    && f.2 == lo
                    && f.3 == hi
                    && f.5 == Some(unit)
                    && f.4 == q),
                "{input:?}: {got:?}"
            );
        }
    }

    #[test]
    fn rates_are_no_spans() {
        for input in [
            "He calls twice a day.",
            "It earns $5 billion a year.",
            "She won a second term.",
        ] {
            let got = figs(input);
            assert!(
                !got.iter().any(|f| f.1 == FigureKind::Duration),
                "{input:?}: {got:?}"
            );
        }
    }
}
