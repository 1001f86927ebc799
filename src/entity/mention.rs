//! Entity mentions: people, organisations, places, groups.
//!
//! [`Recognizer`] is the interface the pipeline calls; the implementation is the trained tagger
//! of [`crate::ner`] ([`crate::ner::ModelRecognizer`]).

use crate::text::{Span, Text};
use serde::{Deserialize, Serialize};

/// Entity types of the analysis document (`crossread/1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Place,
    /// Nationalities, religious and political groups ("Syrian", "Kurdish", "Shi'ite").
    Group,
    Misc,
}

impl EntityType {
    /// Every type, in declaration order: `ALL[t as usize] == t`, for tallies indexed by type.
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Place,
        EntityType::Group,
        EntityType::Misc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Group => "GROUP",
            EntityType::Misc => "MISC",
        }
    }
}

/// One mention, as a span of the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub etype: EntityType,
    /// Typed by direct evidence (a title, a list, a head word) rather than by default.
    pub confident: bool,
}

/// Finds entity mentions in a text. Implementations must return mentions sorted by start,
/// non-overlapping, each span inside the text.
pub trait Recognizer: Send + Sync {
    fn recognize(&self, text: &Text) -> Vec<Mention>;
}
