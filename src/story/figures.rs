//! Figures across sources: the figures that report the same quantity, grouped and classified.
//!
//! Blocking, by what a figure measures: its kind and unit, and the event its clause reports
//! ("killed", "injured": `figures::event`) with whose it is when the counted noun says so, or
//! else the head of what it counts ("fighters", "territory"; a figure with nothing counted after
//! it takes what the figure before it in the same sentence counts: "1,500 to 2,500 fighters left
//! in Al Qaim and 2,000 to 3,000 in Abu Kamal"). A figure with neither, or with only a word as
//! general as "people", stands alone: a bare "40" is no evidence of what it counts. Ages are
//! blocked by whose age they are; years, dates and ordinals by value and event. Inside a block,
//! each figure joins the group it fits best; a source's repeat of a figure joins the group that
//! holds it, a different value from the same source stays apart. A figure still alone then
//! joins a group of another source with the same kind, unit and value when it fits every member.
//!
//! Relation, compared across sources only, reading each figure as the interval its qualifier
//! allows (AP style: "more than 96" excludes 96, "nearly 96" stays below it, "about" is within a
//! tenth, "up to" includes 0) and a round figure as standing for a small interval ([`rounding`]):
//! `agree` (same value, or within rounding: "140,000" and "140,660 pounds"), `compatible` (all
//! intervals meet: "2,000 to 3,000" and "up to 3000"), `conflict` (some do not: "more than 96
//! per cent" and "nearly 96 percent"), `single` (one source).

use crate::analysis::{Article, Figure};
use crate::figures::{FigureKind, Qualifier};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

/// The head word of what a figure counts, singular ("fighters left" -> "fighter").
fn head(about: &str) -> String {
    let w = about
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .find(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && !matches!(*w, "of" | "and" | "the")
        })
        .or_else(|| about.split_whitespace().last())
        .unwrap_or("")
        .to_lowercase();
    match w.strip_suffix('s') {
        Some(s) if s.len() >= 3 && !s.ends_with('s') => s.to_string(),
        _ => w,
    }
}

/// How far a value written round may lie from the value meant: half its last significant
/// digit, at most 1 % ("140,000" stands for 138,600 to 141,400; "40" for 39.6 to 40.4; "27"
/// for 27 alone). The cap keeps "340,000" and "350,000" apart, and "80" from "77" and "84".
fn rounding(v: f64) -> f64 {
    if v.fract() != 0.0 || v.abs() < 10.0 {
        return 0.0;
    }
    let mut z = 0;
    let mut x = v.abs() as u64;
    while x > 0 && x % 10 == 0 {
        z += 1;
        x /= 10;
    }
    if z == 0 {
        return 0.0;
    }
    (0.5 * 10f64.powi(z)).min(0.01 * v.abs())
}

