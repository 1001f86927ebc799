//! The amount grammar every quantity shares, composed in this order:
//!
//! ```text
//! amount  := [comparison] [currency-before] quantity [range] [comparison-after] [unit] → counted
//! quantity:= number [scale]          (number.rs: digits in any grouping, words, fractions)
//!          | vague                   (vague.rs: "a few", "dozens", "a pair of")
//! range   := ("to" | "-" | "through" | "and" after "between") quantity
//! unit    := sign | code | name, before or after, in any case (units.rs, from CLDR)
//! ```
//!
//! Then the readers of each unit's shape finish the amount ([`FINISH`]: share, money, measure, age,
//! duration), and [`counted::after`] says what is counted. An amount with no unit is a
//! count.

use super::cursor::{Amount, Cx, Quantity, Step};
use super::mention::{FigureKind, FigureMention, Qualifier};
use super::{age, compare, counted, duration, measure, money, number, share, units, vague};
use crate::text::TokenKind;

/// The readers that finish an amount by its unit's shape, tried in order.
pub const FINISH: &[fn(&Cx, &mut Amount)] = &[
    share::finish,
    money::finish,
    measure::finish,
    age::finish,
    duration::finish,
];

pub fn quantity(cx: &Cx, k: usize) -> Option<Quantity> {
    if let Some(v) = vague::read(cx, k) {
        return Some(v);
    }
    // "oh" is zero only inside a number said aloud ("two oh five"), never opening one ("Oh,
    // Uma")
    if cx.is(k, "oh") {
        return None;
    }
    // a dash after a dash is punctuation, not a minus ("rose -- 2.6 terabytes"); the number
    // grammar decides the rest ("-5 degrees", not "Abu Kamal - 40 km")
    if cx.word(k) == "-" && k > 0 && matches!(cx.word(k - 1), "-" | "\u{2014}" | "\u{2013}") {
        return None;
    }
    let p = number::number(&cx.words, k)?;
    // a scale word ("6.6 million") or a scale letter glued to digits ("5bn", "100k")
    let glued_scale = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with(|c: char| c.is_ascii_alphabetic())
    };
    let scaled = (k..p.end).any(|i| number::scale_word(cx.word(i)).is_some())
        || glued_scale(cx.word(p.end - 1));
    Some(Quantity {
        low: p.value,
        high: p.value,
        end: p.end,
        vague: false,
        fraction: p.fraction,
        scaled,
    })
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let mut a = match glued(cx, k) {
        Ok(Some(a)) => a,
        Ok(None) => {
            let mut a = begin(cx, k)?;
            range(cx, &mut a);
            a
        }
        Err(()) => return Some(Step::Skip(k + 1)),
    };
    if a.low == a.high {
        if let Some((q, e)) = compare::after(cx, a.next, a.qualifier) {
            a.qualifier = q;
            a.next = e;
        }
    }
    unit_after(cx, &mut a);
    for finish in FINISH {
        finish(cx, &mut a);
    }
    let (mut about, mut end) = counted::after(cx, a.next);
    // "$240 million raised": money, measures and shares count no participle
    let participle = |s: &str| {
        s.split(' ')
            .next()
            .is_some_and(|w| w.ends_with("ed") || w.ends_with("ing"))
    };
    if a.kind != FigureKind::Count && about.as_deref().is_some_and(participle) {
        about = None;
        end = a.next;
    }
    let end = end.max(a.next);
    let mut span = cx.span(a.start, end);
    if a.dot_before {
        span.start -= 1;
    }
    let f = FigureMention {
        span,
        kind: a.kind,
        low: a.low,
        high: a.high,
        unit: a.unit,
        qualifier: a.qualifier,
        about,
        event: None,
        time: None,
    };
    Some(Step::Figure(f, end))
}

