//! Small closed word lists the rules rely on, one file a kind: [`common`] (abbreviations that
//! do not end a sentence, glued participles, capitalised common words), [`places`] (countries,
//! place heads, demonyms), [`orgs`] (organisation heads and short forms), [`people`] (titles,
//! suffixes, name connectors), [`calendar`] (months and weekdays) and [`speech`] (verbs of
//! attribution). They are closed classes of English news style (AP and Reuters style guides
//! list the titles and abbreviations), not open vocabularies: open vocabularies belong in
//! trained models and generated tables.
//!
//! The lists every layer asks by name are re-exported here (`crate::words::is_title`).

pub mod calendar;
pub mod common;
pub mod orgs;
pub mod people;
pub mod places;
pub mod speech;

pub use calendar::{is_calendar_word, is_month_abbreviation, is_weekday_abbreviation};
pub use common::{
    is_abbreviation, is_capitalised_common, is_glued_participle, singular, GLUED_PARTICIPLES,
};
pub use orgs::{is_org, ORGS, ORG_HEADS};
pub use people::{
    is_arabic_article, is_generation_suffix, is_name_connector, is_person_title, is_title,
    GENERATION_SUFFIXES, TITLES,
};
pub use places::{is_demonym, is_known_name, is_place, DEMONYMS, PLACES, PLACE_HEADS};
