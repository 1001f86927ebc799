//! The trainer behind `crossread train ner`: averaged structured perceptron (Collins 2002,
//! "Discriminative training methods for hidden Markov models") with constrained Viterbi, run
//! over the CoNLL-2003 training documents in a fixed shuffled order per epoch, then averaged,
//! pruned and quantised to the model file of [`super`].
//!
//! Prediction-history features use the model's own predictions on earlier sentences of the
//! document during training, exactly as the tagger does at run time.

use crate::ner::features::{self, DocView, History};
use crate::ner::gazetteers::Gazetteers;
use crate::ner::labels::{self, N};
use crate::ner::Model;
use std::collections::HashMap;

/// A CoNLL document: sentences of tokens with gold BILOU labels.
pub struct Doc {
    pub sentences: Vec<Vec<String>>,
    pub gold: Vec<Vec<u8>>,
}

/// Reads a CoNLL-2003 file (word first, BIO tag last) into documents.
pub fn read_conll(input: &str) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut doc = Doc {
        sentences: Vec::new(),
        gold: Vec::new(),
    };
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let flush_sentence = |doc: &mut Doc, words: &mut Vec<String>, tags: &mut Vec<String>| {
        if words.is_empty() {
            return;
        }
        let t: Vec<&str> = tags.iter().map(|s| s.as_str()).collect();
        let chunks: Vec<(usize, usize, u8)> = super::conll::chunks(&t)
            .into_iter()
            .filter_map(|(s, e, ty)| {
                labels::TYPES
                    .iter()
                    .position(|x| *x == ty)
                    .map(|k| (s, e, k as u8))
            })
            .collect();
        doc.gold.push(labels::from_chunks(words.len(), &chunks));
        doc.sentences.push(std::mem::take(words));
        tags.clear();
    };
    for line in input.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut words, &mut tags);
            if !doc.sentences.is_empty() {
                docs.push(std::mem::replace(
                    &mut doc,
                    Doc {
                        sentences: Vec::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            continue;
        }
        if line.trim().is_empty() {
            flush_sentence(&mut doc, &mut words, &mut tags);
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if let (Some(w), Some(t)) = (cols.first(), cols.last()) {
            words.push((*w).to_string());
            tags.push((*t).to_string());
        }
    }
    flush_sentence(&mut doc, &mut words, &mut tags);
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Trainer settings.
pub struct Options {
    pub epochs: usize,
    /// Features whose largest averaged weight (absolute) is below this are dropped.
    pub prune: f32,
    /// Largest quantised weight: weights are stored as integers in `-levels..=levels`.
    pub levels: u16,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 15,
            prune: 0.0,
            levels: 255,
            seed: 0x5eed,
        }
    }
}

/// Weights under training with the averaging trick (Daumé 2006): `avg = w - u / c`.
struct Weights {
    index: HashMap<u32, usize>,
    w: Vec<[f32; N]>,
    u: Vec<[f32; N]>,
    tw: Vec<f32>,
    tu: Vec<f32>,
}

impl Weights {
    fn emissions(&self, feats: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for (o, w) in out.iter_mut().zip(&self.w[r]) {
                    *o += w;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u32], label: usize, d: f32, c: f32) {
        for f in feats {
            let r = match self.index.get(f) {
                Some(&r) => r,
                None => {
                    let r = self.w.len();
                    self.index.insert(*f, r);
                    self.w.push([0.0; N]);
                    self.u.push([0.0; N]);
                    r
                }
            };
            self.w[r][label] += d;
            self.u[r][label] += c * d;
        }
    }
}

/// Splitmix64: the trainer's only randomness (document order), seeded for reproducible models.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9E3779B97F4A7C15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
    z ^ (z >> 31)
}

