//! Figures: numbers as a fact-checker compares them — value or range, unit, qualifier, kind,
//! and what is counted.
//!
//! [`FigureExtractor`] is the interface; [`RuleFigures`] the first implementation. It reads
//! digits (with thousands separators, decimals and scale words: "6.6 million", "£3bn"), number
//! words ("six", "twenty-one", "two thousand five hundred", "a third", "thousands of"), ranges
//! ("1,500 to 2,500", "between X and Y"), AP-style qualifiers ("more than", "nearly", "up to"),
//! percentages, lengths and areas, money, ages ("Sayfullo Saipov, 29,"), ordinals, years and
//! dates, and it refuses what only looks like a number: model names ("Tu-22M"), clock times
//! ("1:13"), phone numbers.

pub mod spoken;

use crate::text::{Span, Text, TokenKind};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Percent,
    Measure,
    Money,
    Age,
    Ordinal,
    Year,
    Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    LessThan,
    UpTo,
    AtLeast,
    Nearly,
}

impl FigureKind {
    /// The schema name ("count", "percent", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Measure => "measure",
            FigureKind::Money => "money",
            FigureKind::Age => "age",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Year => "year",
            FigureKind::Date => "date",
        }
    }
}

impl Qualifier {
    /// The schema name ("exact", "more_than", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::AtLeast => "at_least",
            Qualifier::Nearly => "nearly",
        }
    }
}

/// One figure, as a span of the normalised text.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureMention {
    pub span: Span,
    pub kind: FigureKind,
    pub low: f64,
    pub high: f64,
    /// Normalised unit: "%", "km", "km2", "mi", "mi2", "m", "kg", "t", "USD", "GBP", "EUR", "years".
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    /// What is counted or measured ("fighters", "cruise missiles", "west of Baghdad").
    pub about: Option<String>,
}

pub trait FigureExtractor {
    /// Figures sorted by start, non-overlapping, each inside the text.
    fn extract(&self, text: &Text) -> Vec<FigureMention>;
}

#[derive(Default, Clone, Copy, Debug)]
pub struct RuleFigures;

impl FigureExtractor for RuleFigures {
    fn extract(&self, text: &Text) -> Vec<FigureMention> {
        let mut out = Vec::new();
        for sent in &text.sentences {
            let toks: Vec<usize> = sent.tokens.clone().collect();
            let mut k = 0;
            while k < toks.len() {
                match figure_at(text, &toks, k) {
                    Some((fig, next)) => {
                        out.push(fig);
                        k = next.max(k + 1);
                    }
                    None => k += 1,
                }
            }
        }
        out
    }
}

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: &[&str] = &[
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(w: &str) -> Option<u32> {
    let l = w.trim_end_matches('.').to_ascii_lowercase();
    if l.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == l || (m.starts_with(&l) && l != "mar" && l != "may"))
        .map(|p| p as u32 + 1)
}

