//! The context every attribution step reads: one quote and the article around it.

use super::item::QuoteMention;
use crate::entity::Mention;
use crate::text::{Span, Text};

/// One quote being attributed: the article's text and entity mentions, the quote's words
/// (`inner`, without marks) and marks (`outer`), and the quotes found before it in the article
/// (a pronoun's antecedent may be an earlier quote's speaker).
#[derive(Clone, Copy)]
pub(super) struct Cx<'a> {
    pub(super) text: &'a Text,
    pub(super) ents: &'a [Mention],
    pub(super) inner: Span,
    pub(super) outer: Span,
    pub(super) earlier: &'a [QuoteMention],
}

pub(super) fn paragraph_of(text: &Text, pos: usize) -> usize {
    text.paragraphs
        .partition_point(|p| p.span.end <= pos)
        .min(text.paragraphs.len().saturating_sub(1))
}
