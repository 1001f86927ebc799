//! How two reports of one quantity relate. Each figure is read as the interval its qualifier
//! allows (AP style: "more than 96" excludes 96, "nearly 96" stays below it, "about" is within
//! a tenth or its last significant digit, "up to" includes 0) and a round figure as standing for a small interval
//! ([`rounding`]). Across sources: `agree` (same value, or within rounding: "140,000" and
//! "140,660 pounds"), `compatible` (all intervals meet: "2,000 to 3,000" and "up to 3000"; or
//! the two are placed at different times: "initially 4" and "3", "on Sunday" and "on Monday"),
//! `conflict` (some do not: "more than 96 per cent" and "nearly 96 percent"), `single` (one
//! source).

use crate::analysis::{Article, Figure};
use crate::figures::{event, FigureKind, Qualifier};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureRelation {
    Agree,
    Compatible,
    Conflict,
    Single,
}

impl FigureRelation {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureRelation::Agree => "agree",
            FigureRelation::Compatible => "compatible",
            FigureRelation::Conflict => "conflict",
            FigureRelation::Single => "single",
        }
    }
}

#[derive(Clone, Debug)]
pub struct FigureGroup {
    /// "g1", "g2", ... in order of first appearance.
    pub key: String,
    pub kind: FigureKind,
    pub about: Option<String>,
    pub unit: Option<&'static str>,
    pub relation: FigureRelation,
    /// For a conflict, one line saying it: "more than 96 percent vs nearly 96 percent (territory)".
    pub reason: Option<String>,
    /// (article, figure index); a source's repeats of one figure share its group.
    pub members: Vec<(usize, usize)>,
}

/// How far a value written round may lie from the value meant: half its last significant
/// digit, at most 1 % ("140,000" stands for 138,600 to 141,400; "40" for 39.6 to 40.4; "27"
/// for 27 alone). The cap keeps "340,000" and "350,000" apart, and "80" from "77" and "84".
pub(crate) fn rounding(v: f64) -> f64 {
    let unit = last_digit(v);
    if v.abs() < 10.0 || unit <= 1.0 {
        return 0.0;
    }
    (0.5 * unit).min(0.01 * v.abs())
}

/// The unit of a whole value's last significant digit ("140,000" → 10,000; "1,200" → 100;
/// "27" → 1); 0 for a value with a fraction, or 0.
fn last_digit(v: f64) -> f64 {
    if v.fract() != 0.0 || v == 0.0 {
        return 0.0;
    }
    let mut unit = 1.0;
    let mut x = v.abs();
    while x >= 10.0 && x % 10.0 == 0.0 {
        x /= 10.0;
        unit *= 10.0;
    }
    unit
}

/// Whether two figures state one value within rounding, their qualifiers not bounding it from
/// opposite sides ("40 years" and "nearly 40 years", "140,000 pounds" and "140,660 pounds";
/// not "more than 96" and "nearly 96").
pub(crate) fn within_rounding(a: &Figure, b: &Figure) -> bool {
    use Qualifier::*;
    let above = |q: Qualifier| matches!(q, MoreThan | AtLeast);
    let below = |q: Qualifier| matches!(q, LessThan | UpTo | Nearly);
    if (above(a.qualifier) && below(b.qualifier)) || (below(a.qualifier) && above(b.qualifier)) {
        return false;
    }
    // one of them plain: a hedge against a hedge ("nearly a third", "about a third") is
    // compatible, not the same statement
    if a.qualifier != Exact && b.qualifier != Exact {
        return false;
    }
    let tol = rounding(a.low).max(rounding(b.low));
    (a.low - b.low).abs() <= tol
        && (a.high - b.high).abs() <= tol.max(rounding(a.high).max(rounding(b.high)))
}

/// A conflict in one line: the differing readings as written, then what they measure ("27
/// people vs 25 people (injured)").
pub(crate) fn reason(articles: &[Article], g: &FigureGroup) -> String {
    // one text per reading: "more than 96 per cent" and "more than 96 percent" are one
    let mut readings: Vec<&Figure> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for &(a, i) in &g.members {
        let f = &articles[a].figures[i];
        if !readings
            .iter()
            .any(|r| same_reading(r, f) && r.qualifier == f.qualifier)
        {
            readings.push(f);
            seen.push(articles[a].text[f.span.start..f.span.end].to_string());
        }
    }
    let first = &articles[g.members[0].0].figures[g.members[0].1];
    // a casualty event says what is measured ("injured"); else the counted thing
    // ("territory"), else the verb ("fell")
    // an age says whose it is: a casualty word near it is someone else's ("the gorilla was
    // killed after a 4-year-old boy fell")
    let casualty = first
        .event
        .as_deref()
        .filter(|e| event::is_casualty(e) && first.kind != FigureKind::Age)
        .map(str::to_string);
    let what = casualty
        .or_else(|| g.about.clone())
        .or_else(|| first.event.as_deref().map(str::to_string));
    match what {
        Some(w) => format!("{} ({w})", seen.join(" vs ")),
        None => seen.join(" vs "),
    }
}

