//! Relative dates: a time named from the day of writing ("yesterday", "last week", "earlier
//! this month", "later this year", "last fall"). News copy dates most of a story's recent events
//! this way (AP style: "yesterday" in print, the weekday on the wire), so two outlets report
//! the same moment in these words as often as by a date, and a story diff must read them to
//! group "Pediatric experts called on Facebook last week" with "Advocates last week urged
//! Facebook".
//!
//! A relative date's value is its offset from the day of writing in its unit (`day`, `week`,
//! `weekend`, `month`, `year`, or a season): −1 for "last" or "yesterday", 0 for "this" or
//! "today", +1 for "next" or "tomorrow". "earlier"/"later" and "early"/"late" narrow it
//! within that unit ("later this year" is this year) and stay part of its span. The same
//! words at two publication dates can name two days, so the story diff never calls two of
//! them a conflict.
//!
//! Not a relative date: a part of a name ("USA Today", "Next Year's Model"); the present age
//! ("in today's world", "with today's music"); "this" or "last" before anything but a unit of
//! time ("this week's" is one; "this year's budget" is one, dating the budget); "next" and
//! "last" as adjectives of order ("the last year of his term" is a year of the term, read by
//! the article before it). A bare "today" that means "nowadays" ("Today I would tell him")
//! is read as a day: nothing in the sentence tells the two apart.

use super::cursor::{Cx, Step};
use super::mention::FigureKind;

/// Units of time a "last"/"this"/"next" may date, as written (plural forms are durations).
const UNITS: &[(&str, &str)] = &[
    ("week", "week"),
    ("weekend", "weekend"),
    ("month", "month"),
    ("year", "year"),
    ("spring", "spring"),
    ("summer", "summer"),
    ("fall", "autumn"),
    ("autumn", "autumn"),
    ("winter", "winter"),
    ("morning", "day"),
    ("afternoon", "day"),
    ("evening", "day"),
];

/// Days named from the day of writing, with their offsets.
const DAYS: &[(&str, f64)] = &[
    ("yesterday", -1.0),
    ("today", 0.0),
    ("tonight", 0.0),
    ("tomorrow", 1.0),
];

/// Words that place a unit from the day of writing, with their offsets.
const OFFSETS: &[(&str, f64)] = &[("last", -1.0), ("this", 0.0), ("next", 1.0)];

/// Words that narrow a relative date within its unit ("earlier this week").
const NARROW: &[&str] = &["earlier", "later", "early", "late"];

/// The words that open a relative date, for the cheap test of whether a token may start a
/// figure.
pub fn start_words() -> impl Iterator<Item = &'static str> {
    DAYS.iter()
        .map(|d| d.0)
        .chain(OFFSETS.iter().map(|o| o.0))
        .chain(NARROW.iter().copied())
}

/// The word without a possessive ("today's" → "today"), lower-cased (the text layer has made
/// apostrophes straight).
fn bare(cx: &Cx, i: usize) -> String {
    let l = cx.lower(i);
    match l.strip_suffix("'s") {
        Some(s) => s.to_string(),
        None => l,
    }
}

/// The unit a word names, if it is one of [`UNITS`] (possessive allowed).
fn unit_of(cx: &Cx, i: usize) -> Option<&'static str> {
    let w = bare(cx, i);
    UNITS.iter().find(|(u, _)| *u == w).map(|&(_, to)| to)
}

