//! Entity mentions: people, organisations, places, groups.
//!
//! [`Recognizer`] is the interface the pipeline calls; [`RuleRecognizer`] is the first
//! implementation: capitalised token runs, cut and typed by titles (AP style ranks and offices),
//! organisation head words, country and demonym lists, and the local context ("in X", "X said").
//! Document-level consistency then gives every repetition of a name the type of its best-typed
//! mention, and a headline's words count only where the body confirms them (a headline capitalises
//! every word). A trained model replaces this behind the same trait.

use crate::lexicon;
use crate::text::{Span, Text, TokenKind};
use serde::Serialize;

/// Entity types of the analysis document (`crossread/1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Place,
    /// Nationalities, religious and political groups ("Syrian", "Kurdish", "Shi'ite").
    Group,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Group => "GROUP",
            EntityType::Misc => "MISC",
        }
    }
}

/// One mention, as a span of the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub etype: EntityType,
    /// Typed by direct evidence (a title, a list, a head word) rather than by default.
    pub confident: bool,
}

/// Finds entity mentions in a text. Implementations must return mentions sorted by start,
/// non-overlapping, each span inside the text.
pub trait Recognizer {
    fn recognize(&self, text: &Text) -> Vec<Mention>;
}

/// The rule-based recogniser (see the module comment).
#[derive(Default, Clone, Copy, Debug)]
pub struct RuleRecognizer;

impl Recognizer for RuleRecognizer {
    fn recognize(&self, text: &Text) -> Vec<Mention> {
        let mut out = Vec::new();
        for (si, sent) in text.sentences.iter().enumerate() {
            if text.paragraphs[sent.paragraph].headline {
                continue;
            }
            candidates(text, si, &mut out);
        }
        let lowercase_words = lowercase_vocabulary(text);
        let inside_words = capitalised_inside(text);
        out.retain(|m| keep_sentence_initial(text, m, &lowercase_words, &inside_words));
        harmonise(text, &mut out);
        headline_mentions(text, &mut out);
        out.sort_by_key(|m| m.span.start);
        out.dedup_by(|b, a| a.span.overlaps(&b.span));
        out
    }
}

fn is_caplike(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // "al-Qaim", "el-Zour": an Arabic article glued to a capitalised name
        Some(c) if c.is_lowercase() => match w.split_once('-') {
            Some((art, rest)) => {
                lexicon::is_arabic_article(art)
                    && rest.chars().next().is_some_and(char::is_uppercase)
            }
            None => false,
        },
        _ => false,
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("s'").map(|_| &w[..w.len() - 1]))
        .unwrap_or(w)
}

/// Scans one sentence for capitalised runs and types them.
fn candidates(text: &Text, si: usize, out: &mut Vec<Mention>) {
    let sent = &text.sentences[si];
    let toks = sent.tokens.clone();
    let mut i = toks.start;
    while i < toks.end {
        let w = text.token_text(i);
        if text.tokens[i].kind != TokenKind::Word || !is_caplike(w) {
            i += 1;
            continue;
        }
        // Build the run: capitalised words, connectors between them, "Gen." periods after titles.
        let mut parts: Vec<Span> = Vec::new();
        let mut j = i;
        while j < toks.end {
            let t = text.token_text(j);
            let kind = text.tokens[j].kind;
            // a gap of several spaces (a removed caption artefact) separates names
            if !parts.is_empty() && text.tokens[j].span.start > parts[parts.len() - 1].end + 1 {
                break;
            }
            if kind == TokenKind::Word && is_caplike(t) {
                let sp = text.tokens[j].span;
                // "US-led", "Iran-backed": the name before the participle, and the run ends
                if let Some((name, part)) = t.rsplit_once('-') {
                    if lexicon::is_glued_participle(part) {
                        parts.push(Span::new(sp.start, sp.start + name.len()));
                        j += 1;
                        break;
                    }
                }
                let stripped = strip_possessive(t);
                if stripped.len() != t.len() {
                    parts.push(Span::new(sp.start, sp.start + stripped.len()));
                    j += 1;
                    break;
                }
                parts.push(sp);
                // "Gen." keeps its period inside the run
                if j + 1 < toks.end && text.token_text(j + 1) == "." && lexicon::is_abbreviation(t)
                {
                    let psp = text.tokens[j + 1].span;
                    if psp.start == sp.end {
                        let last = parts.len() - 1;
                        parts[last].end = psp.end;
                        j += 1;
                    }
                }
                j += 1;
            } else if kind == TokenKind::Word
                && lexicon::is_name_connector(t)
                && !parts.is_empty()
                && j + 1 < toks.end
                && is_caplike(text.token_text(j + 1))
                && text.tokens[j + 1].kind == TokenKind::Word
                && (!matches!(t, "and" | "of" | "for") || connector_ok(text, &parts))
            {
                parts.push(text.tokens[j].span);
                j += 1;
            } else {
                break;
            }
        }
        type_run(text, si, &parts, out);
        i = j.max(i + 1);
    }
}

