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

use crate::entities::{EntityType, Mention, Recognizer};
use crate::figures::{FigureExtractor, FigureKind, Qualifier, RuleFigures};
use crate::names;
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

/// One entity of an article: all mentions of one thing.
#[derive(Clone, Debug)]
pub struct LocalEntity {
    /// The fullest form used in the article.
    pub name: String,
    pub etype: EntityType,
    /// Spelling-independent key of `name` (see [`names::key`]).
    pub key: String,
    /// Every distinct form as written in the original text, in order of first use, with its
    /// normalised form ("Deir elZour", "Deir el-Zour").
    pub forms: Vec<(String, String)>,
    /// Set when the text names an administrative area of that name ("Deir el-Zour province").
    pub admin: Option<&'static str>,
    pub mentions: usize,
    /// Mentions whose neighbours cue a type ("the Telegram app": MISC), by type index
    /// ([`EntityType`] order): evidence the story's type vote weighs above a tagger's guess.
    pub cues: [u32; 5],
    /// Mentions that speak ("Google said", "according to Reuters"): what speaks is a person or
    /// an organisation, whatever its neighbours make it sound like ([`crate::ner::speaks`]).
    pub agents: u32,
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

/// The first non-empty line, trimmed, at most 200 characters.
fn title_of(raw: &str) -> String {
    let line = raw
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    line.chars().take(200).collect()
}

/// Groups mentions into entities: same key and compatible type; a person's surname or given
/// name alone joins the full name written earlier; an acronym joins the name it abbreviates,
/// or the name it follows in brackets when it can abbreviate it ("TfL" after "Transport for
/// London"), and every later use of that short form joins the entity it was defined for; a
/// name glossed by another between commas ("Tiangong-1, or Heavenly Palace,") is one entity.
fn cluster(text: &Text, mentions: &[Mention]) -> (Vec<LocalEntity>, Vec<usize>) {
    let mut ents: Vec<LocalEntity> = Vec::new();
    // the words of each entity's name, kept beside it (names::words allocates)
    let mut ent_words: Vec<Vec<String>> = Vec::new();
    let mut member = Vec::with_capacity(mentions.len());
    // the mention before, and its entity
    let mut prev: Option<(Span, usize)> = None;
    for m in mentions {
        let surface = text.slice(m.span);
        // "Deir el-Zour province" is not the city of Deir el-Zour: a place followed by an
        // administrative noun is its own entity (the text tells them apart).
        let admin = (m.etype == EntityType::Place)
            .then(|| admin_area_after(text, m.span))
            .flatten();
        let key = match admin {
            Some(a) => format!("{}/{a}", names::key(surface)),
            None => names::key(surface),
        };
        let words = names::words(surface);
        // "Korean Central Television (KCTV)": a short form in brackets right after a name
        // that it abbreviates is defined as that name (Schwartz & Hearst 2003)
        let defined = prev
            .filter(|&(p, _): &(Span, usize)| {
                names::is_short_form(surface)
                    && text.norm().get(p.end..m.span.start) == Some(" (")
                    && text.norm()[m.span.end..].starts_with(')')
                    && names::abbreviates(surface, text.slice(p))
            })
            .map(|(_, i)| i)
            .or_else(|| {
                // "the Tiangong-1, or Heavenly Palace,", "Alternative for Germany, or AfD,":
                // a name glossed by another between commas
                // (two people so written are alternatives: "Smith, or Jones,")
                prev.filter(|&(p, _): &(Span, usize)| {
                    text.norm().get(p.end..m.span.start) == Some(", or ")
                        && text.norm()[m.span.end..].starts_with([',', ')', '.'])
                })
                .map(|(_, i)| i)
                .filter(|&i| {
                    !(ents[i].etype == EntityType::Person && m.etype == EntityType::Person)
                })
            });
        let found = defined
            .or_else(|| {
                ents.iter()
                    .position(|e| e.key == key && compatible(e.etype, m.etype))
            })
            .or_else(|| {
                // a short form already defined for an entity ("KCTV" after its definition)
                names::is_short_form(surface)
                    .then(|| {
                        ents.iter().position(|e| {
                            compatible(e.etype, m.etype) && e.forms.iter().any(|f| f.1 == surface)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Dillon" after "Ryan Dillon"; "Assad" after "Bashar al-Assad"; after
                // "Stephen Paddock" and "Eric Paddock", "Paddock" names neither for sure
                (m.etype == EntityType::Person && words.len() == 1)
                    .then(|| {
                        let mut ending =
                            ents.iter()
                                .zip(&ent_words)
                                .enumerate()
                                .filter(|(_, (e, ew))| {
                                    e.etype == EntityType::Person
                                        && ew.len() > 1
                                        && ew.last() == words.last()
                                });
                        match (ending.next(), ending.next()) {
                            (Some((i, _)), None) => Some(i),
                            _ => None,
                        }
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Kim" after "Kim Jong Un": a family name written first, or a given name,
                // joins the one full name it opens, when no full name ends with it
                let lone = m.etype == EntityType::Person && words.len() == 1;
                let person = |e: &LocalEntity, ew: &Vec<String>| {
                    e.etype == EntityType::Person && ew.len() > 1
                };
                (lone
                    && !ents
                        .iter()
                        .zip(&ent_words)
                        .any(|(e, ew)| person(e, ew) && ew.last() == words.last()))
                .then(|| {
                    let mut opened = ents
                        .iter()
                        .zip(&ent_words)
                        .enumerate()
                        .filter(|(_, (e, ew))| person(e, ew) && ew.first() == words.first());
                    // two full names it opens ("Kim Jong Un", "Kim Jong Il"): it names neither
                    match (opened.next(), opened.next()) {
                        (Some((i, _)), None) => Some(i),
                        _ => None,
                    }
                })
                .flatten()
            })
            .or_else(|| {
                names::is_acronym(surface)
                    .then(|| {
                        let ini = names::short_form_key(surface);
                        ents.iter().position(|e| {
                            e.etype != EntityType::Person
                                && e.name.contains(' ')
                                && names::initials(&e.name) == ini
                        })
                    })
                    .flatten()
            });
        let idx = match found {
            Some(i) => i,
            None => {
                let name = match admin {
                    Some(a) => format!("{surface} {a}"),
                    None => surface.to_string(),
                };
                ent_words.push(names::words(&name));
                ents.push(LocalEntity {
                    name,
                    etype: m.etype,
                    key,
                    forms: Vec::new(),
                    admin,
                    mentions: 0,
                    cues: [0; 5],
                    agents: 0,
                });
                ents.len() - 1
            }
        };
        let e = &mut ents[idx];
        e.mentions += 1;
        if let Some(t) = crate::ner::cue(text, m.span) {
            e.cues[t as usize] += 1;
        }
        e.agents += u32::from(crate::ner::speaks(text, m.span));
        let o = text.to_original(m.span);
        let written = &text.original()[o.start..o.end];
        if !e.forms.iter().any(|f| f.0 == written) {
            e.forms.push((written.to_string(), surface.to_string()));
        }
        // the fullest written form names the entity
        if admin.is_none() && words.len() > ent_words[idx].len() && !names::is_acronym(surface) {
            e.name = surface.to_string();
            e.key = names::key(surface);
            ent_words[idx] = words;
        }
        member.push(idx);
        prev = Some((m.span, idx));
    }
    (ents, member)
}

/// The administrative noun right after a place mention ("province", "governorate"), if any.
fn admin_area_after(text: &Text, span: Span) -> Option<&'static str> {
    let rest = text.norm()[span.end..].trim_start_matches(' ');
    [
        "province",
        "governorate",
        "district",
        "region",
        "state",
        "county",
    ]
    .into_iter()
    .find(|a| rest.starts_with(a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// Types that may name one thing: equal, or one of them untyped (MISC).
fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b || a == EntityType::Misc || b == EntityType::Misc
}

#[cfg(test)]
mod tests {
    use super::*;

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
