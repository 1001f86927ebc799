//! What governs a figure in its clause when no casualty event does ([`super::event`]): the verb
//! whose object or subject it is ("fell 15ft", "signed by more than 2,000 people", "came to
//! Cincinnati in 2015"), and the time its clause places it at ("on Thursday", "in 2014", "so
//! far", "initially"). Both are read from the words next to the figure, nearest first, without a
//! parser: a verb is a past form (a word in -ed, or an irregular past from the table below) or
//! a present form of a few measuring verbs ("weighs", "costs"). Reporting verbs ("said",
//! "told") govern the quote, not the figure, and are passed over.
//!
//! The story diff uses the verb's stem ([`stem`]) to tell "fell 12 feet" from "stood 12 feet
//! tall", and the time to tell a toll revised during the day from two outlets disagreeing.

use super::cursor::Cx;

/// Irregular past forms and participles news uses with figures, and their base forms (the
/// commonest English irregular verbs).
const IRREGULAR: &[(&str, &str)] = &[
    ("fell", "fall"),
    ("fallen", "fall"),
    ("came", "come"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("took", "take"),
    ("taken", "take"),
    ("went", "go"),
    ("gone", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("lost", "lose"),
    ("won", "win"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("paid", "pay"),
    ("spent", "spend"),
    ("brought", "bring"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ran", "run"),
    ("slid", "slide"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("struck", "strike"),
    ("hit", "hit"),
    ("shot", "shoot"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("held", "hold"),
    ("kept", "keep"),
    ("left", "leave"),
    ("met", "meet"),
    ("sent", "send"),
    ("built", "build"),
    ("began", "begin"),
    ("begun", "begin"),
    ("became", "become"),
    ("broke", "break"),
    ("got", "get"),
    ("gotten", "get"),
    ("broken", "break"),
    ("caught", "catch"),
    ("fought", "fight"),
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("made", "make"),
    ("saw", "see"),
    ("seen", "see"),
    ("stood", "stand"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("turned", "turn"),
    ("weighs", "weigh"),
    ("weigh", "weigh"),
    ("costs", "cost"),
    ("cost", "cost"),
    ("measures", "measure"),
    ("lasts", "last"),
    ("orbits", "orbit"),
    ("carries", "carry"),
    ("carry", "carry"),
    ("worth", "worth"),
];

/// Verbs that report speech or knowledge: they govern the quote, not the figure.
pub const REPORTING: &[&str] = &[
    "said",
    "told",
    "added",
    "reported",
    "stated",
    "claimed",
    "wrote",
    "tweeted",
    "confirmed",
    "announced",
    "estimated",
    "believed",
    "expected",
    "noted",
    "explained",
    "revealed",
    "insisted",
    "warned",
    "quoted",
    "posted",
    "published",
    "updated",
];

/// Words in -ed that are not verbs.
const NOT_VERBS: &[&str] = &[
    "hundred", "red", "bed", "need", "speed", "seed", "feed", "shed", "steed", "greed", "creed",
    "breed", "deed", "led", "fled", "indeed", "wed", "shred", "sled",
];

/// Words that may stand between a verb and its figure ("fell about 12 feet", "signed by more
/// than 2,000", "dragged him for 10 minutes").
const BETWEEN: &[&str] = &[
    "for",
    "to",
    "by",
    "at",
    "of",
    "in",
    "on",
    "about",
    "some",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "an",
    "a",
    "the",
    "just",
    "only",
    "over",
    "under",
    "more",
    "than",
    "less",
    "up",
    "another",
    "estimated",
    "him",
    "her",
    "it",
    "them",
    "was",
    "were",
    "is",
    "are",
    "been",
    "be",
    "have",
    "has",
    "had",
    "being",
    "people",
    "who",
    "which",
    "that",
    "then",
    "also",
    "all",
    "between",
];

/// Whether a lower-cased word is a verb form this module reads.
pub fn is_verb(w: &str) -> bool {
    verb(w).is_some()
}

/// The verb (as written, lower-cased) of a word, if it is one.
fn verb(w: &str) -> Option<&str> {
    if REPORTING.contains(&w) || NOT_VERBS.contains(&w) {
        return None;
    }
    if IRREGULAR.iter().any(|(x, _)| *x == w) {
        return Some(w);
    }
    let alpha = w.chars().all(|c| c.is_ascii_lowercase());
    (alpha && w.len() >= 5 && w.ends_with("ed")).then_some(w)
}

/// Verbs of a change up or down, by their stems: a price that "fell", "dropped" or "lost"
/// 50 percent reports one movement (the commonest English verbs of change).
const DIRECTIONS: &[(&str, &[&str])] = &[
    (
        "down",
        &[
            "fall", "drop", "declin", "plung", "plummet", "slid", "slump", "tumbl", "los", "sink",
            "dip", "crash", "shed", "sank", "shrank", "shrink", "cut", "reduc",
        ],
    ),
    (
        "up",
        &[
            "ris", "climb", "jump", "gain", "soar", "surg", "increas", "grow", "rally", "spik",
            "doubl",
        ],
    ),
];

/// The base of a verb, for comparing two ("fell" and "falls", "signed" and "signing"); verbs
/// of a change up or down share one ("fell", "dropped", "lost" → "down").
pub fn stem(w: &str) -> String {
    let s = base(w);
    DIRECTIONS
        .iter()
        .find(|(_, ws)| ws.contains(&s.as_str()))
        .map_or(s, |(d, _)| (*d).to_string())
}

fn base(w: &str) -> String {
    if let Some((_, b)) = IRREGULAR.iter().find(|(x, _)| *x == w) {
        return (*b).trim_end_matches('e').to_string();
    }
    let s = w
        .strip_suffix("ied")
        .map(|s| format!("{s}y"))
        .or_else(|| w.strip_suffix("ing").map(str::to_string))
        .or_else(|| w.strip_suffix("ed").map(str::to_string))
        .or_else(|| w.strip_suffix("es").map(str::to_string))
        .or_else(|| w.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| w.to_string());
    // "moved"/"move", "stopped"/"stop"
    let s = s.trim_end_matches('e').to_string();
    let b = s.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !matches!(b[b.len() - 1], b'l' | b's') {
        s[..s.len() - 1].to_string()
    } else {
        s
    }
}

/// The verb governing the figure over tokens `a..b`: the nearest verb before it in its clause
/// ("fell about 12 feet", "came to Cincinnati in 2015"), or after it and its counted noun
/// across linking words ("2,000 people signed").
pub fn verb_of(cx: &Cx, a: usize, b: usize) -> Option<String> {
    // before: across words that may stand between and the object of a preposition ("came to
    // Cincinnati in 2015"), never across a comma or a conjunction
    let ends = |w: &str| {
        matches!(
            w,
            "," | "("
                | ")"
                | ";"
                | ":"
                | "\""
                | "“"
                | "”"
                | "and"
                | "or"
                | "but"
                | "when"
                | "while"
                | "after"
                | "before"
                | "as"
                | "because"
                | "if"
                | "-"
                | "–"
                | "—"
        )
    };
    for i in (a.saturating_sub(6)..a).rev() {
        let w = cx.lower(i);
        if ends(&w) {
            break;
        }
        if let Some(v) = verb(&w) {
            return Some(v.to_string());
        }
    }
    (b..(b + 4).min(cx.len())).find_map(|i| {
        let w = cx.lower(i);
        match verb(&w) {
            Some(v) => Some(Some(v.to_string())),
            None if BETWEEN.contains(&w.as_str()) => None,
            None => Some(None),
        }
    })?
}

/// Words that place a figure in time by themselves.
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "initially",
    "originally",
    "earlier",
    "later",
    "now",
    "currently",
    "previously",
];

/// Tokens [`time_of`] looks at on each side of a figure: a clause is far shorter, and the bound
/// keeps a sentence of thousands of figures (a table pasted as one line) linear.
const TIME_WINDOW: usize = 60;

/// The time the clause of the figure over tokens `a..b` places it at: a weekday ("on
/// Thursday", "Wednesday's"), a relative word ("yesterday", "initially", "now"), "so far", or
/// "in 2014"; the one nearest the figure in its sentence, within a clause (no crossing ";").
pub fn time_of(cx: &Cx, a: usize, b: usize) -> Option<String> {
    let at = |i: usize| -> Option<String> {
        let w = cx.word(i);
        let l = w.to_lowercase();
        let l = l.trim_end_matches("'s").trim_end_matches("’s");
        if crate::words::is_calendar_word(w) && l.ends_with("day") {
            return Some(l.to_string());
        }
        if TIME_WORDS.contains(&l) {
            return Some(l.to_string());
        }
        if l == "far" && cx.is(i.wrapping_sub(1), "so") {
            return Some("so far".into());
        }
        if l.len() == 4
            && l.bytes().all(|c| c.is_ascii_digit())
            && (l.starts_with("19") || l.starts_with("20"))
            && cx.is_any(i.wrapping_sub(1), &["in", "since", "by"])
        {
            return Some(format!("{} {l}", cx.lower(i - 1)));
        }
        None
    };
    let stop = |i: usize| matches!(cx.word(i), ";" | ":");
    let mut best: Option<(usize, String)> = None;
    let mut i = a;
    while i > 0 && a - i < TIME_WINDOW {
        i -= 1;
        if stop(i) {
            break;
        }
        if let Some(t) = at(i) {
            best = Some((a - i, t));
            break;
        }
    }
    for j in b..cx.len().min(b + TIME_WINDOW) {
        // a clause of its own after the figure has its own time: "more than 96 per cent of
        // the territory it held in 2014" was lost now, not in 2014
        let own_clause = cx.is_any(
            j,
            &[
                "it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "when",
                "where", "while",
            ],
        );
        if stop(j) || own_clause || best.as_ref().is_some_and(|(d, _)| j - b + 1 >= *d) {
            break;
        }
        if let Some(t) = at(j) {
            best = Some((j - b + 1, t));
            break;
        }
    }
    best.map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::stem;
    use crate::figures::{FigureExtractor, RuleFigures};
    use crate::text::Text;

    /// (sentence, figure text it starts with, verb or event, time)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        ("The boy fell 15ft into the moat.", "15ft", Some("fell"), None),
        ("He fell about 12 feet on Saturday.", "about 12 feet", Some("fell"), Some("saturday")),
        ("Harambe came to Cincinnati in 2015 from Texas.", "2015", Some("came"), None),
        ("It was transported to the zoo in 2014.", "2014", Some("transported"), None),
        ("Kill Bill Volume One was released in 2003.", "2003", Some("released"), None),
        ("It lost more than 96 per cent of the territory it held in 2014.", "more than 96 per cent", Some("lost"), None),
        ("A 3-year-old boy fell into the den in 1996.", "3-year-old", None, Some("in 1996")),
        ("More than 2,000 people signed a petition.", "More than 2,000 people", Some("signed"), None),
        ("The gorilla dragged him for 10 minutes, police said.", "10 minutes", Some("dragged"), None),
        ("Police said 12 people were hurt so far.", "12 people", Some("injured"), Some("so far")),
        ("The station weighs 8.5 tonnes.", "8.5 tonnes", Some("weighs"), None),
        ("The boy was initially reported to be 4 years old.", "4 years old", None, Some("initially")),
        ("The hotel has 3,000 rooms.", "3,000 rooms", None, None),
    ];

    #[test]
    fn reads_verbs_and_times() {
        for &(input, text, verb, time) in CASES {
            let t = Text::new(input);
            let figs = RuleFigures.extract(&t);
            let f = figs.iter().find(|f| t.slice(f.span).starts_with(text));
            let f = f.unwrap_or_else(|| panic!("{input:?}: {figs:?}"));
            assert_eq!(f.event.as_deref(), verb, "{input:?}: {f:?}");
            assert_eq!(f.time.as_deref(), time, "{input:?}: {f:?}");
        }
    }

    #[test]
    fn stems_meet() {
        for (a, b) in [
            ("fell", "fall"),
            ("signed", "signing"),
            ("moved", "move"),
            ("stopped", "stop"),
            ("carried", "carry"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("fell"), stem("stood"));
        for w in ["fell", "dropped", "lost", "plunged", "declined", "dipped"] {
            assert_eq!(stem(w), "down", "{w}");
        }
        for w in ["rose", "climbed", "jumped", "soared", "increased"] {
            assert_eq!(stem(w), "up", "{w}");
        }
    }
}
