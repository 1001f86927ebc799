//! Units a figure may carry: money, lengths, areas, volumes, weights, speeds, data sizes,
//! temperatures, and the words of ages. Each written form maps to a normalised unit symbol and
//! a kind; the value stays in the unit as written ("12 ft 2 in" is 12.17 ft), and [`to_si`]
//! gives the SI reading where one exists (a fact-checker compares "320 kilometres" with
//! "200 miles").
//!
//! Forms come from the units AP style names and those of Microsoft Recognizers-Text's English
//! unit specs (MIT). Ambiguous short forms are read only where they cannot be something else:
//! "pm" is a time of day, not picometres; "in" is inches only after feet ("5 ft 2 in").

use super::FigureKind;

/// (written form, lower-cased and space-separated; unit symbol; kind)
const UNITS: &[(&str, &str, FigureKind)] = &[
    // percent
    ("percent", "%", FigureKind::Percent),
    ("per cent", "%", FigureKind::Percent),
    ("percentage", "%", FigureKind::Percent),
    ("percents", "%", FigureKind::Percent),
    ("pct", "%", FigureKind::Percent),
    ("%", "%", FigureKind::Percent),
    // length
    ("km", "km", FigureKind::Measure),
    ("kms", "km", FigureKind::Measure),
    ("kilometres", "km", FigureKind::Measure),
    ("kilometers", "km", FigureKind::Measure),
    ("kilometre", "km", FigureKind::Measure),
    ("kilometer", "km", FigureKind::Measure),
    ("m", "m", FigureKind::Measure),
    ("metres", "m", FigureKind::Measure),
    ("meters", "m", FigureKind::Measure),
    ("metre", "m", FigureKind::Measure),
    ("meter", "m", FigureKind::Measure),
    ("cm", "cm", FigureKind::Measure),
    ("centimetres", "cm", FigureKind::Measure),
    ("centimeters", "cm", FigureKind::Measure),
    ("centimetre", "cm", FigureKind::Measure),
    ("centimeter", "cm", FigureKind::Measure),
    ("mm", "mm", FigureKind::Measure),
    ("millimetres", "mm", FigureKind::Measure),
    ("millimeters", "mm", FigureKind::Measure),
    ("millimetre", "mm", FigureKind::Measure),
    ("millimeter", "mm", FigureKind::Measure),
    ("dm", "dm", FigureKind::Measure),
    ("decimetres", "dm", FigureKind::Measure),
    ("decimeters", "dm", FigureKind::Measure),
    ("picometer", "pm", FigureKind::Measure),
    ("picometers", "pm", FigureKind::Measure),
    ("nanometers", "nm", FigureKind::Measure),
    ("nanometres", "nm", FigureKind::Measure),
    ("nm", "nm", FigureKind::Measure),
    ("miles", "mi", FigureKind::Measure),
    ("mile", "mi", FigureKind::Measure),
    ("mi", "mi", FigureKind::Measure),
    ("feet", "ft", FigureKind::Measure),
    ("foot", "ft", FigureKind::Measure),
    ("ft", "ft", FigureKind::Measure),
    ("inches", "in", FigureKind::Measure),
    ("inch", "in", FigureKind::Measure),
    ("yards", "yd", FigureKind::Measure),
    ("yard", "yd", FigureKind::Measure),
    ("nautical miles", "nmi", FigureKind::Measure),
    // area
    ("km2", "km2", FigureKind::Measure),
    ("m2", "m2", FigureKind::Measure),
    ("sq km", "km2", FigureKind::Measure),
    ("square kilometres", "km2", FigureKind::Measure),
    ("square kilometers", "km2", FigureKind::Measure),
    ("square miles", "mi2", FigureKind::Measure),
    ("square metres", "m2", FigureKind::Measure),
    ("square meters", "m2", FigureKind::Measure),
    ("square feet", "ft2", FigureKind::Measure),
    ("sq ft", "ft2", FigureKind::Measure),
    ("hectares", "ha", FigureKind::Measure),
    ("hectare", "ha", FigureKind::Measure),
    ("acres", "acre", FigureKind::Measure),
    ("acre", "acre", FigureKind::Measure),
    // volume
    ("litres", "l", FigureKind::Measure),
    ("liters", "l", FigureKind::Measure),
    ("litre", "l", FigureKind::Measure),
    ("liter", "l", FigureKind::Measure),
    ("ml", "ml", FigureKind::Measure),
    ("millilitres", "ml", FigureKind::Measure),
    ("milliliters", "ml", FigureKind::Measure),
    ("gallons", "gal", FigureKind::Measure),
    ("gallon", "gal", FigureKind::Measure),
    ("cups", "cup", FigureKind::Measure),
    ("cup", "cup", FigureKind::Measure),
    ("tablespoons", "tbsp", FigureKind::Measure),
    ("tablespoon", "tbsp", FigureKind::Measure),
    ("teaspoons", "tsp", FigureKind::Measure),
    ("teaspoon", "tsp", FigureKind::Measure),
    ("pints", "pt", FigureKind::Measure),
    ("barrels", "bbl", FigureKind::Measure),
    ("barrel", "bbl", FigureKind::Measure),
    ("cubic metres", "m3", FigureKind::Measure),
    ("cubic meters", "m3", FigureKind::Measure),
    // weight
    ("kg", "kg", FigureKind::Measure),
    ("kilograms", "kg", FigureKind::Measure),
    ("kilogram", "kg", FigureKind::Measure),
    ("kilos", "kg", FigureKind::Measure),
    ("g", "g", FigureKind::Measure),
    ("grams", "g", FigureKind::Measure),
    ("gram", "g", FigureKind::Measure),
    ("grammes", "g", FigureKind::Measure),
    ("mg", "mg", FigureKind::Measure),
    ("milligrams", "mg", FigureKind::Measure),
    ("μg", "µg", FigureKind::Measure),
    ("µg", "µg", FigureKind::Measure),
    ("microgram", "µg", FigureKind::Measure),
    ("micrograms", "µg", FigureKind::Measure),
    ("microgrammes", "µg", FigureKind::Measure),
    ("metric tons", "t", FigureKind::Measure),
    ("metric tonnes", "t", FigureKind::Measure),
    ("tonnes", "t", FigureKind::Measure),
    ("tonne", "t", FigureKind::Measure),
    ("tons", "t", FigureKind::Measure),
    ("ton", "t", FigureKind::Measure),
    ("lbs", "lb", FigureKind::Measure),
    ("pounds", "lb", FigureKind::Measure),
    ("pound", "lb", FigureKind::Measure),
    ("lb", "lb", FigureKind::Measure),
    ("ounces", "oz", FigureKind::Measure),
    ("ounce", "oz", FigureKind::Measure),
    ("oz", "oz", FigureKind::Measure),
    // speed
    ("miles an hour", "mph", FigureKind::Measure),
    ("miles per hour", "mph", FigureKind::Measure),
    ("mph", "mph", FigureKind::Measure),
    ("km/h", "km/h", FigureKind::Measure),
    ("kph", "km/h", FigureKind::Measure),
    ("kilometres per hour", "km/h", FigureKind::Measure),
    ("kilometers per hour", "km/h", FigureKind::Measure),
    ("knots", "kn", FigureKind::Measure),
    ("meters per second", "m/s", FigureKind::Measure),
    ("metres per second", "m/s", FigureKind::Measure),
    ("meters per millisecond", "m/ms", FigureKind::Measure),
    ("centimeters/millisecond", "cm/ms", FigureKind::Measure),
    ("km/ms", "km/ms", FigureKind::Measure),
    // data, angle
    ("bit", "bit", FigureKind::Measure),
    ("bits", "bit", FigureKind::Measure),
    ("bytes", "B", FigureKind::Measure),
    ("kb", "kB", FigureKind::Measure),
    ("mb", "MB", FigureKind::Measure),
    ("gb", "GB", FigureKind::Measure),
    ("tb", "TB", FigureKind::Measure),
    ("megabytes", "MB", FigureKind::Measure),
    ("gigabytes", "GB", FigureKind::Measure),
    ("terabytes", "TB", FigureKind::Measure),
    ("turns", "turn", FigureKind::Measure),
    ("turn", "turn", FigureKind::Measure),
    // temperature
    ("degrees celsius", "°C", FigureKind::Measure),
    ("degree celsius", "°C", FigureKind::Measure),
    ("degrees centigrade", "°C", FigureKind::Measure),
    ("degrees fahrenheit", "°F", FigureKind::Measure),
    ("degree fahrenheit", "°F", FigureKind::Measure),
    ("deg celsius", "°C", FigureKind::Measure),
    ("deg c", "°C", FigureKind::Measure),
    ("deg f", "°F", FigureKind::Measure),
    ("deg .", "°", FigureKind::Measure),
    ("° c", "°C", FigureKind::Measure),
    ("° f", "°F", FigureKind::Measure),
    ("°c", "°C", FigureKind::Measure),
    ("°f", "°F", FigureKind::Measure),
    ("celsius", "°C", FigureKind::Measure),
    ("centigrade", "°C", FigureKind::Measure),
    ("centigrate", "°C", FigureKind::Measure),
    ("fahrenheit", "°F", FigureKind::Measure),
    ("farenheit", "°F", FigureKind::Measure),
    ("kelvin", "K", FigureKind::Measure),
    ("degrees", "°", FigureKind::Measure),
    ("degree", "°", FigureKind::Measure),
    ("deg", "°", FigureKind::Measure),
    ("°", "°", FigureKind::Measure),
    // money: names (ISO 4217 codes below)
    ("us dollars", "USD", FigureKind::Money),
    ("us dollar", "USD", FigureKind::Money),
    ("u.s. dollars", "USD", FigureKind::Money),
    ("australian dollars", "AUD", FigureKind::Money),
    ("canadian dollars", "CAD", FigureKind::Money),
    ("hong kong dollars", "HKD", FigureKind::Money),
    ("new zealand dollars", "NZD", FigureKind::Money),
    ("singapore dollars", "SGD", FigureKind::Money),
    ("dollars", "USD", FigureKind::Money),
    ("dollar", "USD", FigureKind::Money),
    ("euros", "EUR", FigureKind::Money),
    ("euro", "EUR", FigureKind::Money),
    ("pounds sterling", "GBP", FigureKind::Money),
    ("pence", "GBp", FigureKind::Money),
    ("penny", "GBp", FigureKind::Money),
    ("pennies", "GBp", FigureKind::Money),
    ("cents", "cent", FigureKind::Money),
    ("cent", "cent", FigureKind::Money),
    ("chinese yuan", "CNY", FigureKind::Money),
    ("yuan", "CNY", FigureKind::Money),
    ("renminbi", "CNY", FigureKind::Money),
    ("rmb", "CNY", FigureKind::Money),
    ("元", "CNY", FigureKind::Money),
    ("yen", "JPY", FigureKind::Money),
    ("rupees", "INR", FigureKind::Money),
    ("rupee", "INR", FigureKind::Money),
    ("roubles", "RUB", FigureKind::Money),
    ("rubles", "RUB", FigureKind::Money),
    ("swiss francs", "CHF", FigureKind::Money),
    ("francs", "FRF", FigureKind::Money),
    ("pesetas", "ESP", FigureKind::Money),
    ("pesos", "MXN", FigureKind::Money),
    ("dutch guilders", "NLG", FigureKind::Money),
    ("guilders", "NLG", FigureKind::Money),
    ("finnish markka", "FIM", FigureKind::Money),
    ("marks", "DEM", FigureKind::Money),
    ("lira", "TRY", FigureKind::Money),
    ("liras", "TRY", FigureKind::Money),
    ("dinars", "IQD", FigureKind::Money),
    ("riyals", "SAR", FigureKind::Money),
    ("dirhams", "AED", FigureKind::Money),
    ("shekels", "ILS", FigureKind::Money),
    ("rand", "ZAR", FigureKind::Money),
    ("won", "KRW", FigureKind::Money),
    ("kip", "LAK", FigureKind::Money),
    ("₭", "LAK", FigureKind::Money),
    ("bitcoins", "BTC", FigureKind::Money),
    ("bitcoin", "BTC", FigureKind::Money),
    ("btc", "BTC", FigureKind::Money),
    ("satoshis", "sat", FigureKind::Money),
    ("satoshi", "sat", FigureKind::Money),
];

