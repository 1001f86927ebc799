//! The story: several articles about one event, compared.
//!
//! - entities ([`crate::entity::align`]): one story entity per real-world thing across sources;
//! - figures ([`figures`]): figures that report the same quantity, grouped and classified
//!   (agree, compatible, conflict, single);
//! - quotes ([`quotes`]): quotes of the same statement, grouped (identical, shortened,
//!   reworded, single), with a word-level diff and a flag when speakers differ;
//! - passages ([`passages`]): sentences shared near-verbatim by several sources (wire copy);
//! - statements ([`statements`]): sentences of different sources that make one statement, in
//!   the same words or in others, and the sentences only one source makes.
//!
//! Every step blocks candidates by keys (name keys, figure heads, word shingles) and never
//! compares all pairs of items, so the cost grows close to linearly with the number of articles.

pub mod evidence;
pub mod figures;
pub mod measures;
pub mod passages;
pub mod quotes;
pub mod relation;
pub mod shingles;
pub mod statements;

use crate::analysis::Article;

pub use crate::entity::align::StoryEntity;
pub use passages::{Passage, SharedSummary};
pub use quotes::{DiffOp, QuoteGroup, QuoteRelation};
pub use relation::{FigureGroup, FigureRelation};
pub use statements::{Alignment, StatementRelation};

#[derive(Clone, Debug, Default)]
pub struct Story {
    pub entities: Vec<StoryEntity>,
    /// For each article, its local entity index → story entity index.
    pub entity_of: Vec<Vec<usize>>,
    pub figure_groups: Vec<FigureGroup>,
    /// For each article, its figure index → figure group index.
    pub figure_group_of: Vec<Vec<usize>>,
    pub quote_groups: Vec<QuoteGroup>,
    /// For each article, its quote index → quote group index.
    pub quote_group_of: Vec<Vec<usize>>,
    pub passages: Vec<Passage>,
    /// Per source: how much of its text is shared, and with whom.
    pub shared: Vec<SharedSummary>,
    /// Sentences of different sources that make one statement.
    pub alignments: Vec<Alignment>,
    /// Per source: what only it has.
    pub exclusive: Vec<Exclusive>,
}

/// What one source has that no other has (in a story of several sources): the story entities
/// only it names, its figures no other source reports ([`figures::exclusive`]), its quotes no
/// other source gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exclusive {
    /// Story entity indices.
    pub entities: Vec<usize>,
    /// The source's figure indices.
    pub figures: Vec<usize>,
    /// The source's quote indices.
    pub quotes: Vec<usize>,
    /// Its statements no other source makes in any wording, each with the closest sentence
    /// another source has ([`statements`]).
    pub sentences: Vec<statements::OwnSentence>,
}

/// What each source has that no other has.
fn exclusive(
    articles: &[Article],
    entities: &[StoryEntity],
    figures: Vec<Vec<usize>>,
    quote_groups: &[QuoteGroup],
    quote_group_of: &[Vec<usize>],
) -> Vec<Exclusive> {
    let several = articles.len() > 1;
    (figures.into_iter().enumerate())
        .map(|(ai, figures)| Exclusive {
            entities: (entities.iter().enumerate())
                .filter(|(_, e)| several && e.mentions.len() == 1 && e.mentions[0].0 == ai)
                .map(|(g, _)| g)
                .collect(),
            figures,
            quotes: (quote_group_of[ai].iter().enumerate())
                .filter(|(_, &g)| several && quote_groups[g].members.len() == 1)
                .map(|(i, _)| i)
                .collect(),
            sentences: Vec::new(),
        })
        .collect()
}

