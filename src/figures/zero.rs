//! Zero counts: "no one was hurt", "there were no passengers on the trains", "no deaths were
//! reported". A story's tolls disagree most sharply when one outlet reports none ("no one was
//! injured" against "two people were hurt"), and wire copy states an empty train or an
//! unharmed crowd this way. "No" is a count only where a count is what the clause gives: with a
//! casualty event ([`super::event`]) or after "there is/are/was/were"; "no doubt", "no longer",
//! "no evidence" and "no comment" are not.

use super::counted;
use super::cursor::{Cx, Step};
use super::event;
use super::mention::{FigureKind, FigureMention};
use crate::text::TokenKind;

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    if !cx.is(k, "no") {
        return None;
    }
    // "no one", "nobody" are people; else the noun phrase after "no" ("no passengers",
    // "no serious injuries")
    let (about, end) = if cx.is(k + 1, "one") {
        (Some("people".to_string()), k + 2)
    } else {
        let w = cx.word(k + 1);
        let noun = cx.kind(k + 1) == Some(TokenKind::Word)
            && cx.low_word(k + 1)
            && !counted::is_stop(w)
            && !counted::clause_word(w);
        // "no" starts no other figure ("no more than 50" is read at the number): skip it
        if !noun {
            return Some(Step::Skip(k + 1));
        }
        let (about, end) = counted::after(cx, k + 1);
        (about, end.max(k + 2))
    };
    // "there were no passengers", not "there is no doubt": a plural or "no one"
    let plural = cx.is(k + 1, "one") || cx.word(end - 1).ends_with('s');
    let existential = plural
        && k >= 2
        && cx.is(k - 2, "there")
        && cx.is_any(k - 1, &["is", "are", "was", "were", "have", "has"]);
    let toll = event::of(cx, k, end).is_some();
    // "no deaths", "no injuries": the noun is the event
    let toll = toll && end > k + 1;
    if !(existential || toll) {
        return Some(Step::Skip(k + 1));
    }
    let f = FigureMention {
        about,
        ..cx.exact(k, end, FigureKind::Count, 0.0, None)
    };
    Some(Step::Figure(f, end))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;

    /// (sentence, the zero count read there, or "" for none)
    #[rustfmt::skip]
    const CASES: &[(&str, &str)] = &[
        ("There were no passengers on the trains.", "no passengers"),
        ("No one was hurt in the crash.", "No one"),
        ("No deaths were reported.", "No deaths"),
        ("Officials said there were no serious injuries.", "no serious injuries"),
        ("There is no doubt about it.", ""),
        ("He is no longer in charge.", ""),
        ("Police found no evidence of a crime.", ""),
        ("The company had no comment.", ""),
        ("No one knows why.", ""),
    ];

    #[test]
    fn reads_zero_counts_only_where_a_count_is_given() {
        for &(input, want) in CASES {
            let got: Vec<_> = figs(input).into_iter().filter(|f| f.2 == 0.0).collect();
            match want {
                "" => assert!(got.is_empty(), "{input:?}: {got:?}"),
                w => assert!(got.iter().any(|f| f.0 == w), "{input:?}: {got:?}"),
            }
        }
    }
}
