//! Units a figure may carry: money, measures, percent and durations. Each written form maps to
//! a unit symbol and a kind; the value stays in the unit as written ("12 ft 2 in" is 12.17 ft),
//! and [`to_si`] gives the SI reading where one exists (a fact-checker compares "320
//! kilometres" with "200 miles").
//!
//! The forms come from `data/units.tsv`, generated from Unicode CLDR by
//! `scripts/units-table.py` (every English long name and short symbol of the categories news
//! reports, every ISO 4217 currency with its names and signs), so a unit is read because it is
//! a unit, not because a test case named it. The table carries a format version checked on
//! load. Long forms match in any case; short symbols only as written ("m", "kg", "MW"), and
//! CLDR symbols that are everyday words ("in", "am") are left out of the table.

use super::mention::FigureKind;
use crate::util::FastMap as HashMap;
use std::sync::OnceLock;

/// The table version this code reads (first line of `data/units.tsv`).
pub const FORMAT: &str = "# crossread-units 1";
static TABLE_TEXT: &str = include_str!("../../data/units.tsv");

/// One written form of a unit.
#[derive(Debug)]
struct Form {
    /// The form's tokens (lower-cased unless `exact`).
    words: Vec<String>,
    exact: bool,
    unit: &'static Unit,
}

/// A unit: its symbol, kind and SI reading.
#[derive(Debug)]
pub struct Unit {
    pub symbol: &'static str,
    pub kind: FigureKind,
    /// value × factor is the SI value, in `si`.
    pub factor: Option<f64>,
    pub si: &'static str,
}

struct Table {
    /// first token (lower-cased) → forms starting with it, longest first
    forms: HashMap<String, Vec<Form>>,
    units: HashMap<&'static str, &'static Unit>,
    /// currency signs and codes as written, whatever the tokens ("$", "US$", "C$", "GBP")
    signs: HashMap<&'static str, &'static Unit>,
}

fn kind_of(s: &str) -> Option<FigureKind> {
    Some(match s {
        "money" => FigureKind::Money,
        "measure" => FigureKind::Measure,
        "percent" => FigureKind::Percent,
        "duration" => FigureKind::Duration,
        _ => return None,
    })
}

/// The tokens of a form, split as the text layer splits an article.
fn tokens_of(form: &str) -> Vec<String> {
    let t = crate::text::Text::new(form);
    (0..t.tokens.len())
        .map(|i| t.token_text(i).to_string())
        .collect()
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| match parse(TABLE_TEXT) {
        Ok(t) => t,
        // the table is embedded at build time and checked by a unit test
        Err(e) => panic!("data/units.tsv: {e}"),
    })
}

fn parse(text: &'static str) -> Result<Table, String> {
    let mut lines = text.lines();
    if lines.next() != Some(FORMAT) {
        return Err(format!(
            "not {FORMAT:?}: rebuild it with scripts/units-table.py"
        ));
    }
    let mut units: HashMap<&'static str, &'static Unit> = HashMap::default();
    let mut forms: HashMap<String, Vec<Form>> = HashMap::default();
    let mut signs: HashMap<&'static str, &'static Unit> = HashMap::default();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.starts_with('#')) {
        let f: Vec<&'static str> = line.split('\t').collect();
        let [form, case, symbol, kind, factor, si] = f[..] else {
            return Err(format!("line {}: six columns expected", n + 2));
        };
        let kind = kind_of(kind).ok_or_else(|| format!("line {}: kind {kind:?}", n + 2))?;
        let unit: &'static Unit = units.entry(symbol).or_insert_with(|| {
            Box::leak(Box::new(Unit {
                symbol,
                kind,
                factor: factor.parse().ok(),
                si,
            }))
        });
        let exact = case == "exact";
        if exact && kind == FigureKind::Money {
            signs.entry(form).or_insert(unit);
        }
        let words = tokens_of(form);
        let Some(first) = words.first() else { continue };
        forms
            .entry(first.to_lowercase())
            .or_default()
            .push(Form { words, exact, unit });
    }
    for v in forms.values_mut() {
        v.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
    }
    Ok(Table {
        forms,
        units,
        signs,
    })
}

fn form_matches(f: &Form, w: &[&str], j: usize) -> bool {
    f.words.iter().enumerate().all(|(d, p)| {
        w.get(j + d).is_some_and(|t| {
            if f.exact {
                *t == p
            } else {
                t.eq_ignore_ascii_case(p) || t.to_lowercase() == *p
            }
        })
    })
}

/// The longest unit form written at token `j`: the unit and the token after it.
fn longest(w: &[&str], j: usize) -> Option<(&'static Unit, usize)> {
    let first = w.get(j)?;
    let Some(forms) = table().forms.get(&first.to_lowercase()) else {
        // "light-years", "square-kilometres": a unit of several words written hyphenated
        let parts: Vec<&str> = first.split('-').collect();
        if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
            return None;
        }
        return longest(&parts, 0)
            .filter(|&(_, e)| e == parts.len())
            .map(|(u, _)| (u, j + 1));
    };
    forms
        .iter()
        .find(|f| form_matches(f, w, j))
        .map(|f| (f.unit, j + f.words.len()))
}

/// The unit written at token `i` of words `w`: symbol, kind, and the token after it. Longest
/// form first; brackets around a unit are skipped ("20 (kg)").
pub fn unit_at(w: &[&str], i: usize) -> Option<(&'static str, FigureKind, usize)> {
    let open = w
        .get(i)
        .is_some_and(|t| matches!(*t, "(" | "<" | "{" | "["));
    let j = if open { i + 1 } else { i };
    let (u, mut e) = longest(w, j)?;
    if open {
        if !w
            .get(e)
            .is_some_and(|t| matches!(*t, ")" | ">" | "}" | "]"))
        {
            return None;
        }
        e += 1;
    }
    Some((u.symbol, u.kind, e))
}

