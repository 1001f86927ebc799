//! What the story tells about a candidate statement pair, beyond the two sentences: outlets
//! reword a fact far more freely than the sentence pairs the statement model learned from
//! (MSRP), but they keep its rare words, its figures and its names, and they tell it at a
//! similar place in the article (news leads with the main facts: the inverted pyramid).
//!
//! The evidence vector: the statement model's log-odds; how much of each sentence's
//! in-story rarity (IDF over the story's statements) the other shares, and the shared rarity in
//! all; shared and conflicting figures; shared names; how near the top of its article each
//! sentence stands, and how far apart the two places are; and what the story's other aligners
//! link across sources: story entities, figure groups and quote groups both carry. A logistic
//! model over it (trained on statement keys of the tuning stories by `crossread train
//! statements`) decides which candidates make one statement.

use crate::similar::sentence::{Bag, Sentence};
use crate::similar::{Linear, ModelError};
use crate::util::FastMap;
use std::sync::OnceLock;

static MODEL_BYTES: &[u8] = include_bytes!("../../data/statements.model");

/// The story model: a logistic model over the evidence vector.
pub type StoryModel = Linear<WIDTH>;

/// The embedded story model (`data/statements.model`, written by `crossread train statements`),
/// loaded once.
pub fn embedded() -> Result<&'static StoryModel, ModelError> {
    static MODEL: OnceLock<Result<StoryModel, ModelError>> = OnceLock::new();
    StoryModel::load_once(&MODEL, MODEL_BYTES)
}

/// The evidence features, in vector order.
pub const NAMES: &[&str] = &[
    "model log-odds",
    "rarity of the shorter shared",
    "rarity of the longer shared",
    "shared rarity",
    "figures shared",
    "figures conflict",
    "names shared",
    "lead",
    "place gap",
    "story entities shared",
    "figure groups shared",
    "quote shared",
];

/// Length of an evidence vector.
pub const WIDTH: usize = NAMES.len();

/// In-story rarity of content stems: `ln((N + 1) / (df + 1))` over the story's N statements,
/// df the statements that use the stem (Spärck Jones 1972's inverse document frequency).
pub struct Rarity {
    idf: FastMap<u64, f32>,
    /// The rarity of a stem no statement uses (a word only in short sentences).
    unseen: f32,
}

impl Rarity {
    pub fn new<'s, 'a: 's>(statements: impl IntoIterator<Item = &'s Sentence<'a>>) -> Rarity {
        let mut df: FastMap<u64, u32> = FastMap::default();
        let mut n = 0u32;
        for s in statements {
            n += 1;
            for w in distinct(s.bag(Bag::Stems)) {
                *df.entry(w).or_default() += 1;
            }
        }
        let idf = |d: u32| ((n as f32 + 1.0) / (d as f32 + 1.0)).ln();
        Rarity {
            idf: df.into_iter().map(|(w, d)| (w, idf(d))).collect(),
            unseen: idf(0),
        }
    }

    fn of(&self, stem: u64) -> f32 {
        self.idf.get(&stem).copied().unwrap_or(self.unseen)
    }
}

/// The distinct items of a sorted bag.
fn distinct(bag: &[u64]) -> impl Iterator<Item = u64> + '_ {
    (bag.iter().enumerate())
        .filter(move |&(i, w)| i == 0 || bag[i - 1] != *w)
        .map(|(_, w)| *w)
}

/// The summed rarity of each sentence's distinct stems, and of those the two share.
fn rarity_shares(x: &Sentence, y: &Sentence, r: &Rarity) -> (f32, f32, f32) {
    let (a, b) = (x.bag(Bag::Stems), y.bag(Bag::Stems));
    let (sa, sb) = (
        distinct(a).map(|w| r.of(w)).sum::<f32>(),
        distinct(b).map(|w| r.of(w)).sum::<f32>(),
    );
    let mut shared = 0.0;
    let mut other = distinct(b).peekable();
    for w in distinct(a) {
        while other.next_if(|&v| v < w).is_some() {}
        if other.next_if_eq(&w).is_some() {
            shared += r.of(w);
        }
    }
    (sa, sb, shared)
}

