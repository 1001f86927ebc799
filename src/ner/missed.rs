//! Names the tagger misses, found by rule: a lone capitalised word opening a sentence before a
//! verb of attribution, mastheads, named storms, product model numbers, web addresses, and
//! the closed lists' phrases.

use super::cues::is_model_number;
use super::joins::drop_overlapped;
use super::types::in_normal_case;
use super::types::listed_type;
use crate::entity::{EntityType, Mention};
use crate::text::{Span, Text};
use crate::words::orgs::{MASTHEADS, MASTHEAD_ENDS};

/// Tags the lone capitalised word opening a sentence before a verb of attribution as a person
/// when the tagger left it out and it is no common word, list entry or place: the tagger,
/// trained on text where that slot mostly holds "He", "Police" or a known name, misses
/// unfamiliar surnames there.
pub(super) fn speaker_names(text: &Text, spans: &[Vec<Span>], ms: &mut Vec<Mention>) {
    let mut added = false;
    let mut lower_words: Option<std::collections::HashSet<&str>> = None;
    for (si, sp) in spans.iter().enumerate() {
        if sp.len() < 2 || text.paragraphs[text.sentences[si].paragraph].headline {
            continue;
        }
        let (w, verb) = (text.slice(sp[0]), text.slice(sp[1]));
        if !crate::words::speech::follows_speaker_name(verb) {
            continue;
        }
        let name_like = w.len() > 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !crate::words::is_capitalised_common(w)
            && !crate::words::is_title(w)
            && !crate::words::is_calendar_word(w)
            && listed_type(w).is_none()
            && crate::aliases::group(&crate::names::spelling_key(w)).is_none();
        if !name_like || ms.iter().any(|m| m.span.overlaps(&sp[0])) {
            continue;
        }
        // a word the article also writes in lower case is a common word
        let lower_words = lower_words.get_or_insert_with(|| {
            text.tokens
                .iter()
                .map(|t| text.slice(t.span))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        if !lower_words.contains(w.to_lowercase().as_str()) {
            ms.push(Mention {
                span: sp[0],
                etype: EntityType::Person,
                confident: false,
            });
            added = true;
        }
    }
    if added {
        ms.sort_by_key(|m| m.span.start);
    }
}

/// "New York" + "Times", "Washington" + "Post", "Korea" + "Herald": a place (or a name the
/// tagger took for one) followed by a newspaper's masthead word is the newspaper, an
/// organisation; the tagger, which learned places from datelines, often stops at the place.
pub(super) fn mastheads(text: &Text, ms: &mut Vec<Mention>) {
    let norm = text.norm();
    let mut i = 0;
    while i < ms.len() {
        if matches!(ms[i].etype, EntityType::Person | EntityType::Group) {
            i += 1;
            continue;
        }
        let mut end = ms[i].span.end;
        let mut first = true;
        loop {
            let words = if first { MASTHEADS } else { MASTHEAD_ENDS };
            let rest = &norm[end..];
            let hit = words.iter().find(|w| {
                rest.strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(**w))
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
            });
            match hit {
                Some(w) => {
                    end += 1 + w.len();
                    first = false;
                }
                None => break,
            }
        }
        if !first {
            ms[i].span.end = end;
            ms[i].etype = EntityType::Org;
            drop_overlapped(ms, i);
        }
        i += 1;
    }
}

/// "Hurricane Harvey", "Typhoon Haiyan": a storm's name with its kind is one name, an event
/// (schema MISC), not the person the bare given name would be.
pub(super) fn storms(text: &Text, ms: &mut [Mention]) {
    const KINDS: &[&str] = &[
        "Hurricane ",
        "Typhoon ",
        "Cyclone ",
        "Tropical Storm ",
        "Storm ",
    ];
    let norm = text.norm();
    for i in 0..ms.len() {
        let before = &norm[..ms[i].span.start];
        if let Some(k) = KINDS.iter().find(|k| before.ends_with(**k)) {
            let start = ms[i].span.start - k.len();
            // the kind may be tagged as a name of its own: then it stays as it is
            if i == 0 || ms[i - 1].span.end <= start {
                ms[i].span.start = start;
                ms[i].etype = EntityType::Misc;
            }
        } else if KINDS.iter().any(|k| text.slice(ms[i].span).starts_with(*k)) {
            ms[i].etype = EntityType::Misc;
        }
    }
}

/// A product's model number is part of its name ("Pixel 2", "Apollo 17", "Windows 10"), and
/// so is a size or tier word after it ("Pixel 2 XL") or a glued plus ("HDR+"): the tagger, trained on names without
/// digits, stops before them. Only names it typed as organisation or miscellaneous take one
/// (a place or a person before a number is a count: "In Raqqa 10 died"), and not before a
/// scale or counted unit ("Google 2 billion", "Apple 10 years ago").
pub(super) fn model_numbers(text: &Text, ms: &mut Vec<Mention>) {
    const SCALE: &[&str] = &[
        "million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%", "years",
        "months", "weeks", "days", "hours", "minutes", "times", "to", "-",
    ];
    const TIERS: &[&str] = &["XL", "Plus", "Pro", "Max", "Mini", "Ultra", "Lite"];
    let mut i = 0;
    while i < ms.len() {
        let (etype, end) = (ms[i].etype, ms[i].span.end);
        i += 1;
        if !matches!(etype, EntityType::Org | EntityType::Misc) {
            continue;
        }
        // a plus glued to a name is part of it ("HDR+", "Disney+", "Galaxy S9+")
        let rest = &text.norm()[end..];
        if rest.starts_with('+')
            && !rest[1..].starts_with(|c: char| c.is_alphanumeric() || c == '+')
        {
            ms[i - 1].span.end = end + 1;
            continue;
        }
        let k = text.tokens.partition_point(|t| t.span.start < end);
        let Some(t) = text.tokens.get(k) else {
            continue;
        };
        let next = text.tokens.get(k + 1).map(|n| text.slice(n.span));
        if t.span.start != end + 1
            || !is_model_number(text.slice(t.span))
            || next.is_some_and(|n| SCALE.contains(&n.to_lowercase().as_str()))
        {
            continue;
        }
        ms[i - 1].span.end = t.span.end;
        if let Some(n) = ms.get(i) {
            if n.span.start == t.span.end + 1 && TIERS.contains(&text.slice(n.span)) {
                ms[i - 1].span.end = n.span.end;
                ms.remove(i);
            }
        }
        if ms.get(i).is_some_and(|n| n.span.start < ms[i - 1].span.end) {
            // the number was tagged as a name of its own: the joined name holds it
            ms[i - 1].span.end = ms[i - 1].span.end.max(ms[i].span.end);
            ms.remove(i);
        }
    }
}

/// A name glued to a domain is a website, an organisation by the schema ("Cincinnati.com
/// reported", "DailyMail.com has contacted"): the domain is part of the name, and the city or
/// the paper it is named after is another thing.
/// A mention the domain runs into (the tagger's "com&Peo" of "Cincinnati.com&People's") is
/// part of the address and is dropped.
pub(super) fn web_addresses(text: &Text, ms: &mut Vec<Mention>) {
    let norm = text.norm();
    let mut i = 0;
    while i < ms.len() {
        if let Some(d) = domain_after(&norm[ms[i].span.end..]) {
            ms[i].span.end += d.len();
            ms[i].etype = EntityType::Org;
            drop_overlapped(ms, i);
        }
        i += 1;
    }
}

/// The domain `rest` opens with (".com" of ".com reported"), a whole one ("not .community").
fn domain_after(rest: &str) -> Option<&'static str> {
    crate::names::DOMAINS.iter().copied().find(|d| {
        rest.get(..d.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(d))
            && !rest[d.len()..].starts_with(|c: char| {
                c.is_alphanumeric()
                    || c == '.' && rest[d.len() + 1..].starts_with(char::is_alphanumeric)
            })
    })
}

