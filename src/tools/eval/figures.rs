//! `crossread eval figures FILE`: pass rate of the figure extractor on the Recognizers-Text
//! English cases (`../shared/data/numbers/recognizers-en-dev.jsonl`, see its README), per model
//! (number, range, ordinal, percent, currency, dimension, temperature, age) and per category.
//!
//! # When a case passes
//!
//! Each input goes through [`crate::figures::RuleFigures`] alone, as one short text. A case with
//! expected items passes when every item is found: one of our figures overlaps its span (in code
//! points of the input), has the same value, and is of the kind the model stands for:
//!
//! | model | our kind |
//! |---|---|
//! | `NumberModel*` | any (a number is a number, whatever it counts) |
//! | `NumberRangeModel*` | any, compared as an interval (below) |
//! | `OrdinalModel*` | ordinal |
//! | `PercentModel*` | percent |
//! | `CurrencyModel` | money |
//! | `DimensionModel` | measure |
//! | `TemperatureModel` | measure in °C, °F, K or ° (degrees of no stated scale) |
//! | `AgeModel` | age |
//!
//! Values are compared to a relative tolerance of 1e-6 (the specs round "five ninths" to 15
//! digits).
//!
//! Deliberate difference: the specs list bare unit names as items without a value ("convert 10
//! celsius to *fahrenheit*", "50 dollar *rmb*"). A unit with no number is no figure a
//! fact-checker compares, so these items are not scored (the case is scored on its other items)
//! and their number is reported.
//!
//! Ranges are intervals such as `[20,30]`, `(40,)`, `(,40]`. Ours is read from the figure's
//! bounds and qualifier: "more than" is `(x,)`, "at least" `[x,)`, "less than" `(,x)`, "up to"
//! `(,x]`, a two-sided range `[low,high]`. One-sided intervals must match in side and closedness;
//! two-sided ones in their ends only: the specs make "from 1000 to 1500" half-open `[1000,1500)`,
//! a convention for queries, while a reporter's "from 1,000 to 1,500" includes both.
//!
//! A case with no expected item passes when no figure of the model's kind is found (for the
//! number models: no count; for the range models: no range or bound).
//!
//! # Not scored
//!
//! Cases expecting relative ordinals (`ordinal.relative`: "next", "last", "the one before the
//! last") are conversational references, not figures; they are counted and reported apart.

use crate::figures::{FigureExtractor, FigureKind, FigureMention, Qualifier, RuleFigures};
use crate::text::Text;
use serde_json::Value;
use std::collections::BTreeMap;

/// Pass counts per model and per category.
#[derive(Default, Debug)]
pub struct Report {
    /// model → (passed, scored)
    pub models: BTreeMap<String, (usize, usize)>,
    /// category → (passed, scored)
    pub categories: BTreeMap<String, (usize, usize)>,
    /// cases left out (relative ordinals)
    pub unscored: usize,
    /// expected items left out (bare unit names, no value)
    pub bare_units: usize,
    /// failed cases, for reading: model, input, what was expected, what we found
    pub failures: Vec<String>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{:<34} {:>7} {:>6} {:>8}",
            "model", "passed", "cases", "rate"
        )?;
        for (m, (p, n)) in &self.models {
            writeln!(f, "{m:<34} {p:>7} {n:>6} {:>7.1}%", rate(*p, *n))?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:<34} {:>7} {:>6} {:>8}",
            "category", "passed", "cases", "rate"
        )?;
        let (mut tp, mut tn) = (0, 0);
        for (c, (p, n)) in &self.categories {
            writeln!(f, "{c:<34} {p:>7} {n:>6} {:>7.1}%", rate(*p, *n))?;
            tp += p;
            tn += n;
        }
        writeln!(f, "{:<34} {tp:>7} {tn:>6} {:>7.1}%", "all", rate(tp, tn))?;
        writeln!(f, "not scored: {} cases of relative ordinals; {} bare unit names (items with no value) in scored cases", self.unscored, self.bare_units)
    }
}

fn rate(p: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        100.0 * p as f64 / n as f64
    }
}

/// What a model's items must be.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Want {
    Number,
    Range,
    Kind(FigureKind),
    /// a measure in a temperature unit
    Temperature,
}

