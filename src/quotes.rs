//! Direct quotations and who said them.
//!
//! [`QuoteExtractor`] is the interface; [`RuleQuotes`] the implementation. Quote marks are
//! already normalised by the text layer (curly, doubled and angle marks become `"` and `'`), so
//! this module pairs marks by their side (an opening mark follows a space, a closing mark precedes
//! one; an apostrophe sits inside a word), follows a quote across paragraphs the way news style
//! does it (the opening mark repeats at each paragraph start, only the last closes), and drops a
//! quote whose marks do not balance without touching the rest. A quote is `full` (a clause of
//! speech), `partial` (a word or phrase, a title in title case) or `headline`.
//!
//! Speakers follow the attribution patterns of news copy, as PolNeAR (Newell et al. 2018)
//! annotates them: after the quote `"...," said X`, `"...," X said`, `"...," X, a close adviser,
//! told reporters`, `"...", according to X`, `"..." ― X`; before it `X said: "..."`, `X,
//! speaking to Iowans, said, "..."`, `Said X, "..."`, `According to X, "..."`, `X: "..."`, `X
//! hailed it, noting "..."` (a participle takes the sentence's subject); a signature line under
//! the quote (`- Bernie Sanders.`). About 120 speech verbs are cues. A pronoun is kept as
//! written and resolved: "he"/"she" to the speaker of the quote just before (a person or a
//! described source) unless a person is named after it, else to the person last named; "it"/
//! "they" to the speaker of the quote before. A quote with no attribution of its own takes the
//! speaker of the quote just before it in the same or the previous paragraph (news convention),
//! or none: never a guess.
//!
//! Measured by `crossread eval quotes` on PolNeAR (`src/eval/quotes.rs`), and on the seeds by
//! `tests/cases/seed_quotes.tsv`.

use crate::entities::{EntityType, Mention};
use crate::text::{Span, Text, TokenKind};
use crate::words::speech::is_cue;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A quoted clause or sentence of speech.
    Full,
    /// A quoted word or phrase inside the writer's sentence, or a title ("Face the Nation").
    Partial,
    /// A headline or section title that is a quotation ('Isolated and encircled').
    Headline,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Headline => "headline",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The mention in the attribution as written ("Dillon", "he", "the military source").
    pub span: Span,
    /// The entity mention it refers to (itself for a name, the antecedent for a pronoun).
    pub entity: Option<usize>,
    /// For a pronoun whose antecedent is a description, not an entity ("Syrian state media
    /// said ... it said"): the description's span.
    pub refers_to: Option<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuoteMention {
    /// The quoted words without the enclosing marks.
    pub span: Span,
    pub kind: QuoteKind,
    /// The attribution verb ("said", "told", "according to").
    pub cue: Option<String>,
    pub speaker: Option<Speaker>,
}

pub trait QuoteExtractor: Send + Sync {
    /// Quotes sorted by start, non-overlapping, each inside the text. `entities` are the
    /// article's entity mentions, sorted by start.
    fn extract(&self, text: &Text, entities: &[Mention]) -> Vec<QuoteMention>;
}

#[derive(Default, Clone, Copy, Debug)]
pub struct RuleQuotes;

impl QuoteExtractor for RuleQuotes {
    fn extract(&self, text: &Text, entities: &[Mention]) -> Vec<QuoteMention> {
        let spans = find_quote_spans(text);
        let mut out: Vec<QuoteMention> = Vec::new();
        let mut prev: Option<(usize, Option<Speaker>, Option<String>)> = None; // paragraph, speaker
        for (span, outer) in spans {
            let para = paragraph_of(text, span.start);
            let headline = text.paragraphs[para].headline && is_whole_paragraph(text, para, outer);
            let kind = if headline {
                QuoteKind::Headline
            } else {
                classify(text.slice(span))
            };
            let mut cue = None;
            let mut speaker = None;
            if !headline {
                if let Some((c, s)) = attribution(text, entities, span, outer, &out) {
                    cue = Some(c);
                    speaker = Some(s).filter(|s| may_speak(text.slice(s.span)));
                } else if kind == QuoteKind::Full {
                    if let Some((p, s, c)) = &prev {
                        if para == *p || para == *p + 1 {
                            speaker = s.clone();
                            cue = c.clone();
                        }
                    }
                }
            }
            if kind == QuoteKind::Full && speaker.is_some() {
                prev = Some((para, speaker.clone(), cue.clone()));
            } else if kind == QuoteKind::Full {
                prev = None;
            }
            out.push(QuoteMention {
                span,
                kind,
                cue,
                speaker,
            });
        }
        out
    }
}

