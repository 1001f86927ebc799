//! The entities of the five seed articles, driven by `tests/cases/seed_entities.tsv` (one
//! entity a line: the article, the form exactly as written, the type it must be found with).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::seeds;

#[test]
fn seed_entities_found_with_their_types() {
    let seeds = seeds();
    let table = include_str!("cases/seed_entities.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [article, form, etype] = cols[..] else {
            panic!("seed_entities.tsv:{}: three columns expected", n + 1);
        };
        let (id, text) = seeds
            .iter()
            .find(|(id, _)| id.starts_with(article))
            .unwrap_or_else(|| panic!("seed_entities.tsv:{}: no article {article}", n + 1));
        let doc = crossread::analyze_article(id, text).expect("seed analyses");
        cases += 1;
        let found = doc
            .entities
            .iter()
            .any(|e| e.text == form && e.etype.as_str() == etype);
        if !found {
            let seen: Vec<String> = doc
                .entities
                .iter()
                .filter(|e| e.text.contains(form) || form.contains(e.text.as_str()))
                .map(|e| format!("{}/{}", e.text, e.etype.as_str()))
                .collect();
            failures.push(format!(
                "line {}: {article} {form:?} {etype}; found {seen:?}",
                n + 1
            ));
        }
    }
    assert!(cases >= 80, "the table has {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} missed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
