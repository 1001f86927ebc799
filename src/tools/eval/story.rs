//! `crossread eval story KEY.json [--clusters FILE]`: how far a journalist can trust the story
//! diff, scored against a key written by reading real multi-outlet stories
//! (`tests/data/story-keys.json`, stories of `../shared/data/clusters/news-clusters-dev.jsonl`).
//!
//! The key lists, per story, every quantity two or more outlets report (each statement of it,
//! found by an excerpt of the article and the figure's surface within it) with the relation a
//! reader gives it (`agree`, `compatible`, `conflict`), and every quote two or more articles
//! carry with its real speaker. Each key statement is matched to the figure (or quote) of ours
//! whose span overlaps it. The report gives:
//! - **conflicts reported**, and how many are **real**: a reported conflict is real when its
//!   members all match statements of one key quantity whose relation is `conflict`;
//! - **real conflicts found**: key conflicts with a reported conflict holding two or more of
//!   their statements;
//! - **quantities grouped whole**: key quantities all of whose statements we extracted and put
//!   in one group;
//! - **groups mixing quantities**: our groups holding statements of two key quantities (a
//!   merge of two things, whatever their values);
//! - **speakers_differ right**: quote groups we flag whose key quote says the outlets really
//!   attribute the words to different people (`attributed_differently`).
//! - **misspelling flags right**: flagged variants that the key's `spellings` list as another
//!   spelling of a name the entity also goes by.
//!
//! Statements whose excerpt is not found in the article are counted and reported (a key slip),
//! never scored.

use super::keyed::{arr, best_overlap, compared, pct, stories, str_of};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Counts over all stories of a key.
#[derive(Default, Debug)]
pub struct Report {
    pub stories: usize,
    pub conflicts_reported: usize,
    pub conflicts_real: usize,
    pub key_conflicts: usize,
    pub key_conflicts_found: usize,
    pub quantities: usize,
    pub quantities_whole: usize,
    /// our groups holding statements of two or more key quantities, and groups holding
    /// statements of any
    pub groups_mixed: usize,
    pub groups_keyed: usize,
    pub speakers_flagged: usize,
    pub speakers_right: usize,
    /// misspelling flags, and those whose variant the key spells as the same name
    pub misspellings_flagged: usize,
    pub misspellings_right: usize,
    pub statements: usize,
    pub statements_missing: usize,
    /// lines for reading: false conflicts, missed conflicts, split quantities
    pub examples: Vec<String>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "stories                      {}", self.stories)?;
        writeln!(
            f,
            "conflicts reported           {} ({} real: {})",
            self.conflicts_reported,
            self.conflicts_real,
            pct(self.conflicts_real, self.conflicts_reported)
        )?;
        writeln!(
            f,
            "real conflicts found         {} of {}: {}",
            self.key_conflicts_found,
            self.key_conflicts,
            pct(self.key_conflicts_found, self.key_conflicts)
        )?;
        writeln!(
            f,
            "quantities grouped whole     {} of {}: {}",
            self.quantities_whole,
            self.quantities,
            pct(self.quantities_whole, self.quantities)
        )?;
        writeln!(
            f,
            "groups mixing quantities     {} of {}: {}",
            self.groups_mixed,
            self.groups_keyed,
            pct(self.groups_mixed, self.groups_keyed)
        )?;
        writeln!(
            f,
            "speakers_differ right        {} of {}: {}",
            self.speakers_right,
            self.speakers_flagged,
            pct(self.speakers_right, self.speakers_flagged)
        )?;
        writeln!(
            f,
            "misspelling flags right      {} of {}: {}",
            self.misspellings_right,
            self.misspellings_flagged,
            pct(self.misspellings_right, self.misspellings_flagged)
        )?;
        write!(
            f,
            "key statements               {} ({} not found in their article)",
            self.statements, self.statements_missing
        )
    }
}

/// UTF-16 offset of byte `b` of `s`.
fn utf16_at(s: &str, b: usize) -> usize {
    s[..b].encode_utf16().count()
}

