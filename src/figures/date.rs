//! Dates: month-day ("November 3, 2017", "Dec. 28", "Sept. 3, 2017", "June 5th"), day-month
//! ("1 March 2019", "14 July", "the 3rd of May") with full or abbreviated month names (AP
//! style abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec.), and all-digit dates
//! ("04/11/2017", day first as most non-US copy writes it unless the second part cannot be a
//! month). A date is a value yyyymmdd; a date without a year takes the year of the article's
//! date line where it has one ([`Cx::year`]), and is mmdd otherwise.

use super::cursor::{Cx, Step};
use super::mention::FigureKind;
use crate::text::TokenKind;
use crate::words::calendar::{abbreviated, month_of};

/// A day of the month at token `i`: "28", "5th", "3rd".
fn day_at(cx: &Cx, i: usize) -> Option<u32> {
    let w = cx.word(i);
    // "7-14": the first day of a span written as one token
    let w = match w.split_once('-') {
        Some((a, b)) if b.bytes().all(|c| c.is_ascii_digit()) && !b.is_empty() => a,
        _ => w,
    };
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year at token `i`: four digits, 1000–2999.
fn year_at(cx: &Cx, i: usize) -> Option<u32> {
    let w = cx.word(i);
    (w.len() == 4 && cx.kind(i) == Some(TokenKind::Number))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..3000).contains(y))
}

fn value(cx: &Cx, year: Option<u32>, month: u32, day: u32) -> f64 {
    (year.or(cx.year).unwrap_or(0) * 10000 + month * 100 + day) as f64
}

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    month_day(cx, k)
        .or_else(|| day_month(cx, k))
        .or_else(|| digits(cx, k))
        .or_else(|| month_alone(cx, k))
}

/// Words after which a month name dates something ("in June", "since November", "by March
/// 2019", "early February"): prepositions and modifiers of time.
const BEFORE_MONTH: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "through", "before", "after", "during", "last",
    "next", "this", "early", "late", "mid", "between",
];

/// A month without a day, as copy dates a report or an event of the past year ("in
/// November", "last December", "November 2018", "the September election"): a span of days,
/// the whole month (a month of 29 days for February). Only after a word of time, before a
/// year, or as "the" + month + noun: "Theresa May", "the Long March" and "May I" are no dates.
fn month_alone(cx: &Cx, k: usize) -> Option<Step> {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    // "since mid-November": a month written with "mid-" dates by itself
    let (word, mid) = match cx.word(k).split_once('-') {
        Some((p, w)) if p.eq_ignore_ascii_case("mid") => (w, true),
        _ => (cx.word(k), false),
    };
    let m = month_of(word).filter(|_| word.starts_with(char::is_uppercase))?;
    // an abbreviation dates only with its period and a year ("Nov. 2018")
    let full = !abbreviated(word);
    let mut end = k + 1;
    if !full {
        if cx.word(end) != "." || year_at(cx, end + 1).is_none() {
            return None;
        }
        end += 1;
    }
    let after_comma = cx.word(end) == "," && year_at(cx, end + 1).is_some();
    let year = if after_comma {
        year_at(cx, end + 1)
    } else {
        year_at(cx, end)
    };
    let timed = mid || (k > 0 && cx.is_any(k - 1, BEFORE_MONTH));
    let attributive = k > 0 && cx.is(k - 1, "the") && cx.low_word(end);
    if year.is_none() && !timed && !attributive {
        return None;
    }
    if year.is_some() {
        end += if after_comma { 2 } else { 1 };
    }
    let low = value(cx, year, m, 1);
    let high = value(cx, year, m, DAYS[m as usize - 1]);
    Some(span(cx, k, end, low, high))
}