/// "of", "for" and "and" join two capitalised parts only inside an organisation name
/// ("Syrian Observatory for Human Rights", "Bank of England").
fn connector_ok(text: &Text, parts: &[Span]) -> bool {
    let Some(last) = parts.last() else {
        return false;
    };
    let last = text.slice(*last);
    lexicon::ORG_HEADS.contains(&last)
        || matches!(last, "Observatory" | "Bank" | "Secretary" | "Minister")
}

fn type_run(text: &Text, si: usize, parts: &[Span], out: &mut Vec<Mention>) {
    if parts.is_empty() {
        return;
    }
    let words: Vec<&str> = parts.iter().map(|p| text.slice(*p)).collect();
    let mut a = 0;
    // Leading function words and calendar words ("The", "On Friday").
    while a < words.len()
        && (lexicon::is_capitalised_common(words[a]) || lexicon::is_calendar_word(words[a]))
    {
        // keep "Islamic State" style names whose first word is also common? none in the list.
        a += 1;
    }
    // Titles: strip a run of title words when it holds a person title ("Prime Minister Haider").
    let mut person_title = false;
    {
        let mut k = a;
        let mut saw_person = false;
        while k < words.len()
            && (lexicon::is_title(words[k].trim_end_matches('.')) || lexicon::is_title(words[k]))
        {
            saw_person |= lexicon::is_person_title(words[k]);
            k += 1;
        }
        if saw_person && k < words.len() {
            a = k;
            person_title = true;
        } else if saw_person && k == words.len() {
            return; // a title alone ("the President")
        }
    }
    // Calendar words and trailing connectors never end a name.
    let mut b = words.len();
    while b > a
        && (lexicon::is_name_connector(words[b - 1]) || lexicon::is_calendar_word(words[b - 1]))
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    let span = Span::new(parts[a].start, parts[b - 1].end);
    let phrase = text.slice(span);
    let n = b - a;
    let prev = prev_word(text, si, parts[a].start);
    let next = next_word(text, si, parts[b - 1].end);
    let head = words[b - 1];
    let mut confident = true;
    let etype = if person_title {
        EntityType::Person
    } else if lexicon::ORGS.contains(&phrase)
        || n >= 2
            && (lexicon::ORG_HEADS.contains(&head)
                || words[a + 1..b]
                    .iter()
                    .any(|w| lexicon::ORG_HEADS.contains(w)))
    {
        EntityType::Org
    } else if lexicon::PLACES.contains(&phrase) || (n >= 2 && lexicon::PLACE_HEADS.contains(&head))
    {
        EntityType::Place
    } else if n == 1 && lexicon::DEMONYMS.contains(&phrase) {
        EntityType::Group
    } else if n >= 2
        && lexicon::DEMONYMS.contains(&words[a])
        && !lexicon::DEMONYMS.contains(&words[a + 1])
    {
        // "Syrian Abughaz"? split: the demonym is a group, the rest typed on its own.
        out.push(Mention {
            span: parts[a],
            etype: EntityType::Group,
            confident: true,
        });
        type_run(text, si, &parts[a + 1..b], out);
        return;
    } else if n == 1 && is_acronym(phrase) {
        EntityType::Org
    } else if matches!(
        next,
        "said" | "says" | "told" | "added" | "tweeted" | "wrote" | "stated"
    ) {
        EntityType::Person
    } else if matches!(prev, "said" | "says") && n <= 3 {
        confident = false;
        EntityType::Person
    } else if matches!(
        prev,
        "in" | "at" | "near" | "from" | "to" | "toward" | "towards" | "into" | "across"
    ) || (prev == "of" && n <= 2)
    {
        EntityType::Place
    } else if (2..=3).contains(&n) && words[a..b].iter().all(|w| is_name_word(w)) {
        confident = false;
        EntityType::Person
    } else if n >= 4 {
        confident = false;
        EntityType::Org
    } else {
        confident = false;
        EntityType::Misc
    };
    out.push(Mention {
        span,
        etype,
        confident,
    });
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n) && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
        || w.contains('-')
        || lexicon::is_name_connector(w)
}

