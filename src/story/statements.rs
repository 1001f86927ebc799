//! Statements aligned across sources: which sentences of different sources state the same
//! thing, in the same words (`verbatim`, wire copy), in other words (`paraphrase`), or one only
//! part of the other (`partial`); and, per source, the sentences no other source makes.
//!
//! 1. Candidates: for every pair of sources, sentence pairs that share at least two content
//!    words (by stem) the story does not use everywhere, found through an inverted index of
//!    those words, never by comparing all pairs; and sentences with the same words in the same
//!    order, however few their content words.
//! 2. Each candidate is judged: verbatim when the two read nearly word for word; otherwise the
//!    story model ([`evidence`], fitted on statement keys of tuning stories) weighs the
//!    statement model's verdict on the two sentences ([`crate::similar`], trained on MSRP news
//!    sentence pairs) with what the story tells: in-story rarity of the shared words, shared
//!    figures, names, story entities, figure and quote groups, and the sentences' places. A
//!    linked pair is `paraphrase` when the statement model also calls the sentences the same,
//!    else `partial`.
//! 3. One to one per pair of sources, strongest first; then groups across sources, each with at
//!    most one sentence per source, merged strongest link first by average linkage; a sentence
//!    next to a member, linked to the group but in none, joins that member (a source that splits
//!    in two what another tells in one).
//! 4. A source's exclusive sentences are its statements in no group (nor repeating word for
//!    word one of its own that is), each with the closest sentence another source has.

use super::evidence::{self, Carried, Place, Rarity, StoryModel};
use crate::analysis::Article;
use crate::ner::gazetteers::Gazetteers;
use crate::similar::sentence::Bag;
use crate::similar::{Model, Sentence, ORDER, WORD_F1};
use crate::text::Span;
use crate::util::{par_map, FastMap, FastSet, UnionFind};

/// How the sentences of a group relate.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum StatementRelation {
    Verbatim,
    Paraphrase,
    Partial,
}

impl StatementRelation {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementRelation::Verbatim => "verbatim",
            StatementRelation::Paraphrase => "paraphrase",
            StatementRelation::Partial => "partial",
        }
    }
}

/// Sentences of different sources that make one statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    pub key: String,
    pub relation: StatementRelation,
    /// (article index, sentence span), one per source, in source order.
    pub members: Vec<(usize, Span)>,
}

/// What the story's other aligners already link across sources: per article, each local
/// entity's story entity, each figure's figure group and each quote's quote group. Two
/// sentences that name one story entity, give one figure or carry one quote share more than
/// words ("three per cent" and "3%" are one figure group).
#[derive(Clone, Copy)]
pub struct Linked<'s> {
    pub entity_of: &'s [Vec<usize>],
    pub figure_group_of: &'s [Vec<usize>],
    pub quote_group_of: &'s [Vec<usize>],
}

impl Linked<'_> {
    /// What each sentence of article `ai` carries (a quote counts for every sentence it
    /// overlaps; an entity mention or a figure for the sentence holding it).
    fn carried(&self, ai: usize, a: &Article) -> Vec<Carried> {
        let mut out = vec![Carried::default(); a.sentences.len()];
        let at = |v: &[Vec<usize>], i: usize| v.get(ai).and_then(|g| g.get(i)).copied();
        for (si, m) in within(&a.sentences, a.mentions.iter().map(|m| m.span)) {
            out[si]
                .entities
                .extend(at(self.entity_of, a.mentions[m].entity));
        }
        for (si, f) in within(&a.sentences, a.figures.iter().map(|f| f.span)) {
            out[si].figures.extend(at(self.figure_group_of, f));
        }
        for (qi, q) in a.quotes.iter().enumerate() {
            let first = a.sentences.partition_point(|s| s.end <= q.span.start);
            let overlapped = (a.sentences[first..].iter()).take_while(|s| s.start < q.span.end);
            for k in 0..overlapped.count() {
                out[first + k].quotes.extend(at(self.quote_group_of, qi));
            }
        }
        for c in &mut out {
            for v in [&mut c.entities, &mut c.figures, &mut c.quotes] {
                v.sort_unstable();
                v.dedup();
            }
        }
        out
    }
}

