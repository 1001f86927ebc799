//! Attribution before a quote: `X said: "..."`, `X, speaking to Iowans, said, "..."`, `Said
//! X, "..."`, `According to X, "..."`, `X: "..."`, `X hailed it, noting "..."` (a participle
//! takes the sentence's subject), `X issued a statement, "..."`.

use super::grammar::{ends_phrase, is_participle, is_pronoun, phrase_from, sentence_before};
use super::speaker::{sentence_subject, speaker_in};
use super::{Cx, Speaker};
use crate::entities::EntityType;
use crate::text::TokenKind;
use crate::words::speech::is_cue;

/// `X said: "..."`, `X, speaking to Iowans, said, "..."`, `Said Comey, "..."`, `Republican
/// pollster Daron Shaw: "..."`, `X described it as the "..."`.
pub(super) fn before_quote(cx: Cx) -> Option<(String, Speaker)> {
    let Cx {
        text, ents, outer, ..
    } = cx;
    let w = |i: usize| text.token_text(i);
    // the sentence before the opening mark, not across another quote's closing mark
    let mut before = sentence_before(text, outer);
    if let Some(q) = before.iter().rposition(|&i| w(i) == "\"") {
        before.drain(..=q);
    }
    // "According to the Daily Caller, "...""
    if let Some(ai) = before
        .iter()
        .position(|&i| w(i).eq_ignore_ascii_case("according"))
    {
        if before.get(ai + 1).is_some_and(|&i| w(i) == "to") {
            let phrase = phrase_from(text, &before[ai + 2..]);
            if let Some(sp) = speaker_in(cx, &phrase) {
                return Some(("according to".to_string(), sp));
            }
        }
    }
    // "Said Comey, ...": the cue may open the sentence, capitalised
    let opening_cue = |n: usize| {
        n == 0
            || before[..n]
                .iter()
                .all(|&i| text.tokens[i].kind == TokenKind::Punct)
    };
    if let Some(ci) = before
        .iter()
        .enumerate()
        .rposition(|(n, &i)| is_cue(w(i)) || (opening_cue(n) && is_cue(&w(i).to_lowercase())))
    {
        let cue = w(before[ci]).to_lowercase();
        // "He explained it by saying: ...", "he supported Obama and said, ...": the subject
        // of the sentence, not a name inside its predicate
        let coordinated = ci > 0 && matches!(w(before[ci - 1]), "and" | "then" | "but");
        // "Ryan and Trump will meet, Spicer said, adding, ...": the subject of the cue before
        if is_participle(&cue) {
            if let Some(pc) = before[..ci]
                .iter()
                .rposition(|&i| is_cue(w(i)) && !is_participle(w(i)))
            {
                let mut s = pc;
                while s > 0 && !ends_phrase(w(before[s - 1])) && pc - s < 9 {
                    s -= 1;
                }
                if let Some(sp) = speaker_in(cx, &before[s..pc]) {
                    return Some((cue, sp));
                }
            }
        }
        if is_participle(&cue) || coordinated {
            let whole = sentence_before(text, outer);
            let upto = whole
                .iter()
                .position(|&i| i == before[ci])
                .unwrap_or(whole.len());
            if let Some(sp) = sentence_subject(cx, &whole[..upto]) {
                return Some((cue, sp));
            }
        }
        // adverbs between the subject and the cue: "Lemkin, who coined the word, once said"
        let mut ci_subject = ci;
        while ci_subject > 0
            && matches!(
                w(before[ci_subject - 1]).to_lowercase().as_str(),
                "once"
                    | "later"
                    | "also"
                    | "then"
                    | "previously"
                    | "recently"
                    | "repeatedly"
                    | "again"
                    | "publicly"
                    | "privately"
                    | "simply"
                    | "often"
                    | "famously"
                    | "reportedly"
                    | "allegedly"
                    | "frequently"
                    | "quickly"
                    | "flatly"
                    | "bluntly"
                    | "angrily"
                    | "has"
                    | "had"
                    | "have"
                    | "would"
                    | "will"
                    | "just"
                    | "further"
                    | "still"
            )
        {
            ci_subject -= 1;
        }
        let ci_cue = ci;
        let ci = ci_subject;
        // "when he told Chris Wallace": a pronoun right before the cue is the speaker
        if ci > 0 && is_pronoun(w(before[ci - 1])) {
            if let Some(sp) = speaker_in(cx, &before[ci - 1..ci]) {
                return Some((cue, sp));
            }
        }
        // the subject before the cue, skipping an aside between commas ("Fiorina, speaking
        // to Iowans, said")
        let mut end = ci;
        // "Sen. Richard J. Durbin (D-Ill.) said": step over a parenthetical
        if end > 0 && w(before[end - 1]) == ")" {
            if let Some(open) = before[..end].iter().rposition(|&i| w(i) == "(") {
                end = open;
            }
        }
        for _ in 0..2 {
            let mut s = end;
            while s > 0 && !ends_phrase(w(before[s - 1])) && end - s < 9 {
                s -= 1;
            }
            let phrase: Vec<usize> = before[s..end].to_vec();
            if let Some(sp) = speaker_in(cx, &phrase) {
                return Some((cue, sp));
            }
            // an aside ends with the comma before the cue: look before its opening comma (and
            // a parenthetical before it)
            match before[..end.saturating_sub(1)]
                .iter()
                .rposition(|&i| w(i) == ",")
            {
                Some(open) if s == end && end > 0 && w(before[end - 1]) == "," => {
                    end = open;
                    if end > 0 && w(before[end - 1]) == ")" {
                        if let Some(o) = before[..end].iter().rposition(|&i| w(i) == "(") {
                            end = o;
                        }
                    }
                }
                _ => break,
            }
        }
        // "Said Comey, ...": the cue opens the sentence, the speaker follows it
        if before[..ci]
            .iter()
            .all(|&i| text.tokens[i].kind == TokenKind::Punct)
        {
            let phrase = phrase_from(text, &before[ci_cue + 1..]);
            if let Some(sp) = speaker_in(cx, &phrase) {
                return Some((cue, sp));
            }
        }
        // "Lazar said he welcomed it and added, "...", "Clinton tweeted congratulations,
        // adding "...": the sentence's subject
        if let Some(sp) = sentence_subject(cx, &before[..ci]) {
            return Some((cue, sp));
        }
    }
    // "Trump issued a statement, "...": a speech noun before a comma works as a colon
    let speech_noun = before.len() >= 2
        && w(before[before.len() - 1]) == ","
        && matches!(
            w(before[before.len() - 2]).to_lowercase().as_str(),
            "statement"
                | "tweet"
                | "message"
                | "letter"
                | "interview"
                | "email"
                | "e-mail"
                | "post"
                | "release"
                | "remarks"
                | "response"
                | "speech"
                | "reply"
        );
    if speech_noun {
        if let Some(sp) = sentence_subject(cx, &before[..before.len() - 1]) {
            return Some((",".to_string(), sp));
        }
    }
    // "From the report: "...""
    if before.last().is_some_and(|&i| w(i) == ":")
        && before
            .first()
            .is_some_and(|&i| w(i).eq_ignore_ascii_case("from"))
    {
        let phrase = &before[1..before.len() - 1];
        if let Some(sp) = speaker_in(cx, phrase) {
            return Some((":".to_string(), sp));
        }
    }
    // "Republican pollster Daron Shaw: "...", "Clinton's response was: "...": a name before a colon
    if before.last().is_some_and(|&i| w(i) == ":") {
        let end = before.len() - 1;
        let mut s = end;
        while s > 0 && !ends_phrase(w(before[s - 1])) && end - s < 12 {
            s -= 1;
        }
        let phrase = &before[s..end];
        let person = ents.iter().rposition(|m| {
            m.etype == EntityType::Person
                && phrase
                    .first()
                    .is_some_and(|&f| m.span.start >= text.tokens[f].span.start)
                && m.span.end <= text.tokens[before[end]].span.start
        });
        if let Some(e) = person {
            return Some((
                ":".to_string(),
                Speaker {
                    span: ents[e].span,
                    entity: Some(e),
                    refers_to: None,
                },
            ));
        }
        // "The Clinton campaign, in a Q&A, worded it carefully: "...", "She then addressed
        // the supporters: "..."
        if let Some(sp) = sentence_subject(cx, &before[..end]) {
            return Some((":".to_string(), sp));
        }
    }
    None
}
