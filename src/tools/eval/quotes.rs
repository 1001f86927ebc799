//! `crossread eval quotes FILE`: direct quotations and their speakers on PolNeAR
//! (`../shared/data/quotes/polnear-dev.jsonl`, see its README), scored as issue 6 defines:
//!
//! - **recall**: a gold `direct` quoted span (each span inside the marks; a quote split by an
//!   inserted "he said" has two) is found when one of our quotes, full or partial, covers at
//!   least 80% of it;
//! - **precision**: one of our `full` quotes is right when at least half of it lies inside
//!   marked quoted content: the `quoted_spans` of any attribution, and the content of indirect
//!   ones, because PolNeAR's conversion types the New York Times' quotes in doubled apostrophes
//!   (''...'') as indirect although their content is the quotation. Partial quotes (a quoted word
//!   or phrase) are not counted, as PolNeAR marks only those it reads as attributed;
//! - **F1** of the two;
//! - **speaker accuracy**: of the gold direct quotes with a speaker in the text that we found
//!   (at least one span), the share whose speaker mention of ours overlaps the gold speaker span.
//!   The mention is compared as written ("he" for "he"), as PolNeAR does not resolve pronouns.
//!
//! Offsets are code points of the article text. Each article goes through the whole pipeline
//! ([`crate::analysis::Pipeline`]), as in the page.

use crate::analysis::Pipeline;
use crate::quotes::QuoteKind;
use serde_json::Value;

#[derive(Default, Debug)]
pub struct Report {
    pub articles: usize,
    pub gold_spans: usize,
    pub found_spans: usize,
    pub full_quotes: usize,
    pub right_full: usize,
    pub speaker_cases: usize,
    pub speaker_right: usize,
    /// examples of misses, false quotes and wrong speakers, for reading
    pub examples: Vec<String>,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

impl Report {
    pub fn recall(&self) -> f64 {
        pct(self.found_spans, self.gold_spans)
    }
    pub fn precision(&self) -> f64 {
        pct(self.right_full, self.full_quotes)
    }
    pub fn f1(&self) -> f64 {
        super::f1(self.precision(), self.recall())
    }
    pub fn speaker_accuracy(&self) -> f64 {
        pct(self.speaker_right, self.speaker_cases)
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "articles                  {}", self.articles)?;
        writeln!(
            f,
            "recall                    {:.2}  ({} of {} direct quoted spans)",
            self.recall(),
            self.found_spans,
            self.gold_spans
        )?;
        writeln!(
            f,
            "precision                 {:.2}  ({} of {} full quotes)",
            self.precision(),
            self.right_full,
            self.full_quotes
        )?;
        writeln!(f, "F1                        {:.2}", self.f1())?;
        writeln!(
            f,
            "speaker accuracy          {:.2}  ({} of {} found direct quotes with a speaker)",
            self.speaker_accuracy(),
            self.speaker_right,
            self.speaker_cases
        )
    }
}