/// The items (by index) among `spans` that lie within a sentence, with that sentence's index:
/// one binary search each over the sentences (in text order), not a scan per sentence.
fn within<'s>(
    sentences: &'s [Span],
    spans: impl Iterator<Item = Span> + 's,
) -> impl Iterator<Item = (usize, usize)> + 's {
    spans.enumerate().filter_map(move |(i, x)| {
        let si = sentences.partition_point(|s| s.end <= x.start);
        let s = sentences.get(si)?;
        (s.start <= x.start && x.end <= s.end).then_some((si, i))
    })
}

/// Fewest words a sentence needs to count as a statement (datelines, credits and headings
/// below it are left out of alignment and of the exclusive sentences).
const MIN_WORDS: usize = 6;
/// Content words two sentences must share to be compared.
const MIN_SHARED: usize = 2;
/// A word used in more than this share of the story's statements says nothing about which
/// sentences match ("Islamic State" in a story about it) and is not indexed.
const COMMON_SHARE: f64 = 0.2;
/// Word F1 and order at or above which two sentences are the same copy.
const VERBATIM: f32 = 0.85;
/// The statement model's log-odds at or above which a linked pair is labelled `paraphrase`
/// rather than `partial` (probability 0.3, below its threshold on isolated pairs, 0.52: a story
/// pair has already shared two words the story does not use everywhere).
const SAME_LOG_ODDS: f32 = -0.847_298;
/// A word in more postings than this is too common to block on, however large the story: the
/// candidate pairs a word gives grow with the square of its postings.
const MAX_POSTINGS: usize = 64;

/// An alignment group: its relation and its members, (article, first sentence, last
/// sentence), one per source: one sentence, or a few in a row where the source splits in two
/// what another tells in one ([`join_split_sentences`]).
type Group = (StatementRelation, Vec<(usize, usize, usize)>);

/// A judged candidate pair: linked (one statement) or not, with the story model's probability
/// (1 for a copy).
#[derive(Clone, Copy)]
struct Link {
    a: (usize, usize),
    b: (usize, usize),
    relation: StatementRelation,
    score: f32,
    linked: bool,
}

/// A statement no other source makes, with the closest sentence another source has: the
/// judged candidate of highest probability, below the story model's threshold (or taken by a
/// stronger link), so that an editor can check a claimed exclusive in one glance.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnSentence {
    pub span: Span,
    pub nearest: Option<Nearest>,
}

/// The closest sentence of another source: its article, its span, the story model's
/// probability that the two make one statement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nearest {
    pub article: usize,
    pub span: Span,
    pub score: f32,
}

/// Below this probability a judged pair is not offered as the nearest sentence of an exclusive
/// one. Chosen on the tuning keys (`crossread eval statements`): at 0.15, 67 of the 227
/// sentences of shared statements left exclusive show a sentence of their statement, and 18 of
/// the 95 truly exclusive ones show one all the same (0.1: 80 and 29; 0.2: 55 and 12).
const NEAREST_FLOOR: f32 = 0.15;

/// The alignments of a story, and per article its statements no other source makes.
pub fn align(
    articles: &[Article],
    linked: Linked,
    model: &Model,
    story_model: &StoryModel,
) -> (Vec<Alignment>, Vec<Vec<OwnSentence>>) {
    let lex = crate::ner::Model::embedded().map(|m| m.gazetteers()).ok();
    let Some(lex) = lex.filter(|_| articles.len() > 1) else {
        // one source: nothing to align, and no sentence is exclusive to it
        return (Vec::new(), vec![Vec::new(); articles.len()]);
    };
    // statements: (article, sentence index) → parsed sentence
    let parsed: Vec<Vec<Option<Sentence>>> =
        par_map(articles.iter().collect(), 1, |a| statements_of(a, lex));
    let judged = judge(
        candidates(&parsed),
        &Story::new(&parsed, articles, linked, model),
        story_model,
    );
    let nearest = nearest(&judged, articles);
    // the links, strongest first (what both one-to-one alignment and joining read)
    let mut linked: Vec<Link> = judged.into_iter().filter(|l| l.linked).collect();
    linked.sort_by_key(|l| (strength(l), l.a, l.b));
    let mut grouped = groups(&one_to_one(&linked));
    join_split_sentences(&mut grouped, &linked);
    let aligned = aligned(&grouped, &parsed);
    let exclusive = (articles.iter().enumerate())
        .map(|(ai, a)| {
            (a.sentences.iter().enumerate())
                .filter(|&(si, _)| parsed[ai][si].is_some() && !aligned[ai][si])
                .map(|(si, s)| OwnSentence {
                    span: *s,
                    nearest: nearest.get(&(ai, si)).copied(),
                })
                .collect()
        })
        .collect();
    (alignments(grouped, articles), exclusive)
}

