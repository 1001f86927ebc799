//! A sentence as the statement model reads it: its words (lower case, stem, function word or
//! not, word-vector cluster), the names and numbers in it, and its negations.
//!
//! Names come from the caller (the entity tagger's mentions inside the sentence, as spelling
//! keys), so the model sees the same entities the rest of Crossread shows.

use crate::names::key;
use crate::ner::gazetteers::Gazetteers;
use std::borrow::Cow;

/// One word of a sentence.
#[derive(Clone, Debug)]
pub struct Word<'a> {
    /// Neither a function word (article, pronoun, auxiliary, preposition: it carries little of
    /// the statement) nor a negation; overlap is measured over these content words too.
    pub content: bool,
    /// The word's word-vector cluster (k-means over GloVe, the entity model's second cluster
    /// table), a synonym back-off: "said"/"told", "killed"/"died" often share one.
    pub cluster: Option<&'a str>,
    pub number: bool,
    pub capital: bool,
    /// Hashes of the word in lower case and of its [`stem`]: words are compared by them only.
    pub lower_h: u64,
    pub stem_h: u64,
}

/// A 64-bit hash of a word (FxHash): two different words of one sentence pair colliding is a
/// one-in-2^64 chance per pair.
pub fn word_hash(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::util::FxHasher::default();
    h.write(w.as_bytes());
    h.finish()
}

/// A sentence, ready to compare.
#[derive(Clone, Debug, Default)]
pub struct Sentence<'a> {
    pub words: Vec<Word<'a>>,
    /// Entity keys ([`crate::names::key`]) of the names in it, sorted and distinct, hashed
    /// ([`word_hash`]: compared for equality only).
    pub entities: Vec<u64>,
    /// Numbers written in it, normalised ("1,000" → "1000"), in reading order, hashed.
    pub numbers: Vec<u64>,
    /// How many negations it has ("not", "n't", "never", "no").
    pub negations: usize,
    /// A hash of its words in order, lower case: equal for the same words, whatever the
    /// punctuation and case.
    pub fingerprint: u64,
    /// Sorted hash bags the overlap features merge, computed once per sentence (see [`Bag`]).
    pub bags: [Vec<u64>; BAGS],
    /// The content words by stem, in reading order within a stem (what word matching merges).
    pub by_stem: Vec<Keyed>,
    /// The stems of all its words in reading order (what word order is measured on).
    pub stem_seq: Vec<u64>,
    /// Each distinct stem of `stem_seq` with the positions it holds as bits, sorted by stem:
    /// what the bit-parallel word-order measure reads (empty beyond 128 words).
    pub stem_masks: Vec<(u64, u128)>,
}

/// A content word as word matching reads it: stem and cluster hashed.
#[derive(Clone, Copy, Debug)]
pub struct Keyed {
    pub stem: u64,
    pub cluster: Option<u64>,
    pub number: bool,
}

/// The bags of [`Sentence::bags`].
#[derive(Clone, Copy)]
pub enum Bag {
    /// Every word, lower case.
    Words,
    /// Stems of content words.
    Stems,
    /// Capitalised words after the first.
    Capitals,
    /// Word bigrams, trigrams and 4-grams.
    Bigrams,
    Trigrams,
    Fourgrams,
}

pub const BAGS: usize = 6;

/// English function words (closed classes: determiners, pronouns, auxiliaries, prepositions,
/// conjunctions), after the SMART stop list's core; "not"/"no" are kept apart as negations.
const FUNCTION: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "each",
    "for", "from", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "just", "may", "me", "might", "more", "most", "much", "must", "my",
    "of", "on", "or", "other", "our", "out", "over", "own", "s", "said", "says", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "too", "under", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "you",
    "your", "t", "ll", "re", "ve", "d", "m",
];

/// Whether a lower-case word is a function word (a hash set built once: the list is scanned
/// for every word of every sentence of a story).
fn is_function(lower: &str) -> bool {
    static SET: std::sync::OnceLock<crate::util::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| FUNCTION.iter().copied().collect())
        .contains(lower)
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without",
];

/// The words of `text`: runs of letters and digits, with an apostrophe, period, comma or hyphen
/// inside a run kept when a letter or digit follows ("don't", "2.5", "1,000", "al-Assad").
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next_alnum = it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let inner = matches!(c, '\'' | '’' | '.' | ',' | '-') && start.is_some() && next_alnum;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// A light English stemmer: plural, past, progressive and adverb endings (a small subset of
/// Porter 1980's step 1, enough to match "attacks"/"attacked"/"attacking"). Borrowed unless the
/// stem gains a letter ("cities" → "city"): it runs on every word of every sentence of a story.
pub fn stem(w: &str) -> Cow<'_, str> {
    let n = w.len();
    if !w.is_ascii() || n < 4 {
        return Cow::Borrowed(w);
    }
    if let Some(s) = w.strip_suffix("ies") {
        return Cow::Owned(format!("{s}y"));
    }
    Cow::Borrowed(if w.ends_with("sses") {
        &w[..n - 2]
    } else if n > 5 && w.ends_with("ing") {
        undouble(&w[..n - 3])
    } else if n > 4 && w.ends_with("ed") && !w.ends_with("eed") {
        undouble(&w[..n - 2])
    } else if n > 4 && w.ends_with("ly") {
        &w[..n - 2]
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        &w[..n - 1]
    } else {
        w
    })
}

/// "stopp" → "stop", "plann" → "plan"; "kill" stays (double l after a vowel pair is common).
fn undouble(s: &str) -> &str {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z') {
        return &s[..n - 1];
    }
    s
}

