//! `crossread eval entities KEY.json [--clusters FILE] [--examples]`: the story entity table
//! scored against a key written by reading (`tests/data/entity-keys.json`, and
//! `entity-keys-check.json` for stories of the checking half).
//!
//! # The key
//!
//! One object per story: `cluster_id`, `entities` (each `name`, `type` — PERSON, ORG, PLACE,
//! GROUP or MISC — and `forms`: per `doc_id`, the exact strings that article uses for it,
//! minimal spans: no "the", no possessive, no title or descriptor), and `not_entities` (per
//! `doc_id`, capitalised strings that name nothing: page furniture such as "Hide Caption",
//! "Getty Images" in a credit). The key's occurrences are every whole-word occurrence of its
//! forms in the article, longer forms first ("Chicago Cubs" before "Chicago").
//!
//! # Scores
//!
//! - **top-20 rows right**: of the first 20 rows of the story's entity table (the order the
//!   page shows: most mentions first), those whose mentions are mostly (more than half)
//!   occurrences of one key entity, of the key's type. A row of furniture, of a non-name, or of
//!   two things is wrong.
//! - **B-cubed** (Bagga & Baldwin 1998, as `eval ecb`): over the key's occurrences, gold
//!   cluster = key entity, response = the story key of our mention overlapping it most (an
//!   unmatched occurrence is a singleton). Recall falls when one thing is split over rows,
//!   precision when two things share one.
//! - **wrong names**: of the top-20 rows matched to a key entity, those whose display name is
//!   none of the forms the key lists for it ("Nice A", "MVP Ben Zobrist").

use super::ecb::b_cubed;
use super::keyed::{arr, best_overlap, compared, pct, stories, str_of};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// Rows scored per story, as a journalist scans them.
const TOP: usize = 20;

#[derive(Default, Debug)]
pub struct Report {
    pub stories: usize,
    pub rows: usize,
    pub rows_right: usize,
    pub named_rows: usize,
    pub names_wrong: usize,
    pub occurrences: usize,
    pub matched: usize,
    /// Sums of per-occurrence B-cubed precision and recall.
    pub b3: (f64, f64),
    pub examples: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.occurrences.max(1) as f64;
        let (p, r) = (100.0 * self.b3.0 / n, 100.0 * self.b3.1 / n);
        let f1 = super::f1(p, r);
        writeln!(f, "stories                  {}", self.stories)?;
        writeln!(
            f,
            "top-{TOP} rows right        {} of {}: {}",
            self.rows_right,
            self.rows,
            pct(self.rows_right, self.rows)
        )?;
        writeln!(
            f,
            "B-cubed P / R / F1       {p:.2} / {r:.2} / {f1:.2} over {} key occurrences ({} matched: {})",
            self.occurrences,
            self.matched,
            pct(self.matched, self.occurrences)
        )?;
        write!(
            f,
            "wrong display names      {} of {} matched rows: {}",
            self.names_wrong,
            self.named_rows,
            pct(self.names_wrong, self.named_rows)
        )
    }
}

/// Folds the apostrophes and quotes copy varies in, so a key form matches a name we print.
fn fold(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'").trim().to_string()
}

/// Whole-word occurrences of `forms` (each with its owner) in `text`, as byte spans, longer
/// forms first; an occurrence inside a longer one is not counted.
pub fn occurrences(text: &str, forms: &[(&str, usize)]) -> Vec<(usize, usize, usize)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut sorted: Vec<&(&str, usize)> = forms.iter().filter(|(f, _)| !f.is_empty()).collect();
    sorted.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for &&(form, owner) in &sorted {
        for (s, _) in text.match_indices(form) {
            let e = s + form.len();
            if word(text[..s].chars().next_back()) || word(text[e..].chars().next()) {
                continue;
            }
            if out.iter().any(|&(a, b, _)| a < e && s < b) {
                continue;
            }
            out.push((s, e, owner));
        }
    }
    out.sort_unstable();
    out
}

/// Scores a key against the stories of a clusters file.
pub fn score(key: &str, clusters: &str) -> Result<Report, String> {
    let mut report = Report::default();
    for (story, cluster) in stories(key, clusters)? {
        score_story(&story, &cluster, &mut report)?;
        report.stories += 1;
    }
    Ok(report)
}

