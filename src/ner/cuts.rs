//! Mentions the tagger ran together, cut into the names they hold:
//! - a name said twice ("Bitcoin Bitcoin price falls", "Esther Williams-Esther Williams": a
//!   section label or kicker glued to a headline);
//! - two organisations joined by "and" where the first ends in its head word ("Lloyds Banking
//!   Group and Virgin Money"), as lists of companies are written; a name with "and" inside
//!   ("Securities and Exchange Commission", "Ministry of Science and Technology") has no head
//!   word before it;
//! - a lower-case word that is no name connector ("Roadster impacting Mars"), and a capitalised
//!   function word at either end ("Although Red Bull", "Nice A": the next sentence glued on);
//! - a country code glued to a currency sign or an amount ("$US6,500"), which is a currency;
//! - a heading in capitals glued before a name ("IPHONE KILLER Samsung");
//! - "I've", "I'll" (the capitalised pronoun and a contraction), which is no name at all;
//! - a comma list of names ("Hauwa Mohammed, Rifkatu Amos, Saratu Emmanuel"): the tagger,
//!   which learned names from prose, sometimes reads a list as one name; a comma is never inside
//!   a name of the schema's types.

use crate::entity::{EntityType, Mention};
use crate::text::{Span, Text};

/// Cuts each mention into the names it holds, in place; the order stays by start.
pub fn cut(text: &Text, ms: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let mut parts = Vec::new();
        for p in at_commas(text, m.span) {
            for q in at_and(text, p, m.etype) {
                for r in at_lower_words(text, q) {
                    parts.extend(repeated(text, closer(text, opener(text, kicker(text, r)))));
                }
            }
        }
        out.extend(
            parts
                .into_iter()
                .filter(|&p| !contraction(text.slice(p)) && !currency_code(text, p))
                // what a cut leaves of a run-on caption can be a lone function word ("The")
                .filter(|&p| !SENTENCE_OPENERS.contains(&text.slice(p)))
                // titles alone ("Ms." of "Ms. Thurman", "Chief Constable") name no one
                .filter(|&p| !text.slice(p).split(' ').all(is_rank))
                // a month's abbreviation in a date ("Jan. 1", "Sept 24") is no name
                .filter(|&p| !month_abbreviation(text, p))
                // a weekday's abbreviation in a timestamp ("on Mon, 1 Jan 2018") is no name
                .filter(|&p| !crate::words::is_weekday_abbreviation(text.slice(p)))
                .map(|span| Mention { span, ..m }),
        );
    }
    descriptors(text, &mut out);
    *ms = out;
}

/// A descriptor before a name ("Mars-obsessed Musk", "MVP Ben Zobrist", "VP Michele
/// Anthony", "Mayor Sadiq Khan"): an adjective compound ("Mars-obsessed", "Paris-based"), an
/// office, or a title in capitals before a person is no part of the name. Three or four capitals are a title; two are one
/// before a full name, initials before a surname ("JJ Abrams"); a line in capitals tells
/// neither ("MAX VERSTAPPEN"). A capitalised adjective is left alone ("Poor Cleveland"): too
/// many names start with one ("Great Britain", "New York"), and no list tells them apart.
fn descriptors(text: &Text, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        // "Ex-Facebook employees": a former tie, not part of the name
        let s = text.slice(m.span);
        if let Some(rest) = s.strip_prefix("Ex-").or_else(|| s.strip_prefix("ex-")) {
            if rest.starts_with(char::is_uppercase) {
                m.span = Span::new(m.span.end - rest.len(), m.span.end);
            }
        }
        let s = text.slice(m.span);
        let Some((w, rest)) = s.split_once(' ') else {
            continue;
        };
        let known = crate::aliases::group(&crate::names::spelling_key(s)).is_some()
            || crate::words::is_place(s)
            || crate::words::is_org(s);
        if known {
            continue;
        }
        let compound = w
            .split_once('-')
            .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let title = m.etype == EntityType::Person
            && w.chars().all(|c| c.is_ascii_uppercase())
            && rest.chars().any(char::is_lowercase)
            && ((3..=4).contains(&w.len()) || (w.len() == 2 && rest.contains(' ')));
        // an office before a person's full name ("Mayor Sadiq Khan", "Dr Nouriel Roubini")
        // is no part of it (CoNLL-2003 tags titles outside names); before one word it may be
        // a nickname ("Dr Doom"); a royal or religious style is part of how the person is
        // called ("Prince Harry", "Pope Francis")
        let office = m.etype == EntityType::Person
            && crate::words::is_person_title(w)
            && !matches!(
                w,
                "King"
                    | "Queen"
                    | "Prince"
                    | "Princess"
                    | "Pope"
                    | "Sheikh"
                    | "Ayatollah"
                    | "Emir"
                    | "Sultan"
            )
            && rest.starts_with(char::is_uppercase)
            && rest.contains(' ');
        if compound || title || office {
            m.span = Span::new(m.span.end - rest.len(), m.span.end);
        }
    }
}