/// Whether two figures state one value within rounding, their qualifiers not bounding it from
/// opposite sides ("40 years" and "nearly 40 years", "140,000 pounds" and "140,660 pounds";
/// not "more than 96" and "nearly 96").
fn within_rounding(a: &Figure, b: &Figure) -> bool {
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
fn reason(articles: &[Article], g: &FigureGroup) -> String {
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
    let what = first.event.as_deref().map(str::to_string).or_else(|| g.about.clone());
    match what {
        Some(w) => format!("{} ({w})", seen.join(" vs ")),
        None => seen.join(" vs "),
    }
}

/// Counted nouns too general to tell one quantity from another without an event ("five
/// people" trapped, "seven people" dead).
fn is_generic(head: &str) -> bool {
    matches!(
        head,
        "people"
            | "person"
            | "persons"
            | "other"
            | "others"
            | "men"
            | "man"
            | "women"
            | "woman"
            | "time"
            | "case"
            | "thing"
            | "way"
            | "one"
            | "member"
            | "year"
            | "day"
    )
}

/// The interval a figure's qualifier allows.
fn interval(f: &Figure) -> (f64, f64) {
    let (l, h) = (f.low, f.high);
    match f.qualifier {
        Qualifier::Exact => (l - rounding(l), h + rounding(h)),
        Qualifier::About => (l * 0.9, h * 1.1),
        Qualifier::MoreThan => (l * (1.0 + 1e-9) + 1e-9, f64::INFINITY),
        Qualifier::AtLeast => (l, f64::INFINITY),
        Qualifier::LessThan => (0.0, h * (1.0 - 1e-9) - 1e-9),
        Qualifier::UpTo => (0.0, h),
        Qualifier::Nearly => (l * 0.85, h * (1.0 - 1e-9) - 1e-9),
    }
}

fn meets(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn same_reading(a: &Figure, b: &Figure) -> bool {
    let loose = |q: Qualifier| matches!(q, Qualifier::Exact | Qualifier::About);
    a.low == b.low
        && a.high == b.high
        && (a.qualifier == b.qualifier || (loose(a.qualifier) && loose(b.qualifier)))
}

/// How well `f` fits a group member: 3 same reading, 2 intervals meet, 1 close (within half),
/// 0 unrelated.
fn fit(f: &Figure, g: &Figure) -> u8 {
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
fn distance(a: &Figure, b: &Figure) -> f64 {
    let (x, y) = (a.high.max(a.low).max(1e-9), b.high.max(b.low).max(1e-9));
    (x / y).ln().abs()
}

/// The relation of a group's members (source, figure), compared across sources: one source
/// repeating itself is no agreement, and never a conflict.
fn relation(members: &[(usize, &Figure)]) -> FigureRelation {
    let sources: std::collections::BTreeSet<usize> = members.iter().map(|m| m.0).collect();
    if sources.len() < 2 {
        return FigureRelation::Single;
    }
    let pairs = || {
        members.iter().enumerate().flat_map(move |(i, a)| {
            members[i + 1..]
                .iter()
                .filter(move |b| b.0 != a.0)
                .map(move |b| (a.1, b.1))
        })
    };
    if pairs().all(|(a, b)| same_reading(a, b) || within_rounding(a, b)) {
        return FigureRelation::Agree;
    }
    if pairs().any(|(a, b)| !meets(interval(a), interval(b))) {
        return FigureRelation::Conflict;
    }
    FigureRelation::Compatible
}

/// Groups the figures of the articles; returns the groups and, per article, figure → group.
pub fn group(articles: &[Article]) -> (Vec<FigureGroup>, Vec<Vec<usize>>) {
    struct G {
        members: Vec<(usize, usize)>,
    }
    let fig = |(a, i): (usize, usize)| &articles[a].figures[i];
    let mut groups: Vec<G> = Vec::new();
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new(); // block key -> groups
    let mut group_of: Vec<Vec<usize>> = articles
        .iter()
        .map(|a| vec![usize::MAX; a.figures.len()])
        .collect();
    let mut abouts: Vec<Vec<Option<String>>> = Vec::with_capacity(articles.len());
    for (ai, a) in articles.iter().enumerate() {
        // what each figure counts, inherited within a sentence when elided
        let mut eff: Vec<Option<String>> = Vec::with_capacity(a.figures.len());
        for (i, f) in a.figures.iter().enumerate() {
            let inherited = (f.about.is_none() && i > 0)
                .then(|| {
                    let p = &a.figures[i - 1];
                    let same_sentence = a
                        .sentences
                        .iter()
                        .any(|s| s.start <= p.span.start && f.span.end <= s.end);
                    (same_sentence && p.kind == f.kind)
                        .then(|| eff[i - 1].clone())
                        .flatten()
                })
                .flatten();
            eff.push(f.about.clone().or(inherited));
        }
        for (i, f) in a.figures.iter().enumerate() {
            // one quantity: the same kind and unit, and the same event ("killed") or, failing
            // that, the same counted thing; a figure with neither stands alone (a bare "40" is
            // no evidence of what it counts), and so do years, dates, ordinals and ages unless
            // their values and events match
            let block = match (f.kind, f.event.as_deref(), eff[i].as_deref().map(head)) {
                // an age is the age of someone: "a 4-year-old boy" and "a 3-year-old boy" are one
                // quantity in two readings
                (FigureKind::Age, _, Some(h)) if !h.is_empty() => {
                    Some(format!("{:?}|{}|{h}", f.kind, f.unit.unwrap_or("")))
                }
                (
                    FigureKind::Year | FigureKind::Date | FigureKind::Ordinal | FigureKind::Age,
                    e,
                    _,
                ) => Some(format!("{:?}|{}|{}", f.kind, f.low, e.unwrap_or(""))),
                // the event, and the counted thing when it says whose ("eight people killed" and
                // "several militants killed" are two tolls)
                (_, Some(e), h) => {
                    let who = h.filter(|h| !is_generic(h)).unwrap_or_default();
                    Some(format!("{:?}|{}|@{e}|{who}", f.kind, f.unit.unwrap_or("")))
                }
                (_, None, Some(h)) if !h.is_empty() && !is_generic(&h) => {
                    Some(format!("{:?}|{}|{h}", f.kind, f.unit.unwrap_or("")))
                }
                _ => None,
            };
            let Some(block) = block else {
                groups.push(G {
                    members: vec![(ai, i)],
                });
                group_of[ai][i] = groups.len() - 1;
                continue;
            };
            let candidates = blocks.entry(block).or_default();
            // the best fitting group; among equals, the one whose values lie closest
            let best = candidates
                .iter()
                // a source may repeat a figure: the repeat joins its group; a different value
                // from the same source is another quantity or a revision, kept apart
                .filter(|&&g| {
                    groups[g]
                        .members
                        .iter()
                        .filter(|m| m.0 == ai)
                        .all(|&m| same_reading(f, fig(m)))
                })
                .map(|&g| {
                    let ms = &groups[g].members;
                    let score = ms.iter().map(|&m| fit(f, fig(m))).min().unwrap_or(0);
                    let dist = ms.iter().map(|&m| distance(f, fig(m))).fold(0.0, f64::max);
                    (score, dist, g)
                })
                .filter(|(score, _, _)| *score > 0)
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(b.2.cmp(&a.2)));
            let g = match best {
                Some((_, _, g)) => g,
                None => {
                    groups.push(G {
                        members: Vec::new(),
                    });
                    candidates.push(groups.len() - 1);
                    groups.len() - 1
                }
            };
            groups[g].members.push((ai, i));
            group_of[ai][i] = g;
        }
        abouts.push(eff);
    }
    // Figures left alone join a group with the same value from other sources.
    let value_key =
        |f: &Figure| format!("{:?}|{}|{}|{}", f.kind, f.unit.unwrap_or(""), f.low, f.high);
    let mut by_value: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, grp) in groups.iter().enumerate() {
        if grp.members.len() > 1 {
            by_value
                .entry(value_key(fig(grp.members[0])))
                .or_default()
                .push(g);
        }
    }
    for g in 0..groups.len() {
        if groups[g].members.len() != 1 {
            continue;
        }
        let m = groups[g].members[0];
        let f = fig(m);
        // small counts ("two", "six") are too common to be the same figure by value alone
        if matches!(
            f.kind,
            FigureKind::Year
                | FigureKind::Date
                | FigureKind::Ordinal
                | FigureKind::Age
                | FigureKind::Duration
        ) || (f.kind == FigureKind::Count && f.high < 100.0)
        {
            continue;
        }
        let key = value_key(f);
        // joined by value alone, a figure must fit every member: it never makes a conflict
        let target = by_value.get(&key).and_then(|gs| {
            gs.iter().copied().find(|&t| {
                t != g
                    && !groups[t].members.iter().any(|x| x.0 == m.0)
                    && groups[t].members.iter().all(|&x| fit(f, fig(x)) >= 2)
            })
        });
        match target {
            Some(t) => {
                groups[t].members.push(m);
                groups[g].members.clear();
                group_of[m.0][m.1] = t;
            }
            None => {
                by_value.entry(key).or_default().push(g);
            }
        }
    }
    // Number the non-empty groups in order of first appearance.
    let mut order: Vec<usize> = (0..groups.len())
        .filter(|&g| !groups[g].members.is_empty())
        .collect();
    for g in &order {
        groups[*g].members.sort_unstable();
    }
    order.sort_by_key(|&g| groups[g].members[0]);
    let mut renumber = vec![usize::MAX; groups.len()];
    let mut out = Vec::with_capacity(order.len());
    for (n, &g) in order.iter().enumerate() {
        renumber[g] = n;
        let members = groups[g].members.clone();
        let figs: Vec<&Figure> = members.iter().map(|&m| fig(m)).collect();
        let by_source: Vec<(usize, &Figure)> = members.iter().map(|&m| (m.0, fig(m))).collect();
        // what the group counts: the most frequent description among its members
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &(a, i) in &members {
            if let Some(s) = abouts[a][i].as_deref() {
                *counts.entry(s).or_default() += 1;
            }
        }
        let about = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.to_string());
        out.push(FigureGroup {
            key: format!("g{}", n + 1),
            kind: figs[0].kind,
            about,
            unit: figs.iter().find_map(|f| f.unit),
            relation: relation(&by_source),
            reason: None,
            members,
        });
    }
    for per in &mut group_of {
        for g in per.iter_mut() {
            *g = renumber[*g];
        }
    }
    for g in out
        .iter_mut()
        .filter(|g| g.relation == FigureRelation::Conflict)
    {
        g.reason = Some(reason(articles, g));
    }
    (out, group_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Pipeline;

    /// Groups the figures of the texts; returns (relation, member texts) per group.
    fn groups(texts: &[&str]) -> Vec<(FigureRelation, Vec<String>)> {
        let arts = super::super::test_articles(texts);
        let (gs, _) = group(&arts);
        gs.iter()
            .map(|g| {
                let texts = g
                    .members
                    .iter()
                    .map(|&(a, i)| {
                        let f = &arts[a].figures[i];
                        arts[a].text[f.span.start..f.span.end].to_string()
                    })
                    .collect();
                (g.relation, texts)
            })
            .collect()
    }

    #[test]
    fn relations() {
        use FigureRelation::*;
        // one line per case: two sources, the relation of the group holding both figures
        let cases: &[(&str, &str, FigureRelation)] = &[
            (
                "Qaim is about 320 kilometres west of Baghdad.",
                "The town is about 320km west of Baghdad.",
                Agree,
            ),
            (
                "He said 2,000 to 3,000 fighters remain.",
                "Up to 3000 fighters remain.",
                Compatible,
            ),
            (
                "It lost more than 96 per cent of the territory.",
                "It lost nearly 96 percent of its territory.",
                Conflict,
            ),
            (
                "There were 1,500 to 2,500 fighters left.",
                "There were 1500 to 2500 Isis fighters left.",
                Agree,
            ),
            (
                "Some 6,000 people fled.",
                "Some 9,000 people fled.",
                Conflict,
            ),
            // rounding: a round figure agrees with the precise one it rounds
            (
                "The plane carried 140,000 pounds of cargo.",
                "It carried 140,660 pounds of cargo.",
                Agree,
            ),
            (
                "The firm employs 40 workers.",
                "The firm employs nearly 40 workers.",
                Agree,
            ),
            (
                "The city has 340,000 inhabitants.",
                "The city has 350,000 inhabitants.",
                Conflict,
            ),
            (
                "At least 27 people were injured.",
                "At least 25 people were injured.",
                Compatible,
            ),
            (
                "Exactly 27 people were injured.",
                "Exactly 25 people were injured.",
                Conflict,
            ),
        ];
        for (a, b, want) in cases {
            let gs = groups(&[a, b]);
            let both: Vec<&(FigureRelation, Vec<String>)> =
                gs.iter().filter(|g| g.1.len() == 2).collect();
            assert_eq!(both.len(), 1, "{a} / {b}: {gs:?}");
            assert_eq!(both[0].0, *want, "{a} / {b}: {gs:?}");
        }
    }

    #[test]
    fn elided_counts_inherit_and_pair_by_value() {
        let gs = groups(&[
            "He estimated there were 1,500 to 2,500 fighters left in Al Qaim and 2,000 to 3,000 in Abu Kamal.",
            "The coalition thought there were only 1500 to 2500 Isis fighters left, and up to 3000 on the Syrian side.",
        ]);
        let find = |t: &str| gs.iter().find(|g| g.1.iter().any(|x| x == t)).unwrap();
        assert_eq!(
            find("1,500 to 2,500 fighters").0,
            FigureRelation::Agree,
            "{gs:?}"
        );
        let g = find("2,000 to 3,000");
        assert_eq!(g.0, FigureRelation::Compatible, "{gs:?}");
        assert!(g.1.contains(&"up to 3000".to_string()), "{gs:?}");
    }

    #[test]
    fn every_figure_in_exactly_one_group() {
        let p = Pipeline::default();
        let arts: Vec<Article> = ["Six jets, 2014, 40 km.", "Six jets and 9 ships in 2014."]
            .iter()
            .enumerate()
            .map(|(i, t)| p.analyze(&i.to_string(), t).unwrap())
            .collect();
        let (gs, of) = group(&arts);
        let n: usize = gs.iter().map(|g| g.members.len()).sum();
        assert_eq!(n, arts.iter().map(|a| a.figures.len()).sum::<usize>());
        for (a, per) in of.iter().enumerate() {
            for (i, &g) in per.iter().enumerate() {
                assert!(gs[g].members.contains(&(a, i)));
            }
        }
        assert!(gs.iter().any(|g| g.relation == FigureRelation::Single));
    }
}