fn want_of(model: &str) -> Option<Want> {
    let base = model
        .trim_end_matches("ExperimentalMode")
        .trim_end_matches("PercentMode")
        .trim_end_matches("SuppressExtendedTypes");
    Some(match base {
        "NumberModel" => Want::Number,
        "NumberRangeModel" => Want::Range,
        "OrdinalModel" => Want::Kind(FigureKind::Ordinal),
        "PercentModel" => Want::Kind(FigureKind::Percent),
        "CurrencyModel" => Want::Kind(FigureKind::Money),
        "DimensionModel" => Want::Kind(FigureKind::Measure),
        "TemperatureModel" => Want::Temperature,
        "AgeModel" => Want::Kind(FigureKind::Age),
        // Crossread's own news cases (tests/data/figures-news.tsv)
        "DurationModel" => Want::Kind(FigureKind::Duration),
        "DateModel" => Want::Kind(FigureKind::Date),
        _ => return None,
    })
}

/// An interval end: value and whether it is included; `None` is unbounded.
type End = Option<(f64, bool)>;

fn parse_interval(s: &str) -> Option<(End, End)> {
    let s = s.trim();
    let lo_closed = s.starts_with('[');
    let hi_closed = s.ends_with(']');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let end = |x: &str, closed: bool| -> Option<End> {
        let x = x.trim();
        if x.is_empty() {
            Some(None)
        } else {
            Some(Some((x.parse::<f64>().ok()?, closed)))
        }
    };
    Some((end(a, lo_closed)?, end(b, hi_closed)?))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn is_temperature(f: &FigureMention) -> bool {
    f.kind == FigureKind::Measure && matches!(f.unit, Some("°C" | "°F" | "K" | "°"))
}

/// Whether a figure is a range: two ends, or one bound ("more than 40").
fn is_range(f: &FigureMention) -> bool {
    f.low < f.high
        || matches!(
            f.qualifier,
            Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan | Qualifier::UpTo
        )
}

/// Our figure as an interval.
fn interval_of(f: &FigureMention) -> (End, End) {
    match f.qualifier {
        Qualifier::MoreThan => (Some((f.low, false)), None),
        Qualifier::AtLeast => (Some((f.low, true)), None),
        Qualifier::LessThan => (None, Some((f.high, false))),
        Qualifier::UpTo => (None, Some((f.high, true))),
        _ => (Some((f.low, true)), Some((f.high, true))),
    }
}

fn interval_matches(ours: (End, End), gold: (End, End)) -> bool {
    let two_sided = gold.0.is_some() && gold.1.is_some();
    let end_eq = |a: End, b: End| match (a, b) {
        (None, None) => true,
        (Some((x, cx)), Some((y, cy))) => close(x, y) && (two_sided || cx == cy),
        _ => false,
    };
    end_eq(ours.0, gold.0) && end_eq(ours.1, gold.1)
}

/// The expected value of an item: a number ("87", "1E-10", "20%") or, in our own cases, a
/// closed interval ("[2,5]"); none when it is neither.
fn gold_value(item: &Value) -> Option<(f64, f64)> {
    let v = item.get("resolution")?.get("value")?.as_str()?;
    if let Some((Some((a, true)), Some((b, true)))) = parse_interval(v) {
        return Some((a, b));
    }
    let x = v.trim().trim_end_matches('%').parse::<f64>().ok()?;
    Some((x, x))
}

/// Whether a figure's value is the expected one, and its unit the expected symbol where the
/// case names one (our own cases do; the Recognizers specs name units their own way).
fn value_found(item: &Value, f: &FigureMention) -> bool {
    let unit_ok = match item.get("unit_symbol").and_then(Value::as_str) {
        Some(u) => f.unit == Some(u),
        None => true,
    };
    // a bound written as an interval ("(500000000,)" for "more than $500 million")
    let v = item
        .get("resolution")
        .and_then(|r| r.get("value"))
        .and_then(Value::as_str);
    if let Some(g) = v
        .and_then(parse_interval)
        .filter(|g| g.0.is_none() || g.1.is_none() || !g.0.is_some_and(|e| e.1))
    {
        return unit_ok && interval_matches(interval_of(f), g);
    }
    unit_ok && gold_value(item).is_some_and(|(lo, hi)| close(f.low, lo) && close(f.high, hi))
}

/// Reads Crossread's own case table (`tests/data/figures-news.tsv`: MODEL, INPUT,
/// EXPECTED-TEXT, VALUE, [UNIT]; one item a line, "-" for none) into the specs' JSON shape, one
/// case per input and model.
pub fn cases_of_table(input: &str) -> Result<Vec<Value>, String> {
    let mut cases: Vec<Value> = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (model, text, want) = match f.as_slice() {
            [m, t, w, ..] => (*m, *t, *w),
            _ => return Err(format!("line {}: needs MODEL, INPUT, EXPECTED", n + 1)),
        };
        let same = cases
            .last()
            .is_some_and(|c| c["model"] == model && c["input"] == text);
        if !same {
            let category = if model.starts_with("Number")
                || model.starts_with("Ordinal")
                || model.starts_with("Percent")
            {
                "Number"
            } else {
                "NumberWithUnit"
            };
            cases.push(serde_json::json!({"model": model, "category": category,
                "input": text, "expected": []}));
        }
        if want == "-" {
            continue;
        }
        let at = text
            .find(want)
            .ok_or_else(|| format!("line {}: {want:?} is not in the input", n + 1))?;
        let cp = |b: usize| text[..b].chars().count();
        let mut item = serde_json::json!({"text": want, "start": cp(at),
            "end": cp(at + want.len()),
            "resolution": {"value": f.get(3).copied().unwrap_or("")}});
        if let Some(u) = f.get(4).filter(|u| !u.is_empty()) {
            item["unit_symbol"] = Value::from(*u);
        }
        if let Some(Value::Array(items)) = cases.last_mut().and_then(|c| c.get_mut("expected")) {
            items.push(item);
        }
    }
    Ok(cases)
}

