//! What a figure counts or measures: the noun phrase after it ("fighters", "cruise missiles",
//! "Tu-22M bombers"), after "of" ("96 percent of the territory"), a direction from a place
//! ("320 kilometres west of Baghdad"), or the names a share covers ("a third of both Iraq and
//! Syria"). Up to two content words; function words, verbs and number words end it.

use super::cursor::Cx;
use super::number;
use crate::text::{Span, TokenKind};

/// Whether a lower-case word belongs to a clause's verbs and function words rather than to a
/// noun phrase: its Brown cluster (the entity model's word clusters, Brown et al. 1992, learnt
/// from news) lies in the half of the tree whose paths start with 0, where verbs ("celebrate",
/// "calls", "weighs"), modals ("could") and wh-words ("when") fall, while nouns and adjectives
/// ("station", "revellers", "female") start with 1. A word the clusters do not know is taken
/// for a noun.
pub fn clause_word(w: &str) -> bool {
    let Ok(m) = crate::ner::Model::embedded() else {
        return false;
    };
    let lower = w.to_lowercase();
    m.gazetteers()
        .cluster(0, &lower, &lower)
        .is_some_and(|p| p.starts_with('0'))
}

/// Function words and common verbs that end the search for what a figure counts.
/// An adverb in -ly ("provocatively", "previously"), not a noun in -ly ("family", "supply").
fn is_adverb(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "family",
        "ally",
        "rally",
        "supply",
        "assembly",
        "monopoly",
        "anomaly",
        "italy",
        "belly",
        "jelly",
        "bully",
        "lily",
        "butterfly",
        "homily",
        "reply",
        "july",
        "fly",
        "panoply",
    ];
    let l = w.to_ascii_lowercase();
    l.len() > 4 && l.ends_with("ly") && !NOUNS.contains(&l.as_str())
}

pub fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "of"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "that"
            | "which"
            | "who"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "as"
            | "than"
            | "this"
            | "these"
            | "those"
            | "struck"
            | "launched"
            | "said"
            | "killed"
            | "left"
            | "since"
            | "after"
            | "before"
            | "into"
            | "over"
            | "under"
            | "ago"
            | "later"
            | "earlier"
            | "more"
            | "less"
            | "per"
            | "also"
            | "while"
            | "last"
            | "next"
            | "each"
            | "above"
            | "below"
            | "across"
            | "away"
            | "through"
            | "during"
            | "instead"
            | "behind"
            | "ahead"
            | "around"
            | "apart"
            | "farther"
            | "you"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "them"
            | "him"
            | "us"
            | "me"
            | "further"
            | "so"
    )
}

/// A run of one or two capitalised words at `i` that modifies the lower-case noun after it
/// ("Apple" in "two big Apple investors", "Wall Street" in "two Wall Street investors"): the
/// index of that noun. Not a weekday or a month ("15 people Saturday night"), nor a run
/// before a verb or a function word.
fn name_run(cx: &Cx, i: usize) -> Option<usize> {
    let cap = |j: usize| {
        cx.cap(j)
            && cx.kind(j) == Some(TokenKind::Word)
            && crate::words::calendar::weekday_of(cx.word(j)).is_none()
            && crate::words::calendar::month_of(cx.word(j)).is_none()
    };
    let k = (i..i + 3).find(|&j| !cap(j))?;
    let head = cx.word(k);
    (k > i
        && k - i <= 2
        && cx.low_word(k)
        && cx.kind(k) == Some(TokenKind::Word)
        && !is_stop(head)
        && !clause_word(head)
        && !is_adverb(head)
        && number::small_word(head).is_none())
    .then_some(k)
}

fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
    )
}

