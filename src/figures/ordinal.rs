//! Ordinals: ranks and places ("21st", "second-largest", "the first", "eleventh",
//! "twenty-fifth", "one hundredth", "two hundred twenty fifth"). A bare "first" or "second" is
//! an adverb more often than a rank ("forces first broke the siege"), so those two count only
//! after a determiner or a verb of placing ("finished second").

use super::cursor::{Cx, Step};
use super::mention::FigureKind;
use super::number;
use crate::text::TokenKind;

/// Words before "first"/"second" that make them ranks.
const RANKING: &[&str] = &[
    "the", "a", "its", "their", "his", "her", "our", "my", "your", "finished", "came", "placed",
    "ranked", "ranks", "comes",
];

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    // "53rd Street", "Fifth Avenue": an ordinal naming a street is part of the name
    if cx.cap(k + 1) && cx.is_any(k + 1, super::names::STREET) {
        return Some(Step::Skip(k + 2));
    }
    // "21st", "3rd", "52nd"
    if cx.kind(k) == Some(TokenKind::Word) && w.as_bytes()[0].is_ascii_digit() {
        let split = w.find(|c: char| !c.is_ascii_digit() && c != ',')?;
        let (num, suffix) = w.split_at(split);
        let v = number::digits(num).filter(|d| !d.1)?.0;
        return matches!(
            suffix.to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
        .then(|| Step::Figure(cx.exact(k, k + 1, FigureKind::Ordinal, v, None), k + 1));
    }
    // "second-largest", "third-ranked"; not "third-party", "first-class", "second-hand"
    if let Some((a, b)) = w.split_once('-') {
        let rank =
            b.ends_with("est") || matches!(b, "ranked" | "seeded" | "placed" | "most" | "least");
        if let Some(p) = number::ordinal_word(a).filter(|_| rank) {
            return Some(Step::Figure(
                cx.exact(k, k + 1, FigureKind::Ordinal, p, None),
                k + 1,
            ));
        }
    }
    // "a third gorilla", "a fifth straight loss": "a" and an ordinal before a noun is a rank
    // ("a third of the seats" is a share)
    if cx.is_any(k, &["a", "an"]) && cx.low_word(k + 2) && !cx.is(k + 2, "of") {
        if let Some(o) = number::ordinal_word(cx.word(k + 1)).filter(|&o| o >= 3.0) {
            return Some(Step::Figure(
                cx.exact(k + 1, k + 2, FigureKind::Ordinal, o, None),
                k + 2,
            ));
        }
    }
    let spaced_possessive = k >= 2 && cx.word(k - 1) == "s" && cx.word(k - 2) == "'";
    let ranked = k > 0
        && (cx.is_any(k - 1, RANKING)
            || spaced_possessive
            || cx.word(k - 1).ends_with("'s")
            || cx.word(k - 1).ends_with("\u{2019}s"));
    // "for the first time", "the first ever", "the first of its kind": a set phrase of
    // novelty, not a rank a source reports
    let novelty =
        cx.is_any(k + 1, &["time", "ever"]) || (cx.is(k + 1, "of") && cx.is(k + 2, "its"));
    if let Some(o) =
        number::ordinal_word(w).filter(|&o| (o > 2.0 || ranked) && !(o == 1.0 && novelty))
    {
        return Some(Step::Figure(
            cx.exact(k, k + 1, FigureKind::Ordinal, o, None),
            k + 1,
        ));
    }
    compound(cx, k).or_else(|| said_rank(cx, k))
}

/// "the one hundredth launch": after a determiner, "one" + a singular ordinal word is a rank,
/// not the fraction 1/100.
fn said_rank(cx: &Cx, k: usize) -> Option<Step> {
    if k == 0 || !cx.is_any(k - 1, RANKING) || !cx.is(k, "one") {
        return None;
    }
    let o = number::ordinal_word(cx.word(k + 1)).filter(|&o| o >= 100.0)?;
    Some(Step::Figure(
        cx.exact(k, k + 2, FigureKind::Ordinal, o, None),
        k + 2,
    ))
}

/// "two hundredth", "one hundred twenty fifth": a number over an ordinal word.
fn compound(cx: &Cx, k: usize) -> Option<Step> {
    let p = number::number(&cx.words, k)?;
    if p.fraction || p.end == k {
        return None;
    }
    let o = number::ordinal_word(cx.word(p.end))?;
    let v = p.value;
    let value = if o >= 100.0 && v < 100.0 {
        v * o
    } else if (o < 10.0 && v >= 10.0 && v % 10.0 == 0.0)
        || (o < 100.0 && v >= 100.0 && v % 100.0 == 0.0)
    {
        v + o
    } else {
        return None;
    };
    let f = cx.exact(k, p.end + 1, FigureKind::Ordinal, value, None);
    Some(Step::Figure(f, p.end + 1))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64)] = &[
        ("She finished third in the race.", "third", 3.0),
        ("It is the 21st edition of the festival.", "21st", 21.0),
        ("Its fourth straight loss.", "fourth", 4.0),
        ("The one hundredth launch of the year.", "one hundredth", 100.0),
        ("He came second.", "second", 2.0),
        ("The country's second-largest city.", "second-largest", 2.0),
        ("Chicago's twenty-second mayor.", "twenty-second", 22.0),
        ("However, a third gorilla remained in the yard.", "third", 3.0),
        ("Chang'e 4, China's second lunar lander, landed.", "second", 2.0),
        ("It is Angola 's first satellite.", "first", 1.0),
    ];

    #[test]
    fn reads_ordinals() {
        for &(input, text, v) in CASES {
            let got = figs(input);
            assert!(
                got.iter()
                    .any(|f| f.0 == text && f.1 == FigureKind::Ordinal && f.2 == v),
                "{input:?}: {got:?}"
            );
        }
        assert!(figs("Forces first broke the siege.").is_empty());
        assert!(figs("It blocks third-party apps.").is_empty());
        // set phrases of novelty are no ranks
        assert!(figs("They found planets there for the first time.").is_empty());
        assert!(figs("It was the first ever such trip.").is_empty());
    }
}
