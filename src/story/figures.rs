//! Figures across sources: the figures that report the same quantity, grouped and classified.
//!
//! What a figure measures comes from [`super::measures`]: the head of what it counts, its
//! casualty event or governing verb, its value in the story's own unit, and the rare words of
//! its sentence. Grouping is in three passes, described at [`group`]: blocks by what is
//! measured, then joins by value, then numbering. How the members of a group relate
//! (`agree`, `compatible`, `conflict`, `single`) and the one-line reason of a conflict are
//! [`super::relation`]'s.

use super::measures::{self, shared, specific_head, Measure};
use super::relation::{distance, fit, is_revised, reason, relation, FigureGroup, FigureRelation};
use crate::analysis::{Article, Figure};
use crate::figures::FigureKind;
use crate::util::FastMap as HashMap;

/// How much two figures' sentences must share, in summed inverse sentence frequency, to tie
/// figures that nothing else ties: about one word found in a single sentence of a 250-sentence
/// story, or two found in ten. Tuned on the tuning half of the story key.
const TIE: f32 = 3.0;

/// A vague figure: a word standing for a span of values ("several", "dozens", "thousands").
/// It may join its own source's precise statement of the quantity; a precise figure never
/// joins a vague one of its own source ("thousands of fighters" stays apart from "1,500 to
/// 2,500 fighters left in Al Qaim").
fn vague(f: &Figure) -> bool {
    f.qualifier == crate::figures::Qualifier::About && f.low != f.high
}