/// Per article and sentence, whether it is in an alignment group (a sentence whose links were
/// all refused when groups merged is not: it stays exclusive, never in neither list), or repeats
/// word for word a sentence of its own article that is (a caption repeating the text beside it).
fn aligned(grouped: &[Group], parsed: &[Vec<Option<Sentence>>]) -> Vec<Vec<bool>> {
    let mut out: Vec<Vec<bool>> = parsed.iter().map(|p| vec![false; p.len()]).collect();
    let mut twins: FastSet<(usize, (u64, usize))> = FastSet::default();
    for &(ai, first, last) in grouped.iter().flat_map(|g| &g.1) {
        for si in first..=last {
            out[ai][si] = true;
            if let Some(s) = &parsed[ai][si] {
                twins.insert((ai, s.copy_key()));
            }
        }
    }
    for (ai, sents) in parsed.iter().enumerate() {
        for (si, s) in sents.iter().enumerate() {
            let Some(s) = s else { continue };
            out[ai][si] |= twins.contains(&(ai, s.copy_key()));
        }
    }
    out
}

/// For every judged sentence, the other source's sentence it was judged likeliest to state the
/// same as (at least [`NEAREST_FLOOR`]; ties to the earlier sentence).
fn nearest(judged: &[Link], articles: &[Article]) -> FastMap<(usize, usize), Nearest> {
    let mut out: FastMap<(usize, usize), Nearest> = FastMap::default();
    for l in judged.iter().filter(|l| l.score >= NEAREST_FLOOR) {
        for (x, y) in [(l.a, l.b), (l.b, l.a)] {
            let near = Nearest {
                article: y.0,
                span: articles[y.0].sentences[y.1],
                score: l.score,
            };
            let e = out.entry(x).or_insert(near);
            let better = near.score > e.score
                || (near.score == e.score && (near.article, near.span) < (e.article, e.span));
            if better {
                *e = near;
            }
        }
    }
    out
}