/// A relative date in plain words ("yesterday", "last week", "this year"), for the page.
pub fn describe(offset: f64, unit: &str) -> String {
    match (offset as i64, unit) {
        (-1, "day") => "yesterday".into(),
        (0, "day") => "today".into(),
        (1, "day") => "tomorrow".into(),
        (-1, u) => format!("last {u}"),
        (0, u) => format!("this {u}"),
        (1, u) => format!("next {u}"),
        (n, u) => format!("{n:+} {u}"),
    }
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = bare(cx, k);
    // "USA Today", "Good Morning America Tonight": after a capitalised word inside the
    // sentence, a capitalised day word is part of a name
    let in_name = |i: usize| i > 0 && cx.cap(i) && cx.cap(i - 1);
    if let Some(&(_, off)) = DAYS.iter().find(|(d, _)| *d == w) {
        // "in today's world", "out of touch with today's music": the present age, not a day
        let possessive = cx.word(k).len() > w.len();
        let nowadays = w == "today"
            && possessive
            && k > 0
            && cx.is_any(k - 1, &["in", "with", "of", "for", "to"]);
        if in_name(k) || nowadays {
            return None;
        }
        let f = cx.exact(k, k + 1, FigureKind::Relative, off, Some("day"));
        return Some(Step::Figure(f, k + 1));
    }
    // "last night": the day before
    if w == "last" && cx.is(k + 1, "night") {
        let f = cx.exact(k, k + 2, FigureKind::Relative, -1.0, Some("day"));
        return Some(Step::Figure(f, k + 2));
    }
    // "earlier this week", "late last year", "later in the year"
    let narrow = NARROW.contains(&w.as_str());
    let at = if narrow { k + 1 } else { k };
    let (off, unit_at) = match OFFSETS.iter().find(|o| cx.is(at, o.0)) {
        Some(&(_, off)) => (off, at + 1),
        // "later in the year", "earlier in the week": the current one
        None if narrow && cx.is(at, "in") && cx.is(at + 1, "the") => (0.0, at + 2),
        None => return None,
    };
    let unit = unit_of(cx, unit_at)?;
    // "this morning" is today; "last morning" or "next evening" is no date
    if unit == "day" && off != 0.0 {
        return None;
    }
    // "the last year of his term", "the next month or so": an article before "last"/"next"
    // makes it an adjective of order
    if !narrow && k > 0 && cx.is_any(k - 1, &["the", "a", "its", "his", "her", "their", "our"]) {
        return None;
    }
    if in_name(k) && cx.cap(unit_at) {
        return None;
    }
    let f = cx.exact(k, unit_at + 1, FigureKind::Relative, off, Some(unit));
    Some(Step::Figure(f, unit_at + 1))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    /// (sentence, relative date's text, offset, unit; "" for none)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, &str)] = &[
        ("The cause of yesterday's incident is unknown.", "yesterday's", -1.0, "day"),
        // the text is read normalised: the curly apostrophe is straight
        ("The cause of yesterday’s incident is unknown.", "yesterday's", -1.0, "day"),
        ("Today's is believed to be the first crash.", "Today's", 0.0, "day"),
        ("Police will give an update tomorrow.", "tomorrow", 1.0, "day"),
        ("Shots were heard last night.", "last night", -1.0, "day"),
        ("Experts called on Facebook last week to drop the app.", "last week", -1.0, "week"),
        ("It will roll out early this week.", "early this week", 0.0, "week"),
        ("A second launch later in the year will send a rover.", "later in the year", 0.0, "year"),
        ("Weinstein was ousted last fall.", "last fall", -1.0, "autumn"),
        ("The probe will launch this summer.", "this summer", 0.0, "summer"),
        ("He told The Guardian last month that he would not.", "last month", -1.0, "month"),
        ("She hinted late last year that she had a story.", "late last year", -1.0, "year"),
        ("The launch is set for next year.", "next year", 1.0, "year"),
        ("I spoke to him this morning.", "this morning", 0.0, "day"),
        ("He read USA Today on the train.", "", 0.0, ""),
        ("The Grammys are woefully out of touch with today's music.", "", 0.0, ""),
        ("In today's world, phones rule.", "", 0.0, ""),
        ("It was the last year of his term.", "", 0.0, ""),
        ("This plan is bad.", "", 0.0, ""),
        ("The next step is a vote.", "", 0.0, ""),
        ("It was the last morning of the trip.", "", 0.0, ""),
        ("Over the past week prices fell.", "", 0.0, ""),
    ];

    #[test]
    fn describes() {
        assert_eq!(super::describe(-1.0, "day"), "yesterday");
        assert_eq!(super::describe(-1.0, "autumn"), "last autumn");
        assert_eq!(super::describe(0.0, "year"), "this year");
    }

    #[test]
    fn reads_relative_dates() {
        for &(input, text, off, unit) in CASES {
            let got: Vec<_> = figs(input)
                .into_iter()
                .filter(|f| f.1 == FigureKind::Relative)
                .collect();
            if text.is_empty() {
                assert!(got.is_empty(), "{input:?}: {got:?}");
                continue;
            }
            assert_eq!(got.len(), 1, "{input:?}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].2, got[0].5),
                (text, off, Some(unit)),
                "{input:?}"
            );
        }
    }
}
