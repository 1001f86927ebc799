//! Numbers that are no figures: part of a name, model, code, resolution, jersey, page, phone,
//! street or caption counter ("Falcon 9", "Boeing 747", "Resolution 2397", "No. 23", "Game 6",
//! "page 14", "555-0142", "221 Baker Street", "Hide Caption 3 of 18"), and digits inside a web
//! or e-mail address. Decided from the words around the number, never from lists of products:
//! a capitalised word right before a bare number names a thing (English writes counts before
//! their noun: "nine rockets", not "Rockets 9"), and so do "No.", "#" and label nouns ("page",
//! "room", "flight") that name by number.

use super::counted::is_stop;
use super::cursor::{Cx, Step};
use super::{compare, units};
use crate::text::TokenKind;

/// Lower-case nouns that name a thing by the number after them ("on page 14", "room 214").
const LABEL_NOUNS: &[&str] = &[
    "page",
    "pages",
    "p.",
    "pp.",
    "room",
    "flight",
    "route",
    "gate",
    "seat",
    "platform",
    "exit",
    "highway",
    "interstate",
    "channel",
    "episode",
    "chapter",
    "section",
    "article",
    "clause",
    "paragraph",
    "resolution",
    "verse",
    "ward",
    "precinct",
    "terminal",
    "pier",
    "suite",
    "apartment",
    "apt",
    "ticket",
    "no.",
    "nos",
    "nos.",
    "#",
    "game",
    "hole",
    "bus",
    "vol",
    "vol.",
];

/// Street words after a house number and a name ("221 Baker Street").
pub const STREET: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "square",
    "court",
    "terrace",
    "crescent",
    "highway",
];

/// Capitalised words that start a sentence as function words, not as names ("Since 2014",
/// "About 40"), beyond [`is_stop`] and the comparison phrases.
const CAPITAL_FUNCTION: &[&str] = &[
    "since", "only", "just", "exactly", "all", "some", "another", "each", "every", "until", "till",
    "through", "between", "last", "next", "first", "nearly", "about", "around", "almost",
    "roughly", "by", "during", "within", "among", "of", "in", "on", "at", "for", "to", "with",
    "after", "before", "over", "under", "and", "or", "but", "then", "now", "still", "yet",
];

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    if in_link(cx, k) {
        return Some(Step::Skip(k + 1));
    }
    // "Zero Shutter Lag", "Seven Sisters": a capitalised number word inside a sentence, before
    // a capitalised word, is part of a name (unless the sentence is a title)
    // ("Page Six", "Formula One": after a name word too)
    if cx.kind(k) == Some(TokenKind::Word)
        && cx.cap(k)
        && !sentence_initial(cx, k)
        && (cx.cap(k + 1)
            || (k > 0
                && cx.cap(k - 1)
                && !sentence_initial(cx, k - 1)
                && !is_stop(&cx.lower(k - 1))))
        && super::number::small_word(cx.word(k)).is_some()
        && !title_case(cx)
    {
        return Some(Step::Skip(k + 1));
    }
    // "fold it in two", "cut in half": a manner, no quantity
    if k > 0
        && cx.is_any(k - 1, &["in", "into"])
        && cx.is_any(k, &["two", "half", "three", "four"])
        && !cx.low_word(k + 1)
    {
        return Some(Step::Skip(k + 1));
    }
    if cx.kind(k) != Some(TokenKind::Number) {
        return None;
    }
    if phone(cx.word(k)) {
        return Some(Step::Skip(k + 1));
    }
    // "0800 0560154": digit groups opening with a zero, written apart, are a phone number
    if cx.word(k).starts_with('0')
        && cx.word(k).len() >= 3
        && cx.kind(k + 1) == Some(TokenKind::Number)
        && cx.word(k + 1).len() >= 3
    {
        return Some(Step::Skip(k + 2));
    }
    // "1024*768", "1920x1080": a product of dimensions, a screen or paper size
    if matches!(cx.word(k + 1), "*" | "×" | "x")
        && cx.glued(k + 1)
        && cx.kind(k + 2) == Some(TokenKind::Number)
    {
        return Some(Step::Skip(k + 3));
    }
    // "24/7": a slash pair larger than one is a by-word ("around the clock"), not a fraction
    if let Some((a, b)) = cx.word(k).split_once('/') {
        if let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) {
            if a > b {
                return Some(Step::Skip(k + 1));
            }
        }
    }
    if counter(cx, k) {
        let of = cx.is(k + 1, "of") && cx.kind(k + 2) == Some(TokenKind::Number);
        return Some(Step::Skip(if of { k + 3 } else { k + 1 }));
    }
    if let Some(end) = clock(cx, k) {
        return Some(Step::Skip(end));
    }
    // "call 911", "dial 999": a number to ring
    let rung = k > 0
        && cx.is_any(
            k - 1,
            &["call", "dial", "dialled", "dialed", "calling", "dialling"],
        )
        && !cx.low_word(k + 1);
    // a year stays a year inside a name ("Euro 2016", "New Year's Eve 2015")
    let year = cx.word(k).len() == 4
        && cx
            .word(k)
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    let named = rung || label_before(cx, k) || (!year && name_before(cx, k)) || street_after(cx, k);
    if !named {
        return None;
    }
    // "Caption 3 of 18": the counter's total is part of it
    if cx.is(k + 1, "of") && cx.kind(k + 2) == Some(TokenKind::Number) {
        return Some(Step::Skip(k + 3));
    }
    Some(Step::Skip(k + 1))
}