/// The year a figure's `time` places it in ("in 1996" → "1996").
fn year_of(time: &Option<String>) -> Option<&str> {
    time.as_deref()
        .and_then(|t| t.split(' ').nth(1))
        .filter(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether two figures are placed at two occasions: in different years ("in 1996", "in
/// 2016"), or one in a year and the other on a day of the story ("on Saturday", "yesterday"),
/// or one in a year other than the story's own (`present`) and the other undated: news copy
/// reports its present without a date, and dates the past ("a 3-year-old boy fell into a
/// den in 1996").
fn other_year(a: &Figure, b: &Figure, present: Option<&str>) -> bool {
    let day = |f: &Figure| {
        f.time
            .as_deref()
            .is_some_and(|t| t.ends_with("day") || matches!(t, "today" | "yesterday" | "tonight"))
    };
    let past = |y: &str| present.is_some_and(|p| p != y);
    match (year_of(&a.time), year_of(&b.time)) {
        (Some(x), Some(y)) => x != y,
        (Some(x), None) => day(b) || (b.time.is_none() && past(x)),
        (None, Some(y)) => day(a) || (a.time.is_none() && past(y)),
        (None, None) => false,
    }
}

/// The story's own year: the year its sources date most figures in (a date line's year, "on
/// May 28, 2016", "in 2016"), when one year leads.
fn present_year(articles: &[Article]) -> Option<String> {
    let mut count: HashMap<u64, usize> = HashMap::default();
    for f in articles.iter().flat_map(|a| &a.figures) {
        let y = match f.kind {
            FigureKind::Year if f.low == f.high => f.low as u64,
            FigureKind::Date if f.low >= 1e4 => f.low as u64 / 10000,
            _ => continue,
        };
        *count.entry(y).or_default() += 1;
    }
    let mut best: Vec<(usize, u64)> = count.into_iter().map(|(y, n)| (n, y)).collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    match best.as_slice() {
        [(n, y), (m, _), ..] if n > m => Some(y.to_string()),
        [(_, y)] => Some(y.to_string()),
        _ => None,
    }
}

/// A year, a date or an ordinal: a value that names, not one that counts.
fn calendar(f: &Figure) -> bool {
    dating(f)
        || matches!(
            f.kind,
            FigureKind::Year
                | FigureKind::Date
                | FigureKind::Ordinal
                | FigureKind::Weekday
                | FigureKind::Relative
        )
}

/// A span of time that dates something ("two years ago", "a day after the attack"): like a
/// date, it names a moment, and two of one value in a story are most often one moment.
fn dating(f: &Figure) -> bool {
    f.kind == FigureKind::Duration
        && matches!(
            f.time.as_deref(),
            Some("ago" | "after" | "before" | "later")
        )
}

/// Whether one calendar span holds the other ("2012" holds "December 2012", which holds
/// "Dec. 12, 2012"). A date written without its year ("September", "Sept. 24": `mmdd`) is
/// compared by month and day alone: copy leaves out the year it means, most often the
/// story's own.
fn holds(a: &Figure, b: &Figure) -> bool {
    let within =
        |a: (f64, f64), b: (f64, f64)| (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1);
    let dates = a.kind == FigureKind::Date && b.kind == FigureKind::Date;
    if dates && !(unit(a) && unit(b)) {
        // a window ("between Feb. 8 and 25") names no moment that a date in it would share
        return false;
    }
    if dates && (a.high < 1e4 || b.high < 1e4) {
        let md = |f: &Figure| (f.low % 1e4, f.high % 1e4);
        return within(md(a), md(b));
    }
    within((a.low, a.high), (b.low, b.high))
}

/// Whether a date names one calendar unit: a day, a whole month or a whole year (`yyyymmdd`,
/// `mmdd` without the year).
fn unit(f: &Figure) -> bool {
    let (lo, hi) = (f.low % 1e4, f.high % 1e4);
    let same_year = f.high < 1e4 || (f.low / 1e4).floor() == (f.high / 1e4).floor();
    let month =
        (lo / 100.0).floor() == (hi / 100.0).floor() && lo % 100.0 == 1.0 && hi % 100.0 >= 28.0;
    let year = lo == 101.0 && hi == 1231.0;
    same_year && (f.low == f.high || month || year)
}

/// The month of a date within one month ("September", "Sept. 24", "Sept. 24, 2017" → 9).
fn month_of(f: &Figure) -> Option<u32> {
    let m = |v: f64| ((v % 1e4) / 100.0).floor() as u32;
    (f.kind == FigureKind::Date
        && m(f.low) == m(f.high)
        && (f.low / 1e4).floor() == (f.high / 1e4).floor())
    .then(|| m(f.low))
    .filter(|m| (1..=12).contains(m))
}

/// A value too particular to be two quantities' by chance: 100 or more, or written with
/// three significant digits or more ("9 minutes 46 seconds", "8.75").
fn distinctive(v: f64) -> bool {
    if v.abs() >= 100.0 {
        return true;
    }
    let mut x = v.abs();
    let mut digits = 0;
    while x.fract().abs() > 1e-6 && digits < 6 {
        x *= 10.0;
        digits += 1;
    }
    x.round() >= 100.0
}

/// What ties a figure to a group.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tie {
    /// a casualty event, or whose age: evidence enough for any value
    Strong,
    /// the head of what it counts or a verb ("laps", "rate", "fell"): a story holds many
    /// counts of laps and many rates, so a figure whose interval does not meet the group's
    /// joins it (and may make a conflict) only when their sentences share context
    Word,
}

/// The blocks a figure is compared within, and what ties it in each; none when nothing does.
/// A figure with both a counted noun and a verb is compared in both ("more than 50 percent of
/// its value" lost and "fallen by more than 50%" meet by their verbs).
fn blocks_of(f: &Figure, m: &Measure, specific: Option<&str>) -> Vec<(String, Tie)> {
    let ev = m.event.as_deref();
    match f.kind {
        // an age is someone's: "a 4-year-old boy" and "a 3-year-old boy" are one quantity
        FigureKind::Age => vec![match specific {
            Some(h) => (format!("Age|{h}"), Tie::Strong),
            None => (format!("Age|{}|{}", m.low, ev.unwrap_or("")), Tie::Strong),
        }],
        // years, dates and ordinals by value; their events must not differ (below)
        FigureKind::Year
        | FigureKind::Date
        | FigureKind::Ordinal
        | FigureKind::Weekday
        | FigureKind::Relative => {
            let key = format!("{:?}|{}|{}|{}", f.kind, m.unit, f.low, f.high);
            let mut out = vec![(key, Tie::Strong)];
            // a year and the dates of it ("2012", "December 2012", "Dec. 12, 2012") meet
            // when one holds the other (below)
            let year = (f.low / 1e4).floor();
            if matches!(f.kind, FigureKind::Year | FigureKind::Date)
                && year >= 1.0
                && year == (f.high / 1e4).floor()
            {
                out.push((format!("Cal|{year}"), Tie::Strong));
            }
            // "the September election" and "the Sept. 24 vote" meet by their month
            if let Some(mo) = month_of(f) {
                out.push((format!("Month|{mo}"), Tie::Strong));
            }
            out
        }
        // "two years ago" and "two years after the assaults", by value like dates
        FigureKind::Duration if dating(f) && specific.is_none() => {
            vec![(format!("Dating|{}|{}", m.low, m.high), Tie::Strong)]
        }
        // the event, and whose it is when the counted noun says ("eight people killed" and
        // "several militants killed" are two tolls)
        _ if m.casualty => vec![(
            format!(
                "{:?}|{}|@{}|{}",
                f.kind,
                m.unit,
                ev.unwrap_or(""),
                specific.unwrap_or("")
            ),
            Tie::Strong,
        )],
        _ => {
            let mut out = Vec::new();
            if let Some(h) = specific {
                out.push((format!("{:?}|{}|{h}", f.kind, m.unit), Tie::Word));
            }
            if let Some(v) = ev {
                out.push((format!("{:?}|{}|~{v}", f.kind, m.unit), Tie::Word));
            }
            out
        }
    }
}

/// Groups the figures of the articles; returns the groups and, per article, figure → group.
///
/// Three passes. (1) Within its blocks (casualty event, whose age, counted noun, verb; years
/// and dates by value), each figure joins the group it fits best: every member fits, the most
/// fit well, then shared context, then the closest values. Tied by a noun or a verb alone, a
/// figure of another value joins only a group whose sentences share context with its own; a
/// figure never joins a group placed in another year. A source's repeat joins its group, and
/// so do its vaguer statement, its revision ("initially") and its restatement in the same year.
/// (2) Groups of one value (to two significant digits, in the story's unit) join across sources
/// when their sentences share context, or when the value is distinctive, never across
/// different counted things or casualty events. (3) The groups are numbered in order of first
/// appearance.
pub fn group(articles: &[Article]) -> (Vec<FigureGroup>, Vec<Vec<usize>>) {
    let facts = Facts::of(articles);
    let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::default(); // block key -> groups
    for (ai, a) in articles.iter().enumerate() {
        for i in 0..a.figures.len() {
            let keys = blocks_of(
                facts.fig((ai, i)),
                &facts.ms[ai][i],
                facts.heads[ai][i].as_deref(),
            );
            let candidates = candidates(&keys, &blocks);
            let g = match facts.best_group((ai, i), &candidates, &groups) {
                Some(g) => {
                    groups[g].push((ai, i));
                    g
                }
                None => {
                    groups.push(vec![(ai, i)]);
                    groups.len() - 1
                }
            };
            for (k, _) in keys {
                let b = blocks.entry(k).or_default();
                if !b.contains(&g) {
                    b.push(g);
                }
            }
        }
    }
    let fig = |p: (usize, usize)| facts.fig(p);
    let ctx = |x: (usize, usize), y: (usize, usize)| facts.ctx(x, y);
    let sentence = |(a, i): (usize, usize)| facts.ms[a][i].sentence;
    join_by_value(&mut groups, &fig, &ctx, &sentence, &|x, y| {
        facts.same_thing(x, y)
    });
    join_dated_conflicts(&mut groups, &fig, &ctx, &facts.ms);
    join_weekdays_to_dates(&mut groups, &fig, &ctx);
    number(articles, &facts.norm, groups, &facts.abouts)
}

/// The groups of a figure's blocks, each with the strongest tie it is found by.
fn candidates(keys: &[(String, Tie)], blocks: &HashMap<String, Vec<usize>>) -> Vec<(usize, Tie)> {
    let mut out: Vec<(usize, Tie)> = Vec::new();
    for (k, t) in keys {
        for &g in blocks.get(k).map_or(&[][..], Vec::as_slice) {
            match out.iter_mut().find(|c| c.0 == g) {
                Some(c) if *t == Tie::Strong => c.1 = Tie::Strong,
                Some(_) => {}
                None => out.push((g, *t)),
            }
        }
    }
    out
}

/// What the grouping knows of every figure of the story, by (article, figure).
struct Facts {
    ms: Vec<Vec<Measure>>,
    /// Every figure in the units it is compared in ("77 tonnes" and "160,000 lb" in kg).
    norm: Vec<Vec<Figure>>,
    abouts: Vec<Vec<Option<String>>>,
    /// What each figure counts, when that tells one quantity from another.
    heads: Vec<Vec<Option<String>>>,
    present: Option<String>,
}

impl Facts {
    fn of(articles: &[Article]) -> Facts {
        let ms = measures::measures(articles);
        let norm: Vec<Vec<Figure>> = (articles.iter().zip(&ms))
            .map(|(a, m)| {
                (a.figures.iter().zip(m))
                    .map(|(f, m)| Figure {
                        low: m.low,
                        high: m.high,
                        unit: f.unit.map(|_| m.unit),
                        ..f.clone()
                    })
                    .collect()
            })
            .collect();
        let abouts: Vec<Vec<Option<String>>> = articles.iter().map(effective_abouts).collect();
        let heads = (abouts.iter())
            .map(|per| per.iter().map(|a| specific_head(a.as_deref())).collect())
            .collect();
        Facts {
            ms,
            norm,
            abouts,
            heads,
            present: present_year(articles),
        }
    }

    fn fig(&self, (a, i): (usize, usize)) -> &Figure {
        &self.norm[a][i]
    }

    fn ctx(&self, x: (usize, usize), y: (usize, usize)) -> f32 {
        shared(&self.ms[x.0][x.1], &self.ms[y.0][y.1])
    }

    /// Whether figure `(ai, i)` may join a group holding `m`, found by a tie `tie`.
    fn fits_member(&self, (ai, i): (usize, usize), m: (usize, usize), tie: Tie) -> bool {
        let (ms, ctx) = (&self.ms, |x, y| self.ctx(x, y));
        let (f, g) = (self.fig((ai, i)), self.fig(m));
        let (e, x) = (&ms[ai][i].event, &ms[m.0][m.1].event);
        let present = &self.present;
        if other_year(f, g, present.as_deref()) {
            // a group placed in another year is another occasion ("a 3-year-old
            // boy fell into the gorilla den ... in 1996")
            false
        } else if m.0 == ai {
            // a source's repeat, its revision of an earlier report, a vaguer or
            // hedged statement of it elsewhere ("several people have died" in a
            // caption, "seven" in the text; of a toll, in either order: "dozens
            // were injured", then "at least 40 people were injured"), or its
            // restatement in other words
            // ("58 killed, and 527 injured" in a headline, "at least 59 people
            // were killed, and 527 were injured" below, placed in the same year):
            // never two figures of one sentence
            let apart = ms[ai][i].sentence != ms[m.0][m.1].sentence;
            (g.low == f.low && g.high == f.high)
                // "the September election", then "the Sept. 24 vote"
                || (apart
                    && calendar(f)
                    && f.kind != FigureKind::Relative
                    && holds(f, g)
                    && (e.is_none() || x.is_none() || e == x))
                || is_revised(f.time.as_deref())
                || is_revised(g.time.as_deref())
                || (apart
                    && tie == Tie::Strong
                    && (vague(f) || (vague(g) && ms[ai][i].casualty))
                    && fit(f, g) >= 2)
                || (apart
                    && !calendar(f)
                    && year_of(&f.time) == year_of(&g.time)
                    && ctx((ai, i), m) >= TIE)
        } else if calendar(f) {
            // "came in 2015" and "ended in 2015" are two facts of one year
            let same = g.low == f.low && g.high == f.high;
            if f.kind == FigureKind::Relative {
                // "this year" dates many events of a story: the same verb or
                // shared context must say it dates the same one
                same && ((e.is_some() && e == x) || ctx((ai, i), m) >= TIE)
            } else {
                (e.is_none() || x.is_none() || e == x) && (same || holds(f, g))
            }
        } else {
            tie == Tie::Strong || fit(f, g) >= 2 || ctx((ai, i), m) >= TIE
        }
    }

    /// The best fitting group of figure `(ai, i)` among `candidates`: every member fits, the
    /// most members fit well; among equals, one whose sentences share context with this one,
    /// then the closest values.
    fn best_group(
        &self,
        (ai, i): (usize, usize),
        candidates: &[(usize, Tie)],
        groups: &[Vec<(usize, usize)>],
    ) -> Option<usize> {
        let (f, fig, ctx) = (self.fig((ai, i)), |p| self.fig(p), |x, y| self.ctx(x, y));
        let joinable = |ms_: &[(usize, usize)], tie: Tie| {
            ms_.iter().all(|&m| self.fits_member((ai, i), m, tie))
        };
        candidates
            .iter()
            .filter(|&&(g, tie)| joinable(&groups[g], tie))
            .filter_map(|&(g, _)| {
                let ms_ = &groups[g];
                let fits: Vec<u8> = ms_.iter().map(|&m| fit(f, fig(m))).collect();
                if fits.contains(&0) {
                    return None;
                }
                let mean = fits.iter().map(|&x| u32::from(x)).sum::<u32>() * 100
                    / fits.len().max(1) as u32;
                let near = ms_
                    .iter()
                    .take(8)
                    .map(|&m| ctx((ai, i), m))
                    .fold(0.0f32, f32::max);
                let dist = ms_.iter().map(|&m| distance(f, fig(m))).fold(0.0, f64::max);
                Some((mean, near, dist, g))
            })
            .max_by(|a, b| {
                a.0.cmp(&b.0)
                    .then((a.1 >= TIE).cmp(&(b.1 >= TIE)))
                    .then(b.2.total_cmp(&a.2))
                    .then(a.1.total_cmp(&b.1))
                    .then(b.3.cmp(&a.3))
            })
            .map(|(_, _, _, g)| g)
    }

    /// Two figures of one value are still two quantities when they count different things
    /// ("two sides", "two countries") or report different casualty events.
    fn same_thing(&self, x: (usize, usize), y: (usize, usize)) -> bool {
        let (ms, abouts, heads) = (&self.ms, &self.abouts, &self.heads);
        let (mx, my) = (&ms[x.0][x.1], &ms[y.0][y.1]);
        // "two females" and "two female gorillas": one head among the other's words
        let words_of = |p: (usize, usize)| -> Vec<String> {
            abouts[p.0][p.1]
                .as_deref()
                .map(|a| a.split_whitespace().map(measures::word_form).collect())
                .unwrap_or_default()
        };
        let heads_meet = match (&heads[x.0][x.1], &heads[y.0][y.1]) {
            (Some(a), Some(b)) => a == b || words_of(y).contains(a) || words_of(x).contains(b),
            _ => true,
        };
        // a casualty event is a thing of its own: not another casualty event, nor a counted
        // thing named without one ("eight people with serious injuries", "eight fire engines")
        let events_meet = match (mx.casualty, my.casualty) {
            (true, true) => mx.event == my.event,
            (true, false) => heads[y.0][y.1].is_none(),
            (false, true) => heads[x.0][x.1].is_none(),
            (false, false) => true,
        };
        heads_meet && events_meet
    }
}

/// The day of the week of a `yyyymmdd` date, 1–7 with Monday 1 (Sakamoto's method for the
/// Gregorian calendar); none for a date without a year.
fn weekday_of_date(v: f64) -> Option<u32> {
    let d = v as i64;
    let (mut y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    if y < 1583 || !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    if m < 3 {
        y -= 1;
    }
    // 0 is Sunday
    let w = (y + y / 4 - y / 100 + y / 400 + T[m as usize - 1] + day) % 7;
    Some(if w == 0 { 7 } else { w as u32 })
}

/// Pass 2c: a weekday and the date it falls on, one event's day as two outlets write it ("on
/// Wednesday" on the wire, "on November 9, 2016" in print). A group of one weekday joins the
/// group of one day of that weekday whose sentences share the most context with its own, at
/// least the tie for counts. Verbs are not compared: a date's clause names the event's verb
/// ("derailed on Wednesday"), the toll's ("killing seven"), or none, as the sentence goes.
fn join_weekdays_to_dates<'f>(
    groups: &mut [Vec<(usize, usize)>],
    fig: &impl Fn((usize, usize)) -> &'f Figure,
    ctx: &impl Fn((usize, usize), (usize, usize)) -> f32,
) {
    let day_of = |g: &[(usize, usize)], kind: FigureKind| -> Option<f64> {
        let f = fig(*g.first()?);
        let one = g.iter().all(|&m| {
            let x = fig(m);
            x.kind == kind && x.low == f.low && x.high == f.high
        });
        (one && f.low == f.high).then_some(f.low)
    };
    let weekdays: Vec<usize> = (0..groups.len())
        .filter(|&g| day_of(&groups[g], FigureKind::Weekday).is_some())
        .collect();
    let dates: Vec<(usize, u32)> = (0..groups.len())
        .filter_map(|g| {
            let d = day_of(&groups[g], FigureKind::Date)?;
            Some((g, weekday_of_date(d)?))
        })
        .collect();
    for w in weekdays {
        let Some(day) = day_of(&groups[w], FigureKind::Weekday) else {
            continue;
        };
        let best = dates
            .iter()
            .filter(|&&(g, wd)| f64::from(wd) == day && !groups[g].is_empty())
            .map(|&(g, _)| {
                let near = groups[w]
                    .iter()
                    .take(8)
                    .flat_map(|&x| groups[g].iter().take(8).map(move |&y| (x, y)))
                    .map(|(x, y)| ctx(x, y))
                    .fold(0.0f32, f32::max);
                (near, g)
            })
            .filter(|&(near, _)| near >= TIE)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((_, g)) = best {
            let moved = std::mem::take(&mut groups[w]);
            groups[g].extend(moved);
        }
    }
}

/// Pass 2: groups stating one value join across sources when their sentences share context,
/// or, for values of 100 and more, when the value fits every member.
fn join_by_value<'f>(
    groups: &mut [Vec<(usize, usize)>],
    fig: &impl Fn((usize, usize)) -> &'f Figure,
    ctx: &impl Fn((usize, usize), (usize, usize)) -> f32,
    sentence: &impl Fn((usize, usize)) -> usize,
    same_thing: &impl Fn((usize, usize), (usize, usize)) -> bool,
) {
    // values to two significant digits: "40 m" read as 131 ft meets "130ft" and "131ft"
    // values to two significant digits: "40 m" read as 131 ft meets "130ft" and "131ft"
    let sig2 = |v: f64| measures::significant(v, 2);
    let value_key = |f: &Figure| {
        format!(
            "{:?}|{}|{}|{}",
            f.kind,
            f.unit.unwrap_or(""),
            sig2(f.low),
            sig2(f.high)
        )
    };
    let mut by_value: HashMap<String, Vec<usize>> = HashMap::default();
    for g in 0..groups.len() {
        let Some(&first) = groups[g].first() else {
            continue;
        };
        let f = fig(first);
        // small counts ("two", "six") and years are too common to meet by value alone; "nine
        // minutes and 46 seconds" is not
        // nor is a vague amount: "millions" of shekels and "millions" of Palestinians
        let big = !calendar(f) && !vague(f) && distinctive(f.high);
        let key = value_key(f);
        let target = by_value.get(&key).and_then(|ts| {
            ts.iter().copied().find(|&t| {
                let (tm, gm) = (&groups[t], &groups[g]);
                // one value: a source's repeat may join, but not from the same sentence
                let sources_apart = gm.iter().all(|x| {
                    tm.iter()
                        .all(|y| y.0 != x.0 || sentence(*x) != sentence(*y))
                });
                let one_value = gm.iter().all(|&x| {
                    tm.iter()
                        .all(|&y| fig(x).low == fig(y).low && fig(x).high == fig(y).high)
                });
                // every pair's intervals meet (a round value's interval holds what it rounds)
                let fits = gm
                    .iter()
                    .all(|&x| tm.iter().all(|&y| fit(fig(x), fig(y)) >= 2));
                let kin = gm.iter().all(|&x| tm.iter().all(|&y| same_thing(x, y)));
                let tied = (big && one_value)
                    || gm
                        .iter()
                        .take(8)
                        .any(|&x| tm.iter().take(8).any(|&y| ctx(x, y) >= TIE));
                sources_apart && fits && kin && tied
            })
        });
        match target {
            Some(t) => {
                let moved = std::mem::take(&mut groups[g]);
                groups[t].extend(moved);
            }
            None => by_value.entry(key).or_default().push(g),
        }
    }
}

/// How much two sentences must share, in summed inverse sentence frequency, before two
/// different dates of theirs are one event's: four times the tie that lets two counts meet,
/// several rare words, as two outlets' statements of one fact share ("Chamath Palihapitiya
/// ... said in November" / "In December, ... Chamath Palihapitiya said").
const SAME_EVENT: f32 = 4.0 * TIE;

/// Years and months apart that two outlets may disagree on for one event (a year or two, a
/// month or two); further apart, two dates are two events.
const NEAR_YEARS: f64 = 3.0;
const NEAR_MONTHS: f64 = 2.0;

/// Pass 2b: two sources dating one event differently ("transported to the zoo in 2014" /
/// "came to Cincinnati in 2015"; "said in November" / "In December, ... said"). A year or a
/// month joins another source's of another value only when each is the one date of its sentence,
/// their verbs do not differ, the values are near, and the sentences share as much as two
/// statements of one fact do ([`SAME_EVENT`]). Only groups stating one value join, so no two
/// events chain together.
fn join_dated_conflicts<'f>(
    groups: &mut [Vec<(usize, usize)>],
    fig: &impl Fn((usize, usize)) -> &'f Figure,
    ctx: &impl Fn((usize, usize), (usize, usize)) -> f32,
    ms: &[Vec<Measure>],
) {
    let dated = |f: &Figure| match f.kind {
        FigureKind::Year => f.low == f.high,
        // a month (of a year, or of none: "in November"); two days a day or two apart are
        // as often two events of a story as one event dated twice
        FigureKind::Date => {
            (f.low / 1e4).floor() == (f.high / 1e4).floor() && f.high - f.low >= 27.0
        }
        _ => false,
    };
    // the one date of its sentence, in a group stating one value
    let mut group_of = HashMap::default();
    for (g, ms_) in groups.iter().enumerate() {
        for &m in ms_ {
            group_of.insert(m, g);
        }
    }
    let one_value = |g: usize| {
        let f = fig(groups[g][0]);
        groups[g]
            .iter()
            .all(|&m| fig(m).low == f.low && fig(m).high == f.high)
    };
    let mut cands: Vec<(usize, usize)> = Vec::new();
    for (ai, per) in ms.iter().enumerate() {
        // calendar figures per sentence
        let mut dates: HashMap<usize, usize> = HashMap::default();
        for (i, m) in per.iter().enumerate() {
            if calendar(fig((ai, i))) {
                *dates.entry(m.sentence).or_default() += 1;
            }
        }
        for (i, m) in per.iter().enumerate() {
            let x = (ai, i);
            if dates.get(&m.sentence) == Some(&1) && dated(fig(x)) && one_value(group_of[&x]) {
                cands.push(x);
            }
        }
    }
    // by kind and value, so that only near values are compared
    cands.sort_by(|&x, &y| {
        (fig(x).kind as u8, fig(x).low)
            .partial_cmp(&(fig(y).kind as u8, fig(y).low))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let months = |v: f64| (v / 1e4).floor() * 12.0 + ((v / 100.0).floor() % 100.0);
    let mut joined = crate::util::FastSet::default();
    for (n, &x) in cands.iter().enumerate() {
        for &y in &cands[n + 1..] {
            let (f, g) = (fig(x), fig(y));
            if f.kind != g.kind {
                break;
            }
            let near = match f.kind {
                FigureKind::Year => g.low - f.low <= NEAR_YEARS,
                _ => months(g.low) - months(f.low) <= NEAR_MONTHS,
            };
            if !near {
                break;
            }
            let (e, v) = (&ms[x.0][x.1].event, &ms[y.0][y.1].event);
            let (gx, gy) = (group_of[&x], group_of[&y]);
            // a group joins once: two dates, never a chain of three
            if x.0 == y.0
                || gx == gy
                || f.low == g.low
                || holds(f, g)
                || joined.contains(&gx)
                || joined.contains(&gy)
            {
                continue;
            }
            // every statement of the one date shares that much with every one of the other
            let close = groups[gx]
                .iter()
                .take(8)
                .all(|&p| groups[gy].iter().take(8).all(|&q| ctx(p, q) >= SAME_EVENT));
            if (e.is_some() && v.is_some() && e != v) || !close {
                continue;
            }
            let moved = std::mem::take(&mut groups[gy]);
            for &m in &moved {
                group_of.insert(m, gx);
            }
            groups[gx].extend(moved);
            joined.extend([gx, gy]);
        }
    }
}

/// What each figure of an article counts, inherited within a sentence when elided ("1,500 to
/// 2,500 fighters left in Al Qaim and 2,000 to 3,000 in Abu Kamal").
fn effective_abouts(a: &Article) -> Vec<Option<String>> {
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
    eff
}

/// Pass 3: the non-empty groups numbered in order of first appearance, with their relations.
fn number(
    articles: &[Article],
    norm: &[Vec<Figure>],
    mut groups: Vec<Vec<(usize, usize)>>,
    abouts: &[Vec<Option<String>>],
) -> (Vec<FigureGroup>, Vec<Vec<usize>>) {
    let mut group_of: Vec<Vec<usize>> = articles
        .iter()
        .map(|a| vec![usize::MAX; a.figures.len()])
        .collect();
    groups.retain(|g| !g.is_empty());
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g[0]);
    let mut out = Vec::with_capacity(groups.len());
    for (n, members) in groups.into_iter().enumerate() {
        for &(a, i) in &members {
            group_of[a][i] = n;
        }
        let by_source: Vec<(usize, &Figure)> =
            members.iter().map(|&(a, i)| (a, &norm[a][i])).collect();
        // what the group counts: the most frequent description among its members
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for &(a, i) in &members {
            if let Some(s) = abouts[a][i].as_deref() {
                *counts.entry(s).or_default() += 1;
            }
        }
        let about = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.to_string());
        let first = &articles[members[0].0].figures[members[0].1];
        let mut g = FigureGroup {
            key: format!("g{}", n + 1),
            kind: first.kind,
            about,
            unit: members
                .iter()
                .find_map(|&(a, i)| articles[a].figures[i].unit),
            relation: relation(&by_source),
            reason: None,
            members,
        };
        if g.relation == FigureRelation::Conflict {
            g.reason = Some(reason(articles, &g));
        }
        out.push(g);
    }
    (out, group_of)
}

