//! Quotes across sources: the quotes that report the same statement.
//!
//! Candidates come from an index of word 3-grams (a quote of one or two words is indexed whole),
//! so only quotes sharing wording are ever compared. Two quotes of different sources report the
//! same statement when at least half of the shorter one's 3-grams occur in the other. Within a
//! group, each member is compared with the longest: `identical` (same words, punctuation and case
//! aside), `shortened` (its words are a contiguous part of the longest), `reworded` (otherwise;
//! the word-level diff against the group's longest member shows how). `speakers_differ` is set when
//! two members confidently attribute the words to different story entities: each names a person
//! in its attribution (a pronoun resolved backwards, an organisation or a description is no
//! confident attribution), and the words are a statement, not a title or a term.

use super::shingles::{shared_shingles, shingles, words};
use crate::analysis::Article;
use crate::similar::word_hash;
use crate::util::FastMap as HashMap;
use crate::util::UnionFind;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteRelation {
    Single,
    Identical,
    Shortened,
    Reworded,
}

impl QuoteRelation {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteRelation::Single => "single",
            QuoteRelation::Identical => "identical",
            QuoteRelation::Shortened => "shortened",
            QuoteRelation::Reworded => "reworded",
        }
    }
}

/// One step of a word-level diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum DiffOp {
    /// Words both have.
    Same(String),
    /// Words this member has and the group's longest member lacks.
    Added(String),
    /// Words the group's longest member has and this one lacks.
    Removed(String),
}

#[derive(Clone, Debug)]
pub struct QuoteMember {
    pub article: usize,
    pub index: usize,
    /// Diff against the group's longest member (empty for that member itself).
    pub diff: Vec<DiffOp>,
}

#[derive(Clone, Debug)]
pub struct QuoteGroup {
    /// "c1", "c2", ... in order of first appearance.
    pub key: String,
    pub relation: QuoteRelation,
    pub speakers_differ: bool,
    pub members: Vec<QuoteMember>,
}

/// Shingles with more postings than this are too common to tell statements apart.
const MAX_POSTINGS: usize = 64;
/// Longest quote (in words) given a word diff; longer ones get none (quadratic cost).
const MAX_DIFF_WORDS: usize = 400;

/// Quotes shorter than this are titles, terms and scare quotes more often than statements
/// ("Pulp Fiction", "ticking fee"): their attributions are not compared.
const MIN_ATTRIBUTED_WORDS: usize = 4;

/// The article entity a quote is attributed to, when the attribution is confident: a person
/// named in the attribution itself ("said Robin Smith", "Tamara Steinberg Jacobson wrote"), not
/// a pronoun resolved backwards, an organisation, or a description ("investigators").
fn confident_speaker(a: &Article, i: usize) -> Option<usize> {
    let sp = a.quotes[i].speaker.as_ref()?;
    let e = sp.entity?;
    let written = a.text.get(sp.span.start..sp.span.end).unwrap_or("");
    let named = written.chars().next().is_some_and(char::is_uppercase)
        && !matches!(written, "He" | "She" | "It" | "They" | "We" | "I");
    (named && a.entities.get(e)?.etype == crate::entity::EntityType::Person).then_some(e)
}

/// The last word of a quote's speaker as written, lower-cased: a person's surname.
fn surname(a: &Article, i: usize) -> String {
    a.quotes[i]
        .speaker
        .as_ref()
        .and_then(|sp| a.text.get(sp.span.start..sp.span.end))
        .and_then(|w| w.split_whitespace().last())
        .unwrap_or("")
        .to_lowercase()
}

/// Groups the quotes; `entity_of` maps each article's entities to story entities.
pub fn group(articles: &[Article], entity_of: &[Vec<usize>]) -> (Vec<QuoteGroup>, Vec<Vec<usize>>) {
    let mut ids: Vec<(usize, usize)> = Vec::new();
    let mut toks: Vec<Vec<String>> = Vec::new();
    let mut shs: Vec<Vec<u64>> = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        for (i, q) in art.quotes.iter().enumerate() {
            let ws = words(&art.text[q.span.start..q.span.end]);
            let hashes: Vec<u64> = ws.iter().map(|w| word_hash(w)).collect();
            shs.push(shingles(&hashes, 3));
            toks.push(ws);
            ids.push((a, i));
        }
    }
    let shared = shared_shingles(&shs, |n| ids[n].0, MAX_POSTINGS);
    let mut uf = UnionFind::new(ids.len());
    // the pairs that report one statement; a group is their closure, but speakers are compared
    // only within a pair (a long quote sharing a phrase with two others does not make those two
    // one statement)
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (&(p, q), &n) in &shared {
        let smaller = shs[p].len().min(shs[q].len()).max(1);
        if n * 2 >= smaller {
            uf.union(p, q);
            pairs.push((p, q));
        }
    }
    let speaker_of = |n: usize| {
        let (a, i) = ids[n];
        (toks[n].len() >= MIN_ATTRIBUTED_WORDS)
            .then(|| confident_speaker(&articles[a], i))
            .flatten()
            .map(|e| (entity_of[a][e], surname(&articles[a], i)))
    };
    // two confident attributions to different people: different story entities, and not one
    // surname ("Zhang Yuanxun" and a glued "DailyZhang Yuanxun" are one person)
    let mut differ = vec![false; ids.len()];
    for &(p, q) in &pairs {
        if let (Some(x), Some(y)) = (speaker_of(p), speaker_of(q)) {
            if x.0 != y.0 && x.1 != y.1 {
                differ[p] = true;
                differ[q] = true;
            }
        }
    }
    // components, in order of first appearance
    let mut comp: HashMap<usize, usize> = HashMap::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for n in 0..ids.len() {
        let r = uf.find(n);
        let c = *comp.entry(r).or_insert(members.len());
        if c == members.len() {
            members.push(Vec::new());
        }
        members[c].push(n);
    }
    let mut group_of: Vec<Vec<usize>> = articles.iter().map(|a| vec![0; a.quotes.len()]).collect();
    let mut out = Vec::with_capacity(members.len());
    for (c, ms) in members.iter().enumerate() {
        let longest = *ms.iter().max_by_key(|&&n| toks[n].len()).unwrap_or(&ms[0]);
        let mut relation = QuoteRelation::Single;
        if ms.len() > 1 {
            relation = QuoteRelation::Identical;
            for &n in ms {
                let r = if toks[n] == toks[longest] {
                    QuoteRelation::Identical
                } else if contains_run(&toks[longest], &toks[n]) {
                    QuoteRelation::Shortened
                } else {
                    QuoteRelation::Reworded
                };
                relation = relation.max(r);
            }
        }
        let speakers_differ = ms.iter().any(|&n| differ[n]);
        let mlist = ms
            .iter()
            .map(|&n| {
                let diff = if n == longest
                    || toks[n].len() > MAX_DIFF_WORDS
                    || toks[longest].len() > MAX_DIFF_WORDS
                {
                    Vec::new()
                } else {
                    diff_words(&toks[longest], &toks[n])
                };
                let (a, i) = ids[n];
                group_of[a][i] = c;
                QuoteMember {
                    article: a,
                    index: i,
                    diff,
                }
            })
            .collect();
        out.push(QuoteGroup {
            key: format!("c{}", c + 1),
            relation,
            speakers_differ,
            members: mlist,
        });
    }
    (out, group_of)
}

