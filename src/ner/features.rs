//! Feature extraction for the entity tagger, shared by the trainer and the tagger so that both
//! see exactly the same features.
//!
//! A feature is a template number and one or more strings, hashed to 32 bits (feature hashing,
//! Weinberger et al. 2009: no feature dictionary is stored, only the hashes the model kept).
//! The templates follow the feature-based CoNLL-2003 taggers (Ratinov & Roth 2009, "Design
//! challenges and misconceptions in named entity recognition"): the word and its neighbours ±2,
//! word shape, affixes, capitalisation in context, gazetteer matches, word clusters, and two
//! non-local features: how the same word is written elsewhere in the document, and how the
//! tagger labelled it earlier in the document ("extended prediction history").

use super::gazetteers::Gazetteers;
use super::token::{hash, hash_parts, part, token_info, TokenInfo};
use crate::util::{FastMap, FastSet};

/// Template numbers. Changing any of them changes every hash: bump the model format version.
mod t {
    pub const BIAS: u8 = 0;
    pub const WORD: u8 = 1;
    pub const LOWER: u8 = 2;
    pub const SHAPE: u8 = 3;
    pub const SHORT_SHAPE: u8 = 4;
    pub const PREFIX: u8 = 5;
    pub const SUFFIX: u8 = 6;
    pub const FLAGS: u8 = 7;
    pub const CTX_LOWER: u8 = 8;
    pub const CTX_SHAPE: u8 = 9;
    pub const BIGRAM_LEFT: u8 = 10;
    pub const BIGRAM_RIGHT: u8 = 11;
    pub const SHAPE_TRIGRAM: u8 = 12;
    pub const FIRST_SHAPE: u8 = 13;
    pub const DOC_CASE: u8 = 14;
    pub const GAZ: u8 = 15;
    pub const CLUSTER: u8 = 16;
    pub const CTX_CLUSTER: u8 = 17;
    pub const HISTORY: u8 = 18;
    pub const CAPS_SENT: u8 = 19;
    pub const CTX_GAZ: u8 = 20;
    pub const CTX_WORD_SHAPE: u8 = 21;
    pub const NEXT_PAIR: u8 = 22;
    pub const PREV_PAIR: u8 = 23;
}

/// A document as the tagger sees it: sentences of token strings.
///
/// Words are interned: the facts of a word ([`TokenInfo`], cluster paths) are computed once per
/// distinct written form in the document, and tokens refer to them by id.
pub struct DocView<'a> {
    pub sentences: Vec<Vec<&'a str>>,
    /// Word id of every token (an index into [`DocView::words`]).
    pub ids: Vec<Vec<u32>>,
    /// Facts of each distinct written form.
    pub words: Vec<TokenInfo>,
    /// Per word id, the id of its lower-case form (words that differ only in case share it).
    pub lower_ids: Vec<u32>,
    /// Number of distinct lower-case forms.
    pub lowers: usize,
    /// Whether a sentence is mostly in capitals (a CoNLL headline, a shouted title).
    pub caps_sentence: Vec<bool>,
    /// Per word id: whether its lower-case form is seen in lower case somewhere in the document,
    /// and seen capitalised, not first in a sentence, in a sentence not in capitals.
    doc_case: Vec<(bool, bool)>,
    /// Gazetteer matches per token: bit `4*g + p` for gazetteer `g` and BILU position `p`.
    pub gaz: Vec<Vec<u32>>,
    /// Cluster path of each distinct word in each cluster table, looked up once.
    pub clusters: Vec<[Option<&'a str>; 2]>,
}

