//! `crossread eval ecb FILE`: how well story entity keys cluster the named entity mentions of
//! ECB+ event groups, scored as B-cubed (Bagga & Baldwin 1998).
//!
//! Input: `ecbplus-dev.jsonl` (see `../shared/data/ecbplus/README.md`), one article a line. Each
//! subtopic (`1_ecb`, `1_ecbplus`, ...) is one event group: its articles (those with non-blank
//! text) go through [`crate::compare`] together, as one story. A group that `compare` rejects is
//! listed in the output and left out of the scores.
//!
//! # Which gold mentions are scored ("named mentions")
//!
//! A gold mention is scored when all of these hold:
//!
//! 1. it is an entity mention (`kind: "entity"`) in one of the article's `validated_sentences`;
//! 2. its type is one of (score row in brackets) `HUMAN_PART_PER` (PER); `HUMAN_PART_ORG`,
//!    `HUMAN_PART_MET` (ORG; MET are media: "CNN", "Washington Post"); `HUMAN_PART_GPE`,
//!    `HUMAN_PART_FAC`, `LOC_GEO`, `LOC_FAC`, `LOC_OTHER` (LOC); `NON_HUMAN_PART`,
//!    `HUMAN_PART_VEH` (MISC: laws, products, films, ships: "Endangered Species Act",
//!    "Internet Explorer", "INS Sukanya"). Not scored: `*_GENERIC` (non-specific referents,
//!    "surgeon general", "Internet"), `TIME_*` and event mentions;
//! 3. its head word is a name. The head is found on the mention's gold tokens: leading
//!    prepositions and articles are skipped ("in", "at", "the", ...), the head phrase ends before
//!    the first later preposition or comma/parenthesis ("the Gulf | of Aden", "Betty Ford Center
//!    | in Rancho Mirage"), possessive "'s" and punctuation tokens are dropped, and the head is
//!    the phrase's last word (the one before it when the last starts with a digit: "Philadelphia
//!    76ers"). The head is a name when it starts with an uppercase letter, is not a pronoun or
//!    determiner ("They", "His"), and, when its capital may be positional only (first word of a
//!    sentence, or any word of a headline-cased sentence: at least 60% of its words
//!    capitalised), its lowercase form is not used as an ordinary lowercase word in at least two
//!    articles of the file (URL lines excluded). So "Tara Reid", "in central Paris",
//!    "the Saints", "Microsoft" (sentence-initial) are scored; "her", "the actress",
//!    "Greek bank", "an Atlanta courthouse", "Obama administration", and "Police" / "Rehab" in
//!    headlines are not;
//! 4. it has a `cross_doc_chain`. Named mentions without one (about 13% in the dev file) are
//!    not singletons in any reliable sense: "FBI" in six articles of one group, "Middle East",
//!    "Egypt" are left unchained, and counting them as singletons would punish correct merges.
//!    They are counted and reported, not scored.
//!
//! # Scoring
//!
//! Each scored gold mention is matched to the entity mention of ours (same article) whose span
//! overlaps it most (gold `char_span`s are code points, ours UTF-16 code units; converted). Its
//! response cluster is that mention's story key; an unmatched gold mention is a response
//! singleton. Gold cluster = `cross_doc_chain`. Both are prefixed with the subtopic, so no
//! cluster crosses event groups. B-cubed is mention-based over the scored gold mentions only
//! (clusters restricted to them), averaged over all mentions of the file (micro). The per-type
//! rows average the same per-mention precision and recall over that type's mentions. "matched"
//! is the share of scored gold mentions that overlap one of our mentions (detection recall).

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

/// Score rows, in print order.
const GROUPS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Pronouns and determiners: never a name, even capitalised.
const STOP: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "we",
    "us",
    "our",
    "ours",
    "you",
    "your",
    "yours",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "it",
    "its",
    "they",
    "them",
    "their",
    "theirs",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "this",
    "these",
    "those",
    "the",
    "a",
    "an",
    "there",
    "here",
    "what",
    "where",
    "when",
    "somebody",
    "someone",
    "everyone",
    "everybody",
    "anybody",
    "anyone",
    "nobody",
    "all",
    "both",
    "each",
];