/// The statements of an article, by sentence: `None` for a sentence too short to be one.
fn statements_of<'a>(a: &Article, lex: &'a Gazetteers) -> Vec<Option<Sentence<'a>>> {
    let mut names: Vec<Vec<&str>> = vec![Vec::new(); a.sentences.len()];
    for (si, m) in within(&a.sentences, a.mentions.iter().map(|m| m.span)) {
        let sp = a.mentions[m].span;
        names[si].push(&a.text[sp.start..sp.end]);
    }
    (a.sentences.iter().zip(names))
        .map(|(s, names)| {
            let text = &a.text[s.start..s.end];
            let words = (text.split(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
            (words.count() >= MIN_WORDS).then(|| Sentence::new(text, names, lex))
        })
        .collect()
}

/// Sentence pairs of different sources sharing at least [`MIN_SHARED`] content words the story
/// does not use everywhere, and those that are copies ([`copies`]).
fn candidates(parsed: &[Vec<Option<Sentence>>]) -> Vec<((usize, usize), (usize, usize))> {
    let stems = |s: &Sentence| {
        let mut v = s.bag(Bag::Stems).to_vec();
        v.dedup();
        v
    };
    let mut index: FastMap<u64, Vec<(usize, usize)>> = FastMap::default();
    let mut rows = Vec::new();
    for (ai, sents) in parsed.iter().enumerate() {
        for (si, s) in sents.iter().enumerate() {
            let Some(s) = s else { continue };
            rows.push((ai, si));
            for st in stems(s) {
                index.entry(st).or_default().push((ai, si));
            }
        }
    }
    let common = ((rows.len() as f64 * COMMON_SHARE) as usize).clamp(8, MAX_POSTINGS);
    // row by row: the later sentences of other sources each stem of this one leads to, counted
    // (postings are in sentence order, so "later" is a suffix of each)
    let pairs = par_map(rows, 2048, |x| {
        let mut ys: Vec<(usize, usize)> = Vec::new();
        for st in parsed[x.0][x.1].as_ref().map(stems).unwrap_or_default() {
            if let Some(p) = index.get(&st).filter(|p| p.len() <= common) {
                let later = &p[p.partition_point(|&y| y <= x)..];
                ys.extend(later.iter().filter(|y| y.0 != x.0));
            }
        }
        ys.sort_unstable();
        let mut out = Vec::new();
        for run in ys.chunk_by(|a, b| a == b) {
            if run.len() >= MIN_SHARED {
                out.push((x, run[0]));
            }
        }
        out
    });
    let mut out: Vec<_> = pairs.into_iter().flatten().collect();
    out.extend(copies(parsed));
    out.sort_unstable();
    out.dedup();
    out
}

/// Sentence pairs of different sources with the same words in the same order, whatever they
/// share of the story's distinctive words: a short quote two outlets copy ("It could have been
/// very bad.") has too few content words to be found by them.
fn copies(parsed: &[Vec<Option<Sentence>>]) -> Vec<((usize, usize), (usize, usize))> {
    let mut same: FastMap<(u64, usize), Vec<(usize, usize)>> = FastMap::default();
    for (ai, sents) in parsed.iter().enumerate() {
        for (si, s) in sents.iter().enumerate() {
            if let Some(s) = s {
                same.entry(s.copy_key()).or_default().push((ai, si));
            }
        }
    }
    let mut out = Vec::new();
    for v in same.values().filter(|v| v.len() <= MAX_POSTINGS) {
        for (i, &x) in v.iter().enumerate() {
            out.extend(v[i + 1..].iter().filter(|y| y.0 != x.0).map(|&y| (x, y)));
        }
    }
    out
}

/// Where each statement stands in its article (see [`Place`]).
fn places(parsed: &[Vec<Option<Sentence>>]) -> Vec<Vec<Place>> {
    (parsed.iter())
        .map(|sents| {
            let n = sents.iter().flatten().count().max(1) as f32;
            let mut k = 0;
            (sents.iter())
                .map(|s| {
                    let at = Place(k as f32 / n);
                    k += usize::from(s.is_some());
                    at
                })
                .collect()
        })
        .collect()
}

/// A candidate pair of statements, (article, sentence) each, with its evidence vector (`None`
/// for a copy).
pub type Candidate = (
    (usize, usize),
    (usize, usize),
    Option<[f32; evidence::WIDTH]>,
);

/// The candidate pairs of a story with their evidence vectors, `None` for a copy (a rule
/// decides copies; the story model judges the rest): what `crossread train statements` learns
/// from.
pub fn candidate_evidence(articles: &[Article], linked: Linked, model: &Model) -> Vec<Candidate> {
    let Ok(ner) = crate::ner::Model::embedded() else {
        return Vec::new();
    };
    let lex = ner.gazetteers();
    let parsed: Vec<Vec<Option<Sentence>>> =
        par_map(articles.iter().collect(), 1, |a| statements_of(a, lex));
    let st = Story::new(&parsed, articles, linked, model);
    (candidates(&parsed).into_iter())
        .filter_map(|(a, b)| match st.weigh(a, b)? {
            Weighed::Copy => Some((a, b, None)),
            Weighed::Judged { evidence, .. } => Some((a, b, Some(evidence))),
        })
        .collect()
}

/// A candidate pair weighed: a copy, or the statement model's log-odds and the evidence vector
/// the story model reads.
enum Weighed {
    Copy,
    Judged {
        log_odds: f32,
        evidence: [f32; evidence::WIDTH],
    },
}

/// What `judge` reads besides the candidates: the parsed statements, where each stands, the
/// story's rarity table and the two models.
struct Story<'p, 'a> {
    parsed: &'p [Vec<Option<Sentence<'a>>>],
    places: Vec<Vec<Place>>,
    carried: Vec<Vec<Carried>>,
    rarity: Rarity,
    model: &'p Model,
}

