//! The story's entity table: one row per story entity, one column per source with how often
//! that source names it (a jump to its first mention), rows named by one source only marked so
//! each source's own material stands out.

use super::ids;
use crate::schema::Document;

/// A source's cell: how many mentions, and the jump target of the first (`None` when the
/// source does not name the entity).
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub count: usize,
    pub target: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub name: String,
    pub etype: &'static str,
    /// "also written: X, Y", or empty.
    pub variants: String,
    /// Named by one source only, in a story of several.
    pub only: bool,
    pub cells: Vec<Option<Cell>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EntityTable {
    pub sources: Vec<String>,
    pub rows: Vec<Row>,
    /// The note over the table: sources, entities, and per source how many only it names.
    pub note: String,
}

pub fn entity_table(d: &Document) -> EntityTable {
    let sources = &d.story.sources;
    let mut rows = Vec::with_capacity(d.story.entities.len());
    let mut only_counts = vec![0usize; sources.len()];
    for e in &d.story.entities {
        let mut cells = Vec::with_capacity(sources.len());
        for (si, sid) in sources.iter().enumerate() {
            let cell = e
                .mentions
                .0
                .iter()
                .find(|(s, _)| s == sid)
                .map(|&(_, count)| {
                    let a = d.articles.get(si);
                    let first = a.and_then(|a| a.entities.iter().position(|m| m.key == e.key));
                    Cell {
                        count,
                        target: first.map(|f| ids::entity(si, f)),
                    }
                });
            cells.push(cell);
        }
        if let [(only, _)] = e.mentions.0.as_slice() {
            if let Some(i) = sources.iter().position(|s| s == only) {
                only_counts[i] += 1;
            }
        }
        rows.push(Row {
            key: e.key.clone(),
            name: e.name.clone(),
            etype: e.etype.as_str(),
            variants: if e.variants.is_empty() {
                String::new()
            } else {
                format!("also written: {}", e.variants.join(", "))
            },
            only: e.mentions.0.len() == 1 && sources.len() > 1,
            cells,
        });
    }
    let per_source: Vec<String> = only_counts
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}: {n}", i + 1))
        .collect();
    EntityTable {
        sources: sources.clone(),
        rows,
        note: format!(
            "{} sources, {} entities. Rows shaded are named by one source only (per source — {}). Click a count to see the mentions.",
            sources.len(),
            d.story.entities.len(),
            per_source.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_count_and_link_each_source() {
        let pairs = [
            (
                "a".to_string(),
                "Ali Mayhoub spoke in Baghdad. Mayhoub left.".to_string(),
            ),
            ("b".to_string(), "Ali Mayhoub spoke again.".to_string()),
        ];
        let d = crate::compare(&pairs).expect("compare");
        let t = entity_table(&d);
        let row = t
            .rows
            .iter()
            .find(|r| r.name == "Ali Mayhoub")
            .expect("row");
        assert_eq!(row.cells[0].as_ref().map(|c| c.count), Some(2));
        assert_eq!(
            row.cells[1].as_ref().and_then(|c| c.target.clone()),
            Some(ids::entity(1, 0))
        );
        assert!(!row.only);
        let baghdad = t.rows.iter().find(|r| r.name == "Baghdad").expect("row");
        assert!(baghdad.only && baghdad.cells[1].is_none());
        assert!(t.note.starts_with("2 sources,"), "{}", t.note);
    }
}