/// Per article, the figures only it reports: alone in their group, and no other source states
/// the same value of the same kind and unit about a thing that could be the same (a figure
/// this diff could not tie to its quantity elsewhere is still not news only one outlet has;
/// "100 excavators" is, beside another outlet's "100 dump trucks").
pub fn exclusive(
    articles: &[Article],
    groups: &[FigureGroup],
    group_of: &[Vec<usize>],
) -> Vec<Vec<usize>> {
    let key = |f: &Figure| format!("{:?}|{}|{}|{}", f.kind, f.unit.unwrap_or(""), f.low, f.high);
    let head = |f: &Figure| specific_head(f.about.as_deref());
    // value → (source, what it counts) of every figure stating it
    let mut stated: HashMap<String, Vec<(usize, Option<String>)>> = HashMap::default();
    for (ai, a) in articles.iter().enumerate() {
        for f in &a.figures {
            stated.entry(key(f)).or_default().push((ai, head(f)));
        }
    }
    let echoed = |ai: usize, f: &Figure| {
        let h = head(f);
        stated.get(&key(f)).is_some_and(|xs| {
            xs.iter().any(|(b, g)| {
                *b != ai
                    && match (&h, g) {
                        (Some(x), Some(y)) => x == y,
                        _ => true,
                    }
            })
        })
    };
    group_of
        .iter()
        .enumerate()
        .map(|(ai, per)| {
            per.iter()
                .enumerate()
                .filter(|&(i, &g)| {
                    articles.len() > 1
                        && groups[g].members.iter().all(|m| m.0 == ai)
                        && !echoed(ai, &articles[ai].figures[i])
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
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

    #[rustfmt::skip]
    #[test]
    fn relations() {
        use FigureRelation::*;
        // one line per case: two sources, the relation of the group holding both figures
        let cases: &[(&str, &str, FigureRelation)] = &[
            ("Qaim is about 320 kilometres west of Baghdad.", "The town is about 320km west of Baghdad.", Agree),
            ("He said 2,000 to 3,000 fighters remain.", "Up to 3000 fighters remain.", Compatible),
            ("It lost more than 96 per cent of the territory.", "It lost nearly 96 percent of its territory.", Conflict),
            ("There were 1,500 to 2,500 fighters left.", "There were 1500 to 2500 Isis fighters left.", Agree),
            ("Some 6,000 people fled.", "Some 9,000 people fled.", Conflict),
            // rounding: a round figure agrees with the precise one it rounds
            ("The plane carried 140,000 pounds of cargo.", "It carried 140,660 pounds of cargo.", Agree),
            ("The firm employs 40 workers.", "The firm employs nearly 40 workers.", Agree),
            ("The city has 340,000 inhabitants.", "The city has 350,000 inhabitants.", Conflict),
            ("At least 27 people were injured.", "At least 25 people were injured.", Compatible),
            ("Exactly 27 people were injured.", "Exactly 25 people were injured.", Conflict),
            // "about" a round figure spans its last significant digit
            ("About one million migrants arrived.", "More than 1.1 million migrants arrived.", Compatible),
            ("About 1,200 women were assaulted.", "More than 1,500 women were assaulted.", Conflict),
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
    fn another_year_is_another_occasion() {
        let gs = groups(&[
            "A 4-year-old boy fell into the gorilla enclosure on Saturday.",
            "A 3-year-old boy fell into the gorilla enclosure on Saturday. The zoo recalled that in 1996 a 3-year-old boy fell into a den at Brookfield Zoo.",
        ]);
        let find = |t: &str| gs.iter().filter(|g| g.1.iter().any(|x| x == t)).count();
        let conflict = gs
            .iter()
            .find(|g| g.0 == FigureRelation::Conflict)
            .unwrap_or_else(|| panic!("{gs:?}"));
        // the two reports of this Saturday's boy disagree; the boy of 1996 is apart
        assert_eq!(conflict.1, vec!["4-year-old", "3-year-old"], "{gs:?}");
        assert_eq!(find("3-year-old"), 2, "{gs:?}");
    }

    #[test]
    fn a_past_year_is_another_occasion_than_the_story_s_own() {
        // the story dates itself in 2016; the undated boy is this story's, the boy "in 1996"
        // another's
        let gs = groups(&[
            "On May 28, 2016, a 4-year-old boy fell into the gorilla enclosure.",
            "A 3-year-old boy fell into the enclosure, the zoo said on May 29, 2016. A 3-year-old boy fell into a den at Brookfield Zoo in 1996.",
        ]);
        let conflict = gs
            .iter()
            .find(|g| g.0 == FigureRelation::Conflict)
            .unwrap_or_else(|| panic!("{gs:?}"));
        assert_eq!(conflict.1, vec!["4-year-old", "3-year-old"], "{gs:?}");
    }

    #[test]
    fn two_dates_of_one_statement_conflict() {
        let gs = groups(&[
            "Chamath Palihapitiya, an early employee at Facebook, said in November that the tools he helped build are ripping apart the social fabric.",
            "In December, former Facebook executive Chamath Palihapitiya said the tools he helped build are ripping apart the social fabric.",
        ]);
        let conflict = gs.iter().find(|g| g.0 == FigureRelation::Conflict);
        assert_eq!(
            conflict.map(|g| g.1.clone()),
            Some(vec!["November".to_string(), "December".to_string()]),
            "{gs:?}"
        );
        // two statements of two events, each dated once, stay apart
        let gs = groups(&[
            "Sean Parker criticised the network in November.",
            "In December, Chamath Palihapitiya said he felt guilty.",
        ]);
        assert!(gs.iter().all(|g| g.0 != FigureRelation::Conflict), "{gs:?}");
    }

    #[rustfmt::skip]
    #[test]
    fn a_month_holds_its_days_without_a_year() {
        // one line per case: two sources, whether the two dates are one group
        let cases: &[(&str, &str, bool)] = &[
            ("The AfD entered parliament in the September election.", "The AfD entered parliament in the Sept. 24 vote.", true),
            // a date without its year may be another year's ("New Year's Eve" of 2015 in a
            // story of 2017): it meets only dates without one
            ("The AfD entered parliament in the September election.", "The AfD entered parliament in the Sept. 24, 2017 vote.", false),
            ("It would launch between Feb. 8 and 25.", "Kim Jong Il's birthday is Feb. 16.", false),
            ("The vote was on Sept. 24.", "The vote was on Sept. 25.", false),
        ];
        for &(a, b, one) in cases {
            let gs = groups(&[a, b]);
            let together = gs.iter().any(|g| g.1.len() == 2);
            assert_eq!(together, one, "{a} | {b}: {gs:?}");
        }
        // one source's two days of one month are two days, not a restatement
        let gs = groups(&["Launch between Feb. 7 and Feb. 14 was announced. The country marks Feb. 16 as a holiday."]);
        assert!(gs.iter().all(|g| g.1.len() == 1), "{gs:?}");
    }

    #[test]
    fn weekdays_of_dates() {
        // one line per case: yyyymmdd, its weekday (Monday 1)
        for (d, w) in [
            (20161109.0, Some(3)),
            (20160528.0, Some(6)),
            (20171001.0, Some(7)),
            (1109.0, None),
        ] {
            assert_eq!(super::weekday_of_date(d), w, "{d}");
        }
    }

    #[test]
    fn a_weekday_joins_the_date_it_falls_on() {
        let gs = groups(&[
            "Seven people died when the tram derailed near Sandilands on Wednesday morning.",
            "The tram derailed near Sandilands on November 9, 2016, killing seven people.",
        ]);
        let day = gs.iter().find(|g| g.1.contains(&"Wednesday".to_string()));
        assert_eq!(
            day.map(|g| (g.0, g.1.clone())),
            Some((
                FigureRelation::Agree,
                vec!["Wednesday".to_string(), "November 9, 2016".to_string()]
            )),
            "{gs:?}"
        );
        // a Thursday is not that date
        let gs = groups(&[
            "The tram derailed near Sandilands on Thursday morning.",
            "The tram derailed near Sandilands on November 9, 2016.",
        ]);
        assert!(gs.iter().all(|g| g.1.len() == 1), "{gs:?}");
    }

    #[rustfmt::skip]
    #[test]
    fn a_conflict_says_what_it_measures() {
        // one line per case: two sources, the conflict's reason
        let cases: &[(&str, &str, &str)] = &[
            ("Exactly 27 people were injured.", "Exactly 25 people were injured.", "27 people vs 25 people (injured)"),
            ("It lost more than 96 per cent of the territory.", "It lost nearly 96 percent of its territory.", "more than 96 per cent vs nearly 96 percent (territory)"),
        ];
        for (a, b, want) in cases {
            let arts = super::super::test_articles(&[a, b]);
            let (gs, _) = group(&arts);
            let reasons: Vec<&str> = gs.iter().filter_map(|g| g.reason.as_deref()).collect();
            assert_eq!(reasons, vec![*want], "{a} / {b}");
        }
    }

    #[rustfmt::skip]
    #[test]
    fn only_here_leaves_out_what_another_source_states() {
        // one line per case: two sources, the figure of the first, whether only it reports it
        let cases: &[(&str, &str, &str, bool)] = &[
            ("Rescuers brought 100 excavators.", "Some 100 dump trucks carried soil.", "100 excavators", true),
            ("Rescuers brought 100 excavators.", "The site had 100 excavators.", "100 excavators", false),
            ("The well is 40 metres deep.", "They dug a shaft.", "40 metres deep", true),
        ];
        for (a, b, text, want) in cases {
            let arts = super::super::test_articles(&[a, b]);
            let (gs, of) = group(&arts);
            let only = exclusive(&arts, &gs, &of);
            let i = arts[0]
                .figures
                .iter()
                .position(|f| &arts[0].text[f.span.start..f.span.end] == *text)
                .unwrap_or_else(|| panic!("{a}: {:?}", arts[0].figures));
            assert_eq!(only[0].contains(&i), *want, "{a} / {b}");
        }
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