/// How many of one list's distinct items the other has.
fn shared<T: PartialEq>(x: &[T], y: &[T]) -> usize {
    (x.iter().enumerate())
        .filter(|&(i, v)| !x[..i].contains(v) && y.contains(v))
        .count()
}

/// What a sentence carries of what the story's other aligners link across sources (see
/// `statements::Linked`): sorted story entity, figure group and quote group ids.
#[derive(Clone, Debug, Default)]
pub struct Carried {
    pub entities: Vec<usize>,
    pub figures: Vec<usize>,
    pub quotes: Vec<usize>,
}

/// Where a statement stands in its article: its index among the article's statements over
/// their count, 0 for the first.
#[derive(Clone, Copy, Debug)]
pub struct Place(pub f32);

/// The evidence vector of a candidate pair, `log_odds` being the statement model's.
pub fn evidence(
    x: (&Sentence, Place, &Carried),
    y: (&Sentence, Place, &Carried),
    log_odds: f32,
    rarity: &Rarity,
) -> [f32; WIDTH] {
    let common = |a: &[usize], b: &[usize]| a.iter().filter(|v| b.binary_search(v).is_ok()).count();
    let (sx, sy, both) = rarity_shares(x.0, y.0, rarity);
    let (short, long) = (sx.min(sy).max(1e-3), sx.max(sy).max(1e-3));
    let figures = shared(&x.0.numbers, &y.0.numbers);
    let conflict = !x.0.numbers.is_empty() && !y.0.numbers.is_empty() && figures == 0;
    [
        log_odds.clamp(-8.0, 8.0),
        both / short,
        both / long,
        both.ln_1p(),
        (figures as f32).ln_1p(),
        f32::from(u8::from(conflict)),
        (shared(&x.0.entities, &y.0.entities) as f32).ln_1p(),
        1.0 - x.1 .0.min(y.1 .0),
        (x.1 .0 - y.1 .0).abs(),
        (common(&x.2.entities, &y.2.entities) as f32).ln_1p(),
        (common(&x.2.figures, &y.2.figures) as f32).ln_1p(),
        f32::from(u8::from(common(&x.2.quotes, &y.2.quotes) > 0)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similar::sentence::test_sentence as sentence;

    #[test]
    fn rare_shared_words_weigh_more_than_common_ones() {
        let story = [
            "The army said the town was taken on Friday.",
            "The army said the town was quiet on Saturday.",
            "The army said the town had no water on Sunday.",
            "Engineers repaired the pumping station near the river.",
        ]
        .map(sentence);
        let r = Rarity::new(&story);
        let a = sentence("The army took the town, officials said.");
        let b = sentence("Engineers said the pumping station was repaired.");
        let c = sentence("Engineers fixed the pumping station by the river.");
        let (_, _, common) = rarity_shares(&a, &story[0], &r);
        let (_, _, rare) = rarity_shares(&b, &c, &r);
        assert!(rare > common, "{rare} > {common}");
    }

    #[test]
    fn figures_agree_or_conflict() {
        let r = Rarity::new(&[] as &[Sentence]);
        let place = Place(0.0);
        let a = sentence("More than 96 percent of the land was lost by 2017.");
        let b = sentence("It has lost 96 per cent of its territory.");
        let c = sentence("It has lost 80 per cent of its territory.");
        let none = Carried::default();
        let e = |x, y| evidence((x, place, &none), (y, place, &none), 0.0, &r);
        assert_eq!(e(&a, &b)[4..6], [2f32.ln(), 0.0]);
        assert_eq!(e(&b, &c)[4..6], [0.0, 1.0]);
        assert_eq!(e(&a, &b), e(&b, &a));
    }
}