fn item_found(want: Want, item: &Value, spans: &[(usize, usize)], figs: &[FigureMention]) -> bool {
    let (Some(s), Some(e)) = (
        item.get("start").and_then(Value::as_u64),
        item.get("end").and_then(Value::as_u64),
    ) else {
        return false;
    };
    let (s, e) = (s as usize, e as usize);
    figs.iter().zip(spans).any(|(f, &(fs, fe))| {
        if fs >= e || fe <= s {
            return false;
        }
        match want {
            Want::Range => {
                let gold = item
                    .get("resolution")
                    .and_then(|r| r.get("value"))
                    .and_then(Value::as_str)
                    .and_then(parse_interval);
                gold.is_some_and(|g| interval_matches(interval_of(f), g))
            }
            Want::Number => value_found(item, f),
            Want::Kind(k) => f.kind == k && value_found(item, f),
            Want::Temperature => is_temperature(f) && value_found(item, f),
        }
    })
}

/// The cases of a JSON-lines file (the specs' shape) or of a case table (our own shape, see
/// [`cases_of_table`]).
fn read_cases(input: &str) -> Result<Vec<Value>, String> {
    if !input.trim_start().starts_with('{') {
        return cases_of_table(input);
    }
    let mut v = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if !line.trim().is_empty() {
            v.push(serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?);
        }
    }
    Ok(v)
}

/// Scores the cases of a JSON-lines file (the specs' shape) or of a case table (our own shape,
/// see [`cases_of_table`]).
pub fn score(input: &str) -> Result<Report, String> {
    let cases = read_cases(input)?;
    let mut report = Report::default();
    for (n, case) in cases.iter().enumerate() {
        let model = case.get("model").and_then(Value::as_str).unwrap_or("");
        let category = case.get("category").and_then(Value::as_str).unwrap_or("");
        let Some(want) = want_of(model) else {
            return Err(format!("line {}: unknown model {model:?}", n + 1));
        };
        let input_text = case.get("input").and_then(Value::as_str).unwrap_or("");
        let all: Vec<Value> = case
            .get("expected")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let bare = |e: &Value| {
            e.get("resolution")
                .and_then(|r| r.get("value"))
                .is_none_or(|v| v.is_null() || v.as_str() == Some("null"))
        };
        let expected: Vec<Value> = all.iter().filter(|e| !bare(e)).cloned().collect();
        let relative =
            |e: &Value| e.get("type").and_then(Value::as_str) == Some("ordinal.relative");
        if expected.iter().any(relative) {
            report.unscored += 1;
            continue;
        }
        report.bare_units += all.len() - expected.len();
        let text = Text::new(input_text);
        let figs = RuleFigures.extract(&text);
        let pass = judge(want, input_text, &text, &figs, &expected, all.is_empty());
        for (key, map) in [
            (model, &mut report.models),
            (category, &mut report.categories),
        ] {
            let e = map.entry(key.to_string()).or_insert((0, 0));
            e.0 += pass as usize;
            e.1 += 1;
        }
        if !pass {
            report
                .failures
                .push(failure(model, input_text, &text, &figs, &expected));
        }
    }
    Ok(report)
}