/// Trains a model on `docs` with gazetteers and word clusters `lex`; `log` receives one line per epoch.
pub fn train(docs: &[Doc], lex: Gazetteers, opts: &Options, log: &mut dyn FnMut(&str)) -> Model {
    let views: Vec<DocView> = docs
        .iter()
        .map(|d| {
            DocView::new(
                d.sentences
                    .iter()
                    .map(|s| s.iter().map(|w| w.as_str()).collect())
                    .collect(),
                &lex,
            )
        })
        .collect();
    // Static features, once: per document, per sentence, per token.
    let statics: Vec<Vec<Vec<Vec<u32>>>> = views
        .iter()
        .map(|v| {
            (0..v.len())
                .map(|si| {
                    (0..v.sentences[si].len())
                        .map(|i| {
                            let mut f = Vec::new();
                            features::static_features(v, si, i, &mut f);
                            f
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let mut wts = Weights {
        index: HashMap::new(),
        w: Vec::new(),
        u: Vec::new(),
        tw: vec![0.0; (N + 1) * N],
        tu: vec![0.0; (N + 1) * N],
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed = opts.seed;
    let mut c = 1.0f32;
    let mut history = History::default();
    let mut emit = Vec::new();
    let mut path = Vec::new();
    let mut feats: Vec<Vec<u32>> = Vec::new();
    for epoch in 0..opts.epochs {
        for k in (1..order.len()).rev() {
            let j = (next(&mut seed) % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        let (mut errors, mut tokens) = (0usize, 0usize);
        for &d in &order {
            history.clear();
            let v = &views[d];
            for si in v.order() {
                let n = v.sentences[si].len();
                feats.clear();
                for i in 0..n {
                    let mut f = statics[d][si][i].clone();
                    history.features(v, si, i, &mut f);
                    feats.push(f);
                }
                emit.clear();
                emit.resize(n * N, 0.0);
                for i in 0..n {
                    wts.emissions(&feats[i], &mut emit[i * N..(i + 1) * N]);
                }
                labels::viterbi(&emit, &wts.tw, n, &mut path);
                let gold = &docs[d].gold[si];
                tokens += n;
                if path != *gold {
                    for i in 0..n {
                        let (g, p) = (gold[i] as usize, path[i] as usize);
                        if g != p {
                            errors += 1;
                            wts.update(&feats[i], g, 1.0, c);
                            wts.update(&feats[i], p, -1.0, c);
                        }
                        let gp = if i == 0 { 0 } else { gold[i - 1] as usize + 1 };
                        let pp = if i == 0 { 0 } else { path[i - 1] as usize + 1 };
                        if gp != pp || g != p {
                            wts.tw[gp * N + g] += 1.0;
                            wts.tu[gp * N + g] += c;
                            wts.tw[pp * N + p] -= 1.0;
                            wts.tu[pp * N + p] -= c;
                        }
                    }
                }
                history.record(v, si, &path);
                c += 1.0;
            }
        }
        log(&format!(
            "epoch {}: {} token errors in {} tokens, {} features",
            epoch + 1,
            errors,
            tokens,
            wts.w.len()
        ));
    }
    // Average, prune, quantise.
    let avg = |w: f32, u: f32| w - u / c;
    let trans: Vec<f32> = wts
        .tw
        .iter()
        .zip(&wts.tu)
        .map(|(&w, &u)| avg(w, u))
        .collect();
    let mut rows: Vec<(u32, Vec<(u8, f32)>)> = Vec::with_capacity(wts.index.len());
    let mut max_abs = 0.0f32;
    for (&h, &r) in &wts.index {
        let row: Vec<(u8, f32)> = (0..N)
            .map(|l| (l as u8, avg(wts.w[r][l], wts.u[r][l])))
            .filter(|(_, x)| x.abs() > 1e-6)
            .collect();
        let m = row.iter().fold(0.0f32, |m, (_, x)| m.max(x.abs()));
        if m <= opts.prune || row.is_empty() {
            continue;
        }
        max_abs = max_abs.max(m);
        rows.push((h, row));
    }
    let levels = f32::from(opts.levels.clamp(1, 32767));
    let scale = if max_abs > 0.0 { max_abs / levels } else { 1.0 };
    let qrows: Vec<(u32, Vec<(u8, i16)>)> = rows
        .into_iter()
        .map(|(h, row)| {
            let q: Vec<(u8, i16)> = row
                .into_iter()
                .map(|(l, x)| (l, (x / scale).round() as i16))
                .filter(|(_, q)| *q != 0)
                .collect();
            (h, q)
        })
        .filter(|(_, q)| !q.is_empty())
        .collect();
    log(&format!("kept {} features", qrows.len()));
    Model::from_rows(qrows, scale, trans, lex)
}

/// Loads the gazetteer and cluster lists of a directory made by `scripts/ner-lists.sh`:
/// `<gazetteer>.txt` (one phrase a line, gazetteer names of [`crate::ner::gazetteers::GAZ_TYPES`]) and
/// `clusters.txt` (Brown clusters) and `vclusters.txt` (word-vector clusters), `path<TAB>word`
/// lines as Brown clustering tools write them.
pub fn load_lists(lex: &mut Gazetteers, dir: &str) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))?;
    for e in entries {
        let path = e.map_err(|e| e.to_string())?.path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let known = crate::ner::gazetteers::CLUSTER_TABLES.contains(&name.as_str())
            || crate::ner::gazetteers::GAZ_TYPES.contains(&name.as_str());
        if !known || path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(k) = crate::ner::gazetteers::CLUSTER_TABLES
            .iter()
            .position(|c| *c == name)
        {
            for line in text.lines() {
                let mut f = line.split('\t');
                if let (Some(p), Some(w)) = (f.next(), f.next()) {
                    lex.add_cluster(k, w, p);
                }
            }
        } else if let Some(g) = crate::ner::gazetteers::GAZ_TYPES
            .iter()
            .position(|g| *g == name)
        {
            for line in text.lines() {
                let l = line.trim();
                if !l.is_empty() && !l.starts_with('#') {
                    lex.add(l, g as u32);
                }
            }
        }
    }
    Ok(())
}
