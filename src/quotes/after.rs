//! Attribution after a quote: `"...," said X`, `"...," X said`, `"...," X, a close adviser,
//! told reporters`, `"...", according to X`, `"..." ― X` (PolNeAR's patterns, Newell et al.
//! 2018), and a signature line under a quote that ends its paragraph (`- Bernie Sanders.`).

use super::context::{paragraph_of, Cx};
use super::grammar::{
    ends_sentence, is_function_word, is_participle, phrase_from, sentence_before, trim_phrase,
};
use super::item::Speaker;
use super::speaker::{sentence_subject, speaker_in};
use crate::entity::{EntityType, Mention};
use crate::text::{Span, TokenKind};
use crate::words::speech::is_cue;

/// `"...," said X`, `"...," X said`, `"...," X, a close adviser, told reporters`, `"...",
/// according to X`, `"..." ― Steve Quinlan`.
pub(super) fn after_quote(cx: Cx) -> Option<(String, Speaker)> {
    let text = cx.text;
    let w = |i: usize| text.token_text(i);
    let after = sentence_after(cx);
    // the commas and dashes right after the closing mark
    let k = after
        .iter()
        .position(|&i| !matches!(w(i), "," | "-" | "\u{2014}" | "\u{2013}" | "\u{2015}"))?;
    let dash = after[..k].iter().any(|&i| w(i) != ",");
    let t0 = w(after[k]);
    // "...," saying ...: the participle's subject is the sentence's, before the quote
    if is_participle(t0) {
        let before = sentence_before(text, cx.outer);
        return sentence_subject(cx, &before).map(|sp| (t0.to_string(), sp));
    }
    // "..." ― Steve Quinlan: a signature after a dash
    if dash && !is_cue(t0) {
        let phrase = phrase_from(text, &after[k..]);
        let named = phrase
            .first()
            .is_some_and(|&i| w(i).chars().next().is_some_and(char::is_uppercase));
        if named && phrase.len() <= 5 {
            if let Some(sp) = speaker_in(cx, &phrase) {
                return Some(("-".to_string(), sp));
            }
        }
    }
    // "...," said X / "...", according to X
    if is_cue(t0) || (t0 == "according" && after.get(k + 1).is_some_and(|&i| w(i) == "to")) {
        let (cue, start) = if t0 == "according" {
            ("according to".to_string(), k + 2)
        } else {
            (t0.to_string(), k + 1)
        };
        let from = &after[start.min(after.len())..];
        let phrase = phrase_from(text, from);
        let sp = speaker_in(cx, &phrase)?;
        return Some((cue, named_by_apposition(cx, sp, &from[phrase.len()..])));
    }
    subject_then_cue(cx, &after[k..])
}

/// The tokens after the closing mark, within its paragraph, up to the end of the attribution's
/// sentence (a quoted name inside it does not end it: "X, wearing "Ted Cruz" pins, said").
fn sentence_after(cx: Cx) -> Vec<usize> {
    let Cx { text, outer, .. } = cx;
    let toks = &text.tokens;
    let first_after = toks.partition_point(|t| t.span.start < outer.end);
    let para = paragraph_of(text, outer.end.saturating_sub(1));
    let pend = text.paragraphs[para].span.end;
    let mut all: Vec<usize> = (first_after..toks.len())
        .take_while(|&i| toks[i].span.start < pend)
        .take(30)
        .collect();
    let end = (0..all.len())
        .find(|&n| text.token_text(all[n]) != "\"" && ends_sentence(text, &all, n))
        .unwrap_or(all.len());
    all.truncate(end);
    all
}

