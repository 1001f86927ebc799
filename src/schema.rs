//! The analysis document, `crossread/1` (documented in `docs/schema.md`): what the CLI prints
//! and the JavaScript API returns.
//!
//! This is the one place where byte offsets of the core become UTF-16 code-unit offsets, the
//! unit of JavaScript's `String.prototype.slice`, so that `text.slice(start, end) === item.text`
//! holds in the browser for every item.

use crate::analysis::Article;
use crate::entity::EntityType;
use crate::figures::{FigureKind, Qualifier};
use crate::quotes::QuoteKind;
use crate::story::{DiffOp, FigureRelation, QuoteRelation, Story};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

pub const SCHEMA: &str = "crossread/1";

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Document {
    pub schema: String,
    pub articles: Vec<ArticleDoc>,
    pub story: StoryDoc,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct ArticleDoc {
    pub id: String,
    pub title: String,
    /// Length of the text in UTF-16 code units.
    pub length: usize,
    pub entities: Vec<EntityDoc>,
    pub figures: Vec<FigureDoc>,
    pub quotes: Vec<QuoteDoc>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct EntityDoc {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Key of the story entity (or of the article's own entity when analysed alone).
    pub key: String,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct FigureDoc {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: FigureKind,
    #[serde(serialize_with = "number")]
    pub low: f64,
    #[serde(serialize_with = "number")]
    pub high: f64,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub about: Option<String>,
    /// The event or state its clause reports: a casualty event by its one name ("killed",
    /// "injured", "arrested"), else the verb governing the figure as written ("fell",
    /// "signed"), or none.
    pub event: Option<String>,
    /// The time its clause places it at: a weekday ("thursday"), "today", "yesterday",
    /// "initially", "now", "so far", "in 2014"; "ago", "after", "before", "later" for a duration
    /// that dates something ("two years ago"); or none.
    pub time: Option<String>,
    /// The value in SI units where the unit has one ("320 km" → 320000 m; °F → °C).
    pub si: Option<SiDoc>,
    pub group: Option<String>,
}

/// A figure's value in SI units.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SiDoc {
    #[serde(serialize_with = "number")]
    pub low: f64,
    #[serde(serialize_with = "number")]
    pub high: f64,
    pub unit: String,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct QuoteDoc {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub speaker: Option<SpeakerDoc>,
    pub group: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SpeakerDoc {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The full name the mention resolves to (the mention itself when unresolved).
    pub name: String,
    pub key: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct StoryDoc {
    pub sources: Vec<String>,
    pub entities: Vec<StoryEntityDoc>,
    pub figures: Vec<FigureGroupDoc>,
    pub quotes: Vec<QuoteGroupDoc>,
    pub shared_passages: Vec<PassageDoc>,
    /// Sentences of different sources that make one statement, in any wording.
    pub alignments: Vec<AlignmentDoc>,
    /// Per source: the share of its text shared with other sources, and with whom.
    pub shared: Vec<SharedDoc>,
    /// Per source: what only it has (entity keys, figure and quote indices).
    pub exclusive: Vec<ExclusiveDoc>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct StoryEntityDoc {
    pub key: String,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Mentions per source id, in source order (an object in JSON).
    pub mentions: Counts,
    pub variants: Vec<String>,
    pub flags: Vec<String>,
    /// Variants flagged as likely misspellings (with the flag `misspelling`).
    pub misspellings: Vec<String>,
}

/// Figures of several sources reporting one quantity.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct FigureGroupDoc {
    pub key: String,
    pub kind: FigureKind,
    pub about: Option<String>,
    pub unit: Option<String>,
    pub relation: FigureRelation,
    /// For a conflict, one line saying it ("more than 96 percent vs nearly 96 percent
    /// (territory)"); `null` otherwise.
    pub reason: Option<String>,
    pub members: Vec<MemberDoc>,
}

/// Quotes of several sources reporting one statement.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct QuoteGroupDoc {
    pub key: String,
    pub relation: QuoteRelation,
    pub speakers_differ: bool,
    pub members: Vec<QuoteMemberDoc>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct MemberDoc {
    pub source: String,
    pub index: usize,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct QuoteMemberDoc {
    pub source: String,
    pub index: usize,
    /// Word-level diff against the group's longest member (empty for that member).
    pub diff: Vec<DiffOp>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SharedDoc {
    pub source: String,
    /// Share of the article's text in passages other sources also carry (0 to 1).
    pub share: f64,
    /// Per other source id: share of this article's text shared with it.
    pub with: Shares,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct ExclusiveDoc {
    pub source: String,
    pub entities: Vec<String>,
    pub figures: Vec<usize>,
    pub quotes: Vec<usize>,
    /// Its sentences no other source makes in any wording (UTF-16 offsets).
    pub sentences: Vec<OwnSentenceDoc>,
}

/// A sentence no other source makes (UTF-16 offsets), with the closest sentence of another
/// source when one was judged at all likely to state the same.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OwnSentenceDoc {
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest: Option<NearestDoc>,
}

/// The closest sentence of another source: where it is (UTF-16), and the story model's
/// probability, 0 to 1, that the two make one statement (below its threshold).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NearestDoc {
    pub source: String,
    pub start: usize,
    pub end: usize,
    pub score: f32,
}

/// Sentences of different sources that make one statement.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct AlignmentDoc {
    pub key: String,
    pub relation: crate::story::StatementRelation,
    /// One per source (a sentence span in UTF-16), in source order.
    pub members: Vec<PassageMemberDoc>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct PassageDoc {
    pub key: String,
    pub members: Vec<PassageMemberDoc>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct PassageMemberDoc {
    pub source: String,
    pub start: usize,
    pub end: usize,
}

/// An ordered map of shares, serialised as a JSON object.
#[derive(Debug, Clone, Default)]
pub struct Shares(pub Vec<(String, f64)>);

impl Serialize for Shares {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, &((v * 1000.0).round() / 1000.0))?;
        }
        m.end()
    }
}

/// An ordered map of counts, serialised as a JSON object.
#[derive(Debug, Clone, Default)]
pub struct Counts(pub Vec<(String, usize)>);

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// Reads a JSON object back into its entries in order (for [`Shares`] and [`Counts`]: the web
/// page's worker sends the document as data, and the page reads it back).
fn ordered_map<'de, D, T>(d: D) -> Result<Vec<(String, T)>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Entries<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Entries<T> {
        type Value = Vec<(String, T)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = m.next_entry()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Entries(std::marker::PhantomData))
}

impl<'de> Deserialize<'de> for Shares {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ordered_map(d).map(Shares)
    }
}

impl<'de> Deserialize<'de> for Counts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ordered_map(d).map(Counts)
    }
}

