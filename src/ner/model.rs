//! The tagger's model: an averaged structured perceptron (Collins 2002) over BILOU labels
//! with constrained Viterbi decoding, trained on CoNLL-2003 by `crossread train ner`
//! (`crate::tools::train`) and embedded in the binary and the .wasm as `data/ner.model`.
//!
//! Model file (format version [`FORMAT_VERSION`], all integers little-endian):
//! `CRNER\0`, u32 version, u32 feature count, f32 weight scale, `(N+1)·N` f32 transition weights
//! (row 0: sentence start), then per feature in ascending hash order: the hash as a LEB128
//! delta from the previous one, a LEB128 bit mask of the labels it has a weight for, and those
//! weights as zigzag LEB128 `i16` (real weight = value · scale); then u32 length and the
//! gazetteer and cluster lines ([`Gazetteers::to_lines`]). Sorted deltas and small integers keep the
//! file small once the .wasm is compressed.

use super::features::{self, DocView, History};
use super::gazetteers::Gazetteers;
use super::labels::{self, N};
use crate::util::FastMap;
use std::sync::OnceLock;

/// The model format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 2;

const MAGIC: &[u8; 6] = b"CRNER\0";

/// The embedded model, built by `crossread train ner` (see README, "Entity model").
static MODEL_BYTES: &[u8] = include_bytes!("../../data/ner.model");

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "entity model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// A loaded model: a feature hash table over sparse weight rows, transitions, and the gazetteers and word clusters.
pub struct Model {
    /// Open-addressing table of (hash, row); 0 marks an empty slot. A row of one or two small
    /// weights (most rows) is stored in the slot itself ([`INLINE`] set: two 15-bit
    /// `label << 10 | weight` pairs, [`SECOND`] set when there are two); a longer row is
    /// `start << 5 | len`, the pairs `pairs[start..start + len]`. A feature costs one cache line,
    /// or two for a long row.
    slots: Vec<(u32, u32)>,
    /// `label << 16 | weight as u16`, rows one after another.
    pairs: Vec<u32>,
    /// One bit per feature hash (low [`FILTER_BITS`] bits): most features a text produces are
    /// not in the model, and this 256 KB filter, small enough to stay in cache, answers for
    /// them without touching the 2 MB slot table.
    filter: Vec<u64>,
    rows: usize,
    scale: f32,
    trans: Vec<f32>,
    lex: Gazetteers,
    /// Tells this model's weights from another's in [`TypeCache`] (a new id for every model
    /// built or changed).
    id: u64,
}

/// A new [`Model::id`].
fn fresh_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Weighed type features ([`features::type_features`] at offsets -2..=2) by written form and
/// whether the sentence is in capitals, kept from one article to the next: they depend on
/// nothing else, and the articles of a story share most of their words, so a story's second
/// article weighs only the words the first did not have. One per thread, for one model at a
/// time; it stops growing at [`TYPE_CACHE_WORDS`] (about 5.6 MB).
#[derive(Default)]
struct TypeCache {
    model: u64,
    /// Index into `weights`, per sentence kind (0: mixed case, 1: in capitals).
    index: [FastMap<Box<str>, u32>; 2],
    weights: Vec<[[i32; N]; 5]>,
}

/// Most distinct words a [`TypeCache`] holds.
const TYPE_CACHE_WORDS: usize = 1 << 14;

thread_local! {
    static TYPE_CACHE: std::cell::RefCell<TypeCache> = Default::default();
}

