//! Type cues from a name's neighbours: a classifier noun right after a name ("the Pixel 2
//! phone", "the Snapchat app", "Google executives") or an appositive one right before it
//! ("the law firm Mossack Fonseca", "the militant group Boko Haram", "the rover Yutu") says
//! what kind of thing it names. English news names products, crafts and works this way far
//! more often than the 1996 Reuters copy the tagger learned from, where nearly every capitalised
//! word in a business story is a company; these cues are votes in the article's one-type-per-
//! name pass ([`super::harmonise`]), not a decision on their own.

use crate::entity::EntityType;
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
    "algorithm",
    "technology",
    "co-processor",
    "coprocessor",
];

/// Nouns that classify a product or currency after its name only ("Pixel 2 owners", "the
/// HDR+ algorithm", "Bitcoin futures"); before a name they are a person's description ("the
/// model Kate Moss", "users Anna and Bo").
const THING_AFTER: &[&str] = &[
    "users", "owners", "update", "updates", "lineup", "model", "models", "version", "flagship",
    "price", "prices", "futures", "wallet", "wallets",
];

/// Nouns that classify a work before its name only ("her single Bartier Cardi", "the
/// documentary Blackfish", "the show Black Mirror"); after a name they name its maker or
/// channel ("a Netflix documentary", "a CNN show").
const WORK_BEFORE: &[&str] = &[
    "single",
    "documentary",
    "show",
    "sitcom",
    "podcast",
    "memoir",
    "drama",
];

/// Words that name what follows ("a co-processor called Pixel Visual Core").
const NAMING: &[&str] = &["called", "named", "dubbed", "nicknamed"];

/// Words that open examples of a kind ("apps like Instagram, WhatsApp and Snapchat").
const EXAMPLES: &[&str] = &["like", "including", "as"];

