//! Figures: numbers as a fact-checker compares them — value or range, unit, qualifier, kind,
//! and what is counted.
//!
//! [`FigureExtractor`] is the interface; [`RuleFigures`] the implementation. Per sentence, each
//! token that may start a figure is read by:
//! - [`spoken`], the number grammar: digits ("1,500", "6.6 million", "100k", "1/2"), words
//!   ("twenty-one", "two thousand five hundred", "a third", "one and a half"), mixed forms;
//! - comparison phrases before and after the number (AP style and Recognizers-Text's range
//!   specs): "more than", "nearly", "up to", "no less than", "or more", ">" — and ranges "1,500
//!   to 2,500", "between X and Y", "from X to Y", "X-Y"; a lower and an upper bound written one
//!   after the other become one range;
//! - [`units`]: percent, money (names, signs, ISO codes), measures (with an SI reading), ages
//!   ("five years old", "aged 29", "Sayfullo Saipov, 29,"), durations;
//! - what is counted: the noun phrase after the number ("fighters", "cruise missiles", "west of
//!   Baghdad", "of the territory").
//!
//! Ordinals ("second-largest", "the first"), years and dates ("November 3, 2017",
//! "04/11/2017") are kinds of their own, never counts. Model names ("Tu-22M"), clock times
//! ("1:13"), phone numbers, links and a lone pronoun "one" are refused.
//!
//! Measured by `crossread eval figures` on Recognizers-Text's English specs
//! (`src/eval/figures.rs`), and on the seeds by `tests/cases/seed_figures.tsv`.

pub mod spoken;
pub mod units;

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
    Duration,
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
            FigureKind::Duration => "duration",
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
            let words: Vec<&str> = toks.iter().map(|&t| text.token_text(t)).collect();
            let mut k = 0;
            while k < toks.len() {
                if may_start(words[k]) && in_link(text, toks[k]) {
                    k += 1;
                    continue;
                }
                match figure_at(text, &toks, &words, k) {
                    Some((fig, next)) => {
                        out.push(fig);
                        k = next.max(k + 1);
                    }
                    None => k += 1,
                }
            }
        }
        join_bounds(text, &mut out);
        out
    }
}