fn prev_word(text: &Text, si: usize, pos: usize) -> &str {
    let s = &text.sentences[si];
    s.tokens
        .clone()
        .rev()
        .find(|&t| text.tokens[t].span.end <= pos)
        .map(|t| text.token_text(t))
        .unwrap_or("")
}

fn next_word(text: &Text, si: usize, pos: usize) -> &str {
    let s = &text.sentences[si];
    s.tokens
        .clone()
        .find(|&t| text.tokens[t].span.start >= pos)
        .map(|t| text.token_text(t))
        .unwrap_or("")
}

/// Lowercased forms of every word written in lowercase somewhere in the text.
fn lowercase_vocabulary(text: &Text) -> std::collections::HashSet<String> {
    (0..text.tokens.len())
        .map(|i| text.token_text(i))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.to_string())
        .collect()
}

/// A single capitalised word opening a sentence is a name only if the text never writes it in
/// lowercase and no rule typed it with confidence ("Region is one of...", "Experts agree...").
fn keep_sentence_initial(
    text: &Text,
    m: &Mention,
    lower: &std::collections::HashSet<String>,
    inside: &std::collections::HashSet<&str>,
) -> bool {
    let t = text.tokens.partition_point(|t| t.span.start < m.span.start);
    if text
        .tokens
        .get(t)
        .is_none_or(|tok| tok.span.start != m.span.start)
    {
        return true;
    }
    let sent = &text.sentences[text.tokens[t].sentence];
    let initial = sent.tokens.start == t
        || (sent.tokens.start + 1 == t && text.tokens[sent.tokens.start].kind == TokenKind::Punct);
    if !initial || m.confident {
        return true;
    }
    let w = text.slice(m.span);
    if w.contains(' ') {
        return true;
    }
    !lower.contains(&w.to_lowercase()) && (m.etype != EntityType::Misc || inside.contains(w))
}

/// Words written somewhere other than at a sentence start (so their capital is their own).
fn capitalised_inside(text: &Text) -> std::collections::HashSet<&str> {
    text.sentences
        .iter()
        .flat_map(|s| s.tokens.clone().skip(1))
        .map(|t| text.token_text(t))
        .collect()
}

/// Gives repeated names the type of their most confident mention, and short forms of a person's
/// name ("Dillon" after "Ryan Dillon") the type PERSON.
fn harmonise(text: &Text, out: &mut [Mention]) {
    use std::collections::HashMap;
    let mut best: HashMap<String, EntityType> = HashMap::new();
    for m in out.iter().filter(|m| m.confident) {
        best.entry(text.slice(m.span).to_string())
            .or_insert(m.etype);
        if m.etype == EntityType::Person {
            for part in text
                .slice(m.span)
                .split(' ')
                .filter(|p| p.len() > 2 && !lexicon::is_name_connector(p))
            {
                best.entry(part.to_string()).or_insert(EntityType::Person);
                if let Some((_, rest)) = part.split_once('-') {
                    best.entry(rest.to_string()).or_insert(EntityType::Person);
                }
            }
        }
    }
    for m in out.iter_mut().filter(|m| !m.confident) {
        let w = text.slice(m.span);
        if let Some(t) = best.get(w) {
            m.etype = *t;
            m.confident = true;
        } else if m.etype != EntityType::Person {
            // "Assad" after "Bashar al-Assad": last word of a known person
            let key = w.rsplit(' ').next().unwrap_or(w);
            if !w.contains(' ') {
                if let Some(EntityType::Person) = best.get(key) {
                    m.etype = EntityType::Person;
                }
            }
        }
    }
}

