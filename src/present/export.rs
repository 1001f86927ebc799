//! The story's tables for a spreadsheet: entities, figures and quotes as CSV, one row per item
//! with its source, its UTF-16 offsets in that source's text (the offsets of the `crossread/1`
//! document), its text and its story key or group. Fields are quoted as RFC 4180 says (a field
//! with a comma, a quote mark or a line break in double quotes, its quote marks doubled), and
//! lines end with CRLF, so Excel, LibreOffice and Python's `csv` read them alike.

use crate::schema::Document;

/// The tables a story can be exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Entities,
    Figures,
    Quotes,
}

impl Table {
    pub const ALL: [Table; 3] = [Table::Entities, Table::Figures, Table::Quotes];

    /// The file name a download gets ("crossread-entities.csv").
    pub fn file_name(self) -> &'static str {
        match self {
            Table::Entities => "crossread-entities.csv",
            Table::Figures => "crossread-figures.csv",
            Table::Quotes => "crossread-quotes.csv",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Table::Entities => "entities",
            Table::Figures => "figures",
            Table::Quotes => "quotes",
        }
    }

    pub fn parse(s: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Table `t` of document `d` as CSV, header first.
pub fn csv(d: &Document, t: Table) -> String {
    let mut out = String::new();
    match t {
        Table::Entities => entities(d, &mut out),
        Table::Figures => figures(d, &mut out),
        Table::Quotes => quotes(d, &mut out),
    }
    out
}

fn entities(d: &Document, out: &mut String) {
    row(
        out,
        &[
            "source",
            "start",
            "end",
            "text",
            "type",
            "story_key",
            "story_name",
        ],
    );
    for a in &d.articles {
        for e in &a.entities {
            let name = d
                .story
                .entities
                .iter()
                .find(|s| s.key == e.key)
                .map_or("", |s| s.name.as_str());
            let (start, end) = (e.start.to_string(), e.end.to_string());
            row(
                out,
                &[&a.id, &start, &end, &e.text, e.etype.as_str(), &e.key, name],
            );
        }
    }
}

fn figures(d: &Document, out: &mut String) {
    let head = [
        "source",
        "start",
        "end",
        "text",
        "kind",
        "low",
        "high",
        "unit",
        "qualifier",
        "about",
        "group",
    ];
    row(out, &head);
    for a in &d.articles {
        for f in &a.figures {
            let (start, end) = (f.start.to_string(), f.end.to_string());
            let (low, high) = (number(f.low), number(f.high));
            let (about, group) = (
                f.about.as_deref().unwrap_or(""),
                f.group.as_deref().unwrap_or(""),
            );
            let fields = [
                &a.id,
                &start,
                &end,
                &f.text,
                f.kind.as_str(),
                &low,
                &high,
                f.unit.as_deref().unwrap_or(""),
                f.qualifier.as_str(),
                about,
                group,
            ];
            row(out, &fields);
        }
    }
}

fn quotes(d: &Document, out: &mut String) {
    row(
        out,
        &[
            "source",
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_key",
            "cue",
            "group",
        ],
    );
    for a in &d.articles {
        for q in &a.quotes {
            let (start, end) = (q.start.to_string(), q.end.to_string());
            let speaker = q.speaker.as_ref();
            let name = speaker.map_or("", |s| s.name.as_str());
            let key = speaker.and_then(|s| s.key.as_deref()).unwrap_or("");
            let (cue, group) = (
                q.cue.as_deref().unwrap_or(""),
                q.group.as_deref().unwrap_or(""),
            );
            row(
                out,
                &[
                    &a.id,
                    &start,
                    &end,
                    &q.text,
                    q.kind.as_str(),
                    name,
                    key,
                    cue,
                    group,
                ],
            );
        }
    }
}

/// A value as the document writes it: a whole number without a decimal point.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One CSV line (RFC 4180).
fn row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits RFC 4180 text into rows of fields (a reader independent of [`row`]).
    fn parse(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn fields_with_commas_quotes_and_breaks_are_quoted() {
        let mut out = String::new();
        row(&mut out, &["plain", "a, b", "say \"hi\"", "two\nlines"]);
        assert_eq!(out, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
        assert_eq!(parse(&out), [["plain", "a, b", "say \"hi\"", "two\nlines"]]);
    }

    #[test]
    fn every_item_is_a_row_that_points_into_its_source() {
        let texts = [
            ("a".to_string(), "\"We will win, and soon,\" said Gen. Ali Mayhoub in Deir al-Zour. 1,500 fighters remain.".to_string()),
            ("b".to_string(), "Ali Mayhoub said about 2,000 fighters remain in Deir el-Zour.".to_string()),
        ];
        let d = crate::compare(&texts).expect("compare");
        for t in Table::ALL {
            let rows = parse(&csv(&d, t));
            let items: usize = d
                .articles
                .iter()
                .map(|a| match t {
                    Table::Entities => a.entities.len(),
                    Table::Figures => a.figures.len(),
                    Table::Quotes => a.quotes.len(),
                })
                .sum();
            assert_eq!(rows.len(), items + 1, "{t:?}");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{t:?}");
            for r in &rows[1..] {
                let source = &texts.iter().find(|(id, _)| *id == r[0]).expect("source").1;
                let units: Vec<u16> = source.encode_utf16().collect();
                let (start, end): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
                assert_eq!(String::from_utf16_lossy(&units[start..end]), r[3], "{t:?}");
            }
        }
        let quotes = parse(&csv(&d, Table::Quotes));
        assert_eq!(quotes[1][3], "We will win, and soon,");
        assert_eq!(quotes[1][5], "Ali Mayhoub");
        let ents = parse(&csv(&d, Table::Entities));
        let zour: Vec<&Vec<String>> = ents.iter().filter(|r| r[3].starts_with("Deir")).collect();
        assert_eq!(zour.len(), 2);
        assert_eq!(
            zour[0][5], zour[1][5],
            "both spellings are one story entity"
        );
    }

    #[test]
    fn table_names_read_back() {
        for t in Table::ALL {
            assert_eq!(Table::parse(t.as_str()), Some(t));
        }
        assert_eq!(Table::parse("passages"), None);
    }
}
