//! Every figure of the five seed articles, driven by `tests/cases/seed_figures.tsv` (one figure
//! a line: article, text, kind, low, high, unit, qualifier, what is counted). Each article must
//! have exactly its listed figures, in order: a figure missed, misread or invented fails.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::seeds;

/// A figure as the table writes it.
fn row(f: &crossread::schema::FigureDoc) -> String {
    let v = |x: f64| {
        let s = format!("{x:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        s.to_string()
    };
    [
        f.text.clone(),
        f.kind.as_str().to_string(),
        v(f.low),
        v(f.high),
        f.unit.as_deref().unwrap_or("-").to_string(),
        f.qualifier.as_str().to_string(),
        f.about.clone().unwrap_or_else(|| "-".into()),
    ]
    .join("\t")
}

#[test]
fn seed_figures_read_as_listed() {
    let seeds = seeds();
    let table = include_str!("cases/seed_figures.tsv");
    let want = common::table_by_article("seed_figures.tsv", table, 7);
    assert_eq!(want.len(), 5, "the table covers the five seeds");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (article, rows) in &want {
        let (id, text) = seeds
            .iter()
            .find(|(id, _)| id.starts_with(article.as_str()))
            .unwrap_or_else(|| panic!("seed_figures.tsv: no article {article}"));
        let doc = crossread::analyze_article(id, text).expect("seed analyses");
        let got: Vec<String> = doc.figures.iter().map(row).collect();
        cases += rows.len();
        common::compare_rows(article, rows, &got, &mut failures);
    }
    assert!(cases >= 55, "the table has {cases} figures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