/// Nouns that classify an organisation (schema ORG) by its kind, before or after its name
/// ("the law firm Mossack Fonseca", "the Islamic State group").
const ORG_KINDS: &[&str] = &[
    "company",
    "corporation",
    "conglomerate",
    "chipmaker",
    "carmaker",
    "automaker",
    "drugmaker",
    "studio",
    "publication",
    "magazine",
    "insurer",
    "lender",
    "retailer",
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
/// one right before it ("the app Telegram"), else a model number after it ("Pixel 2"), else a
/// kind named before it ("a chip called X", "apps like A, B and X").
pub fn cue(text: &Text, span: Span) -> Option<EntityType> {
    celestial(text, span)
        .or_else(|| event(text, span))
        .or_else(|| quoted_title(text, span))
        .or_else(|| neighbour_cue(text, span))
        .or_else(|| kind_before(text, span))
        .or_else(|| appositive(text, span))
}

/// An appositive after the name says its kind: "Miramax, the studio that …", "Broadcom, a
/// Singapore-based chipmaker", "Apple, the world's largest company". The kind is the head,
/// the last word, of the noun phrase after ", a|an|the".
fn appositive(text: &Text, span: Span) -> Option<EntityType> {
    let k = text.tokens.partition_point(|t| t.span.start < span.end);
    let toks = text.tokens.get(k..)?;
    let w = |i: usize| toks.get(i).map(|t| text.slice(t.span));
    if w(0)? != "," || !matches!(w(1)?.to_lowercase().as_str(), "a" | "an" | "the") {
        return None;
    }
    // the noun phrase runs to punctuation or a function word; its last word is its head
    // ("the Crystal Palace club chairman": a chairman, not a club)
    const ENDS: &[&str] = &[
        "that", "which", "who", "whose", "of", "in", "on", "for", "behind", "with", "to", "at",
        "by", "and", "or", "from", "is", "was", "has", "had",
    ];
    let sentence = toks[0].sentence;
    let head = toks[2..]
        .iter()
        .take(6)
        .take_while(|t| t.kind != TokenKind::Punct && t.sentence == sentence)
        .map(|t| text.slice(t.span))
        .take_while(|w| !ENDS.contains(w))
        .last()?;
    if !head.starts_with(char::is_lowercase) {
        return None;
    }
    kind_of(head, false)
}

/// "the Moon", "the Sun", "the Earth": a body of the sky named with the article is a place
/// (the schema's LOC holds celestial bodies), not a surname ("Moon Jae-in", "President Moon").
fn celestial(text: &Text, span: Span) -> Option<EntityType> {
    if !matches!(text.slice(span), "Moon" | "Sun" | "Earth") {
        return None;
    }
    let b = text.tokens.partition_point(|t| t.span.end <= span.start);
    let before = text.tokens.get(b.checked_sub(1)?)?;
    text.slice(before.span)
        .eq_ignore_ascii_case("the")
        .then_some(EntityType::Place)
}

/// Head words of events: a name that ends in one is an event, of the schema's MISC as CoNLL
/// tags "World Cup" and "Olympics" ("Route 91 Harvest Festival", "Mobile World Congress" is
/// not here: "Congress" heads legislatures too).
const EVENT_HEADS: &[&str] = &[
    "Festival",
    "Expo",
    "Summit",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Cup",
    "Awards",
    "Marathon",
    "Parade",
    "Fair",
    "Week",
    "Prix",
    "Bowl",
    "Carnival",
    "Gala",
    "Show",
];

/// A name of two or more words ending in an event's head word is an event.
fn event(text: &Text, span: Span) -> Option<EntityType> {
    let name = text.slice(span);
    let (rest, last) = name.rsplit_once(' ')?;
    (EVENT_HEADS.contains(&last) && !rest.is_empty()).then_some(EntityType::Misc)
}

/// A name that fills a pair of quote marks on its own is a title: a film, a show, a song, a
/// book ("the release of 'Blackfish,' which documented", "her single 'Bartier Cardi'"), as
/// AP and most house styles set the titles of works in quotes. Mid-sentence only: a quote that
/// opens a sentence is more often speech than a title.
fn quoted_title(text: &Text, span: Span) -> Option<EntityType> {
    let quote = |t: &crate::text::Token| matches!(text.slice(t.span), "\"" | "'");
    let b = text.tokens.partition_point(|t| t.span.end <= span.start);
    let open = text.tokens.get(b.checked_sub(1)?)?;
    let k = text.tokens.partition_point(|t| t.span.start < span.end);
    let mut close = text.tokens.get(k)?;
    // American style puts the comma inside the quote marks ("'Blackfish,' which")
    if text.slice(close.span) == "," && close.span.start == span.end {
        close = text.tokens.get(k + 1)?;
        if close.span.start != span.end + 1 {
            return None;
        }
    } else if close.span.start != span.end {
        return None;
    }
    let before = text.tokens.get(b.checked_sub(2)?)?;
    let glued = open.span.end == span.start;
    let mid_sentence = before.sentence == open.sentence;
    (quote(open) && quote(close) && glued && mid_sentence).then_some(EntityType::Misc)
}

/// The type of a classifier noun `w` (lower case): a product's or an organisation's; the
/// people and parts of an organisation count only after its name.
fn kind_of(w: &str, after: bool) -> Option<EntityType> {
    // a plural classifies as its singular ("firms such as", "companies like")
    let singular = crate::words::singular(w);
    if singular != w {
        if let Some(t) = kind_of(&singular, after) {
            return Some(t);
        }
    }
    if THING_NOUNS.contains(&w)
        || (after && THING_AFTER.contains(&w))
        || (!after && WORK_BEFORE.contains(&w))
    {
        Some(EntityType::Misc)
    } else if ORG_KINDS.contains(&w) || (after && ORG_PARTS.contains(&w)) {
        Some(EntityType::Org)
    } else {
        None
    }
}

/// A kind named a few words before a name: "a co-processor called Pixel Visual Core",
/// "apps like Instagram, WhatsApp and Snapchat", "firms such as Apple and Google". The walk
/// back crosses only the list itself: capitalised words, commas, "and", "or".
fn kind_before(text: &Text, span: Span) -> Option<EntityType> {
    let k = text.tokens.partition_point(|t| t.span.end <= span.start);
    let sentence = text.tokens.get(k)?.sentence;
    let mut i = k;
    while i > 0 {
        let t = &text.tokens[i - 1];
        let w = text.slice(t.span);
        let listed = w == ","
            || w == "and"
            || w == "or"
            || (t.kind == TokenKind::Word && w.chars().next().is_some_and(char::is_uppercase));
        if t.sentence != sentence || !listed {
            break;
        }
        i -= 1;
    }
    let word = |j: usize| {
        text.tokens
            .get(j)
            .filter(|t| t.kind == TokenKind::Word && t.sentence == sentence)
            .map(|t| text.slice(t.span))
    };
    let opener = word(i.checked_sub(1)?)?;
    let kind_at = |j: Option<usize>| {
        j.and_then(word)
            .and_then(|w| kind_of(&w.to_lowercase(), false))
    };
    if NAMING.contains(&opener) {
        return kind_at(i.checked_sub(2));
    }
    if !EXAMPLES.contains(&opener) {
        return None;
    }
    // "such as": the kind is before "such"
    let head = if opener == "as" {
        (word(i.checked_sub(2)?)? == "such").then(|| i.checked_sub(3))?
    } else {
        i.checked_sub(2)
    };
    kind_at(head)
}

/// Whether the name at `span` acts as a person or an organisation does: it speaks or decides
/// (an agent verb right after it: "Google said", "Samsung unveiled"), "according to" comes
/// before it, or it owns a named thing ("Samsung's Galaxy S9"). A product can own a part
/// ("the Pixel 2's Pixel Visual Core"), so this is evidence weighed against cues, not a rule.
pub fn speaks(text: &Text, span: Span) -> bool {
    let k = text.tokens.partition_point(|t| t.span.start < span.end);
    let after = text.tokens.get(k).map(|t| text.slice(t.span));
    if after.is_some_and(crate::words::speech::takes_agent) {
        return true;
    }
    let rest = &text.norm()[span.end..];
    let owner = ["'s ", "\u{2019}s "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    if owner {
        return true;
    }
    let b = text.tokens.partition_point(|t| t.span.end <= span.start);
    b >= 2
        && text
            .slice(text.tokens[b - 2].span)
            .eq_ignore_ascii_case("according")
        && text.slice(text.tokens[b - 1].span) == "to"
}

/// Whether `w` is a lower-case agent noun ("designer", "makers", "investor"): the -er/-or
/// nouns of a doer, short of the function words and comparatives spelled alike.
fn is_agent_noun(w: &str) -> bool {
    const ALIKE: &[&str] = &[
        "after", "over", "under", "ever", "never", "other", "whether", "either", "neither",
        "later", "rather", "together", "for", "or", "nor", "major", "minor", "prior", "per", "her",
        "earlier", "faster", "better", "further", "higher", "lower", "larger", "smaller", "bigger",
        "cheaper", "greater", "sooner", "longer", "newer", "older",
    ];
    let stem = w.strip_suffix('s').unwrap_or(w);
    w.len() > 4
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && (stem.ends_with("er") || stem.ends_with("or"))
        && !ALIKE.contains(&stem)
}

fn neighbour_cue(text: &Text, span: Span) -> Option<EntityType> {
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
    // the classifier is a common noun: written in lower case
    let lower = |t: &crate::text::Token| {
        let w = text.slice(t.span);
        w.chars()
            .next()
            .is_some_and(char::is_lowercase)
            .then_some(w)
    };
    // a model number after a name or among its words ("Pixel 2", "Galaxy S9", "Apollo 17")
    let model = (after.is_none()
        && text.tokens.get(k).is_some_and(|t| {
            t.span.start == span.end + 1 && is_model_number(text.slice(t.span))
        }))
        || text
            .slice(span)
            .split(' ')
            .skip(1)
            .any(is_model_number)
        // a designation glued with a hyphen ("Tiangong-1", "Kwangmyongsong-4", "Soyuz MS-08")
        || text.slice(span).split(' ').any(|w| {
            w.rsplit_once('-')
                .is_some_and(|(a, b)| !a.is_empty() && is_model_number(b))
        });
    // "an Apple chip designer": the classifier modifies a person noun, so the name is the
    // maker's, not the thing's
    let maker = text
        .tokens
        .get(k + 1)
        .is_some_and(|t| is_agent_noun(text.slice(t.span)));
    after
        .filter(|_| !maker)
        .and_then(lower)
        .and_then(|w| kind_of(w, true))
        .or_else(|| before.and_then(lower).and_then(|w| kind_of(w, false)))
        .or(model.then_some(EntityType::Misc))
}

/// Whether `w` is a model designation written after a product's name: up to three digits,
/// or letters and digits mixed ("2", "S9", "5s"); a year is a date, not a model.
pub(super) fn is_model_number(w: &str) -> bool {
    w.len() <= 3
        && w.chars().any(|c| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn cues_of_neighbours() {
        // one line per case: text, the name in it, the type cued (None: no cue)
        let cases: &[(&str, &str, Option<EntityType>)] = &[
            ("The Pixel phone has a chip.", "Pixel", Some(EntityType::Misc)),
            // an event by its head word
            ("Crowds fled the Route 91 Harvest Festival on Sunday.", "Route 91 Harvest Festival", Some(EntityType::Misc)),
            ("It will launch at the Consumer Electronics Show in Las Vegas.", "Consumer Electronics Show", Some(EntityType::Misc)),
            // a work named by its kind before it, not after ("a CNN show")
            ("It came out with her second single Bartier Cardi on Friday.", "Bartier Cardi", Some(EntityType::Misc)),
            ("He hosts a CNN show on Sundays.", "CNN", None),
            // a name alone in quote marks mid-sentence is a title
            ("It followed the release of 'Blackfish,' which documented a death.", "Blackfish", Some(EntityType::Misc)),
            ("Her latest single, \"Bartier Cardi\", came out.", "Bartier Cardi", Some(EntityType::Misc)),
            ("\"Isaiah be calm,\" she said.", "Isaiah", None),
            ("She said \"Obama lied\" on air.", "Obama", None),
            ("Apple pulled the Telegram app.", "Telegram", Some(EntityType::Misc)),
            ("He hired the law firm Mossack Fonseca.", "Mossack Fonseca", Some(EntityType::Org)),
            ("Google executives met.", "Google", Some(EntityType::Org)),
            ("SpaceX founder Elon Musk spoke.", "Elon Musk", None),
            ("The rover Yutu landed.", "Yutu", Some(EntityType::Misc)),
            ("Bitcoin coins fell.", "Bitcoin", Some(EntityType::Misc)),
            ("Kim Jong Un watched.", "Kim Jong Un", None),
            ("The Pixel 2 has it.", "Pixel", Some(EntityType::Misc)),
            ("The Pixel 2 has it.", "Pixel 2", Some(EntityType::Misc)),
            ("The Pixel 2 XL has it.", "Pixel 2 XL", Some(EntityType::Misc)),
            ("Syria 2015 was bad.", "Syria", None),
            ("In Seoul, Moon said.", "Seoul", None),
            // a capitalised neighbour is a name of its own, no classifier
            ("The Google Camera works.", "Google", None),
            ("A garden on the Moon.", "Moon", Some(EntityType::Place)),
            ("President Moon said so.", "Moon", None),
            // a kind named before the name, or before the list it ends
            ("A co-processor called Pixel Visual Core.", "Pixel Visual Core", Some(EntityType::Misc)),
            ("Apps like Instagram, WhatsApp and Snapchat.", "Snapchat", Some(EntityType::Misc)),
            ("Apps like Instagram, WhatsApp and Snapchat.", "Instagram", Some(EntityType::Misc)),
            ("Firms such as Apple and Google.", "Google", Some(EntityType::Org)),
            ("People like Musk and Bezos.", "Bezos", None),
            // an appositive after the name
            ("Weinstein's company, Miramax, the studio that made it.", "Miramax", Some(EntityType::Org)),
            ("Broadcom, a Singapore-based chipmaker, bid.", "Broadcom", Some(EntityType::Org)),
            ("Telegram, the messaging app, was pulled.", "Telegram", Some(EntityType::Misc)),
            ("Kirk, the captain, spoke.", "Kirk", None),
            ("Steve Parish, the Crystal Palace club chairman, said.", "Steve Parish", None),
            ("Paris, the capital of France, voted.", "Paris", None),
            ("He called Google twice.", "Google", None),
            ("Bitcoin prices fell.", "Bitcoin", Some(EntityType::Misc)),
            // a classifier before a person noun makes the name the maker's
            ("A key Apple chip designer left.", "Apple", None),
            ("Pixel phones later got it.", "Pixel", Some(EntityType::Misc)),
        ];
        for &(text, name, want) in cases {
            let t = Text::new(text);
            let s = t.norm().find(name).expect("name in text");
            assert_eq!(cue(&t, Span::new(s, s + name.len())), want, "{text}");
        }
    }

    #[test]
    fn names_that_speak() {
        // one line per case: text, the name in it, whether it speaks
        let cases: &[(&str, &str, bool)] = &[
            ("Google said it would.", "Google", true),
            ("Samsung announced a phone.", "Samsung", true),
            ("According to Reuters, it fell.", "Reuters", true),
            ("The Pixel 2 has a chip.", "Pixel", false),
            ("Bitcoin fell.", "Bitcoin", false),
            ("Samsung unveiled a phone.", "Samsung", true),
            ("Samsung's Galaxy S9 leaked.", "Samsung", true),
            ("Samsung's new phone leaked.", "Samsung", false),
        ];
        for &(text, name, want) in cases {
            let t = Text::new(text);
            let s = t.norm().find(name).expect("name in text");
            assert_eq!(speaks(&t, Span::new(s, s + name.len())), want, "{text}");
        }
    }
}