/// A country code glued to a currency sign or an amount ("$US6,500", "US$50", "A$"): a
/// currency, not the country.
fn currency_code(text: &Text, p: Span) -> bool {
    let norm = text.norm();
    let before = norm[..p.start].chars().next_back();
    let after = norm[p.end..].chars().next();
    matches!(before, Some('$' | '£' | '€'))
        || after.is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
}

/// "I've", "I'll", "I'm", "I'd": the pronoun, capitalised in any position, is no name.
fn contraction(s: &str) -> bool {
    let rest = s.strip_prefix("I'").or_else(|| s.strip_prefix("I\u{2019}"));
    rest.is_some_and(|r| matches!(r, "ve" | "ll" | "m" | "d" | "VE" | "LL" | "M" | "D"))
}

/// A month's abbreviation (AP style) followed by its period or a day: "Jan. 1", "Sept 24".
/// "Jun" or "Jan" alone may be a given name, so the date must follow.
fn month_abbreviation(text: &Text, p: Span) -> bool {
    let abbreviated = crate::words::is_month_abbreviation(text.slice(p));
    let rest = &text.norm()[p.end..];
    abbreviated
        && (rest.starts_with('.')
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
}

/// A word of a person's title or rank ([`crate::words::is_person_title`], and the police and
/// civil ranks that combine with them: "Chief Constable", "Deputy Commissioner").
fn is_rank(w: &str) -> bool {
    crate::words::is_person_title(w)
        || matches!(
            w,
            "Chief"
                | "Constable"
                | "Superintendent"
                | "Inspector"
                | "Detective"
                | "Commissioner"
                | "Deputy"
                | "Vice"
                | "Assistant"
        )
}

/// A heading in capitals glued to the name after it ("IPHONE KILLER Samsung Galaxy S9",
/// "SAMSUNG'S FOLDING PATENT Samsung"): a run of two or more words in capitals before a word
/// in mixed case is a kicker or a related link's headline (Daily Mail, Express page style),
/// not the name's first words. One word in capitals stays ("NASA Goddard", "BBC News").
fn kicker(text: &Text, span: Span) -> Span {
    let s = text.slice(span);
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let mut pos = 0;
    let mut run = 0;
    for w in s.split(' ') {
        if caps(w) {
            run += 1;
            pos += w.len() + 1;
            continue;
        }
        if run >= 2 && w.chars().any(char::is_lowercase) {
            return Span::new(span.start + pos, span.end);
        }
        break;
    }
    span
}

/// A sentence's opening word glued to the name after it ("Although Red Bull", "But
/// Ferrari"): a capitalised function word ([`crate::words::is_capitalised_common`]) is no part
/// of a name; "The" may be ("The Hague").
fn opener(text: &Text, span: Span) -> Span {
    let s = text.slice(span);
    match s.split_once(' ') {
        Some((w, rest))
            if w != "The" && crate::words::is_capitalised_common(w) && !rest.is_empty() =>
        {
            Span::new(span.end - rest.len(), span.end)
        }
        _ => span,
    }
}

/// Words that open a sentence and end no name: articles, pronouns, conjunctions ("Formula
/// One" keeps its number word).
const SENTENCE_OPENERS: &[&str] = &[
    "A", "An", "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "And", "But", "Or", "If", "When", "While", "As", "In", "On", "At",
];

/// A capitalised function word ending a mention is the next sentence's start ("Nice A" in
/// "... the attack in Nice A man said ...": a caption glued to the text).
fn closer(text: &Text, span: Span) -> Span {
    let s = text.slice(span);
    match s.rsplit_once(' ') {
        Some((rest, w)) if SENTENCE_OPENERS.contains(&w) && !rest.is_empty() => {
            Span::new(span.start, span.start + rest.len())
        }
        _ => span,
    }
}

/// A word in lower case that is no name connector ("of", "al", "bin":
/// [`crate::words::is_name_connector`]) ends a name: "Roadster impacting Mars" is two.
fn at_lower_words(text: &Text, span: Span) -> Vec<Span> {
    let s = text.slice(span);
    let mut out = Vec::new();
    let mut from = 0;
    let mut pos = 0;
    for w in s.split(' ') {
        // "al-Abadi", "iPhone": a capital inside keeps a word in the name
        let lower = w.starts_with(char::is_lowercase)
            && !w.chars().any(char::is_uppercase)
            && !crate::words::is_name_connector(w)
            && !matches!(
                w,
                "the" | "on" | "upon" | "at" | "da" | "di" | "la" | "le" | "y" | "&"
            );
        if lower {
            out.extend(trim(text, span.start + from, span.start + pos));
            from = pos + w.len();
        }
        pos += w.len() + 1;
    }
    if from == 0 {
        return vec![span];
    }
    out.extend(trim(text, span.start + from, span.end));
    out
}

/// Trims spaces off a part.
fn trim(text: &Text, s: usize, e: usize) -> Option<Span> {
    let raw = &text.norm()[s..e];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    (!body.is_empty()).then(|| Span::new(s + lead, s + lead + body.len()))
}

fn at_commas(text: &Text, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = span.start;
    let s = text.slice(span);
    for (i, _) in s.match_indices(',') {
        out.extend(trim(text, from, span.start + i));
        from = span.start + i + 1;
    }
    out.extend(trim(text, from, span.end));
    out
}

fn at_and(text: &Text, span: Span, etype: EntityType) -> Vec<Span> {
    let s = text.slice(span);
    if etype != EntityType::Org {
        return vec![span];
    }
    if let Some(i) = s.find(" and ") {
        let left = &s[..i];
        let right = &s[i + 5..];
        let head = left
            .split_whitespace()
            .last()
            .is_some_and(|w| crate::words::ORG_HEADS.contains(&w) || w == "Group");
        if head && right.starts_with(char::is_uppercase) {
            return [
                trim(text, span.start, span.start + i),
                trim(text, span.start + i + 5, span.end),
            ]
            .into_iter()
            .flatten()
            .collect();
        }
    }
    vec![span]
}

fn repeated(text: &Text, span: Span) -> Vec<Span> {
    // the name twice, joined by a space or a hyphen ("Bitcoin Bitcoin", "Esther
    // Williams-Esther Williams": a page's kicker glued to its headline)
    let s = text.slice(span);
    let mid = s.len() / 2;
    let twice = s.len() % 2 == 1
        && mid > 1
        && matches!(s.as_bytes().get(mid), Some(b' ' | b'-'))
        && s.get(..mid) == s.get(mid + 1..);
    if twice {
        return vec![
            Span::new(span.start, span.start + mid),
            Span::new(span.end - mid, span.end),
        ];
    }
    vec![span]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn cuts_run_together_names() {
        // one line per case: text, the mention (its type), the names it is cut into
        let cases: &[(&str, &str, EntityType, &[&str])] = &[
            ("Bitcoin Bitcoin price falls", "Bitcoin Bitcoin", EntityType::Misc, &["Bitcoin", "Bitcoin"]),
            ("Esther Williams-Esther Williams: Swimmer Dies", "Esther Williams-Esther Williams", EntityType::Person, &["Esther Williams", "Esther Williams"]),
            ("were IPHONE KILLER Samsung Galaxy S9: Can", "IPHONE KILLER Samsung Galaxy S9", EntityType::Misc, &["Samsung Galaxy S9"]),
            ("as Ms. Thurman said", "Ms.", EntityType::Place, &[]),
            ("rolled on Jan. 1 in", "Jan", EntityType::Person, &[]),
            ("Jan Smith spoke", "Jan Smith", EntityType::Person, &["Jan Smith"]),
            ("the Chief Constable said", "Chief Constable", EntityType::Person, &[]),
            ("NASA Goddard said", "NASA Goddard", EntityType::Org, &["NASA Goddard"]),
            ("MAIN ENTRANCE The hotel", "MAIN ENTRANCE The", EntityType::Misc, &[]),
            ("Lloyds Banking Group and Virgin Money banned it", "Lloyds Banking Group and Virgin Money", EntityType::Org, &["Lloyds Banking Group", "Virgin Money"]),
            ("the Securities and Exchange Commission said", "Securities and Exchange Commission", EntityType::Org, &["Securities and Exchange Commission"]),
            ("Hauwa Mohammed, Rifkatu Amos, Saratu Emmanuel were freed", "Hauwa Mohammed, Rifkatu Amos, Saratu Emmanuel", EntityType::Person, &["Hauwa Mohammed", "Rifkatu Amos", "Saratu Emmanuel"]),
            ("Sirhan Bishara Sirhan spoke", "Sirhan Bishara Sirhan", EntityType::Person, &["Sirhan Bishara Sirhan"]),
            ("it was $US6,562 at noon", "US", EntityType::Place, &[]),
            ("a US$50 fee", "US", EntityType::Place, &[]),
            ("Although Red Bull lost, it won.", "Although Red Bull", EntityType::Org, &["Red Bull"]),
            ("The Hague ruled.", "The Hague", EntityType::Place, &["The Hague"]),
            ("the Roadster impacting Mars orbit", "Roadster impacting Mars", EntityType::Misc, &["Roadster", "Mars"]),
            ("in Nice A man said", "Nice A", EntityType::Place, &["Nice"]),
            ("the Bank of England said", "Bank of England", EntityType::Org, &["Bank of England"]),
            ("won in Formula One races", "Formula One", EntityType::Misc, &["Formula One"]),
            ("Bashar al-Assad and Bashar al Assad", "Bashar al Assad", EntityType::Person, &["Bashar al Assad"]),
        ];
        // a descriptor goes; a name's own first word stays
        for (t, name, want) in [
            (
                // an adjective that often starts a name stays ("Great Britain", "New York")
                "Poor Cleveland lost. Cleveland had led. The poor team.",
                "Poor Cleveland",
                "Poor Cleveland",
            ),
            ("Mars-obsessed Musk spoke. Elon Musk said so.", "Mars-obsessed Musk", "Musk"),
            ("MVP Ben Zobrist hit. Zobrist smiled.", "MVP Ben Zobrist", "Ben Zobrist"),
            ("MVP Ben Zobrist hit a homer.", "MVP Ben Zobrist", "Ben Zobrist"),
            // an office goes; a royal style stays
            ("London Mayor Sadiq Khan issued a statement.", "Mayor Sadiq Khan", "Sadiq Khan"),
            ("Prince Harry spoke.", "Prince Harry", "Prince Harry"),
            ("Ex-Facebook staff spoke.", "Ex-Facebook", "Facebook"),
            ("Dr Doom warned.", "Dr Doom", "Dr Doom"),
            // a line in capitals: a first name, not a title
            ("MAX VERSTAPPEN WINS. Max Verstappen won.", "MAX VERSTAPPEN", "MAX VERSTAPPEN"),
            // two capitals are initials, not a title
            ("JJ Abrams directed it. Abrams said so.", "JJ Abrams", "JJ Abrams"),
            ("VP Michele Anthony spoke. Anthony said so.", "VP Michele Anthony", "Michele Anthony"),
            ("Great Britain voted. Britain left. A great day.", "Great Britain", "Great Britain"),
        ] {
            let text = Text::new(t);
            let s = text.norm().find(name).expect("name");
            let rest_at = text
                .norm()
                .rfind(want.rsplit(' ').next().unwrap_or(want))
                .expect("alone");
            let mut ms = vec![Mention {
                span: Span::new(s, s + name.len()),
                etype: EntityType::Person,
                confident: true,
            }];
            let last = want.rsplit(' ').next().unwrap_or(want);
            if rest_at > s + name.len() {
                ms.push(Mention {
                    span: Span::new(rest_at, rest_at + last.len()),
                    etype: EntityType::Person,
                    confident: true,
                });
            }
            cut(&text, &mut ms);
            assert_eq!(text.slice(ms[0].span), want, "{t}");
        }
        for &(t, name, etype, want) in
            cases
                .iter()
                .chain(&[("I've never seen it", "I've", EntityType::Person, &[][..])])
        {
            let text = Text::new(t);
            let s = text.norm().find(name).expect("name in text");
            let mut ms = vec![Mention {
                span: Span::new(s, s + name.len()),
                etype,
                confident: true,
            }];
            cut(&text, &mut ms);
            let got: Vec<&str> = ms.iter().map(|m| text.slice(m.span)).collect();
            assert_eq!(got, want, "{t}");
        }
    }
}
