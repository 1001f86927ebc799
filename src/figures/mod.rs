//! Figures: numbers as a fact-checker compares them — value or range, unit, qualifier, kind,
//! and what is counted.
//!
//! [`FigureExtractor`] is the interface; [`RuleFigures`] the implementation, a grammar that
//! composes (see [`amount`]):
//!
//! ```text
//! number (number.rs) → scaled number → amount with its unit or currency on either side
//! (units.rs, from CLDR) → comparison and range (compare.rs, amount.rs) → what is counted
//! (counted.rs)
//! ```
//!
//! At each token that may start a figure, the readers of [`READERS`] are tried in order, one
//! per shape, each in its own file with its own table tests: numbers that are no figures
//! (names, codes, captions, phones, links: [`names`]), [`date`], [`weekday`], [`relative`]
//! dates ("last week"), [`zero`], [`ordinal`], [`age`],
//! [`duration`], [`share`], [`year`], counts in compounds ([`compound`]: "a two-carriage
//! tram"), and the [`amount`] grammar, whose unit readers
//! ([`money`], [`measure`], [`age`], [`share`]) finish it; vague amounts ([`vague`]: "a few",
//! "dozens") are quantities of the same grammar. A lower and an upper bound written one after
//! the other become one range.
//!
//! Measured by `crossread eval figures` on Recognizers-Text's English specs and on our own
//! news cases (`tests/data/figures-news.tsv`), both split into tuning and checking halves by
//! `crossread split` (`src/tools/eval/figures.rs`), and on the seeds by `tests/cases/seed_figures.tsv`.

pub mod age;
pub mod amount;
pub mod clause;
pub mod compare;
pub mod compound;
pub mod counted;
pub mod cursor;
pub mod date;
pub mod duration;
pub mod event;
pub mod measure;
pub mod mention;
pub mod money;
pub mod names;
pub mod number;
pub mod numeral;
pub mod ordinal;
pub mod relative;
pub mod share;
pub mod units;
pub mod vague;
pub mod weekday;
pub mod year;
pub mod zero;

use crate::text::{Span, Text};
use cursor::{Cx, Reader, Step};
pub use mention::{FigureKind, FigureMention, Qualifier};
use std::borrow::Cow;

pub trait FigureExtractor: Send + Sync {
    /// Figures sorted by start, non-overlapping, each inside the text.
    fn extract(&self, text: &Text) -> Vec<FigureMention>;
}

#[derive(Default, Clone, Copy, Debug)]
pub struct RuleFigures;

/// The readers of each shape of figure, tried in this order at every token; the first that
/// reads something wins.
pub const READERS: &[(&str, Reader)] = &[
    ("date", date::read),
    ("weekday", weekday::read),
    ("relative date", relative::read),
    ("zero", zero::read),
    ("not a figure", names::read),
    ("age", age::read),
    ("duration", duration::read),
    ("share", share::read),
    ("ordinal", ordinal::read),
    ("year", year::read),
    ("compound", compound::read),
    ("amount", amount::read),
];

impl FigureExtractor for RuleFigures {
    fn extract(&self, text: &Text) -> Vec<FigureMention> {
        let year = date::date_line_year(text);
        let mut out = Vec::new();
        for sent in &text.sentences {
            let cx = Cx::new(text, sent.tokens.clone().collect(), year);
            let mut k = 0;
            while k < cx.len() {
                k = match read_at(&cx, k) {
                    Some(Step::Figure(mut fig, next)) => {
                        let first = (0..=k)
                            .find(|&i| cx.span(i, i + 1).start >= fig.span.start)
                            .unwrap_or(k);
                        // a date "released" is a film's or a report's, not hostages freed
                        // ("Kill Bill was released in 2003"): its verb as written; and a
                        // date is its own time (below)
                        let dated = matches!(
                            fig.kind,
                            FigureKind::Year
                                | FigureKind::Date
                                | FigureKind::Weekday
                                | FigureKind::Relative
                        );
                        fig.event = event::of(&cx, first, next)
                            .filter(|&e| !(dated && e == "freed"))
                            .map(Cow::Borrowed)
                            .or_else(|| clause::verb_of(&cx, first, next).map(Cow::Owned));
                        if fig.kind == FigureKind::Age && fig.about.is_none() {
                            fig.about = age::whose(&cx, first);
                        }
                        // a year or a date names its own time: another year beside it is
                        // another fact's ("in Paris in 2015 and in Brussels in 2016"), and
                        // "so far" or another weekday in its sentence says nothing of it
                        fig.time = clause::time_of(&cx, first, next).filter(|_| !dated);
                        // "two years ago", "two years after the assaults": a span of time
                        // that dates something
                        if fig.kind == FigureKind::Duration
                            && cx.is_any(next, &["ago", "after", "before", "later"])
                        {
                            fig.time = Some(cx.lower(next));
                        }
                        out.push(fig);
                        next.max(k + 1)
                    }
                    Some(Step::Skip(next)) => next.max(k + 1),
                    None => k + 1,
                };
            }
        }
        join_bounds(text, &mut out);
        conversions(text, &mut out);
        out
    }
}

