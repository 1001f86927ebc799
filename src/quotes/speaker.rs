//! Who an attribution names: a person named in its words, else a pronoun resolved backwards
//! ("he"/"she" to the speaker of the quote just before unless a person is named after it, else
//! to the person last named; "it"/"they" to the speaker of the quote before), else an
//! organisation, else the words themselves when they make a noun phrase ("the military
//! source"). Never a guess.

use super::context::{paragraph_of, Cx};
use super::grammar::{ends_phrase, is_function_word, is_lead_word, is_pronoun, trim_phrase};
use super::item::{QuoteMention, Speaker};
use crate::entity::{EntityType, Mention};
use crate::text::{Span, TokenKind};

/// The speaker inside a phrase of attribution tokens: a person named there, else a pronoun
/// (resolved backwards), else an organisation, else the phrase itself ("the military source").
pub(super) fn speaker_in(cx: Cx, phrase: &[usize]) -> Option<Speaker> {
    if phrase.is_empty() || phrase.len() > 9 {
        return None;
    }
    let inside = mentions_inside(cx, phrase);
    if let Some(sp) = person_named(cx, phrase, &inside) {
        return Some(sp);
    }
    if phrase.len() == 1 && is_pronoun(cx.text.token_text(phrase[0])) {
        return Some(pronoun(cx, phrase[0]));
    }
    if let Some(&e) = inside
        .iter()
        .rev()
        .find(|&&e| cx.ents[e].etype == EntityType::Org)
    {
        // "the state-run SANA news agency reported": the phrase is the mention, SANA the entity
        return Some(Speaker {
            span: trim_phrase(cx.text, phrase),
            entity: Some(e),
            refers_to: None,
        });
    }
    description(cx, phrase)
}

/// The entity mentions inside the phrase, but a possessor ("Bruce Steinberg's sister", "Common
/// Sense's CEO": the possessor is not the speaker).
fn mentions_inside(cx: Cx, phrase: &[usize]) -> Vec<usize> {
    let Cx { text, ents, .. } = cx;
    let ps = Span::new(
        text.tokens[phrase[0]].span.start,
        text.tokens[phrase[phrase.len() - 1]].span.end,
    );
    let possessor = |e: usize| {
        let rest = text.norm().get(ents[e].span.end..).unwrap_or("");
        rest.starts_with("'s") || rest.starts_with("\u{2019}s") || rest.starts_with("' ")
    };
    (0..ents.len())
        .filter(|&e| ps.contains(&ents[e].span) && !possessor(e))
        .collect()
}

/// The last person named in the phrase, but one after a preposition in a description ("the
/// former top aide to President George W. Bush": the description is the speaker).
fn person_named(cx: Cx, phrase: &[usize], inside: &[usize]) -> Option<Speaker> {
    let Cx { text, ents, .. } = cx;
    let starts_det = matches!(
        text.token_text(phrase[0]).to_lowercase().as_str(),
        "the" | "a" | "an" | "one"
    );
    let after_prep = |e: usize| {
        phrase.iter().any(|&i| {
            text.tokens[i].span.end <= ents[e].span.start
                && matches!(
                    text.token_text(i),
                    "to" | "of" | "for" | "at" | "with" | "from"
                )
        })
    };
    let &e = inside
        .iter()
        .rev()
        .find(|&&e| ents[e].etype == EntityType::Person && !(starts_det && after_prep(e)))?;
    Some(Speaker {
        span: ents[e].span,
        entity: Some(e),
        refers_to: None,
    })
}

/// A pronoun as the speaker (token `tok`), kept as written and resolved backwards.
fn pronoun(cx: Cx, tok: usize) -> Speaker {
    let Cx {
        text,
        ents,
        earlier,
        inner: quote,
        ..
    } = cx;
    let span = text.tokens[tok].span;
    let p = text.token_text(tok).to_lowercase();
    if p == "it" || p == "they" {
        // "Syrian state media said ... , it said": the speaker of the quote before, within
        // two paragraphs, whatever it is (an organisation, a description)
        let para = paragraph_of(text, quote.start);
        let prev = earlier.iter().rev().find_map(|q| {
            let qp = paragraph_of(text, q.span.start);
            (para <= qp + 2)
                .then_some(q.speaker.as_ref()?)
                .filter(|sp| {
                    let name = text.slice(sp.span).to_lowercase();
                    name != "it" && name != "they" || sp.refers_to.is_some()
                })
        });
        return Speaker {
            span,
            entity: prev.and_then(|sp| sp.entity),
            refers_to: prev.and_then(|sp| sp.refers_to.or(Some(sp.span))),
        };
    }
    // "The source added ... "fierce resistance." / "Some of them will fight," he said.":
    // a quote's pronoun refers to the speaker of the quote just before when no person is
    // named after that quote
    let last_person = ents
        .iter()
        .rposition(|m| m.etype == EntityType::Person && m.span.end <= quote.start);
    let para = paragraph_of(text, quote.start);
    let last_quote = earlier.iter().rev().find(|q| q.speaker.is_some());
    let recent = last_quote.filter(|q| {
        paragraph_of(text, q.span.start) + 2 >= para
            && last_person.is_none_or(|p| ents[p].span.start < q.span.start)
    });
    if let Some(sp) = recent.and_then(|q| q.speaker.as_ref()) {
        let described = sp.entity.is_none();
        let person = sp
            .entity
            .is_some_and(|e| ents[e].etype == EntityType::Person);
        if described || person {
            return Speaker {
                span,
                entity: sp.entity,
                refers_to: if described {
                    sp.refers_to.or(Some(sp.span))
                } else {
                    None
                },
            };
        }
    }
    Speaker {
        span,
        entity: antecedent(ents, earlier, quote.start),
        refers_to: None,
    }
}

