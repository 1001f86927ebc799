//! Attribution before a quote: `X said: "..."`, `X, speaking to Iowans, said, "..."`, `Said
//! X, "..."`, `According to X, "..."`, `X: "..."`, `X hailed it, noting "..."` (a participle
//! takes the sentence's subject), `X issued a statement, "..."`.
//!
//! [`before_quote`] tries the patterns in that order on the sentence before the opening mark;
//! the first that names a speaker wins.

use super::context::Cx;
use super::grammar::{ends_phrase, is_participle, is_pronoun, phrase_from, sentence_before};
use super::item::Speaker;
use super::speaker::{sentence_subject, speaker_in};
use crate::entity::EntityType;
use crate::text::TokenKind;
use crate::words::speech::is_cue;

/// Words that may stand between a subject and its cue: "Lemkin, who coined the word, once
/// said", "Trump has repeatedly said".
const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "once",
    "later",
    "also",
    "then",
    "previously",
    "recently",
    "repeatedly",
    "again",
    "publicly",
    "privately",
    "simply",
    "often",
    "famously",
    "reportedly",
    "allegedly",
    "frequently",
    "quickly",
    "flatly",
    "bluntly",
    "angrily",
    "has",
    "had",
    "have",
    "would",
    "will",
    "just",
    "further",
    "still",
];

/// Nouns of speech that, before a comma, introduce a quote as a colon would: "Trump issued a
/// statement, "..."".
const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "tweet",
    "message",
    "letter",
    "interview",
    "email",
    "e-mail",
    "post",
    "release",
    "remarks",
    "response",
    "speech",
    "reply",
];

/// `X said: "..."`, `X, speaking to Iowans, said, "..."`, `Said Comey, "..."`, `Republican
/// pollster Daron Shaw: "..."`, `X described it as the "..."`.
pub(super) fn before_quote(cx: Cx) -> Option<(String, Speaker)> {
    let w = |i: usize| cx.text.token_text(i);
    // the sentence before the opening mark, not across another quote's closing mark
    let mut before = sentence_before(cx.text, cx.outer);
    if let Some(q) = before.iter().rposition(|&i| w(i) == "\"") {
        before.drain(..=q);
    }
    according_to(cx, &before)
        .or_else(|| with_cue(cx, &before))
        .or_else(|| after_speech_noun(cx, &before))
        .or_else(|| from_colon(cx, &before))
        .or_else(|| before_colon(cx, &before))
}

/// "According to the Daily Caller, "...""
fn according_to(cx: Cx, before: &[usize]) -> Option<(String, Speaker)> {
    let w = |i: usize| cx.text.token_text(i);
    let ai = before
        .iter()
        .position(|&i| w(i).eq_ignore_ascii_case("according"))?;
    if before.get(ai + 1).is_none_or(|&i| w(i) != "to") {
        return None;
    }
    let phrase = phrase_from(cx.text, &before[ai + 2..]);
    speaker_in(cx, &phrase).map(|sp| ("according to".to_string(), sp))
}

/// The last speech verb of the sentence and its subject: before it ("Spicer said"), after it
/// when it opens the sentence ("Said Comey, ..."), or the sentence's subject ("Lazar said he
/// welcomed it and added, ...").
fn with_cue(cx: Cx, before: &[usize]) -> Option<(String, Speaker)> {
    let text = cx.text;
    let w = |i: usize| text.token_text(i);
    // "Said Comey, ...": the cue may open the sentence, capitalised
    let opens = |n: usize| {
        before[..n]
            .iter()
            .all(|&i| text.tokens[i].kind == TokenKind::Punct)
    };
    let ci = before
        .iter()
        .enumerate()
        .rposition(|(n, &i)| is_cue(w(i)) || (opens(n) && is_cue(&w(i).to_lowercase())))?;
    let cue = w(before[ci]).to_lowercase();
    // adverbs and auxiliaries between the subject and the cue
    let mut subject_end = ci;
    while subject_end > 0
        && BETWEEN_SUBJECT_AND_CUE.contains(&w(before[subject_end - 1]).to_lowercase().as_str())
    {
        subject_end -= 1;
    }
    let speaker = subject_of_participle(cx, before, ci, &cue)
        .or_else(|| pronoun_before(cx, &before[..subject_end]))
        .or_else(|| subject_before(cx, &before[..subject_end]))
        .or_else(|| {
            // "Said Comey, ...": the cue opens the sentence, the speaker follows it
            opens(subject_end)
                .then(|| speaker_in(cx, &phrase_from(text, &before[ci + 1..])))
                .flatten()
        })
        // "Lazar said he welcomed it and added, "...", "Clinton tweeted congratulations,
        // adding "...": the sentence's subject
        .or_else(|| sentence_subject(cx, &before[..subject_end]))?;
    Some((cue, speaker))
}