/// The first reader's reading at token `k`.
fn read_at(cx: &Cx, k: usize) -> Option<Step> {
    if !may_start(cx.word(k)) {
        return None;
    }
    READERS.iter().find_map(|(_, read)| read(cx, k))
}

/// A figure in brackets right after another of the same kind is its conversion ("up to $50
/// million (£36 million)", "about 12 feet (3.7 metres)"): it takes the first one's qualifier.
fn conversions(text: &Text, figs: &mut [FigureMention]) {
    for i in 1..figs.len() {
        let (a, b) = (&figs[i - 1], &figs[i]);
        let gap = text
            .norm()
            .get(a.span.end..b.span.start)
            .unwrap_or("x")
            .trim();
        if gap == "(" && a.kind == b.kind && b.qualifier == Qualifier::Exact && a.unit != b.unit {
            figs[i].qualifier = figs[i - 1].qualifier;
        }
    }
}

/// Joins a lower and an upper bound written one after the other into one range: "above 1000
/// and below 1500", "no more than 50 and no less than 20", "higher or equal than one hundred,
/// lower or equal than three hundred".
fn join_bounds(text: &Text, figs: &mut Vec<FigureMention>) {
    let lower = |q: Qualifier| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast);
    let upper = |q: Qualifier| matches!(q, Qualifier::LessThan | Qualifier::UpTo);
    let mut i = 0;
    while i + 1 < figs.len() {
        let (a, b) = (&figs[i], &figs[i + 1]);
        let gap = text
            .norm()
            .get(a.span.end..b.span.start)
            .unwrap_or("x")
            .trim()
            .to_ascii_lowercase();
        let joined = matches!(gap.as_str(), "and" | "," | "but" | ", and" | ", but")
            && a.kind == b.kind
            && a.unit == b.unit
            && ((lower(a.qualifier) && upper(b.qualifier) && a.low < b.high)
                || (upper(a.qualifier) && lower(b.qualifier) && b.low < a.high));
        if joined {
            let (lo, hi) = if lower(a.qualifier) {
                (a.low, b.high)
            } else {
                (b.low, a.high)
            };
            let span = Span::new(a.span.start, b.span.end);
            let about = b.about.clone().or_else(|| a.about.clone());
            figs[i] = FigureMention {
                span,
                low: lo,
                high: hi,
                qualifier: Qualifier::Exact,
                about,
                ..figs[i].clone()
            };
            figs.remove(i + 1);
        }
        i += 1;
    }
}

