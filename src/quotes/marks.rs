//! Quote marks paired into quotes. The text layer has already normalised the marks (curly,
//! doubled and angle marks become `"` and `'`), so a mark's side tells what it does: an opening
//! mark follows a space, a closing mark precedes one, an apostrophe sits inside a word. A quote
//! runs across paragraphs the way news style writes it (the opening mark repeats at each
//! paragraph start, only the last closes); a quote whose marks do not balance is dropped
//! without touching the rest.

use super::QuoteKind;
use crate::text::{Span, Text};

/// Full quotes open with a capital (a sentence of speech) and run three words or more, or run
/// long enough to be a clause whatever their first letter.
pub(super) fn classify(q: &str) -> QuoteKind {
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

pub(super) fn is_open_side(before: Option<char>, after: Option<char>) -> bool {
    let b_ok = before.is_none_or(|c| c.is_whitespace() || "([{-\u{2013}\u{2014}/:".contains(c));
    let a_ok = after.is_some_and(|c| !c.is_whitespace());
    b_ok && a_ok
}

pub(super) fn is_close_side(before: Option<char>, after: Option<char>) -> bool {
    let b_ok = before.is_some_and(|c| !c.is_whitespace());
    let a_ok = after.is_none_or(|c| !c.is_alphanumeric());
    b_ok && a_ok
}

/// Finds quoted spans: (inner span without marks, outer span with marks).
pub(super) fn find_quote_spans(text: &Text) -> Vec<(Span, Span)> {
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

pub(super) fn push_quote(s: &str, open: usize, close: usize, out: &mut Vec<(Span, Span)>) {
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