/// One article's key occurrences in UTF-16 units: (start, end, key entity or `None` for a
/// non-entity).
fn key_spans(
    text: &str,
    doc_id: &str,
    entities: &[Value],
    not: &Value,
) -> Vec<(usize, usize, Option<usize>)> {
    let furniture = entities.len();
    let mut forms: Vec<(&str, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let per_doc = e.get("forms").and_then(|f| f.get(doc_id));
        for f in per_doc
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
        {
            forms.push((f.as_str().unwrap_or(""), i));
        }
    }
    for f in arr(not, doc_id) {
        forms.push((f.as_str().unwrap_or(""), furniture));
    }
    let u16_at = |b: usize| text[..b].encode_utf16().count();
    occurrences(text, &forms)
        .into_iter()
        .map(|(s, e, o)| (u16_at(s), u16_at(e), (o < furniture).then_some(o)))
        .collect()
}

fn score_story(story: &Value, cluster: &Value, report: &mut Report) -> Result<(), String> {
    let name = str_of(cluster, "cluster_id");
    let (articles, doc) = compared(cluster)?;
    let entities = arr(story, "entities");
    let not = story.get("not_entities").cloned().unwrap_or(Value::Null);
    // per article: key spans, and our mentions' spans and story keys
    let mut b3_items: Vec<(usize, String)> = Vec::new();
    // per our row key: the key entity (or furniture) of each of its mentions
    let mut row_hits: HashMap<&str, Vec<Option<Option<usize>>>> = HashMap::new();
    // per key entity: the forms no mention of ours overlaps, with their counts
    let mut missed: BTreeMap<usize, BTreeMap<String, usize>> = BTreeMap::new();
    for ((doc_id, text), art) in articles.iter().zip(&doc.articles) {
        let keys = key_spans(text, doc_id, entities, &not);
        let ours: Vec<(usize, usize)> = art.entities.iter().map(|m| (m.start, m.end)).collect();
        for (n, &(s, e, k)) in keys.iter().enumerate() {
            let Some(k) = k else { continue };
            report.occurrences += 1;
            let resp = match best_overlap(ours.iter().copied(), (s, e)) {
                Some(i) => {
                    report.matched += 1;
                    art.entities[i].key.clone()
                }
                None => {
                    let units: Vec<u16> = text.encode_utf16().skip(s).take(e - s).collect();
                    let form = String::from_utf16_lossy(&units);
                    *missed.entry(k).or_default().entry(form).or_default() += 1;
                    format!("missed {doc_id} {n}")
                }
            };
            b3_items.push((k, resp));
        }
        let spans: Vec<(usize, usize)> = keys.iter().map(|&(s, e, _)| (s, e)).collect();
        for m in &art.entities {
            let hit = best_overlap(spans.iter().copied(), (m.start, m.end)).map(|i| keys[i].2);
            row_hits.entry(m.key.as_str()).or_default().push(hit);
        }
    }
    for (p, r) in b_cubed(&b3_items) {
        report.b3.0 += p;
        report.b3.1 += r;
    }
    for row in doc.story.entities.iter().take(TOP) {
        report.rows += 1;
        let hits = row_hits
            .get(row.key.as_str())
            .map_or(&[][..], Vec::as_slice);
        let mut count: HashMap<usize, usize> = HashMap::new();
        for k in hits.iter().flatten().flatten() {
            *count.entry(*k).or_default() += 1;
        }
        let best = count
            .iter()
            .max_by_key(|&(k, n)| (*n, std::cmp::Reverse(*k)));
        let label = format!(
            "{} ({}, {} mentions)",
            row.name,
            row.etype.as_str(),
            hits.len()
        );
        let Some((&k, &n)) = best.filter(|&(_, &n)| 2 * n > hits.len()) else {
            let why = if hits.iter().any(|h| *h == Some(None)) {
                "not a name (key: not_entities)"
            } else if best.is_some() {
                "two or more things"
            } else {
                "in no key entity"
            };
            report
                .examples
                .push(format!("{name}\twrong row\t{label}: {why}"));
            continue;
        };
        let _ = n;
        let ent = &entities[k];
        let ktype = str_of(ent, "type");
        if ktype == row.etype.as_str() {
            report.rows_right += 1;
        } else {
            report
                .examples
                .push(format!("{name}\twrong type\t{label}: key {ktype}"));
        }
        report.named_rows += 1;
        let forms: Vec<String> = ent
            .get("forms")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|m| m.values())
            .flat_map(|v| v.as_array().map_or(&[][..], Vec::as_slice))
            .filter_map(Value::as_str)
            .chain([str_of(ent, "name")])
            .map(fold)
            .collect();
        if !forms.contains(&fold(&row.name)) {
            report.names_wrong += 1;
            report.examples.push(format!(
                "{name}\twrong name\t{label}: key {:?}",
                str_of(ent, "name")
            ));
        }
    }
    // a key entity spread over several of our rows
    let mut rows_of: HashMap<usize, HashMap<&str, usize>> = HashMap::new();
    for (k, r) in &b3_items {
        if !r.starts_with("missed") {
            *rows_of
                .entry(*k)
                .or_default()
                .entry(r.as_str())
                .or_default() += 1;
        }
    }
    let mut splits: Vec<(usize, String)> = rows_of
        .iter()
        .filter(|(_, rows)| rows.len() > 1)
        .map(|(&k, rows)| {
            let mut rs: Vec<String> = rows
                .iter()
                .map(|(r, n)| {
                    let nm = doc
                        .story
                        .entities
                        .iter()
                        .find(|e| e.key == *r)
                        .map_or("?", |e| e.name.as_str());
                    format!("{nm} ×{n}")
                })
                .collect();
            rs.sort();
            (k, rs.join(", "))
        })
        .collect();
    splits.sort();
    for (k, rs) in splits {
        report.examples.push(format!(
            "{name}\tsplit\t{} over {rs}",
            str_of(&entities[k], "name")
        ));
    }
    for (k, forms) in missed {
        let forms: Vec<String> = forms.iter().map(|(f, n)| format!("{f} ×{n}")).collect();
        report.examples.push(format!(
            "{name}\tmissed\t{}: {}",
            str_of(&entities[k], "name"),
            forms.join(", ")
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn occurrences_are_whole_words_longest_first() {
        // one line per case: text, forms, expected (text of each occurrence, owner)
        let cases: &[(&str, &[(&str, usize)], &[(&str, usize)])] = &[
            ("The Chicago Cubs won in Chicago.", &[("Chicago", 1), ("Chicago Cubs", 0)], &[("Chicago Cubs", 0), ("Chicago", 1)]),
            ("Cubs fans, not Cubsy.", &[("Cubs", 0)], &[("Cubs", 0)]),
            ("Musk’s rocket", &[("Musk", 0)], &[("Musk", 0)]),
            ("Hide Caption Nice", &[("Hide Caption", 1), ("Nice", 0)], &[("Hide Caption", 1), ("Nice", 0)]),
        ];
        for &(text, forms, want) in cases {
            let got: Vec<(&str, usize)> = occurrences(text, forms)
                .into_iter()
                .map(|(s, e, o)| (&text[s..e], o))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn scores_a_small_story() {
        let cluster = serde_json::json!({"cluster_id": "c", "articles": [
            {"doc_id": "a", "text": "Elon Musk said SpaceX will fly to Mars. Musk spoke in Texas on Monday."},
            {"doc_id": "b", "text": "SpaceX founder Elon Musk spoke in Texas."}
        ]})
        .to_string();
        let key = serde_json::json!({"stories": [{"cluster_id": "c", "entities": [
            {"name": "Elon Musk", "type": "PERSON", "forms": {"a": ["Elon Musk", "Musk"], "b": ["Elon Musk"]}},
            {"name": "SpaceX", "type": "ORG", "forms": {"a": ["SpaceX"], "b": ["SpaceX"]}},
            {"name": "Texas", "type": "PLACE", "forms": {"a": ["Texas"], "b": ["Texas"]}},
            {"name": "Mars", "type": "PLACE", "forms": {"a": ["Mars"]}}
        ]}]})
        .to_string();
        let r = score(&key, &cluster).expect("scores");
        assert_eq!(r.stories, 1);
        assert_eq!(r.occurrences, 8);
        // whatever the tagger finds, the counts stay consistent
        assert!(
            r.matched <= r.occurrences && r.rows_right <= r.rows && r.names_wrong <= r.named_rows
        );
        // Musk is one row named by a form the key lists
        assert!(r.rows_right >= 2, "{r}\n{:?}", r.examples);
        assert!(
            !r.examples.iter().any(|e| e.contains("Elon Musk over")),
            "{:?}",
            r.examples
        );
    }

    #[test]
    fn a_missing_cluster_is_an_error() {
        let key = r#"{"stories": [{"cluster_id": "nope", "entities": []}]}"#;
        assert!(score(key, "").is_err());
    }
}