impl<'a> DocView<'a> {
    pub fn new(sentences: Vec<Vec<&'a str>>, lex: &'a Gazetteers) -> DocView<'a> {
        let mut id_of: FastMap<&'a str, u32> = FastMap::default();
        let mut words: Vec<TokenInfo> = Vec::new();
        let mut clusters: Vec<[Option<&'a str>; 2]> = Vec::new();
        let ids: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&w| {
                        *id_of.entry(w).or_insert_with(|| {
                            let t = token_info(w);
                            let mut c = [None; 2];
                            for (k, slot) in c.iter_mut().enumerate().take(lex.cluster_tables()) {
                                *slot = lex.cluster(k, w, &t.lower);
                            }
                            words.push(t);
                            clusters.push(c);
                            words.len() as u32 - 1
                        })
                    })
                    .collect()
            })
            .collect();
        let mut lower_of: FastMap<&str, u32> = FastMap::default();
        let lower_ids: Vec<u32> = words
            .iter()
            .map(|t| {
                let next = lower_of.len() as u32;
                *lower_of.entry(t.lower.as_str()).or_insert(next)
            })
            .collect();
        let lowers = lower_of.len();
        drop(lower_of);
        let caps_sentence: Vec<bool> = ids
            .iter()
            .map(|s| {
                let (mut alpha, mut caps) = (0, 0);
                for &id in s {
                    let t = &words[id as usize];
                    if t.alpha {
                        alpha += 1;
                        caps += t.all_caps as usize;
                    }
                }
                alpha >= 2 && caps * 2 > alpha
            })
            .collect();
        let mut seen_lower: FastSet<&str> = FastSet::default();
        let mut seen_cap_inside: FastSet<&str> = FastSet::default();
        for (si, s) in ids.iter().enumerate() {
            for (i, &id) in s.iter().enumerate() {
                let t = &words[id as usize];
                if !t.alpha {
                    continue;
                }
                if !t.cap && !t.all_caps {
                    seen_lower.insert(t.lower.as_str());
                } else if i > 0 && !caps_sentence[si] && !after_opening(&sentences[si], i) {
                    seen_cap_inside.insert(t.lower.as_str());
                }
            }
        }
        let gaz = sentences
            .iter()
            .zip(&ids)
            .map(|(s, ids)| {
                let inf: Vec<&TokenInfo> = ids.iter().map(|&id| &words[id as usize]).collect();
                lex.gazetteer_bits(s, &inf)
            })
            .collect();
        let doc_case = words
            .iter()
            .map(|t| {
                (
                    seen_lower.contains(t.lower.as_str()),
                    seen_cap_inside.contains(t.lower.as_str()),
                )
            })
            .collect();
        DocView {
            clusters,
            sentences,
            ids,
            words,
            lower_ids,
            lowers,
            caps_sentence,
            doc_case,
            gaz,
        }
    }

    /// Facts of token `i` of sentence `si`.
    pub fn info(&self, si: usize, i: usize) -> &TokenInfo {
        &self.words[self.ids[si][i] as usize]
    }

    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// The order sentences are tagged in: sentences in normal case first, then those in
    /// capitals (headlines, datelines), so that a headline's words are read with the history of
    /// how the body labelled them. Trainer and tagger use the same order.
    pub fn order(&self) -> Vec<usize> {
        let mut o: Vec<usize> = (0..self.len())
            .filter(|&i| !self.caps_sentence[i])
            .collect();
        o.extend((0..self.len()).filter(|&i| self.caps_sentence[i]));
        o
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }
}

/// Whether token `i` follows an opening quote or bracket (capitalised there by convention).
fn after_opening(s: &[&str], i: usize) -> bool {
    i > 0 && matches!(s[i - 1], "\"" | "'" | "(" | "``" | "`" | ":" | "-" | "--")
}

/// Static features of token `i` of sentence `si`: everything but the prediction history.
///
/// They are the token's own [`local_features`], plus the [`type_features`] of the token and of
/// its neighbours ±2 (or the sentence-boundary features where a neighbour is missing). The
/// trainer uses this union; the tagger computes the same sum with the type features weighed once
/// per distinct word of the document.
pub fn static_features(doc: &DocView, si: usize, i: usize, out: &mut Vec<u32>) {
    local_features(doc, si, i, out);
    type_features(doc, si, i, 0, out);
    let n = doc.sentences[si].len() as isize;
    for d in [-2isize, -1, 1, 2] {
        let j = i as isize + d;
        if j >= 0 && j < n {
            type_features(doc, si, j as usize, d, out);
        } else {
            boundary_features(d, out);
        }
    }
}