/// Whether an attribution's words can name who spoke: not a verb phrase opening with a gerund
/// ("Using a technique called '...'", a term in quotes).
fn may_speak(written: &str) -> bool {
    let mut words = written.split_whitespace();
    let first = words.next().unwrap_or("");
    let gerund = first.len() > 4
        && first.ends_with("ing")
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    !first.is_empty() && !gerund
}

fn paragraph_of(text: &Text, pos: usize) -> usize {
    text.paragraphs
        .partition_point(|p| p.span.end <= pos)
        .min(text.paragraphs.len().saturating_sub(1))
}

fn is_whole_paragraph(text: &Text, para: usize, outer: Span) -> bool {
    let p = text.paragraphs[para].span;
    outer.start <= p.start + 1 && outer.end + 1 >= p.end
}

/// Full quotes open with a capital (a sentence of speech) and run three words or more, or run
/// long enough to be a clause whatever their first letter.
fn classify(q: &str) -> QuoteKind {
    let words = q.split_whitespace().count();
    // a title in title case: "Face the Nation", "The Walking Dead," (every word capitalised
    // but short function words, no sentence inside)
    let small = |w: &str| {
        matches!(
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "by"
                | "from"
                | "&"
        )
    };
    let body = q.trim_end_matches(|c: char| matches!(c, ',' | '.' | '!' | '?'));
    let title = (2..=7).contains(&words)
        && !body.contains(['.', '!', '?', ';'])
        && body.split_whitespace().all(|w| {
            small(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        });
    if title {
        return QuoteKind::Partial;
    }
    let first = q.chars().find(|c| c.is_alphanumeric()).unwrap_or('a');
    if (first.is_uppercase() && words >= 3) || words >= 8 {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    }
}

fn is_open_side(before: Option<char>, after: Option<char>) -> bool {
    let b_ok = before.is_none_or(|c| c.is_whitespace() || "([{-\u{2013}\u{2014}/:".contains(c));
    let a_ok = after.is_some_and(|c| !c.is_whitespace());
    b_ok && a_ok
}

fn is_close_side(before: Option<char>, after: Option<char>) -> bool {
    let b_ok = before.is_some_and(|c| !c.is_whitespace());
    let a_ok = after.is_none_or(|c| !c.is_alphanumeric());
    b_ok && a_ok
}

/// Finds quoted spans: (inner span without marks, outer span with marks).
fn find_quote_spans(text: &Text) -> Vec<(Span, Span)> {
    let s = text.norm();
    let mut out = Vec::new();
    let paras: Vec<Span> = text.paragraphs.iter().map(|p| p.span).collect();
    let mut open: Option<usize> = None; // byte offset of an open double mark
    for (pi, p) in paras.iter().enumerate() {
        let seg = &s[p.start..p.end];
        let chars: Vec<(usize, char)> = seg.char_indices().map(|(i, c)| (i + p.start, c)).collect();
        let mut single_open: Option<usize> = None;
        for (ci, &(pos, c)) in chars.iter().enumerate() {
            let before = if ci > 0 { Some(chars[ci - 1].1) } else { None };
            let after = chars.get(ci + 1).map(|x| x.1);
            if c == '"' {
                match open {
                    None => {
                        if is_open_side(before, after) || (before.is_none() && after.is_some()) {
                            open = Some(pos);
                            single_open = None;
                        }
                    }
                    Some(o) => {
                        if ci == 0 && o < p.start {
                            // the repeated opening mark of a continued quote
                            continue;
                        }
                        if is_close_side(before, after) || after.is_none() {
                            push_quote(s, o, pos, &mut out);
                            open = None;
                        } else if is_open_side(before, after) {
                            // a stray: the earlier mark never closed; start over here
                            open = Some(pos);
                        }
                    }
                }
            } else if c == '\'' && open.is_none() {
                let word_inside = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                if word_inside {
                    continue;
                }
                match single_open {
                    None => {
                        if is_open_side(before, after) && after.is_some_and(char::is_alphabetic) {
                            single_open = Some(pos);
                        }
                    }
                    Some(o) => {
                        if is_close_side(before, after) {
                            push_quote(s, o, pos, &mut out);
                            single_open = None;
                        }
                    }
                }
            }
        }
        // A quote still open at the paragraph's end continues only if the next paragraph
        // opens with a mark; otherwise its closing mark is lost and so is the quote.
        if let Some(_o) = open {
            let next_opens = paras
                .get(pi + 1)
                .is_some_and(|n| s[n.start..].starts_with('"'));
            if !next_opens {
                open = None;
            }
        }
    }
    out.sort_by_key(|q| q.0.start);
    out
}

fn push_quote(s: &str, open: usize, close: usize, out: &mut Vec<(Span, Span)>) {
    let inner = &s[open + 1..close];
    let trimmed = inner.trim();
    if trimmed.len() < 2 || !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let lead = inner.len() - inner.trim_start().len();
    let span = Span::new(open + 1 + lead, open + 1 + lead + trimmed.len());
    {
        out.push((span, Span::new(open, close + 1)));
    }
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "He" | "She" | "they" | "They" | "it" | "It" | "I" | "we" | "We"
    )
}