/// "No. 23", "#4471", "page 14", "Route 91", "Registration Number: 130349": a label noun
/// right before, or before a colon.
fn label_before(cx: &Cx, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let at = if cx.word(k - 1) == ":" && k >= 2 {
        k - 2
    } else {
        k - 1
    };
    let prev = cx.lower(at);
    let prev = if prev == "." && at >= 1 {
        format!("{}.", cx.lower(at - 1))
    } else {
        prev
    };
    let colon = at + 2 == k;
    let label = LABEL_NOUNS.contains(&prev.as_str())
        || (colon
            && matches!(
                prev.as_str(),
                "number" | "no" | "code" | "id" | "ref" | "reference"
            ));
    // "two of the pages 3": a plural label before a count is no label ("3 pages" is)
    label && !(prev.ends_with('s') && prev != "nos" && cx.low_word(k + 1))
}

/// Words that open a caption or gallery counter ("Photo 3 of 12", "Image 1 of 25").
const CAPTION: &[&str] = &[
    "photo", "photos", "image", "images", "picture", "pictures", "slide", "caption", "gallery",
    "video", "videos", "graphic",
];

/// "1/30 Earth from the ISS", "Photo 3 of 12", "Hide Caption 3 of 18": a gallery counter.
fn counter(cx: &Cx, k: usize) -> bool {
    if k > 0
        && cx.is_any(k - 1, CAPTION)
        && cx.is(k + 1, "of")
        && cx.kind(k + 2) == Some(TokenKind::Number)
    {
        return true;
    }
    let w = cx.word(k);
    let slash = w.split_once('/').is_some_and(|(a, b)| {
        a.parse::<u32>().ok() <= b.parse::<u32>().ok() && !b.is_empty() && !b.contains('/')
    });
    slash && sentence_initial(cx, k) && cx.cap(k + 1)
}

/// "Falcon 9", "Boeing 747", "Resolution 2397": a capitalised word right before a bare number,
/// unless it is a function word opening the sentence, a month, a currency, a unit, or the
/// sentence is a title in capitals throughout.
fn name_before(cx: &Cx, k: usize) -> bool {
    // "Falcon", "iPhone", "eBay": a capital anywhere makes a name word
    if k == 0 || !cx.word(k - 1).chars().any(char::is_uppercase) {
        return false;
    }
    let prev = cx.lower(k - 1);
    // "She's 60", "Trump's 2016 win": a contraction or possessive names nothing by number
    // ("Chang'e 4" is a name with an apostrophe inside)
    let clitic = ["'s", "'re", "'ve", "'ll", "'d", "'m", "s'"];
    if clitic
        .iter()
        .any(|c| prev.replace('\u{2019}', "'").ends_with(c))
    {
        return false;
    }
    let function = is_stop(&prev)
        || CAPITAL_FUNCTION.contains(&prev.as_str())
        || compare::BEFORE
            .iter()
            .any(|(p, _)| p.split(' ').next_back() == Some(prev.as_str()));
    if function
        || ((sentence_initial(cx, k - 1) || quote_initial(cx, k - 1))
            && !named_elsewhere(cx, cx.word(k - 1)))
        || tally(cx, k)
        || (crate::words::calendar::month_of(cx.word(k - 1)).is_some()
            && (k < 2 || !cx.cap(k - 2) || may_precede_date(cx, k - 2)))
        || units::symbol(cx.word(k - 1)).is_some()
        || units::unit_at(&cx.words, k - 1).is_some_and(|u| u.2 == k)
        || title_case(cx)
    {
        return false;
    }
    // a unit or counted noun after the number makes it a quantity of a named thing
    // ("Boeing 747 aircraft" is still the model, "Syria 3 million refugees" is rare): the
    // number stays a name unless a scale word follows ("EU 1.2 billion")
    // a span of time after it ("by Tarantino 15 years after the crash", "Syria 10 days
    // ago"): models are not numbered in years
    let span_of_time = super::duration::time_unit(&cx.words, k + 1).is_some_and(|(_, end)| {
        cx.is_any(
            end,
            &["ago", "after", "before", "later", "earlier", "since"],
        )
    });
    !span_of_time
        && !cx
            .word(k + 1)
            .chars()
            .next()
            .is_some_and(|_| number_scale(cx, k + 1))
}