fn scale_of(w: &str) -> Option<f64> {
    match w.to_ascii_lowercase().as_str() {
        "hundred" => Some(1e2),
        "thousand" | "k" => Some(1e3),
        "million" | "mn" | "m" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

fn small_word(w: &str) -> Option<f64> {
    let l = w.to_ascii_lowercase();
    if let Some(p) = UNITS.iter().position(|u| *u == l) {
        return Some(p as f64);
    }
    if let Some(p) = TENS.iter().position(|u| !u.is_empty() && *u == l) {
        return Some(p as f64 * 10.0);
    }
    // "twenty-one"
    if let Some((a, b)) = l.split_once('-') {
        let t = TENS.iter().position(|u| !u.is_empty() && *u == a)?;
        let u = UNITS
            .iter()
            .position(|u| *u == b)
            .filter(|&u| (1..10).contains(&u))?;
        return Some((t * 10 + u) as f64);
    }
    None
}

/// A parsed number starting at token `k`: value, index after it, and an implied range for
/// vague quantities ("thousands" = 2,000–9,999).
struct Num {
    low: f64,
    high: f64,
    next: usize,
    vague: bool,
    fraction: bool,
}

fn parse_digits(w: &str) -> Option<f64> {
    if !w.bytes().next()?.is_ascii_digit() {
        return None;
    }
    let clean: String = w.chars().filter(|c| *c != ',').collect();
    clean.parse::<f64>().ok()
}

fn number_at(text: &Text, toks: &[usize], k: usize) -> Option<Num> {
    let w = text.token_text(toks[k]);
    let lw = w.to_ascii_lowercase();
    let word = |i: usize| toks.get(i).map(|&t| text.token_text(t)).unwrap_or("");
    let lword = |i: usize| word(i).to_ascii_lowercase();
    // vague plurals: "thousands of", "dozens", "hundreds", "millions"
    let vague = match lw.as_str() {
        "dozens" => Some((24.0, 99.0)),
        "hundreds" => Some((200.0, 999.0)),
        "thousands" => Some((2e3, 9999.0)),
        "millions" => Some((2e6, 9.99e6)),
        "billions" => Some((2e9, 9.99e9)),
        _ => None,
    };
    if let Some((lo, hi)) = vague {
        return Some(Num {
            low: lo,
            high: hi,
            next: k + 1,
            vague: true,
            fraction: false,
        });
    }
    // "a few thousand", "a few hundred"
    if lw == "a" && lword(k + 1) == "few" {
        let s = spoken::scale_word(&lword(k + 2))
            .or_else(|| (lword(k + 2) == "hundred").then_some(100.0))?;
        return Some(Num {
            low: 2.0 * s,
            high: 5.0 * s,
            next: k + 3,
            vague: true,
            fraction: false,
        });
    }
    let words: Vec<&str> = toks.iter().map(|&t| text.token_text(t)).collect();
    let p = spoken::number(&words, k)?;
    Some(Num {
        low: p.value,
        high: p.value,
        next: p.end,
        vague: false,
        fraction: p.fraction,
    })
}

/// Units that may follow a number: (written form, normalised unit, kind).
const UNIT_WORDS: &[(&str, &str, FigureKind)] = &[
    ("percent", "%", FigureKind::Percent),
    ("%", "%", FigureKind::Percent),
    ("pc", "%", FigureKind::Percent),
    ("km", "km", FigureKind::Measure),
    ("kilometres", "km", FigureKind::Measure),
    ("kilometers", "km", FigureKind::Measure),
    ("kilometre", "km", FigureKind::Measure),
    ("kilometer", "km", FigureKind::Measure),
    ("miles", "mi", FigureKind::Measure),
    ("mile", "mi", FigureKind::Measure),
    ("metres", "m", FigureKind::Measure),
    ("meters", "m", FigureKind::Measure),
    ("metre", "m", FigureKind::Measure),
    ("meter", "m", FigureKind::Measure),
    ("feet", "ft", FigureKind::Measure),
    ("ft", "ft", FigureKind::Measure),
    ("kg", "kg", FigureKind::Measure),
    ("kilograms", "kg", FigureKind::Measure),
    ("tonnes", "t", FigureKind::Measure),
    ("tons", "t", FigureKind::Measure),
    ("hectares", "ha", FigureKind::Measure),
    ("lbs", "lb", FigureKind::Measure),
    ("dollars", "USD", FigureKind::Money),
    ("euros", "EUR", FigureKind::Money),
    ("pounds", "GBP", FigureKind::Money),
    ("years", "years", FigureKind::Count),
    ("degrees", "deg", FigureKind::Measure),
];

fn unit_after(text: &Text, toks: &[usize], i: usize) -> Option<(&'static str, FigureKind, usize)> {
    let word = |j: usize| {
        toks.get(j)
            .map(|&t| text.token_text(t).to_ascii_lowercase())
            .unwrap_or_default()
    };
    let w = word(i);
    if w == "per" && word(i + 1) == "cent" {
        return Some(("%", FigureKind::Percent, i + 2));
    }
    if w == "square" || w == "sq" {
        let (u, _, n) = unit_after(text, toks, i + 1)?;
        let area = match u {
            "km" => "km2",
            "mi" => "mi2",
            "m" => "m2",
            "ft" => "ft2",
            _ => return None,
        };
        return Some((area, FigureKind::Measure, n));
    }
    UNIT_WORDS
        .iter()
        .find(|(f, _, _)| *f == w)
        .map(|(_, u, k)| (*u, *k, i + 1))
}

fn qualifier_before(text: &Text, toks: &[usize], k: usize) -> (Qualifier, usize) {
    let word = |j: usize| {
        toks.get(j)
            .map(|&t| text.token_text(t).to_ascii_lowercase())
            .unwrap_or_default()
    };
    let w1 = if k >= 1 { word(k - 1) } else { String::new() };
    let w2 = if k >= 2 { word(k - 2) } else { String::new() };
    let two = format!("{w2} {w1}");
    let q2 = match two.as_str() {
        "more than" | "just over" | "in excess" | "greater than" => Some(Qualifier::MoreThan),
        "less than" | "fewer than" | "just under" => Some(Qualifier::LessThan),
        "up to" | "as many" => Some(Qualifier::UpTo),
        "at least" | "no fewer" => Some(Qualifier::AtLeast),
        "close to" => Some(Qualifier::Nearly),
        "an estimated" => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = q2 {
        return (q, k - 2);
    }
    let q1 = match w1.as_str() {
        "over" | "above" => Some(Qualifier::MoreThan),
        "under" | "below" => Some(Qualifier::LessThan),
        "nearly" | "almost" => Some(Qualifier::Nearly),
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "approx"
        | "circa" => Some(Qualifier::About),
        _ => None,
    };
    match q1 {
        Some(q) => (q, k - 1),
        None => (Qualifier::Exact, k),
    }
}

/// Function words and common verbs that end the search for what a figure counts.
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "of"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "that"
            | "which"
            | "who"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "as"
            | "than"
            | "this"
            | "these"
            | "those"
            | "struck"
            | "launched"
            | "said"
            | "killed"
            | "left"
            | "since"
            | "after"
            | "before"
            | "into"
            | "over"
            | "under"
            | "ago"
            | "later"
            | "earlier"
            | "more"
            | "less"
            | "per"
            | "also"
            | "while"
    )
}

fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
    )
}