/// ISO 4217 codes read before or after a number ("GBP 350", "500 USD", "USD115.5"), and with
/// an M prefix for millions ("30 MUSD", "120 MEUR").
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "RUB",
    "TRY", "SAR", "AED", "ILS", "IQD", "SYP", "IRR", "EGP", "ZAR", "KRW", "BRL", "MXN", "SEK",
    "NOK", "DKK", "PLN",
];

/// The currency of a symbol written before a number.
pub fn symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" | "US$" | "us$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "C$" | "c$" => "CAD",
        "A$" => "AUD",
        "₿" => "BTC",
        _ => return code(s),
    })
}

/// A currency sign written after a number: "100₾", "100,000 ரூ", "₿" (also before).
pub fn symbol_after(s: &str) -> Option<&'static str> {
    Some(match s {
        "₾" => "GEL",
        "ரூ" => "LKR",
        "₿" => "BTC",
        "₭" => "LAK",
        "元" => "CNY",
        _ => return None,
    })
}

/// An ISO code as written ("GBP"), or `None`.
pub fn code(s: &str) -> Option<&'static str> {
    CODES.iter().find(|c| **c == s).copied()
}

/// A code with a million prefix: "MUSD" → (USD, 10^6).
pub fn million_code(s: &str) -> Option<&'static str> {
    s.strip_prefix('M').and_then(code)
}

