//! Statements aligned across the five seed articles, against `tests/cases/seed_statements.tsv`,
//! a key written by reading the seeds (not from Crossread's output), scored by
//! `crossread eval statements` (`crossread::tools::eval::statements`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

#[test]
fn seed_statements_are_aligned() {
    let key = include_str!("cases/seed_statements.tsv");
    let r = crossread::tools::eval::statements::score(key, &common::seeds()).unwrap();
    eprint!("{}", r.summary());
    assert!(
        r.statements.len() >= 20 && r.only >= 10,
        "the key is read whole"
    );
    assert!(r.found() >= 20, "shared statements found: {}", r.summary());
    assert!(r.only_lost.is_empty(), "{}", r.summary());
}
