//! The trained entity tagger: an averaged structured perceptron (Collins 2002) over BILOU labels
//! with constrained Viterbi decoding, trained on CoNLL-2003 by `crossread train ner`
//! (`crate::tools::train`) and embedded in the binary and the .wasm as `data/ner.model` ([`model`]).
//!
//! [`ModelRecognizer`] runs it on an article: the text cut into the tagger's tokens
//! (`input.rs`), tagged, then mentions cut where names ran together (`cuts.rs`), joined where
//! one name was split (`joins.rs`), names the tagger misses added (`missed.rs`), and one type per
//! name (`types.rs`, with the type cues of `cues.rs`).

mod cues;
mod cuts;
pub use cues::{cue, speaks};
pub mod features;
pub mod gazetteers;
mod input;
mod joins;
pub mod labels;
mod missed;
pub mod model;
pub mod token;
mod types;

pub use model::{Model, ModelError, FORMAT_VERSION};

use crate::entity::{EntityType, Mention, Recognizer};
use crate::text::{Span, Text};
use input::tagger_tokens;
use joins::{generation_suffixes, join_demonym_orgs, join_name_connectors, letter_suffixes};
use missed::{
    listed_phrases, mastheads, model_numbers, site_names, speaker_names, storms, web_addresses,
};
use types::{harmonise, misc_type};

/// The [`Recognizer`] over the embedded model.
pub struct ModelRecognizer {
    model: &'static Model,
}

impl ModelRecognizer {
    pub fn new() -> Result<ModelRecognizer, ModelError> {
        Ok(ModelRecognizer {
            model: Model::embedded()?,
        })
    }
}

impl Recognizer for ModelRecognizer {
    fn recognize(&self, text: &Text) -> Vec<Mention> {
        let spans = tagger_tokens(text);
        // A headline in title case reads like a CoNLL headline in capitals: tag it in capitals,
        // so that its capitalised common words are not taken for names.
        let upper: Vec<Vec<String>> = text
            .sentences
            .iter()
            .zip(&spans)
            .map(|(s, sp)| {
                if text.paragraphs[s.paragraph].headline {
                    sp.iter().map(|&x| text.slice(x).to_uppercase()).collect()
                } else {
                    Vec::new()
                }
            })
            .collect();
        let sentences: Vec<Vec<&str>> = spans
            .iter()
            .zip(&upper)
            .map(|(sp, up)| {
                if up.is_empty() {
                    sp.iter().map(|&x| text.slice(x)).collect()
                } else {
                    up.iter().map(|s| s.as_str()).collect()
                }
            })
            .collect();
        let tags = self.model.tag(sentences);
        let mut out = Vec::new();
        for (sp, labels) in spans.iter().zip(&tags) {
            for (s, mut e, t) in labels::chunks(labels) {
                // a name never ends in the hyphen of a compound it opens ("Sanders-inspired")
                while e > s + 1 && text.slice(sp[e - 1]) == "-" {
                    e -= 1;
                }
                let span = Span::new(sp[s].start, sp[e - 1].end);
                let etype = match t {
                    0 => EntityType::Person,
                    1 => EntityType::Org,
                    2 => EntityType::Place,
                    _ => misc_type(text.slice(span)),
                };
                out.push(Mention {
                    span,
                    etype,
                    confident: true,
                });
            }
        }
        cuts::cut(text, &mut out);
        model_numbers(text, &mut out);
        letter_suffixes(text, &mut out);
        generation_suffixes(text, &mut out);
        site_names(text, &spans, &mut out);
        web_addresses(text, &mut out);
        storms(text, &mut out);
        join_demonym_orgs(text, &mut out);
        join_name_connectors(text, &mut out);
        speaker_names(text, &spans, &mut out);
        listed_phrases(text, &mut out);
        mastheads(text, &mut out);
        harmonise(text, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, EntityType)> {
        let t = Text::new(text);
        ModelRecognizer::new()
            .expect("model")
            .recognize(&t)
            .into_iter()
            .map(|m| (t.slice(m.span).to_string(), m.etype))
            .collect()
    }

    #[rustfmt::skip]
    #[test]
    fn names_the_tagger_stops_short_of() {
        // one line per case: text, a name it must hold, its type
        let cases: &[(&str, &str, EntityType)] = &[
            // a site by its address
            ("The boy fell, Cincinnati.com reported.", "Cincinnati.com", EntityType::Org),
            ("DailyMail.com has contacted her representatives.", "DailyMail.com", EntityType::Org),
            // a generation suffix ends a person's name
            ("Police said Joseph Comeaux Jr. escaped on Monday.", "Joseph Comeaux Jr.", EntityType::Person),
            // a capital letter alone ends a name
            ("In 1964 Malcolm X spoke in Harlem.", "Malcolm X", EntityType::Person),
            ("It will show its next Galaxy S handsets in Barcelona.", "Galaxy S", EntityType::Misc),
            ("The tunnel near the Queens Plaza E and M train stop was shut.", "Queens Plaza", EntityType::Place),
            // a modifier glued with a hyphen is no part of the name
            ("Hundreds joined a Sanders-inspired rally in Ohio.", "Sanders", EntityType::Person),
            // an initial keeps its period and the name goes on after it
            ("Prosecutor Joseph T. Deters said in a statement.", "Joseph T. Deters", EntityType::Person),
            ("Captain James T. Kirk, as played by William Shatner.", "James T. Kirk", EntityType::Person),
            // a newspaper named after its city
            ("Thurman told The New York Times on Monday.", "New York Times", EntityType::Org),
            ("He told Florida Today that the hotel was full.", "Florida Today", EntityType::Org),
            ("It was in the Washington Post last week.", "Washington Post", EntityType::Org),
            // a storm with its kind
            ("Hurricane Harvey blocked the road.", "Hurricane Harvey", EntityType::Misc),
            // a party named by its members
            ("Her center-right Christian Democrats have agreed.", "Christian Democrats", EntityType::Org),
            // a product with its model number, tier and plus
            ("Google makes the Pixel 2 XL phone.", "Pixel 2 XL", EntityType::Misc),
            ("It runs Google's HDR+ algorithm.", "HDR+", EntityType::Misc),
            // a country's official name keeps its possessive plural
            ("The rocket of the Democratic People's Republic of Korea flew.", "Democratic People's Republic of Korea", EntityType::Place),
        ];
        for &(text, name, etype) in cases {
            let n = names(text);
            assert!(n.contains(&(name.to_string(), etype)), "{text}: {n:?}");
        }
        // a count after a place is no model number
        let n = names("In Raqqa 10 people died.");
        assert!(n.iter().all(|(s, _)| !s.contains("10")), "{n:?}");
    }

    #[test]
    fn splits_possessives_and_types_groups() {
        let n =
            names("The Syrian army said Bashar al-Assad's forces entered Deir ez-Zor on Friday.");
        assert!(n.contains(&("Syrian".into(), EntityType::Group)), "{n:?}");
        assert!(
            n.contains(&("Bashar al-Assad".into(), EntityType::Person)),
            "{n:?}"
        );
        assert!(
            n.contains(&("Deir ez-Zor".into(), EntityType::Place)),
            "{n:?}"
        );
    }

    #[test]
    fn an_event_named_by_its_country_is_one_name() {
        let n = names("Hamilton drove at his brilliant best to win the Brazilian Grand Prix for the first time.");
        assert!(
            n.iter()
                .any(|(t, e)| t == "Brazilian Grand Prix" && *e == EntityType::Misc),
            "{n:?}"
        );
    }
}