/// Skipped at the start of a mention (matched case-insensitively: "In Palermo").
const LEAD: &[&str] = &[
    "in", "at", "on", "near", "from", "off", "for", "between", "inside", "outside", "with", "by",
    "to", "into", "across", "over", "under", "above", "about", "after", "before", "the", "a", "an",
];

/// End the head phrase (after its first word; case-sensitive, so "The Boy From Oz" stays whole).
const BOUNDARY: &[&str] = &[
    "of", "in", "at", "on", "near", "from", "off", "for", "between", "inside", "outside", "with",
    "by", "to", "into", "across", "over", "under", "above", "about", "after", "before", ",", "(",
    ")", ";", ":", "--",
];

/// The result of `eval ecb`.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Event groups (subtopics) in the file.
    pub groups: usize,
    /// Articles with text.
    pub articles: usize,
    /// Groups `compare` rejected: (subtopic, error). Their mentions are not scored.
    pub failed: Vec<(String, String)>,
    /// One row per type group present (PER, ORG, LOC, MISC), then "overall".
    pub rows: Vec<Row>,
    /// Named gold mentions of scored groups left out because they have no `cross_doc_chain`.
    pub unchained: usize,
    /// Every scored gold mention with its gold and response cluster, in file order.
    pub mentions: Vec<Scored>,
}

/// One scored gold mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub subtopic: String,
    pub doc_id: String,
    /// The ECB+ type ("HUMAN_PART_PER").
    pub gold_type: String,
    pub gold_text: String,
    /// Gold cluster (subtopic-prefixed `cross_doc_chain`).
    pub gold: String,
    /// The text of our matched mention, `None` when unmatched.
    pub ours: Option<String>,
    /// Response cluster (subtopic-prefixed story key, or a singleton id).
    pub response: String,
}

/// B-cubed scores of some scored mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub scores: B3,
    /// Scored gold mentions.
    pub mentions: usize,
    /// Of those, how many overlap one of our mentions.
    pub matched: usize,
}

/// Averaged B-cubed precision and recall, as fractions in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct B3 {
    pub precision: f64,
    pub recall: f64,
}

impl B3 {
    pub fn f1(&self) -> f64 {
        super::f1(self.precision, self.recall)
    }

    /// The mean of per-mention (precision, recall); zero for no mentions.
    fn mean<'a>(items: impl IntoIterator<Item = &'a (f64, f64)>) -> B3 {
        let (mut n, mut p, mut r) = (0usize, 0.0, 0.0);
        for (pm, rm) in items {
            n += 1;
            p += pm;
            r += rm;
        }
        if n == 0 {
            B3 {
                precision: 0.0,
                recall: 0.0,
            }
        } else {
            B3 {
                precision: p / n as f64,
                recall: r / n as f64,
            }
        }
    }
}

