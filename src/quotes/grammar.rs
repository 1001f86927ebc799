//! The word classes and token helpers attribution reads: pronouns, participles of speech, the
//! words that open an adverbial phrase or end a noun phrase, the end of a sentence of
//! attribution, and the phrase of tokens a speaker is looked for in. Speech verbs themselves are
//! [`crate::words::speech`]'s, shared with the tagger.

use crate::text::{Span, Text, TokenKind};
use crate::words::speech::is_cue;

pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "He" | "She" | "they" | "They" | "it" | "It" | "I" | "we" | "We"
    )
}

/// A present participle of speech ("saying", "adding"): its subject is the sentence's.
pub(super) fn is_participle(w: &str) -> bool {
    w.ends_with("ing") && is_cue(w)
}

/// Words that open an adverbial phrase before a sentence's subject.
pub(super) fn is_lead_word(l: &str) -> bool {
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

pub(super) fn ends_phrase(w: &str) -> bool {
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

pub(super) fn is_function_word(w: &str) -> bool {
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

/// Whether a token ends a sentence of attribution ("." but not the one of "Gen.").
pub(super) fn ends_sentence(text: &Text, toks: &[usize], n: usize) -> bool {
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
pub(super) fn sentence_before(text: &Text, outer: Span) -> Vec<usize> {
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

/// Tokens from the start of `toks` up to the end of the phrase; the period of an abbreviated
/// title ("Gen.") does not end it.
pub(super) fn phrase_from(text: &Text, toks: &[usize]) -> Vec<usize> {
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

/// The phrase without leading conjunctions and punctuation ("and the ISIS" -> "the ISIS").
pub(super) fn trim_phrase(text: &Text, phrase: &[usize]) -> Span {
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