/// "November 3, 2017", "Dec. 28", "June 5th, 2020".
fn month_day(cx: &Cx, k: usize) -> Option<Step> {
    let m = month_of(cx.word(k)).filter(|_| cx.cap(k))?;
    // "the Long March 9 rocket": a month name after a capitalised word inside a sentence is
    // part of a name (weekdays and function words excepted: "Monday, March 9", "On March 9")
    if k > 0 && cx.cap(k - 1) && !super::names::may_precede_date(cx, k - 1) {
        return None;
    }
    let d = if cx.word(k + 1) == "." && abbreviated(cx.word(k)) {
        k + 2
    } else {
        k + 1
    };
    let day = day_at(cx, d)?;
    // "May 5 percent", "June 12 people": a count after a month is no day
    if cx.is_any(d + 1, &["%", "percent", "per"]) {
        return None;
    }
    // "Feb 7-14" (one token), "Feb. 7 to 14", "between Feb 8 and 25": a span of days
    let between = k > 0 && cx.is(k - 1, "between");
    let glued_end = cx
        .word(d)
        .split_once('-')
        .and_then(|(_, b)| b.parse::<u32>().ok());
    let joined =
        cx.is_any(d + 1, &["-", "\u{2013}", "to", "through"]) || (between && cx.is(d + 1, "and"));
    let (last, d) = match (glued_end, joined.then(|| day_at(cx, d + 2)).flatten()) {
        (Some(e), _) => (Some(e), d),
        (None, Some(e)) => (Some(e), d + 2),
        (None, None) => (None, d),
    };
    let last = last.filter(|&e| e > day && e <= 31);
    let (year, end) = if cx.word(d + 1) == "," && year_at(cx, d + 2).is_some() {
        (year_at(cx, d + 2), d + 3)
    } else if year_at(cx, d + 1).is_some() {
        (year_at(cx, d + 1), d + 2)
    } else {
        (None, d + 1)
    };
    let start = if between && last.is_some() { k - 1 } else { k };
    let low = value(cx, year, m, day);
    let high = last.map_or(low, |e| value(cx, year, m, e));
    Some(span(cx, start, end, low, high))
}

/// "1 March 2019", "14 July", "3rd of May", "the 3rd of May 2018".
fn day_month(cx: &Cx, k: usize) -> Option<Step> {
    let day = day_at(cx, k)?;
    let m_at = if cx.is(k + 1, "of") { k + 2 } else { k + 1 };
    let m = month_of(cx.word(m_at)).filter(|_| cx.cap(m_at))?;
    // "the 3 May talks": a month after a bare number is a day-month date; "3 of May" is not
    if m_at == k + 2 && cx.word(k).bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut end = m_at + 1;
    if cx.word(end) == "." && abbreviated(cx.word(m_at)) && year_at(cx, end + 1).is_some() {
        end += 1;
    }
    if cx.word(end) == "," && year_at(cx, end + 1).is_some() {
        end += 1;
    }
    let mut year = year_at(cx, end);
    if year.is_some() {
        end += 1;
    }
    // "26 February - 1 March 2018": a span across months takes the year of its end
    let mut high = None;
    if cx.is_any(end, &["-", "\u{2013}", "to"]) {
        if let Some(Step::Figure(e, e_end)) = day_month(cx, end + 1) {
            let y = (e.low / 10000.0) as u32;
            if year.is_none() && y > 0 {
                year = Some(y);
            }
            high = Some((e.low, e_end));
        }
    }
    let low = value(cx, year, m, day);
    let (high, end) = high.filter(|h| h.0 > low).unwrap_or((low, end));
    Some(span(cx, k, end, low, high))
}

/// A date, or a span of days, over tokens `a..end`.
fn span(cx: &Cx, a: usize, end: usize, low: f64, high: f64) -> Step {
    let f = cx.figure(
        a,
        end,
        FigureKind::Date,
        low,
        high,
        None,
        super::mention::Qualifier::Exact,
    );
    Step::Figure(f, end)
}

/// "04/11/2017": day/month/year, or month/day/year when the second part cannot be a month.
fn digits(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    if cx.kind(k) != Some(TokenKind::Number) || w.matches('/').count() != 2 {
        return None;
    }
    let p: Vec<u32> = w.split('/').filter_map(|x| x.parse().ok()).collect();
    if p.len() != 3 || !(1000..=9999).contains(&p[2]) || p[0] > 31 || p[1] > 31 {
        return Some(Step::Skip(k + 1));
    }
    let (day, month) = if p[1] > 12 {
        (p[1], p[0])
    } else {
        (p[0], p[1])
    };
    if month > 12 || day == 0 || month == 0 {
        return Some(Step::Skip(k + 1));
    }
    let f = cx.exact(
        k,
        k + 1,
        FigureKind::Date,
        value(cx, Some(p[2]), month, day),
        None,
    );
    Some(Step::Figure(f, k + 1))
}