impl<'p, 'a> Story<'p, 'a> {
    fn new(
        parsed: &'p [Vec<Option<Sentence<'a>>>],
        articles: &[Article],
        linked: Linked,
        model: &'p Model,
    ) -> Self {
        let carried = (articles.iter().enumerate())
            .map(|(ai, a)| linked.carried(ai, a))
            .collect();
        Story {
            carried,
            places: places(parsed),
            rarity: Rarity::new(parsed.iter().flatten().flatten()),
            parsed,
            model,
        }
    }

    /// Statements `a` and `b` weighed; `None` when either is no statement or they share too
    /// little to be judged ([`FLOOR`]).
    fn weigh(&self, a: (usize, usize), b: (usize, usize)) -> Option<Weighed> {
        let (x, y) = (
            self.parsed[a.0][a.1].as_ref()?,
            self.parsed[b.0][b.1].as_ref()?,
        );
        if x.copy_key() == y.copy_key() {
            // the same words in the same order: copy, no need to weigh features
            return Some(Weighed::Copy);
        }
        if stem_share(x, y) < FLOOR {
            return None;
        }
        let f = crate::similar::features(x, y);
        if f[WORD_F1] >= VERBATIM && f[ORDER] >= VERBATIM {
            return Some(Weighed::Copy);
        }
        let log_odds = self.model.log_odds(&f);
        let evidence = self.evidence(a, b, log_odds);
        Some(Weighed::Judged { log_odds, evidence })
    }

    /// The evidence vector of statements `a` and `b`, given the statement model's log-odds.
    fn evidence(&self, a: (usize, usize), b: (usize, usize), z: f32) -> [f32; evidence::WIDTH] {
        let s = |(ai, si): (usize, usize)| {
            (self.parsed[ai][si].as_ref()).map(|x| (x, self.places[ai][si], &self.carried[ai][si]))
        };
        match (s(a), s(b)) {
            (Some(x), Some(y)) => evidence::evidence(x, y, z, &self.rarity),
            _ => [0.0; evidence::WIDTH],
        }
    }
}

/// Each candidate judged: verbatim when the two read as a copy; otherwise linked when the story
/// model says they make one statement, `paraphrase` when the statement model also calls the two
/// sentences the same, else `partial`. Pairs sharing too little to judge are dropped.
fn judge(
    cands: Vec<((usize, usize), (usize, usize))>,
    st: &Story,
    story_model: &StoryModel,
) -> Vec<Link> {
    let judged = par_map(cands, 256, |(a, b)| {
        let link = |relation, score, linked| Link {
            a,
            b,
            relation,
            score,
            linked,
        };
        let (z, e) = match st.weigh(a, b)? {
            Weighed::Copy => return Some(link(StatementRelation::Verbatim, 1.0, true)),
            Weighed::Judged { log_odds, evidence } => (log_odds, evidence),
        };
        let p = story_model.probability(&e);
        let relation = if z >= SAME_LOG_ODDS {
            StatementRelation::Paraphrase
        } else {
            StatementRelation::Partial
        };
        Some(link(relation, p, story_model.same(p)))
    });
    judged.into_iter().flatten().collect()
}

/// Below this share of the shorter sentence's content stems in common, a pair is neither one
/// statement nor a part of one, and is not judged (no link on the seeds or on any of the 32
/// stories of several sources in `news-clusters-dev` changes without this cut).
const FLOOR: f32 = 0.2;

/// The share of the shorter sentence's content stems (all of them) the other has.
fn stem_share(x: &Sentence, y: &Sentence) -> f32 {
    let (a, b) = (x.bag(Bag::Stems), y.bag(Bag::Stems));
    crate::similar::features::shared_count(a, b) as f32 / a.len().min(b.len()).max(1) as f32
}

/// Strongest links first: verbatim, then paraphrase, then partial, each by model score.
fn strength(l: &Link) -> (StatementRelation, std::cmp::Reverse<u32>) {
    (l.relation, std::cmp::Reverse((l.score * 1e6) as u32))
}

/// Keeps, for each pair of sources, at most one link per sentence: of `links`, sorted
/// strongest first, each one whose sentences are still free.
fn one_to_one(links: &[Link]) -> Vec<Link> {
    let mut taken: FastSet<((usize, usize), usize)> = FastSet::default();
    (links.iter().copied())
        .filter(|l| {
            let free = !taken.contains(&(l.a, l.b.0)) && !taken.contains(&(l.b, l.a.0));
            if free {
                taken.insert((l.a, l.b.0));
                taken.insert((l.b, l.a.0));
            }
            free
        })
        .collect()
}