/// A description as the speaker: a noun phrase with a content word ("the military source", "a
/// White House official", "officials", "Syrian state media"), not a verb phrase ("were
/// killed").
fn description(cx: Cx, phrase: &[usize]) -> Option<Speaker> {
    let text = cx.text;
    let has_word = phrase.iter().any(|&i| {
        text.tokens[i].kind == TokenKind::Word
            && !is_function_word(&text.token_text(i).to_lowercase())
    });
    let trimmed = trim_phrase(text, phrase);
    let first = text.slice(trimmed).split_whitespace().next().unwrap_or("");
    let lower_first = first.to_lowercase();
    let noun_phrase = (first.chars().next().is_some_and(char::is_uppercase)
        && !is_lead_word(&lower_first)
        && !(first.len() > 3 && first.chars().all(|c| !c.is_lowercase())))
        || matches!(
            lower_first.as_str(),
            "the" | "a" | "an" | "one" | "another" | "some" | "his" | "her" | "their" | "its"
                | "our" | "my" | "several" | "many" | "two" | "three" | "both" | "other"
        )
        || (lower_first.ends_with('s') && !lower_first.ends_with("ss") && phrase.len() <= 2)
        // "21 percent said", "about 50 protesters"
        || first.starts_with(|c: char| c.is_ascii_digit());
    (has_word && noun_phrase && phrase.len() <= 6).then_some(Speaker {
        span: trimmed,
        entity: None,
        refers_to: None,
    })
}

/// The subject of the sentence `toks`: its first words up to a comma or a verb-like word,
/// read as a speaker (a name, a pronoun, an organisation, a description).
pub(super) fn sentence_subject(cx: Cx, toks: &[usize]) -> Option<Speaker> {
    let text = cx.text;
    let w = |i: usize| text.token_text(i);
    // a sentence starts after the last closing quote mark before the cue
    let toks = match toks.iter().rposition(|&i| w(i) == "\"") {
        Some(q) => &toks[q + 1..],
        None => toks,
    };
    // skip a leading participial, prepositional or subordinate phrase: "Speaking in his real
    // voice again, he ...", "At the time, she ...", "As the crowd began to chant, Silverman ..."
    let mut toks = toks;
    for _ in 0..3 {
        let leading = toks.first().is_some_and(|&i| {
            let l = w(i).to_lowercase();
            l.ends_with("ing") || l.ends_with("ed") || is_lead_word(&l)
        });
        if !leading {
            break;
        }
        let comma = toks.iter().position(|&i| w(i) == ",")?;
        toks = &toks[comma + 1..];
    }
    let first = *toks.first()?;
    if is_pronoun(w(first)) {
        return speaker_in(cx, &toks[..1]);
    }
    // a person named at the start of the sentence
    let head_end = toks
        .iter()
        .position(|&i| {
            ends_phrase(w(i))
                || (text.tokens[i].kind == TokenKind::Word
                    && w(i).chars().next().is_some_and(char::is_lowercase)
                    && !matches!(w(i), "the" | "of" | "de" | "al" | "for"))
        })
        .unwrap_or(toks.len());
    if head_end == 0 {
        return None;
    }
    speaker_in(cx, &toks[..head_end])
}

/// The person a pronoun points back to: the speaker of the latest earlier quote or the latest
/// person named, whichever comes last before `pos`.
pub(super) fn antecedent(ents: &[Mention], earlier: &[QuoteMention], pos: usize) -> Option<usize> {
    let last_person = ents
        .iter()
        .rposition(|m| m.etype == EntityType::Person && m.span.end <= pos);
    let last_speaker = earlier
        .iter()
        .rev()
        .find_map(|q| {
            q.speaker
                .as_ref()
                .and_then(|s| s.entity)
                .map(|e| (q.span.start, e))
        })
        .filter(|&(_, e)| ents[e].etype == EntityType::Person);
    match (last_person, last_speaker) {
        (Some(p), Some((qpos, e))) => {
            if ents[p].span.start > qpos {
                Some(p)
            } else {
                Some(e)
            }
        }
        (Some(p), None) => Some(p),
        (None, Some((_, e))) => Some(e),
        (None, None) => None,
    }
}
