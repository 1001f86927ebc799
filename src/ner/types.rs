//! One type per name in an article: the listed types of known names, MISC split into its
//! kinds, and the types of one name's mentions harmonised across the article.

use super::cues;
use crate::entity::{EntityType, Mention};
use crate::text::Text;
use crate::text::TokenKind;

/// Whether the sentence holding byte `at` is written in normal case: not a headline, and
/// most of its words have lower-case letters.
pub(super) fn in_normal_case(text: &Text, at: usize) -> bool {
    let k = text.sentences.partition_point(|s| s.span.end <= at);
    let Some(sent) = text.sentences.get(k).filter(|s| s.span.start <= at) else {
        return false;
    };
    if text.paragraphs[sent.paragraph].headline {
        return false;
    }
    let words: Vec<&str> = text.tokens[sent.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| text.slice(t.span))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().any(char::is_lowercase))
        .count();
    lower * 2 > words.len()
}

/// One sense per discourse (Gale, Church & Yarowsky 1992): the mentions of one name in an
/// article take one type. A name in the crate's closed lists takes the list's type (countries
/// are places, "Daesh" an organisation, "Syrian" a group); any other takes the type most of its
/// mentions received, ties left as tagged.
pub(super) fn harmonise(text: &Text, ms: &mut [Mention]) {
    use std::collections::HashMap;
    let mut votes: HashMap<String, [u32; 5]> = HashMap::new();
    let type_index = |t: EntityType| t as usize;
    let keys: Vec<String> = ms
        .iter()
        .map(|m| crate::names::key(text.slice(m.span)))
        .collect();
    for (m, k) in ms.iter().zip(&keys) {
        let v = votes.entry(k.clone()).or_default();
        v[type_index(m.etype)] += 1;
        // a classifier noun beside the name ("the Telegram app") outweighs a guess
        if let Some(t) = cues::cue(text, m.span) {
            v[type_index(t)] += 2;
        }
    }
    for (m, k) in ms.iter_mut().zip(&keys) {
        if let Some(t) = listed_type(text.slice(m.span)) {
            m.etype = t;
            continue;
        }
        let c = votes[k];
        let best = (0..5)
            .max_by_key(|&k| (c[k], std::cmp::Reverse(k)))
            .unwrap_or(0);
        if c[best] > c[type_index(m.etype)] {
            m.etype = EntityType::ALL[best];
        }
    }
    // A one-word name that is the surname of a person named in the article ("al-Abadi" after
    // "Haider al-Abadi"), or that surname with one letter slipped, is that person.
    // each surname once: the slip test below runs per distinct surname, not per mention
    let surnames: std::collections::BTreeSet<String> = ms
        .iter()
        .filter(|m| m.etype == EntityType::Person)
        .filter_map(|m| crate::names::words(text.slice(m.span)).pop())
        .collect();
    for m in ms.iter_mut() {
        let surface = text.slice(m.span);
        // an acronym ("U.N.") is no surname ("Kim Jong Un")
        if m.etype == EntityType::Person
            || listed_type(surface).is_some()
            || crate::names::is_acronym(surface)
            || surface.contains('.')
        {
            continue;
        }
        let w = crate::names::words(text.slice(m.span));
        if let [one] = w.as_slice() {
            let slip = |s: &String| {
                s == one || (one.len() >= 5 && crate::names::edit_distance(s, one) == 1)
            };
            if surnames.iter().any(slip) {
                m.etype = EntityType::Person;
            }
        }
    }
}

/// The type of a name in the crate's closed lists ([`crate::words`]).
pub(super) fn listed_type(name: &str) -> Option<EntityType> {
    // a party named by its members ("Social Democrats", "Christian Democrats"): an organisation
    const PARTY_PLURALS: &[&str] = &[
        "Democrats",
        "Republicans",
        "Socialists",
        "Conservatives",
        "Liberals",
        "Greens",
        "Communists",
        "Nationalists",
        "Unionists",
    ];
    if name.contains(' ') && PARTY_PLURALS.iter().any(|p| name.ends_with(p)) {
        return Some(EntityType::Org);
    }
    if crate::words::is_place(name) {
        Some(EntityType::Place)
    } else if crate::words::is_org(name) {
        Some(EntityType::Org)
    } else if is_demonym(name) {
        Some(EntityType::Group)
    } else {
        None
    }
}

/// A demonym of the list, in the plural ("Russians") or after a compass word ("North Korean",
/// "South Sudanese"): compass-qualified countries form their demonyms this way.
pub(super) fn is_demonym(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let listed = |w: &str| crate::words::is_demonym(w);
    let compass = |w: &&str| {
        matches!(
            *w,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
        )
    };
    rest.len() <= 1
        && rest.iter().all(compass)
        && (listed(last) || last.strip_suffix('s').is_some_and(listed))
}

/// CoNLL MISC split for the schema: nationalities, religious and political groups are GROUP
/// ("Syrian", "Kurdish", "Shi'ite", "Sunni Arab"), anything else (events, works, products) MISC.
pub(super) fn misc_type(name: &str) -> EntityType {
    let words: Vec<&str> = name.split_whitespace().collect();
    let group_word = |w: &&str| {
        let w = w.trim_end_matches("'s");
        if crate::words::is_place(w) {
            return false;
        }
        crate::words::DEMONYMS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
            || [
                "ian", "ians", "ish", "ese", "i", "is", "ite", "ites", "ist", "ists", "an", "ans",
                "ic",
            ]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.to_lowercase().ends_with(s))
    };
    if !words.is_empty() && words.len() <= 3 && words.iter().all(group_word) {
        EntityType::Group
    } else {
        EntityType::Misc
    }
}
