//! Comparison phrases around a number, as AP style and Recognizers-Text's range specs write
//! them: before ("more than", "nearly", "up to", "no less than", ">") and after ("or more", "or
//! less", "and above"). Each phrase sets a bound, a [`Qualifier`]; "more than 5000 or equal"
//! is at least 5000.

use super::cursor::Cx;
use super::mention::Qualifier;
use super::number;

/// Comparison phrases before a number, longest first (AP style and Recognizers-Text's range
/// specs): the words, lower-cased and split on spaces, and the bound they set.
pub const BEFORE: &[(&str, Qualifier)] = &[
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
pub const AFTER: &[(&str, Qualifier)] = &[
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
    ("or so", Qualifier::About),
    ("or thereabouts", Qualifier::About),
];

/// Whether the lower-cased words before `k` end with `phrase`: where the phrase starts.
fn ends_with_words(cx: &Cx, k: usize, phrase: &str) -> Option<usize> {
    let n = phrase.split(' ').count();
    if n > k {
        return None;
    }
    let ok = phrase.split(' ').zip(k - n..k).all(|(p, j)| cx.is(j, p));
    ok.then(|| k - n)
}

/// The comparison written before token `k`, and the token it starts at (`k` when none).
pub fn before(cx: &Cx, k: usize) -> (Qualifier, usize) {
    // "about a 3 percent chance", "nearly a 50% drop": the article of the noun phrase stands
    // between the comparison and the number
    if k >= 2 && cx.is(k - 1, "a") {
        let (q, start) = before_at(cx, k - 1);
        if q != Qualifier::Exact && start < k - 1 {
            return (q, start);
        }
    }
    before_at(cx, k)
}

fn before_at(cx: &Cx, k: usize) -> (Qualifier, usize) {
    for &(phrase, q) in BEFORE {
        if let Some(start) = ends_with_words(cx, k, phrase) {
            // "=>30", "=<30", "<>30" are no comparison a reader writes
            let sym = matches!(phrase, ">" | "<" | "> =" | "< =");
            if sym
                && ((start > 0 && matches!(cx.word(start - 1), "=" | "<" | ">"))
                    || (phrase == "<" && cx.word(k) == ">"))
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
pub fn after(cx: &Cx, i: usize, before: Qualifier) -> Option<(Qualifier, usize)> {
    let words = &cx.words[..];
    let word = |j: usize| cx.lower(j);
    // "more than 5000 or equal (to (it))", "less than 5000 or equal"; not "more than 5000 or
    // equal to 6000"
    if word(i) == "or"
        && word(i + 1) == "equal"
        && !(word(i + 2) == "to" && number::number(words, i + 3).is_some())
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
            if than != usize::MAX && number::number(words, than).is_some() {
                continue;
            }
            return Some((q, i + n));
        }
    }
    None
}
