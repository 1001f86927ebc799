//! Ages: "a 72-year-old man", "the 8-month-old baby", "a two-year-old boy", "five years old",
//! "87 yo", "3 years of age", "aged 19", "at the age of 91", and the news convention of an age
//! alone between commas after a name ("Sayfullo Saipov, 29, an immigrant").

use super::cursor::Amount;
use super::cursor::{Cx, Step};
use super::mention::{FigureKind, FigureMention};
use super::number;
use crate::text::TokenKind;

/// The unit of a span-of-time word ("years" → years), for ages.
fn age_unit(w: &str) -> Option<&'static str> {
    Some(match w.to_ascii_lowercase().as_str() {
        "year" | "years" => "years",
        "month" | "months" => "months",
        "week" | "weeks" => "weeks",
        "day" | "days" => "days",
        _ => return None,
    })
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    glued(cx, k)
        .or_else(|| after_name(cx, k))
        .or_else(|| age_of(cx, k))
        .or_else(|| one_unit_old(cx, k))
}

/// "a year old", "a month old".
fn one_unit_old(cx: &Cx, k: usize) -> Option<Step> {
    if !cx.is_any(k, &["a", "an", "one"]) || !cx.is(k + 2, "old") {
        return None;
    }
    let unit = age_unit(cx.word(k + 1))?;
    Some(Step::Figure(
        cx.exact(k, k + 3, FigureKind::Age, 1.0, Some(unit)),
        k + 3,
    ))
}

/// "72-year-old", "two-year-old", "8-month-old" (one token).
fn glued(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    let stem = w.strip_suffix("-old").or_else(|| w.strip_suffix("-olds"))?;
    let (n, unit) = stem.rsplit_once('-')?;
    let unit = age_unit(unit)?;
    let v = number::digits(n)
        .filter(|d| !d.1)
        .map(|d| d.0)
        .or_else(|| number::small_word(n).map(|x| x.0))?;
    // whose age: "a 4-year-old boy" (not "a 3-year-old got into the enclosure")
    let about = super::counted::after(cx, k + 1)
        .0
        .filter(|a| !super::clause::is_verb(&a.to_lowercase()));
    let f = FigureMention {
        about,
        ..cx.exact(k, k + 1, FigureKind::Age, v, Some(unit))
    };
    Some(Step::Figure(f, k + 1))
}

/// "Sayfullo Saipov, 29," : a number alone between commas after a name.
fn after_name(cx: &Cx, k: usize) -> Option<Step> {
    if cx.kind(k) != Some(TokenKind::Number) || k < 2 || cx.word(k - 1) != "," {
        return None;
    }
    // a name ("Saipov, 29,") or a noun phrase with its determiner ("The victim, 34,", "the
    // tram driver, 42,")
    let named = cx.cap(k - 2) && cx.kind(k - 2) == Some(TokenKind::Word);
    let described = cx.low_word(k - 2)
        && (k.saturating_sub(6)..k - 2)
            .rev()
            .take_while(|&i| cx.kind(i) == Some(TokenKind::Word))
            .any(|i| {
                cx.is_any(
                    i,
                    &["the", "a", "an", "his", "her", "their", "its", "our", "my"],
                ) || cx.cap(i)
            });
    if !named && !described {
        return None;
    }
    if !matches!(cx.word(k + 1), "," | "." | ")" | "") {
        return None;
    }
    let v: f64 = cx
        .word(k)
        .parse()
        .ok()
        .filter(|v| (1.0..=120.0).contains(v))?;
    Some(Step::Figure(
        cx.exact(k, k + 1, FigureKind::Age, v, Some("years")),
        k + 1,
    ))
}