/// What is counted: up to two content words after the number, skipping "of (the)".
fn about_after(text: &Text, toks: &[usize], i: usize) -> (Option<String>, usize) {
    let word = |j: usize| toks.get(j).map(|&t| text.token_text(t)).unwrap_or("");
    let mut j = i;
    let mut adjacent = true;
    // "96 percent of the territory", "a third of both Iraq and Syria"
    if word(j) == "of" {
        adjacent = false;
        j += 1;
        while matches!(
            word(j),
            "the" | "its" | "their" | "his" | "her" | "both" | "all"
        ) {
            j += 1;
        }
    }
    // "320 kilometres west of Baghdad"
    if is_direction(word(j))
        && word(j + 1) == "of"
        && word(j + 2).chars().next().is_some_and(char::is_uppercase)
    {
        let mut e = j + 2;
        while toks.get(e + 1).is_some()
            && word(e + 1).chars().next().is_some_and(char::is_uppercase)
        {
            e += 1;
        }
        let sp = Span::new(
            text.tokens[toks[j]].span.start,
            text.tokens[toks[e]].span.end,
        );
        return (
            Some(text.slice(sp).to_string()),
            if adjacent { e + 1 } else { i },
        );
    }
    // "a third of both Iraq and Syria": the names counted
    if !adjacent && word(j).chars().next().is_some_and(char::is_uppercase) {
        let mut e = j;
        while e + 2 < toks.len() + 1
            && (word(e + 1).chars().next().is_some_and(char::is_uppercase)
                || (word(e + 1) == "and"
                    && word(e + 2).chars().next().is_some_and(char::is_uppercase)))
        {
            e += if word(e + 1) == "and" { 2 } else { 1 };
        }
        let sp = Span::new(
            text.tokens[toks[j]].span.start,
            text.tokens[toks[e]].span.end,
        );
        return (Some(text.slice(sp).to_string()), i);
    }
    let start = j;
    let mut end = j;
    while end < toks.len() && end - start < 2 {
        let w = word(end);
        let tk = &text.tokens[toks[end]];
        let next_lower =
            word(end + 1).chars().next().is_some_and(char::is_lowercase) && !is_stop(word(end + 1));
        let ok = tk.kind == TokenKind::Word
            && !is_stop(&w.to_ascii_lowercase())
            // "Tu-22M bombers", "Russian submarines": a name before the counted noun
            && (w.chars().next().is_some_and(char::is_lowercase) || (end == start && next_lower))
            // "two forces seeking": a participle after the noun is a verb
            && !(end > start && (w.ends_with("ing") || w.ends_with("ed")));
        if !ok {
            break;
        }
        end += 1;
    }
    if end == start {
        return (None, i);
    }
    let sp = Span::new(
        text.tokens[toks[start]].span.start,
        text.tokens[toks[end - 1]].span.end,
    );
    (
        Some(text.slice(sp).to_string()),
        if adjacent { end } else { i },
    )
}

