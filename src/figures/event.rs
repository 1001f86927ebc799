//! What a figure measures beyond its counted noun: the event or state that governs it in its
//! clause ("killed", "injured", "critically injured", "arrested", "freed", "missing",
//! "hospitalised", "evacuated", "trapped"). Read from the words next to the figure in its
//! sentence, nearest first: a participle or adjective after it ("50 people were killed", "seven
//! dead", "42 wounded"), a verb before it ("killing 13 people", "wounding 42", "left 50 dead"),
//! or a toll noun before it ("the death toll rose to 84"). Synonyms share one name
//! ("dead"/"killed"/"died", "hurt"/"injured"/"wounded"), so two sources' figures of one
//! quantity meet in the story diff whatever their wording.

use super::cursor::Cx;

/// (word, event): the words that name an event, lower-cased.
const EVENTS: &[(&str, &str)] = &[
    ("killed", "killed"),
    ("kill", "killed"),
    ("kills", "killed"),
    ("killing", "killed"),
    ("dead", "killed"),
    ("died", "killed"),
    ("die", "killed"),
    ("deaths", "killed"),
    ("death", "killed"),
    ("fatalities", "killed"),
    ("slain", "killed"),
    ("murdered", "killed"),
    ("lives", "killed"),
    ("injured", "injured"),
    ("injuring", "injured"),
    ("injuries", "injured"),
    ("wounded", "injured"),
    ("wounding", "injured"),
    ("hurt", "injured"),
    ("injures", "injured"),
    ("arrested", "arrested"),
    ("detained", "arrested"),
    ("arresting", "arrested"),
    ("freed", "freed"),
    ("released", "freed"),
    ("rescued", "freed"),
    ("freeing", "freed"),
    ("missing", "missing"),
    ("hospitalised", "hospitalised"),
    ("hospitalized", "hospitalised"),
    ("hospital", "hospitalised"),
    ("hospitals", "hospitalised"),
    ("evacuated", "evacuated"),
    ("trapped", "trapped"),
    ("displaced", "displaced"),
    ("abducted", "abducted"),
    ("kidnapped", "abducted"),
    ("trapping", "trapped"),
    ("trap", "trapped"),
    ("fled", "fled"),
    ("fleeing", "fled"),
    ("flee", "fled"),
];

/// Words that make an injury critical ("critically injured", "serious injuries").
const CRITICAL: &[&str] = &[
    "critically",
    "critical",
    "seriously",
    "serious",
    "life-threatening",
    "gravely",
];

/// Words that may stand between a figure and its event ("were killed", "have been injured").
const LINKS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "people",
    "of",
    "who",
    "reportedly",
    "also",
    "others",
    "taken",
    "to",
    "left",
    "more",
    "at",
    "least",
    "in",
    "the",
    "confirmed",
    "now",
    "so",
    "far",
    "all",
    "lost",
    "their",
    "rushed",
    "brought",
    "admitted",
    "airlifted",
    "sent",
    "also",
    "a",
    "two",
    "local",
    // "two people remain trapped", "seven people are now confirmed as having died", "12
    // were feared dead", "are believed killed", "were reported missing"
    "remain",
    "remained",
    "remains",
    "still",
    "as",
    "having",
    "feared",
    "believed",
    "thought",
    "reported",
];

/// Whether a figure's `event` is one of this module's casualty events ("killed", "critically
/// injured") rather than a governing verb ([`super::clause`]).
pub fn is_casualty(event: &str) -> bool {
    event == "critically injured" || EVENTS.iter().any(|(_, e)| *e == event)
}

/// Whether a lower-cased word names an event ("dead", "injured").
pub fn is_event_word(w: &str) -> bool {
    event_word(w).is_some()
}

fn event_word(w: &str) -> Option<&'static str> {
    EVENTS.iter().find(|(x, _)| *x == w).map(|(_, e)| *e)
}