/// The features token `j` contributes at offset `d` from the token being labelled (`d` = 0: the
/// token itself). They depend only on the word and on whether its sentence is in capitals, so
/// the tagger weighs them once per distinct word in a document.
pub fn type_features(doc: &DocView, si: usize, j: usize, d: isize, out: &mut Vec<u32>) {
    let id = doc.ids[si][j] as usize;
    let t = &doc.words[id];
    let cl = &doc.clusters[id];
    if d == 0 {
        let w = doc.sentences[si][j];
        let caps_sent = doc.caps_sentence[si];
        // In a sentence in capitals the written form says little; its lower-case form still does.
        if !caps_sent {
            out.push(hash(t::WORD, &[w.as_bytes()]));
        }
        out.push(hash_parts(t::LOWER, &[t.h_lower]));
        out.push(hash(t::SHAPE, &[t.shape.as_bytes(), &[caps_sent as u8]]));
        out.push(hash_parts(t::SHORT_SHAPE, &[t.h_short]));
        // affixes of 1-4 characters of words longer than the affix
        let mut starts = t.lower.char_indices().map(|(k, _)| k).skip(1);
        let mut ends = t.lower.char_indices().map(|(k, _)| k).rev();
        for k in 1..=4u8 {
            // a prefix boundary after k characters exists only for words of more than k
            let (Some(p), Some(q)) = (starts.next(), ends.next()) else {
                break;
            };
            out.push(hash(t::PREFIX, &[&[k], t.lower[..p].as_bytes()]));
            out.push(hash(t::SUFFIX, &[&[k], t.lower[q..].as_bytes()]));
        }
        // Word clusters (several prefix lengths of the cluster path), per table.
        for (table, path) in cl.iter().enumerate() {
            if let Some(path) = path {
                for &len in &[4usize, 6, 10, 20] {
                    let p = &path[..len.min(path.len())];
                    out.push(hash(t::CLUSTER, &[&[table as u8, len as u8], p.as_bytes()]));
                }
            }
        }
        return;
    }
    out.push(hash_parts(t::CTX_LOWER, &[part(&[d as u8]), t.h_lower]));
    if d.abs() == 1 {
        out.push(hash_parts(t::CTX_SHAPE, &[part(&[d as u8]), t.h_short]));
    }
    for (table, path) in cl.iter().enumerate() {
        if let Some(path) = path {
            for len in [6usize, 12] {
                let p = &path[..len.min(path.len())];
                out.push(hash(
                    t::CTX_CLUSTER,
                    &[&[table as u8, d as u8, len as u8], p.as_bytes()],
                ));
            }
        }
    }
}

/// The context features at offset `d` when it falls outside the sentence.
pub fn boundary_features(d: isize, out: &mut Vec<u32>) {
    let mark: &[u8] = if d < 0 { b"<s>" } else { b"</s>" };
    out.push(hash(t::CTX_LOWER, &[&[d as u8], mark]));
    if d.abs() == 1 {
        out.push(hash(t::CTX_SHAPE, &[&[d as u8], mark]));
    }
}

