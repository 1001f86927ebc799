//! The story model's training data: every candidate pair of a story that a statement key
//! covers, with its evidence vector ([`crate::story::evidence`]) and a label read off the key
//! (1 when the key puts both sentences in one shared statement, 0 otherwise).
//!
//! Keys are written by reading a story, never from Crossread's output (see
//! `tools::eval::statements`); only keys of the tuning half train.

use super::{fit, score, L2};
use crate::analysis::{Article, Pipeline};
use crate::similar::Model;
use crate::story::evidence::{self, StoryModel};
use crate::tools::eval::statements::{byte_offset, Key};

/// Candidate pairs of one story with evidence and labels.
#[derive(Default)]
pub struct Labelled {
    pub xs: Vec<[f32; evidence::WIDTH]>,
    pub ys: Vec<bool>,
    /// Pairs of sentences the key says are one statement, and how many of them the story model
    /// judges (copies, decided by rule, are not counted).
    pub key_pairs: usize,
    pub key_pairs_judged: usize,
    /// Per key pair, one line: its two sentences' starts and the story model's probability, or
    /// why it was never judged (what `train statements --explain` prints).
    pub explain: Vec<String>,
}

/// (article, sentence) of the sentence of `source` that starts with `start`; `None` when no
/// sentence covers it (text the segmenter leaves out, such as an embed's label).
fn sentence_at(
    articles: &[Article],
    texts: &[(String, String)],
    at: (&str, &str),
) -> Result<Option<(usize, usize)>, String> {
    let o = byte_offset(texts, at)?;
    let ai = (articles.iter().position(|a| a.id == at.0))
        .ok_or_else(|| format!("no source {:?}", at.0))?;
    Ok((articles[ai].sentences.iter())
        .position(|s| s.start <= o && o < s.end)
        .map(|si| (ai, si)))
}

/// The labelled candidates of the story `texts` by `key`.
pub fn labelled(key: &str, texts: &[(String, String)], model: &Model) -> Result<Labelled, String> {
    let key = Key::parse(key)?;
    let p = Pipeline::default();
    let articles: Vec<Article> = (texts.iter())
        .map(|(id, t)| p.analyze(id, t).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    // the statement each keyed sentence belongs to (a sentence may be in several)
    let mut member: Vec<((usize, usize), usize)> = Vec::new();
    let mut gold: std::collections::BTreeSet<(Option<_>, Option<_>)> = Default::default();
    for (k, (_, pairs)) in key.statements.iter().enumerate() {
        for [a, b] in pairs {
            let (sa, sb) = (
                sentence_at(&articles, texts, *a)?,
                sentence_at(&articles, texts, *b)?,
            );
            member.extend(sa.map(|s| (s, k)).into_iter().chain(sb.map(|s| (s, k))));
            gold.insert((sa.min(sb), sa.max(sb)));
        }
    }
    let same = |a: (usize, usize), b: (usize, usize)| {
        (member.iter().filter(|m| m.0 == a)).any(|m| member.contains(&(b, m.1)))
    };
    let mut out = Labelled {
        key_pairs: gold.len(),
        ..Labelled::default()
    };
    let st = crate::story::compare(&articles);
    let linked = crate::story::statements::Linked {
        entity_of: &st.entity_of,
        figure_group_of: &st.figure_group_of,
        quote_group_of: &st.quote_group_of,
    };
    let judged = crate::story::statements::candidate_evidence(&articles, linked, model);
    for (a, b, x) in &judged {
        let Some(x) = x else { continue };
        out.key_pairs_judged += usize::from(gold.contains(&(Some(*a.min(b)), Some(*a.max(b)))));
        out.xs.push(*x);
        out.ys.push(same(*a, *b));
    }
    out.explain = explain(&key, &articles, texts, &judged)?;
    Ok(out)
}

/// One line per key pair: `S<n>  p=0.42  A: start… | B: start…`; `copy` for a pair the copy
/// rule decides, `no candidate` for one never compared (too few shared distinctive words, or
/// too little in common to judge).
fn explain(
    key: &Key,
    articles: &[Article],
    texts: &[(String, String)],
    judged: &[crate::story::statements::Candidate],
) -> Result<Vec<String>, String> {
    // the shipped story model, when it reads this build's evidence (not while retraining it)
    let m = evidence::embedded().ok();
    let mut out = Vec::new();
    for (label, pairs) in &key.statements {
        for [a, b] in pairs {
            let (sa, sb) = (
                sentence_at(articles, texts, *a)?,
                sentence_at(articles, texts, *b)?,
            );
            let hit = (judged.iter()).find(|j| Some(j.0) == sa.min(sb) && Some(j.1) == sa.max(sb));
            let verdict = match hit.map(|j| j.2) {
                None => "no candidate".to_string(),
                Some(None) => "copy".to_string(),
                Some(Some(x)) => {
                    m.map_or("judged".into(), |m| format!("p={:.2}", m.probability(&x)))
                }
            };
            out.push(format!(
                "{label}\t{verdict}\t{}: {} | {}: {}",
                a.0, a.1, b.0, b.1
            ));
        }
    }
    Ok(out)
}

/// Fits the story model on the labelled candidates of tuning stories (copies left out: a rule
/// decides them). The decision threshold is `threshold` when given, else the one with the best
/// F1 of the "same" class on the candidates.
pub fn train(stories: &[Labelled], threshold: Option<f32>) -> (StoryModel, String) {
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for l in stories {
        xs.extend(&l.xs);
        ys.extend(&l.ys);
    }
    let mut m = fit(&xs, &ys, &[true; evidence::WIDTH], L2);
    let f1 = |t: f32| {
        let mut with = m.clone();
        with.threshold = t;
        score(&with, &xs, &ys).f1
    };
    m.threshold = threshold.unwrap_or_else(|| {
        (5..=80)
            .map(|k| k as f32 / 100.0)
            .max_by(|&a, &b| f1(a).total_cmp(&f1(b)).then(b.total_cmp(&a)))
            .unwrap_or(0.5)
    });
    let s = score(&m, &xs, &ys);
    let report = format!(
        "{} candidate pairs ({} the same statement); on them: precision {:.2}, recall {:.2}, F1 {:.2}; threshold {:.2}",
        s.pairs,
        ys.iter().filter(|y| **y).count(),
        s.precision,
        s.recall,
        s.f1,
        m.threshold
    );
    (m, report)
}

/// Rows `STORY<TAB>LABEL<TAB>features...` for exploring the evidence outside Rust.
pub fn rows(story: &str, l: &Labelled) -> String {
    let mut out = String::new();
    for (x, y) in l.xs.iter().zip(&l.ys) {
        let f: Vec<String> = x.iter().map(|v| format!("{v:.4}")).collect();
        out.push_str(&format!("{story}\t{}\t{}\n", u8::from(*y), f.join("\t")));
    }
    out
}