/// The event of the figure over tokens `a..b` of the sentence, if its clause names one.
pub fn of(cx: &Cx, a: usize, b: usize) -> Option<&'static str> {
    // the counted phrase may hold it: "seven dead", "42 wounded"
    if let Some((i, e)) = (a..b)
        .rev()
        .find_map(|i| event_word(&cx.lower(i)).map(|e| (i, e)))
    {
        return Some(critical(cx, e, i));
    }
    let after = (b..(b + 6).min(cx.len())).find_map(|i| {
        let w = cx.lower(i);
        match event_word(&w) {
            Some(e) => Some((i - b, e, i)),
            None if LINKS.contains(&w.as_str())
                || CRITICAL.contains(&w.as_str())
                || matches!(w.as_str(), "," | "or" | "minor") =>
            {
                None
            }
            None => Some((usize::MAX, "", i)),
        }
    });
    let after = after.filter(|x| x.0 != usize::MAX);
    // an event before the figure governs it unless a conjunction or comma closes the event's
    // own clause first ("four were seriously injured and 16 walking wounded")
    let closes = (a.saturating_sub(4)..a)
        .rev()
        .find(|&i| {
            matches!(
                cx.lower(i).as_str(),
                "and" | "or" | "but" | "," | ";" | "while"
            )
        })
        .map_or(0, |i| i + 1);
    let before = (a.saturating_sub(4).max(closes)..a).rev().find_map(|i| {
        let w = cx.lower(i);
        if let Some(e) = event_word(&w) {
            // "the death toll rose to 84", "deaths reached 12": a toll before its number
            return Some((a - i, e, i));
        }
        if w == "toll" || w == "casualty" {
            return Some((a - i, "killed", i));
        }
        None
    });
    let (_, e, at) = match (after, before) {
        (Some(x), Some(y)) => {
            if x.0 <= y.0 {
                x
            } else {
                y
            }
        }
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => return None,
    };
    Some(critical(cx, e, at))
}

/// "injured" made "critically injured" by a word next to it.
fn critical(cx: &Cx, e: &'static str, at: usize) -> &'static str {
    let critical = e == "injured"
        && (at.saturating_sub(3)..(at + 2).min(cx.len())).any(|i| cx.is_any(i, CRITICAL));
    if critical {
        "critically injured"
    } else {
        e
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::{FigureExtractor, RuleFigures};
    use crate::text::Text;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, Option<&str>)] = &[
        ("At least 50 people were killed in the attack.", "At least 50 people", Some("killed")),
        ("The crash left seven dead and 51 in hospital.", "seven", Some("killed")),
        ("The crash left seven dead and 51 in hospital.", "51", Some("hospitalised")),
        ("He shot dead 13 people, wounding 42, before being stopped.", "42", Some("injured")),
        ("The gunman killed 13 people and wounded 42.", "13 people", Some("killed")),
        ("The death toll rose to 84 on Friday.", "84", Some("killed")),
        ("Eight people have serious or life-threatening injuries.", "Eight people", Some("critically injured")),
        ("Some 42 people were critically injured.", "Some 42 people", Some("critically injured")),
        ("Police arrested 312 people in the raids.", "312 people", Some("arrested")),
        ("The plane carried 140,000 pounds of cargo.", "140,000 pounds", Some("carried")),
        ("The hotel has 3,000 rooms.", "3,000 rooms", None),
        ("Four were seriously injured and 16 were treated.", "16", Some("treated")),
        ("Two people remain trapped and 50 were hurt.", "Two people", Some("trapped")),
        ("At least seven people are now confirmed as having died.", "At least seven people", Some("killed")),
        ("Twelve miners were feared dead.", "Twelve miners", Some("killed")),
    ];

    #[test]
    fn reads_events() {
        for &(input, text, want) in CASES {
            let t = Text::new(input);
            let figs = RuleFigures.extract(&t);
            let f = figs.iter().find(|f| t.slice(f.span).starts_with(text));
            assert_eq!(
                f.map(|f| f.event.as_deref()),
                Some(want),
                "{input:?}: {figs:?}"
            );
        }
    }
}
