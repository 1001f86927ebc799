//! "Read side by side": two sources' statements in two columns, a row per statement. Sentences
//! that make one statement ([`crate::schema::AlignmentDoc`]) share a row, with a word diff where
//! they are worded differently; a sentence the other source lacks has a row of its own, marked
//! "not found in another source" when no other source is found making it (said so, not "only
//! here": the alignment misses rewordings it cannot see) and "also in N" when others make it.
//!
//! A story's statements (sentences of six words or more) are each either in an alignment group
//! or among their source's exclusive sentences, so the two sets together are every statement of
//! a source, in reading order.

use super::slice16;
use crate::schema::Document;
use crate::story::{DiffOp, StatementRelation};

/// One sentence in a column.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    /// UTF-16 span in its source, for the jump into the full text.
    pub start: usize,
    pub end: usize,
    /// "not found in another source", or "also in 2 other sources" for a statement the other
    /// column lacks.
    pub note: Option<String>,
}

/// One row: a statement of the left source, of the right one, or of both.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub left: Option<Cell>,
    pub right: Option<Cell>,
    /// How the two relate, when both are there.
    pub relation: Option<StatementRelation>,
    /// The right sentence's words against the left's, for a pair not copied word for word.
    pub diff: Vec<DiffOp>,
}

/// A statement of one source: its span, its alignment group (index), whether it is exclusive.
struct Statement {
    start: usize,
    end: usize,
    group: Option<usize>,
}