/// The interval a figure's qualifier allows.
pub(crate) fn interval(f: &Figure) -> (f64, f64) {
    let (l, h) = (f.low, f.high);
    match f.qualifier {
        Qualifier::Exact => (l - rounding(l), h + rounding(h)),
        // a tenth either way, or half the last significant digit of a round figure, the
        // wider: "about one million" is 0.5 to 1.5 million, "about 40" 36 to 44 (a round
        // number is read at the granularity of its roundness: Krifka 2009, "Approximate
        // interpretations of number words")
        Qualifier::About => {
            let (dl, dh) = (
                (0.5 * last_digit(l)).max(l.abs() * 0.1),
                (0.5 * last_digit(h)).max(h.abs() * 0.1),
            );
            (l - dl, h + dh)
        }
        Qualifier::MoreThan => (l * (1.0 + 1e-9) + 1e-9, f64::INFINITY),
        Qualifier::AtLeast => (l, f64::INFINITY),
        Qualifier::LessThan => (0.0, h * (1.0 - 1e-9) - 1e-9),
        Qualifier::UpTo => (0.0, h),
        Qualifier::Nearly => (l * 0.85, h * (1.0 - 1e-9) - 1e-9),
    }
}

pub(crate) fn meets(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

pub(crate) fn same_reading(a: &Figure, b: &Figure) -> bool {
    let loose = |q: Qualifier| matches!(q, Qualifier::Exact | Qualifier::About);
    a.low == b.low
        && a.high == b.high
        && (a.qualifier == b.qualifier || (loose(a.qualifier) && loose(b.qualifier)))
}

/// How well `f` fits a group member: 3 same reading, 2 intervals meet, 1 close (within half),
/// 0 unrelated.
pub(crate) fn fit(f: &Figure, g: &Figure) -> u8 {
    if same_reading(f, g) {
        3
    } else if meets(interval(f), interval(g)) {
        2
    } else {
        let (a, b) = (f.high.max(f.low), g.high.max(g.low));
        if a > 0.0 && b > 0.0 && (a / b).max(b / a) <= 1.5 {
            1
        } else {
            0
        }
    }
}

/// How far apart two figures' values lie (log ratio of their upper values).
pub(crate) fn distance(a: &Figure, b: &Figure) -> f64 {
    let (x, y) = (a.high.max(a.low).max(1e-9), b.high.max(b.low).max(1e-9));
    (x / y).ln().abs()
}

/// Words that mark a figure as an earlier report, since revised ("initially reported to be 4").
pub(crate) fn is_revised(time: Option<&str>) -> bool {
    matches!(
        time,
        Some("initially" | "originally" | "earlier" | "previously")
    )
}

/// Whether two reports are placed at different times: one marked as an earlier report, or
/// both dated and the dates differ ("on Sunday", "on Monday"). Such figures may differ and both
/// be true, as a toll rises through a day.
pub(crate) fn at_other_times(a: &Figure, b: &Figure) -> bool {
    is_revised(a.time.as_deref())
        || is_revised(b.time.as_deref())
        || matches!((&a.time, &b.time), (Some(x), Some(y)) if x != y)
}

/// The relation of a group's members (source, figure), compared across sources: one source
/// repeating itself is no agreement, and never a conflict.
pub(crate) fn relation(members: &[(usize, &Figure)]) -> FigureRelation {
    let sources: std::collections::BTreeSet<usize> = members.iter().map(|m| m.0).collect();
    if sources.len() < 2 {
        return FigureRelation::Single;
    }
    let pairs = || {
        members.iter().enumerate().flat_map(move |(i, a)| {
            members[i + 1..]
                .iter()
                // a weekday and the date it names are compared by the grouping, not by value
                .filter(move |b| b.0 != a.0 && b.1.kind == a.1.kind)
                .map(move |b| (a.1, b.1))
        })
    };
    if pairs().all(|(a, b)| same_reading(a, b) || within_rounding(a, b)) {
        return FigureRelation::Agree;
    }
    // a hedge on the same number is no conflict ("51" and "more than 51")
    if pairs().any(|(a, b)| {
        !meets(interval(a), interval(b)) && !within_rounding(a, b) && !at_other_times(a, b)
    }) {
        return FigureRelation::Conflict;
    }
    FigureRelation::Compatible
}