/// Per-mention B-cubed: for each mention (its gold cluster, its response cluster),
/// `(|resp ∩ gold| / |resp|, |resp ∩ gold| / |gold|)`, clusters taken over `mentions` only.
pub fn b_cubed<G: Eq + Hash, R: Eq + Hash>(mentions: &[(G, R)]) -> Vec<(f64, f64)> {
    let mut gold: HashMap<&G, usize> = HashMap::new();
    let mut resp: HashMap<&R, usize> = HashMap::new();
    let mut both: HashMap<(&G, &R), usize> = HashMap::new();
    for (g, r) in mentions {
        *gold.entry(g).or_default() += 1;
        *resp.entry(r).or_default() += 1;
        *both.entry((g, r)).or_default() += 1;
    }
    mentions
        .iter()
        .map(|(g, r)| {
            let common = both[&(g, r)] as f64;
            (common / resp[r] as f64, common / gold[g] as f64)
        })
        .collect()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ECB+ named mentions, B-cubed of story entity keys ({} event groups, {} articles)",
            self.groups, self.articles
        )?;
        writeln!(f, "type      precision  recall      F1  mentions  matched")?;
        for row in &self.rows {
            let matched = if row.mentions == 0 {
                0.0
            } else {
                100.0 * row.matched as f64 / row.mentions as f64
            };
            writeln!(
                f,
                "{:<8} {:>10.2} {:>7.2} {:>7.2} {:>9} {:>8.2}",
                row.label,
                100.0 * row.scores.precision,
                100.0 * row.scores.recall,
                100.0 * row.scores.f1(),
                row.mentions,
                matched
            )?;
        }
        if self.unchained > 0 {
            writeln!(
                f,
                "not scored: {} named mentions without a cross_doc_chain",
                self.unchained
            )?;
        }
        for (group, err) in &self.failed {
            writeln!(f, "group {group} not scored: {err}")?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct Article {
    subtopic: String,
    doc_id: String,
    text: String,
    tokens: Vec<Token>,
    validated_sentences: Vec<usize>,
    mentions: Vec<GoldMention>,
}

#[derive(Deserialize)]
struct Token {
    t_id: u64,
    sentence: usize,
    text: String,
}

#[derive(Deserialize)]
struct GoldMention {
    id: String,
    #[serde(rename = "type")]
    mtype: String,
    kind: String,
    token_ids: Vec<u64>,
    char_span: [usize; 2],
    text: String,
    sentence: usize,
    cross_doc_chain: Option<String>,
}

/// A scored gold mention.
struct Named {
    /// Index into `GROUPS`.
    group: usize,
    /// Span in UTF-16 code units.
    start: usize,
    end: usize,
    /// `None`: no `cross_doc_chain` (not scored, only counted).
    chain: Option<String>,
    id: String,
    mtype: String,
    text: String,
}

/// The score row of an ECB+ type, `None` when the type is not scored.
fn type_group(mtype: &str) -> Option<usize> {
    match mtype {
        "HUMAN_PART_PER" => Some(0),
        "HUMAN_PART_ORG" | "HUMAN_PART_MET" => Some(1),
        "HUMAN_PART_GPE" | "HUMAN_PART_FAC" | "LOC_GEO" | "LOC_FAC" | "LOC_OTHER" => Some(2),
        "NON_HUMAN_PART" | "HUMAN_PART_VEH" => Some(3),
        _ => None,
    }
}

/// A token without the punctuation around it ("\"Vodafone" -> "Vodafone").
fn core(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_word(word: &str) -> bool {
    word.chars().any(char::is_alphanumeric)
}

/// Lowercase words used as ordinary lowercase words in at least two articles (outside URL lines):
/// a capital on them at the start of a sentence or in a headline says nothing.
fn common_words(articles: &[(usize, Article)]) -> HashSet<String> {
    let mut docs: HashMap<String, (usize, usize)> = HashMap::new(); // word -> (articles, last)
    for (i, (_, a)) in articles.iter().enumerate() {
        let url: HashSet<usize> = a
            .tokens
            .iter()
            .filter(|t| {
                let w = t.text.to_lowercase();
                w.starts_with("http") || w == "www"
            })
            .map(|t| t.sentence)
            .collect();
        for t in a.tokens.iter().filter(|t| !url.contains(&t.sentence)) {
            let w = core(&t.text);
            if w.chars().next().is_some_and(char::is_lowercase) {
                let e = docs.entry(w.to_lowercase()).or_insert((0, usize::MAX));
                if e.1 != i {
                    *e = (e.0 + 1, i);
                }
            }
        }
    }
    docs.into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(w, _)| w)
        .collect()
}

/// Token ids whose capital may be positional: first words of sentences, every word of a
/// headline-cased sentence.
fn positional_capitals(a: &Article) -> HashSet<u64> {
    let mut by_sentence: HashMap<usize, Vec<&Token>> = HashMap::new();
    for t in &a.tokens {
        by_sentence.entry(t.sentence).or_default().push(t);
    }
    let mut out = HashSet::new();
    for tokens in by_sentence.values() {
        let words: Vec<&&Token> = tokens
            .iter()
            .filter(|t| t.text.chars().next().is_some_and(char::is_alphabetic))
            .collect();
        let caps = words
            .iter()
            .filter(|t| t.text.chars().next().is_some_and(char::is_uppercase))
            .count();
        if words.len() >= 2 && caps * 10 >= words.len() * 6 {
            out.extend(tokens.iter().map(|t| t.t_id));
        } else if let Some(first) = words.first() {
            out.insert(first.t_id);
        }
    }
    out
}

/// The head word of a mention (see the module comment), `None` when it has no word.
fn head<'a>(tokens: &[&'a Token]) -> Option<&'a Token> {
    let mut i = 0;
    while i < tokens.len()
        && (!is_word(&tokens[i].text) || LEAD.contains(&tokens[i].text.to_lowercase().as_str()))
    {
        i += 1;
    }
    let mut j = i;
    while j < tokens.len() && !(j > i && BOUNDARY.contains(&tokens[j].text.as_str())) {
        j += 1;
    }
    let phrase: Vec<&Token> = tokens[i..j]
        .iter()
        .copied()
        .filter(|t| is_word(&t.text) && !matches!(t.text.to_lowercase().as_str(), "'s" | "’s"))
        .collect();
    let last = phrase.len().checked_sub(1)?;
    let starts_digit = |t: &Token| {
        core(&t.text)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    };
    if last > 0 && starts_digit(phrase[last]) {
        Some(phrase[last - 1])
    } else {
        Some(phrase[last])
    }
}