/// Whole numbers print without a fraction ("1500", not "1500.0").
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// Byte offset → UTF-16 offset for one text.
pub struct Utf16Index {
    /// Empty for ASCII text (identity); else the UTF-16 offset of every byte boundary.
    table: Vec<u32>,
}

impl Utf16Index {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Utf16Index { table: Vec::new() };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut u = 0u32;
        for (i, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                table[i + k] = u;
            }
            u += c.len_utf16() as u32;
        }
        table[text.len()] = u;
        Utf16Index { table }
    }

    pub fn at(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            byte
        } else {
            self.table
                .get(byte)
                .copied()
                .unwrap_or_else(|| self.table[self.table.len() - 1]) as usize
        }
    }
}

/// The document of one article; `keys` gives each local entity its key.
pub fn article_doc(a: &Article, keys: &[String]) -> ArticleDoc {
    article_doc_grouped(a, &Utf16Index::new(&a.text), keys, None, None, None)
}

/// The document of one article within a story: figures and quotes name their story groups.
fn article_doc_grouped(
    a: &Article,
    ix: &Utf16Index,
    keys: &[String],
    fig_groups: Option<&[String]>,
    quote_groups: Option<&[String]>,
    story_names: Option<&[String]>,
) -> ArticleDoc {
    let slice = |s: usize, e: usize| a.text.get(s..e).unwrap_or("").to_string();
    let key_of = |e: usize| keys.get(e).cloned().unwrap_or_default();
    ArticleDoc {
        id: a.id.clone(),
        title: a.title.clone(),
        length: ix.at(a.text.len()),
        entities: a
            .mentions
            .iter()
            .map(|m| EntityDoc {
                start: ix.at(m.span.start),
                end: ix.at(m.span.end),
                text: slice(m.span.start, m.span.end),
                etype: m.etype,
                key: key_of(m.entity),
            })
            .collect(),
        figures: a
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| FigureDoc {
                start: ix.at(f.span.start),
                end: ix.at(f.span.end),
                text: slice(f.span.start, f.span.end),
                kind: f.kind,
                low: f.low,
                high: f.high,
                unit: f.unit.map(String::from),
                qualifier: f.qualifier,
                about: f.about.clone(),
                event: f.event.as_deref().map(str::to_string),
                time: f.time.clone(),
                si: f.unit.and_then(|u| {
                    let (low, unit) = crate::figures::units::to_si(f.low, u)?;
                    let (high, _) = crate::figures::units::to_si(f.high, u)?;
                    Some(SiDoc {
                        low,
                        high,
                        unit: unit.to_string(),
                    })
                }),
                group: fig_groups.and_then(|g| g.get(i).cloned()),
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteDoc {
                start: ix.at(q.span.start),
                end: ix.at(q.span.end),
                text: slice(q.span.start, q.span.end),
                kind: q.kind,
                cue: q.cue.clone(),
                speaker: q.speaker.as_ref().map(|s| {
                    let text = slice(s.span.start, s.span.end);
                    SpeakerDoc {
                        start: ix.at(s.span.start),
                        end: ix.at(s.span.end),
                        // the fullest name of the speaker across the story ("al-Abadi" is
                        // Haider al-Abadi even where this article misspells his first mention)
                        name: s
                            .entity
                            .map(|e| {
                                story_names
                                    .and_then(|n| n.get(e).cloned())
                                    .unwrap_or_else(|| a.entities[e].name.clone())
                            })
                            .or_else(|| s.refers_to.map(|r| slice(r.start, r.end)))
                            .unwrap_or_else(|| text.clone()),
                        key: s.entity.map(key_of),
                        text,
                    }
                }),
                group: quote_groups.and_then(|g| g.get(i).cloned()),
            })
            .collect(),
    }
}