impl Model {
    /// The embedded model, loaded once.
    pub fn embedded() -> Result<&'static Model, ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_bytes(MODEL_BYTES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Builds a model from sparse rows (the trainer's output).
    pub fn from_rows(
        rows: Vec<(u32, Vec<(u8, i16)>)>,
        scale: f32,
        trans: Vec<f32>,
        lex: Gazetteers,
    ) -> Model {
        let mut rows = rows;
        rows.sort_by_key(|r| r.0);
        rows.retain(|r| !r.1.is_empty() && r.1.len() <= N);
        let mut pairs = Vec::new();
        let cap = (rows.len() + rows.len() / 4).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); cap];
        for (h, row) in &rows {
            let small = |&(l, w): &(u8, i16)| (l as usize) < N && (-512..512).contains(&w);
            let entry = if row.len() <= 2 && row.iter().all(small) {
                let p15 = |(l, w): (u8, i16)| u32::from(l) << 10 | (w as u32 & 0x3ff);
                let mut e = INLINE | p15(row[0]);
                if let Some(&second) = row.get(1) {
                    e |= SECOND | p15(second) << 15;
                }
                e
            } else {
                let start = pairs.len() as u32;
                for &(l, w) in row {
                    pairs.push(u32::from(l) << 16 | u32::from(w as u16));
                }
                start << 5 | row.len() as u32
            };
            let mut k = slot_of(*h, cap);
            while slots[k].1 != 0 {
                k = (k + 1) & (cap - 1);
            }
            slots[k] = (*h, entry);
        }
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64];
        for (h, _) in &rows {
            let b = (*h as usize) & ((1 << FILTER_BITS) - 1);
            filter[b / 64] |= 1 << (b % 64);
        }
        Model {
            slots,
            pairs,
            filter,
            rows: rows.len(),
            scale,
            trans,
            lex,
            id: fresh_id(),
        }
    }

    pub fn gazetteers(&self) -> &Gazetteers {
        &self.lex
    }

    pub fn feature_count(&self) -> usize {
        self.rows
    }

    /// The weights of a slot entry as (label, weight) pairs.
    fn row_of(&self, entry: u32, mut f: impl FnMut(usize, i32)) {
        if entry & INLINE != 0 {
            let (l, w) = unpack15(entry);
            f(l, w);
            if entry & SECOND != 0 {
                let (l, w) = unpack15(entry >> 15);
                f(l, w);
            }
        } else {
            let start = (entry >> 5) as usize;
            for &p in &self.pairs[start..start + (entry & 31) as usize] {
                f((p >> 16) as usize, i32::from(p as u16 as i16));
            }
        }
    }

    /// The slot entry of feature `h`, 0 if the model does not have it.
    fn slot(&self, h: u32) -> u32 {
        let mask = self.slots.len() - 1;
        let mut k = slot_of(h, self.slots.len());
        loop {
            let (key, packed) = self.slots[k];
            if packed == 0 || key == h {
                return packed;
            }
            k = (k + 1) & mask;
        }
    }

    /// Adds the weights of `feats` to `acc`.
    ///
    /// In three passes over a batch of features (filter, slot, row) rather than one feature at a
    /// time, so that the memory loads of different features are independent and overlap: the
    /// weight lookups are cache misses, and the tagger's time is mostly spent waiting on them.
    fn accumulate(&self, feats: &[u32], acc: &mut [i32; N]) {
        const BATCH: usize = 64;
        let mask = (1usize << FILTER_BITS) - 1;
        let mut kept = [0u32; BATCH];
        let mut rows = [(0u32, 0u32); BATCH];
        for chunk in feats.chunks(BATCH) {
            let mut n = 0;
            for &f in chunk {
                let b = f as usize & mask;
                kept[n] = f;
                n += (self.filter[b / 64] >> (b % 64)) as usize & 1;
            }
            let mut m = 0;
            for &h in &kept[..n] {
                let entry = self.slot(h);
                if entry & INLINE != 0 {
                    let (l, w) = unpack15(entry);
                    acc[l] += w;
                    if entry & SECOND != 0 {
                        let (l, w) = unpack15(entry >> 15);
                        acc[l] += w;
                    }
                    continue;
                }
                rows[m] = (entry >> 5, entry & 31);
                m += (entry != 0) as usize;
            }
            for &(start, len) in &rows[..m] {
                let start = start as usize;
                for &p in &self.pairs[start..start + len as usize] {
                    if let Some(a) = acc.get_mut((p >> 16) as usize) {
                        *a += i32::from(p as u16 as i16);
                    }
                }
            }
        }
    }

    /// Labels every token of a document given as sentences of tokens.
    ///
    /// Most features depend on one word alone ([`features::type_features`]): their weights are
    /// summed once per distinct word of the document and offset, then added per token, which
    /// gives the same integer scores as summing every feature of every token (the trainer's
    /// view, [`features::static_features`]) at a fraction of the weight lookups.
    pub fn tag(&self, sentences: Vec<Vec<&str>>) -> Vec<Vec<u8>> {
        TYPE_CACHE.with(|cache| self.tag_with(sentences, &mut cache.borrow_mut()))
    }

    /// The weighed type features of every token, as indices into the returned table (one entry
    /// per distinct word of the document), from `cache` where it has them.
    fn type_weights(
        &self,
        doc: &DocView,
        cache: &mut TypeCache,
    ) -> (Vec<Vec<u32>>, Vec<[[i32; N]; 5]>) {
        if cache.model != self.id {
            *cache = TypeCache {
                model: self.id,
                ..TypeCache::default()
            };
        }
        // per (word id, sentence in capitals): index of its weights at offsets -2..=2
        let mut type_of = vec![u32::MAX; doc.words.len() * 2];
        let mut type_weights: Vec<[[i32; N]; 5]> = Vec::new();
        let mut feats = Vec::with_capacity(96);
        let ids: Vec<Vec<u32>> = (0..doc.len())
            .map(|si| {
                let caps = doc.caps_sentence[si] as usize;
                (0..doc.sentences[si].len())
                    .map(|j| {
                        let key = doc.ids[si][j] as usize * 2 + caps;
                        if type_of[key] == u32::MAX {
                            let word = doc.sentences[si][j];
                            let w = match cache.index[caps].get(word) {
                                Some(&k) => cache.weights[k as usize],
                                None => {
                                    let mut w = [[0i32; N]; 5];
                                    for (k, acc) in w.iter_mut().enumerate() {
                                        feats.clear();
                                        features::type_features(
                                            doc,
                                            si,
                                            j,
                                            k as isize - 2,
                                            &mut feats,
                                        );
                                        self.accumulate(&feats, acc);
                                    }
                                    if cache.weights.len() < TYPE_CACHE_WORDS {
                                        cache.index[caps]
                                            .insert(word.into(), cache.weights.len() as u32);
                                        cache.weights.push(w);
                                    }
                                    w
                                }
                            };
                            type_of[key] = type_weights.len() as u32;
                            type_weights.push(w);
                        }
                        type_of[key]
                    })
                    .collect()
            })
            .collect();
        (ids, type_weights)
    }

    fn tag_with(&self, sentences: Vec<Vec<&str>>, cache: &mut TypeCache) -> Vec<Vec<u8>> {
        let doc = DocView::new(sentences, &self.lex);
        let (ids, type_weights) = self.type_weights(&doc, cache);
        let mut feats = Vec::with_capacity(96);
        let mut history = History::default();
        let mut out = vec![Vec::new(); doc.len()];
        let mut emit = Vec::new();
        let mut path = Vec::new();
        let mut decoder = labels::Viterbi::default();
        for si in doc.order() {
            let n = doc.sentences[si].len();
            emit.clear();
            emit.resize(n * N, 0.0f32);
            for i in 0..n {
                feats.clear();
                features::local_features(&doc, si, i, &mut feats);
                history.features(&doc, si, i, &mut feats);
                let mut acc = type_weights[ids[si][i] as usize][2];
                for d in [-2isize, -1, 1, 2] {
                    let j = i as isize + d;
                    if j >= 0 && (j as usize) < n {
                        let w = &type_weights[ids[si][j as usize] as usize][(d + 2) as usize];
                        for (a, x) in acc.iter_mut().zip(w) {
                            *a += x;
                        }
                    } else {
                        features::boundary_features(d, &mut feats);
                    }
                }
                self.accumulate(&feats, &mut acc);
                for l in 0..N {
                    emit[i * N + l] = acc[l] as f32 * self.scale;
                }
            }
            decoder.decode(&emit, &self.trans, n, &mut path);
            history.record(&doc, si, &path);
            out[si] = path.clone();
        }
        out
    }

    /// Reads a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, pos: 0 };
        if r.take(6)? != MAGIC {
            return Err(ModelError("not a crossread entity model".into()));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError(format!(
                "format version {version}, this build reads {FORMAT_VERSION}: rebuild it with `crossread train ner`"
            )));
        }
        let n = r.u32()? as usize;
        let scale = f32::from_bits(r.u32()?);
        let mut trans = Vec::with_capacity((N + 1) * N);
        for _ in 0..(N + 1) * N {
            trans.push(f32::from_bits(r.u32()?));
        }
        let mut rows = Vec::with_capacity(n);
        let mut h: u64 = 0;
        for _ in 0..n {
            h += r.leb()?;
            let key =
                u32::try_from(h).map_err(|_| ModelError("feature hash out of range".into()))?;
            let mask = r.leb()?;
            let mut row = Vec::with_capacity(mask.count_ones() as usize);
            for l in 0..N as u8 {
                if mask & (1 << l) != 0 {
                    let z = r.leb()?;
                    let w = ((z >> 1) as i64) ^ -((z & 1) as i64);
                    row.push((l, w as i16));
                }
            }
            rows.push((key, row));
        }
        let len = r.u32()? as usize;
        let text = std::str::from_utf8(r.take(len)?)
            .map_err(|_| ModelError("lexicon is not UTF-8".into()))?;
        let mut lex = Gazetteers::builtin();
        lex.add_lines(text).map_err(ModelError)?;
        if r.pos != b.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        Ok(Model::from_rows(rows, scale, trans, lex))
    }

    /// The feature rows, in ascending hash order, each row's (label, weight) pairs by label.
    fn rows(&self) -> Vec<(u32, Vec<(u8, i16)>)> {
        let mut hashes: Vec<u32> = self
            .slots
            .iter()
            .filter(|s| s.1 != 0)
            .map(|s| s.0)
            .collect();
        hashes.sort_unstable();
        hashes
            .into_iter()
            .map(|h| {
                let mut pairs: Vec<(u8, i16)> = Vec::new();
                self.row_of(self.slot(h), |l, w| pairs.push((l as u8, w as i16)));
                pairs.sort_unstable();
                (h, pairs)
            })
            .collect()
    }

    /// The model without its weights smaller than `min` (in quantised units, of at most
    /// ±255): magnitude pruning, the cheapest way to a smaller file (`crossread tables model`
    /// reports what each threshold costs in F1). A feature left with no weight is dropped.
    pub fn pruned(&self, min: i16) -> Model {
        let rows = self
            .rows()
            .into_iter()
            .map(|(h, row)| (h, row.into_iter().filter(|p| p.1.abs() >= min).collect()))
            .collect();
        Model::from_rows(rows, self.scale, self.trans.clone(), self.lex.clone())
    }

    /// The model with only the cluster words `keep(table, word)` accepts.
    pub fn with_cluster_words(mut self, keep: impl FnMut(usize, &str) -> bool) -> Model {
        self.lex.retain_cluster_words(keep);
        self.id = fresh_id();
        self
    }

    /// Writes the model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let rows = self.rows();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        for t in &self.trans {
            out.extend_from_slice(&t.to_bits().to_le_bytes());
        }
        let mut prev = 0u64;
        for (h, pairs) in rows {
            leb(&mut out, u64::from(h) - prev);
            prev = u64::from(h);
            let mask = pairs.iter().fold(0u64, |m, &(l, _)| m | 1 << l);
            leb(&mut out, mask);
            for (_, w) in pairs {
                let w = i64::from(w);
                leb(&mut out, ((w << 1) ^ (w >> 63)) as u64);
            }
        }
        let lines = self.lex.to_lines(&Gazetteers::builtin());
        out.extend_from_slice(&(lines.len() as u32).to_le_bytes());
        out.extend_from_slice(lines.as_bytes());
        out
    }
}

