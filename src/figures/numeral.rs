//! The words and tokens numbers are made of: number words ("ninety", "fifth", "thousand",
//! "lakh"), scale suffixes ("5bn", "100k"), digits in any grouping ("12,567", "1 234", "1.5"),
//! vulgar fractions ("½"), and what a reading yields ([`Parsed`]). The grammar that composes
//! them is [`super::number`]'s.

/// A parsed number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed {
    pub value: f64,
    /// Token index after the number.
    pub end: usize,
    /// A part of a whole: "a third", "three quarters", "1/4" (a share when followed by "of").
    pub fraction: bool,
    /// Written in words, at least in part.
    pub words: bool,
}

const UNITS: [&str; 20] = [
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
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

pub(super) fn lower(w: &str) -> String {
    w.to_ascii_lowercase()
}

/// A number word below 100: "seven", "nineteen", "forty", "twenty-one"; `true` when it is a
/// tens word alone ("thirty").
pub fn small_word(w: &str) -> Option<(f64, bool)> {
    let l = lower(w);
    if let Some(p) = UNITS.iter().position(|u| *u == l) {
        return Some((p as f64, false));
    }
    if matches!(l.as_str(), "nought" | "naught" | "oh") {
        return Some((0.0, false));
    }
    if let Some(p) = TENS.iter().position(|u| !u.is_empty() && *u == l) {
        return Some((p as f64 * 10.0, true));
    }
    let (a, b) = l.split_once('-')?;
    let t = TENS.iter().position(|u| !u.is_empty() && *u == a)?;
    let u = UNITS
        .iter()
        .position(|u| *u == b)
        .filter(|&u| (1..10).contains(&u))?;
    Some(((t * 10 + u) as f64, false))
}

/// Scale words: "thousand", "million", "bn", "lakh", ...; `hundred` is not one (it binds
/// tighter: "two hundred thousand").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match lower(w).as_str() {
        "thousand" | "thousands" => 1e3,
        "million" | "millions" | "mln" | "mn" => 1e6,
        "billion" | "billions" | "bln" | "bn" => 1e9,
        "trillion" | "trillions" | "tln" | "tn" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Letter suffixes glued to or after digits: "100k", "5bn", "1,674.5 G".
pub(super) fn suffix_scale(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" | "MM" => 1e6,
        "b" | "bn" | "bln" | "G" => 1e9,
        "tn" | "tln" | "T" => 1e12,
        _ => return None,
    })
}

/// The denominator an ordinal word names: "third(s)" 3, "quarter(s)" 4, "hundredth" 100,
/// "twenty-first" 21, "half"/"halves" 2. `first` and `second` are never denominators
/// ("seconds" are time).
pub fn denominator(w: &str) -> Option<(f64, bool)> {
    let l = lower(w);
    let plural = l.ends_with('s') && !l.ends_with("ss");
    let base = if l == "halves" {
        "half".to_string()
    } else if plural {
        l[..l.len() - 1].to_string()
    } else {
        l.clone()
    };
    let v = match base.as_str() {
        "half" => 2.0,
        "quarter" => 4.0,
        _ => {
            let o = ordinal_word(&base)?;
            if o < 3.0 {
                return None;
            }
            o
        }
    };
    Some((v, plural))
}

const ORD: [&str; 20] = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORD_TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// Every number and ordinal word below a hundred, and "hundredth", lower-cased: a word
/// that may start a number.
pub fn number_words() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .chain(&TENS)
        .chain(&ORD)
        .chain(&ORD_TENS)
        .copied()
        .filter(|w| !w.is_empty())
        .chain(["hundredth"])
}