fn spans(v: Option<&Value>) -> Vec<(usize, usize)> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| {
                    let s = s.as_array()?;
                    Some((s.first()?.as_u64()? as usize, s.get(1)?.as_u64()? as usize))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Scores a JSON-lines file.
pub fn score(input: &str) -> Result<Report, String> {
    let pipeline = Pipeline::default();
    let mut r = Report::default();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = doc.get("text").and_then(Value::as_str).unwrap_or("");
        let id = doc.get("doc_id").and_then(Value::as_str).unwrap_or("");
        let Ok(article) = pipeline.analyze(id, text) else {
            continue;
        };
        r.articles += 1;
        // byte offset → code point offset
        let mut cp = vec![0usize; text.len() + 1];
        let mut k = 0;
        for (b, ch) in text.char_indices() {
            for x in cp.iter_mut().skip(b).take(ch.len_utf8()) {
                *x = k;
            }
            k += 1;
        }
        cp[text.len()] = k;
        let ours: Vec<((usize, usize), QuoteKind, Option<(usize, usize)>)> = article
            .quotes
            .iter()
            .map(|q| {
                (
                    (cp[q.span.start], cp[q.span.end]),
                    q.kind,
                    q.speaker
                        .as_ref()
                        .map(|s| (cp[s.span.start], cp[s.span.end])),
                )
            })
            .collect();
        let gold: Vec<&Value> = doc
            .get("quotes")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        // content marked by the annotators: quoted spans of direct and mixed attributions,
        // and the content of indirect ones (PolNeAR's conversion types quotes in doubled
        // apostrophes, the New York Times' ''...'', as indirect: their content is the quote)
        let mut marked: Vec<(usize, usize)> = gold
            .iter()
            .flat_map(|q| spans(q.get("quoted_spans")))
            .collect();
        if let Some(ind) = doc.get("indirect_attributions").and_then(Value::as_array) {
            marked.extend(ind.iter().flat_map(|q| spans(q.get("content_spans"))));
        }
        marked.sort_unstable();
        // merge overlaps so that no character counts twice
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for m in marked {
            match merged.last_mut() {
                Some(l) if m.0 <= l.1 => l.1 = l.1.max(m.1),
                _ => merged.push(m),
            }
        }
        let marked = merged;
        let snippet = |(a, b): (usize, usize)| -> String {
            text.chars()
                .skip(a)
                .take((b - a).min(90))
                .collect::<String>()
        };
        for q in gold
            .iter()
            .filter(|q| q.get("quote_type").and_then(Value::as_str) == Some("direct"))
        {
            let qs = spans(q.get("quoted_spans"));
            let mut hits = Vec::new();
            for &g in &qs {
                r.gold_spans += 1;
                let len = g.1.saturating_sub(g.0).max(1);
                match ours.iter().position(|o| overlap(o.0, g) * 5 >= len * 4) {
                    Some(i) => {
                        r.found_spans += 1;
                        hits.push(i);
                    }
                    None => r.examples.push(format!("MISS\t{id}\t{:?}", snippet(g))),
                }
            }
            let speaker = q
                .get("speaker")
                .map(|s| spans(s.get("spans")))
                .unwrap_or_default();
            if hits.is_empty() || speaker.is_empty() {
                continue;
            }
            r.speaker_cases += 1;
            let right = hits.iter().any(|&i| {
                ours[i]
                    .2
                    .is_some_and(|s| speaker.iter().any(|&g| overlap(s, g) > 0))
            });
            if right {
                r.speaker_right += 1;
            } else {
                let said = ours[hits[0]].2.map(snippet).unwrap_or_else(|| "-".into());
                let gold_sp = speaker.first().map(|&g| snippet(g)).unwrap_or_default();
                r.examples.push(format!(
                    "SPEAKER\t{id}\t{:?}\tgold {gold_sp:?}\tours {said:?}",
                    snippet(qs[0])
                ));
            }
        }
        for o in ours.iter().filter(|o| o.1 == QuoteKind::Full) {
            r.full_quotes += 1;
            let len = o.0 .1.saturating_sub(o.0 .0).max(1);
            let inside: usize = marked.iter().map(|&m| overlap(o.0, m)).sum();
            if inside * 2 >= len {
                r.right_full += 1;
            } else {
                r.examples.push(format!("FALSE\t{id}\t{:?}", snippet(o.0)));
            }
        }
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_one_article() {
        // one direct quote split by its attribution, one scare-quoted word
        let text = "Trump said: \u{201c}We will win so much. Believe me,\u{201d} he added, \u{201c}you will be tired.\u{201d} Critics called it \u{201c}nonsense\u{201d}.";
        let at = |s: &str| {
            text.chars()
                .collect::<String>()
                .find(s)
                .map(|b| text[..b].chars().count())
                .unwrap()
        };
        let a1 = at("We will");
        let e1 = at(",\u{201d} he");
        let a2 = at("you will");
        let e2 = at(".\u{201d} Critics") + 1;
        let he = at("he added");
        let line = serde_json::json!({
            "doc_id": "t", "text": text,
            "quotes": [{"quote_type": "direct", "quoted_spans": [[a1, e1], [a2, e2]],
                        "speaker": {"spans": [[he, he + 2]], "text": "he"}}]
        });
        let r = score(&line.to_string()).unwrap();
        assert_eq!((r.gold_spans, r.found_spans), (2, 2), "{:?}", r.examples);
        assert_eq!(
            (r.speaker_cases, r.speaker_right),
            (1, 1),
            "{:?}",
            r.examples
        );
        // "nonsense" is a partial quote: not counted for precision
        assert_eq!(r.full_quotes, r.right_full);
        assert!(score("{oops").is_err());
    }
}
