//! The story diff on the five seed articles, driven by `tests/cases/story_seeds.tsv` (one
//! finding a line: merged and separate entities, flags, figure and quote groups, shared copy).
#![cfg(not(target_arch = "wasm32"))]

use crossread::schema::{ArticleDoc, Document};

mod common;
use common::seeds;

/// Story key of the entity written exactly `form` somewhere in the story.
fn entity_key(doc: &Document, form: &str) -> String {
    doc.articles
        .iter()
        .flat_map(|a| a.entities.iter())
        .find(|e| e.text == form)
        .map(|e| e.key.clone())
        .unwrap_or_else(|| panic!("no entity mention written {form:?}"))
}

/// Groups of the items whose text starts with `start`, over all articles (pick: items).
fn groups_of<'a>(doc: &'a Document, start: &str, figures: bool) -> Vec<(&'a ArticleDoc, String)> {
    let mut out = Vec::new();
    for a in &doc.articles {
        if figures {
            out.extend(
                a.figures
                    .iter()
                    .filter(|f| f.text.starts_with(start))
                    .filter_map(|f| f.group.clone().map(|g| (a, g))),
            );
        } else {
            out.extend(
                a.quotes
                    .iter()
                    .filter(|q| q.text.starts_with(start))
                    .filter_map(|q| q.group.clone().map(|g| (a, g))),
            );
        }
    }
    assert!(!out.is_empty(), "no item starts with {start:?}");
    out
}

#[test]
fn seed_story_findings() {
    let doc = crossread::compare(&seeds()).unwrap();
    let cases = include_str!("cases/story_seeds.tsv");
    let mut n = 0;
    for (ln, line) in cases.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let at = format!("story_seeds.tsv:{}: {line}", ln + 1);
        match f.as_slice() {
            ["entity", a, b, rel] => {
                let same = entity_key(&doc, a) == entity_key(&doc, b);
                assert_eq!(same, *rel == "same", "{at}");
            }
            ["flag", form, flag] => {
                let key = entity_key(&doc, form);
                let e = doc.story.entities.iter().find(|e| e.key == key).unwrap();
                assert!(
                    e.flags.iter().any(|x| x == flag),
                    "{at}: flags {:?}",
                    e.flags
                );
            }
            [kind @ ("figure" | "quote"), a, b, rel] => {
                let figures = *kind == "figure";
                let ga = groups_of(&doc, a, figures);
                let gb = groups_of(&doc, b, figures);
                // some item written like A shares a group with a different item written like B
                let shared: Vec<&String> = ga
                    .iter()
                    .filter(|(x, g)| gb.iter().any(|(y, h)| h == g && x.id != y.id))
                    .map(|(_, g)| g)
                    .collect();
                assert!(
                    !shared.is_empty(),
                    "{at}: groups {ga:?} / {gb:?}",
                    ga = ga.iter().map(|x| &x.1).collect::<Vec<_>>(),
                    gb = gb.iter().map(|x| &x.1).collect::<Vec<_>>()
                );
                let relation = if figures {
                    doc.story
                        .figures
                        .iter()
                        .find(|g| &g.key == shared[0])
                        .map(|g| g.relation.as_str())
                } else {
                    doc.story
                        .quotes
                        .iter()
                        .find(|g| &g.key == shared[0])
                        .map(|g| g.relation.as_str())
                };
                assert_eq!(relation, Some(*rel), "{at}");
            }
            ["shared", a, b] => {
                let p = doc.story.shared_passages.iter().filter(|p| {
                    p.members.iter().any(|m| m.source == *a)
                        && p.members.iter().any(|m| m.source == *b)
                });
                assert!(p.count() >= 3, "{at}");
                let share = doc.story.shared.iter().find(|s| s.source == *a).unwrap();
                assert!(
                    share.share > 0.2 && share.with.0.iter().any(|(s, _)| s == b),
                    "{at}: {share:?}"
                );
            }
            _ => panic!("{at}: malformed line"),
        }
        n += 1;
    }
    assert!(n >= 25, "{n} cases");
}