/// Whether token `i` opens its sentence (after any quote marks or brackets), where every word
/// is capitalised.
fn sentence_initial(cx: &Cx, i: usize) -> bool {
    (0..i).all(|j| cx.kind(j) == Some(TokenKind::Punct))
}

/// Whether token `i` opens a quotation inside the sentence (`saying, "Hit 40 miles per
/// hour"`), where its capital is the quoted sentence's. The text layer has made every quote
/// mark straight (`crate::text`).
fn quote_initial(cx: &Cx, i: usize) -> bool {
    i > 0 && matches!(cx.word(i - 1), "\"" | "'")
}

/// Whether the text writes `word` capitalised inside a sentence somewhere, as names are
/// ("Boeing 747 landed." opens a sentence; "the Boeing jet" shows it is a name).
fn named_elsewhere(cx: &Cx, word: &str) -> bool {
    let norm = cx.text.norm();
    norm.match_indices(word).any(|(p, _)| {
        let before = norm[..p].trim_end_matches([' ', '\t']);
        let prev = before.chars().next_back();
        let whole = !norm[p + word.len()..].starts_with(char::is_alphanumeric);
        whole && p > 0 && prev.is_some_and(|c| c.is_alphanumeric() || c == ',') && before.len() < p
    })
}

/// "Trump 306, Clinton 232", "Cubs 8, Indians 7": names with their tallies.
fn tally(cx: &Cx, k: usize) -> bool {
    let other = |i: usize| cx.cap(i) && cx.kind(i + 1) == Some(TokenKind::Number);
    (matches!(cx.word(k + 1), "," | "-" | "to") && other(k + 2))
        || (k >= 3
            && matches!(cx.word(k - 2), "," | "-" | "to")
            && cx.kind(k - 3) == Some(TokenKind::Number))
}

/// Whether the capitalised word at `i` may stand before a date ("Monday March 9", "On March
/// 9", "Washington, March 9" opening a sentence) rather than be part of a name ("Long March").
pub fn may_precede_date(cx: &Cx, i: usize) -> bool {
    // abbreviated weekdays; the full names are [`super::weekday`]'s
    const ABBREVIATED: &[&str] = &[
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    let w = cx.lower(i);
    sentence_initial(cx, i)
        || ABBREVIATED.contains(&w.trim_end_matches('.'))
        || crate::words::calendar::weekday_of(&w).is_some()
        || is_stop(&w)
        || CAPITAL_FUNCTION.contains(&w.as_str())
        || cx.word(i).chars().all(|c| !c.is_lowercase())
}

fn number_scale(cx: &Cx, i: usize) -> bool {
    super::number::scale_word(cx.word(i)).is_some() || cx.is_any(i, &["percent", "%", "per"])
}

/// A house number: "221 Baker Street".
fn street_after(cx: &Cx, k: usize) -> bool {
    let mut i = k + 1;
    while i < cx.len() && cx.cap(i) && i <= k + 3 {
        if cx.is_any(i, STREET) && i > k + 1 {
            return true;
        }
        i += 1;
    }
    false
}

/// A time of day: "9 a.m.", "10:28 p.m.", "0030 GMT", "21:00 local time". The token after the
/// clock, or `None`.
fn clock(cx: &Cx, k: usize) -> Option<usize> {
    const ZONES: &[&str] = &[
        "gmt", "utc", "est", "edt", "cet", "bst", "pst", "pdt", "cst", "jst", "ist", "et", "pt",
    ];
    let w = cx.word(k);
    let after = cx.lower(k + 1);
    let meridiem = matches!(
        after.as_str(),
        "a.m" | "p.m" | "a.m." | "p.m." | "am" | "pm"
    );
    let zone = ZONES.contains(&after.as_str()) && (w.contains(':') || w.len() == 4);
    let hhmm = w
        .split_once(':')
        .is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2);
    if meridiem || zone {
        let end = if cx.word(k + 2) == "." && after.len() == 3 {
            k + 3
        } else {
            k + 2
        };
        return Some(end);
    }
    hhmm.then_some(k + 1)
}

/// Bytes around a number that [`in_link`] reads for the address it may sit in: far longer than
/// any web or e-mail address in news copy.
const LINK_MAX: usize = 2048;