/// Whether the figures found pass a case: every expected item found, or, when the case expects
/// nothing, no figure of the kind the model reads.
fn judge(
    want: Want,
    input: &str,
    text: &Text,
    figs: &[FigureMention],
    expected: &[Value],
    none: bool,
) -> bool {
    if none {
        return !figs.iter().any(|f| match want {
            Want::Number => f.kind == FigureKind::Count,
            Want::Range => is_range(f),
            Want::Kind(k) => f.kind == k,
            Want::Temperature => is_temperature(f),
        });
    }
    // spans in code points of the input
    let cp = |b: usize| input[..b.min(input.len())].chars().count();
    let spans: Vec<(usize, usize)> = (figs.iter())
        .map(|f| {
            let o = text.to_original(f.span);
            (cp(o.start), cp(o.end))
        })
        .collect();
    expected
        .iter()
        .all(|item| item_found(want, item, &spans, figs))
}

/// A failed case as `--failures` prints it: the input, what was expected, what was found.
fn failure(
    model: &str,
    input: &str,
    text: &Text,
    figs: &[FigureMention],
    expected: &[Value],
) -> String {
    let gold: Vec<String> = (expected.iter())
        .map(|e| {
            let value = e.get("resolution").and_then(|r| r.get("value"));
            format!(
                "{:?}={}",
                e.get("text").and_then(Value::as_str).unwrap_or(""),
                value.map(|v| v.to_string()).unwrap_or_default()
            )
        })
        .collect();
    let ours: Vec<String> = (figs.iter())
        .map(|f| {
            let (kind, q) = (f.kind.as_str(), f.qualifier.as_str());
            format!("{:?}={}..{} {kind} {q}", text.slice(f.span), f.low, f.high)
        })
        .collect();
    format!(
        "{model}\t{input:?}\n  expected {}\n  found    {}",
        gold.join(", "),
        ours.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(
            parse_interval("[20,30]"),
            Some((Some((20.0, true)), Some((30.0, true))))
        );
        assert_eq!(parse_interval("(40,)"), Some((Some((40.0, false)), None)));
        assert_eq!(parse_interval("(,40]"), Some((None, Some((40.0, true)))));
        assert_eq!(parse_interval("nonsense"), None);
        // two-sided: ends only; one-sided: closedness too
        assert!(interval_matches(
            (Some((1000.0, true)), Some((1500.0, true))),
            (Some((1000.0, true)), Some((1500.0, false)))
        ));
        assert!(!interval_matches(
            (Some((40.0, true)), None),
            (Some((40.0, false)), None)
        ));
    }

    #[test]
    fn scores_a_small_file() {
        let file = concat!(
            r#"{"model":"PercentModel","category":"Number","input":"up 96 percent","expected":[{"text":"96 percent","type":"percentage","start":3,"end":13,"resolution":{"value":"96%"}}]}"#,
            "\n",
            r#"{"model":"NumberModel","category":"Number","input":"an","expected":[]}"#,
            "\n",
            r#"{"model":"PercentModel","category":"Number","input":"up 96 percent","expected":[{"text":"96 percent","type":"percentage","start":3,"end":13,"resolution":{"value":"95%"}}]}"#,
            "\n",
            r#"{"model":"OrdinalModel","category":"Number","input":"next","expected":[{"text":"next","type":"ordinal.relative","start":0,"end":4,"resolution":{"value":"current+1"}}]}"#,
        );
        let r = score(file).unwrap();
        assert_eq!(r.models["PercentModel"], (1, 2));
        assert_eq!(r.models["NumberModel"], (1, 1));
        assert_eq!(r.categories["Number"], (2, 3));
        assert_eq!(r.unscored, 1);
        let bare = r#"{"model":"TemperatureModel","category":"NumberWithUnit","input":"10 celsius to fahrenheit","expected":[{"text":"10 celsius","type":"temperature","start":0,"end":10,"resolution":{"value":"10","unit":"C"}},{"text":"fahrenheit","type":"temperature","start":14,"end":24,"resolution":{"value":null,"unit":"F"}}]}"#;
        let r = score(bare).unwrap();
        assert_eq!((r.models["TemperatureModel"], r.bare_units), ((1, 1), 1));
        assert!(score("{not json").is_err());
    }
}