/// Whether `part` occurs as a contiguous run of words in `whole`.
fn contains_run(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
}

/// Word-level diff of `b` against `a` (longest common subsequence), runs joined by spaces.
pub fn diff_words(a: &[String], b: &[String]) -> Vec<DiffOp> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<DiffOp> = Vec::new();
    let push = |ops: &mut Vec<DiffOp>, op: DiffOp| match (ops.last_mut(), op) {
        (Some(DiffOp::Same(t)), DiffOp::Same(w))
        | (Some(DiffOp::Added(t)), DiffOp::Added(w))
        | (Some(DiffOp::Removed(t)), DiffOp::Removed(w)) => {
            t.push(' ');
            t.push_str(&w);
        }
        (_, op) => ops.push(op),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            push(&mut ops, DiffOp::Same(a[i].clone()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(&mut ops, DiffOp::Added(b[j].clone()));
            j += 1;
        } else {
            push(&mut ops, DiffOp::Removed(a[i].clone()));
            i += 1;
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str]) -> (Vec<Article>, Vec<QuoteGroup>) {
        let arts = super::super::test_articles(texts);
        let (_, entity_of) = crate::entity::align::align(&arts);
        let (gs, _) = group(&arts, &entity_of);
        (arts, gs)
    }

    #[rustfmt::skip]
    #[test]
    fn relations() {
        use QuoteRelation::*;
        // one line per case: two sources, the relation of the group holding both quotes
        let cases: &[(&str, &str, QuoteRelation)] = &[
            ("\"With the loss of Deir el-Zour, Daesh loses its ability to lead,\" said Gen. Ali Mayhoub.", "\u{2018}\u{2018}With the loss of Deir el-Zour, Daesh loses its ability to lead,\u{2019}\u{2019} said General Ali Mayhoub.", Identical),
            ("\"We will free the town and we will do it soon,\" Bali said.", "\"We will free the town,\" Bali said.", Shortened),
            ("\"Our forces managed to retake the crossing after killing several fighters,\" Duleimi said.", "\"Our forces managed to retake the border crossing after killing many fighters,\" Duleimi said.", Reworded),
        ];
        for (a, b, want) in cases {
            let (_, gs) = run(&[a, b]);
            let both: Vec<&QuoteGroup> = gs.iter().filter(|g| g.members.len() == 2).collect();
            assert_eq!(both.len(), 1, "{a} / {b}: {gs:?}");
            assert_eq!(both[0].relation, *want, "{a} / {b}");
            assert!(!both[0].speakers_differ);
        }
    }

    #[test]
    fn flags_different_speakers() {
        let (_, gs) = run(&[
            "\"The city will be liberated within days,\" said Gen. Ali Mayhoub.",
            "\"The city will be liberated within days,\" said Col. Ryan Dillon.",
        ]);
        assert_eq!(gs.len(), 1, "{gs:?}");
        assert!(gs[0].speakers_differ);
    }

    #[test]
    fn unrelated_quotes_stay_single() {
        let (_, gs) = run(&[
            "\"We will win this war soon,\" he said.",
            "\"The river is very high this year,\" she said.",
        ]);
        assert_eq!(gs.len(), 2);
        assert!(gs.iter().all(|g| g.relation == QuoteRelation::Single));
    }

    #[test]
    fn word_diff() {
        let w = |s: &str| words(s);
        let d = diff_words(
            &w("retake the crossing after killing several fighters"),
            &w("retake the border crossing after killing many fighters"),
        );
        assert_eq!(
            d,
            vec![
                DiffOp::Same("retake the".into()),
                DiffOp::Added("border".into()),
                DiffOp::Same("crossing after killing".into()),
                DiffOp::Added("many".into()),
                DiffOp::Removed("several".into()),
                DiffOp::Same("fighters".into()),
            ]
        );
    }
}