/// The features of token `i` that depend on more than one word or on its position: bias, flags,
/// word pairs, shape trigram, document case, gazetteer matches.
pub fn local_features(doc: &DocView, si: usize, i: usize, out: &mut Vec<u32>) {
    let s = &doc.sentences[si];
    let t = doc.info(si, i);
    let w = s[i];
    let caps_sent = doc.caps_sentence[si];
    out.push(hash(t::BIAS, &[]));
    let has_digit = w.bytes().any(|b| b.is_ascii_digit());
    let has_hyphen = w.contains('-');
    let has_dot = w.contains('.');
    let has_apos = w.contains('\'');
    let flags = [
        t.cap as u8,
        t.all_caps as u8,
        has_digit as u8,
        has_hyphen as u8,
        has_dot as u8,
        has_apos as u8,
        (i == 0) as u8,
        caps_sent as u8,
    ];
    out.push(hash(t::FLAGS, &[&flags]));
    out.push(hash_parts(
        t::CAPS_SENT,
        &[part(&[caps_sent as u8, (i == 0) as u8]), t.h_short],
    ));
    // a neighbour's fact, or a sentence-boundary marker outside the sentence
    let (start, end) = (part(b"<s>"), part(b"</s>"));
    let at = |j: isize, fact: fn(&TokenInfo) -> u64| -> u64 {
        if j < 0 {
            start
        } else if j as usize >= s.len() {
            end
        } else {
            fact(doc.info(si, j as usize))
        }
    };
    let lower_at = |j: isize| at(j, |t| t.h_lower);
    let shape_at = |j: isize| at(j, |t| t.h_short);
    let ii = i as isize;
    for d in [-1isize, 1] {
        out.push(hash_parts(
            t::CTX_WORD_SHAPE,
            &[part(&[d as u8]), lower_at(ii + d), t.h_short],
        ));
    }
    out.push(hash_parts(t::BIGRAM_LEFT, &[lower_at(ii - 1), t.h_lower]));
    out.push(hash_parts(t::BIGRAM_RIGHT, &[t.h_lower, lower_at(ii + 1)]));
    out.push(hash_parts(
        t::PREV_PAIR,
        &[lower_at(ii - 2), lower_at(ii - 1)],
    ));
    out.push(hash_parts(
        t::NEXT_PAIR,
        &[lower_at(ii + 1), lower_at(ii + 2)],
    ));
    out.push(hash_parts(
        t::SHAPE_TRIGRAM,
        &[shape_at(ii - 1), t.h_short, shape_at(ii + 1)],
    ));
    if i == 0 {
        out.push(hash_parts(t::FIRST_SHAPE, &[t.h_short, t.h_lower]));
    }
    // How the document writes this word elsewhere.
    if t.cap || t.all_caps {
        let (lower_seen, cap_seen) = doc.doc_case[doc.ids[si][i] as usize];
        let first = i == 0 || after_opening(s, i) || caps_sent;
        out.push(hash(
            t::DOC_CASE,
            &[&[lower_seen as u8, cap_seen as u8, first as u8]],
        ));
    }
    // Gazetteers: matches of this token and its neighbours.
    let mut b = doc.gaz[si][i];
    while b != 0 {
        let k = b.trailing_zeros();
        b &= b - 1;
        out.push(hash(t::GAZ, &[&[k as u8]]));
        out.push(hash_parts(t::GAZ, &[part(&[k as u8]), t.h_short]));
    }
    for d in [-1isize, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < s.len() {
            let mut b = doc.gaz[si][j as usize];
            while b != 0 {
                let k = b.trailing_zeros();
                b &= b - 1;
                out.push(hash(t::CTX_GAZ, &[&[d as u8, k as u8]]));
            }
        }
    }
}

/// Labels earlier tokens of the same lower-cased form received in this document, per entity type
/// (PER, ORG, LOC, MISC) and outside any entity; indexed by the document's lower-case form ids.
#[derive(Default)]
pub struct History {
    counts: Vec<[u16; 5]>,
}

impl History {
    pub fn clear(&mut self) {
        self.counts.clear();
    }

    /// Records the decoded labels of a sentence (label ids of [`super::labels`]).
    pub fn record(&mut self, doc: &DocView, si: usize, labels: &[u8]) {
        if self.counts.len() < doc.lowers {
            self.counts.resize(doc.lowers, [0; 5]);
        }
        for (i, &l) in labels.iter().enumerate() {
            let t = doc.info(si, i);
            if !(t.cap || t.all_caps) {
                continue;
            }
            let slot = super::labels::entity_type(l).map_or(4, |x| x as usize);
            let e = &mut self.counts[doc.lower_ids[doc.ids[si][i] as usize] as usize];
            e[slot] = e[slot].saturating_add(1);
        }
    }

    /// History features of a token.
    pub fn features(&self, doc: &DocView, si: usize, i: usize, out: &mut Vec<u32>) {
        let t = doc.info(si, i);
        if !(t.cap || t.all_caps) {
            return;
        }
        if let Some(c) = self
            .counts
            .get(doc.lower_ids[doc.ids[si][i] as usize] as usize)
        {
            let total: u32 = c.iter().map(|&x| u32::from(x)).sum();
            if total == 0 {
                return;
            }
            let (best, &bc) = c
                .iter()
                .enumerate()
                .max_by_key(|(k, &v)| (v, std::cmp::Reverse(*k)))
                .unwrap_or((4, &0));
            let share = (u32::from(bc) * 4 / total).min(3) as u8;
            out.push(hash(t::HISTORY, &[&[best as u8, share]]));
            out.push(hash(t::HISTORY, &[&[best as u8, 9]]));
        }
    }
}
