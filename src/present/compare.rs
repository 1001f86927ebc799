//! One story group side by side: each member in its paragraph (at most 240 UTF-16 units each
//! side of it), the member itself marked, a word diff for a reworded quote, and a jump into
//! the full text.

use super::action::GroupKind;
use super::ids;
use crate::schema::Document;
use crate::story::DiffOp;

/// One member's column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// "2 · reuters"
    pub heading: String,
    pub source: usize,
    pub before: String,
    pub marked: String,
    pub after: String,
    pub diff: Vec<DiffOp>,
    /// The member's jump target in the full text.
    pub target: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SideBySide {
    pub heading: String,
    pub columns: Vec<Column>,
}

/// Group `key` of `kind` side by side; `texts` are the sources' texts in story order.
pub fn side_by_side(d: &Document, kind: GroupKind, key: &str, texts: &[&str]) -> SideBySide {
    let mut columns = Vec::new();
    for (si, start, end, target, diff) in members(d, kind, key) {
        let text = texts.get(si).copied().unwrap_or("");
        let (before, marked, after) = in_context(text, start, end);
        let name = d.story.sources.get(si).map_or("", String::as_str);
        let heading = format!("{} · {name}", si + 1);
        columns.push(Column {
            heading,
            source: si,
            before,
            marked,
            after,
            diff,
            target,
        });
    }
    let what = match kind {
        GroupKind::Statement => {
            let rel = (d.story.alignments.iter().find(|g| g.key == key))
                .map_or(String::new(), |g| format!(" ({})", g.relation.as_str()));
            format!("one statement in {} sources{rel}", columns.len())
        }
        _ => format!("{} group {key}", kind.as_str()),
    };
    SideBySide {
        heading: format!("Side by side: {what}"),
        columns,
    }
}

/// (source index, start, end, jump target, word diff) of each member of the group.
fn members(
    d: &Document,
    kind: GroupKind,
    key: &str,
) -> Vec<(usize, usize, usize, String, Vec<DiffOp>)> {
    let st = &d.story;
    let src_index = |id: &str| st.sources.iter().position(|x| x == id);
    let article = |source: &str| src_index(source).and_then(|si| Some((si, d.articles.get(si)?)));
    let mut out = Vec::new();
    match kind {
        GroupKind::Figure => {
            for m in st
                .figures
                .iter()
                .filter(|g| g.key == key)
                .flat_map(|g| &g.members)
            {
                let member = article(&m.source).and_then(|(si, a)| {
                    let f = a.figures.get(m.index)?;
                    Some((si, f.start, f.end, ids::figure(si, m.index), Vec::new()))
                });
                out.extend(member);
            }
        }
        GroupKind::Quote => {
            for m in st
                .quotes
                .iter()
                .filter(|g| g.key == key)
                .flat_map(|g| &g.members)
            {
                let member = article(&m.source).and_then(|(si, a)| {
                    let q = a.quotes.get(m.index)?;
                    Some((si, q.start, q.end, ids::quote(si, m.index), m.diff.clone()))
                });
                out.extend(member);
            }
        }
        GroupKind::Statement => {
            for g in st.alignments.iter().filter(|g| g.key == key) {
                for m in &g.members {
                    if let Some(si) = src_index(&m.source) {
                        out.push((si, m.start, m.end, ids::statement(si, key), Vec::new()));
                    }
                }
            }
        }
    }
    out
}

/// The alignment groups of source `src` that the article view offers counterparts for: (end of
/// the sentence in UTF-16, group key, how many other sources make the statement), by end.
pub fn statement_ends(d: &Document, src: usize) -> Vec<(usize, String, usize)> {
    let Some(id) = d.story.sources.get(src) else {
        return Vec::new();
    };
    let mut out: Vec<(usize, String, usize)> = (d.story.alignments.iter())
        .flat_map(|g| {
            (g.members.iter())
                .filter(|m| &m.source == id)
                .map(|m| (m.end, g.key.clone(), g.members.len() - 1))
        })
        .collect();
    out.sort();
    out
}