/// The unit written at token `i` of words `w`: symbol, kind, and the token after it. Longest
/// form first; brackets around a unit are skipped ("20 (kg)").
pub fn unit_at(w: &[&str], i: usize) -> Option<(&'static str, FigureKind, usize)> {
    let open = w
        .get(i)
        .is_some_and(|t| matches!(*t, "(" | "<" | "{" | "["));
    let j = if open { i + 1 } else { i };
    let mut best: Option<(&'static str, FigureKind, usize)> = None;
    for &(form, unit, kind) in UNITS {
        let n = form.split(' ').count();
        if best.is_some_and(|b| b.2 - j >= n) {
            continue;
        }
        let ok = form.split(' ').enumerate().all(|(d, p)| {
            w.get(j + d).is_some_and(|t| {
                // one-letter forms as written only ("m", "g"); the rest in any case
                if p.len() == 1 {
                    *t == p
                } else {
                    t.eq_ignore_ascii_case(p) || t.to_lowercase() == p
                }
            })
        });
        if ok {
            best = Some((unit, kind, j + n));
        }
    }
    if best.is_none() {
        if let Some(c) = w.get(j).and_then(|t| code(t)) {
            best = Some((c, FigureKind::Money, j + 1));
        }
    }
    let (u, k, mut e) = best?;
    if open {
        if !w
            .get(e)
            .is_some_and(|t| matches!(*t, ")" | ">" | "}" | "]"))
        {
            return None;
        }
        e += 1;
    }
    Some((u, k, e))
}

/// A unit glued to a number ("320km", "75ml", "7.62mm", "115USD", "68-ounce"): the unit of
/// the suffix.
pub fn glued(suffix: &str) -> Option<(&'static str, FigureKind)> {
    let s = suffix.strip_prefix('-').unwrap_or(suffix);
    // "1MM" is a million in finance copy, not millimetres
    if s == "MM" {
        return None;
    }
    if let Some(c) = code(s) {
        return Some((c, FigureKind::Money));
    }
    let words: Vec<&str> = vec![s];
    unit_at(&words, 0).map(|(u, k, _)| (u, k))
}

/// The SI reading of a value in a unit, where the unit has one: (value, SI unit).
pub fn to_si(value: f64, unit: &str) -> Option<(f64, &'static str)> {
    Some(match unit {
        "km" => (value * 1e3, "m"),
        "cm" => (value / 1e2, "m"),
        "mm" => (value / 1e3, "m"),
        "dm" => (value / 10.0, "m"),
        "mi" => (value * 1609.344, "m"),
        "nmi" => (value * 1852.0, "m"),
        "ft" => (value * 0.3048, "m"),
        "in" => (value * 0.0254, "m"),
        "yd" => (value * 0.9144, "m"),
        "km2" => (value * 1e6, "m2"),
        "mi2" => (value * 2_589_988.110336, "m2"),
        "ft2" => (value * 0.092_903_04, "m2"),
        "ha" => (value * 1e4, "m2"),
        "acre" => (value * 4046.856_422_4, "m2"),
        "l" => (value / 1e3, "m3"),
        "ml" => (value / 1e6, "m3"),
        "gal" => (value * 0.003_785_411_784, "m3"),
        "g" => (value / 1e3, "kg"),
        "mg" => (value / 1e6, "kg"),
        "t" => (value * 1e3, "kg"),
        "lb" => (value * 0.453_592_37, "kg"),
        "oz" => (value * 0.028_349_523_125, "kg"),
        "mph" => (value * 0.44704, "m/s"),
        "km/h" => (value / 3.6, "m/s"),
        "kn" => (value * 0.514_444, "m/s"),
        "°F" => ((value - 32.0) * 5.0 / 9.0, "°C"),
        "K" => (value - 273.15, "°C"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        // words, unit, kind, tokens used
        let cases: &[(&str, &str, FigureKind, usize)] = &[
            ("kilometres west", "km", FigureKind::Measure, 1),
            ("square miles )", "mi2", FigureKind::Measure, 2),
            ("( kg )", "kg", FigureKind::Measure, 3),
            ("degrees fahrenheit to", "°F", FigureKind::Measure, 2),
            ("per cent of", "%", FigureKind::Percent, 2),
            ("us dollars", "USD", FigureKind::Money, 2),
            ("USD ,", "USD", FigureKind::Money, 1),
            ("metric tons", "t", FigureKind::Measure, 2),
            ("miles an hour", "mph", FigureKind::Measure, 3),
        ];
        for &(input, unit, kind, n) in cases {
            let w: Vec<&str> = input.split(' ').collect();
            assert_eq!(unit_at(&w, 0), Some((unit, kind, n)), "{input}");
        }
        for input in ["pm", "in", "M", "people"] {
            assert_eq!(unit_at(&[input], 0), None, "{input}");
        }
        assert_eq!(glued("km"), Some(("km", FigureKind::Measure)));
        assert_eq!(glued("-ounce"), Some(("oz", FigureKind::Measure)));
        assert_eq!(glued("USD"), Some(("USD", FigureKind::Money)));
        assert_eq!(million_code("MEUR"), Some("EUR"));
        let (m, u) = to_si(320.0, "km").unwrap();
        assert_eq!((m, u), (320_000.0, "m"));
    }
}
