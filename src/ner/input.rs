//! What the tagger reads: the text's tokens per sentence, cut as CoNLL-2003 cuts them (a
//! possessive "'s" split off, a name split from a hyphenated modifier or another place, an
//! initial and its period kept together).

use crate::text::TokenKind;
use crate::text::{Span, Text};

/// The tagger's tokens of a text: the text's tokens, with a possessive "'s" split off as
/// CoNLL-2003 (Penn Treebank) tokenisation does, and a name split from a hyphenated modifier
/// ("US-led", "ISIS-held", "Russian-backed": the name is the entity, not the compound) or from
/// another place ("Iraq-Syria").
pub(super) fn tagger_tokens(text: &Text) -> Vec<Vec<Span>> {
    let mut out = Vec::with_capacity(text.sentences.len());
    for sent in &text.sentences {
        let mut spans = Vec::with_capacity(sent.tokens.len() + 2);
        let toks = &text.tokens[sent.tokens.clone()];
        let mut skip = false;
        for (i, tok) in toks.iter().enumerate() {
            if std::mem::take(&mut skip) {
                continue;
            }
            let w = text.slice(tok.span);
            if tok.kind != TokenKind::Word {
                spans.push(tok.span);
                continue;
            }
            // an initial keeps its period, as CoNLL writes it ("Joseph T. Deters", "J. K.
            // Rowling"): apart, the period reads as the end of the name
            if let Some(dot) = initial_period(text, toks, i) {
                spans.push(Span::new(tok.span.start, dot.end));
                skip = true;
                continue;
            }
            // the possessive of an irregular plural stays in its name: "People's Republic",
            // "Children's Hospital", "Women's March" (a plural of persons owns nothing in a
            // person's or a firm's name, so it is never a name's possessive ending)
            let plural = matches!(
                w.get(..w.len().saturating_sub(2))
                    .map(str::to_lowercase)
                    .as_deref(),
                Some("people" | "children" | "women" | "men")
            );
            let (word, possessive) =
                match !plural && w.len() > 2 && (w.ends_with("'s") || w.ends_with("'S")) {
                    true => (Span::new(tok.span.start, tok.span.end - 2), true),
                    false => (tok.span, false),
                };
            split_compound(text, word, &mut spans);
            if possessive {
                spans.push(Span::new(word.end, tok.span.end));
            }
        }
        out.push(spans);
    }
    out
}

/// The letter a word is made of, when it is one capital letter alone ("T", "B").
pub(super) fn lone_capital(w: &str) -> Option<char> {
    let mut cs = w.chars();
    cs.next()
        .filter(|c| c.is_uppercase() && cs.next().is_none())
}

/// The period right after token `i` when that token is a capital letter alone and the next
/// word is capitalised: an initial in a name.
pub(super) fn initial_period(text: &Text, toks: &[crate::text::Token], i: usize) -> Option<Span> {
    let one_capital = lone_capital(text.slice(toks[i].span)).is_some();
    let dot = toks
        .get(i + 1)
        .filter(|d| d.span.start == toks[i].span.end && text.slice(d.span) == ".")?;
    let next = toks.get(i + 2)?;
    (one_capital
        && next.kind == TokenKind::Word
        && text.slice(next.span).starts_with(char::is_uppercase))
    .then_some(dot.span)
}

/// Modifiers news glues to a name with a hyphen.
pub(super) const NAME_MODIFIERS: &[&str] = &[
    "led",
    "backed",
    "based",
    "held",
    "controlled",
    "run",
    "born",
    "allied",
    "linked",
    "owned",
    "funded",
    "sponsored",
    "dominated",
    "occupied",
    "made",
    "style",
    "bound",
    "registered",
];

/// Pushes `w`, split at its last hyphen where that separates a capitalised name from a
/// modifier or two capitalised place names.
pub(super) fn split_compound(text: &Text, w: Span, out: &mut Vec<Span>) {
    let s = text.slice(w);
    if let Some(h) = s.rfind('-') {
        let (head, tail) = (&s[..h], &s[h + 1..]);
        let capital = |x: &str| x.chars().next().is_some_and(char::is_uppercase);
        // a participle or adjective suffix in lower case is a modifier too ("Visual
        // Core-deprived", "Trump-inspired", "Netflix-like", "Brexit-era")
        let participle = tail.len() > 4
            && tail.chars().all(|c| c.is_ascii_lowercase())
            && (tail.ends_with("ed") || tail.ends_with("ing"));
        let suffix = matches!(
            tail,
            "like" | "free" | "friendly" | "only" | "era" | "themed"
        );
        let modifier = capital(head) && (NAME_MODIFIERS.contains(&tail) || participle || suffix);
        let places = capital(head)
            && capital(tail)
            && [head, tail].iter().all(|p| {
                crate::words::is_place(p)
                    || crate::aliases::group(&crate::names::spelling_key(p)).is_some()
            });
        if modifier || places {
            out.push(Span::new(w.start, w.start + h));
            out.push(Span::new(w.start + h, w.start + h + 1));
            out.push(Span::new(w.start + h + 1, w.end));
            return;
        }
    }
    out.push(w);
}
