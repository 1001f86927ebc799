//! Mentions joined or extended after tagging: neighbours that make one name (a demonym and
//! the organisation it opens, a lower-case connector inside a name, a generation suffix, a
//! lone letter that ends a stage name).

use super::input::lone_capital;
use crate::entity::{EntityType, Mention};
use crate::text::Text;

/// Joins each pair of neighbouring mentions for which `join(first, second, text between)` gives
/// a type: the joined mention spans both and takes that type.
pub(super) fn join_adjacent(
    text: &Text,
    ms: &mut Vec<Mention>,
    join: impl Fn(&Mention, &Mention, &str) -> Option<EntityType>,
) {
    let mut k = 0;
    while k + 1 < ms.len() {
        let gap = &text.norm()[ms[k].span.end..ms[k + 1].span.start];
        match join(&ms[k], &ms[k + 1], gap) {
            Some(etype) => {
                ms[k].span.end = ms[k + 1].span.end;
                ms[k].etype = etype;
                ms.remove(k + 1);
            }
            None => k += 1,
        }
    }
}

/// "Syrian" + "Observatory for Human Rights", "Russian" + "Defence Ministry": a nationality
/// right before an organisation whose name starts with an organisation head word is part of
/// the organisation's name (the tagger, trained on CoNLL, often splits them); before an event's
/// head ("Brazilian" + "Grand Prix", "Australian" + "Open") it names the event.
pub(super) fn join_demonym_orgs(text: &Text, ms: &mut Vec<Mention>) {
    join_adjacent(text, ms, |a, b, gap| {
        let first = text.slice(b.span).split_whitespace().next().unwrap_or("");
        let head = crate::words::ORG_HEADS.contains(&first)
            || crate::words::TITLES.contains(&first)
            || matches!(
                first,
                "Defence" | "Defense" | "Democratic" | "Arab" | "Observatory"
            );
        // "Brazilian" + "Grand Prix", "Australian" + "Open": an event named by its country
        let event = matches!(
            first,
            "Grand" | "Open" | "Championship" | "Championships" | "Cup" | "Games" | "Masters"
        );
        if a.etype == EntityType::Group && gap == " " && event {
            return Some(EntityType::Misc);
        }
        (a.etype == EntityType::Group && b.etype == EntityType::Org && gap == " " && head)
            .then_some(EntityType::Org)
    });
}

/// "Jr.", "Sr.", "II", "III" after a person's name end it ("Arcade Joseph Comeaux Jr.",
/// "Martin Luther King, Jr."), and a suffix the tagger tagged alone is joined to it; alone it
/// names no one.
pub(super) fn generation_suffixes(text: &Text, ms: &mut Vec<Mention>) {
    use crate::words::GENERATION_SUFFIXES;
    let norm = text.norm();
    let mut i = 0;
    while i < ms.len() {
        // the tagger took the suffix without its period
        let surface = text.slice(ms[i].span);
        if (surface.ends_with(" Jr") || surface.ends_with(" Sr"))
            && norm[ms[i].span.end..].starts_with('.')
        {
            ms[i].span.end += 1;
        }
        let end = ms[i].span.end;
        let after = &norm[end..];
        let gap = [", ", " "]
            .iter()
            .find(|g| after.starts_with(**g))
            .map_or(0, |g| g.len());
        let hit = (gap > 0 && ms[i].etype == EntityType::Person)
            .then(|| {
                GENERATION_SUFFIXES.iter().find(|s| {
                    after[gap..].starts_with(**s)
                        && !after[gap + s.len()..].starts_with(char::is_alphanumeric)
                })
            })
            .flatten();
        if let Some(s) = hit {
            // "Jr." keeps its period, unless that period is the last thing in the text
            let tail = &after[gap + s.len()..];
            let dot = tail.starts_with('.')
                && !tail[1..].starts_with(char::is_alphanumeric)
                && !tail[1..].trim_start().is_empty();
            ms[i].span.end = end + gap + s.len() + usize::from(dot);
            drop_overlapped(ms, i);
        }
        i += 1;
    }
    // alone, a suffix names no one
    ms.retain(|m| {
        let s = text.slice(m.span);
        !GENERATION_SUFFIXES.contains(&s.strip_suffix('.').unwrap_or(s))
    });
}

/// Drops the mentions after `ms[i]` that its new end overlaps: parts of the name it now holds.
pub(super) fn drop_overlapped(ms: &mut Vec<Mention>, i: usize) {
    let end = ms[i].span.end;
    while ms.get(i + 1).is_some_and(|n| n.span.start < end) {
        ms.remove(i + 1);
    }
}

/// A capital letter alone after a name ends it: "Cardi B", "Malcolm X", "Galaxy S handsets",
/// "Plan B". The tagger, which met such letters mostly as initials with a period ("J."),
/// stops before them. Not "A" or "I" (an article or a pronoun opening the next clause), not
/// an initial (a period or a capitalised word after it), not one of a list of letters.
pub(super) fn letter_suffixes(text: &Text, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        let end = ms[i].span.end;
        let k = text.tokens.partition_point(|t| t.span.start < end);
        let Some(t) = text.tokens.get(k).filter(|t| t.span.start == end + 1) else {
            continue;
        };
        let letter = lone_capital(text.slice(t.span))
            .is_some_and(|c| c.is_ascii_uppercase() && c != 'A' && c != 'I');
        let after = text.tokens.get(k + 1).filter(|n| n.sentence == t.sentence);
        // an initial, or one of a list of letters ("the Queens Plaza E and M train stop")
        let initial = after.is_some_and(|n| {
            let a = text.slice(n.span);
            matches!(a, "." | "and" | "or" | "&" | "/" | ",") || a.starts_with(char::is_uppercase)
        });
        let free = ms.get(i + 1).is_none_or(|n| n.span.start >= t.span.end);
        if letter && !initial && free && t.sentence == text.tokens[k - 1].sentence {
            ms[i].span.end = t.span.end;
        }
    }
}

/// "Bashar" + "al" + "Assad": two parts of a person's name joined by a lower-case connector
/// (Arabic article, "bin", "van", "de": [`crate::words::is_name_connector`]) are one name; the
/// tagger, trained on 1996 Reuters copy, rarely saw a lower-case word inside a name.
pub(super) fn join_name_connectors(text: &Text, ms: &mut Vec<Mention>) {
    join_adjacent(text, ms, |a, b, gap| {
        let inner = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' '));
        let joins = a.etype == EntityType::Person
            && b.etype == EntityType::Person
            && inner.is_some_and(|w| {
                !w.contains(' ')
                    && !matches!(w, "of" | "for" | "and")
                    && crate::words::is_name_connector(w)
            });
        joins.then_some(EntityType::Person)
    });
}