/// Whether a token lies in a web address or e-mail address ("https://x.com/?q=30%25"): its
/// digits are no figures.
fn in_link(text: &Text, tok: usize) -> bool {
    let norm = text.norm();
    let sp = text.tokens[tok].span;
    let start = norm[..sp.start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let end = norm[sp.end..]
        .find(char::is_whitespace)
        .map_or(norm.len(), |p| sp.end + p);
    let chunk = &norm[start..end];
    chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
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

/// A parsed number starting at token `k`: value, index after it, and an implied range for
/// vague quantities ("thousands" = 2,000–9,999).
struct Num {
    low: f64,
    high: f64,
    next: usize,
    vague: bool,
    fraction: bool,
}

fn number_at(text: &Text, toks: &[usize], words: &[&str], k: usize) -> Option<Num> {
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
    let p = spoken::number(words, k)?;
    Some(Num {
        low: p.value,
        high: p.value,
        next: p.end,
        vague: false,
        fraction: p.fraction,
    })
}

/// The unit after a number at token `i`: [`units::unit_at`], "square" + a length, and
/// durations ("nearly three years": a count of years).
fn unit_after(words: &[&str], i: usize) -> Option<(&'static str, FigureKind, usize)> {
    if let Some(u) = units::unit_at(&words, i) {
        return Some(u);
    }
    let w = words.get(i)?.to_ascii_lowercase();
    if w == "square" || w == "sq" {
        let (u, _, n) = units::unit_at(&words, i + 1)?;
        let area = match u {
            "km" => "km2",
            "mi" => "mi2",
            "m" => "m2",
            "ft" => "ft2",
            _ => return None,
        };
        return Some((area, FigureKind::Measure, n));
    }
    // a duration is a count of years, unless "old" or "of age" make it an age (read later)
    if w == "years"
        && !matches!(
            words.get(i + 1).map(|x| x.to_ascii_lowercase()).as_deref(),
            Some("old" | "of")
        )
    {
        return Some(("years", FigureKind::Count, i + 1));
    }
    None
}

/// Comparison phrases before a number, longest first (AP style and Recognizers-Text's range
/// specs): the words, lower-cased and split on spaces, and the bound they set.
const BEFORE: &[(&str, Qualifier)] = &[
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("higher than or equal to", Qualifier::AtLeast),
    ("larger than or equal to", Qualifier::AtLeast),
    ("less than or equal to", Qualifier::UpTo),
    ("fewer than or equal to", Qualifier::UpTo),
    ("smaller than or equal to", Qualifier::UpTo),
    ("lower than or equal to", Qualifier::UpTo),
    ("equal to or greater than", Qualifier::AtLeast),
    ("equal to or more than", Qualifier::AtLeast),
    ("equal to or higher than", Qualifier::AtLeast),
    ("equal to or less than", Qualifier::UpTo),
    ("equal to or fewer than", Qualifier::UpTo),
    ("equal to or lower than", Qualifier::UpTo),
    ("equal to or smaller than", Qualifier::UpTo),
    ("greater or equal to", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("higher or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("more or equal than", Qualifier::AtLeast),
    ("less or equal than", Qualifier::UpTo),
    ("lower or equal than", Qualifier::UpTo),
    ("smaller or equal than", Qualifier::UpTo),
    ("less or equal to", Qualifier::UpTo),
    ("no more than", Qualifier::UpTo),
    ("not more than", Qualifier::UpTo),
    ("no greater than", Qualifier::UpTo),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("not fewer than", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("bigger than", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("smaller than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    ("at least or equal to", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("close to", Qualifier::Nearly),
    ("an estimated", Qualifier::About),
    ("> =", Qualifier::AtLeast),
    ("< =", Qualifier::UpTo),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceed", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    ("surpassing", Qualifier::MoreThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("estimated", Qualifier::About),
    ("approx", Qualifier::About),
    ("circa", Qualifier::About),
    (">", Qualifier::MoreThan),
    ("<", Qualifier::LessThan),
];

/// Comparison phrases after a number: "200 or more", "5000 or less", "500 and more".
const AFTER: &[(&str, Qualifier)] = &[
    ("or more than", Qualifier::AtLeast),
    ("or greater than", Qualifier::AtLeast),
    ("or higher than", Qualifier::AtLeast),
    ("or more", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("or higher", Qualifier::AtLeast),
    ("or above", Qualifier::AtLeast),
    ("or over", Qualifier::AtLeast),
    ("and more", Qualifier::AtLeast),
    ("and above", Qualifier::AtLeast),
    ("or less than", Qualifier::UpTo),
    ("or lower than", Qualifier::UpTo),
    ("or less", Qualifier::UpTo),
    ("or fewer", Qualifier::UpTo),
    ("or lower", Qualifier::UpTo),
    ("or below", Qualifier::UpTo),
    ("or under", Qualifier::UpTo),
    ("and less", Qualifier::UpTo),
    ("and below", Qualifier::UpTo),
];

/// Whether the lower-cased words before `k` end with `phrase`.
fn ends_with_words(text: &Text, toks: &[usize], k: usize, phrase: &str) -> Option<usize> {
    let n = phrase.split(' ').count();
    if n > k {
        return None;
    }
    let ok = phrase
        .split(' ')
        .zip(k - n..k)
        .all(|(p, j)| text.token_text(toks[j]).eq_ignore_ascii_case(p));
    ok.then(|| k - n)
}

fn qualifier_before(text: &Text, toks: &[usize], k: usize) -> (Qualifier, usize) {
    for &(phrase, q) in BEFORE {
        if let Some(start) = ends_with_words(text, toks, k, phrase) {
            // "=>30", "=<30", "<>30" are no comparison a reader writes
            let sym = matches!(phrase, ">" | "<" | "> =" | "< =");
            if sym
                && ((start > 0 && matches!(text.token_text(toks[start - 1]), "=" | "<" | ">"))
                    || (phrase == "<" && k < toks.len() && text.token_text(toks[k]) == ">"))
            {
                return (Qualifier::Exact, k);
            }
            // "equal to", "is" before a bound: "more than 5000 or equal to it" is read after
            return (q, start);
        }
    }
    (Qualifier::Exact, k)
}

/// A comparison after the number ("or more"), with the bound it sets given the one before
/// ("more than 5000 or equal" is at least 5000) and the token after it.
fn qualifier_after(
    text: &Text,
    toks: &[usize],
    words: &[&str],
    i: usize,
    before: Qualifier,
) -> Option<(Qualifier, usize)> {
    let word = |j: usize| {
        toks.get(j)
            .map(|&t| text.token_text(t).to_ascii_lowercase())
            .unwrap_or_default()
    };
    // "more than 5000 or equal (to (it))", "less than 5000 or equal"; not "more than 5000 or
    // equal to 6000"
    if word(i) == "or"
        && word(i + 1) == "equal"
        && !(word(i + 2) == "to" && spoken::number(words, i + 3).is_some())
    {
        let mut e = i + 2;
        if word(e) == "to" {
            e += 1;
            if word(e) == "it" {
                e += 1;
            }
        }
        return match before {
            Qualifier::MoreThan => Some((Qualifier::AtLeast, e)),
            Qualifier::LessThan => Some((Qualifier::UpTo, e)),
            _ => None,
        };
    }
    if !matches!(before, Qualifier::Exact | Qualifier::About) {
        return None;
    }
    for &(phrase, q) in AFTER {
        let n = phrase.split(' ').count();
        if phrase.split(' ').enumerate().all(|(d, p)| word(i + d) == p) {
            // "5000 or more than 4500": a second figure, not a bound of the first
            let than = if phrase.ends_with("than") {
                i + n
            } else if word(i + n) == "than" {
                i + n + 1
            } else {
                usize::MAX
            };
            if than != usize::MAX && spoken::number(words, than).is_some() {
                continue;
            }
            return Some((q, i + n));
        }
    }
    None
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
    // "two de facto capitals": a Latin modifier before the noun
    if word(j).eq_ignore_ascii_case("de") && word(j + 1).eq_ignore_ascii_case("facto") {
        end = j + 2;
    }
    while end < toks.len() && end - start < 2 + (end > start && word(start) == "de") as usize * 2 {
        let w = word(end);
        let tk = &text.tokens[toks[end]];
        let next_lower =
            word(end + 1).chars().next().is_some_and(char::is_lowercase) && !is_stop(word(end + 1));
        let ok = tk.kind == TokenKind::Word
            && !is_stop(&w.to_ascii_lowercase())
            // "0.03 plus zero point zero eight": a number word starts another figure
            && spoken::small_word(w).is_none()
            && !matches!(w.to_ascii_lowercase().as_str(), "plus" | "minus" | "times" | "equals")
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
            "nought",
            "naught",
            "zero",
            "oh",
            "nineth",
            "thousandth",
            "millionth",
            "billionth",
            "trillionth",
        ]
        .into_iter()
        .collect();
        s.extend(spoken::number_words());
        s.extend(MONTHS);
        s.extend(MONTHS.iter().map(|m| &m[..3]));
        s.insert("sept");
        s
    });
    starts.contains(l)
}

fn figure_at(
    text: &Text,
    toks: &[usize],
    words: &[&str],
    k: usize,
) -> Option<(FigureMention, usize)> {
    let word = |j: usize| toks.get(j).map(|&t| text.token_text(t)).unwrap_or("");
    let w = word(k);
    if !may_start(w) {
        return None;
    }
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
    // ".23456": a decimal without its leading zero (the tokenizer splits the point off)
    if tk.kind == TokenKind::Number && w.bytes().all(|c| c.is_ascii_digit()) && toks[k] > 0 {
        let dot = &text.tokens[toks[k] - 1];
        let glued = text.slice(dot.span) == "." && dot.span.end == tk.span.start;
        let after_digit = toks[k] >= 2 && {
            let before = &text.tokens[toks[k] - 2];
            before.span.end == dot.span.start && before.kind == TokenKind::Number
        };
        if glued && !after_digit {
            if let Ok(v) = format!("0.{w}").parse::<f64>() {
                let fig = FigureMention {
                    span: Span::new(dot.span.start, tk.span.end),
                    kind: FigureKind::Count,
                    low: v,
                    high: v,
                    unit: None,
                    qualifier: Qualifier::Exact,
                    about: None,
                };
                return Some((fig, k + 1));
            }
        }
    }
    // "1000-5000" (one token)
    if tk.kind == TokenKind::Number && w.contains('-') {
        let (a, b) = w.split_once('-')?;
        let (a, b) = (spoken::digits(a)?, spoken::digits(b)?);
        if a.1 || b.1 || b.0 <= a.0 {
            return None;
        }
        let (q, qs) = qualifier_before(text, toks, k);
        let (about, end) = about_after(text, toks, k + 1);
        let fig = FigureMention {
            span: span_of(qs, end.max(k + 1)),
            kind: FigureKind::Count,
            low: a.0,
            high: b.0,
            unit: None,
            qualifier: if q == Qualifier::Exact {
                q
            } else {
                Qualifier::About
            },
            about,
        };
        return Some((fig, end.max(k + 1)));
    }
    if tk.kind == TokenKind::Number && w.matches('/').count() == 2 {
        let p: Vec<u32> = w.split('/').filter_map(|x| x.parse().ok()).collect();
        if p.len() == 3 && (1000..=9999).contains(&p[2]) && p[0] <= 31 && p[1] <= 31 {
            // day/month/year as in most non-US copy (ambiguous when both <= 12); month/day/year
            // when the second part cannot be a month ("5/17/2018")
            let (day, month) = if p[1] > 12 {
                (p[1], p[0])
            } else {
                (p[0], p[1])
            };
            if month > 12 || day == 0 || month == 0 {
                return None;
            }
            let v = (p[2] * 10000 + month * 100 + day) as f64;
            return Some((date_fig(span_of(k, k + 1), v), k + 1));
        }
        return None;
    }
    // "USD115.5": a currency code glued before digits
    if w.len() > 3 && w.is_char_boundary(3) {
        if let (Some(cur), Some((v, false))) = (units::code(&w[..3]), spoken::digits(&w[3..])) {
            let (q, qs) = qualifier_before(text, toks, k);
            let fig = FigureMention {
                span: span_of(qs, k + 1),
                kind: FigureKind::Money,
                low: v,
                high: v,
                unit: Some(cur),
                qualifier: q,
                about: None,
            };
            return Some((fig, k + 1));
        }
    }
    // Refuse model names and codes: "Tu-22M", "Tu-154", "F-16", "COVID-19"
    if tk.kind == TokenKind::Word && w.chars().any(|c| c.is_ascii_digit()) {
        // glued unit: "320km", "5bn", "40km"
        let split = w.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',');
        if let Some(p) = split {
            let (num, unit) = w.split_at(p);
            if let Some((v, false)) = spoken::digits(num) {
                let unit_l = unit.to_ascii_lowercase();
                if let Some((u, kind)) = units::glued(unit) {
                    let (q, qs) = qualifier_before(text, toks, k);
                    let (about, end) = about_after(text, toks, k + 1);
                    return Some((
                        FigureMention {
                            span: span_of(qs, end.max(k + 1)),
                            kind,
                            low: v,
                            high: v,
                            unit: Some(u),
                            qualifier: q,
                            about,
                        },
                        end.max(k + 1),
                    ));
                }
                // "$5bn" is read below, by the number grammar and the sign before it
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
        let range = w
            .split_once('-')
            .and_then(|(a, b)| Some((spoken::digits(a)?, spoken::digits(b)?)));
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
        // "1.3x10^6", "12.32e+14": a number the spoken grammar reads across tokens
        let p = spoken::number(words, k)?;
        if p.end == k + 1 && spoken::digits(w).is_none() {
            return None;
        }
    }
    // "three-foot", "four-mile", "one-yen": a number word glued to a unit
    if let Some((a, b)) = w.split_once('-') {
        if let Some(((v, _), (u, kind))) =
            spoken::small_word(a).and_then(|x| Some((x, units::glued(b)?)))
        {
            let (q, qs) = qualifier_before(text, toks, k);
            let fig = FigureMention {
                span: span_of(qs, k + 1),
                kind,
                low: v,
                high: v,
                unit: Some(u),
                qualifier: q,
                about: None,
            };
            return Some((fig, k + 1));
        }
    }
    // Ordinal compounds: "second-largest"
    if let Some((a, _)) = w.split_once('-') {
        if let Some(p) = spoken::ordinal_word(a) {
            return Some((
                FigureMention {
                    span: span_of(k, k + 1),
                    kind: FigureKind::Ordinal,
                    low: p,
                    high: p,
                    unit: None,
                    qualifier: Qualifier::Exact,
                    about: None,
                },
                k + 1,
            ));
        }
    }
    // "29-year-old"
    if let Some(n) = w.strip_suffix("-year-old").and_then(|n| {
        n.parse::<f64>()
            .ok()
            .or_else(|| spoken::small_word(n).map(|x| x.0))
    }) {
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

    let money_sym = if k > 0 {
        units::symbol(word(k - 1))
    } else {
        None
    };
    // ordinal words: "eleventh", "twenty-fifth", "the first"; a bare "first" or "second" is
    // an adverb more often than a rank ("forces first broke the siege")
    let determiner = k > 0
        && matches!(
            word(k - 1).to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "finished"
                | "came"
                | "placed"
                | "ranked"
                | "ranks"
                | "comes"
        );
    if let Some(o) = spoken::ordinal_word(w).filter(|&o| o > 2.0 || determiner) {
        let fig = FigureMention {
            span: span_of(k, k + 1),
            kind: FigureKind::Ordinal,
            low: o,
            high: o,
            unit: None,
            qualifier: Qualifier::Exact,
            about: None,
        };
        return Some((fig, k + 1));
    }
    let num = number_at(text, toks, words, k)?;
    // compound ordinals: "two hundredth", "one hundred twenty fifth"
    if !num.fraction && !num.vague && num.low == num.high {
        if let Some(o) = spoken::ordinal_word(word(num.next)) {
            let v = num.low;
            let value = if o >= 100.0 && v < 100.0 {
                Some(v * o)
            } else if o < 10.0 && v >= 10.0 && v % 10.0 == 0.0 {
                Some(v + o)
            } else if o < 100.0 && v >= 100.0 && v % 100.0 == 0.0 {
                Some(v + o)
            } else {
                None
            };
            if let Some(value) = value {
                let fig = FigureMention {
                    span: span_of(k, num.next + 1),
                    kind: FigureKind::Ordinal,
                    low: value,
                    high: value,
                    unit: None,
                    qualifier: Qualifier::Exact,
                    about: None,
                };
                return Some((fig, num.next + 1));
            }
        }
    }
    // a lone "one" is a pronoun more often than a figure ("one of the last...")
    if tk.kind == TokenKind::Word
        && !num.vague
        && !num.fraction
        && num.low == 1.0
        && num.next == k + 1
        && unit_after(words, num.next).is_none()
        // "one more time", "one last chance": a count of one
        && !matches!(word(num.next).to_ascii_lowercase().as_str(), "more" | "last")
    {
        return None;
    }
    // a fraction followed by "of" is a share: "a third of the territory" = 33.3 %
    let share = num.fraction && word(num.next).eq_ignore_ascii_case("of");
    let pct = if share { 100.0 } else { 1.0 };
    let mut low = num.low * pct;
    let mut high = num.high * pct;
    let mut next = num.next;
    let qstart_tok = if money_sym.is_some() { k - 1 } else { k };
    let (mut qualifier, mut qs) = qualifier_before(text, toks, qstart_tok);
    // "ruled over millions": a vague plural is not bounded by "over"/"under"
    if num.vague && qualifier != Qualifier::Exact && qs + 1 == qstart_tok {
        qualifier = Qualifier::Exact;
        qs = qstart_tok;
    }
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
    // Ranges: "1,500 to 2,500", "2,000-3,000", "between 5 and 10", "from 200 to 300",
    // "20 through 100"
    let between = k > 0 && word(k - 1).eq_ignore_ascii_case("between");
    let from = qs == qstart_tok && qs > 0 && word(qs - 1).eq_ignore_ascii_case("from");
    let joiner = word(next).to_ascii_lowercase();
    if (matches!(
        joiner.as_str(),
        "to" | "-" | "\u{2013}" | "~" | "through" | "thru"
    ) || (between && joiner == "and"))
        && next + 1 < toks.len()
    {
        let skip_sym = if money_sym.is_some() && units::symbol(word(next + 1)).is_some() {
            1
        } else {
            0
        };
        if let Some(n2) = number_at(text, toks, words, next + 1 + skip_sym) {
            if n2.low >= low && !n2.vague {
                high = n2.high;
                next = n2.next;
                if between || from {
                    qs -= 1;
                    qualifier = Qualifier::Exact;
                }
            }
        }
    }
    // "200 or more", "5000 or less", "more than 5000 or equal to it"
    if low == high {
        if let Some((q, e)) = qualifier_after(text, toks, words, next, qualifier) {
            qualifier = q;
            next = e;
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
    // "percent of 10" (a share named before its value)
    let pct_before = qs == qstart_tok
        && k >= 2
        && word(k - 1).eq_ignore_ascii_case("of")
        && matches!(
            word(k - 2).to_ascii_lowercase().as_str(),
            "percent" | "percents" | "cent"
        );
    if pct_before && !share && money_sym.is_none() && low == high {
        let start = if k >= 3
            && word(k - 2).eq_ignore_ascii_case("cent")
            && word(k - 3).eq_ignore_ascii_case("per")
        {
            k - 3
        } else {
            k - 2
        };
        let fig = FigureMention {
            span: span_of(start, next),
            kind: FigureKind::Percent,
            low,
            high,
            unit: Some("%"),
            qualifier,
            about: None,
        };
        return Some((fig, next));
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
    if money_sym.is_none() {
        if let Some(cur) = words
            .get(next)
            .filter(|t| t.chars().all(|c| !c.is_alphanumeric()) || !t.is_ascii())
            .and_then(|t| units::symbol(t).or_else(|| units::symbol_after(t)))
        {
            // "10 $", "10 €", "100₾" (the tokenizer splits the sign off)
            kind = FigureKind::Money;
            unit = Some(cur);
            next += 1;
        } else if let Some((u, ukind, n)) = unit_after(words, next) {
            kind = ukind;
            unit = Some(u);
            next = n;
        } else if let Some(c) = words.get(next).and_then(|t| units::million_code(t)) {
            // "30 MUSD"
            kind = FigureKind::Money;
            unit = Some(c);
            next += 1;
            low *= 1e6;
            high *= 1e6;
        }
        // "5 million pounds" is money; "25 pounds" a weight
        if unit == Some("lb")
            && words
                .get(next - 1)
                .is_some_and(|t| t.to_ascii_lowercase().starts_with("pound"))
            && low >= 1e5
        {
            kind = FigureKind::Money;
            unit = Some("GBP");
        }
        // "75 USD million"
        if kind == FigureKind::Money {
            if let Some(s) = words.get(next).and_then(|t| spoken::scale_word(t)) {
                low *= s;
                high *= s;
                next += 1;
            }
        }
    }
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50"
    if kind == FigureKind::Money && low == high && low.fract() == 0.0 {
        let cents_at = if word(next).eq_ignore_ascii_case("and") {
            next + 1
        } else {
            next
        };
        if let Some(c) = spoken::number(words, cents_at)
            .filter(|c| c.value > 0.0 && c.value < 100.0 && c.value.fract() == 0.0)
        {
            let named = matches!(
                word(c.end).to_ascii_lowercase().as_str(),
                "cents" | "cent" | "pence"
            );
            let bare = !word(c.end)
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
                && units::symbol(word(c.end)).is_none();
            if (named || bare) && (matches!(unit, Some("USD" | "EUR" | "AUD" | "CAD")) || named) {
                low += c.value / 100.0;
                high = low;
                next = c.end + named as usize;
            }
        }
    }
    // "45 degrees angle", "rotate 90°": an angle, not a temperature
    if unit == Some("°") {
        let angle_after = word(next).eq_ignore_ascii_case("angle");
        let angle_before = k > 0
            && matches!(
                word(qs.saturating_sub(1)).to_ascii_lowercase().as_str(),
                "rotate" | "rotated" | "rotates" | "turn" | "turned" | "turns" | "angle" | "tilt"
            );
        if angle_after || angle_before {
            unit = Some("deg");
            next += angle_after as usize;
        }
    }
    // "5 feet 2 inches", "12 ft 2 in"
    if unit == Some("ft") && low == high {
        if let Some(c) = spoken::number(words, next) {
            let inch = word(c.end).to_ascii_lowercase();
            if c.value < 12.0 && matches!(inch.as_str(), "in" | "inch" | "inches") {
                low += c.value / 12.0;
                high = low;
                next = c.end + 1;
            }
        }
    }
    // ages: "five years old", "8 months old", "87 yo", "3 years of age", "age 87"
    if low == high && matches!(kind, FigureKind::Count | FigureKind::Age) {
        let w0 = word(next).to_ascii_lowercase();
        let span_unit = match w0.as_str() {
            "year" | "years" => Some("years"),
            "month" | "months" => Some("months"),
            "week" | "weeks" => Some("weeks"),
            "day" | "days" => Some("days"),
            _ => None,
        };
        let w1 = word(next + 1).to_ascii_lowercase();
        if w0 == "yo" || w0 == "y.o." {
            kind = FigureKind::Age;
            unit = Some("years");
            next += 1;
        } else if let Some(u) = span_unit {
            if w1 == "old" {
                kind = FigureKind::Age;
                unit = Some(u);
                next += 2;
            } else if w1 == "of" && word(next + 2).eq_ignore_ascii_case("age") {
                kind = FigureKind::Age;
                unit = Some(u);
                next += 3;
            }
        } else if qs == k
            && k > 0
            && matches!(word(k - 1).to_ascii_lowercase().as_str(), "age" | "aged")
        {
            kind = FigureKind::Age;
            unit = Some("years");
            qs = k - 1;
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
