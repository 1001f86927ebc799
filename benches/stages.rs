//! Time of each stage of the pipeline on the five seed articles (4,016 tokens): segmentation,
//! entity tagging, figures, quotes, and the whole analysis with the story comparison. The
//! figure pass must not be the slowest stage (issue 5).
//!
//! Run: `cargo bench --bench stages`.

use criterion::{criterion_group, criterion_main, Criterion};
use crossread::entity::Recognizer;
use crossread::figures::{FigureExtractor, RuleFigures};
use crossread::quotes::{QuoteExtractor, RuleQuotes};
use crossread::text::Text;
use std::time::Duration;

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("www/demo")
        .flatten()
        .map(|e| {
            let id = e
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".txt")
                .to_string();
            (id, std::fs::read_to_string(e.path()).expect("seed"))
        })
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let texts: Vec<Text> = seeds.iter().map(|(_, t)| Text::new(t)).collect();
    let ner = crossread::ner::ModelRecognizer::new().expect("embedded model");
    let mut g = c.benchmark_group("stages/seeds");
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("1 segmentation", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|(_, t)| Text::new(t).tokens.len())
                .sum::<usize>()
        })
    });
    g.bench_function("2 entities", |b| {
        b.iter(|| texts.iter().map(|t| ner.recognize(t).len()).sum::<usize>())
    });
    g.bench_function("3 figures", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| RuleFigures.extract(t).len())
                .sum::<usize>()
        })
    });
    let mentions: Vec<_> = texts.iter().map(|t| ner.recognize(t)).collect();
    g.bench_function("4 quotes", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&mentions)
                .map(|(t, m)| RuleQuotes.extract(t, m).len())
                .sum::<usize>()
        })
    });
    g.bench_function("5 whole analysis and story", |b| {
        b.iter(|| {
            crossread::compare(&seeds)
                .expect("seeds compare")
                .articles
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