/// What is counted: up to two content words after the number, skipping "of (the)".
pub fn after(cx: &Cx, i: usize) -> (Option<String>, usize) {
    let (text, toks) = (cx.text, &cx.toks[..]);
    let word = |j: usize| cx.word(j);
    let mut j = i;
    let mut adjacent = true;
    // "96 percent of the territory", "a third of both Iraq and Syria"
    if word(j) == "of" {
        adjacent = false;
        j += 1;
        while matches!(
            word(j),
            "the" | "its" | "their" | "his" | "her" | "both" | "all"
        ) {
            j += 1;
        }
    }
    // "320 kilometres west of Baghdad"
    if is_direction(word(j))
        && word(j + 1) == "of"
        && word(j + 2).chars().next().is_some_and(char::is_uppercase)
    {
        let mut e = j + 2;
        while toks.get(e + 1).is_some()
            && word(e + 1).chars().next().is_some_and(char::is_uppercase)
        {
            e += 1;
        }
        let sp = Span::new(
            text.tokens[toks[j]].span.start,
            text.tokens[toks[e]].span.end,
        );
        return (
            Some(text.slice(sp).to_string()),
            if adjacent { e + 1 } else { i },
        );
    }
    // "a third of both Iraq and Syria": the names counted
    if !adjacent && word(j).chars().next().is_some_and(char::is_uppercase) {
        let mut e = j;
        while e + 2 < toks.len() + 1
            && (word(e + 1).chars().next().is_some_and(char::is_uppercase)
                || (word(e + 1) == "and"
                    && word(e + 2).chars().next().is_some_and(char::is_uppercase)))
        {
            e += if word(e + 1) == "and" { 2 } else { 1 };
        }
        let sp = Span::new(
            text.tokens[toks[j]].span.start,
            text.tokens[toks[e]].span.end,
        );
        return (Some(text.slice(sp).to_string()), i);
    }
    let start = j;
    let mut end = j;
    // "two de facto capitals": a Latin modifier before the noun
    if word(j).eq_ignore_ascii_case("de") && word(j + 1).eq_ignore_ascii_case("facto") {
        end = j + 2;
    }
    // names inside the phrase ("two big Apple investors", "two Wall Street investors") do
    // not count against its two content words
    let mut names = 0;
    while end < toks.len()
        && end - start - names < 2 + (end > start && word(start) == "de") as usize * 2
    {
        let w = word(end);
        if let Some(k) = name_run(cx, end) {
            names += k - end;
            end = k;
            continue;
        }
        let tk = &text.tokens[toks[end]];
        let next_lower =
            word(end + 1).chars().next().is_some_and(char::is_lowercase) && !is_stop(word(end + 1));
        let ok = tk.kind == TokenKind::Word
            && !is_stop(&w.to_ascii_lowercase())
            // "thousands celebrate", "up to 100kg could make it", "100kg when they crash";
            // but a participle or comparative before a noun is the phrase's ("71 scheduled
            // laps", "20 smaller pieces")
            && !(w.chars().next().is_some_and(char::is_lowercase)
                && clause_word(w)
                && !(end == start && next_lower && !clause_word(word(end + 1))))
            // "three landing provocatively close": an adverb ends it
            && !is_adverb(w)
            // "0.03 plus zero point zero eight": a number word starts another figure
            && number::small_word(w).is_none()
            && !matches!(w.to_ascii_lowercase().as_str(), "plus" | "minus" | "times" | "equals")
            // "Tu-22M bombers", "Russian submarines": a name before the counted noun
            && (w.chars().next().is_some_and(char::is_lowercase) || (end == start && next_lower))
            // "two forces seeking": a participle after the noun is a verb
            && !(end > start
                && (w.ends_with("ing")
                    || w.ends_with("ed")
                    || super::clause::is_verb(&w.to_ascii_lowercase())));
        if !ok {
            break;
        }
        end += 1;
    }
    if end == start {
        return (None, i);
    }
    let sp = Span::new(
        text.tokens[toks[start]].span.start,
        text.tokens[toks[end - 1]].span.end,
    );
    (
        Some(text.slice(sp).to_string()),
        if adjacent { end } else { i },
    )
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;

    /// (sentence, figure text, what it counts)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, Option<&str>)] = &[
        ("In January, two big Apple investors asked the firm.", "two big Apple investors", Some("big Apple investors")),
        ("In January, two Wall Street investors pressed Apple.", "two Wall Street investors", Some("Wall Street investors")),
        ("Five Syrian soldiers were killed.", "Five Syrian soldiers", Some("Syrian soldiers")),
        ("He saw 15 people Saturday night.", "15 people", Some("people")),
        ("They met two Apple executives and Google.", "two Apple executives", Some("Apple executives")),
        ("The fund sold two Apple.", "two", None),
    ];

    #[test]
    fn counted_phrases_may_hold_names() {
        for &(input, text, about) in CASES {
            let got = figs(input);
            let f = got.iter().find(|f| f.0 == text);
            assert!(f.is_some(), "{input:?}: {got:?}");
            assert_eq!(f.and_then(|f| f.6.as_deref()), about, "{input:?}");
        }
    }
}