/// The value of an ordinal word: "first" 1, "twelfth" 12, "twentieth" 20, "twenty-fifth" 25,
/// "hundredth" 100, "millionth" 10^6.
pub fn ordinal_word(w: &str) -> Option<f64> {
    let l = lower(w);
    if let Some(p) = ORD.iter().position(|o| !o.is_empty() && *o == l) {
        return Some(p as f64);
    }
    if let Some(p) = ORD_TENS.iter().position(|o| !o.is_empty() && *o == l) {
        return Some(p as f64 * 10.0);
    }
    match l.as_str() {
        // a common misspelling
        "nineth" => return Some(9.0),
        "hundredth" => return Some(1e2),
        "thousandth" => return Some(1e3),
        "millionth" => return Some(1e6),
        "billionth" => return Some(1e9),
        "trillionth" => return Some(1e12),
        _ => {}
    }
    let (a, b) = l.split_once('-')?;
    let t = TENS.iter().position(|u| !u.is_empty() && *u == a)?;
    let u = ORD
        .iter()
        .position(|o| !o.is_empty() && *o == b)
        .filter(|&u| u < 10)?;
    Some((t * 10 + u) as f64)
}

/// Digits as one token: "12,567", "1.5", "1.111,11" (dot thousands, comma decimals), "1e10",
/// "1.3e6", "100k", "5bn", "1/2". Not: "1:13", "04/11/2017", "Tu-22M".
pub fn digits(w: &str) -> Option<(f64, bool)> {
    let b = w.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    // a simple fraction "1/2", "3/4"
    if let Some((a, c)) = w.split_once('/') {
        // "1/10th of the energy": the denominator may be written as an ordinal
        let c = ["th", "st", "nd", "rd"]
            .iter()
            .find_map(|s| c.strip_suffix(s))
            .unwrap_or(c);
        let (a, c) = (plain(a)?, plain(c)?);
        if c == 0.0 || c > 1000.0 || c.fract() != 0.0 || a.fract() != 0.0 {
            return None;
        }
        return Some((a / c, true));
    }
    if let Some(v) = plain(w) {
        return Some((v, false));
    }
    // scientific "1e10", "1.3e6"
    if let Some((m, e)) = w.split_once(['e', 'E']) {
        if let (Some(m), Ok(e)) = (plain(m), e.parse::<i32>()) {
            if (-30..=30).contains(&e) {
                return Some((m * 10f64.powi(e), false));
            }
        }
    }
    // glued scale "100k", "5bn", "3.5m"
    let p = w.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (num, suf) = w.split_at(p);
    Some((plain(num)? * suffix_scale(suf)?, false))
}

/// Plain digits with optional separators and decimals.
pub(super) fn plain(w: &str) -> Option<f64> {
    if w.is_empty()
        || !w
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
    {
        return None;
    }
    if !w.as_bytes()[0].is_ascii_digit() || !w.as_bytes()[w.len() - 1].is_ascii_digit() {
        return None;
    }
    let commas = w.matches(',').count();
    let dots = w.matches('.').count();
    // European: "1.111,11", "1.234.567"
    if dots >= 1 && commas <= 1 && grouped(w, '.') && (commas == 0 && dots >= 2 || commas == 1) {
        let (int, dec) = w.split_once(',').unwrap_or((w, ""));
        let s = format!("{}.{}", int.replace('.', ""), dec);
        return s.trim_end_matches('.').parse().ok();
    }
    if dots > 1 || (commas > 0 && !grouped(w.split('.').next().unwrap_or(""), ',')) {
        return None;
    }
    w.replace(',', "").parse().ok()
}

/// Whether the integer part is grouped by threes with `sep` ("1,234,567").
pub(super) fn grouped(w: &str, sep: char) -> bool {
    let int = if sep == '.' {
        w.split(',').next().unwrap_or("")
    } else {
        w
    };
    let groups: Vec<&str> = int.split(sep).collect();
    let western = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    // South Asian grouping: thousands, then lakhs and crores by twos ("12,34,567")
    let indian = sep == ','
        && groups.len() > 2
        && (1..=2).contains(&groups[0].len())
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
        && groups.last().is_some_and(|g| g.len() == 3);
    western || indian
}

/// Unicode vulgar fractions: "½", "⅙".
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

pub(super) fn parsed(value: f64, end: usize, words: bool) -> Parsed {
    Parsed {
        value,
        end,
        fraction: false,
        words,
    }
}