/// Groups across sources: links merged strongest first where the two groups have no source in
/// common and at least half the sentence pairs across them are linked (average linkage: one
/// link does not chain two statements that share a sentence's worth of words); a group's
/// relation is its weakest link's.
fn groups(links: &[Link]) -> Vec<Group> {
    let mut ids: FastMap<(usize, usize), usize> = FastMap::default();
    for l in links {
        for s in [l.a, l.b] {
            let n = ids.len();
            ids.entry(s).or_insert(n);
        }
    }
    let linked: FastSet<((usize, usize), (usize, usize))> =
        links.iter().map(|l| (l.a.min(l.b), l.a.max(l.b))).collect();
    let mut uf = UnionFind::new(ids.len());
    let mut members: Vec<Vec<(usize, usize)>> = vec![Vec::new(); ids.len()];
    for (s, &i) in &ids {
        members[i] = vec![*s];
    }
    let mut relation = vec![StatementRelation::Verbatim; ids.len()];
    for l in links {
        let (ra, rb) = (uf.find(ids[&l.a]), uf.find(ids[&l.b]));
        let (ma, mb) = (&members[ra], &members[rb]);
        if ra == rb || ma.iter().any(|x| mb.iter().any(|y| x.0 == y.0)) {
            continue;
        }
        let across = (ma.iter())
            .flat_map(|x| mb.iter().map(move |y| (*x.min(y), *x.max(y))))
            .filter(|p| linked.contains(p))
            .count();
        if 2 * across < ma.len() * mb.len() {
            continue;
        }
        uf.union(ra, rb);
        let root = uf.find(ra);
        let merged: Vec<(usize, usize)> = ma.iter().chain(mb).copied().collect();
        let rel = relation[ra].max(relation[rb]).max(l.relation);
        members[root] = merged;
        relation[root] = rel;
    }
    let mut by_root: std::collections::BTreeMap<usize, Vec<(usize, usize)>> = Default::default();
    for (&s, &i) in &ids {
        by_root.entry(uf.find(i)).or_default().push(s);
    }
    let mut out: Vec<Group> = by_root
        .into_iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(root, mut m)| {
            m.sort_unstable();
            (
                relation[root],
                m.into_iter().map(|(a, s)| (a, s, s)).collect(),
            )
        })
        .collect();
    // in reading order of the first source's sentence
    out.sort_by(|x, y| x.1.cmp(&y.1));
    out
}

/// Sentences in a row that one source writes where another writes one: "Qaim, about 320 km
/// west of Baghdad, was the last town held by IS in Iraq; at the height of the caliphate …"
/// against "The town, about 320km west of Baghdad, …" and "At the height of the caliphate,
/// …". One-to-one alignment keeps one of the two; the other joins its neighbour's member when
/// the story model links it to a sentence of the group too and no group holds it. A group so
/// joined is at best a paraphrase (the joined passage is no word-for-word copy). `links` are
/// the linked pairs, strongest first; a sentence joins once.
fn join_split_sentences(grouped: &mut [Group], links: &[Link]) {
    let mut group_of: FastMap<(usize, usize), usize> = FastMap::default();
    for (g, (_, members)) in grouped.iter().enumerate() {
        for &(ai, si, _) in members {
            group_of.insert((ai, si), g);
        }
    }
    for l in links {
        for (x, y) in [(l.a, l.b), (l.b, l.a)] {
            let (Some(&g), false) = (group_of.get(&x), group_of.contains_key(&y)) else {
                continue;
            };
            let (relation, members) = &mut grouped[g];
            let Some(m) = members.iter_mut().find(|m| m.0 == y.0) else {
                continue;
            };
            if y.1 + 1 == m.1 {
                m.1 = y.1;
            } else if y.1 == m.2 + 1 {
                m.2 = y.1;
            } else {
                continue;
            }
            *relation = (*relation).max(StatementRelation::Paraphrase);
            group_of.insert(y, g);
            break;
        }
    }
}

