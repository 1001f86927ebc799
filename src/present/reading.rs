//! A figure as the page reads it out: its value or range, unit, what is counted, qualifier and
//! kind, with the SI value beside a unit as written ("320 km (= 320000 m)"), a weekday by name,
//! a date as ISO 8601 ("2017-11-03"), a relative date in words ("yesterday").

use crate::figures::FigureKind;
use crate::schema::FigureDoc;

/// The reading of a figure shown beside it and in its tooltip.
pub fn figure_reading(f: &FigureDoc) -> String {
    let num = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v:.2}")
        }
    };
    if f.kind == FigureKind::Weekday {
        let day = crate::words::calendar::weekday_name(f.low as u32).unwrap_or_else(|| "?".into());
        return format!("{day} (weekday)");
    }
    if f.kind == FigureKind::Relative {
        let when = crate::figures::relative::describe(f.low, f.unit.as_deref().unwrap_or("day"));
        return format!("{when} (relative date)");
    }
    if f.kind == FigureKind::Date {
        // dates are stored as yyyymmdd (year 0 when the text gives none); a span of days has
        // two ends ("Feb 7-14")
        let ymd = |v: f64| {
            let d = v as u64;
            let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
            if y == 0 {
                format!("{m:02}-{day:02}")
            } else {
                format!("{y}-{m:02}-{day:02}")
            }
        };
        return if f.low == f.high {
            format!("{} (date)", ymd(f.low))
        } else {
            format!("{} to {} (date)", ymd(f.low), ymd(f.high))
        };
    }
    let value = if f.low == f.high {
        num(f.low)
    } else {
        format!("{}–{}", num(f.low), num(f.high))
    };
    // "1 week", not "1 weeks": time units are plural words
    let unit = f
        .unit
        .as_deref()
        .map(|u| match u.strip_suffix('s') {
            Some(one) if f.low == 1.0 && f.high == 1.0 && u.len() > 3 => format!(" {one}"),
            _ => format!(" {u}"),
        })
        .unwrap_or_default();
    let about = f
        .about
        .as_ref()
        .map(|a| format!(" {a}"))
        .unwrap_or_default();
    let q = f.qualifier.as_str().replace('_', " ");
    // the SI reading the document carries, beside the unit as written: "320 km (= 320000 m)"
    // (a span of time reads best in its own unit: no "(= 5259600 s)")
    let si = match f.si.as_ref().filter(|_| f.kind != FigureKind::Duration) {
        Some(si) if f.low == f.high => format!(" (= {} {})", num(si.low), si.unit),
        Some(si) => format!(" (= {}–{} {})", num(si.low), num(si.high), si.unit),
        None => String::new(),
    };
    format!("{value}{unit}{about}{si}, {q} ({})", f.kind.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Qualifier;
    use crate::schema::SiDoc;

    fn doc(
        kind: FigureKind,
        low: f64,
        high: f64,
        unit: Option<&'static str>,
        about: Option<&str>,
    ) -> FigureDoc {
        FigureDoc {
            start: 0,
            end: 1,
            text: String::new(),
            kind,
            low,
            high,
            unit: unit.map(String::from),
            qualifier: Qualifier::Exact,
            about: about.map(str::to_string),
            event: None,
            time: None,
            si: unit.and_then(|u| {
                let (low, unit) = crate::figures::units::to_si(low, u)?;
                let (high, _) = crate::figures::units::to_si(high, u)?;
                Some(SiDoc {
                    low,
                    high,
                    unit: unit.to_string(),
                })
            }),
            group: None,
        }
    }

    #[rustfmt::skip]
    #[test]
    fn readings() {
        use FigureKind::*;
        for (f, want) in [
            (doc(Measure, 320.0, 320.0, Some("km"), None), "320 km (= 320000 m), exact (measure)"),
            (doc(Count, 1500.0, 2500.0, None, Some("fighters")), "1500–2500 fighters, exact (count)"),
            (doc(Duration, 1.0, 1.0, Some("weeks"), None), "1 week, exact (duration)"),
            (doc(Percent, 6.25, 6.25, Some("%"), None), "6.25 %, exact (percent)"),
            (doc(Weekday, 3.0, 3.0, None, None), "Wednesday (weekday)"),
            (doc(Date, 20171103.0, 20171103.0, None, None), "2017-11-03 (date)"),
            (doc(Date, 207.0, 214.0, None, None), "02-07 to 02-14 (date)"),
            (doc(Relative, -1.0, -1.0, Some("day"), None), "yesterday (relative date)"),
        ] {
            assert_eq!(figure_reading(&f), want);
        }
    }
}
