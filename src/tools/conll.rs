//! CoNLL-2003 column files: tag them with the entity model ([`crate::ner`]) and score tags as
//! `conlleval` does (an entity counts only when its span and its type both match).
//!
//! Format (CoNLL-2003 shared task): one token a line, space-separated columns with the word first
//! and the gold tag last, a blank line between sentences, `-DOCSTART-` before each document.
//! Tagging runs the model on the file's own tokens, one document at a time, so its
//! document-level features see the whole document as they do on articles.

use crate::entity::EntityType;
use std::collections::BTreeMap;

/// CoNLL tag type of an entity type: PERSON → PER, ORG → ORG, PLACE → LOC, GROUP and MISC → MISC.
pub fn conll_type(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Place => "LOC",
        EntityType::Group | EntityType::Misc => "MISC",
    }
}

/// Tags every token line of a CoNLL file with the trained model, on the file's own tokens
/// (the tokenisation `conlleval` scores), one document per `-DOCSTART-`; returns the file with
/// one more column.
pub fn tag_with_model(input: &str, model: &crate::ner::Model) -> String {
    let lines: Vec<&str> = input.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut tags: Vec<&'static str> = vec!["O"; lines.len()];
    // documents of sentences of (line index, word)
    let mut docs: Vec<Vec<Vec<(usize, &str)>>> = vec![Vec::new()];
    let mut sentence: Vec<(usize, &str)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let docstart = l.starts_with("-DOCSTART-");
        if l.trim().is_empty() || docstart {
            if !sentence.is_empty() {
                if let Some(d) = docs.last_mut() {
                    d.push(std::mem::take(&mut sentence));
                }
            }
            if docstart {
                docs.push(Vec::new());
            }
            continue;
        }
        sentence.push((i, l.split_whitespace().next().unwrap_or("")));
    }
    if !sentence.is_empty() {
        if let Some(d) = docs.last_mut() {
            d.push(sentence);
        }
    }
    for doc in &docs {
        let words: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.iter().map(|t| t.1).collect())
            .collect();
        let labels = model.tag(words);
        for (s, ls) in doc.iter().zip(&labels) {
            for ((line, _), &l) in s.iter().zip(ls) {
                if let Some(t) = crate::ner::labels::entity_type(l) {
                    let begin = matches!(
                        crate::ner::labels::part(l),
                        crate::ner::labels::Part::B | crate::ner::labels::Part::U
                    );
                    tags[*line] = tag_name(crate::ner::labels::TYPES[t as usize], begin);
                }
            }
        }
    }
    let mut out = String::with_capacity(input.len() + lines.len() * 6);
    for (i, l) in lines.iter().enumerate() {
        out.push_str(l);
        if !(l.trim().is_empty() || l.starts_with("-DOCSTART-")) {
            out.push(' ');
            out.push_str(tags[i]);
        }
        out.push('\n');
    }
    out
}

fn tag_name(ty: &str, begin: bool) -> &'static str {
    match (ty, begin) {
        ("PER", true) => "B-PER",
        ("PER", false) => "I-PER",
        ("ORG", true) => "B-ORG",
        ("ORG", false) => "I-ORG",
        ("LOC", true) => "B-LOC",
        ("LOC", false) => "I-LOC",
        ("MISC", true) => "B-MISC",
        _ => "I-MISC",
    }
}

/// Entity chunks of a tag sequence as `conlleval` reads them (B- or a type change opens a chunk).
pub fn chunks(tags: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (prefix, ty) = match t.split_once('-') {
            Some((p, ty)) => (p, ty),
            None => ("O", ""),
        };
        let continues = prefix == "I" && cur.as_ref().is_some_and(|c| c.1 == ty);
        if !continues {
            if let Some((s, ty)) = cur.take() {
                out.push((s, i, ty));
            }
            if prefix == "B" || prefix == "I" {
                cur = Some((i, ty.to_string()));
            }
        }
    }
    if let Some((s, ty)) = cur {
        out.push((s, tags.len(), ty));
    }
    out
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Counts {
    pub correct: usize,
    pub guessed: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.guessed)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        crate::tools::eval::f1(self.precision(), self.recall())
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Scores a tagged file (gold tag second to last column, prediction last), per type and overall.
pub fn score(tagged: &str) -> BTreeMap<String, Counts> {
    let mut gold: Vec<&str> = Vec::new();
    let mut pred: Vec<&str> = Vec::new();
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    let flush = |gold: &mut Vec<&str>, pred: &mut Vec<&str>, out: &mut BTreeMap<String, Counts>| {
        let g = chunks(gold);
        let p = chunks(pred);
        for c in &g {
            out.entry(c.2.clone()).or_default().gold += 1;
            out.entry("overall".into()).or_default().gold += 1;
        }
        for c in &p {
            out.entry(c.2.clone()).or_default().guessed += 1;
            out.entry("overall".into()).or_default().guessed += 1;
            if g.contains(c) {
                out.entry(c.2.clone()).or_default().correct += 1;
                out.entry("overall".into()).or_default().correct += 1;
            }
        }
        gold.clear();
        pred.clear();
    };
    for line in tagged.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" || cols.len() < 3 {
            flush(&mut gold, &mut pred, &mut out);
            continue;
        }
        gold.push(cols[cols.len() - 2]);
        pred.push(cols[cols.len() - 1]);
    }
    flush(&mut gold, &mut pred, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn chunks_like_conlleval() {
        let cases: &[(&[&str], &[(usize, usize, &str)])] = &[
            (&["B-PER", "I-PER", "O", "B-LOC"], &[(0, 2, "PER"), (3, 4, "LOC")]),
            (&["I-ORG", "I-ORG", "B-ORG"], &[(0, 2, "ORG"), (2, 3, "ORG")]),
            (&["B-PER", "I-LOC"], &[(0, 1, "PER"), (1, 2, "LOC")]),
            (&["O", "O"], &[]),
        ];
        for (tags, want) in cases {
            let want: Vec<(usize, usize, String)> = want
                .iter()
                .map(|(a, b, t)| (*a, *b, t.to_string()))
                .collect();
            assert_eq!(chunks(tags), want, "{tags:?}");
        }
    }

    #[test]
    fn scores_exact_matches_only() {
        let tagged = "A x B-PER B-PER\nB x I-PER O\nC x O O\n\nD x B-LOC B-LOC\n";
        let s = score(tagged);
        assert_eq!(
            s["overall"],
            Counts {
                correct: 1,
                guessed: 2,
                gold: 2
            }
        );
        assert_eq!(
            s["PER"],
            Counts {
                correct: 0,
                guessed: 1,
                gold: 1
            }
        );
        assert!((s["overall"].f1() - 50.0).abs() < 1e-9);
    }

    #[test]
    fn tags_keep_structure() {
        let input = "-DOCSTART- -X- -X- O\n\nPresident NNP B-NP O\nBashar NNP I-NP B-PER\nal-Assad NNP I-NP I-PER\nspoke VBD B-VP O\n. . O O\n";
        let model = crate::ner::Model::embedded().expect("embedded model");
        let out = tag_with_model(input, model);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "-DOCSTART- -X- -X- O");
        assert_eq!(lines[1], "");
        assert_eq!(lines[3], "Bashar NNP I-NP B-PER B-PER");
        assert_eq!(lines[4], "al-Assad NNP I-NP I-PER I-PER");
        assert_eq!(lines[5], "spoke VBD B-VP O O");
    }
}
