//! Shared passages: sentences that two or more sources carry near-verbatim (wire copy reused by
//! several outlets), joined into passages, and per source the share of its text that is shared
//! and with whom.
//!
//! Sentences of six words or more are indexed by word 5-grams (w-shingling, Broder 1997); two
//! sentences of different sources match when half the 5-grams of the shorter occur in the other.
//! Shingles found in very many sentences are skipped, which keeps the cost linear in the number
//! of articles. Matching sentences form groups; groups over the same sources whose sentences
//! follow each other in every source merge into one passage.

use super::shingles::{shared_shingles, shingles, word_hashes};
use crate::analysis::Article;
use crate::text::Span;
use crate::util::UnionFind;
use std::collections::BTreeMap;

const SHINGLE: usize = 5;
const MIN_WORDS: usize = 6;
const MAX_POSTINGS: usize = 64;

#[derive(Clone, Debug)]
pub struct Passage {
    /// "p1", "p2", ... in order of first appearance.
    pub key: String,
    /// (article, byte span of the passage in it), one per source, in source order.
    pub members: Vec<(usize, Span)>,
}

#[derive(Clone, Debug, Default)]
pub struct SharedSummary {
    /// Bytes of the article's text in sentences another source shares.
    pub shared_bytes: usize,
    pub total_bytes: usize,
    /// Per other source: bytes of this article's text shared with it.
    pub with: Vec<(usize, usize)>,
}

impl SharedSummary {
    pub fn share(&self) -> f64 {
        if self.total_bytes == 0 {
            0.0
        } else {
            self.shared_bytes as f64 / self.total_bytes as f64
        }
    }
}

