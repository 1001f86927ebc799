//! The per-article pipeline: text → normalised view → entities, figures, quotes → one
//! [`Article`] whose spans are byte ranges of the original text.
//!
//! It runs in two steps so that a story's articles can share what they found:
//! [`Pipeline::tag`] finds each article's names on its own; [`Pipeline::finish`] adds where the
//! article writes untagged a name the story tags elsewhere ([`crate::propagate`]), then groups
//! the mentions and extracts figures and quotes.
//!
//! Each extractor sits behind its trait ([`Recognizer`], [`FigureExtractor`],
//! [`QuoteExtractor`]) so a better one replaces it without touching the rest. This module also
//! groups an article's mentions into its entities (within-article coreference of names: "Dillon"
//! after "Ryan Dillon", "PMF" after "Popular Mobilisation Forces (PMF)", "ISIS" = "Daesh").

use crate::entity::coref::cluster;
pub use crate::entity::coref::LocalEntity;
use crate::entity::{EntityType, Mention, Recognizer};
use crate::figures::{FigureExtractor, FigureKind, Qualifier, RuleFigures};
use crate::propagate::Known;
use crate::quotes::{QuoteExtractor, QuoteKind, RuleQuotes};
use crate::text::{Span, Text};
use crate::Error;

/// Longest article accepted, in bytes: ten times a long-form feature; a paste beyond it is a
/// mistake (a whole site dump), and would freeze the page.
pub const MAX_ARTICLE_BYTES: usize = 2_000_000;

/// An entity mention, with the index of its entity within the article.
#[derive(Clone, Debug)]
pub struct EntityMention {
    pub span: Span,
    pub etype: EntityType,
    pub entity: usize,
}

#[derive(Clone, Debug)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    pub low: f64,
    pub high: f64,
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    pub about: Option<String>,
    /// The event or state the figure's clause reports ("killed", "injured", "fell").
    pub event: Option<std::borrow::Cow<'static, str>>,
    /// The time its clause places it at ("thursday", "in 2014", "so far").
    pub time: Option<String>,
}

#[derive(Clone, Debug)]
pub struct SpeakerRef {
    pub span: Span,
    /// The article entity the speaker resolves to.
    pub entity: Option<usize>,
    /// For a pronoun resolved to a description ("it" → "Syrian state media"): its span.
    pub refers_to: Option<Span>,
}

#[derive(Clone, Debug)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub speaker: Option<SpeakerRef>,
}

/// The analysis of one article. Spans are byte ranges of `text`.
#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub title: String,
    pub mentions: Vec<EntityMention>,
    pub entities: Vec<LocalEntity>,
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
    /// Sentence spans (original bytes), for finding passages shared across sources.
    pub sentences: Vec<Span>,
}

/// The extractors, each swappable.
pub struct Pipeline {
    pub entities: Box<dyn Recognizer>,
    pub figures: Box<dyn FigureExtractor>,
    pub quotes: Box<dyn QuoteExtractor>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            // The embedded model is fixed at build time and its loading is tested
            // (`ner::tests::embedded_model_loads`): it cannot fail on any input.
            entities: Box::new(
                crate::ner::ModelRecognizer::new().expect("embedded entity model loads"),
            ),
            figures: Box::new(RuleFigures),
            quotes: Box::new(RuleQuotes),
        }
    }
}

impl Pipeline {
    /// Analyses one article on its own: [`Pipeline::tag`], then [`Pipeline::finish`] with the
    /// names the article itself tags.
    pub fn analyze(&self, id: &str, raw: &str) -> Result<Article, Error> {
        let tagged = self.tag(id, raw)?;
        let known = Known::gather([(&tagged.text, &tagged.mentions[..])]);
        Ok(self.finish(tagged, &known))
    }

    /// The first step: the article's text view and the names its tagger finds. Fails only on
    /// input no reader would call an article: empty or whitespace-only text, or text beyond
    /// [`MAX_ARTICLE_BYTES`].
    pub fn tag(&self, id: &str, raw: &str) -> Result<Tagged, Error> {
        if raw.trim().is_empty() {
            return Err(Error::EmptyText { id: id.to_string() });
        }
        if raw.len() > MAX_ARTICLE_BYTES {
            return Err(Error::TooLong {
                id: id.to_string(),
                bytes: raw.len(),
                limit: MAX_ARTICLE_BYTES,
            });
        }
        let text = Text::new(raw);
        let mentions = self.entities.recognize(&text);
        Ok(Tagged {
            id: id.to_string(),
            text,
            mentions,
        })
    }

    /// The second step: the names `known` across the story spread to where this article
    /// writes them untagged ([`crate::propagate`]); then its entities, figures and quotes.
    pub fn finish(&self, tagged: Tagged, known: &Known) -> Article {
        let Tagged {
            id,
            text,
            mut mentions,
        } = tagged;
        known.spread(&text, &mut mentions);
        let (entities, membership) = cluster(&text, &mentions);
        let figures = self.figures.extract(&text);
        let quotes = self.quotes.extract(&text, &mentions);

        let orig = |sp: Span| text.to_original(sp);
        Article {
            title: title_of(text.original()),
            id,
            mentions: mentions
                .iter()
                .zip(&membership)
                .map(|(m, &e)| EntityMention {
                    span: orig(m.span),
                    etype: entities[e].etype,
                    entity: e,
                })
                .collect(),
            figures: figures
                .into_iter()
                .map(|f| Figure {
                    span: orig(f.span),
                    kind: f.kind,
                    low: f.low,
                    high: f.high,
                    unit: f.unit,
                    qualifier: f.qualifier,
                    about: f.about,
                    event: f.event,
                    time: f.time,
                })
                .collect(),
            quotes: quotes
                .into_iter()
                .map(|q| Quote {
                    span: orig(q.span),
                    kind: q.kind,
                    cue: q.cue,
                    speaker: q.speaker.map(|s| SpeakerRef {
                        span: orig(s.span),
                        entity: s.entity.map(|m| membership[m]),
                        refers_to: s.refers_to.map(orig),
                    }),
                })
                .collect(),
            entities,
            sentences: text.sentences.iter().map(|s| orig(s.span)).collect(),
            text: text.original().to_string(),
        }
    }
}