/// Finds the attribution of the quote at `inner`/`outer`: after the closing mark first, then
/// before the opening mark, then a dash line under the quote ("- Bernie Sanders.").
fn attribution(
    text: &Text,
    ents: &[Mention],
    inner: Span,
    outer: Span,
    earlier: &[QuoteMention],
) -> Option<(String, Speaker)> {
    let after = after_quote(text, ents, inner, outer, earlier);
    if let Some((cue, sp)) = &after {
        // `Bamford said the tram sped up and "..." the Associated Press reports`: the person
        // named before the quote spoke; the agency after it only reports
        if is_media_credit(cue, sp, ents) {
            let before = before_quote(text, ents, inner, outer, earlier).filter(|(_, b)| {
                b.entity
                    .is_some_and(|e| ents[e].etype == EntityType::Person)
            });
            return before.or(after);
        }
    }
    after
        .or_else(|| before_quote(text, ents, inner, outer, earlier))
        .or_else(|| dash_line(text, ents, inner, outer, earlier))
}

/// Whether a token ends a sentence of attribution ("." but not the one of "Gen.").
fn ends_sentence(text: &Text, toks: &[usize], n: usize) -> bool {
    let w = text.token_text(toks[n]);
    match w {
        "!" | "?" | "\"" => true,
        // not "Gen.", nor "(D-Wis.)", nor a period followed by a lower-case word or a comma
        "." => {
            let next = toks.get(n + 1).map(|&i| text.token_text(i)).unwrap_or("");
            !(n > 0 && crate::words::is_abbreviation(text.token_text(toks[n - 1])))
                && !matches!(next, ")" | "," | ";")
                && !next.chars().next().is_some_and(char::is_lowercase)
        }
        _ => false,
    }
}