/// Keys for an article analysed alone: "e1", "e2", ... in order of first mention.
pub fn local_keys(a: &Article) -> Vec<String> {
    (0..a.entities.len())
        .map(|i| format!("e{}", i + 1))
        .collect()
}

/// The whole document for a story.
pub fn document(articles: &[Article], story: &Story) -> Document {
    let keys: Vec<String> = story.entities.iter().map(|e| e.key.clone()).collect();
    let id = |a: usize| articles[a].id.clone();
    // one offset index per article, for its items and its shared passages
    let index: Vec<Utf16Index> = articles.iter().map(|a| Utf16Index::new(&a.text)).collect();
    let docs = articles
        .iter()
        .enumerate()
        .map(|(ai, a)| {
            let local: Vec<String> = story.entity_of[ai]
                .iter()
                .map(|&g| keys[g].clone())
                .collect();
            let figs: Vec<String> = story.figure_group_of[ai]
                .iter()
                .map(|&g| story.figure_groups[g].key.clone())
                .collect();
            let quotes: Vec<String> = story.quote_group_of[ai]
                .iter()
                .map(|&g| story.quote_groups[g].key.clone())
                .collect();
            let names: Vec<String> = story.entity_of[ai]
                .iter()
                .map(|&g| story.entities[g].name.clone())
                .collect();
            article_doc_grouped(
                a,
                &index[ai],
                &local,
                Some(&figs),
                Some(&quotes),
                Some(&names),
            )
        })
        .collect();
    let exclusive = (story.exclusive.iter().enumerate())
        .map(|(ai, x)| ExclusiveDoc {
            source: id(ai),
            entities: x.entities.iter().map(|&g| keys[g].clone()).collect(),
            figures: x.figures.clone(),
            quotes: x.quotes.clone(),
            sentences: (x.sentences.iter())
                .map(|s| OwnSentenceDoc {
                    start: index[ai].at(s.span.start),
                    end: index[ai].at(s.span.end),
                    nearest: s.nearest.map(|n| NearestDoc {
                        source: id(n.article),
                        start: index[n.article].at(n.span.start),
                        end: index[n.article].at(n.span.end),
                        score: (n.score * 1000.0).round() / 1000.0,
                    }),
                })
                .collect(),
        })
        .collect();
    Document {
        schema: SCHEMA.to_string(),
        articles: docs,
        story: story_doc(articles, story, &index, exclusive),
    }
}

