//! Measures: a number with a unit of length, area, volume, mass, speed, temperature, energy,
//! power, data and the like (the unit table, `units.rs`). This reader finishes what the table
//! alone cannot: "square" before a length ("850 square feet" is written as one form in the
//! table, "square kilometres" too; "sq" + a length is read here), feet and inches ("5 feet 2
//! inches"), and angles apart from temperatures ("a 45 degrees angle", "rotate 90°").

use super::cursor::Amount;
use super::cursor::Cx;
use super::mention::FigureKind;
use super::{number, units};

/// Verbs and nouns before a number of degrees that make it an angle.
const ANGLE_BEFORE: &[&str] = &[
    "rotate", "rotated", "rotates", "turn", "turned", "turns", "angle", "tilt",
];

pub fn finish(cx: &Cx, a: &mut Amount) {
    if a.unit.is_none() && cx.is_any(a.next, &["square", "sq"]) {
        if let Some((u, _, n)) = units::unit_at(&cx.words, a.next + 1) {
            let area = match u {
                "km" => Some("km2"),
                "mi" => Some("mi2"),
                "m" => Some("m2"),
                "ft" => Some("ft2"),
                _ => None,
            };
            if let Some(area) = area {
                a.kind = FigureKind::Measure;
                a.unit = Some(area);
                a.next = n;
            }
        }
    }
    if a.unit == Some("°") {
        let after = cx.is(a.next, "angle");
        let before = a.start > 0 && cx.is_any(a.start - 1, ANGLE_BEFORE);
        if after || before {
            a.unit = Some("deg");
            a.next += usize::from(after);
        }
    }
    if a.unit == Some("ft") && a.low == a.high {
        if let Some(c) = number::number(&cx.words, a.next) {
            if c.value < 12.0 && cx.is_any(c.end, &["in", "inch", "inches"]) {
                a.low += c.value / 12.0;
                a.high = a.low;
                a.next = c.end + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, &str)] = &[
        ("The wall is 3.5 metres high.", "3.5 metres", 3.5, "m"),
        ("The galaxy is 3.8 billion light-years away.", "3.8 billion light-years", 3.8e9, "ly"),
        ("Winds of 150 km/h hit the coast.", "150 km/h", 150.0, "km/h"),
        ("The plant produces 800 megawatts.", "800 megawatts", 800.0, "MW"),
        ("The patient lost 9 stone in a year.", "9 stone", 9.0, "st"),
        ("The forecast is 28 C and sunny.", "28 C", 28.0, "°C"),
        ("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5.0 + 2.0 / 12.0, "ft"),
        ("A 40-foot container fell overboard.", "40-foot", 40.0, "ft"),
        ("The field covers 12 sq km of land.", "12 sq km", 12.0, "km2"),
        ("The battery stores 75 kilowatt-hours.", "75 kilowatt-hours", 75.0, "kWh"),
        ("The flat has 60 m² of floor.", "60 m²", 60.0, "m2"),
        ("A 108-foot-tall rocket stood there.", "108-foot-tall", 108.0, "ft"),
        ("It orbits hundreds of kilometres above the Earth.", "hundreds of kilometres", 200.0, "km"),
        ("It was 75 degrees F at noon.", "75 degrees F", 75.0, "°F"),
        ("The line runs at 100 Mbps today.", "100 Mbps", 100.0, "Mbit/s"),
    ];

    #[test]
    fn reads_measures() {
        for &(input, text, v, unit) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0.starts_with(text)
                    && f.1 == FigureKind::Measure
                    && (f.2 - v).abs() < 1e-6
                    && f.5 == Some(unit)),
                "{input:?}: {got:?}"
            );
        }
    }
}