/// X said / X, a close adviser to Trump, told: the first cue of the sentence, the subject the
/// phrase before its first comma (a name and its apposition); else a short noun phrase
/// between the quote and its cue ("..." federal prosecutors wrote). `after` starts at the
/// subject.
fn subject_then_cue(cx: Cx, after: &[usize]) -> Option<(String, Speaker)> {
    let text = cx.text;
    let w = |i: usize| text.token_text(i);
    let j = (1..after.len().min(24)).find(|&j| is_cue(w(after[j])))?;
    let cue = w(after[j]).to_string();
    let segment = &after[..j];
    let head_end = segment
        .iter()
        .position(|&i| matches!(w(i), "," | "(" | "\u{2014}"))
        .unwrap_or(segment.len());
    let head = &segment[..head_end];
    if let Some(sp) = speaker_in(cx, head) {
        return Some((cue, named_by_apposition(cx, sp, &segment[head_end..])));
    }
    let nounish = |i: usize| {
        let t = w(i);
        text.tokens[i].kind == TokenKind::Word
            && !(t.ends_with("ed") || t.ends_with("ing") || t.ends_with("ly"))
            && !is_function_word(&t.to_lowercase())
    };
    let noun_phrase = !head.is_empty()
        && head.len() <= 4
        && head.len() == segment.len()
        && head.iter().all(|&i| nounish(i));
    noun_phrase.then(|| {
        let span = trim_phrase(text, head);
        (
            cue,
            Speaker {
                span,
                entity: None,
                refers_to: None,
            },
        )
    })
}

/// A quote that ends its paragraph, signed on the next line: `"..."` / `- Bernie Sanders.`
pub(super) fn dash_line(cx: Cx) -> Option<(String, Speaker)> {
    let Cx { text, outer, .. } = cx;
    let para = paragraph_of(text, outer.end.saturating_sub(1));
    let next = text.paragraphs.get(para + 1)?;
    let line = text.slice(next.span).trim();
    if !(line.starts_with('-') || line.starts_with('\u{2014}') || line.starts_with('\u{2013}'))
        || line.len() > 60
        || text
            .slice(Span::new(outer.end, text.paragraphs[para].span.end))
            .trim()
            .len()
            > 2
    {
        return None;
    }
    let toks: Vec<usize> = (0..text.tokens.len())
        .filter(|&i| next.span.contains(&text.tokens[i].span))
        .skip(1)
        .collect();
    let phrase = phrase_from(text, &toks);
    speaker_in(cx, &phrase).map(|sp| ("-".to_string(), sp))
}

/// A news organisation credited for a report ("..." the Associated Press reports): the speaker
/// only when no person is named before the quote ("the state-run SANA news agency reported").
pub(super) fn is_media_credit(cue: &str, sp: &Speaker, ents: &[Mention]) -> bool {
    matches!(cue, "reports" | "reported" | "reporting")
        && sp
            .entity
            .is_none_or(|e| ents[e].etype != EntityType::Person)
}

/// The person an apposition names right after an attribution phrase: `, James Steyer,` in
/// "said Common Sense's CEO, James Steyer, warning..." and "Bruce Steinberg's sister, Tamara
/// Steinberg Jacobson, wrote". `rest` are the tokens after the phrase.
pub(super) fn apposition_person(cx: Cx, rest: &[usize]) -> Option<usize> {
    let Cx { text, ents, .. } = cx;
    if rest.first().is_none_or(|&i| text.token_text(i) != ",") {
        return None;
    }
    let body: Vec<usize> = rest[1..]
        .iter()
        .copied()
        .take_while(|&i| !matches!(text.token_text(i), "," | "." | ";" | ":"))
        .take(6)
        .collect();
    let (&first, &last) = (body.first()?, body.last()?);
    let span = Span::new(text.tokens[first].span.start, text.tokens[last].span.end);
    ents.iter()
        .position(|m| m.etype == EntityType::Person && m.span == span)
}

/// A speaker that names no person ("Common Sense's CEO") made the person its apposition names.
pub(super) fn named_by_apposition(cx: Cx, sp: Speaker, rest: &[usize]) -> Speaker {
    let ents = cx.ents;
    let named = sp
        .entity
        .is_some_and(|e| ents[e].etype == EntityType::Person);
    match (named, apposition_person(cx, rest)) {
        (false, Some(e)) => Speaker {
            span: ents[e].span,
            entity: Some(e),
            refers_to: None,
        },
        _ => sp,
    }
}