/// The tokens of the sentence before the opening mark at `outer` (from the start of the
/// sentence holding the mark or the token before it).
fn sentence_before(text: &Text, outer: Span) -> Vec<usize> {
    let toks = &text.tokens;
    let first_tok = toks.partition_point(|t| t.span.start < outer.start);
    let sentence_start = |i: usize| toks.get(i).map(|t| text.sentences[t.sentence].tokens.start);
    let sent_start = [
        first_tok.checked_sub(1).and_then(sentence_start),
        sentence_start(first_tok),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(first_tok);
    (sent_start..first_tok).collect()
}

/// A present participle of speech ("saying", "adding"): its subject is the sentence's.
fn is_participle(w: &str) -> bool {
    w.ends_with("ing") && is_cue(w)
}

/// The person an apposition names right after an attribution phrase: `, James Steyer,` in
/// "said Common Sense's CEO, James Steyer, warning..." and "Bruce Steinberg's sister, Tamara
/// Steinberg Jacobson, wrote". `rest` are the tokens after the phrase.
fn apposition_person(text: &Text, ents: &[Mention], rest: &[usize]) -> Option<usize> {
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
fn named_by_apposition(text: &Text, ents: &[Mention], sp: Speaker, rest: &[usize]) -> Speaker {
    let named = sp
        .entity
        .is_some_and(|e| ents[e].etype == EntityType::Person);
    match (named, apposition_person(text, ents, rest)) {
        (false, Some(e)) => Speaker {
            span: ents[e].span,
            entity: Some(e),
            refers_to: None,
        },
        _ => sp,
    }
}

/// A news organisation credited for a report ("..." the Associated Press reports): the speaker
/// only when no person is named before the quote ("the state-run SANA news agency reported").
fn is_media_credit(cue: &str, sp: &Speaker, ents: &[Mention]) -> bool {
    matches!(cue, "reports" | "reported" | "reporting")
        && sp
            .entity
            .is_none_or(|e| ents[e].etype != EntityType::Person)
}

/// `"...," said X`, `"...," X said`, `"...," X, a close adviser, told reporters`, `"...",
/// according to X`, `"..." ― Steve Quinlan`.
fn after_quote(
    text: &Text,
    ents: &[Mention],
    inner: Span,
    outer: Span,
    earlier: &[QuoteMention],
) -> Option<(String, Speaker)> {
    let toks = &text.tokens;
    let first_after = toks.partition_point(|t| t.span.start < outer.end);
    let para = paragraph_of(text, outer.end.saturating_sub(1));
    let pend = text.paragraphs[para].span.end;
    let all: Vec<usize> = (first_after..toks.len())
        .take_while(|&i| toks[i].span.start < pend)
        .take(30)
        .collect();
    // up to the end of the attribution's sentence (a quoted name inside it does not end it:
    // "X, wearing "Ted Cruz" pins, said")
    let end = (0..all.len())
        .find(|&n| text.token_text(all[n]) != "\"" && ends_sentence(text, &all, n))
        .unwrap_or(all.len());
    let after = &all[..end];
    let w = |i: usize| text.token_text(i);
    let mut k = 0;
    let mut dash = false;
    while k < after.len()
        && matches!(
            w(after[k]),
            "," | "-" | "\u{2014}" | "\u{2013}" | "\u{2015}"
        )
    {
        dash |= w(after[k]) != ",";
        k += 1;
    }
    if k >= after.len() {
        return None;
    }
    let t0 = w(after[k]);
    // "...," saying ...: the participle's subject is the sentence's, before the quote
    if is_participle(t0) {
        let before = sentence_before(text, outer);
        return sentence_subject(text, ents, &before, earlier, inner)
            .map(|sp| (t0.to_string(), sp));
    }
    // "..." ― Steve Quinlan: a signature after a dash
    if dash && !is_cue(t0) {
        let phrase = phrase_from(text, &after[k..]);
        let named = phrase
            .first()
            .is_some_and(|&i| w(i).chars().next().is_some_and(char::is_uppercase));
        if named && phrase.len() <= 5 {
            if let Some(sp) = speaker_in(text, ents, &phrase, earlier, inner) {
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
        if let Some(sp) = speaker_in(text, ents, &phrase, earlier, inner) {
            return Some((
                cue,
                named_by_apposition(text, ents, sp, &from[phrase.len()..]),
            ));
        }
        return None;
    }
    // X said / X, a close adviser to Trump, told: the first cue of the sentence, the subject
    // the phrase before its first comma (a name and its apposition)
    let j = (k + 1..after.len().min(k + 24)).find(|&j| is_cue(w(after[j])))?;
    let segment = &after[k..j];
    let head_end = segment
        .iter()
        .position(|&i| matches!(w(i), "," | "(" | "\u{2014}"))
        .unwrap_or(segment.len());
    let head = &segment[..head_end];
    if let Some(sp) = speaker_in(text, ents, head, earlier, inner) {
        let sp = named_by_apposition(text, ents, sp, &segment[head_end..]);
        return Some((w(after[j]).to_string(), sp));
    }
    // "..." federal prosecutors wrote: a short noun phrase between the quote and its cue
    let nounish = |i: usize| {
        let t = w(i);
        text.tokens[i].kind == TokenKind::Word
            && !(t.ends_with("ed") || t.ends_with("ing") || t.ends_with("ly"))
            && !is_function_word(&t.to_lowercase())
    };
    if !head.is_empty()
        && head.len() <= 4
        && head.len() == segment.len()
        && head.iter().all(|&i| nounish(i))
    {
        return Some((
            w(after[j]).to_string(),
            Speaker {
                span: trim_phrase(text, head),
                entity: None,
                refers_to: None,
            },
        ));
    }
    None
}

/// `X said: "..."`, `X, speaking to Iowans, said, "..."`, `Said Comey, "..."`, `Republican
/// pollster Daron Shaw: "..."`, `X described it as the "..."`.
fn before_quote(
    text: &Text,
    ents: &[Mention],
    inner: Span,
    outer: Span,
    earlier: &[QuoteMention],
) -> Option<(String, Speaker)> {
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
            if let Some(sp) = speaker_in(text, ents, &phrase, earlier, inner) {
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
                if let Some(sp) = speaker_in(text, ents, &before[s..pc], earlier, inner) {
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
            if let Some(sp) = sentence_subject(text, ents, &whole[..upto], earlier, inner) {
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
            if let Some(sp) = speaker_in(text, ents, &before[ci - 1..ci], earlier, inner) {
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
            if let Some(sp) = speaker_in(text, ents, &phrase, earlier, inner) {
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
            if let Some(sp) = speaker_in(text, ents, &phrase, earlier, inner) {
                return Some((cue, sp));
            }
        }
        // "Lazar said he welcomed it and added, "...", "Clinton tweeted congratulations,
        // adding "...": the sentence's subject
        if let Some(sp) = sentence_subject(text, ents, &before[..ci], earlier, inner) {
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
        if let Some(sp) = sentence_subject(text, ents, &before[..before.len() - 1], earlier, inner)
        {
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
        if let Some(sp) = speaker_in(text, ents, phrase, earlier, inner) {
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
        if let Some(sp) = sentence_subject(text, ents, &before[..end], earlier, inner) {
            return Some((":".to_string(), sp));
        }
    }
    None
}

/// Words that open an adverbial phrase before a sentence's subject.
fn is_lead_word(l: &str) -> bool {
    matches!(
        l,
        "at" | "as"
            | "in"
            | "on"
            | "after"
            | "before"
            | "when"
            | "while"
            | "during"
            | "since"
            | "later"
            | "earlier"
            | "meanwhile"
            | "however"
            | "still"
            | "then"
            | "for"
            | "with"
            | "by"
            | "from"
            | "if"
            | "although"
            | "though"
            | "because"
            | "despite"
            | "also"
            | "but"
            | "and"
            | "so"
            | "yet"
            | "instead"
            | "now"
            | "today"
            | "yesterday"
            | "asked"
            | "speaking"
            | "of"
            | "to"
            | "under"
            | "like"
            | "unlike"
            | "once"
    )
}

/// The subject of the sentence `toks`: its first words up to a comma or a verb-like word,
/// read as a speaker (a name, a pronoun, an organisation, a description).
fn sentence_subject(
    text: &Text,
    ents: &[Mention],
    toks: &[usize],
    earlier: &[QuoteMention],
    inner: Span,
) -> Option<Speaker> {
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
        return speaker_in(text, ents, &toks[..1], earlier, inner);
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
    speaker_in(text, ents, &toks[..head_end], earlier, inner)
}

/// A quote that ends its paragraph, signed on the next line: `"..."` / `- Bernie Sanders.`
fn dash_line(
    text: &Text,
    ents: &[Mention],
    inner: Span,
    outer: Span,
    earlier: &[QuoteMention],
) -> Option<(String, Speaker)> {
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
    speaker_in(text, ents, &phrase, earlier, inner).map(|sp| ("-".to_string(), sp))
}

/// Tokens from the start of `toks` up to the end of the phrase; the period of an abbreviated
/// title ("Gen.") does not end it.
fn phrase_from(text: &Text, toks: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for (n, &i) in toks.iter().enumerate() {
        let w = text.token_text(i);
        let abbrev_period =
            w == "." && n > 0 && crate::words::is_abbreviation(text.token_text(toks[n - 1]));
        if ends_phrase(w) && !abbrev_period {
            break;
        }
        out.push(i);
    }
    out
}

fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "," | "."
            | ";"
            | ":"
            | "\""
            | "!"
            | "?"
            | "("
            | ")"
            | "that"
            | "who"
            | "whose"
            | "which"
            | "where"
            | "referring"
            | "adding"
            | "noting"
            | "using"
            | "declaring"
            | "as"
            | "in"
            | "on"
            | "after"
            | "while"
    )
}

/// The speaker inside a phrase of attribution tokens: a person named there, else a pronoun
/// (resolved backwards), else an organisation, else the phrase itself ("the military source").
fn speaker_in(
    text: &Text,
    ents: &[Mention],
    phrase: &[usize],
    earlier: &[QuoteMention],
    quote: Span,
) -> Option<Speaker> {
    if phrase.is_empty() || phrase.len() > 9 {
        return None;
    }
    let ps = Span::new(
        text.tokens[phrase[0]].span.start,
        text.tokens[phrase[phrase.len() - 1]].span.end,
    );
    // "Bruce Steinberg's sister", "Common Sense's CEO": the possessor is not the speaker
    let possessor = |e: usize| {
        let rest = text.norm().get(ents[e].span.end..).unwrap_or("");
        rest.starts_with("'s") || rest.starts_with("\u{2019}s") || rest.starts_with("' ")
    };
    let inside: Vec<usize> = (0..ents.len())
        .filter(|&e| ps.contains(&ents[e].span) && !possessor(e))
        .collect();
    // "the former top aide to President George W. Bush": the person after a preposition is not
    // the speaker, the description is
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
    if let Some(&e) = inside
        .iter()
        .rev()
        .find(|&&e| ents[e].etype == EntityType::Person && !(starts_det && after_prep(e)))
    {
        return Some(Speaker {
            span: ents[e].span,
            entity: Some(e),
            refers_to: None,
        });
    }
    if phrase.len() == 1 && is_pronoun(text.token_text(phrase[0])) {
        let span = text.tokens[phrase[0]].span;
        let p = text.token_text(phrase[0]).to_lowercase();
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
            return Some(Speaker {
                span,
                entity: prev.and_then(|sp| sp.entity),
                refers_to: prev.and_then(|sp| sp.refers_to.or(Some(sp.span))),
            });
        }
        // "The source added ... "fierce resistance." / "Some of them will fight," he said.":
        // a quote's pronoun refers to the speaker of the quote just before when no person is
        // named after that quote
        let last_person = ents
            .iter()
            .rposition(|m| m.etype == EntityType::Person && m.span.end <= quote.start);
        let para = paragraph_of(text, quote.start);
        let last_quote = earlier.iter().rev().find(|q| q.speaker.is_some());
        if let Some(q) = last_quote.filter(|q| {
            paragraph_of(text, q.span.start) + 2 >= para
                && last_person.is_none_or(|p| ents[p].span.start < q.span.start)
        }) {
            if let Some(sp) = &q.speaker {
                let described = sp.entity.is_none();
                let person = sp
                    .entity
                    .is_some_and(|e| ents[e].etype == EntityType::Person);
                if described || person {
                    return Some(Speaker {
                        span,
                        entity: sp.entity,
                        refers_to: if described {
                            sp.refers_to.or(Some(sp.span))
                        } else {
                            None
                        },
                    });
                }
            }
        }
        return Some(Speaker {
            span,
            entity: antecedent(ents, earlier, quote.start),
            refers_to: None,
        });
    }
    if let Some(&e) = inside
        .iter()
        .rev()
        .find(|&&e| ents[e].etype == EntityType::Org)
    {
        // "the state-run SANA news agency reported": the phrase is the mention, SANA the entity
        return Some(Speaker {
            span: trim_phrase(text, phrase),
            entity: Some(e),
            refers_to: None,
        });
    }
    // a description: a noun phrase with a content word ("the military source", "a White House
    // official", "officials", "Syrian state media"), not a verb phrase ("were killed")
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
    if has_word && noun_phrase && phrase.len() <= 6 {
        return Some(Speaker {
            span: trim_phrase(text, phrase),
            entity: None,
            refers_to: None,
        });
    }
    None
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "also"
            | "then"
            | "so"
            | "yet"
            | "it"
            | "this"
            | "that"
            | "which"
            | "who"
            | "later"
            | "had"
            | "has"
            | "have"
    )
}

/// The phrase without leading conjunctions and punctuation ("and the ISIS" -> "the ISIS").
fn trim_phrase(text: &Text, phrase: &[usize]) -> Span {
    let mut a = 0;
    while a + 1 < phrase.len() && {
        let w = text.token_text(phrase[a]).to_lowercase();
        is_function_word(&w) || is_lead_word(&w) || text.tokens[phrase[a]].kind == TokenKind::Punct
    } {
        a += 1;
    }
    Span::new(
        text.tokens[phrase[a]].span.start,
        text.tokens[phrase[phrase.len() - 1]].span.end,
    )
}

/// The person a pronoun points back to: the speaker of the latest earlier quote or the latest
/// person named, whichever comes last before `pos`.
fn antecedent(ents: &[Mention], earlier: &[QuoteMention], pos: usize) -> Option<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Recognizer;

    fn quotes(s: &str) -> Vec<(String, QuoteKind, Option<String>)> {
        let t = Text::new(s);
        let ents = crate::ner::ModelRecognizer::new()
            .expect("model")
            .recognize(&t);
        RuleQuotes
            .extract(&t, &ents)
            .into_iter()
            .map(|q| {
                (
                    t.slice(q.span).to_string(),
                    q.kind,
                    q.speaker.map(|s| t.slice(s.span).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn attributions() {
        use QuoteKind::*;
        let cases: &[(&str, &[(&str, QuoteKind, Option<&str>)])] = &[
            ("\"We will win this war,\" said Gen. Ali Mayhoub, referring to ISIS.", &[("We will win this war,", Full, Some("Ali Mayhoub"))]),
            ("\u{201C}Our forces retook the crossing,\u{201D} Duleimi said.", &[("Our forces retook the crossing,", Full, Some("Duleimi"))]),
            ("Mayhoub described it as the \"last phase\" of the campaign.", &[("last phase", Partial, Some("Mayhoub"))]),
            ("\"It is over now,\" he said.", &[("It is over now,", Full, Some("he"))]),
            ("It is Daesh's and the Shi'ite militias' fight.", &[]),
            ("Using a technique called \u{2018}microlensing\u{2019} the team found planets.", &[("microlensing", Partial, None)]),
            ("\"Some of them will fight,\" he said. \"It is besieged\nThe defeat means the end,\" the source said.", &[("Some of them will fight,", Full, Some("he"))]),
        ];
        for (input, want) in cases {
            let got = quotes(input);
            let want: Vec<(String, QuoteKind, Option<String>)> = want
                .iter()
                .map(|(q, k, s)| (q.to_string(), *k, s.map(|x| x.to_string())))
                .collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let got = quotes("\"First part of it.\n\"Second part of it,\" said Dillon.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].0.starts_with("First part") && got[0].0.ends_with("of it,"),
            "{got:?}"
        );
    }
}