/// A capitalised word glued to a domain is a site's name even where the tagger saw no name in
/// it (first in a sentence, an unfamiliar compound: "DailyMail.com has contacted her"), so
/// that [`web_addresses`] can make it the site.
pub(super) fn site_names(text: &Text, spans: &[Vec<Span>], ms: &mut Vec<Mention>) {
    let norm = text.norm();
    let before = ms.len();
    for &sp in spans.iter().flatten() {
        let w = text.slice(sp);
        let named = w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric);
        if !named || domain_after(&norm[sp.end..]).is_none() {
            continue;
        }
        let k = ms[..before].partition_point(|m| m.span.end <= sp.start);
        if !ms[..before].get(k).is_some_and(|m| m.span.overlaps(&sp)) {
            ms.push(Mention {
                span: sp,
                etype: EntityType::Org,
                confident: true,
            });
        }
    }
    if ms.len() > before {
        ms.sort_by_key(|m| m.span.start);
    }
}

/// One-word names of [`crate::words::ORGS`] that are never common words, so that they are
/// names even first in a sentence ("Daesh fighters fled").
pub(super) const LISTED_WORDS: &[&str] = &[
    "ISIS",
    "ISIL",
    "Daesh",
    "Hezbollah",
    "Hamas",
    "Taliban",
    "NATO",
    "UNHCR",
    "UNICEF",
    "Nusra",
    "al-Qaeda",
    "Al-Akhbar",
    "SANA",
];