/// "injuring one person", "one MTA worker is being treated": "one" as a numeral before the
/// singular noun it counts, as wire copy gives a toll of one: in a toll, as a verb's object, as
/// a passive's subject, or in a list of counts. Not the pronoun ("one of the", "no one", "one
/// another") nor an idiom whose noun counts nothing ("one day", "on the one hand", "one way").
/// The noun is told from a verb by the entity model's clusters ([`counted::clause_word`]); one
/// person who speaks ("one official said") is a source, not a count.
fn one_counted(cx: &Cx, k: usize) -> bool {
    const NOT_COUNTED: &[&str] = &[
        "another",
        "such",
        "way",
        "thing",
        "hand",
        "time",
        "point",
        "side",
        "day",
        "night",
        "morning",
        "evening",
        "afternoon",
        "year",
        "week",
        "month",
        "other",
        "single",
        "last",
        "next",
        "more",
        "less",
        "kind",
        "sort",
        "type",
        "example",
    ];
    if !cx.is(k, "one") {
        return false;
    }
    // "no one", "the one who", "any one", "every one of them"
    if k > 0
        && cx.is_any(
            k - 1,
            &[
                "no", "the", "any", "every", "each", "which", "that", "this", "someone", "at", "as",
            ],
        )
    {
        return false;
    }
    // "one MTA worker": an acronym before the noun
    let n = if cx.word(k + 1).len() >= 2 && cx.word(k + 1).chars().all(|c| c.is_ascii_uppercase()) {
        k + 2
    } else {
        k + 1
    };
    let w = cx.word(n);
    let l = w.to_ascii_lowercase();
    // a toll of one ("one person was killed", "one worker is being treated") or the object of
    // a verb ("injuring one person", "removed one person"); "one fan asked" is an anecdote
    let toll = super::event::of(cx, k, n + 1).is_some();
    let object = k > 0 && {
        let v = cx.lower(k - 1);
        super::clause::is_verb(&v) || (v.len() > 5 && v.ends_with("ing"))
    };
    // the subject of a passive: "one MTA worker is being treated", "one person was rescued"
    let passive = (n + 1..n + 3).any(|i| {
        cx.is_any(i, &["is", "was", "were", "are", "been", "being"])
            && (i + 1..i + 3).any(|j| super::clause::is_verb(&cx.lower(j)))
    });
    // "17 men and one woman": one of a list of counts
    let listed = k >= 3
        && cx.is_any(k - 1, &["and", "or"])
        && (cx.kind(k - 3) == Some(TokenKind::Number)
            || number::small_word(cx.word(k - 3)).is_some());
    (toll || object || passive || listed)
        && cx.low_word(n)
        && cx.kind(n) == Some(TokenKind::Word)
        && !counted::is_stop(&l)
        && !counted::clause_word(&l)
        && !NOT_COUNTED.contains(&l.as_str())
        && (!l.ends_with('s') || l.ends_with("ss"))
        && !l.ends_with("ly")
        && !cx.is(n + 1, "of")
        // "one official said": a source, not a count
        && !(n + 1..n + 3).any(|i| super::clause::REPORTING.contains(&cx.lower(i).as_str()))
}

/// The number with its comparison and currency sign before it.
fn begin(cx: &Cx, k: usize) -> Option<Amount> {
    let q = quantity(cx, k)?;
    if q.fraction && share::is_period(cx, k) {
        return None;
    }
    // a lone "one" is a pronoun more often than a figure ("one of the last...")
    if cx.kind(k) == Some(TokenKind::Word)
        && !q.vague
        && !q.fraction
        && q.low == 1.0
        && q.end == k + 1
        && units::unit_at(&cx.words, q.end).is_none()
        // "one more time", "one last chance": a count of one; "one element", "in one go" are
        // no figures a reader compares
        && !cx.is_any(q.end, &["more", "last"])
        && !one_counted(cx, k)
    {
        return None;
    }
    let sign = money::sign_before(cx, k);
    let q_at = sign.map_or(k, |(_, at)| at);
    let (mut qualifier, mut start) = compare::before(cx, q_at);
    // "ruled over millions": a vague plural is not bounded by "over"/"under"
    if q.vague && qualifier != Qualifier::Exact && start + 1 == q_at {
        qualifier = Qualifier::Exact;
        start = q_at;
    }
    if q.vague && qualifier == Qualifier::Exact {
        qualifier = Qualifier::About;
    }
    Some(Amount {
        start,
        k,
        next: q.end,
        low: q.low,
        high: q.high,
        kind: sign.map_or(FigureKind::Count, |_| FigureKind::Money),
        unit: sign.map(|(u, _)| u),
        qualifier,
        vague: q.vague,
        fraction: q.fraction,
        scaled: q.scaled,
        sign_before: sign.is_some(),
        dot_before: false,
    })
}

