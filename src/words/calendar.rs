//! Calendar words: the months and weekdays English copy names, full and abbreviated. Dates are
//! never names of people or places (the tagger's cues), and the figure readers ask here whether
//! a word is a month or a day ([`month_of`], [`weekday_of`]) and none of them asks another.

/// Days and months: dates, never names of people or places.
pub fn is_calendar_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    ) || is_month_abbreviation(w)
}

/// A month's abbreviation in AP style and the common short forms ("Jan", "Sept").
pub fn is_month_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// A weekday's abbreviation as timestamps write it ("Mon, 1 Jan 2018"); "Sun" is left out, a
/// word and a newspaper's name too.
pub fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat"
    )
}

pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: full names and their abbreviations of three letters or more
/// ("Dec", "Sept", "Dec."), except "Mar" and "May" as prefixes (words of their own).
pub fn month_of(w: &str) -> Option<u32> {
    let l = w.trim_end_matches('.').to_ascii_lowercase();
    if l.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == l || (m.starts_with(&l) && l != "mar" && l != "may" && l.len() <= 4))
        .map(|p| p as u32 + 1)
}

/// Month names, for the cheap test of whether a token may start a figure.
pub fn month_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .copied()
        .chain(MONTHS.iter().map(|m| &m[..3]))
        .chain(["sept"])
}

/// Whether a month is written short ("Dec", "Sept"), so a period after it is part of it.
pub fn abbreviated(w: &str) -> bool {
    !MONTHS.contains(&w.to_ascii_lowercase().as_str())
}

pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekday a word names (1–7), with or without a possessive ("Wednesday's").
pub fn weekday_of(w: &str) -> Option<u32> {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|p| p as u32 + 1)
}

/// The name of weekday `d` (1–7) as a reader writes it ("Wednesday").
pub fn weekday_name(d: u32) -> Option<String> {
    let w = WEEKDAYS.get((d as usize).checked_sub(1)?)?;
    Some(w[..1].to_uppercase() + &w[1..])
}