/// The names [`listed_phrases`] looks for, by their first two bytes.
fn listed_index() -> &'static crate::util::FastMap<u16, Vec<(&'static str, EntityType)>> {
    static INDEX: std::sync::OnceLock<crate::util::FastMap<u16, Vec<(&'static str, EntityType)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = crate::util::FastMap::default();
        let lists = [
            (crate::words::ORGS, EntityType::Org),
            (crate::words::PLACES, EntityType::Place),
        ];
        for (list, etype) in lists {
            for &name in list.iter().filter(|n| {
                n.contains(' ') || LISTED_WORDS.contains(n) || crate::names::is_acronym(n)
            }) {
                if let [a, b, ..] = *name.as_bytes() {
                    let names: &mut Vec<_> = index.entry(u16::from_le_bytes([a, b])).or_default();
                    names.push((name, etype));
                }
            }
        }
        index
    })
}

/// Multi-word names of the crate's closed lists ("Islamic State", "Popular Mobilisation
/// Forces") are mentions wherever they occur as whole words, replacing what they overlap: the
/// tagger's 1996 training text has never seen them.
pub(super) fn listed_phrases(text: &Text, ms: &mut Vec<Mention>) {
    let norm = text.norm();
    let boundary = |i: usize, before: bool| {
        let c = if before {
            norm[..i].chars().next_back()
        } else {
            norm[i..].chars().next()
        };
        !c.is_some_and(|c| c.is_alphanumeric() || c == '-')
    };
    let mut found: Vec<Mention> = Vec::new();
    let index = listed_index();
    let bytes = norm.as_bytes();
    // one pass over the places a word can start, each looked up by its first two bytes
    let mut prev: Option<char> = None;
    for (s, c) in norm.char_indices() {
        let starts = !c.is_whitespace() && !prev.is_some_and(|p| p.is_alphanumeric() || p == '-');
        prev = Some(c);
        let Some(key) = bytes.get(s..s + 2) else {
            break;
        };
        if !starts {
            continue;
        }
        let Some(names) = index.get(&u16::from_le_bytes([key[0], key[1]])) else {
            continue;
        };
        for &(name, etype) in names {
            let e = s + name.len();
            if !bytes[s..].starts_with(name.as_bytes()) || !boundary(e, false) {
                continue;
            }
            // an acronym ("IS", "WHO") is a name only in a line in normal case
            if crate::names::is_acronym(name) && !in_normal_case(text, s) {
                continue;
            }
            found.push(Mention {
                span: Span::new(s, e),
                etype,
                confident: true,
            });
        }
    }
    if found.is_empty() {
        return;
    }
    // the longest listed name at a place wins ("Islamic State of Iraq and Syria")
    found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if !kept.last().is_some_and(|k| k.span.overlaps(&m.span)) {
            kept.push(m);
        }
    }
    let found = kept;
    // `found` is sorted and disjoint: the first one ending after a mention's start is the only
    // one that can overlap it
    ms.retain(|m| {
        let k = found.partition_point(|f| f.span.end <= m.span.start);
        !found.get(k).is_some_and(|f| f.span.overlaps(&m.span))
    });
    ms.extend(found);
    ms.sort_by_key(|m| m.span.start);
}