/// A unit glued to a number ("320km", "75ml", "7.62mm", "115USD", "68-ounce"): the unit of
/// the suffix.
pub fn glued(suffix: &str) -> Option<(&'static str, FigureKind)> {
    let s = suffix.strip_prefix('-').unwrap_or(suffix);
    // "1MM" is a million in finance copy, not millimetres; "13F", "14.7C" are form and
    // ratio names, a temperature letter counts only written apart ("28 C")
    if matches!(s, "MM" | "C" | "F") {
        return None;
    }
    // most suffixes are one word ("km", "bn"): no need to run the tokenizer over them, as
    // this runs for every token with digits and letters
    let words: Vec<String> = if s.chars().all(char::is_alphanumeric) {
        vec![s.to_string()]
    } else {
        tokens_of(s)
    };
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match unit_at(&words, 0) {
        Some((u, k, e)) if e == words.len() => Some((u, k)),
        _ => None,
    }
}

/// The currency of a sign or code written before a number ("$", "£", "US$", "GBP", "Rs").
pub fn symbol(s: &str) -> Option<&'static str> {
    table().signs.get(s).map(|u| u.symbol)
}

/// A currency sign written after a number ("100₾", "100,000 ரூ", "10 $", "5 €"): a sign of
/// the table that is no letter.
pub fn symbol_after(s: &str) -> Option<&'static str> {
    if s.chars().any(char::is_alphanumeric) && s.is_ascii() {
        return None;
    }
    symbol(s)
}

/// An ISO 4217 code as written ("GBP"), or `None`.
pub fn code(s: &str) -> Option<&'static str> {
    (s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| symbol(s))
        .flatten()
        .filter(|c| *c == s)
}

/// A code with a million prefix: "MUSD" → USD (10^6).
pub fn million_code(s: &str) -> Option<&'static str> {
    s.strip_prefix('M').and_then(code)
}

/// The SI reading of a value in a unit, where the unit has one: (value, SI unit).
pub fn to_si(value: f64, unit: &str) -> Option<(f64, &'static str)> {
    match unit {
        "°F" => return Some(((value - 32.0) * 5.0 / 9.0, "°C")),
        "K" => return Some((value - 273.15, "°C")),
        _ => {}
    }
    let u = table().units.get(unit)?;
    if u.kind == FigureKind::Money || u.si.is_empty() || u.si == unit {
        return None;
    }
    Some((value * u.factor?, u.si))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_and_checks_its_version() {
        assert!(parse(TABLE_TEXT).is_ok());
        assert!(parse("# crossread-units 0\n").is_err());
        assert!(table().forms.len() > 500);
    }

    #[rustfmt::skip]
    const CASES: &[(&str, &str, FigureKind, usize)] = &[
        // words, unit, kind, tokens used
        ("kilometres west", "km", FigureKind::Measure, 1),
        ("square miles )", "mi2", FigureKind::Measure, 2),
        ("( kg )", "kg", FigureKind::Measure, 3),
        ("degrees fahrenheit to", "°F", FigureKind::Measure, 2),
        ("per cent of", "%", FigureKind::Percent, 2),
        ("us dollars", "USD", FigureKind::Money, 2),
        ("USD ,", "USD", FigureKind::Money, 1),
        ("metric tons", "t", FigureKind::Measure, 2),
        ("miles an hour", "mph", FigureKind::Measure, 3),
        ("km / h", "km/h", FigureKind::Measure, 3),
        ("naira a", "NGN", FigureKind::Money, 1),
        ("Saudi riyals", "SAR", FigureKind::Money, 2),
        ("zlotys", "PLN", FigureKind::Money, 1),
        ("megawatts", "MW", FigureKind::Measure, 1),
        ("cubic feet of", "ft3", FigureKind::Measure, 2),
        ("weeks", "weeks", FigureKind::Duration, 1),
        ("usd", "USD", FigureKind::Money, 1),
    ];

    #[test]
    fn reads_units() {
        for &(input, unit, kind, n) in CASES {
            let w: Vec<&str> = input.split(' ').collect();
            assert_eq!(unit_at(&w, 0), Some((unit, kind, n)), "{input}");
        }
        for input in ["pm", "in", "M", "people", "AU", "Dec", "all", "top"] {
            assert_eq!(unit_at(&[input], 0), None, "{input}");
        }
    }

    #[test]
    fn signs_codes_and_glued_units() {
        assert_eq!(glued("km"), Some(("km", FigureKind::Measure)));
        assert_eq!(glued("-ounce"), Some(("oz", FigureKind::Measure)));
        assert_eq!(glued("USD"), Some(("USD", FigureKind::Money)));
        assert_eq!(million_code("MEUR"), Some("EUR"));
        assert_eq!(symbol("$"), Some("USD"));
        assert_eq!(symbol("£"), Some("GBP"));
        assert_eq!(symbol("Rs"), Some("INR"));
        assert_eq!(symbol("usd"), None);
        assert_eq!(code("Usd"), None);
        assert_eq!(to_si(320.0, "km"), Some((320_000.0, "m")));
        assert_eq!(to_si(2.0, "weeks"), Some((1_209_600.0, "s")));
        assert_eq!(to_si(5.0, "USD"), None);
    }
}