/// `t` in lower case, written into `buf` (kept between words: no allocation per word for
/// ASCII, the common case; other text goes through `str::to_lowercase` for its final-sigma
/// rule).
pub fn lower_into<'b>(t: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if t.is_ascii() {
        buf.extend(t.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        buf.push_str(&t.to_lowercase());
    }
    buf
}

/// One hash of a run of words in order (the Fx step over their lower-case hashes): a whole
/// sentence's fingerprint, or an n-gram.
fn chain(words: &[Word]) -> u64 {
    (words.iter()).fold(0u64, |h, x| {
        (h.rotate_left(5) ^ x.lower_h).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// Whether a token is written with digits ("2.5", "1,000", "30s").
fn numeric(t: &str) -> bool {
    t.bytes().any(|c| c.is_ascii_digit())
}

impl<'a> Sentence<'a> {
    /// The sentence `text` with the names `names` (their written forms) found in it.
    pub fn new<'n>(
        text: &str,
        names: impl IntoIterator<Item = &'n str>,
        lex: &'a Gazetteers,
    ) -> Sentence<'a> {
        let mut s = Sentence::default();
        let mut buf = String::new();
        for t in tokens(text) {
            let lower = lower_into(t, &mut buf);
            let number = numeric(t);
            if number {
                s.numbers.push(word_hash(&lower.replace(',', "")));
            }
            let negation = NEGATIONS.contains(&lower);
            if negation || lower.ends_with("n't") {
                s.negations += 1;
            }
            let function = is_function(lower);
            let cluster = lex.cluster(1, lower, lower);
            s.words.push(Word {
                lower_h: word_hash(lower),
                stem_h: word_hash(&stem(lower)),
                content: !function && !negation,
                cluster,
                number,
                capital: t.chars().next().is_some_and(char::is_uppercase),
            });
        }
        s.fill_bags();
        let mut ents: Vec<String> = names
            .into_iter()
            .map(key)
            .filter(|k| !k.is_empty())
            .collect();
        ents.sort();
        ents.dedup();
        s.entities = ents.iter().map(|k| word_hash(k)).collect();
        s
    }

    fn fill_bags(&mut self) {
        let w = &self.words;
        self.fingerprint = chain(w);
        self.bags[Bag::Words as usize] = w.iter().map(|x| x.lower_h).collect();
        self.bags[Bag::Stems as usize] = w.iter().filter(|x| x.content).map(|x| x.stem_h).collect();
        self.bags[Bag::Capitals as usize] = w
            .iter()
            .skip(1)
            .filter(|x| x.capital)
            .map(|x| x.lower_h)
            .collect();
        for (n, bag) in [(2, Bag::Bigrams), (3, Bag::Trigrams), (4, Bag::Fourgrams)] {
            self.bags[bag as usize] = w.windows(n).map(chain).collect();
        }
        for b in &mut self.bags {
            b.sort_unstable();
        }
        self.stem_seq = w.iter().map(|x| x.stem_h).collect();
        self.stem_masks = position_masks(&self.stem_seq);
        self.by_stem = (w.iter().filter(|x| x.content))
            .map(|x| Keyed {
                stem: x.stem_h,
                cluster: x.cluster.map(word_hash),
                number: x.number,
            })
            .collect();
        // stable: reading order kept within a stem
        self.by_stem.sort_by_key(|k| k.stem);
    }

    /// What two sentences with the same words in the same order (a copy, whatever its
    /// punctuation and case) share: the fingerprint and the word count.
    pub fn copy_key(&self) -> (u64, usize) {
        (self.fingerprint, self.words.len())
    }

    /// One of the sentence's sorted hash bags.
    pub fn bag(&self, b: Bag) -> &[u64] {
        &self.bags[b as usize]
    }

    /// The content words: neither function words nor negations.
    pub fn content(&self) -> impl Iterator<Item = &Word<'a>> {
        self.words.iter().filter(|w| w.content)
    }
}

/// Each distinct item of `seq` with the positions it holds as bits, sorted by item; empty when
/// `seq` is longer than 128.
pub fn position_masks(seq: &[u64]) -> Vec<(u64, u128)> {
    if seq.len() > 128 {
        return Vec::new();
    }
    let mut out: Vec<(u64, u128)> = (seq.iter().enumerate())
        .map(|(j, &h)| (h, 1u128 << j))
        .collect();
    out.sort_unstable_by_key(|p| p.0);
    out.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            kept.1 |= next.1;
        }
        same
    });
    out
}

/// Test helper: `text` as a sentence with no names, read with the embedded entity model's lists.
#[cfg(test)]
pub(crate) fn test_sentence(text: &str) -> Sentence<'static> {
    let lex = crate::ner::Model::embedded()
        .expect("entity model")
        .gazetteers();
    Sentence::new(text, [], lex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const TOKENS: &[(&str, &[&str])] = &[
        ("He didn't pay $1,000.", &["He", "didn't", "pay", "1,000"]),
        ("al-Assad's 2.5% rise", &["al-Assad's", "2.5", "rise"]),
        ("end. Next", &["end", "Next"]),
        ("", &[]),
        ("—", &[]),
    ];

    #[test]
    fn tokens_table() {
        for (text, want) in TOKENS {
            assert_eq!(&tokens(text), want, "{text:?}");
        }
    }

    #[rustfmt::skip]
    const STEMS: &[(&str, &str)] = &[
        ("attacks", "attack"), ("attacked", "attack"), ("attacking", "attack"),
        ("stopped", "stop"), ("killed", "kill"), ("cities", "city"), ("quickly", "quick"),
        ("was", "was"), ("news", "new"), ("status", "status"), ("bus", "bus"), ("agreed", "agreed"),
    ];

    #[test]
    fn stems_table() {
        for (w, want) in STEMS {
            assert_eq!(stem(w), *want, "{w}");
        }
    }
}