/// The story part of the document: rows, groups, passages and shares, sources named by id and
/// passage offsets in UTF-16.
fn story_doc(
    articles: &[Article],
    story: &Story,
    index: &[Utf16Index],
    exclusive: Vec<ExclusiveDoc>,
) -> StoryDoc {
    let id = |a: usize| articles[a].id.clone();
    // sentence or passage spans of several sources, in UTF-16
    let spans = |ms: &[(usize, crate::text::Span)]| -> Vec<PassageMemberDoc> {
        ms.iter()
            .map(|&(a, sp)| PassageMemberDoc {
                source: id(a),
                start: index[a].at(sp.start),
                end: index[a].at(sp.end),
            })
            .collect()
    };
    StoryDoc {
        sources: articles.iter().map(|a| a.id.clone()).collect(),
        entities: story
            .entities
            .iter()
            .map(|e| StoryEntityDoc {
                key: e.key.clone(),
                name: e.name.clone(),
                etype: e.etype,
                mentions: Counts(e.mentions.iter().map(|&(s, n)| (id(s), n)).collect()),
                variants: e.variants.clone(),
                flags: e.flags.clone(),
                misspellings: e.misspellings.clone(),
            })
            .collect(),
        figures: story
            .figure_groups
            .iter()
            .map(|g| FigureGroupDoc {
                key: g.key.clone(),
                kind: g.kind,
                about: g.about.clone(),
                unit: g.unit.map(String::from),
                relation: g.relation,
                reason: g.reason.clone(),
                members: g
                    .members
                    .iter()
                    .map(|&(a, i)| MemberDoc {
                        source: id(a),
                        index: i,
                    })
                    .collect(),
            })
            .collect(),
        quotes: story
            .quote_groups
            .iter()
            .map(|g| QuoteGroupDoc {
                key: g.key.clone(),
                relation: g.relation,
                speakers_differ: g.speakers_differ,
                members: g
                    .members
                    .iter()
                    .map(|m| QuoteMemberDoc {
                        source: id(m.article),
                        index: m.index,
                        diff: m.diff.clone(),
                    })
                    .collect(),
            })
            .collect(),
        shared_passages: story
            .passages
            .iter()
            .map(|p| PassageDoc {
                key: p.key.clone(),
                members: spans(&p.members),
            })
            .collect(),
        alignments: story
            .alignments
            .iter()
            .map(|g| AlignmentDoc {
                key: g.key.clone(),
                relation: g.relation,
                members: spans(&g.members),
            })
            .collect(),
        shared: story
            .shared
            .iter()
            .enumerate()
            .map(|(a, s)| SharedDoc {
                source: id(a),
                share: (s.share() * 1000.0).round() / 1000.0,
                with: Shares(
                    s.with
                        .iter()
                        .map(|&(b, n)| (id(b), n as f64 / s.total_bytes.max(1) as f64))
                        .collect(),
                ),
            })
            .collect(),
        exclusive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets() {
        let s = "a\u{2019}b\u{1F600}c";
        let ix = Utf16Index::new(s);
        assert_eq!(ix.at(0), 0);
        assert_eq!(ix.at(1), 1); // before ’
        assert_eq!(ix.at(4), 2); // b
        assert_eq!(ix.at(5), 3); // emoji, 2 code units
        assert_eq!(ix.at(9), 5); // c
        assert_eq!(ix.at(10), 6);
    }
}