/// The UTF-16 span of a key statement: its surface inside its excerpt inside the article.
fn locate(text: &str, excerpt: &str, surface: Option<&str>) -> Option<(usize, usize)> {
    let at = text.find(excerpt)?;
    let (s, e) = match surface {
        Some(sf) => {
            let i = excerpt.find(sf)?;
            (at + i, at + i + sf.len())
        }
        None => (at, at + excerpt.len()),
    };
    Some((utf16_at(text, s), utf16_at(text, e)))
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

fn score_story(story: &Value, cluster: &Value, report: &mut Report) -> Result<(), String> {
    let name = str_of(cluster, "cluster_id");
    let (articles, doc) = compared(cluster)?;
    let text_of: HashMap<&str, &str> = articles
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect();
    let art_of: HashMap<&str, &crate::schema::ArticleDoc> =
        doc.articles.iter().map(|a| (a.id.as_str(), a)).collect();

    // key statements → our figures: (doc_id, figure index) → key quantity
    let mut fig_q: HashMap<(String, usize), usize> = HashMap::new();
    let quantities = arr(story, "quantities");
    let mut found_of: Vec<Vec<(String, usize)>> = vec![Vec::new(); quantities.len()];
    let mut complete = vec![true; quantities.len()];
    for (qi, q) in quantities.iter().enumerate() {
        for m in arr(q, "members") {
            report.statements += 1;
            let doc_id = str_of(m, "doc_id");
            let (Some(text), Some(art)) = (text_of.get(doc_id), art_of.get(doc_id)) else {
                report.statements_missing += 1;
                continue;
            };
            let Some(span) = locate(text, str_of(m, "excerpt"), Some(str_of(m, "surface"))) else {
                report.statements_missing += 1;
                continue;
            };
            match best_overlap(art.figures.iter().map(|f| (f.start, f.end)), span) {
                Some(fi) => {
                    fig_q.insert((doc_id.to_string(), fi), qi);
                    found_of[qi].push((doc_id.to_string(), fi));
                }
                None => complete[qi] = false,
            }
        }
    }
    // our groups and the key quantities of their members
    let mut group_of: HashMap<(String, usize), &str> = HashMap::new();
    for g in &doc.story.figures {
        for m in &g.members {
            group_of.insert((m.source.clone(), m.index), g.key.as_str());
        }
    }
    let relation = |qi: usize| str_of(&quantities[qi], "relation");
    let what = |qi: usize| str_of(&quantities[qi], "what").to_string();
    let conflicts: Vec<_> = doc
        .story
        .figures
        .iter()
        .filter(|g| g.relation.as_str() == "conflict")
        .collect();
    let mut found_conflict = vec![false; quantities.len()];
    for g in &conflicts {
        report.conflicts_reported += 1;
        let qs: Vec<Option<usize>> = g
            .members
            .iter()
            .map(|m| fig_q.get(&(m.source.clone(), m.index)).copied())
            .collect();
        let one = qs
            .first()
            .copied()
            .flatten()
            .filter(|q| qs.iter().all(|x| *x == Some(*q)));
        let real = one.is_some_and(|q| relation(q) == "conflict");
        if real {
            report.conflicts_real += 1;
            if let Some(q) = one {
                found_conflict[q] = true;
            }
        } else {
            let texts: Vec<String> = g
                .members
                .iter()
                .filter_map(|m| {
                    art_of
                        .get(m.source.as_str())
                        .and_then(|a| a.figures.get(m.index))
                })
                .map(|f| format!("{:?}", f.text))
                .collect();
            report
                .examples
                .push(format!("{name}\tfalse conflict\t{}", texts.join(" vs ")));
        }
    }
    // purity: a group holding statements of two key quantities merged two things
    for g in &doc.story.figures {
        let qs: std::collections::BTreeSet<usize> = g
            .members
            .iter()
            .filter_map(|m| fig_q.get(&(m.source.clone(), m.index)).copied())
            .collect();
        report.groups_keyed += usize::from(!qs.is_empty());
        if qs.len() > 1 {
            report.groups_mixed += 1;
            let names: Vec<String> = qs.iter().map(|&q| what(q)).collect();
            report
                .examples
                .push(format!("{name}	mixed group	{}", names.join(" + ")));
        }
    }
    for (qi, q) in quantities.iter().enumerate() {
        report.quantities += 1;
        let groups: std::collections::BTreeSet<&str> = found_of[qi]
            .iter()
            .filter_map(|k| group_of.get(k).copied())
            .collect();
        let whole = complete[qi] && !found_of[qi].is_empty() && groups.len() == 1;
        report.quantities_whole += usize::from(whole);
        if !whole {
            report.examples.push(format!(
                "{name}\tsplit or missed\t{} ({} statements, {} found, {} groups)",
                what(qi),
                arr(q, "members").len(),
                found_of[qi].len(),
                groups.len()
            ));
        }
        if relation(qi) == "conflict" {
            report.key_conflicts += 1;
            report.key_conflicts_found += usize::from(found_conflict[qi]);
            if !found_conflict[qi] {
                report.examples.push(format!(
                    "{name}\tmissed conflict\t{}: {}",
                    what(qi),
                    str_of(q, "reason")
                ));
            }
        }
    }
    score_speakers(story, &doc, &text_of, report);
    score_spellings(story, &doc, name, report);
    Ok(())
}

/// Misspelling flags against the key's spelling groups: a flag is right when its variant and
/// another form of the same story entity stand in one group (case aside).
fn score_spellings(story: &Value, doc: &crate::schema::Document, name: &str, report: &mut Report) {
    let groups: Vec<Vec<String>> = arr(story, "spellings")
        .iter()
        .map(|g| {
            g.as_array()
                .map(|xs| {
                    xs.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_lowercase)
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    for e in &doc.story.entities {
        for bad in &e.misspellings {
            report.misspellings_flagged += 1;
            let b = bad.to_lowercase();
            let right = groups.iter().any(|g| {
                g.contains(&b)
                    && std::iter::once(&e.name)
                        .chain(&e.variants)
                        .map(|v| v.to_lowercase())
                        .any(|v| v != b && g.contains(&v))
            });
            report.misspellings_right += usize::from(right);
            if !right {
                report.examples.push(format!(
                    "{name}\twrong misspelling flag\t{bad:?} in {:?} ({})",
                    e.name,
                    e.variants.join(" | ")
                ));
            }
        }
    }
}

/// speakers_differ flags against the key's quotes.
fn score_speakers(
    story: &Value,
    doc: &crate::schema::Document,
    text_of: &HashMap<&str, &str>,
    report: &mut Report,
) {
    let mut quote_q: BTreeMap<(String, usize), usize> = BTreeMap::new();
    let quotes = arr(story, "quotes");
    for (qi, q) in quotes.iter().enumerate() {
        for m in arr(q, "members") {
            let doc_id = str_of(m, "doc_id");
            let (Some(text), Some(art)) = (
                text_of.get(doc_id),
                doc.articles.iter().find(|a| a.id == doc_id),
            ) else {
                continue;
            };
            if let Some(span) = locate(text, str_of(m, "excerpt"), None) {
                if let Some(i) = best_overlap(art.quotes.iter().map(|x| (x.start, x.end)), span) {
                    quote_q.insert((doc_id.to_string(), i), qi);
                }
            }
        }
    }
    for g in doc.story.quotes.iter().filter(|g| g.speakers_differ) {
        report.speakers_flagged += 1;
        let q = g
            .members
            .iter()
            .find_map(|m| quote_q.get(&(m.source.clone(), m.index)).copied());
        let right = q.is_some_and(|q| {
            quotes[q]
                .get("attributed_differently")
                .and_then(Value::as_bool)
                == Some(true)
        });
        report.speakers_right += usize::from(right);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_statements_in_utf16() {
        let text = "Café: at least 50 people died.";
        assert_eq!(
            locate(text, "at least 50 people", Some("at least 50")),
            Some((6, 17))
        );
        assert_eq!(locate(text, "not there", None), None);
        assert_eq!(
            best_overlap([(0, 4), (6, 20)].into_iter(), (6, 17)),
            Some(1)
        );
    }

    #[test]
    fn scores_a_conflict_and_a_split() {
        let clusters = r#"{"cluster_id": "c", "articles": [
            {"doc_id": "a", "text": "The crash killed 27 people on Monday, police said."},
            {"doc_id": "b", "text": "The crash killed 25 people on Monday, police said."}]}"#
            .replace('\n', " ");
        let key = r#"{"stories": [{"cluster_id": "c", "quantities": [
            {"id": "q1", "what": "dead", "relation": "conflict", "reason": "27 vs 25",
             "members": [{"doc_id": "a", "surface": "27", "excerpt": "killed 27 people"},
                         {"doc_id": "b", "surface": "25", "excerpt": "killed 25 people"}]}],
            "quotes": []}]}"#;
        let r = score(key, &clusters).expect("scores");
        assert_eq!((r.stories, r.quantities, r.key_conflicts), (1, 1, 1));
        assert_eq!(r.statements_missing, 0);
        // whatever the diff says, the counts are consistent
        assert!(r.conflicts_real <= r.conflicts_reported);
        assert!(r.key_conflicts_found <= r.key_conflicts);
        assert!(r.quantities_whole <= r.quantities);
    }
}