/// "1,500 to 2,500", "2,000-3,000", "between 5 and 10", "from 200 to 300", "20 through 100",
/// "$5 to $10".
fn range(cx: &Cx, a: &mut Amount) {
    let between = a.k > 0 && cx.is(a.k - 1, "between");
    let from = a.start == a.k && a.k > 0 && cx.is(a.k - 1, "from");
    let joiner = cx.lower(a.next);
    // "two or three years", "10 or 12 people": alternatives that bound a quantity
    let or = joiner == "or" && cx.kind(a.next + 1) == cx.kind(a.k);
    let joins = matches!(
        joiner.as_str(),
        "to" | "-" | "\u{2013}" | "~" | "through" | "thru"
    ) || (between && joiner == "and")
        || or;
    if !joins || a.next + 1 >= cx.len() || a.low != a.high {
        return;
    }
    // "dropped more than $11 billion to $106 billion", "fell 14% to $5,920": a change and
    // where it ended, not a range; "from X to Y" and "between X and Y" are ranges
    let bounded = !matches!(a.qualifier, Qualifier::Exact | Qualifier::About);
    let own_unit = a.sign_before || units::unit_at(&cx.words, a.next).is_some();
    let changed = a.start > 0 && is_change(&cx.lower(a.start - 1)) && own_unit;
    if !between && !from && (bounded || changed) {
        return;
    }
    let skip = usize::from(a.sign_before && units::symbol(cx.word(a.next + 1)).is_some());
    let Some(q2) = quantity(cx, a.next + 1 + skip) else {
        return;
    };
    // "or" joins alternatives only when a unit after the second distributes over both ("two
    // or three years"); "5 or 6" stays two numbers
    if q2.vague || (or && units::unit_at(&cx.words, q2.end).is_none()) {
        return;
    }
    // "between two and three thousand": the scale of the second end is the first's too
    if !a.scaled && q2.scaled && a.low < q2.low {
        let scale = (a.next + 1 + skip..q2.end)
            .filter_map(|i| number::scale_word(cx.word(i)))
            .last();
        if let Some(s) = scale.filter(|s| a.low * s <= q2.low) {
            a.low *= s;
        }
    }
    if q2.low < a.low {
        return;
    }
    a.high = q2.high;
    a.next = q2.end;
    if between || from {
        a.start -= 1;
        a.qualifier = Qualifier::Exact;
    }
}

/// Verbs of change: a number after them is how much something changed, and "to" after it
/// introduces where it ended ("rose 5% to $10").
fn is_change(w: &str) -> bool {
    const REGULAR: &[&str] = &[
        "rise", "fall", "climb", "jump", "plunge", "slide", "gain", "increase", "decrease",
        "surge", "soar", "tumble", "slump", "decline", "shrink", "grow", "sink", "lose", "raise",
        "lower", "boost", "reduce", "dip", "drop", "cut", "shed", "add",
    ];
    const IRREGULAR: &[&str] = &[
        "rose", "risen", "rising", "fell", "fallen", "slid", "sliding", "sank", "sunk", "lost",
        "losing", "grew", "grown", "shrank", "shrunk", "dropped", "dropping", "dipped", "dipping",
        "cutting", "shedding", "up", "down",
    ];
    IRREGULAR.contains(&w)
        || REGULAR.iter().any(|s| {
            w.strip_prefix(s)
                .is_some_and(|rest| matches!(rest, "" | "s" | "d" | "ed" | "ing"))
                || (s.ends_with('e') && w.strip_prefix(&s[..s.len() - 1]) == Some("ing"))
        })
}

/// The unit after the number: a sign ("10 $"), a unit form, "square" + a length, a million
/// code ("30 MUSD"), and a scale after the unit ("75 USD million").
fn unit_after(cx: &Cx, a: &mut Amount) {
    if a.unit.is_some() {
        return;
    }
    // "hundreds of kilometres", "thousands of dollars": the unit after "of" a vague amount
    let next = if a.vague && cx.is(a.next, "of") && units::unit_at(&cx.words, a.next + 1).is_some()
    {
        a.next + 1
    } else {
        a.next
    };
    if let Some(cur) = units::symbol_after(cx.word(next)) {
        a.kind = FigureKind::Money;
        a.unit = Some(cur);
        a.next += 1;
    } else if let Some((u, kind, n)) = units::unit_at(&cx.words, next) {
        a.kind = kind;
        a.unit = Some(u);
        a.next = n;
    } else if let Some(c) = units::million_code(cx.word(next)) {
        a.kind = FigureKind::Money;
        a.unit = Some(c);
        a.next += 1;
        a.low *= 1e6;
        a.high *= 1e6;
    }
}

