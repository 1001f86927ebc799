//! The `crossread/1` contract on the seeds: UTF-16 offsets whose slice is the item's text, for
//! every item of every seed (curly quotes and non-ASCII included), and the golden document.
#![cfg(not(target_arch = "wasm32"))]

use crossread::schema::Document;

mod common;
use common::seeds;

/// `text.slice(start, end)` as JavaScript computes it.
fn js_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    (start <= end && end <= units.len()).then(|| String::from_utf16_lossy(&units[start..end]))
}

#[test]
fn every_item_is_its_utf16_slice() {
    let seeds = seeds();
    assert_eq!(seeds.len(), 5);
    assert!(
        seeds.iter().any(|(_, t)| !t.is_ascii()),
        "the seeds hold non-ASCII text"
    );
    let doc: Document = crossread::compare(&seeds).unwrap();
    let mut checked = 0;
    let mut non_ascii = 0;
    for (a, (_, text)) in doc.articles.iter().zip(&seeds) {
        assert_eq!(a.length, text.encode_utf16().count());
        let mut items: Vec<(usize, usize, &str)> = Vec::new();
        items.extend(a.entities.iter().map(|e| (e.start, e.end, e.text.as_str())));
        items.extend(a.figures.iter().map(|f| (f.start, f.end, f.text.as_str())));
        items.extend(a.quotes.iter().map(|q| (q.start, q.end, q.text.as_str())));
        items.extend(
            a.quotes
                .iter()
                .filter_map(|q| q.speaker.as_ref())
                .map(|s| (s.start, s.end, s.text.as_str())),
        );
        for (s, e, t) in items {
            assert_eq!(
                js_slice(text, s, e).as_deref(),
                Some(t),
                "{} {s}..{e}",
                a.id
            );
            assert!(!t.is_empty());
            checked += 1;
            // an item after a curly quote or other non-ASCII has UTF-16 offsets below its byte offsets
            if !text.encode_utf16().take(s).all(|u| u < 128) {
                non_ascii += 1;
            }
        }
    }
    assert!(checked > 300, "{checked}");
    assert!(non_ascii > 50, "items after non-ASCII text: {non_ascii}");
}

#[test]
fn golden_document() {
    let doc = crossread::compare(&seeds()).unwrap();
    let got = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &got).unwrap();
    }
    let want = std::fs::read_to_string(path)
        .expect("tests/golden/seeds.json (UPDATE_GOLDEN=1 cargo test --test contract writes it)");
    if got != want {
        let first = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "the seeds' analysis changed (line {}):\n  now:  {}\n  was:  {}\nreview, then UPDATE_GOLDEN=1 cargo test --test contract",
            first + 1,
            got.lines().nth(first).unwrap_or(""),
            want.lines().nth(first).unwrap_or("")
        );
    }
}

/// The page's worker sends the document to the page as data, which reads it back: the round
/// trip through JSON loses nothing.
#[test]
fn the_document_reads_back_from_its_json() {
    let doc = crossread::compare(&common::seeds()).unwrap();
    let json = serde_json::to_string(&doc).unwrap();
    let back: crossread::schema::Document = serde_json::from_str(&json).unwrap();
    let again = serde_json::to_string(&back).unwrap();
    let at = json
        .bytes()
        .zip(again.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(json.len().min(again.len()));
    let window = |s: &str| s[at.saturating_sub(80)..(at + 80).min(s.len())].to_string();
    assert!(
        at == json.len() && at == again.len(),
        "differs at {at}:\n{}\n{}",
        window(&json),
        window(&again)
    );
}