fn figure_at(text: &Text, toks: &[usize], k: usize) -> Option<(FigureMention, usize)> {
    let word = |j: usize| toks.get(j).map(|&t| text.token_text(t)).unwrap_or("");
    let w = word(k);
    let span_of = |a: usize, b: usize| {
        Span::new(
            text.tokens[toks[a]].span.start,
            text.tokens[toks[b - 1]].span.end,
        )
    };
    let tk = &text.tokens[toks[k]];

    // Dates: "November 3, 2017", "3 November 2017", "04/11/2017"
    if let Some(m) = month_of(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase)) {
        let d = word(k + 1);
        if let Some(day) = d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)) {
            let (year, end) = if word(k + 2) == "," && word(k + 3).len() == 4 {
                (word(k + 3).parse::<u32>().ok(), k + 4)
            } else if word(k + 2).len() == 4 {
                (word(k + 2).parse::<u32>().ok(), k + 3)
            } else {
                (None, k + 2)
            };
            let v = (year.unwrap_or(0) * 10000 + m * 100 + day) as f64;
            return Some((date_fig(span_of(k, end), v), end));
        }
    }
    if tk.kind == TokenKind::Number && w.matches('/').count() == 2 {
        let p: Vec<u32> = w.split('/').filter_map(|x| x.parse().ok()).collect();
        if p.len() == 3 && (1000..=9999).contains(&p[2]) && p[0] <= 31 && p[1] <= 31 {
            // day/month/year as in most non-US copy; ambiguous when both <= 12
            let v = (p[2] * 10000 + p[1].min(12) * 100 + p[0]) as f64;
            return Some((date_fig(span_of(k, k + 1), v), k + 1));
        }
        return None;
    }
    // Refuse model names and codes: "Tu-22M", "Tu-154", "F-16", "COVID-19"
    if tk.kind == TokenKind::Word && w.chars().any(|c| c.is_ascii_digit()) {
        // glued unit: "320km", "5bn", "40km"
        let split = w.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',');
        if let Some(p) = split {
            let (num, unit) = w.split_at(p);
            if let Some(v) = parse_digits(num) {
                let unit_l = unit.to_ascii_lowercase();
                if let Some((_, u, kind)) = UNIT_WORDS.iter().find(|(f, _, _)| *f == unit_l) {
                    let (q, qs) = qualifier_before(text, toks, k);
                    let (about, end) = about_after(text, toks, k + 1);
                    return Some((
                        FigureMention {
                            span: span_of(qs, end.max(k + 1)),
                            kind: *kind,
                            low: v,
                            high: v,
                            unit: Some(u),
                            qualifier: q,
                            about,
                        },
                        end.max(k + 1),
                    ));
                }
                if let Some(s) = scale_of(&unit_l) {
                    let money = k > 0 && matches!(word(k - 1), "$" | "£" | "€");
                    if money {
                        let cur = currency(word(k - 1));
                        let (q, qs) = qualifier_before(text, toks, k - 1);
                        return Some((
                            FigureMention {
                                span: span_of(qs, k + 1),
                                kind: FigureKind::Money,
                                low: v * s,
                                high: v * s,
                                unit: Some(cur),
                                qualifier: q,
                                about: None,
                            },
                            k + 1,
                        ));
                    }
                }
                if matches!(unit_l.as_str(), "st" | "nd" | "rd" | "th") {
                    return Some((
                        FigureMention {
                            span: span_of(k, k + 1),
                            kind: FigureKind::Ordinal,
                            low: v,
                            high: v,
                            unit: None,
                            qualifier: Qualifier::Exact,
                            about: None,
                        },
                        k + 1,
                    ));
                }
            }
        }
        // "100k", "1e10", "5k-20k" are numbers; "Tu-22M", "F-16" are not
        let range = w.split_once('-').and_then(|(a, b)| Some((spoken::digits(a)?, spoken::digits(b)?)));
        if let Some(((a, false), (b, false))) = range {
            if b > a {
                return Some((
                    FigureMention {
                        span: span_of(k, k + 1),
                        kind: FigureKind::Count,
                        low: a,
                        high: b,
                        unit: None,
                        qualifier: Qualifier::Exact,
                        about: None,
                    },
                    k + 1,
                ));
            }
        }
        spoken::digits(w)?;
    }
    // Ordinal compounds: "second-largest"
    if let Some((a, _)) = w.split_once('-') {
        if let Some(p) = ORDINALS
            .iter()
            .position(|o| !o.is_empty() && *o == a.to_ascii_lowercase())
        {
            return Some((
                FigureMention {
                    span: span_of(k, k + 1),
                    kind: FigureKind::Ordinal,
                    low: p as f64,
                    high: p as f64,
                    unit: None,
                    qualifier: Qualifier::Exact,
                    about: None,
                },
                k + 1,
            ));
        }
    }
    // "29-year-old"
    if let Some(n) = w
        .strip_suffix("-year-old")
        .and_then(|n| n.parse::<f64>().ok().or_else(|| small_word(n)))
    {
        return Some((
            FigureMention {
                span: span_of(k, k + 1),
                kind: FigureKind::Age,
                low: n,
                high: n,
                unit: Some("years"),
                qualifier: Qualifier::Exact,
                about: None,
            },
            k + 1,
        ));
    }

    let money_sym = if k > 0 && matches!(word(k - 1), "$" | "£" | "€") {
        Some(currency(word(k - 1)))
    } else {
        None
    };
    let num = number_at(text, toks, k)?;
    // a lone "one" is a pronoun more often than a figure ("one of the last...")
    if tk.kind == TokenKind::Word
        && !num.vague
        && !num.fraction
        && num.low == 1.0
        && num.next == k + 1
    {
        return None;
    }
    // a fraction followed by "of" is a share: "a third of the territory" = 33.3 %
    let share = num.fraction && word(num.next).eq_ignore_ascii_case("of");
    let pct = if share { 100.0 } else { 1.0 };
    let low = num.low * pct;
    let mut high = num.high * pct;
    let mut next = num.next;
    let qstart_tok = if money_sym.is_some() { k - 1 } else { k };
    let (mut qualifier, mut qs) = qualifier_before(text, toks, qstart_tok);
    if num.vague && qualifier == Qualifier::Exact {
        qualifier = Qualifier::About;
    }
    // phone numbers: digit groups joined by hyphens or spaces are refused by the tokenizer's
    // Number kind; a Number token longer than 12 digits is no figure a reader compares.
    if tk.kind == TokenKind::Number && w.len() > 15 {
        return None;
    }
    // Year: 1800-2100 written without separator, not followed by a counted noun
    if tk.kind == TokenKind::Number
        && w.len() == 4
        && !w.contains(',')
        && !w.contains('.')
        && (1800.0..=2100.0).contains(&low)
        && qualifier == Qualifier::Exact
        && money_sym.is_none()
    {
        let nxt = word(next);
        let counted = nxt.chars().next().is_some_and(char::is_lowercase)
            && nxt.ends_with('s')
            && !is_stop(nxt);
        if !counted {
            return Some((
                FigureMention {
                    span: span_of(k, k + 1),
                    kind: FigureKind::Year,
                    low,
                    high,
                    unit: None,
                    qualifier: Qualifier::Exact,
                    about: None,
                },
                k + 1,
            ));
        }
    }
    // Ranges: "1,500 to 2,500", "2,000-3,000", "between 5 and 10"
    let between = k > 0 && word(k - 1).eq_ignore_ascii_case("between");
    let joiner = word(next);
    if (joiner == "to" || joiner == "-" || joiner == "\u{2013}" || (between && joiner == "and"))
        && next + 1 < toks.len()
    {
        let skip_sym = if money_sym.is_some() && matches!(word(next + 1), "$" | "£" | "€") {
            1
        } else {
            0
        };
        if let Some(n2) = number_at(text, toks, next + 1 + skip_sym) {
            if n2.low >= low && !n2.vague {
                high = n2.high;
                next = n2.next;
                if between {
                    qs = k - 1;
                    qualifier = Qualifier::Exact;
                }
            }
        }
    }
    // Age: "Sayfullo Saipov, 29," — a number alone between commas after a name
    if tk.kind == TokenKind::Number
        && k >= 2
        && word(k - 1) == ","
        && matches!(word(k + 1), "," | "." | ")" | "")
        && (1.0..=120.0).contains(&low)
        && low == high
        && word(k - 2).chars().next().is_some_and(char::is_uppercase)
    {
        return Some((
            FigureMention {
                span: span_of(k, k + 1),
                kind: FigureKind::Age,
                low,
                high,
                unit: Some("years"),
                qualifier: Qualifier::Exact,
                about: None,
            },
            k + 1,
        ));
    }
    let mut kind = if share {
        FigureKind::Percent
    } else {
        FigureKind::Count
    };
    let mut unit: Option<&'static str> = if share { Some("%") } else { None };
    if let Some(cur) = money_sym {
        kind = FigureKind::Money;
        unit = Some(cur);
    }
    if let Some((u, ukind, n)) = unit_after(text, toks, next) {
        if money_sym.is_none() {
            kind = ukind;
            unit = Some(u);
            next = n;
        }
    }
    let (about, end) = about_after(text, toks, next);
    let end = end.max(next);
    Some((
        FigureMention {
            span: span_of(qs, end),
            kind,
            low,
            high,
            unit,
            qualifier,
            about,
        },
        end,
    ))
}

