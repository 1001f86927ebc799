//! Type cues from a name's neighbours: a classifier noun right after a name ("the Pixel 2
//! phone", "the Snapchat app", "Google executives") or an appositive one right before it
//! ("the law firm Mossack Fonseca", "the militant group Boko Haram", "the rover Yutu") says
//! what kind of thing it names. English news names products, crafts and works this way far
//! more often than the 1996 Reuters copy the tagger learned from, where nearly every capitalised
//! word in a business story is a company; these cues are votes in the article's one-type-per-
//! name pass ([`super::harmonise`]), not a decision on their own.

use crate::entities::EntityType;
use crate::text::{Span, Text, TokenKind};

/// Nouns that classify a product, craft, work or currency (schema MISC).
const THING_NOUNS: &[&str] = &[
    "app",
    "apps",
    "application",
    "phone",
    "phones",
    "smartphone",
    "smartphones",
    "handset",
    "handsets",
    "device",
    "devices",
    "chip",
    "chips",
    "processor",
    "camera",
    "software",
    "feature",
    "features",
    "browser",
    "console",
    "platform",
    "game",
    "film",
    "movie",
    "series",
    "episode",
    "album",
    "song",
    "book",
    "novel",
    "rocket",
    "rockets",
    "spacecraft",
    "capsule",
    "satellite",
    "probe",
    "rover",
    "lander",
    "orbiter",
    "telescope",
    "mission",
    "missions",
    "currency",
    "cryptocurrency",
    "cryptocurrencies",
    "coin",
    "coins",
    "token",
    "tokens",
    "trailer",
    "messenger",
    "program",
    "programme",
    "aircraft",
    "jet",
    "jets",
    "ship",
    "vessel",
];

/// Nouns that classify an organisation (schema ORG) by its kind, before or after its name
/// ("the law firm Mossack Fonseca", "the Islamic State group").
const ORG_KINDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "militants",
    "subsidiary",
    "team",
    "club",
    "agency",
    "party",
    "organisation",
    "organization",
    "startup",
    "bank",
    "airline",
    "newspaper",
    "broadcaster",
    "outlet",
];

/// Nouns for an organisation's people and parts, after its name only ("Google executives";
/// "founder Elon Musk" is a person).
const ORG_PARTS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executives",
    "executive",
    "employees",
    "staff",
    "shareholders",
    "ceo",
    "chairman",
    "headquarters",
    "founder",
    "co-founder",
];

/// The type the words around `span` cue, if any: the lower-case word right after it, else the
/// one right before it ("the app Telegram"), else a model number after it ("Pixel 2").
pub fn cue(text: &Text, span: Span) -> Option<EntityType> {
    let k = text.tokens.partition_point(|t| t.span.start < span.end);
    let after = text
        .tokens
        .get(k)
        .filter(|t| t.kind == TokenKind::Word && t.span.start <= span.end + 1);
    let before = text.tokens[..k]
        .iter()
        .rposition(|t| t.span.end <= span.start)
        .map(|i| &text.tokens[i])
        .filter(|t| t.kind == TokenKind::Word && t.span.end + 1 >= span.start);
    let kind = |w: &str, after: bool| {
        if THING_NOUNS.contains(&w) {
            Some(EntityType::Misc)
        } else if ORG_KINDS.contains(&w) || (after && ORG_PARTS.contains(&w)) {
            Some(EntityType::Org)
        } else {
            None
        }
    };
    // the classifier is a common noun: written in lower case
    let lower = |t: &crate::text::Token| {
        let w = text.slice(t.span);
        w.chars()
            .next()
            .is_some_and(char::is_lowercase)
            .then_some(w)
    };
    // a model number after a name ("Pixel 2", "Galaxy S9", "Apollo 17"): up to three
    // digits, or letters and digits mixed; a year is a date, not a model
    let model = after.is_none()
        && text.tokens.get(k).is_some_and(|t| {
            let w = text.slice(t.span);
            t.span.start == span.end + 1
                && w.len() <= 3
                && w.chars().any(|c| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_alphanumeric())
        });
    after
        .and_then(lower)
        .and_then(|w| kind(w, true))
        .or_else(|| before.and_then(lower).and_then(|w| kind(w, false)))
        .or(model.then_some(EntityType::Misc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_of_neighbours() {
        // one line per case: text, the name in it, the type cued (None: no cue)
        let cases: &[(&str, &str, Option<EntityType>)] = &[
            (
                "The Pixel phone has a chip.",
                "Pixel",
                Some(EntityType::Misc),
            ),
            (
                "Apple pulled the Telegram app.",
                "Telegram",
                Some(EntityType::Misc),
            ),
            (
                "He hired the law firm Mossack Fonseca.",
                "Mossack Fonseca",
                Some(EntityType::Org),
            ),
            ("Google executives met.", "Google", Some(EntityType::Org)),
            ("SpaceX founder Elon Musk spoke.", "Elon Musk", None),
            ("The rover Yutu landed.", "Yutu", Some(EntityType::Misc)),
            ("Bitcoin coins fell.", "Bitcoin", Some(EntityType::Misc)),
            ("Kim Jong Un watched.", "Kim Jong Un", None),
            ("The Pixel 2 has it.", "Pixel", Some(EntityType::Misc)),
            ("Syria 2015 was bad.", "Syria", None),
            ("In Seoul, Moon said.", "Seoul", None),
            // a capitalised neighbour is a name of its own, no classifier
            ("The Google Camera works.", "Google", None),
        ];
        for &(text, name, want) in cases {
            let t = Text::new(text);
            let s = t.norm().find(name).expect("name in text");
            assert_eq!(cue(&t, Span::new(s, s + name.len())), want, "{text}");
        }
    }
}