/// The jump targets placed in the text of source `src`, with their starts (UTF-16), in reading
/// order: its sentences no other source makes ([`ids::exclusive_sentence`]), and its sentences
/// shown as the closest counterpart of another source's ([`ids::nearest_sentence`]).
pub fn sentence_anchors(d: &Document, src: usize) -> Vec<(usize, String)> {
    let Some(id) = d.story.sources.get(src) else {
        return Vec::new();
    };
    let mut out: Vec<(usize, String)> = Vec::new();
    for x in &d.story.exclusive {
        for (k, s) in x.sentences.iter().enumerate() {
            if &x.source == id {
                out.push((s.start, ids::exclusive_sentence(src, k)));
            }
            if let Some(n) = s.nearest.as_ref().filter(|n| &n.source == id) {
                out.push((n.start, ids::nearest_sentence(src, n.start)));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The text before, at and after UTF-16 range `start..end`, the context cut at the paragraph
/// and at most 240 units each side.
pub fn in_context(text: &str, start: usize, end: usize) -> (String, String, String) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (end, start) = (end.min(units.len()), start.min(units.len()));
    let mut a = start.saturating_sub(240);
    if let Some(p) = units[a..start].iter().rposition(|&u| u == b'\n' as u16) {
        a += p + 1;
    }
    let mut b = (end + 240).min(units.len());
    if let Some(p) = units[end..b].iter().position(|&u| u == b'\n' as u16) {
        b = end + p;
    }
    let s = |x: usize, y: usize| String::from_utf16_lossy(&units[x..y]);
    (s(a, start), s(start, end), s(end, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    #[test]
    fn context_stops_at_the_paragraph() {
        for (text, start, end, want) in [
            ("One.\nHe said 40 died.\nTwo.", 13, 15, ("He said ", "40", " died.")),
            ("é 40", 2, 4, ("é ", "40", "")),
            ("short", 3, 99, ("sho", "rt", "")),
        ] {
            let got = in_context(text, start, end);
            assert_eq!((got.0.as_str(), got.1.as_str(), got.2.as_str()), want, "{text:?}");
        }
    }

    #[test]
    fn a_figure_group_side_by_side() {
        let texts = [
            "Officials said 40 people were killed.",
            "Officials said 52 people were killed.",
        ];
        let pairs: Vec<(String, String)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("s{i}"), t.to_string()))
            .collect();
        let d = crate::compare(&pairs).expect("compare");
        let g = d
            .story
            .figures
            .iter()
            .find(|g| g.members.len() == 2)
            .expect("group");
        let sbs = side_by_side(&d, GroupKind::Figure, &g.key, &texts);
        let marked: Vec<&str> = sbs.columns.iter().map(|c| c.marked.as_str()).collect();
        assert_eq!(marked, ["40 people", "52 people"]);
        assert_eq!(sbs.columns[1].target, ids::figure(1, 0));
    }

    #[test]
    fn a_statement_side_by_side_and_where_the_article_offers_it() {
        let texts = [
            "Police arrested two men in the town of Ashford on Monday night. The weather was fine all week long.",
            "Two men were arrested in the town of Ashford on Monday night, police said. Shops reopened on the high street.",
        ];
        let pairs: Vec<(String, String)> = (texts.iter().enumerate())
            .map(|(i, t)| (format!("s{i}"), t.to_string()))
            .collect();
        let d = crate::compare(&pairs).expect("compare");
        let ends = statement_ends(&d, 1);
        assert_eq!(ends.len(), 1, "{:?}", d.story.alignments);
        let (end, key, others) = &ends[0];
        assert_eq!(
            (*end, *others),
            (
                "Two men were arrested in the town of Ashford on Monday night, police said.".len(),
                1
            )
        );
        let sbs = side_by_side(&d, GroupKind::Statement, key, &texts);
        let marked: Vec<&str> = sbs.columns.iter().map(|c| c.marked.as_str()).collect();
        assert!(marked[0].starts_with("Police arrested") && marked[1].starts_with("Two men"));
        assert_eq!(sbs.columns[0].target, ids::statement(0, key));
        assert!(sbs.heading.contains("one statement in 2 sources"));
    }
}
