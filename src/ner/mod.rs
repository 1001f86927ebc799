//! The trained entity tagger: an averaged structured perceptron (Collins 2002) over BILOU labels
//! with constrained Viterbi decoding, trained on CoNLL-2003 by `crossread train ner`
//! ([`train`]) and embedded in the binary and the .wasm as `data/ner.model`.
//!
//! Model file (format version [`FORMAT_VERSION`], all integers little-endian):
//! `CRNER\0`, u32 version, u32 feature count, f32 weight scale, `(N+1)·N` f32 transition weights
//! (row 0: sentence start), then per feature in ascending hash order: the hash as a LEB128
//! delta from the previous one, a LEB128 bit mask of the labels it has a weight for, and those
//! weights as zigzag LEB128 `i16` (real weight = value · scale); then u32 length and the
//! gazetteer and cluster lines ([`gazetteers::Gazetteers::to_lines`]). Sorted deltas and small integers keep the
//! file small once the .wasm is compressed.

#[cfg(feature = "cli")]
pub mod clusters;
mod cues;
mod cuts;
pub use cues::{cue, speaks};
pub mod features;
pub mod gazetteers;
pub mod labels;
pub mod token;
#[cfg(feature = "cli")]
pub mod train;

use crate::entities::{EntityType, Mention, Recognizer};
use crate::text::{Span, Text, TokenKind};
use features::{DocView, History};
use gazetteers::Gazetteers;
use labels::N;
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
        let doc = DocView::new(sentences, &self.lex);
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
                            let mut w = [[0i32; N]; 5];
                            for (k, acc) in w.iter_mut().enumerate() {
                                feats.clear();
                                features::type_features(&doc, si, j, k as isize - 2, &mut feats);
                                self.accumulate(&feats, acc);
                            }
                            type_of[key] = type_weights.len() as u32;
                            type_weights.push(w);
                        }
                        type_of[key]
                    })
                    .collect()
            })
            .collect();
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

    /// Writes the model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let mut rows: Vec<u32> = self
            .slots
            .iter()
            .filter(|s| s.1 != 0)
            .map(|s| s.0)
            .collect();
        rows.sort();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        for t in &self.trans {
            out.extend_from_slice(&t.to_bits().to_le_bytes());
        }
        let mut prev = 0u64;
        for h in rows {
            leb(&mut out, u64::from(h) - prev);
            prev = u64::from(h);
            let mut pairs: Vec<(u8, i16)> = Vec::new();
            self.row_of(self.slot(h), |l, w| pairs.push((l as u8, w as i16)));
            pairs.sort();
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

/// The [`Recognizer`] over the embedded model.
pub struct ModelRecognizer {
    model: &'static Model,
}

impl ModelRecognizer {
    pub fn new() -> Result<ModelRecognizer, ModelError> {
        Ok(ModelRecognizer {
            model: Model::embedded()?,
        })
    }
}

/// The tagger's tokens of a text: the text's tokens, with a possessive "'s" split off as
/// CoNLL-2003 (Penn Treebank) tokenisation does, and a name split from a hyphenated modifier
/// ("US-led", "ISIS-held", "Russian-backed": the name is the entity, not the compound) or from
/// another place ("Iraq-Syria").
fn tagger_tokens(text: &Text) -> Vec<Vec<Span>> {
    let mut out = Vec::with_capacity(text.sentences.len());
    for sent in &text.sentences {
        let mut spans = Vec::with_capacity(sent.tokens.len() + 2);
        let toks = &text.tokens[sent.tokens.clone()];
        let mut skip = false;
        for (i, tok) in toks.iter().enumerate() {
            if std::mem::take(&mut skip) {
                continue;
            }
            let w = text.slice(tok.span);
            if tok.kind != TokenKind::Word {
                spans.push(tok.span);
                continue;
            }
            // an initial keeps its period, as CoNLL writes it ("Joseph T. Deters", "J. K.
            // Rowling"): apart, the period reads as the end of the name
            if let Some(dot) = initial_period(text, toks, i) {
                spans.push(Span::new(tok.span.start, dot.end));
                skip = true;
                continue;
            }
            // the possessive of an irregular plural stays in its name: "People's Republic",
            // "Children's Hospital", "Women's March" (a plural of persons owns nothing in a
            // person's or a firm's name, so it is never a name's possessive ending)
            let plural = matches!(
                w.get(..w.len().saturating_sub(2))
                    .map(str::to_lowercase)
                    .as_deref(),
                Some("people" | "children" | "women" | "men")
            );
            let (word, possessive) =
                match !plural && w.len() > 2 && (w.ends_with("'s") || w.ends_with("'S")) {
                    true => (Span::new(tok.span.start, tok.span.end - 2), true),
                    false => (tok.span, false),
                };
            split_compound(text, word, &mut spans);
            if possessive {
                spans.push(Span::new(word.end, tok.span.end));
            }
        }
        out.push(spans);
    }
    out
}

/// The letter a word is made of, when it is one capital letter alone ("T", "B").
fn lone_capital(w: &str) -> Option<char> {
    let mut cs = w.chars();
    cs.next()
        .filter(|c| c.is_uppercase() && cs.next().is_none())
}

/// The period right after token `i` when that token is a capital letter alone and the next
/// word is capitalised: an initial in a name.
fn initial_period(text: &Text, toks: &[crate::text::Token], i: usize) -> Option<Span> {
    let one_capital = lone_capital(text.slice(toks[i].span)).is_some();
    let dot = toks
        .get(i + 1)
        .filter(|d| d.span.start == toks[i].span.end && text.slice(d.span) == ".")?;
    let next = toks.get(i + 2)?;
    (one_capital
        && next.kind == TokenKind::Word
        && text.slice(next.span).starts_with(char::is_uppercase))
    .then_some(dot.span)
}

/// Modifiers news glues to a name with a hyphen.
const NAME_MODIFIERS: &[&str] = &[
    "led",
    "backed",
    "based",
    "held",
    "controlled",
    "run",
    "born",
    "allied",
    "linked",
    "owned",
    "funded",
    "sponsored",
    "dominated",
    "occupied",
    "made",
    "style",
    "bound",
    "registered",
];

/// Pushes `w`, split at its last hyphen where that separates a capitalised name from a
/// modifier or two capitalised place names.
fn split_compound(text: &Text, w: Span, out: &mut Vec<Span>) {
    let s = text.slice(w);
    if let Some(h) = s.rfind('-') {
        let (head, tail) = (&s[..h], &s[h + 1..]);
        let capital = |x: &str| x.chars().next().is_some_and(char::is_uppercase);
        // a participle or adjective suffix in lower case is a modifier too ("Visual
        // Core-deprived", "Trump-inspired", "Netflix-like", "Brexit-era")
        let participle = tail.len() > 4
            && tail.chars().all(|c| c.is_ascii_lowercase())
            && (tail.ends_with("ed") || tail.ends_with("ing"));
        let suffix = matches!(
            tail,
            "like" | "free" | "friendly" | "only" | "era" | "themed"
        );
        let modifier = capital(head) && (NAME_MODIFIERS.contains(&tail) || participle || suffix);
        let places = capital(head)
            && capital(tail)
            && [head, tail].iter().all(|p| {
                crate::words::PLACES.contains(p)
                    || crate::aliases::group(&crate::names::spelling_key(p)).is_some()
            });
        if modifier || places {
            out.push(Span::new(w.start, w.start + h));
            out.push(Span::new(w.start + h, w.start + h + 1));
            out.push(Span::new(w.start + h + 1, w.end));
            return;
        }
    }
    out.push(w);
}

impl Recognizer for ModelRecognizer {
    fn recognize(&self, text: &Text) -> Vec<Mention> {
        let spans = tagger_tokens(text);
        // A headline in title case reads like a CoNLL headline in capitals: tag it in capitals,
        // so that its capitalised common words are not taken for names.
        let upper: Vec<Vec<String>> = text
            .sentences
            .iter()
            .zip(&spans)
            .map(|(s, sp)| {
                if text.paragraphs[s.paragraph].headline {
                    sp.iter().map(|&x| text.slice(x).to_uppercase()).collect()
                } else {
                    Vec::new()
                }
            })
            .collect();
        let sentences: Vec<Vec<&str>> = spans
            .iter()
            .zip(&upper)
            .map(|(sp, up)| {
                if up.is_empty() {
                    sp.iter().map(|&x| text.slice(x)).collect()
                } else {
                    up.iter().map(|s| s.as_str()).collect()
                }
            })
            .collect();
        let tags = self.model.tag(sentences);
        let mut out = Vec::new();
        for (sp, labels) in spans.iter().zip(&tags) {
            for (s, mut e, t) in labels::chunks(labels) {
                // a name never ends in the hyphen of a compound it opens ("Sanders-inspired")
                while e > s + 1 && text.slice(sp[e - 1]) == "-" {
                    e -= 1;
                }
                let span = Span::new(sp[s].start, sp[e - 1].end);
                let etype = match t {
                    0 => EntityType::Person,
                    1 => EntityType::Org,
                    2 => EntityType::Place,
                    _ => misc_type(text.slice(span)),
                };
                out.push(Mention {
                    span,
                    etype,
                    confident: true,
                });
            }
        }
        cuts::cut(text, &mut out);
        model_numbers(text, &mut out);
        letter_suffixes(text, &mut out);
        generation_suffixes(text, &mut out);
        web_addresses(text, &mut out);
        storms(text, &mut out);
        join_demonym_orgs(text, &mut out);
        join_name_connectors(text, &mut out);
        speaker_names(text, &spans, &mut out);
        listed_phrases(text, &mut out);
        mastheads(text, &mut out);
        harmonise(text, &mut out);
        out
    }
}

/// Joins each pair of neighbouring mentions for which `join(first, second, text between)` gives
/// a type: the joined mention spans both and takes that type.
fn join_adjacent(
    text: &Text,
    ms: &mut Vec<Mention>,
    join: impl Fn(&Mention, &Mention, &str) -> Option<EntityType>,
) {
    let mut k = 0;
    while k + 1 < ms.len() {
        let gap = &text.norm()[ms[k].span.end..ms[k + 1].span.start];
        match join(&ms[k], &ms[k + 1], gap) {
            Some(etype) => {
                ms[k].span.end = ms[k + 1].span.end;
                ms[k].etype = etype;
                ms.remove(k + 1);
            }
            None => k += 1,
        }
    }
}

/// "Syrian" + "Observatory for Human Rights", "Russian" + "Defence Ministry": a nationality
/// right before an organisation whose name starts with an organisation head word is part of
/// the organisation's name (the tagger, trained on CoNLL, often splits them); before an event's
/// head ("Brazilian" + "Grand Prix", "Australian" + "Open") it names the event.
fn join_demonym_orgs(text: &Text, ms: &mut Vec<Mention>) {
    join_adjacent(text, ms, |a, b, gap| {
        let first = text.slice(b.span).split_whitespace().next().unwrap_or("");
        let head = crate::words::ORG_HEADS.contains(&first)
            || crate::words::TITLES.contains(&first)
            || matches!(
                first,
                "Defence" | "Defense" | "Democratic" | "Arab" | "Observatory"
            );
        // "Brazilian" + "Grand Prix", "Australian" + "Open": an event named by its country
        let event = matches!(
            first,
            "Grand" | "Open" | "Championship" | "Championships" | "Cup" | "Games" | "Masters"
        );
        if a.etype == EntityType::Group && gap == " " && event {
            return Some(EntityType::Misc);
        }
        (a.etype == EntityType::Group && b.etype == EntityType::Org && gap == " " && head)
            .then_some(EntityType::Org)
    });
}

/// Tags the lone capitalised word opening a sentence before a verb of attribution as a person
/// when the tagger left it out and it is no common word, list entry or place: the tagger,
/// trained on text where that slot mostly holds "He", "Police" or a known name, misses
/// unfamiliar surnames there.
fn speaker_names(text: &Text, spans: &[Vec<Span>], ms: &mut Vec<Mention>) {
    let mut added = false;
    let mut lower_words: Option<std::collections::HashSet<&str>> = None;
    for (si, sp) in spans.iter().enumerate() {
        if sp.len() < 2 || text.paragraphs[text.sentences[si].paragraph].headline {
            continue;
        }
        let (w, verb) = (text.slice(sp[0]), text.slice(sp[1]));
        if !crate::words::speech::follows_speaker_name(verb) {
            continue;
        }
        let name_like = w.len() > 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !crate::words::is_capitalised_common(w)
            && !crate::words::is_title(w)
            && !crate::words::is_calendar_word(w)
            && listed_type(w).is_none()
            && crate::aliases::group(&crate::names::spelling_key(w)).is_none();
        if !name_like || ms.iter().any(|m| m.span.overlaps(&sp[0])) {
            continue;
        }
        // a word the article also writes in lower case is a common word
        let lower_words = lower_words.get_or_insert_with(|| {
            text.tokens
                .iter()
                .map(|t| text.slice(t.span))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        if !lower_words.contains(w.to_lowercase().as_str()) {
            ms.push(Mention {
                span: sp[0],
                etype: EntityType::Person,
                confident: false,
            });
            added = true;
        }
    }
    if added {
        ms.sort_by_key(|m| m.span.start);
    }
}

/// "New York" + "Times", "Washington" + "Post", "Korea" + "Herald": a place (or a name the
/// tagger took for one) followed by a newspaper's masthead word is the newspaper, an
/// organisation; the tagger, which learned places from datelines, often stops at the place.
fn mastheads(text: &Text, ms: &mut Vec<Mention>) {
    const MASTHEADS: &[&str] = &[
        "Times",
        "Post",
        "Herald",
        "Journal",
        "Tribune",
        "Gazette",
        "Telegraph",
        "Chronicle",
        "Observer",
        "Examiner",
        "Inquirer",
        "Courier",
        "Dispatch",
        "Globe",
        "Daily",
        "Today",
        "Enquirer",
        "Sentinel",
        "Bee",
        "Register",
        "Courant",
        "Sun-Times",
        "Star-Tribune",
        "Free Press",
        "Evening Standard",
    ];
    // words a masthead goes on with ("Daily News", "Post-Dispatch")
    const MORE: &[&str] = &["News", "Mail", "Post", "Times", "Dispatch"];
    let norm = text.norm();
    let mut i = 0;
    while i < ms.len() {
        if matches!(ms[i].etype, EntityType::Person | EntityType::Group) {
            i += 1;
            continue;
        }
        let mut end = ms[i].span.end;
        let mut first = true;
        loop {
            let words = if first { MASTHEADS } else { MORE };
            let rest = &norm[end..];
            let hit = words.iter().find(|w| {
                rest.strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(**w))
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
            });
            match hit {
                Some(w) => {
                    end += 1 + w.len();
                    first = false;
                }
                None => break,
            }
        }
        if !first {
            ms[i].span.end = end;
            ms[i].etype = EntityType::Org;
            drop_overlapped(ms, i);
        }
        i += 1;
    }
}

/// "Hurricane Harvey", "Typhoon Haiyan": a storm's name with its kind is one name, an event
/// (schema MISC), not the person the bare given name would be.
fn storms(text: &Text, ms: &mut [Mention]) {
    const KINDS: &[&str] = &[
        "Hurricane ",
        "Typhoon ",
        "Cyclone ",
        "Tropical Storm ",
        "Storm ",
    ];
    let norm = text.norm();
    for i in 0..ms.len() {
        let before = &norm[..ms[i].span.start];
        if let Some(k) = KINDS.iter().find(|k| before.ends_with(**k)) {
            let start = ms[i].span.start - k.len();
            // the kind may be tagged as a name of its own: then it stays as it is
            if i == 0 || ms[i - 1].span.end <= start {
                ms[i].span.start = start;
                ms[i].etype = EntityType::Misc;
            }
        } else if KINDS.iter().any(|k| text.slice(ms[i].span).starts_with(*k)) {
            ms[i].etype = EntityType::Misc;
        }
    }
}

/// Whether `w` is a model designation written after a product's name: up to three digits,
/// or letters and digits mixed ("2", "S9", "5s"); a year is a date, not a model.
pub(crate) fn is_model_number(w: &str) -> bool {
    w.len() <= 3
        && w.chars().any(|c| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A product's model number is part of its name ("Pixel 2", "Apollo 17", "Windows 10"), and
/// so is a size or tier word after it ("Pixel 2 XL") or a glued plus ("HDR+"): the tagger, trained on names without
/// digits, stops before them. Only names it typed as organisation or miscellaneous take one
/// (a place or a person before a number is a count: "In Raqqa 10 died"), and not before a
/// scale or counted unit ("Google 2 billion", "Apple 10 years ago").
fn model_numbers(text: &Text, ms: &mut Vec<Mention>) {
    const SCALE: &[&str] = &[
        "million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%", "years",
        "months", "weeks", "days", "hours", "minutes", "times", "to", "-",
    ];
    const TIERS: &[&str] = &["XL", "Plus", "Pro", "Max", "Mini", "Ultra", "Lite"];
    let mut i = 0;
    while i < ms.len() {
        let (etype, end) = (ms[i].etype, ms[i].span.end);
        i += 1;
        if !matches!(etype, EntityType::Org | EntityType::Misc) {
            continue;
        }
        // a plus glued to a name is part of it ("HDR+", "Disney+", "Galaxy S9+")
        let rest = &text.norm()[end..];
        if rest.starts_with('+')
            && !rest[1..].starts_with(|c: char| c.is_alphanumeric() || c == '+')
        {
            ms[i - 1].span.end = end + 1;
            continue;
        }
        let k = text.tokens.partition_point(|t| t.span.start < end);
        let Some(t) = text.tokens.get(k) else {
            continue;
        };
        let next = text.tokens.get(k + 1).map(|n| text.slice(n.span));
        if t.span.start != end + 1
            || !is_model_number(text.slice(t.span))
            || next.is_some_and(|n| SCALE.contains(&n.to_lowercase().as_str()))
        {
            continue;
        }
        ms[i - 1].span.end = t.span.end;
        if let Some(n) = ms.get(i) {
            if n.span.start == t.span.end + 1 && TIERS.contains(&text.slice(n.span)) {
                ms[i - 1].span.end = n.span.end;
                ms.remove(i);
            }
        }
        if ms.get(i).is_some_and(|n| n.span.start < ms[i - 1].span.end) {
            // the number was tagged as a name of its own: the joined name holds it
            ms[i - 1].span.end = ms[i - 1].span.end.max(ms[i].span.end);
            ms.remove(i);
        }
    }
}

/// A name glued to a domain is a website, an organisation by the schema ("Cincinnati.com
/// reported", "DailyMail.com has contacted"): the domain is part of the name, and the city or
/// the paper it is named after is another thing.
fn web_addresses(text: &Text, ms: &mut [Mention]) {
    let norm = text.norm();
    for m in ms.iter_mut() {
        let rest = &norm[m.span.end..];
        let Some(d) = crate::names::DOMAINS.iter().find(|d| {
            rest.get(..d.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(d))
                && !rest[d.len()..].starts_with(|c: char| {
                    c.is_alphanumeric()
                        || c == '.' && rest[d.len() + 1..].starts_with(char::is_alphanumeric)
                })
        }) else {
            continue;
        };
        m.span.end += d.len();
        m.etype = EntityType::Org;
    }
}

/// "Jr.", "Sr.", "II", "III" after a person's name end it ("Arcade Joseph Comeaux Jr.",
/// "Martin Luther King, Jr."), and a suffix the tagger tagged alone is joined to it; alone it
/// names no one.
fn generation_suffixes(text: &Text, ms: &mut Vec<Mention>) {
    use crate::words::GENERATION_SUFFIXES;
    let norm = text.norm();
    let mut i = 0;
    while i < ms.len() {
        // the tagger took the suffix without its period
        let surface = text.slice(ms[i].span);
        if (surface.ends_with(" Jr") || surface.ends_with(" Sr"))
            && norm[ms[i].span.end..].starts_with('.')
        {
            ms[i].span.end += 1;
        }
        let end = ms[i].span.end;
        let after = &norm[end..];
        let gap = [", ", " "]
            .iter()
            .find(|g| after.starts_with(**g))
            .map_or(0, |g| g.len());
        let hit = (gap > 0 && ms[i].etype == EntityType::Person)
            .then(|| {
                GENERATION_SUFFIXES.iter().find(|s| {
                    after[gap..].starts_with(**s)
                        && !after[gap + s.len()..].starts_with(char::is_alphanumeric)
                })
            })
            .flatten();
        if let Some(s) = hit {
            // "Jr." keeps its period, unless that period is the last thing in the text
            let tail = &after[gap + s.len()..];
            let dot = tail.starts_with('.')
                && !tail[1..].starts_with(char::is_alphanumeric)
                && !tail[1..].trim_start().is_empty();
            ms[i].span.end = end + gap + s.len() + usize::from(dot);
            drop_overlapped(ms, i);
        }
        i += 1;
    }
    // alone, a suffix names no one
    ms.retain(|m| {
        let s = text.slice(m.span);
        !GENERATION_SUFFIXES.contains(&s.strip_suffix('.').unwrap_or(s))
    });
}

/// Drops the mentions after `ms[i]` that its new end overlaps: parts of the name it now holds.
fn drop_overlapped(ms: &mut Vec<Mention>, i: usize) {
    let end = ms[i].span.end;
    while ms.get(i + 1).is_some_and(|n| n.span.start < end) {
        ms.remove(i + 1);
    }
}

/// A capital letter alone after a name ends it: "Cardi B", "Malcolm X", "Galaxy S handsets",
/// "Plan B". The tagger, which met such letters mostly as initials with a period ("J."),
/// stops before them. Not "A" or "I" (an article or a pronoun opening the next clause), not
/// an initial (a period or a capitalised word after it), not one of a list of letters.
fn letter_suffixes(text: &Text, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        let end = ms[i].span.end;
        let k = text.tokens.partition_point(|t| t.span.start < end);
        let Some(t) = text.tokens.get(k).filter(|t| t.span.start == end + 1) else {
            continue;
        };
        let letter = lone_capital(text.slice(t.span))
            .is_some_and(|c| c.is_ascii_uppercase() && c != 'A' && c != 'I');
        let after = text.tokens.get(k + 1).filter(|n| n.sentence == t.sentence);
        // an initial, or one of a list of letters ("the Queens Plaza E and M train stop")
        let initial = after.is_some_and(|n| {
            let a = text.slice(n.span);
            matches!(a, "." | "and" | "or" | "&" | "/" | ",") || a.starts_with(char::is_uppercase)
        });
        let free = ms.get(i + 1).is_none_or(|n| n.span.start >= t.span.end);
        if letter && !initial && free && t.sentence == text.tokens[k - 1].sentence {
            ms[i].span.end = t.span.end;
        }
    }
}

/// "Bashar" + "al" + "Assad": two parts of a person's name joined by a lower-case connector
/// (Arabic article, "bin", "van", "de": [`crate::words::is_name_connector`]) are one name; the
/// tagger, trained on 1996 Reuters copy, rarely saw a lower-case word inside a name.
fn join_name_connectors(text: &Text, ms: &mut Vec<Mention>) {
    join_adjacent(text, ms, |a, b, gap| {
        let inner = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' '));
        let joins = a.etype == EntityType::Person
            && b.etype == EntityType::Person
            && inner.is_some_and(|w| {
                !w.contains(' ')
                    && !matches!(w, "of" | "for" | "and")
                    && crate::words::is_name_connector(w)
            });
        joins.then_some(EntityType::Person)
    });
}

/// One-word names of [`crate::words::ORGS`] that are never common words, so that they are
/// names even first in a sentence ("Daesh fighters fled").
const LISTED_WORDS: &[&str] = &[
    "ISIS",
    "ISIL",
    "Daesh",
    "Hezbollah",
    "Hamas",
    "Taliban",
    "NATO",
    "UNHCR",
    "UNICEF",
    "Nusra",
    "al-Qaeda",
    "Al-Akhbar",
    "SANA",
];

/// Multi-word names of the crate's closed lists ("Islamic State", "Popular Mobilisation
/// Forces") are mentions wherever they occur as whole words, replacing what they overlap: the
/// tagger's 1996 training text has never seen them.
fn listed_phrases(text: &Text, ms: &mut Vec<Mention>) {
    let norm = text.norm();
    let boundary = |i: usize, before: bool| {
        let c = if before {
            norm[..i].chars().next_back()
        } else {
            norm[i..].chars().next()
        };
        !c.is_some_and(|c| c.is_alphanumeric() || c == '-')
    };
    let mut found: Vec<Mention> = Vec::new();
    let lists = [
        (crate::words::ORGS, EntityType::Org),
        (crate::words::PLACES, EntityType::Place),
    ];
    for (list, etype) in lists {
        for name in list
            .iter()
            .filter(|n| n.contains(' ') || LISTED_WORDS.contains(n) || crate::names::is_acronym(n))
        {
            let mut from = 0;
            while let Some(k) = norm[from..].find(name) {
                let (s, e) = (from + k, from + k + name.len());
                from = e;
                if !boundary(s, true) || !boundary(e, false) {
                    continue;
                }
                // an acronym ("IS", "WHO") is a name only in a line in normal case
                if crate::names::is_acronym(name) && !in_normal_case(text, s) {
                    continue;
                }
                found.push(Mention {
                    span: Span::new(s, e),
                    etype,
                    confident: true,
                });
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // the longest listed name at a place wins ("Islamic State of Iraq and Syria")
    found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if !kept.last().is_some_and(|k| k.span.overlaps(&m.span)) {
            kept.push(m);
        }
    }
    let found = kept;
    // `found` is sorted and disjoint: the first one ending after a mention's start is the only
    // one that can overlap it
    ms.retain(|m| {
        let k = found.partition_point(|f| f.span.end <= m.span.start);
        !found.get(k).is_some_and(|f| f.span.overlaps(&m.span))
    });
    ms.extend(found);
    ms.sort_by_key(|m| m.span.start);
}

/// Whether the sentence holding byte `at` is written in normal case: not a headline, and
/// most of its words have lower-case letters.
fn in_normal_case(text: &Text, at: usize) -> bool {
    let k = text.sentences.partition_point(|s| s.span.end <= at);
    let Some(sent) = text.sentences.get(k).filter(|s| s.span.start <= at) else {
        return false;
    };
    if text.paragraphs[sent.paragraph].headline {
        return false;
    }
    let words: Vec<&str> = text.tokens[sent.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| text.slice(t.span))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().any(char::is_lowercase))
        .count();
    lower * 2 > words.len()
}

/// One sense per discourse (Gale, Church & Yarowsky 1992): the mentions of one name in an
/// article take one type. A name in the crate's closed lists takes the list's type (countries
/// are places, "Daesh" an organisation, "Syrian" a group); any other takes the type most of its
/// mentions received, ties left as tagged.
fn harmonise(text: &Text, ms: &mut [Mention]) {
    use std::collections::HashMap;
    let mut votes: HashMap<String, [u32; 5]> = HashMap::new();
    let type_index = |t: EntityType| t as usize;
    let keys: Vec<String> = ms
        .iter()
        .map(|m| crate::names::key(text.slice(m.span)))
        .collect();
    for (m, k) in ms.iter().zip(&keys) {
        let v = votes.entry(k.clone()).or_default();
        v[type_index(m.etype)] += 1;
        // a classifier noun beside the name ("the Telegram app") outweighs a guess
        if let Some(t) = cues::cue(text, m.span) {
            v[type_index(t)] += 2;
        }
    }
    for (m, k) in ms.iter_mut().zip(&keys) {
        if let Some(t) = listed_type(text.slice(m.span)) {
            m.etype = t;
            continue;
        }
        let c = votes[k];
        let best = (0..5)
            .max_by_key(|&k| (c[k], std::cmp::Reverse(k)))
            .unwrap_or(0);
        if c[best] > c[type_index(m.etype)] {
            m.etype = EntityType::ALL[best];
        }
    }
    // A one-word name that is the surname of a person named in the article ("al-Abadi" after
    // "Haider al-Abadi"), or that surname with one letter slipped, is that person.
    // each surname once: the slip test below runs per distinct surname, not per mention
    let surnames: std::collections::BTreeSet<String> = ms
        .iter()
        .filter(|m| m.etype == EntityType::Person)
        .filter_map(|m| crate::names::words(text.slice(m.span)).pop())
        .collect();
    for m in ms.iter_mut() {
        let surface = text.slice(m.span);
        // an acronym ("U.N.") is no surname ("Kim Jong Un")
        if m.etype == EntityType::Person
            || listed_type(surface).is_some()
            || crate::names::is_acronym(surface)
            || surface.contains('.')
        {
            continue;
        }
        let w = crate::names::words(text.slice(m.span));
        if let [one] = w.as_slice() {
            let slip = |s: &String| {
                s == one || (one.len() >= 5 && crate::names::edit_distance(s, one) == 1)
            };
            if surnames.iter().any(slip) {
                m.etype = EntityType::Person;
            }
        }
    }
}

/// The type of a name in the crate's closed lists ([`crate::words`]).
fn listed_type(name: &str) -> Option<EntityType> {
    // a party named by its members ("Social Democrats", "Christian Democrats"): an organisation
    const PARTY_PLURALS: &[&str] = &[
        "Democrats",
        "Republicans",
        "Socialists",
        "Conservatives",
        "Liberals",
        "Greens",
        "Communists",
        "Nationalists",
        "Unionists",
    ];
    if name.contains(' ') && PARTY_PLURALS.iter().any(|p| name.ends_with(p)) {
        return Some(EntityType::Org);
    }
    if crate::words::PLACES.contains(&name) {
        Some(EntityType::Place)
    } else if crate::words::ORGS.contains(&name) {
        Some(EntityType::Org)
    } else if is_demonym(name) {
        Some(EntityType::Group)
    } else {
        None
    }
}

/// A demonym of the list, in the plural ("Russians") or after a compass word ("North Korean",
/// "South Sudanese"): compass-qualified countries form their demonyms this way.
fn is_demonym(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let listed = |w: &str| crate::words::DEMONYMS.contains(&w);
    let compass = |w: &&str| {
        matches!(
            *w,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
        )
    };
    rest.len() <= 1
        && rest.iter().all(compass)
        && (listed(last) || last.strip_suffix('s').is_some_and(listed))
}

/// CoNLL MISC split for the schema: nationalities, religious and political groups are GROUP
/// ("Syrian", "Kurdish", "Shi'ite", "Sunni Arab"), anything else (events, works, products) MISC.
fn misc_type(name: &str) -> EntityType {
    let words: Vec<&str> = name.split_whitespace().collect();
    let group_word = |w: &&str| {
        let w = w.trim_end_matches("'s");
        if crate::words::PLACES.contains(&w) {
            return false;
        }
        crate::words::DEMONYMS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
            || [
                "ian", "ians", "ish", "ese", "i", "is", "ite", "ites", "ist", "ists", "an", "ans",
                "ic",
            ]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.to_lowercase().ends_with(s))
    };
    if !words.is_empty() && words.len() <= 3 && words.iter().all(group_word) {
        EntityType::Group
    } else {
        EntityType::Misc
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

    #[test]
    fn model_file_round_trips() {
        let m = Model::embedded().expect("embedded model");
        assert_eq!(m.to_bytes(), MODEL_BYTES);
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

    fn names(text: &str) -> Vec<(String, EntityType)> {
        let t = Text::new(text);
        ModelRecognizer::new()
            .expect("model")
            .recognize(&t)
            .into_iter()
            .map(|m| (t.slice(m.span).to_string(), m.etype))
            .collect()
    }

    #[test]
    fn names_the_tagger_stops_short_of() {
        // one line per case: text, a name it must hold, its type
        let cases: &[(&str, &str, EntityType)] = &[
            // a site by its address
            (
                "The boy fell, Cincinnati.com reported.",
                "Cincinnati.com",
                EntityType::Org,
            ),
            (
                "DailyMail.com has contacted her representatives.",
                "DailyMail.com",
                EntityType::Org,
            ),
            // a generation suffix ends a person's name
            (
                "Police said Joseph Comeaux Jr. escaped on Monday.",
                "Joseph Comeaux Jr.",
                EntityType::Person,
            ),
            // a capital letter alone ends a name
            (
                "In 1964 Malcolm X spoke in Harlem.",
                "Malcolm X",
                EntityType::Person,
            ),
            (
                "It will show its next Galaxy S handsets in Barcelona.",
                "Galaxy S",
                EntityType::Misc,
            ),
            (
                "The tunnel near the Queens Plaza E and M train stop was shut.",
                "Queens Plaza",
                EntityType::Place,
            ),
            // a modifier glued with a hyphen is no part of the name
            (
                "Hundreds joined a Sanders-inspired rally in Ohio.",
                "Sanders",
                EntityType::Person,
            ),
            // an initial keeps its period and the name goes on after it
            (
                "Prosecutor Joseph T. Deters said in a statement.",
                "Joseph T. Deters",
                EntityType::Person,
            ),
            (
                "Captain James T. Kirk, as played by William Shatner.",
                "James T. Kirk",
                EntityType::Person,
            ),
            // a newspaper named after its city
            (
                "Thurman told The New York Times on Monday.",
                "New York Times",
                EntityType::Org,
            ),
            (
                "He told Florida Today that the hotel was full.",
                "Florida Today",
                EntityType::Org,
            ),
            (
                "It was in the Washington Post last week.",
                "Washington Post",
                EntityType::Org,
            ),
            // a storm with its kind
            (
                "Hurricane Harvey blocked the road.",
                "Hurricane Harvey",
                EntityType::Misc,
            ),
            // a party named by its members
            (
                "Her center-right Christian Democrats have agreed.",
                "Christian Democrats",
                EntityType::Org,
            ),
            // a product with its model number, tier and plus
            (
                "Google makes the Pixel 2 XL phone.",
                "Pixel 2 XL",
                EntityType::Misc,
            ),
            ("It runs Google's HDR+ algorithm.", "HDR+", EntityType::Misc),
            // a country's official name keeps its possessive plural
            (
                "The rocket of the Democratic People's Republic of Korea flew.",
                "Democratic People's Republic of Korea",
                EntityType::Place,
            ),
        ];
        for &(text, name, etype) in cases {
            let n = names(text);
            assert!(n.contains(&(name.to_string(), etype)), "{text}: {n:?}");
        }
        // a count after a place is no model number
        let n = names("In Raqqa 10 people died.");
        assert!(n.iter().all(|(s, _)| !s.contains("10")), "{n:?}");
    }

    #[test]
    fn splits_possessives_and_types_groups() {
        let n =
            names("The Syrian army said Bashar al-Assad's forces entered Deir ez-Zor on Friday.");
        assert!(n.contains(&("Syrian".into(), EntityType::Group)), "{n:?}");
        assert!(
            n.contains(&("Bashar al-Assad".into(), EntityType::Person)),
            "{n:?}"
        );
        assert!(
            n.contains(&("Deir ez-Zor".into(), EntityType::Place)),
            "{n:?}"
        );
    }

    #[test]
    fn an_event_named_by_its_country_is_one_name() {
        let n = names("Hamilton drove at his brilliant best to win the Brazilian Grand Prix for the first time.");
        assert!(
            n.iter()
                .any(|(t, e)| t == "Brazilian Grand Prix" && *e == EntityType::Misc),
            "{n:?}"
        );
    }
}