fn is_named(head: &Token, positional: &HashSet<u64>, common: &HashSet<String>) -> bool {
    let w = core(&head.text);
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && !STOP.contains(&lower.as_str())
        && !(positional.contains(&head.t_id) && common.contains(&lower))
}

/// UTF-16 offset of each code-point offset of `text` (one more entry than chars).
fn utf16_offsets(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut n = 0;
    out.push(0);
    for c in text.chars() {
        n += c.len_utf16();
        out.push(n);
    }
    out
}

/// The scored gold mentions of one article (line `line` of the file).
fn named_mentions(
    line: usize,
    a: &Article,
    common: &HashSet<String>,
) -> Result<Vec<Named>, String> {
    let validated: HashSet<usize> = a.validated_sentences.iter().copied().collect();
    let by_id: HashMap<u64, &Token> = a.tokens.iter().map(|t| (t.t_id, t)).collect();
    let positional = positional_capitals(a);
    let u16_at = utf16_offsets(&a.text);
    let mut out = Vec::new();
    for m in &a.mentions {
        let Some(group) = type_group(&m.mtype) else {
            continue;
        };
        if m.kind != "entity" || !validated.contains(&m.sentence) {
            continue;
        }
        let [start, end] = m.char_span;
        if start > end || end >= u16_at.len() {
            return Err(format!(
                "line {line}: mention {} has char_span [{start}, {end}] outside its text ({} chars)",
                m.id,
                u16_at.len() - 1
            ));
        }
        let tokens = m
            .token_ids
            .iter()
            .map(|id| {
                by_id.get(id).copied().ok_or_else(|| {
                    format!("line {line}: mention {} names unknown token {id}", m.id)
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if head(&tokens).is_some_and(|h| is_named(h, &positional, common)) {
            out.push(Named {
                group,
                start: u16_at[start],
                end: u16_at[end],
                chain: m.cross_doc_chain.clone().filter(|c| !c.is_empty()),
                id: m.id.clone(),
                mtype: m.mtype.clone(),
                text: m.text.clone(),
            });
        }
    }
    Ok(out)
}

/// Scores a whole `ecbplus-*.jsonl` file.
pub fn score(jsonl: &str) -> Result<Report, String> {
    let mut articles = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: Article = serde_json::from_str(line)
            .map_err(|e| format!("line {}: not an ECB+ article: {e}", i + 1))?;
        articles.push((i + 1, a));
    }
    if articles.is_empty() {
        return Err("no articles in the input".into());
    }
    let common = common_words(&articles);

    // Event groups in file order.
    let mut order: Vec<&str> = Vec::new();
    let mut members: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, (_, a)) in articles.iter().enumerate() {
        let list = members.entry(a.subtopic.as_str()).or_default();
        if list.is_empty() {
            order.push(&a.subtopic);
        }
        list.push(k);
    }

    // (row group, mention)
    let mut scored: Vec<(usize, Scored)> = Vec::new();
    let mut failed = Vec::new();
    let mut with_text = 0;
    let mut unchained = 0;
    for sub in &order {
        let ks: Vec<usize> = members[sub]
            .iter()
            .copied()
            .filter(|&k| !articles[k].1.text.trim().is_empty())
            .collect();
        with_text += ks.len();
        let mut gold = Vec::new();
        for &k in &ks {
            let (line, a) = &articles[k];
            gold.push(named_mentions(*line, a, &common)?);
        }
        let input: Vec<(String, String)> = ks
            .iter()
            .map(|&k| (articles[k].1.doc_id.clone(), articles[k].1.text.clone()))
            .collect();
        let doc = match crate::compare(&input) {
            Ok(doc) => doc,
            Err(e) => {
                failed.push((sub.to_string(), e.to_string()));
                continue;
            }
        };
        for (&k, named) in ks.iter().zip(&gold) {
            let a = &articles[k].1;
            let ours = doc
                .articles
                .iter()
                .find(|d| d.id == a.doc_id)
                .map(|d| d.entities.as_slice())
                .unwrap_or_default();
            for m in named {
                let Some(chain) = &m.chain else {
                    unchained += 1;
                    continue;
                };
                let best = ours
                    .iter()
                    .map(|e| (e, m.end.min(e.end).saturating_sub(m.start.max(e.start))))
                    .filter(|&(_, overlap)| overlap > 0)
                    .fold(
                        None,
                        |best: Option<(&crate::schema::EntityDoc, usize)>, x| match best {
                            Some(b) if b.1 >= x.1 => Some(b),
                            _ => Some(x),
                        },
                    );
                let gold_cluster = format!("{sub}\t{chain}");
                let resp_cluster = match best {
                    Some((e, _)) => format!("{sub}\t{}", e.key),
                    None => format!("{sub}\t{}\tunmatched {}", a.doc_id, m.id),
                };
                scored.push((
                    m.group,
                    Scored {
                        subtopic: sub.to_string(),
                        doc_id: a.doc_id.clone(),
                        gold_type: m.mtype.clone(),
                        gold_text: m.text.clone(),
                        gold: gold_cluster,
                        ours: best.map(|(e, _)| e.text.clone()),
                        response: resp_cluster,
                    },
                ));
            }
        }
    }

    let pairs: Vec<(&str, &str)> = scored
        .iter()
        .map(|(_, m)| (m.gold.as_str(), m.response.as_str()))
        .collect();
    let per_mention = b_cubed(&pairs);
    let row = |label: &'static str, keep: &dyn Fn(usize) -> bool| {
        let idx: Vec<usize> = (0..scored.len()).filter(|&i| keep(scored[i].0)).collect();
        Row {
            label,
            scores: B3::mean(idx.iter().map(|&i| &per_mention[i])),
            mentions: idx.len(),
            matched: idx.iter().filter(|&&i| scored[i].1.ours.is_some()).count(),
        }
    };
    let mut rows: Vec<Row> = GROUPS
        .iter()
        .enumerate()
        .map(|(g, label)| row(label, &|x| x == g))
        .filter(|r| r.mentions > 0)
        .collect();
    rows.push(row("overall", &|_| true));
    Ok(Report {
        groups: order.len(),
        articles: with_text,
        failed,
        rows,
        unchained,
        mentions: scored.into_iter().map(|(_, m)| m).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// Whole-set B-cubed of clusterings given as one cluster label per mention.
    fn totals(gold: &str, resp: &str) -> B3 {
        let g: Vec<char> = gold.chars().collect();
        let r: Vec<char> = resp.chars().collect();
        assert_eq!(g.len(), r.len());
        let pairs: Vec<(char, char)> = g.into_iter().zip(r).collect();
        B3::mean(&b_cubed(&pairs))
    }

    #[test]
    fn b_cubed_known_answers() {
        // (gold labels, response labels, precision, recall), one label per mention.
        let cases: &[(&str, &str, f64, f64)] = &[
            // Perfect clustering.
            ("aaabbc", "xxxyyz", 1.0, 1.0),
            // Response all singletons: gold {3}, {1} -> recall (3 * 1/3 + 1) / 4.
            ("aaab", "wxyz", 1.0, 0.5),
            // Response all in one: precision (3 * 3/4 + 1/4) / 4.
            ("aaab", "xxxx", 0.625, 1.0),
            // Bagga & Baldwin (1998), fig. 2: gold {1-5}, {6,7}, {8-12}; response merging the
            // last two: precision (5 + 2 * 2/7 + 5 * 5/7) / 12 = 16/21.
            ("aaaaabbccccc", "xxxxxyyyyyyy", 16.0 / 21.0, 1.0),
            // ... and merging the first and last: precision (10 * 5/10 + 2) / 12 = 7/12.
            ("aaaaabbccccc", "xxxxxyyxxxxx", 7.0 / 12.0, 1.0),
            // A split and a wrong merge: gold {a,a,a}, {b}; response {x,x}, {y,y}.
            // precision (1 + 1 + 1/2 + 1/2) / 4, recall (2/3 + 2/3 + 1/3 + 1) / 4.
            (
                "aaab",
                "xxyy",
                0.75,
                (2.0 / 3.0 + 2.0 / 3.0 + 1.0 / 3.0 + 1.0) / 4.0,
            ),
            // One mention.
            ("a", "x", 1.0, 1.0),
        ];
        for &(gold, resp, p, r) in cases {
            let got = totals(gold, resp);
            assert!(
                close(got.precision, p) && close(got.recall, r),
                "{gold} vs {resp}: got {got:?}, want ({p}, {r})"
            );
        }
    }

    #[test]
    fn f1_is_the_harmonic_mean() {
        for &(p, r, f) in &[(1.0, 0.5, 2.0 / 3.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)] {
            assert!(close(
                B3 {
                    precision: p,
                    recall: r
                }
                .f1(),
                f
            ));
        }
        assert!(close(B3::mean(&[]).precision, 0.0));
    }

    fn token(t_id: u64, sentence: usize, text: &str) -> Token {
        Token {
            t_id,
            sentence,
            text: text.into(),
        }
    }

    #[test]
    fn heads_and_names() {
        let common: HashSet<String> = ["police", "bank", "rehab"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // (mention tokens, token ids with a positional capital, named?)
        let cases: &[(&[&str], &[u64], bool)] = &[
            (&["Tara", "Reid"], &[], true),
            (&["in", "central", "Paris"], &[], true),
            (&["the", "Gulf", "of", "Aden"], &[], true),
            (&["Philadelphia", "76ers"], &[], true),
            (&["Lindsay", "Lohan", "'s"], &[], true),
            (&["Greek", "bank"], &[], false),
            (&["an", "Atlanta", "courthouse"], &[], false),
            (&["her"], &[], false),
            (&["They"], &[0], false),
            (&["His"], &[], false),
            (&["Police"], &[0], false),
            (&["Police"], &[], true),
            (&["Microsoft"], &[0], true),
            (&["In", "Athens", "Bank"], &[0, 1, 2], false),
            (&["\"Vodafone"], &[], true),
            (&["."], &[], false),
        ];
        for &(words, positional, want) in cases {
            let toks: Vec<Token> = words
                .iter()
                .enumerate()
                .map(|(i, w)| token(i as u64, 0, w))
                .collect();
            let refs: Vec<&Token> = toks.iter().collect();
            let pos: HashSet<u64> = positional.iter().copied().collect();
            let got = head(&refs).is_some_and(|h| is_named(h, &pos, &common));
            assert_eq!(got, want, "{words:?}");
        }
    }

    #[test]
    fn utf16_offsets_count_surrogates() {
        assert_eq!(utf16_offsets("a😀b"), vec![0, 1, 3, 4]);
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let err = score("\n{not json}\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(score("").is_err());
    }

    #[test]
    fn scores_a_tiny_file() {
        let line = |doc: &str, text: &str, start: usize, end: usize, word: &str| {
            serde_json::json!({
                "topic": "1", "subtopic": "1_ecb", "doc_id": doc, "text": text,
                "tokens": [{"t_id": 1, "sentence": 0, "text": "The"},
                           {"t_id": 2, "sentence": 0, "text": word}],
                "validated_sentences": [0],
                "mentions": [{"id": "1", "type": "HUMAN_PART_PER", "kind": "entity",
                              "token_ids": [2], "char_span": [start, end], "text": word,
                              "sentence": 0, "cross_doc_chain": "C1"}]
            })
            .to_string()
        };
        let input = format!(
            "{}\n{}\n",
            line(
                "a",
                "Chancellor Angela Merkel spoke in Berlin on Monday.",
                11,
                24,
                "Merkel"
            ),
            line(
                "b",
                "In Berlin, Angela Merkel said nothing.",
                11,
                24,
                "Merkel"
            )
        );
        let report = score(&input).unwrap();
        assert_eq!(report.groups, 1);
        let overall = report.rows.last().unwrap();
        assert_eq!(overall.label, "overall");
        assert_eq!(overall.mentions, 2);
        assert_eq!(overall.matched, 2);
        assert!(report.to_string().contains("overall"));
    }
}
