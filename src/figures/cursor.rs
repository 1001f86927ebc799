//! The reading position every figure reader shares: one sentence's tokens, their texts, and
//! the article's own date for dates written without a year. Readers take a `Cx` and a token
//! index and say what figure, if any, starts there; the amount grammar builds an [`Amount`] from
//! a [`Quantity`] here.

use super::mention::{FigureKind, FigureMention, Qualifier};
use crate::text::{Span, Text, TokenKind};

/// An amount being read.
#[derive(Debug, Clone)]
pub struct Amount {
    /// The first token: a comparison phrase, a currency sign, or the number.
    pub start: usize,
    /// The number's first token.
    pub k: usize,
    /// The token after the amount read so far.
    pub next: usize,
    pub low: f64,
    pub high: f64,
    pub kind: FigureKind,
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    /// A vague quantity ("dozens", "a few"): an interval, qualifier `about`.
    pub vague: bool,
    /// A part of a whole ("a third", "1/4").
    pub fraction: bool,
    /// A scale word follows the number ("6.6 million", "5bn").
    pub scaled: bool,
    /// A currency sign or code was written before the number.
    pub sign_before: bool,
    /// A decimal point before the first token belongs to the number (".23456").
    pub dot_before: bool,
}

/// A quantity at `k`: a vague amount or a number, and whether a scale word was read.
pub struct Quantity {
    pub low: f64,
    pub high: f64,
    pub end: usize,
    pub vague: bool,
    pub fraction: bool,
    pub scaled: bool,
}

pub struct Cx<'t> {
    pub text: &'t Text,
    /// Indexes into `text.tokens` of the sentence's tokens.
    pub toks: Vec<usize>,
    /// The tokens' texts.
    pub words: Vec<&'t str>,
    /// The year of the article's date line, the reference for "Dec. 28".
    pub year: Option<u32>,
}

impl<'t> Cx<'t> {
    pub fn new(text: &'t Text, toks: Vec<usize>, year: Option<u32>) -> Self {
        let words = toks.iter().map(|&t| text.token_text(t)).collect();
        Cx {
            text,
            toks,
            words,
            year,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or "" past either end.
    pub fn word(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Token `i` lower-cased.
    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Whether token `i` is `w`, in any case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is one of `ws`, in any case.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// Whether token `i` starts with a capital letter.
    pub fn cap(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` starts with a lower-case letter.
    pub fn low_word(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|&t| self.text.tokens[t].kind)
    }

    /// Whether token `i` touches token `i - 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        i > 0
            && i < self.len()
            && self.text.tokens[self.toks[i - 1]].span.end
                == self.text.tokens[self.toks[i]].span.start
    }

    /// The span of tokens `a..b` (b > a).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(
            self.text.tokens[self.toks[a]].span.start,
            self.text.tokens[self.toks[b - 1]].span.end,
        )
    }

    /// A figure over tokens `a..b` with nothing counted.
    #[allow(clippy::too_many_arguments)]
    pub fn figure(
        &self,
        a: usize,
        b: usize,
        kind: FigureKind,
        low: f64,
        high: f64,
        unit: Option<&'static str>,
        qualifier: Qualifier,
    ) -> FigureMention {
        FigureMention {
            span: self.span(a, b),
            kind,
            low,
            high,
            unit,
            qualifier,
            about: None,
            event: None,
            time: None,
        }
    }

    /// An exact one-value figure over tokens `a..b`.
    pub fn exact(
        &self,
        a: usize,
        b: usize,
        kind: FigureKind,
        v: f64,
        unit: Option<&'static str>,
    ) -> FigureMention {
        self.figure(a, b, kind, v, v, unit, Qualifier::Exact)
    }
}

/// What a reader found at a token.
pub enum Step {
    /// A figure, and the token after it.
    Figure(FigureMention, usize),
    /// No figure here, and none inside tokens up to this one ("Falcon 9", a link).
    Skip(usize),
}

/// A reader of one shape of figure.
pub type Reader = fn(&Cx, usize) -> Option<Step>;
