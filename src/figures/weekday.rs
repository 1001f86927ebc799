//! Weekdays: the day of the week news copy dates an event by ("on Wednesday", "Sunday night",
//! "Wednesday's crash"). AP style dates an event of the past week by its weekday alone, so in
//! a story the weekday is the date most sources give, and the one they can disagree on. A
//! weekday is a value 1–7 (ISO 8601: Monday 1, Sunday 7).
//!
//! Not a weekday of the story: one beside a date ("Saturday, May 28": the date reader reads the
//! date), a weekday inside a name ("Super Tuesday", "Good Friday", "the Sunday Times", "Monday
//! Night Football"), an abbreviation ("Sun" is a newspaper, "Wed" a verb).

use super::cursor::{Cx, Step};
use super::mention::FigureKind;
use crate::words::calendar::{month_of, weekday_of, WEEKDAYS};

/// Parts of a day that may follow a weekday in a title-case line ("Sunday Night").
const DAY_PARTS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "midday",
    "noon",
];

/// Words that date what follows them: a weekday after one is a day, not part of a name.
const PREPOSITIONS: &[&str] = &[
    "on", "by", "since", "until", "till", "last", "next", "this", "from", "before", "after",
    "early", "late", "through", "to",
];

/// The weekday names, for the cheap test of whether a token may start a figure.
pub fn weekday_words() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.iter().copied()
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    let d = weekday_of(w).filter(|_| cx.cap(k))?;
    // "Saturday, May 28", "Saturday 28 May": the date that follows is the figure
    let a = if cx.word(k + 1) == "," { k + 2 } else { k + 1 };
    let dated = month_of(cx.word(a)).is_some_and(|_| cx.cap(a))
        || (cx
            .word(a)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
            && month_of(cx.word(a + 1)).is_some());
    // "Super Tuesday", "Black Friday": a capitalised word before it that could not stand
    // before a date makes it part of a name
    // ("the Las Vegas Massacre Sunday night": a part of the day after it makes it the day)
    let day_part = cx.low_word(k + 1) && DAY_PARTS.contains(&cx.lower(k + 1).as_str());
    let named_before =
        k > 0 && cx.cap(k - 1) && !super::names::may_precede_date(cx, k - 1) && !day_part;
    // "the Sunday Times", "Monday Night Football": a capitalised word after it that is not a
    // part of the day nor the next sentence-like item
    let possessive = w.len() > WEEKDAYS[d as usize - 1].len();
    // "On Monday Lloyds banned ...": after a preposition of time it is the day, whatever follows
    let dating = k > 0 && cx.is_any(k - 1, PREPOSITIONS);
    let named_after = !possessive
        && !dating
        && cx.cap(k + 1)
        && !cx.glued(k + 1)
        && !DAY_PARTS.contains(&cx.lower(k + 1).as_str())
        && weekday_of(cx.word(k + 1)).is_none()
        && month_of(cx.word(k + 1)).is_none();
    // "Monday Night Football": a capitalised part of the day that a name goes on after
    let part_of_name = !dating && cx.cap(k + 1) && cx.cap(k + 2) && !cx.glued(k + 2);
    if dated || named_before || named_after || part_of_name {
        return Some(Step::Skip(k + 1));
    }
    let f = cx.exact(k, k + 1, FigureKind::Weekday, f64::from(d), None);
    Some(Step::Figure(f, k + 1))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    /// (sentence, the weekday read as its value, or 0 for none)
    #[rustfmt::skip]
    const CASES: &[(&str, u32)] = &[
        ("The tram derailed on Wednesday morning.", 3),
        ("Wednesday's crash is the worst in decades.", 3),
        ("Wednesday’s crash is the worst in decades.", 3),
        ("Seven people were killed Wednesday when a tram jumped the rails.", 3),
        ("Shortly after 10 p.m. Sunday night, he opened fire.", 7),
        ("The boy fell in on Saturday, May 28, zoo officials said.", 0),
        ("The boy fell in on Saturday 28 May, zoo officials said.", 0),
        ("Paddock's actions for the Las Vegas Massacre Sunday night were planned.", 7),
        ("Voters went to the polls on Super Tuesday.", 0),
        ("Shops opened early on Black Friday.", 0),
        ("He told the Sunday Times about it.", 0),
        ("He watched Monday Night Football.", 0),
        ("She wrote for the Sun on Friday.", 5),
        ("On Monday Lloyds Banking Group banned card purchases.", 1),
        ("He said the deadline was friday.", 0),
    ];

    #[test]
    fn names_weekdays() {
        assert_eq!(
            crate::words::calendar::weekday_name(3).as_deref(),
            Some("Wednesday")
        );
        assert_eq!(crate::words::calendar::weekday_name(0), None);
        assert_eq!(crate::words::calendar::weekday_name(8), None);
    }

    #[test]
    fn reads_weekdays_not_names() {
        for &(input, want) in CASES {
            let got: Vec<_> = figs(input)
                .into_iter()
                .filter(|f| f.1 == FigureKind::Weekday)
                .collect();
            match want {
                0 => assert!(got.is_empty(), "{input:?}: {got:?}"),
                d => {
                    assert_eq!(got.len(), 1, "{input:?}: {got:?}");
                    assert_eq!(got[0].2, f64::from(d), "{input:?}");
                }
            }
        }
    }
}