/// Bits of the feature filter's index.
const FILTER_BITS: usize = 21;

/// Home slot of feature hash `h` in a table of `cap` (a power of two) slots.
/// Slot entry flags (see [`Model`]'s `slots`).
const INLINE: u32 = 1 << 31;

const SECOND: u32 = 1 << 30;

/// A 15-bit inline pair: label (5 bits, below [`N`]) and a 10-bit two's complement weight.
fn unpack15(e: u32) -> (usize, i32) {
    let p = e & 0x7fff;
    ((p >> 10) as usize % N, ((p & 0x3ff) as i32) << 22 >> 22)
}

fn slot_of(h: u32, cap: usize) -> usize {
    (h.wrapping_mul(0x9E37_79B9) as usize) & (cap - 1)
}

fn leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        match end {
            Some(e) => {
                let s = &self.b[self.pos..e];
                self.pos = e;
                Ok(s)
            }
            None => Err(ModelError("truncated".into())),
        }
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn leb(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("bad integer".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads() {
        let m = Model::embedded().expect("embedded model");
        assert!(m.feature_count() > 10_000);
    }

    /// Tags `sentences` on a new thread, whose type cache starts empty.
    fn tag_cold(m: &'static Model, sentences: &[&[&'static str]]) -> Vec<Vec<u8>> {
        let s: Vec<Vec<&str>> = sentences.iter().map(|s| s.to_vec()).collect();
        std::thread::spawn(move || m.tag(s))
            .join()
            .expect("tagging")
    }

    #[test]
    fn weights_kept_from_an_earlier_article_tag_as_fresh_ones() {
        let m = Model::embedded().expect("embedded model");
        let first: &[&[&str]] = &[
            &["Apple", "sued", "Samsung", "in", "Seoul", "."],
            &["SEOUL", "RAIN"],
        ];
        let second: &[&[&str]] = &[
            &["Samsung", "said", "Apple", "lost", "in", "Seoul", "."],
            &["APPLE", "WINS"],
        ];
        let cold = tag_cold(m, second);
        let warm = std::thread::spawn(move || {
            m.tag(first.iter().map(|s| s.to_vec()).collect());
            m.tag(second.iter().map(|s| s.to_vec()).collect())
        });
        assert_eq!(warm.join().expect("tagging"), cold);
        // another model's weights are its own, though the cache was warmed by the first
        let pruned: &'static Model = Box::leak(Box::new(m.pruned(200)));
        let cold = tag_cold(pruned, second);
        assert_ne!(
            cold,
            tag_cold(m, second),
            "a test of two models needs two taggings"
        );
        let warm = std::thread::spawn(move || {
            m.tag(second.iter().map(|s| s.to_vec()).collect());
            pruned.tag(second.iter().map(|s| s.to_vec()).collect())
        });
        assert_eq!(warm.join().expect("tagging"), cold);
    }

    #[test]
    fn model_file_round_trips() {
        let m = Model::embedded().expect("embedded model");
        assert_eq!(m.to_bytes(), MODEL_BYTES);
    }

    #[test]
    fn pruning_drops_small_weights_and_empty_features() {
        let rows = vec![
            (7, vec![(0, 3), (1, -9)]),
            (9, vec![(2, 5)]),
            (11, vec![(3, 300)]),
        ];
        let m = Model::from_rows(rows, 1.0, vec![0.0; (N + 1) * N], Gazetteers::default());
        let p = m.pruned(6);
        assert_eq!(p.rows(), vec![(7, vec![(1, -9)]), (11, vec![(3, 300)])]);
        assert_eq!(m.pruned(0).rows(), m.rows());
    }

    #[test]
    fn rejects_other_versions_and_truncation() {
        let mut b = MODEL_BYTES.to_vec();
        b[6] = b[6].wrapping_add(1);
        let e = Model::from_bytes(&b).err().expect("version error");
        assert!(e.0.contains("format version"), "{e}");
        assert!(Model::from_bytes(&MODEL_BYTES[..MODEL_BYTES.len() / 2]).is_err());
        assert!(Model::from_bytes(b"hello").is_err());
    }
}