/// "aged 19", "age 87", "at the age of 91", "children ages 7 and 10" (each age its own figure).
fn age_of(cx: &Cx, k: usize) -> Option<Step> {
    let start = if k >= 1 && cx.is_any(k - 1, &["aged", "age", "ages"]) {
        k - 1
    } else if k >= 3
        && cx.is_any(k - 1, &["and", "to"])
        && cx.kind(k - 2) == Some(TokenKind::Number)
        && cx.is_any(k - 3, &["aged", "ages"])
    {
        k
    } else if k >= 3 && cx.is(k - 1, "of") && cx.is(k - 2, "age") && cx.is(k - 3, "the") {
        k - 3
    } else if k >= 3
        && cx.is(k - 1, "as")
        && cx.is_any(k - 2, &["old", "young"])
        && cx.is(k - 3, "as")
    {
        // "as old as 32", "as young as 6"
        k
    } else if birthday_or_age_clause(cx, k) {
        k
    } else {
        return None;
    };
    let p = number::number(&cx.words, k).filter(|p| !p.fraction)?;
    // "turned 17 on Friday", "who was 17,": the number ends the clause, nothing is counted
    if start == k
        && birthday_or_age_clause(cx, k)
        && !(matches!(cx.word(p.end), "," | "." | ";" | ":" | "")
            || cx.is_any(
                p.end,
                &["on", "in", "just", "only", "last", "this", "and", "years"],
            ))
    {
        return None;
    }
    if !(0.0..=130.0).contains(&p.value) {
        return None;
    }
    let f = cx.exact(start, p.end, FigureKind::Age, p.value, Some("years"));
    Some(Step::Figure(f, p.end))
}

/// "who turned 17", "had turned 17", "who was 17," / "who is 3": a birthday, or an age in a
/// relative clause about someone (the number must end the clause: "turned 180 degrees" is no
/// age, see [`age_of`]).
fn birthday_or_age_clause(cx: &Cx, k: usize) -> bool {
    (k >= 1 && cx.is(k - 1, "turned"))
        || (k >= 2 && cx.is_any(k - 1, &["was", "is"]) && cx.is(k - 2, "who"))
}

/// Whose age a figure gives when no noun follows it, read from the clause: the noun a comma
/// apposition follows ("the tram driver, 42,"), the subject of a copula ("the boy was
/// initially reported to be 4 years old", "the child is 4"), or the noun a relative clause
/// follows ("the gorilla, who turned 17"). Only a common noun after a determiner counts: a
/// name or a pronoun says nothing about which of the story's ages it is.
pub fn whose(cx: &Cx, first: usize) -> Option<String> {
    let skip = |i: usize| {
        let l = cx.lower(i);
        cx.low_word(i)
            && (matches!(
                l.as_str(),
                "is" | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "to"
                    | "now"
                    | "then"
                    | "still"
                    | "only"
                    | "just"
                    | "initially"
                    | "originally"
                    | "later"
                    | "who"
                    | "which"
                    | "that"
                    | "had"
                    | "has"
                    | "have"
                    | "turned"
                    | "aged"
                    | "age"
                    | "ages"
                    | "at"
                    | "the"
                    | "of"
            ) || super::clause::is_verb(&l)
                || (l.ends_with("ed") && l.len() > 4)
                || (l.ends_with("ly") && l.len() > 4))
    };
    let mut i = first;
    // "the age of" / "aged" belong to the figure's own words
    while i > 0 && skip(i - 1) {
        i -= 1;
    }
    if i > 0 && cx.word(i - 1) == "," {
        i -= 1;
    }
    let n = i.checked_sub(1)?;
    let noun = cx.lower(n);
    let is_noun = cx.low_word(n)
        && cx.kind(n) == Some(TokenKind::Word)
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && !super::counted::is_stop(&noun)
        && !super::clause::is_verb(&noun)
        && !noun.ends_with("ly");
    let determined = (n.saturating_sub(3)..n).rev().any(|j| {
        cx.is_any(
            j,
            &[
                "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my",
            ],
        )
    });
    (is_noun && determined && i < first).then_some(noun)
}