/// The groups as the story gives them: keyed in order, members as sentence spans.
fn alignments(grouped: Vec<Group>, articles: &[Article]) -> Vec<Alignment> {
    (grouped.into_iter())
        .enumerate()
        .map(|(k, (relation, m))| Alignment {
            key: format!("a{}", k + 1),
            relation,
            members: m
                .into_iter()
                .map(|(ai, first, last)| {
                    let s = &articles[ai].sentences;
                    (ai, Span::new(s[first].start, s[last].end))
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::story::test_articles;

    fn story_model() -> &'static StoryModel {
        evidence::embedded().expect("story model")
    }

    /// `align` with what the story's other aligners link.
    fn align(
        arts: &[Article],
        model: &Model,
        story_model: &StoryModel,
    ) -> (Vec<Alignment>, Vec<Vec<OwnSentence>>) {
        let st = crate::story::compare(arts);
        let linked = Linked {
            entity_of: &st.entity_of,
            figure_group_of: &st.figure_group_of,
            quote_group_of: &st.quote_group_of,
        };
        super::align(arts, linked, model, story_model)
    }

    /// Two short reports of one event: a reworded lead, a copied sentence, and one sentence
    /// each that the other lacks (also the fixture of `present::side`'s tests).
    pub(crate) const A: &str =
        "Police arrested two men in the northern town of Ashford on Monday night. \
        The men, aged 24 and 31, were held on suspicion of burglary at a jewellery shop. \
        The mayor of Ashford praised the quick work of the local officers.";
    pub(crate) const B: &str =
        "Two men were arrested in the northern town of Ashford on Monday night, police said. \
        The men, aged 24 and 31, were held on suspicion of burglary at a jewellery shop. \
        A spokesman said the shop had been closed for renovation since early spring.";

    /// (relation, sentence of A, sentence of B) for the pairs the two texts align.
    fn aligned(a: &str, b: &str) -> Vec<(StatementRelation, String, String)> {
        let arts = test_articles(&[a, b]);
        let model = Model::embedded().expect("model");
        let (groups, _) = align(&arts, model, story_model());
        let text = |(ai, s): (usize, Span)| arts[ai].text[s.start..s.end].to_string();
        groups
            .iter()
            .map(|g| (g.relation, text(g.members[0]), text(g.members[1])))
            .collect()
    }

    #[test]
    fn copy_and_rewording_align_and_the_rest_is_exclusive() {
        let got = aligned(A, B);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(got[0].0, StatementRelation::Paraphrase, "{got:#?}");
        assert!(got[0].1.starts_with("Police arrested") && got[0].2.starts_with("Two men"));
        assert_eq!(got[1].0, StatementRelation::Verbatim, "{got:#?}");
        let arts = test_articles(&[A, B]);
        let (_, only) = align(&arts, Model::embedded().expect("model"), story_model());
        let first = |ai: usize| {
            only[ai]
                .iter()
                .map(|s| &arts[ai].text[s.span.start..s.span.end])
                .collect::<Vec<_>>()
        };
        assert_eq!(
            first(0),
            ["The mayor of Ashford praised the quick work of the local officers."]
        );
        assert_eq!(first(1).len(), 1);
    }

    #[test]
    fn one_source_has_no_alignments_and_no_exclusive_sentences() {
        let arts = test_articles(&[A]);
        let (groups, only) = align(&arts, Model::embedded().expect("model"), story_model());
        assert!(groups.is_empty());
        assert_eq!(only, vec![Vec::<OwnSentence>::new()]);
    }

    /// A judged pair of sentence `a` and `b` with story probability `score`.
    fn judged(a: (usize, usize), b: (usize, usize), score: f32) -> Link {
        let relation = StatementRelation::Partial;
        let linked = false;
        Link {
            a,
            b,
            relation,
            score,
            linked,
        }
    }

    #[test]
    fn the_nearest_sentence_is_the_likeliest_judged_one_above_the_floor() {
        let arts = test_articles(&[A, B, A]);
        let near = nearest(
            &[
                judged((0, 0), (1, 0), 0.2),
                judged((0, 0), (2, 1), 0.3),
                judged((0, 1), (1, 1), NEAREST_FLOOR - 0.01),
                judged((1, 2), (2, 2), 0.2),
                judged((1, 2), (0, 2), 0.2),
            ],
            &arts,
        );
        let at = |k: (usize, usize)| near.get(&k).map(|n| (n.article, n.span, n.score));
        // the likelier of two, in either direction of the pair
        assert_eq!(at((0, 0)), Some((2, arts[2].sentences[1], 0.3)));
        assert_eq!(at((1, 0)), Some((0, arts[0].sentences[0], 0.2)));
        // below the floor: none
        assert_eq!(at((0, 1)), None);
        assert_eq!(at((1, 1)), None);
        // a tie goes to the earlier source
        assert_eq!(at((1, 2)), Some((0, arts[0].sentences[2], 0.2)));
    }

    #[test]
    fn the_seed_storys_exclusive_sentences_show_nearest_sentences_of_other_sources() {
        let seeds = [
            include_str!("../../www/demo/000_3db61b1766599d43.txt"),
            include_str!("../../www/demo/001_037639a6d901256c.txt"),
            include_str!("../../www/demo/002_95f8806dc18b240a.txt"),
            include_str!("../../www/demo/003_5b3775f35aba45e2.txt"),
            include_str!("../../www/demo/004_7accc43c01826d1b.txt"),
        ];
        let arts = test_articles(&seeds);
        let (_, only) = align(&arts, Model::embedded().expect("model"), story_model());
        let mut shown = 0;
        for (ai, own) in only.iter().enumerate() {
            for n in own.iter().filter_map(|s| s.nearest) {
                assert_ne!(n.article, ai);
                assert!(arts[n.article].sentences.contains(&n.span), "{n:?}");
                assert!((NEAREST_FLOOR..=1.0).contains(&n.score), "{n:?}");
                shown += 1;
            }
        }
        // 31 of the seeds' 78 exclusive sentences show one (tests/golden/seeds.json)
        assert!(shown >= 10, "{shown}");
    }

    #[test]
    fn a_sentence_one_source_splits_in_two_aligns_with_both_halves() {
        let one = "Grammy president Neil Portnow responded to the letter on Monday with a brief \
            statement: \"We welcome the opportunity to work with these executives to address \
            the issues of inclusion and fairness in our community.\"";
        let two = "Mr. Portnow responded on Monday afternoon with a brief statement to the \
            executives. \"We welcome the opportunity to work with these executives to address \
            the issues of inclusion and fairness in our community,\" he said.";
        let arts = test_articles(&[&format!("{A} {one}"), &format!("{B} {two}")]);
        let (groups, only) = align(&arts, Model::embedded().expect("model"), story_model());
        let text = |(ai, s): (usize, Span)| &arts[ai].text[s.start..s.end];
        let g = (groups.iter())
            .find(|g| g.members.iter().any(|&m| text(m).contains("Neil Portnow")))
            .expect("the statement's group");
        let joined = text(g.members[1]);
        assert!(joined.starts_with("Mr. Portnow responded"), "{joined}");
        assert!(joined.ends_with("he said."), "{joined}");
        assert_ne!(g.relation, StatementRelation::Verbatim);
        assert!(only[1]
            .iter()
            .all(|o| !text((1, o.span)).contains("Portnow")));
    }

    #[test]
    fn a_short_quote_copied_word_for_word_aligns() {
        // "could", "have", "been", "very" are function words: one content word is shared
        let quote = " \"It could have been very bad.\"";
        let arts = test_articles(&[&format!("{A}{quote}"), &format!("{B}{quote}")]);
        let (groups, only) = align(&arts, Model::embedded().expect("model"), story_model());
        let copy = |g: &&Alignment| {
            (g.members.iter()).all(|&(ai, s)| arts[ai].text[s.start..s.end].contains("very bad"))
        };
        let g = groups.iter().find(copy).expect("the quote's group");
        assert_eq!(g.relation, StatementRelation::Verbatim);
        assert_eq!(g.members.len(), 2);
        for (ai, own) in only.iter().enumerate() {
            let text = |o: &OwnSentence| &arts[ai].text[o.span.start..o.span.end];
            assert!(own.iter().all(|o| !text(o).contains("very bad")));
        }
    }

    #[test]
    fn every_statement_is_aligned_exclusive_or_a_twin_of_an_aligned_one() {
        let b = format!(
            "{B} The men, aged 24 and 31, were held on suspicion of burglary at a jewellery shop."
        );
        let c = "Officers in the northern town of Ashford arrested two men on Monday night. \
            The mayor of Ashford thanked the officers, and a spokesman said the shop was shut.";
        let arts = test_articles(&[A, &b, c]);
        let (groups, only) = align(&arts, Model::embedded().expect("model"), story_model());
        for (ai, a) in arts.iter().enumerate() {
            for s in &a.sentences {
                let text = &a.text[s.start..s.end];
                let words = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty());
                if words.count() < MIN_WORDS {
                    continue;
                }
                let in_group = (groups.iter().flat_map(|g| &g.members)).any(|m| m == &(ai, *s));
                let exclusive = only[ai].iter().any(|o| o.span == *s);
                let twin = (groups.iter().flat_map(|g| &g.members))
                    .any(|&(gi, g)| gi == ai && g != *s && a.text[g.start..g.end] == *text);
                assert!(
                    [in_group, exclusive, twin].iter().filter(|x| **x).count() == 1,
                    "{text:?}: grouped {in_group}, exclusive {exclusive}, twin {twin}"
                );
            }
        }
    }

    #[test]
    fn the_same_sentence_twice_in_one_source_joins_one_group_once() {
        let b = format!(
            "{B} The men, aged 24 and 31, were held on suspicion of burglary at a jewellery shop."
        );
        let arts = test_articles(&[A, &b]);
        let (groups, _) = align(&arts, Model::embedded().expect("model"), story_model());
        for g in &groups {
            let mut sources: Vec<usize> = g.members.iter().map(|m| m.0).collect();
            sources.dedup();
            assert_eq!(sources.len(), g.members.len(), "{g:?}");
        }
    }
}