/// Compares the articles (in source order).
pub fn compare(articles: &[Article]) -> Story {
    // figures on one thread, entities, quotes and passages on the other (about as long): neither
    // side reads the other's result
    let (
        (figure_groups, figure_group_of),
        ((entities, entity_of), (quote_groups, quote_group_of), (passages, shared)),
    ) = crate::util::join(
        || figures::group(articles),
        || {
            let entities = crate::entity::align::align(articles);
            let quotes = quotes::group(articles, &entities.1);
            (entities, quotes, passages::find(articles))
        },
    );
    let only = figures::exclusive(articles, &figure_groups, &figure_group_of);
    let mut exclusive = exclusive(articles, &entities, only, &quote_groups, &quote_group_of);
    let models = crate::similar::Model::embedded().and_then(|m| Ok((m, evidence::embedded()?)));
    let (alignments, sentences) = match models {
        Ok((model, story_model)) => {
            let linked = statements::Linked {
                entity_of: &entity_of,
                figure_group_of: &figure_group_of,
                quote_group_of: &quote_group_of,
            };
            statements::align(articles, linked, model, story_model)
        }
        Err(_) => (Vec::new(), vec![Vec::new(); articles.len()]),
    };
    for (x, s) in exclusive.iter_mut().zip(sentences) {
        x.sentences = s;
    }
    Story {
        alignments,
        entities,
        entity_of,
        figure_groups,
        figure_group_of,
        quote_groups,
        quote_group_of,
        passages,
        shared,
        exclusive,
    }
}

/// Test helper: the texts analysed as sources "s0", "s1", ...
#[cfg(test)]
pub(crate) fn test_articles(texts: &[&str]) -> Vec<Article> {
    analysed_with(&crate::analysis::Pipeline::default(), texts)
}

/// Each text analysed by `p` as article "s0", "s1", ….
#[cfg(test)]
fn analysed_with(p: &crate::analysis::Pipeline, texts: &[&str]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            p.analyze(&format!("s{i}"), t)
                .expect("test text is an article")
        })
        .collect()
}

/// Articles whose names are exactly `names` wherever they occur as whole words (longest
/// first): for testing the story's joins apart from the tagger's guesses.
#[cfg(test)]
pub(crate) fn listed_articles(
    texts: &[&str],
    names: &[(&'static str, crate::entity::EntityType)],
) -> Vec<Article> {
    use crate::entity::{Mention, Recognizer};
    use crate::text::{Span, Text};
    struct Listed(Vec<(&'static str, crate::entity::EntityType)>);
    impl Recognizer for Listed {
        fn recognize(&self, text: &Text) -> Vec<Mention> {
            let mut out: Vec<Mention> = Vec::new();
            let mut names = self.0.clone();
            names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            for (name, etype) in names {
                for (at, _) in text.norm().match_indices(name) {
                    let span = Span::new(at, at + name.len());
                    let n = text.norm();
                    if word(n[..at].chars().next_back())
                        || word(n[span.end..].chars().next())
                        || out.iter().any(|m| m.span.overlaps(&span))
                    {
                        continue;
                    }
                    out.push(Mention {
                        span,
                        etype,
                        confident: true,
                    });
                }
            }
            out.sort_by_key(|m| m.span.start);
            out
        }
    }
    let p = crate::analysis::Pipeline {
        entities: Box::new(Listed(names.to_vec())),
        ..crate::analysis::Pipeline::default()
    };
    analysed_with(&p, texts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Pipeline;

    #[test]
    fn story_entities_align_spellings_across_sources() {
        let p = Pipeline::default();
        let a = p
            .analyze(
                "a",
                "Troops entered al-Qaim on Friday. Prime Minister Haider al-Abadi spoke.",
            )
            .unwrap();
        let b = p
            .analyze("b", "Forces retook Qaim, said Abadi. Later Qaim was quiet.")
            .unwrap();
        let s = compare(&[a, b]);
        let qaim: Vec<&StoryEntity> = s
            .entities
            .iter()
            .filter(|e| crate::names::key(&e.name) == "qaim")
            .collect();
        assert_eq!(qaim.len(), 1, "{:?}", s.entities);
        assert_eq!(qaim[0].mentions, vec![(0, 1), (1, 2)]);
        let abadi: Vec<&StoryEntity> = s
            .entities
            .iter()
            .filter(|e| e.name == "Haider al-Abadi")
            .collect();
        assert_eq!(abadi.len(), 1, "{:?}", s.entities);
        assert_eq!(abadi[0].mentions, vec![(0, 1), (1, 1)], "{:?}", s.entities);
    }
}
