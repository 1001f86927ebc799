//! Every quotation of the five seed articles with its speaker resolved to a full name, driven by
//! `tests/cases/seed_quotes.tsv` (one quote a line: article, quoted words, kind, speaker as
//! written, resolved name). The seeds are analysed together, as the page does, so that a
//! speaker's name is the fullest the story gives ("al-Abadi" is Haider al-Abadi). Each article
//! must have exactly its listed quotes, in order.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::seeds;

#[test]
fn seed_quotes_found_with_their_speakers() {
    let seeds = seeds();
    let doc = crossread::compare(&seeds).expect("seeds compare");
    let table = include_str!("cases/seed_quotes.tsv");
    let want = common::table_by_article("seed_quotes.tsv", table, 4);
    assert_eq!(want.len(), 5, "the table covers the five seeds");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (article, rows) in &want {
        let a = doc
            .articles
            .iter()
            .find(|a| a.id.starts_with(article.as_str()))
            .unwrap_or_else(|| panic!("seed_quotes.tsv: no article {article}"));
        let got: Vec<String> = a
            .quotes
            .iter()
            .map(|q| {
                let (text, name) = q
                    .speaker
                    .as_ref()
                    .map_or(("-".to_string(), "-".to_string()), |s| {
                        (s.text.clone(), s.name.clone())
                    });
                [
                    q.text.replace('\n', " "),
                    q.kind.as_str().to_string(),
                    text,
                    name,
                ]
                .join("\t")
            })
            .collect();
        cases += rows.len();
        common::compare_rows(article, rows, &got, &mut failures);
    }
    assert!(cases >= 25, "the table has {cases} quotes");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