/// In headlines, only names the body also writes (any case), or names on the closed lists.
fn headline_mentions(text: &Text, out: &mut Vec<Mention>) {
    use std::collections::HashMap;
    let mut known: HashMap<String, EntityType> = HashMap::new();
    for m in out.iter() {
        known
            .entry(text.slice(m.span).to_lowercase())
            .or_insert(m.etype);
    }
    for (list, t) in [
        (lexicon::PLACES, EntityType::Place),
        (lexicon::DEMONYMS, EntityType::Group),
        (lexicon::ORGS, EntityType::Org),
    ] {
        for w in list {
            known.entry(w.to_lowercase()).or_insert(t);
        }
    }
    let mut found = Vec::new();
    for sent in text
        .sentences
        .iter()
        .filter(|s| text.paragraphs[s.paragraph].headline)
    {
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            // longest known phrase starting here (up to 5 tokens)
            let mut best: Option<(usize, EntityType)> = None;
            for len in 1..=5usize.min(sent.tokens.end - i) {
                let sp = Span::new(text.tokens[i].span.start, text.tokens[i + len - 1].span.end);
                let phrase = text.slice(sp);
                let first = text.token_text(i);
                if !is_caplike(first) && !first.chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                let key = strip_possessive(phrase).to_lowercase();
                if let Some(t) = known.get(&key) {
                    // an all-lowercase common word in a headline is not a name ("state")
                    if len == 1 && lexicon::is_capitalised_common(first) {
                        continue;
                    }
                    best = Some((len, *t));
                }
            }
            if let Some((len, t)) = best {
                let sp = Span::new(text.tokens[i].span.start, text.tokens[i + len - 1].span.end);
                let stripped = strip_possessive(text.slice(sp)).len();
                found.push(Mention {
                    span: Span::new(sp.start, sp.start + stripped),
                    etype: t,
                    confident: true,
                });
                i += len;
            } else {
                i += 1;
            }
        }
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(s: &str) -> Vec<(String, EntityType)> {
        let t = Text::new(s);
        RuleRecognizer
            .recognize(&t)
            .into_iter()
            .map(|m| (t.slice(m.span).to_string(), m.etype))
            .collect()
    }

    #[test]
    fn titles_and_heads() {
        use EntityType::*;
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            (
                "It was said by Prime Minister Haider al-Abadi today.",
                &[("Haider al-Abadi", Person)],
            ),
            (
                "A spokesman for the Russian Defence Ministry spoke.",
                &[("Russian Defence Ministry", Org)],
            ),
            (
                "It was Maj. Gen. Igor Konashenkov who spoke.",
                &[("Igor Konashenkov", Person)],
            ),
            (
                "The Syrian Observatory for Human Rights said.",
                &[("Syrian Observatory for Human Rights", Org)],
            ),
            (
                "Troops went into Syria with Kurdish fighters.",
                &[("Syria", Place), ("Kurdish", Group)],
            ),
            (
                "President Bashar al-Assad's forces won.",
                &[("Bashar al-Assad", Person)],
            ),
        ];
        for (input, want) in cases {
            let got = ents(input);
            let want: Vec<(String, EntityType)> =
                want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn short_forms_take_the_person_type() {
        let got = ents("Col. Ryan Dillon spoke. Later Dillon said more.");
        assert!(
            got.contains(&("Dillon".to_string(), EntityType::Person)),
            "{got:?}"
        );
    }
}
