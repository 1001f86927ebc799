//! Calendar words: the months and weekdays English copy names, full and abbreviated. A leaf
//! module: the date, weekday, counted-noun and name readers all ask it whether a word is a
//! month or a day, and none of them asks another.

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