/// Whether a figure may start with this token: a digit, a number or ordinal word, a vague
/// quantity, a month, a fraction sign, a minus. Most tokens are none of these, and this test
/// keeps the figure pass from trying every rule on every word.
fn may_start(w: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static STARTS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let Some(c) = w.chars().next() else {
        return false;
    };
    if c.is_ascii_digit() || w.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    if !c.is_alphabetic() {
        return w == "-"
            || w == "."
            || w.chars()
                .last()
                .is_some_and(|c| ('¼'..='¾').contains(&c) || ('⅐'..='⅞').contains(&c));
    }
    // lower-case the word, or its part before a hyphen, on the stack
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    let head = w.split('-').next().unwrap_or("").trim_end_matches('.');
    if head.len() > 16 || !head.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 16];
    for (d, b) in buf.iter_mut().zip(head.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    let Ok(l) = std::str::from_utf8(&buf[..head.len()]) else {
        return false;
    };
    let starts = STARTS.get_or_init(|| {
        let mut s: HashSet<&'static str> = [
            "a",
            "an",
            "half",
            "quarter",
            "minus",
            "negative",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "trillions",
            "nought",
            "naught",
            "zero",
            "no",
            "oh",
            "nineth",
            "thousandth",
            "millionth",
            "billionth",
            "trillionth",
            // "mid-November"
            "mid",
        ]
        .into_iter()
        .collect();
        s.extend(number::number_words());
        s.extend(crate::words::calendar::month_words());
        s.extend(weekday::weekday_words());
        s.extend(relative::start_words());
        // vague amounts not starting with "a" ("several", "scores of", "tens of thousands")
        s.extend(["several", "scores", "tens", "few"]);
        s
    });
    starts.contains(l)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn reading_order_lists_every_kind_once() {
        // exhaustive: a new kind does not compile here until it has a place
        let index = |k: FigureKind| match k {
            FigureKind::Count => 0,
            FigureKind::Percent => 1,
            FigureKind::Money => 2,
            FigureKind::Measure => 3,
            FigureKind::Duration => 4,
            FigureKind::Age => 5,
            FigureKind::Date => 6,
            FigureKind::Weekday => 7,
            FigureKind::Relative => 8,
            FigureKind::Year => 9,
            FigureKind::Ordinal => 10,
        };
        let mut seen = [0; 11];
        for k in FigureKind::READING_ORDER {
            seen[index(k)] += 1;
        }
        assert_eq!(seen, [1; 11]);
    }

    /// The figures of a text: (text, kind, low, high, qualifier, unit, about).
    pub fn figs(
        s: &str,
    ) -> Vec<(
        String,
        FigureKind,
        f64,
        f64,
        Qualifier,
        Option<&'static str>,
        Option<String>,
    )> {
        let t = Text::new(s);
        RuleFigures
            .extract(&t)
            .into_iter()
            .map(|f| {
                (
                    t.slice(f.span).to_string(),
                    f.kind,
                    f.low,
                    f.high,
                    f.qualifier,
                    f.unit,
                    f.about,
                )
            })
            .collect()
    }

    #[rustfmt::skip]
    #[test]
    fn reads_seed_shapes() {
        use FigureKind::*;
        use Qualifier::*;
        let cases: &[(&str, &str, FigureKind, f64, f64, Qualifier, Option<&str>)] = &[
            ("He estimated there were 1,500 to 2,500 fighters left.", "1,500 to 2,500 fighters", Count, 1500.0, 2500.0, Exact, Some("fighters")),
            ("It lost more than 96 per cent of the territory.", "more than 96 per cent", Percent, 96.0, 96.0, MoreThan, Some("territory")),
            ("Qaim, about 320 kilometres west of Baghdad.", "about 320 kilometres west of Baghdad", Measure, 320.0, 320.0, About, Some("west of Baghdad")),
            ("The town, about 320km west of Baghdad.", "about 320km west of Baghdad", Measure, 320.0, 320.0, About, Some("west of Baghdad")),
            ("It said six Tu-22M bombers struck.", "six Tu-22M bombers", Count, 6.0, 6.0, Exact, Some("Tu-22M bombers")),
            ("ISIS held nearly a third of both Iraq and Syria.", "nearly a third", Percent, 1.0 / 3.0 * 100.0, 1.0 / 3.0 * 100.0, Nearly, Some("Iraq and Syria")),
            ("He said 6.6 million people were freed.", "6.6 million people", Count, 6.6e6, 6.6e6, Exact, Some("people")),
            ("Since 2014 it grew.", "2014", Year, 2014.0, 2014.0, Exact, None),
            ("on November 3, 2017.", "November 3, 2017", Date, 20171103.0, 20171103.0, Exact, None),
            ("and up to 3000 on the Syrian side", "up to 3000", Count, 3000.0, 3000.0, UpTo, None),
            ("Sayfullo Saipov, 29, an immigrant", "29", Age, 29.0, 29.0, Exact, None),
            ("It cost $5 million in all.", "$5 million", Money, 5e6, 5e6, Exact, None),
        ];
        for (input, text, kind, lo, hi, q, about) in cases {
            let got: Vec<_> = figs(input)
                .into_iter()
                .map(|f| (f.0, f.1, f.2, f.3, f.4, f.6))
                .collect();
            let want = (
                text.to_string(),
                *kind,
                *lo,
                *hi,
                *q,
                about.map(|s| s.to_string()),
            );
            assert!(got.contains(&want), "input {input:?}: got {got:?}");
        }
    }

    #[test]
    fn refuses_non_figures() {
        for input in [
            "Region is one of the last strongholds 1:13",
            "a Tu-154 crashed",
            "F-16 jets",
        ] {
            let got = figs(input);
            assert!(got.is_empty(), "input {input:?}: got {got:?}");
        }
    }
}