fn currency(sym: &str) -> &'static str {
    match sym {
        "£" => "GBP",
        "€" => "EUR",
        _ => "USD",
    }
}

fn date_fig(span: Span, v: f64) -> FigureMention {
    FigureMention {
        span,
        kind: FigureKind::Date,
        low: v,
        high: v,
        unit: None,
        qualifier: Qualifier::Exact,
        about: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(s: &str) -> Vec<(String, FigureKind, f64, f64, Qualifier, Option<String>)> {
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
                    f.about,
                )
            })
            .collect()
    }

    #[test]
    fn reads_seed_shapes() {
        use FigureKind::*;
        use Qualifier::*;
        let cases: &[(&str, &str, FigureKind, f64, f64, Qualifier, Option<&str>)] = &[
            (
                "He estimated there were 1,500 to 2,500 fighters left.",
                "1,500 to 2,500 fighters",
                Count,
                1500.0,
                2500.0,
                Exact,
                Some("fighters"),
            ),
            (
                "It lost more than 96 per cent of the territory.",
                "more than 96 per cent",
                Percent,
                96.0,
                96.0,
                MoreThan,
                Some("territory"),
            ),
            (
                "Qaim, about 320 kilometres west of Baghdad.",
                "about 320 kilometres west of Baghdad",
                Measure,
                320.0,
                320.0,
                About,
                Some("west of Baghdad"),
            ),
            (
                "The town, about 320km west of Baghdad.",
                "about 320km west of Baghdad",
                Measure,
                320.0,
                320.0,
                About,
                Some("west of Baghdad"),
            ),
            (
                "It said six Tu-22M bombers struck.",
                "six Tu-22M bombers",
                Count,
                6.0,
                6.0,
                Exact,
                Some("Tu-22M bombers"),
            ),
            (
                "ISIS held nearly a third of both Iraq and Syria.",
                "nearly a third",
                Percent,
                1.0 / 3.0 * 100.0,
                1.0 / 3.0 * 100.0,
                Nearly,
                Some("Iraq and Syria"),
            ),
            (
                "He said 6.6 million people were freed.",
                "6.6 million people",
                Count,
                6.6e6,
                6.6e6,
                Exact,
                Some("people"),
            ),
            (
                "Since 2014 it grew.",
                "2014",
                Year,
                2014.0,
                2014.0,
                Exact,
                None,
            ),
            (
                "on November 3, 2017.",
                "November 3, 2017",
                Date,
                20171103.0,
                20171103.0,
                Exact,
                None,
            ),
            (
                "and up to 3000 on the Syrian side",
                "up to 3000",
                Count,
                3000.0,
                3000.0,
                UpTo,
                None,
            ),
            (
                "Sayfullo Saipov, 29, an immigrant",
                "29",
                Age,
                29.0,
                29.0,
                Exact,
                None,
            ),
            (
                "It cost $5 million in all.",
                "$5 million",
                Money,
                5e6,
                5e6,
                Exact,
                None,
            ),
        ];
        for (input, text, kind, lo, hi, q, about) in cases {
            let got = figs(input);
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