/// A participle's or a coordinated cue's speaker is the sentence's subject, not a name inside
/// its predicate: "Ryan and Trump will meet, Spicer said, adding, ..." (the subject of the cue
/// before), "He explained it by saying: ...", "he supported Obama and said, ...".
fn subject_of_participle(cx: Cx, before: &[usize], ci: usize, cue: &str) -> Option<Speaker> {
    let w = |i: usize| cx.text.token_text(i);
    let coordinated = ci > 0 && matches!(w(before[ci - 1]), "and" | "then" | "but");
    if is_participle(cue) {
        let earlier_cue = before[..ci]
            .iter()
            .rposition(|&i| is_cue(w(i)) && !is_participle(w(i)));
        if let Some(pc) = earlier_cue {
            let mut s = pc;
            while s > 0 && !ends_phrase(w(before[s - 1])) && pc - s < 9 {
                s -= 1;
            }
            if let Some(sp) = speaker_in(cx, &before[s..pc]) {
                return Some(sp);
            }
        }
    }
    if !(is_participle(cue) || coordinated) {
        return None;
    }
    let whole = sentence_before(cx.text, cx.outer);
    let upto = whole
        .iter()
        .position(|&i| i == before[ci])
        .unwrap_or(whole.len());
    sentence_subject(cx, &whole[..upto])
}

/// "when he told Chris Wallace": a pronoun right before the cue is the speaker. `upto` ends
/// where the cue's subject ends.
fn pronoun_before(cx: Cx, upto: &[usize]) -> Option<Speaker> {
    let &last = upto.last()?;
    if !is_pronoun(cx.text.token_text(last)) {
        return None;
    }
    speaker_in(cx, &upto[upto.len() - 1..])
}

/// The phrase before the cue, stepping over a parenthetical ("Sen. Richard J. Durbin (D-Ill.)
/// said") and an aside between commas ("Fiorina, speaking to Iowans, said"). `upto` ends where
/// the cue's subject ends.
fn subject_before(cx: Cx, upto: &[usize]) -> Option<Speaker> {
    let w = |i: usize| cx.text.token_text(i);
    let before_parenthetical = |end: usize| {
        if end > 0 && w(upto[end - 1]) == ")" {
            upto[..end]
                .iter()
                .rposition(|&i| w(i) == "(")
                .unwrap_or(end)
        } else {
            end
        }
    };
    let mut end = before_parenthetical(upto.len());
    for _ in 0..2 {
        let mut s = end;
        while s > 0 && !ends_phrase(w(upto[s - 1])) && end - s < 9 {
            s -= 1;
        }
        if let Some(sp) = speaker_in(cx, &upto[s..end]) {
            return Some(sp);
        }
        // an aside ends with the comma before the cue: look before its opening comma
        match upto[..end.saturating_sub(1)]
            .iter()
            .rposition(|&i| w(i) == ",")
        {
            Some(open) if s == end && end > 0 && w(upto[end - 1]) == "," => {
                end = before_parenthetical(open);
            }
            _ => return None,
        }
    }
    None
}

/// "Trump issued a statement, "...": a speech noun before a comma works as a colon.
fn after_speech_noun(cx: Cx, before: &[usize]) -> Option<(String, Speaker)> {
    let w = |i: usize| cx.text.token_text(i);
    let n = before.len();
    let speech_noun = n >= 2
        && w(before[n - 1]) == ","
        && SPEECH_NOUNS.contains(&w(before[n - 2]).to_lowercase().as_str());
    if !speech_noun {
        return None;
    }
    sentence_subject(cx, &before[..n - 1]).map(|sp| (",".to_string(), sp))
}

/// "From the report: "...""
fn from_colon(cx: Cx, before: &[usize]) -> Option<(String, Speaker)> {
    let w = |i: usize| cx.text.token_text(i);
    let colon = before.last().is_some_and(|&i| w(i) == ":");
    if !colon
        || !before
            .first()
            .is_some_and(|&i| w(i).eq_ignore_ascii_case("from"))
    {
        return None;
    }
    speaker_in(cx, &before[1..before.len() - 1]).map(|sp| (":".to_string(), sp))
}

/// "Republican pollster Daron Shaw: "...", "Clinton's response was: "...": a person named
/// before a colon, else the sentence's subject ("The Clinton campaign, in a Q&A, worded it
/// carefully: "...", "She then addressed the supporters: "...").
fn before_colon(cx: Cx, before: &[usize]) -> Option<(String, Speaker)> {
    let Cx { text, ents, .. } = cx;
    let w = |i: usize| text.token_text(i);
    if before.last().is_none_or(|&i| w(i) != ":") {
        return None;
    }
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
    let speaker = match person {
        Some(e) => Speaker {
            span: ents[e].span,
            entity: Some(e),
            refers_to: None,
        },
        None => sentence_subject(cx, &before[..end])?,
    };
    Some((":".to_string(), speaker))
}