/// A sentence in title case ("Talks Collapse After 3 Days") names nothing by capitals.
fn title_case(cx: &Cx) -> bool {
    let words: Vec<usize> = (0..cx.len())
        .filter(|&i| cx.kind(i) == Some(TokenKind::Word))
        .collect();
    words.len() >= 3 && words.iter().filter(|&&i| cx.cap(i)).count() * 10 >= words.len() * 7
}

/// A phone number written as one token: digit groups joined by hyphens, seven digits or more,
/// ending in a group of four ("555-0142", "212-555-0142").
fn phone(w: &str) -> bool {
    let groups: Vec<&str> = w.split('-').collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.last().is_some_and(|g| g.len() == 4)
        && groups.iter().map(|g| g.len()).sum::<usize>() >= 7
}

/// Whether token `k` lies in a web address or e-mail address ("https://x.com/?q=30%25").
///
/// The chunk is looked at up to [`LINK_MAX`] bytes on each side of the token: so a long run
/// without spaces (a pasted table of figures) costs linear time, not quadratic.
fn in_link(cx: &Cx, k: usize) -> bool {
    let norm = cx.text.norm();
    let sp = cx.span(k, k + 1);
    let mut lo = sp.start.saturating_sub(LINK_MAX);
    while !norm.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (sp.end + LINK_MAX).min(norm.len());
    while !norm.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = norm[lo..sp.start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(lo, |(p, c)| lo + p + c.len_utf8());
    let end = norm[sp.end..hi]
        .find(char::is_whitespace)
        .map_or(hi, |p| sp.end + p);
    let chunk = &norm[start..end];
    chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;

    #[rustfmt::skip]
    const NOT_FIGURES: &[&str] = &[
        "A Falcon 9 rocket lifted off on schedule.",
        "The Boeing 747 was grounded for a week of checks.",
        "The council passed Resolution 2375 on the sanctions.",
        "He carried the ball as No. 23 for the visitors.",
        "Fans gathered before Game 7 in Cleveland.",
        "Hide Caption 1 of 25",
        "Call the desk at 555-0142 for details.",
        "Police set up a number - 0800 0560154 - for families.",
        "Someone shouted for them to call 911.",
        "A fire broke out at 221 Baker Street overnight.",
        "The table is on page 14 of the filing.",
        "Billions No. 18 sailed at dawn.",
        "The satellite, Thaicom 8, reached orbit.",
        "Read more at https://example.com/2017/11/30/story-123",
        "Ticket #4471 won the draw.",
        "Boeing 747 jets were grounded after the Boeing inquiry.",
        "The Chang'e 4 mission will launch later.",
        "It rode the Long March 9 rocket into orbit.",
        "The phone offers Zero Shutter Lag shooting.",
        "It was first reported by Page Six on Monday.",
        "The new iPhone 7 sold out.",
        "Fold the paper in two.",
        "Phones exert a 24/7 influence.",
        "The trains collided in the 53rd Street tunnel.",
        "It launched at 9 a.m. Sunday from the site.",
        "It lifted off at 9:00 am local time (0030 GMT).",
        "Site of Route 91 Harvest Festival",
        "Registration Number: 130349",
        "Browsers with 1024*768 or higher resolution are suggested.",
        "1/30 Earth from the ISS",
        "Photo 3 of 12: Residents wade through the water.",
    ];

    #[test]
    fn numbers_in_names_are_no_figures() {
        for input in NOT_FIGURES {
            let got = figs(input);
            assert!(
                got.iter()
                    .all(|f| f.1 == crate::figures::FigureKind::Duration
                        || !f.0.chars().any(|c| c.is_ascii_digit())),
                "{input:?}: {got:?}"
            );
        }
    }

    #[rustfmt::skip]
    const STILL_FIGURES: &[(&str, &str)] = &[
        ("Since 2014 the group has grown.", "2014"),
        ("About 40 people were hurt.", "About 40 people"),
        ("In March 2019 it fell.", "March 2019"),
        ("The EU 1.2 billion package passed.", "1.2 billion package"),
        ("Police said 14 people were arrested.", "14 people"),
        ("Talks Collapse After 3 Days", "3 Days"),
        ("Add 2 cups of flour.", "2 cups"),
        ("Give 5 examples.", "5 examples"),
        ("Trump 306, Clinton 232 in the count.", "306"),
        ("Trump 306, Clinton 232 in the count.", "232"),
        ("It was provided by Tarantino 15 years after the crash.", "15 years"),
        ("He told her, \u{201c}Hit 40 miles per hour or your hair won't blow.\u{201d}", "40 miles per hour"),
    ];

    #[test]
    fn counts_after_function_words_stay() {
        for (input, want) in STILL_FIGURES {
            let got = figs(input);
            assert!(got.iter().any(|f| f.0 == *want), "{input:?}: {got:?}");
        }
    }
}