/// The year of an article's date line: the first date with a year in its first three
/// sentences ("Nov. 29, 2026", "29 November 2026", "2026-11-29").
pub fn date_line_year(text: &crate::text::Text) -> Option<u32> {
    for sent in text.sentences.iter().take(3) {
        let cx = Cx::new(text, sent.tokens.clone().collect(), None);
        for k in 0..cx.len() {
            if let Some(Step::Figure(f, _)) = read(&cx, k) {
                let y = (f.low / 10000.0) as u32;
                if y > 0 {
                    return Some(y);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    /// (sentence, the month read as a span of days, (low, high); (0, 0) for none)
    #[rustfmt::skip]
    const MONTHS: &[(&str, (f64, f64))] = &[
        ("The first launch is planned in June.", (601.0, 630.0)),
        ("Voters backed May in the poll.", (0.0, 0.0)),
        ("He made the remarks last December at Stanford.", (1201.0, 1231.0)),
        ("Bitcoin is at its lowest since mid-November.", (1101.0, 1130.0)),
        ("A mid-size car.", (0.0, 0.0)),
        ("NASA plans the flight for November 2018.", (20181101.0, 20181130.0)),
        ("NASA flew it in Nov. 2018.", (20181101.0, 20181130.0)),
        ("The AfD entered parliament in the September election.", (901.0, 930.0)),
        ("Prime Minister Theresa May spoke.", (0.0, 0.0)),
        ("May I ask a question?", (0.0, 0.0)),
        ("The rocket is a Long March 5.", (0.0, 0.0)),
        ("Hundreds joined the march.", (0.0, 0.0)),
    ];

    #[test]
    fn reads_months_that_date_something() {
        for &(input, (low, high)) in MONTHS {
            let got: Vec<_> = figs(input)
                .into_iter()
                .filter(|f| f.1 == FigureKind::Date)
                .collect();
            if low == 0.0 {
                assert!(got.is_empty(), "{input:?}: {got:?}");
            } else {
                assert_eq!(got.len(), 1, "{input:?}: {got:?}");
                assert_eq!((got[0].2, got[0].3), (low, high), "{input:?}");
            }
        }
    }

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64)] = &[
        // input, date as written, yyyymmdd (mmdd without a year)
        ("The launch is set for Dec. 28.", "Dec. 28", 1228.0),
        ("He won on Sept. 3, 2017, by a wide margin.", "Sept. 3, 2017", 20170903.0),
        ("Voting closes Nov. 29.", "Nov. 29", 1129.0),
        ("It took effect on 1 March 2019.", "1 March 2019", 20190301.0),
        ("Protests began on 14 July.", "14 July", 714.0),
        ("The summit opens on June 5th.", "June 5th", 605.0),
        ("Voting ends on the 3rd of May.", "3rd of May", 503.0),
        ("on November 3, 2017.", "November 3, 2017", 20171103.0),
        ("Posted 04/11/2017 by the desk.", "04/11/2017", 20171104.0),
        ("Meet on 5/17/2018?", "5/17/2018", 20180517.0),
        ("The ceasefire began Feb. 2, 2016 at dawn.", "Feb. 2, 2016", 20160202.0),
        ("The launch window is Feb 7-14.", "Feb 7-14", 207.0),
        ("It will launch between Feb 8 and 25.", "between Feb 8 and 25", 208.0),
        ("On Monday, March 9, talks resumed.", "March 9", 309.0),
        ("It began on the 21st of August, 2017, at dawn.", "21st of August, 2017", 20170821.0),
        ("The fair runs 26 February - 1 March 2018 in Berlin.", "26 February - 1 March 2018", 20180226.0),
    ];

    #[test]
    fn reads_dates() {
        for &(input, text, v) in CASES {
            let got = figs(input);
            assert!(
                got.iter()
                    .any(|f| f.0 == text && f.1 == FigureKind::Date && f.2 == v),
                "{input:?}: {got:?}"
            );
        }
    }

    #[test]
    fn a_date_line_gives_the_year() {
        let t = crate::text::Text::new(
            "WASHINGTON, Nov. 29, 2026 (Reuters) - Talks resume.\n\nThey end on Dec. 28.",
        );
        let f = crate::figures::FigureExtractor::extract(&crate::figures::RuleFigures, &t);
        assert!(
            f.iter()
                .any(|f| t.slice(f.span) == "Dec. 28" && f.low == 20261228.0),
            "{f:?}"
        );
    }
}
