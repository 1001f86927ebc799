//! Crossread: compare how different outlets report the same news story.
//!
//! The core is pure Rust and runs natively (the `crossread` CLI) and in the browser (the
//! `web` module, compiled for wasm32 only). Pipeline: [`text`] normalises and segments an
//! article; [`entity`], [`figures`] and [`quotes`] extract from it; [`analysis`] assembles one
//! article; [`story`] compares articles; [`schema`] turns the result into the `crossread/1`
//! document with UTF-16 offsets; [`present`] turns that into what the page shows. Offsets are
//! bytes everywhere before [`schema`].
//!
//! ```
//! let doc = crossread::compare(&[
//!     ("a".to_string(), "Syrian troops took Deir al-Zour, said Gen. Ali Mayhoub.".to_string()),
//!     ("b".to_string(), "Syrian forces took Deir el-Zour on Friday.".to_string()),
//! ]).unwrap();
//! assert_eq!(doc.articles.len(), 2);
//! assert!(doc.story.entities.iter().any(|e| e.name == "Ali Mayhoub"));
//! ```

pub mod aliases;
pub mod analysis;
pub mod entity;
pub mod figures;
pub mod furniture;
pub mod html;
pub mod intake;
pub mod names;
pub mod ner;
pub mod present;
pub mod propagate;
pub mod quotes;
pub mod schema;
pub mod similar;
pub mod span;
pub mod story;
pub mod text;
/// What only the command line needs: accuracy commands, the tagger's trainer, table builders.
#[cfg(feature = "cli")]
pub mod tools;
pub mod util;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod web;

use std::fmt;

/// Errors of the core: input that is not an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    EmptyText {
        id: String,
    },
    TooLong {
        id: String,
        bytes: usize,
        limit: usize,
    },
    DuplicateId {
        id: String,
    },
    NoArticles,
    /// The embedded entity model could not be read (a broken build, never an input problem).
    Model(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyText { id } => write!(f, "article {id:?} is empty"),
            Error::TooLong { id, bytes, limit } => {
                write!(
                    f,
                    "article {id:?} is too long ({bytes} bytes; the limit is {limit})"
                )
            }
            Error::DuplicateId { id } => write!(f, "two articles have the id {id:?}"),
            Error::Model(m) => write!(f, "{m}"),
            Error::NoArticles => write!(f, "no articles to compare"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses several articles as one story and returns the `crossread/1` document.
pub fn compare(articles: &[(String, String)]) -> Result<schema::Document, Error> {
    compare_with_progress(articles, &mut |_, _| {})
}

/// [`compare`], telling `progress(done, total)` as articles are tagged (the slow step; in the
/// browser, where articles go one after another, after each one; natively, once at the end).
pub fn compare_with_progress(
    articles: &[(String, String)],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<schema::Document, Error> {
    if articles.is_empty() {
        return Err(Error::NoArticles);
    }
    let mut seen = std::collections::HashSet::new();
    for (id, _) in articles {
        if !seen.insert(id.as_str()) {
            return Err(Error::DuplicateId { id: id.clone() });
        }
    }
    let analysed = analyse_all(articles, progress)?;
    let story = story::compare(&analysed);
    Ok(schema::document(&analysed, &story))
}

/// The articles analysed in two steps: each tagged on its own, then each finished with the
/// names the whole story tags ([`propagate`]: a name one source tags is found where another
/// writes it untagged).
fn analyse_all(
    articles: &[(String, String)],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<analysis::Article>, Error> {
    let pipeline = analysis::Pipeline::default();
    let total = articles.len();
    let tagged = if cfg!(target_arch = "wasm32") {
        let mut out = Vec::with_capacity(total);
        for (i, (id, text)) in articles.iter().enumerate() {
            out.push(pipeline.tag(id, text)?);
            progress(i + 1, total);
        }
        out
    } else {
        let out = in_parallel(articles, |(id, text)| pipeline.tag(id, text))?;
        progress(total, total);
        out
    };
    let known = propagate::Known::gather(tagged.iter().map(|t| (&t.text, &t.mentions[..])));
    in_parallel(tagged, |t| Ok(pipeline.finish(t, &known)))
}

/// `f` over `items`, in order, on every core natively ([`util::par_map`]; a thread is worth
/// starting for a batch of a few articles at least); the first error in order, if any.
fn in_parallel<I, T, F>(items: impl IntoIterator<Item = I>, f: F) -> Result<Vec<T>, Error>
where
    I: Send,
    T: Send,
    F: Fn(I) -> Result<T, Error> + Sync,
{
    util::par_map(items.into_iter().collect(), 4, f)
        .into_iter()
        .collect()
}

/// Analyses one article as a story of one source.
pub fn analyze(id: &str, text: &str) -> Result<schema::Document, Error> {
    compare(&[(id.to_string(), text.to_string())])
}

/// An entity mention found by the tagger alone (no figures, quotes or story): UTF-16 offsets
/// into the original text, its text and type.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TaggedEntity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub etype: entity::EntityType,
}

/// The entity mentions of a text, by the entity tagger alone: the fast path for tools that need
/// names only, and the unit the tagger's speed is measured on in the browser.
pub fn entities(text: &str) -> Result<Vec<TaggedEntity>, Error> {
    if text.len() > analysis::MAX_ARTICLE_BYTES {
        return Err(Error::TooLong {
            id: "text".into(),
            bytes: text.len(),
            limit: analysis::MAX_ARTICLE_BYTES,
        });
    }
    let t = text::Text::new(text);
    let rec = ner::ModelRecognizer::new().map_err(|e| Error::Model(e.to_string()))?;
    let ix = schema::Utf16Index::new(text);
    Ok(entity::Recognizer::recognize(&rec, &t)
        .into_iter()
        .map(|m| {
            let o = t.to_original(m.span);
            TaggedEntity {
                start: ix.at(o.start),
                end: ix.at(o.end),
                text: text[o.start..o.end].to_string(),
                etype: m.etype,
            }
        })
        .collect())
}

/// Analyses one article alone (no story), entity keys local to it: the batch (`--jsonl`) form.
pub fn analyze_article(id: &str, text: &str) -> Result<schema::ArticleDoc, Error> {
    let a = analysis::Pipeline::default().analyze(id, text)?;
    Ok(schema::article_doc(&a, &schema::local_keys(&a)))
}
