//! What the quote finder reports: a [`QuoteMention`], its [`QuoteKind`] and [`Speaker`].

use crate::text::Span;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