/// The statements of source `id`, in reading order.
fn statements(d: &Document, id: &str) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    for (g, a) in d.story.alignments.iter().enumerate() {
        for m in a.members.iter().filter(|m| m.source == id) {
            out.push(Statement {
                start: m.start,
                end: m.end,
                group: Some(g),
            });
        }
    }
    for x in d.story.exclusive.iter().filter(|x| x.source == id) {
        for s in &x.sentences {
            out.push(Statement {
                start: s.start,
                end: s.end,
                group: None,
            });
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// The rows for sources `left` and `right` (story order), `texts` their texts in story order;
/// none when the two are one source or either is missing.
pub fn rows(d: &Document, texts: &[&str], left: usize, right: usize) -> Vec<Row> {
    let (Some(lid), Some(rid)) = (d.story.sources.get(left), d.story.sources.get(right)) else {
        return Vec::new();
    };
    if left == right {
        return Vec::new();
    }
    // each text in UTF-16 once, for all its cells
    let units =
        |i: usize| -> Vec<u16> { texts.get(i).copied().unwrap_or("").encode_utf16().collect() };
    let (ltext, rtext) = (units(left), units(right));
    let (ls, rs) = (statements(d, lid), statements(d, rid));
    let cell = |text: &[u16], s: &Statement, other: &str| {
        let note = match s.group {
            None => Some("not found in another source".to_string()),
            Some(g) => {
                let members = &d.story.alignments[g].members;
                if members.iter().any(|m| m.source == other) {
                    None
                } else {
                    let n = members.len() - 1;
                    Some(format!(
                        "also in {n} other source{}",
                        if n == 1 { "" } else { "s" }
                    ))
                }
            }
        };
        Cell {
            text: slice16(text, s.start, s.end),
            start: s.start,
            end: s.end,
            note,
        }
    };
    let partner = |s: &Statement| {
        s.group
            .and_then(|g| rs.iter().position(|r| r.group == Some(g)))
    };
    let mut shown = vec![false; rs.len()];
    let mut out = Vec::new();
    for l in &ls {
        let Some(ri) = partner(l) else {
            out.push(Row {
                left: Some(cell(&ltext, l, rid)),
                right: None,
                relation: None,
                diff: Vec::new(),
            });
            continue;
        };
        // the right source's statements before this partner that have no partner on the left
        for (k, r) in rs.iter().enumerate().take(ri) {
            let paired = r
                .group
                .is_some_and(|g| ls.iter().any(|l| l.group == Some(g)));
            if !shown[k] && !paired {
                shown[k] = true;
                out.push(Row {
                    left: None,
                    right: Some(cell(&rtext, r, lid)),
                    relation: None,
                    diff: Vec::new(),
                });
            }
        }
        shown[ri] = true;
        let (lc, rc) = (cell(&ltext, l, rid), cell(&rtext, &rs[ri], lid));
        let (relation, diff) = pair_relation(d, l.group, &lc.text, &rc.text);
        out.push(Row {
            left: Some(lc),
            right: Some(rc),
            relation,
            diff,
        });
    }
    for (k, r) in rs.iter().enumerate() {
        if !shown[k] {
            out.push(Row {
                left: None,
                right: Some(cell(&rtext, r, lid)),
                relation: None,
                diff: Vec::new(),
            });
        }
    }
    out
}

/// How the two sentences of a row relate, and the word diff when they are worded differently.
/// The group's relation is its weakest link's (a copy and a report of it make a `partial`
/// group); for the two shown, nearly the same words (a share [`VERBATIM_SHARE`] of each side's
/// words in common, in order) are a copy.
fn pair_relation(
    d: &Document,
    group: Option<usize>,
    left: &str,
    right: &str,
) -> (Option<StatementRelation>, Vec<DiffOp>) {
    let Some(g) = group else {
        return (None, Vec::new());
    };
    let (lw, rw) = (
        crate::story::shingles::words(left),
        crate::story::shingles::words(right),
    );
    let diff = crate::story::quotes::diff_words(&lw, &rw);
    let same: usize = (diff.iter())
        .map(|op| match op {
            DiffOp::Same(t) => t.split(' ').count(),
            _ => 0,
        })
        .sum();
    let near = |n: usize| n > 0 && same as f64 >= VERBATIM_SHARE * n as f64;
    if near(lw.len()) && near(rw.len()) {
        return (Some(StatementRelation::Verbatim), Vec::new());
    }
    (Some(d.story.alignments[g].relation), diff)
}

/// See [`pair_relation`]: the aligner's verbatim cut (`story::statements::VERBATIM`), here over
/// the diff's words in order.
const VERBATIM_SHARE: f64 = 0.85;

#[cfg(test)]
mod tests {
    use super::*;

    use crate::story::statements::tests::{A, B};

    fn story() -> (Document, Vec<&'static str>) {
        let texts = vec![A, B];
        let input: Vec<(String, String)> =
            vec![("a".into(), A.to_string()), ("b".into(), B.to_string())];
        (crate::compare(&input).expect("compares"), texts)
    }

    #[test]
    fn shared_statements_share_a_row_and_the_rest_stand_alone() {
        let (d, texts) = story();
        let rows = rows(&d, &texts, 0, 1);
        let shape: Vec<(bool, bool, Option<StatementRelation>)> = rows
            .iter()
            .map(|r| (r.left.is_some(), r.right.is_some(), r.relation))
            .collect();
        assert_eq!(
            shape,
            [
                (true, true, Some(StatementRelation::Paraphrase)),
                (true, true, Some(StatementRelation::Verbatim)),
                (true, false, None),
                (false, true, None),
            ]
        );
        assert!(rows[0].diff.iter().any(|op| matches!(op, DiffOp::Added(_))));
        assert!(rows[1].diff.is_empty());
        let only = rows[2].left.as_ref().expect("left");
        assert!(
            only.text.starts_with("The mayor")
                && only.note.as_deref() == Some("not found in another source")
        );
        assert_eq!(
            slice16(&A.encode_utf16().collect::<Vec<_>>(), only.start, only.end),
            only.text
        );
    }

    #[test]
    fn a_source_against_itself_or_out_of_range_gives_no_rows() {
        let (d, texts) = story();
        assert!(rows(&d, &texts, 0, 7).is_empty());
        assert!(rows(&d, &texts, 1, 1).is_empty());
    }

    #[test]
    fn every_statement_of_both_sources_appears_once() {
        let texts: Vec<(String, String)> = crate::present::state::demo_sources()
            .into_iter()
            .map(|s| (s.id, s.text))
            .collect();
        let d = crate::compare(&texts).expect("demo compares");
        let t: Vec<&str> = texts.iter().map(|x| x.1.as_str()).collect();
        for (l, r) in [(0, 1), (1, 4), (4, 2)] {
            let rows = rows(&d, &t, l, r);
            for (side, id) in [(0, l), (1, r)] {
                let mut starts: Vec<usize> = rows
                    .iter()
                    .filter_map(|x| {
                        if side == 0 {
                            x.left.as_ref()
                        } else {
                            x.right.as_ref()
                        }
                    })
                    .map(|c| c.start)
                    .collect();
                let n = starts.len();
                starts.sort();
                starts.dedup();
                assert_eq!(starts.len(), n, "a statement shown twice");
                assert_eq!(n, statements(&d, &d.story.sources[id]).len());
            }
        }
    }
}
