//! Entities: the names of people, organisations, places, groups and other things, from the
//! tagger's mentions to the story's rows.
//!
//! - [`mention`]: entity types, mentions and the [`Recognizer`] interface the tagger
//!   ([`crate::ner`]) implements;
//! - [`coref`]: an article's mentions grouped into its entities;
//! - [`align`]: the entities of all sources aligned into the story's entities;
//! - [`rows`]: the story entities named, typed and flagged;
//! - [`joins`]: the rules by which a short name joins a longer one (a surname its full name, an
//!   acronym its expansion), which the article and the story both apply.

pub mod align;
pub mod coref;
pub mod joins;
pub mod mention;
pub mod rows;

pub use mention::{EntityType, Mention, Recognizer};