/// An article after [`Pipeline::tag`]: its text view and the names the tagger found.
pub struct Tagged {
    pub id: String,
    pub text: Text,
    pub mentions: Vec<Mention>,
}

/// The article's headline: the first non-empty line that reads like one, trimmed, at most 200
/// characters. Among the first three lines, a newspaper's name ("Sunday Star-Times": up to four
/// capitalised words ending in a masthead word) and a date line ("04/11/2017", "Sunday,
/// November 5, 2017") are passed over; with nothing else, the first line.
fn title_of(raw: &str) -> String {
    let lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.clone().next().unwrap_or("");
    let line = lines
        .take(3)
        .find(|l| !is_masthead_line(l) && !is_date_line(l))
        .unwrap_or(first);
    line.chars().take(200).collect()
}

/// A line that is a newspaper's name: "Sunday Star-Times", "The Washington Post".
fn is_masthead_line(line: &str) -> bool {
    use crate::words::orgs::{MASTHEADS, MASTHEAD_ENDS};
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let last = words
        .last()
        .map_or("", |w| w.rsplit('-').next().unwrap_or(w));
    (1..=4).contains(&words.len())
        && capitalised
        && (MASTHEADS.contains(&last) || MASTHEAD_ENDS.contains(&last))
}

/// A line that only dates the article: numbers, month and weekday names, bullets and
/// punctuation, with a digit somewhere ("• 04/11/2017", "Sunday, November 5, 2017").
pub(crate) fn is_date_line(line: &str) -> bool {
    let words = line.split(|c: char| c.is_whitespace() || c == ',');
    let dating = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // a clock time ("4:20am"), and the labels of a timestamp line ("Updated ...")
        let w = w
            .strip_suffix("am")
            .or_else(|| w.strip_suffix("pm"))
            .unwrap_or(w);
        w.is_empty()
            || w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.' | b':'))
            || crate::words::is_calendar_word(w)
            || crate::words::is_weekday_abbreviation(w)
            || matches!(
                w,
                "Updated"
                    | "Published"
                    | "Posted"
                    | "updated"
                    | "published"
                    | "posted"
                    | "at"
                    | "AM"
                    | "PM"
            )
    };
    line.contains(|c: char| c.is_ascii_digit()) && words.into_iter().all(dating)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn titles_pass_over_mastheads_and_dates() {
        for (text, want) in [
            ("Sunday Star-Times\n\nCaliphate reduced to crumbs\n\nBody.", "Caliphate reduced to crumbs"),
            ("The Washington Post\nTroops retake Qaim\nBody.", "Troops retake Qaim"),
            ("  • 04/11/2017\nIslamic State a shadow of its former self", "Islamic State a shadow of its former self"),
            ("Sunday, November 5, 2017\nIraq retakes Qaim", "Iraq retakes Qaim"),
            ("Iraq retakes Qaim\nSunday Star-Times", "Iraq retakes Qaim"),
            ("Post-war Iraq votes in the Times of change", "Post-war Iraq votes in the Times of change"),
            ("Sunday Star-Times", "Sunday Star-Times"),
            ("May 2018 election looms\nBody.", "May 2018 election looms"),
        ] {
            assert_eq!(title_of(text), want, "{text:?}");
        }
    }

    #[test]
    fn short_forms_join_full_names() {
        let a = Pipeline::default()
            .analyze(
                "t",
                "Spokesman Colonel Ryan Dillon spoke on Friday. Later Dillon said it was over.",
            )
            .unwrap();
        let dillon: Vec<&EntityMention> = a
            .mentions
            .iter()
            .filter(|m| a.text[m.span.start..m.span.end].contains("Dillon"))
            .collect();
        assert_eq!(dillon.len(), 2, "{:?}", a.mentions);
        assert_eq!(dillon[0].entity, dillon[1].entity);
        assert_eq!(a.entities[dillon[0].entity].name, "Ryan Dillon");
    }

    #[test]
    fn acronyms_join_their_expansion() {
        let a = Pipeline::default()
            .analyze(
                "t",
                "The Popular Mobilisation Forces (PMF) advanced. The PMF took the town.",
            )
            .unwrap();
        let e: Vec<&LocalEntity> = a
            .entities
            .iter()
            .filter(|e| e.name == "Popular Mobilisation Forces")
            .collect();
        assert_eq!(e.len(), 1, "{:?}", a.entities);
        assert_eq!(e[0].mentions, 3, "{:?}", a.entities);
    }

    #[test]
    fn rejects_empty_and_huge() {
        assert!(matches!(
            Pipeline::default().analyze("x", "  \n "),
            Err(Error::EmptyText { .. })
        ));
        let big = "a ".repeat(MAX_ARTICLE_BYTES);
        assert!(matches!(
            Pipeline::default().analyze("x", &big),
            Err(Error::TooLong { .. })
        ));
    }
}
