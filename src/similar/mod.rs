//! Are two sentences the same statement? A logistic-regression model over the pair features of
//! [`features`], trained on the Microsoft Research Paraphrase Corpus (news sentence pairs judged
//! "same fact" or not, Dolan & Brockett 2005) by `crossread train similar`, and embedded as
//! `data/similar.model`.
//!
//! Model file (format version [`FORMAT_VERSION`], little-endian): `CRSIM\0`, u32 version, u32
//! feature count ([`features::WIDTH`]), then f32s: per feature its mean, its scale and its
//! weight, then the bias and the decision threshold on the probability. Features are
//! standardised (`(x - mean) / scale`) before weighing.

pub mod features;
pub mod sentence;

pub use features::{features, FAMILIES, ORDER, WIDTH, WORD_F1};
pub use sentence::{word_hash, Sentence};
use std::sync::OnceLock;

/// The model format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;

const MAGIC: &[u8; 6] = b"CRSIM\0";

static MODEL_BYTES: &[u8] = include_bytes!("../../data/similar.model");

/// Why a statement model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "statement model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// A logistic model over `N` features: the statement model ([`Model`], `N` = [`WIDTH`]) and
/// the story model over a candidate's evidence ([`crate::story::evidence`]) share it, and its
/// file format (the feature count in the header tells them apart).
#[derive(Clone, Debug, PartialEq)]
pub struct Linear<const N: usize> {
    pub mean: [f32; N],
    pub scale: [f32; N],
    pub weight: [f32; N],
    pub bias: f32,
    /// Probability at or above which a pair is called the same statement.
    pub threshold: f32,
}

/// The statement model.
pub type Model = Linear<WIDTH>;

impl Model {
    /// The embedded model, loaded once.
    pub fn embedded() -> Result<&'static Model, ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        Linear::load_once(&MODEL, MODEL_BYTES)
    }

    /// The probability that `a` and `b` state the same thing.
    pub fn score(&self, a: &Sentence, b: &Sentence) -> f32 {
        self.probability(&features(a, b))
    }
}

impl<const N: usize> Linear<N> {
    /// The model of an embedded file, read into `cell` the first time it is asked for.
    pub fn load_once(
        cell: &'static OnceLock<Result<Linear<N>, ModelError>>,
        bytes: &[u8],
    ) -> Result<&'static Linear<N>, ModelError> {
        (cell.get_or_init(|| Linear::from_bytes(bytes)).as_ref()).map_err(Clone::clone)
    }

    /// The log-odds that a pair with features `x` is one statement.
    pub fn log_odds(&self, x: &[f32; N]) -> f32 {
        let mut z = self.bias;
        for i in 0..N {
            z += self.weight[i] * (x[i] - self.mean[i]) / self.scale[i];
        }
        z
    }

    /// The probability that a pair with features `x` is one statement.
    pub fn probability(&self, x: &[f32; N]) -> f32 {
        1.0 / (1.0 + (-self.log_odds(x)).exp())
    }

    /// Whether a probability calls the pair one statement.
    pub fn same(&self, p: f32) -> bool {
        p >= self.threshold
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(FORMAT_VERSION.to_le_bytes());
        out.extend((N as u32).to_le_bytes());
        for i in 0..N {
            for v in [self.mean[i], self.scale[i], self.weight[i]] {
                out.extend(v.to_le_bytes());
            }
        }
        out.extend(self.bias.to_le_bytes());
        out.extend(self.threshold.to_le_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Linear<N>, ModelError> {
        let err = |m: &str| ModelError(m.to_string());
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| err("not a statement model file"))?;
        let mut words = rest.chunks_exact(4).map(|c| [c[0], c[1], c[2], c[3]]);
        let mut u32_next = || words.next().map(u32::from_le_bytes);
        let version = u32_next().ok_or_else(|| err("truncated header"))?;
        if version != FORMAT_VERSION {
            return Err(ModelError(format!(
                "format version {version}, this build reads {FORMAT_VERSION}: retrain with `crossread train similar` or `crossread train statements`"
            )));
        }
        let width = u32_next().ok_or_else(|| err("truncated header"))? as usize;
        if width != N {
            return Err(ModelError(format!(
                "{width} features, this build computes {N}: retrain with `crossread train similar` (statement model) or `crossread train statements` (story model)"
            )));
        }
        if rest.len() != 8 + 4 * (3 * N + 2) {
            return Err(err("wrong length"));
        }
        let f: Vec<f32> = rest[8..]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let mut m = Linear {
            mean: [0.0; N],
            scale: [1.0; N],
            weight: [0.0; N],
            bias: f[3 * N],
            threshold: f[3 * N + 1],
        };
        for i in 0..N {
            m.mean[i] = f[3 * i];
            m.scale[i] = f[3 * i + 1];
            m.weight[i] = f[3 * i + 2];
            if !(m.scale[i] > 0.0) || !f[3 * i..3 * i + 3].iter().all(|v| v.is_finite()) {
                return Err(ModelError(format!(
                    "feature {i} has no usable scale or weight"
                )));
            }
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similar::sentence::test_sentence as sentence;

    #[test]
    fn embedded_model_loads_and_round_trips() {
        let m = Model::embedded().expect("embedded statement model");
        assert_eq!(Model::from_bytes(&m.to_bytes()).as_ref(), Ok(m));
    }

    #[test]
    fn wrong_version_is_refused() {
        let mut b = Model::embedded().expect("model").to_bytes();
        b[6] = 99;
        assert!(Model::from_bytes(&b)
            .unwrap_err()
            .0
            .contains("format version 99"));
        assert!(Model::from_bytes(b"CRSIM").is_err());
    }

    #[test]
    fn features_are_symmetric() {
        let a = sentence(
            "The United Nations was only occasionally able to deliver aid to 93,000 people.",
        );
        let b = sentence("Aid reached the 93,000 residents only occasionally, the UN said.");
        assert_eq!(features(&a, &b), features(&b, &a));
    }

    #[rustfmt::skip]
    const PAIRS: &[(bool, &str, &str)] = &[
        (true, "While the city was divided, the United Nations was only occasionally able to deliver food.",
               "While the city of Deir el-Zour was divided into parts, the United Nations was only occasionally able to deliver food."),
        (true, "The company said profit rose 5 percent in the third quarter.",
               "Profit rose 5 percent in the third quarter, the company said."),
        (false, "The company said profit rose 5 percent in the third quarter.",
                "The storm cut power to thousands of homes along the coast on Tuesday."),
        (false, "Police arrested two men in Paris on Monday.",
                "Police said on Monday they had not arrested anyone in Paris and were looking for two men who fled."),
    ];

    #[test]
    fn judges_plain_pairs() {
        let m = Model::embedded().expect("model");
        for (same, a, b) in PAIRS {
            let p = m.score(&sentence(a), &sentence(b));
            assert_eq!(m.same(p), *same, "{p:.3}: {a} | {b}");
        }
    }
}