/// Amounts written as one token: a unit glued after digits or a number word ("320km",
/// "40-foot", "three-foot", "115USD"), a code glued before ("USD115.5"), a range ("1000-5000",
/// "5k-20k"), a decimal without its leading zero (".23456", the tokenizer splits the point
/// off). `Err` when the token has digits but is no amount ("Tu-22M", "F-16").
pub fn glued(cx: &Cx, k: usize) -> Result<Option<Amount>, ()> {
    let w = cx.word(k);
    let kind = cx.kind(k);
    let one =
        |low: f64, high: f64, fk: FigureKind, unit: Option<&'static str>, start: usize| Amount {
            start,
            k,
            next: k + 1,
            low,
            high,
            kind: fk,
            unit,
            qualifier: Qualifier::Exact,
            vague: false,
            fraction: false,
            scaled: false,
            sign_before: false,
            dot_before: false,
        };
    // ".23456": the point may stand as a sentence of its own, so look at the text's tokens
    if kind == Some(TokenKind::Number) && w.bytes().all(|c| c.is_ascii_digit()) && cx.toks[k] > 0 {
        let tokens = &cx.text.tokens;
        let (t, dot) = (&tokens[cx.toks[k]], &tokens[cx.toks[k] - 1]);
        let glued = cx.text.slice(dot.span) == "." && dot.span.end == t.span.start;
        let after_digit = cx.toks[k] >= 2 && {
            let before = &tokens[cx.toks[k] - 2];
            before.span.end == dot.span.start && before.kind == TokenKind::Number
        };
        if glued && !after_digit {
            if let Ok(v) = format!("0.{w}").parse::<f64>() {
                let mut a = one(v, v, FigureKind::Count, None, k);
                a.dot_before = true;
                return Ok(Some(a));
            }
        }
    }
    // "1000-5000", "5k-20k"
    if let Some((x, y)) = w.split_once('-') {
        if let (Some((x, false)), Some((y, false))) = (number::digits(x), number::digits(y)) {
            if y <= x {
                return Err(());
            }
            let (q, start) = compare::before(cx, k);
            let mut a = one(x, y, FigureKind::Count, None, start);
            a.qualifier = if q == Qualifier::Exact {
                q
            } else {
                Qualifier::About
            };
            return Ok(Some(a));
        }
    }
    // "USD115.5"
    if w.len() > 3 && w.is_char_boundary(3) {
        if let (Some(cur), Some((v, false))) = (units::code(&w[..3]), number::digits(&w[3..])) {
            let (q, start) = compare::before(cx, k);
            let mut a = one(v, v, FigureKind::Money, Some(cur), start);
            a.qualifier = q;
            return Ok(Some(a));
        }
    }
    // "320km", "40-foot", "5bn" (a scale, read by the number grammar), "Tu-22M" (nothing);
    // after a currency sign a glued letter is a scale ("$500m" is half a billion dollars)
    if kind == Some(TokenKind::Word) && w.bytes().any(|c| c.is_ascii_digit()) {
        let split = w.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',');
        if let Some(p) = split.filter(|_| money::sign_before(cx, k).is_none()) {
            let (num, unit) = w.split_at(p);
            // "108-foot-tall", "5-metre-long": the dimension word after the unit
            let unit = ["-tall", "-long", "-wide", "-high", "-deep", "-thick"]
                .iter()
                .find_map(|d| unit.strip_suffix(d))
                .unwrap_or(unit);
            if let (Some((v, false)), Some((u, uk))) = (number::digits(num), units::glued(unit)) {
                let (q, start) = compare::before(cx, k);
                let mut a = one(v, v, uk, Some(u), start);
                a.qualifier = q;
                return Ok(Some(a));
            }
        }
        // "1.3x10^6", "12.32e+14", "100k": numbers the grammar reads; the rest are codes
        return match number::number(&cx.words, k) {
            Some(p) if p.end > k + 1 || number::digits(w).is_some() => Ok(None),
            _ => Err(()),
        };
    }
    // "three-foot", "four-mile", "one-yen"
    if let Some((x, y)) = w.split_once('-') {
        if let (Some((v, _)), Some((u, uk))) = (number::small_word(x), units::glued(y)) {
            let (q, start) = compare::before(cx, k);
            let mut a = one(v, v, uk, Some(u), start);
            a.qualifier = q;
            return Ok(Some(a));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::{FigureKind, Qualifier};

    /// (sentence, the count of one read there, or "" for none)
    #[rustfmt::skip]
    const ONE: &[(&str, &str)] = &[
        ("Two trains collided, injuring one person.", "one person"),
        ("The agency says one MTA worker is being treated.", "one MTA worker"),
        ("Firefighters removed one person from the tunnel.", "one person"),
        ("One person was killed in the blast.", "One person"),
        ("One of the victims died.", ""),
        ("No one was hurt.", ""),
        ("One official said it was bad.", ""),
        ("One fan asked for a refund.", ""),
        ("On the one hand it is good.", ""),
        ("One day he will go.", ""),
        ("They love one another.", ""),
        ("Police arrested 17 men and one woman.", "one woman"),
    ];

    #[test]
    fn one_is_a_count_only_in_a_toll_or_as_an_object() {
        for &(input, want) in ONE {
            let got: Vec<_> = figs(input).into_iter().filter(|f| f.2 == 1.0).collect();
            match want {
                "" => assert!(got.is_empty(), "{input:?}: {got:?}"),
                w => assert!(got.iter().any(|f| f.0 == w), "{input:?}: {got:?}"),
            }
        }
    }

    #[rustfmt::skip]
    const CASES: &[(&str, &str, FigureKind, f64, f64, Qualifier)] = &[
        ("Officials counted 1,234,567 ballots.", "1,234,567 ballots", FigureKind::Count, 1234567.0, 1234567.0, Qualifier::Exact),
        ("The district spent 12,34,567 on roads.", "12,34,567", FigureKind::Count, 1234567.0, 1234567.0, Qualifier::Exact),
        ("Attendance reached 2 345 678 at last.", "2 345 678", FigureKind::Count, 2345678.0, 2345678.0, Qualifier::Exact),
        ("The fund holds 1.234.567,89 in reserve.", "1.234.567,89", FigureKind::Count, 1234567.89, 1234567.89, Qualifier::Exact),
        ("Between 20 and 25 people were hurt.", "Between 20 and 25 people", FigureKind::Count, 20.0, 25.0, Qualifier::Exact),
        ("Temperatures of 20-25 are likely.", "20-25", FigureKind::Count, 20.0, 25.0, Qualifier::Exact),
        ("It polled between two and three thousand voters.", "between two and three thousand voters", FigureKind::Count, 2000.0, 3000.0, Qualifier::Exact),
        ("Storage rose -- 2.6 terabytes more.", "2.6 terabytes", FigureKind::Measure, 2.6, 2.6, Qualifier::Exact),
        ("It fell to -5 degrees overnight.", "-5 degrees", FigureKind::Measure, -5.0, -5.0, Qualifier::Exact),
        ("Abu Kamal - 40 km away.", "40 km", FigureKind::Measure, 40.0, 40.0, Qualifier::Exact),
        ("Exports earned 3.4 billion usd.", "3.4 billion usd", FigureKind::Money, 3.4e9, 3.4e9, Qualifier::Exact),
        ("It holds 4 trillion cubic feet of gas.", "4 trillion cubic feet", FigureKind::Measure, 4e12, 4e12, Qualifier::Exact),
        ("More than 300 flights were cancelled.", "More than 300 flights", FigureKind::Count, 300.0, 300.0, Qualifier::MoreThan),
        ("The bill passed with 60 or more votes.", "60 or more votes", FigureKind::Count, 60.0, 60.0, Qualifier::AtLeast),
        ("It dropped more than $11 billion to $106 billion.", "more than $11 billion", FigureKind::Money, 11e9, 11e9, Qualifier::MoreThan),
        ("It dropped more than $11 billion to $106 billion.", "$106 billion", FigureKind::Money, 106e9, 106e9, Qualifier::Exact),
        ("Shares fell 14% to $5,920.", "14%", FigureKind::Percent, 14.0, 14.0, Qualifier::Exact),
        ("The boy fell 10 to 12 feet into the moat.", "10 to 12 feet", FigureKind::Measure, 10.0, 12.0, Qualifier::Exact),
        ("It hurt us for the next two or three years.", "two or three years", FigureKind::Duration, 2.0, 3.0, Qualifier::Exact),
        ("Prices rose from 5 to 10 dollars.", "from 5 to 10 dollars", FigureKind::Money, 5.0, 10.0, Qualifier::Exact),
        ("It lost nearly half a billion dollars.", "nearly half a billion dollars", FigureKind::Money, 5e8, 5e8, Qualifier::Nearly),
        ("He had about a 3 percent chance.", "about a 3 percent chance", FigureKind::Percent, 3.0, 3.0, Qualifier::About),
    ];

    #[test]
    fn reads_amounts() {
        for &(input, text, kind, lo, hi, q) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0.starts_with(text)
                    && f.1 == kind
                    && (f.2 - lo).abs() < 1e-6
                    && (f.3 - hi).abs() < 1e-6
                    && f.4 == q),
                "{input:?}: {got:?}"
            );
        }
    }

    #[test]
    fn a_lone_one_is_no_figure() {
        for input in [
            "One element stands out.",
            "Read it in one go.",
            "This one you is not correct",
            "It is one of the last towns.",
        ] {
            assert!(figs(input).is_empty(), "{input}");
        }
        assert!(!figs("Try it one more time.").is_empty());
    }

    #[test]
    fn an_interjection_is_no_zero() {
        assert!(figs("Oh, Uma, it is just fine.").is_empty());
    }
}