/// "five years old", "8 months old", "87 yo", "3 years of age": a duration made an age.
pub fn finish(cx: &Cx, a: &mut Amount) {
    if a.low != a.high || !matches!(a.kind, FigureKind::Count | FigureKind::Duration) {
        return;
    }
    if a.unit.is_none() && cx.is_any(a.next, &["yo", "y.o."]) {
        a.kind = FigureKind::Age;
        a.unit = Some("years");
        a.next += 1;
        return;
    }
    let Some(unit) = a
        .unit
        .filter(|_| a.kind == FigureKind::Duration)
        .and_then(age_unit)
    else {
        return;
    };
    if cx.is(a.next, "old") {
        a.next += 1;
    } else if cx.is(a.next, "of") && cx.is(a.next + 1, "age") {
        a.next += 2;
    } else {
        return;
    }
    a.kind = FigureKind::Age;
    a.unit = Some(unit);
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, &str)] = &[
        ("The victim, 34, was a nurse.", "34", 34.0, "years"),
        ("The tram driver, 42, from Beckenham, was held.", "42", 42.0, "years"),
        ("Her children, ages 7 and 10, were there.", "ages 7", 7.0, "years"),
        ("Her children, ages 7 and 10, were there.", "10", 10.0, "years"),
        ("Victims were as young as 6.", "6", 6.0, "years"),
        ("A 72-year-old man was arrested.", "72-year-old", 72.0, "years"),
        ("Her son is six months old.", "six months old", 6.0, "months"),
        ("The suspect, aged 19, fled.", "aged 19", 19.0, "years"),
        ("The 8-month-old baby survived.", "8-month-old", 8.0, "months"),
        ("He died at the age of 91.", "the age of 91", 91.0, "years"),
        ("Survivors included a two-year-old boy.", "two-year-old", 2.0, "years"),
        ("The wall is more than 500 years old.", "more than 500 years old", 500.0, "years"),
        ("The puppy is a year old.", "a year old", 1.0, "years"),
        ("The law is 10 year old and due for review.", "10 year old", 10.0, "years"),
        ("The gorilla, who turned 17 on Friday, was shot.", "17", 17.0, "years"),
        ("Harambe, who was 17, was shot dead.", "17", 17.0, "years"),
    ];

    #[test]
    fn a_number_after_turned_or_was_is_an_age_only_when_it_ends_the_clause() {
        for input in [
            "The car turned 180 degrees.",
            "The toll was 17 people, officials said.",
            "The firm, which was 17 percent owned by the state, grew.",
        ] {
            let got = figs(input);
            assert!(
                got.iter().all(|f| f.1 != FigureKind::Age),
                "{input:?}: {got:?}"
            );
        }
    }

    /// (sentence, the age's text, whose age)
    #[rustfmt::skip]
    const WHOSE: &[(&str, &str, Option<&str>)] = &[
        ("The boy was initially reported to be 4 years old.", "4 years old", Some("boy")),
        ("The zoo said that the child is 4 years old.", "4 years old", Some("child")),
        ("A family spokeswoman said he was 3 years old.", "3 years old", None),
        ("The tram driver, 42, was held.", "42", Some("driver")),
        ("Sayfullo Saipov, 29, was held.", "29", None),
        ("But the gorilla, who turned 17 on Friday, was shot.", "17", Some("gorilla")),
        ("A 3-year-old got into the enclosure.", "3-year-old", None),
        ("A 4-year-old boy fell in.", "4-year-old", Some("boy")),
    ];

    #[test]
    fn says_whose_age() {
        for &(input, text, about) in WHOSE {
            let got = figs(input);
            let f = got.iter().find(|f| f.0 == text);
            let f = f.unwrap_or_else(|| panic!("{input:?}: {got:?}"));
            assert_eq!(f.6.as_deref(), about, "{input:?}");
        }
    }

    #[test]
    fn reads_ages() {
        for &(input, text, v, unit) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0 == text
                    && f.1 == FigureKind::Age
                    && f.2 == v
                    && f.5 == Some(unit)),
                "{input:?}: {got:?}"
            );
        }
    }
}