/// Finds shared passages; returns them and a summary per source.
pub fn find(articles: &[Article]) -> (Vec<Passage>, Vec<SharedSummary>) {
    let mut nodes: Vec<(usize, usize)> = Vec::new(); // (article, sentence)
    let mut shs: Vec<Vec<u64>> = Vec::new();
    // one source alone shares nothing: its sentences need no shingles
    let alone = articles.len() < 2;
    for (a, art) in articles.iter().enumerate() {
        for (s, sp) in art.sentences.iter().enumerate() {
            let ws = word_hashes(&art.text[sp.start..sp.end]);
            if ws.len() < MIN_WORDS {
                continue;
            }
            shs.push(if alone {
                Vec::new()
            } else {
                shingles(&ws, SHINGLE)
            });
            nodes.push((a, s));
        }
    }
    let shared = shared_shingles(&shs, |n| nodes[n].0, MAX_POSTINGS);
    let mut uf = UnionFind::new(nodes.len());
    let mut matched_with: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()]; // other articles
    let mut pairs: Vec<(usize, usize)> = shared
        .iter()
        .filter(|(&(p, q), &n)| n * 2 >= shs[p].len().min(shs[q].len()).max(1))
        .map(|(&pq, _)| pq)
        .collect();
    pairs.sort_unstable();
    for (p, q) in pairs {
        uf.union(p, q);
        let (ap, aq) = (nodes[p].0, nodes[q].0);
        if !matched_with[p].contains(&aq) {
            matched_with[p].push(aq);
        }
        if !matched_with[q].contains(&ap) {
            matched_with[q].push(ap);
        }
    }
    // Groups of matching sentences: per source, its sentence indices.
    let mut comps: BTreeMap<usize, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
    for n in 0..nodes.len() {
        if matched_with[n].is_empty() {
            continue;
        }
        let (a, s) = nodes[n];
        comps
            .entry(uf.find(n))
            .or_default()
            .entry(a)
            .or_default()
            .push(s);
    }
    // Each group as (source → first..=last sentence of its first run).
    let mut runs: Vec<BTreeMap<usize, (usize, usize)>> = comps
        .into_values()
        .map(|per| {
            per.into_iter()
                .map(|(a, mut ss)| {
                    ss.sort_unstable();
                    let mut last = ss[0];
                    for &s in &ss[1..] {
                        if s == last + 1 {
                            last = s;
                        } else {
                            break;
                        }
                    }
                    (a, (ss[0], last))
                })
                .collect()
        })
        .collect();
    // Merge groups over the same sources that continue each other in every source.
    runs.sort_by(|x, y| {
        let kx: Vec<usize> = x.keys().copied().collect();
        let ky: Vec<usize> = y.keys().copied().collect();
        kx.cmp(&ky).then(x.values().next().cmp(&y.values().next()))
    });
    let mut merged: Vec<BTreeMap<usize, (usize, usize)>> = Vec::new();
    for r in runs {
        if let Some(prev) = merged.last_mut() {
            let same_sources = prev.keys().eq(r.keys());
            if same_sources && r.iter().all(|(a, (s, _))| prev[a].1 + 1 == *s) {
                for (a, (_, e)) in r {
                    if let Some(p) = prev.get_mut(&a) {
                        p.1 = e;
                    }
                }
                continue;
            }
        }
        merged.push(r);
    }
    merged.sort_by_key(|m| m.iter().next().map(|(a, (s, _))| (*a, *s)));
    let passages = merged
        .iter()
        .enumerate()
        .map(|(n, m)| Passage {
            key: format!("p{}", n + 1),
            members: m
                .iter()
                .map(|(&a, &(s, e))| {
                    (
                        a,
                        Span::new(articles[a].sentences[s].start, articles[a].sentences[e].end),
                    )
                })
                .collect(),
        })
        .collect();
    // Per source: bytes of matched sentences, overall and per other source.
    let mut summary: Vec<SharedSummary> = articles
        .iter()
        .map(|a| SharedSummary {
            total_bytes: a.text.len(),
            ..Default::default()
        })
        .collect();
    for (n, others) in matched_with.iter().enumerate() {
        if others.is_empty() {
            continue;
        }
        let (a, s) = nodes[n];
        let len = articles[a].sentences[s].len();
        summary[a].shared_bytes += len;
        for &b in others {
            match summary[a].with.iter_mut().find(|w| w.0 == b) {
                Some(w) => w.1 += len,
                None => summary[a].with.push((b, len)),
            }
        }
    }
    for s in &mut summary {
        s.with.sort_unstable();
    }
    (passages, summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arts(texts: &[&str]) -> Vec<Article> {
        super::super::test_articles(texts)
    }

    #[test]
    fn finds_wire_copy_and_joins_consecutive_sentences() {
        let wire = "Syrian troops backed by Russia are now racing toward Boukamal from opposite sides of the river. Both the US and Russia have embedded special forces with their respective partners.";
        let a = arts(&[
            &format!("Our own lead sentence is here and it is unique to us. {wire} A closing line only we wrote today."),
            &format!("A different opening written by this outlet alone today. {wire}"),
            "Nothing in common with the others, just a report on the weather in town.",
        ]);
        let (ps, sum) = find(&a);
        assert_eq!(ps.len(), 1, "{ps:?}");
        let p = &ps[0];
        assert_eq!(
            p.members.iter().map(|m| m.0).collect::<Vec<_>>(),
            vec![0, 1]
        );
        for &(ai, sp) in &p.members {
            assert_eq!(&a[ai].text[sp.start..sp.end], wire);
        }
        assert!(sum[0].share() > 0.4 && sum[0].share() < 0.8, "{:?}", sum[0]);
        assert_eq!(sum[0].with, vec![(1, sum[0].shared_bytes)]);
        assert_eq!(sum[2].shared_bytes, 0);
    }

    #[test]
    fn near_verbatim_counts_unrelated_does_not() {
        let a = arts(&[
            "The defeats left the Syrian town of Boukamal as the only urban area still completely under ISIS control.",
            "The defeats leave the Syrian town of Boukamal as the only urban area still completely under Isis control.",
            "The Syrian town of Boukamal was quiet on Sunday, residents told reporters by phone.",
        ]);
        let (ps, _) = find(&a);
        assert_eq!(ps.len(), 1);
        assert_eq!(
            ps[0].members.iter().map(|m| m.0).collect::<Vec<_>>(),
            vec![0, 1]
        );
    }
}
