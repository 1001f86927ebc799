//! Scale of the story comparison: `compare` (analysis of every article plus the story diff) on
//! 10, 100 and 1,000 articles of real multi-outlet news (`../shared/data/clusters`, about 535
//! words an article; cycled to reach 1,000, each copy with its own id, as wire copy reused by
//! many outlets), and one seed article through the whole pipeline.
//!
//! Natively the articles are analysed on every core (`crossread::compare`); the browser has one.
//! The story diff alone (grouping entities, figures, quotes and passages of articles analysed
//! beforehand) is measured apart.
//!
//! Run: `cargo bench --bench story`. Cost should grow close to linearly with the articles.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

fn corpus() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/clusters/news-clusters-dev.jsonl"
    );
    let mut out = Vec::new();
    if let Ok(data) = std::fs::read_to_string(path) {
        for line in data.lines() {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            for a in v["articles"].as_array().into_iter().flatten() {
                if let Some(t) = a["text"].as_str().filter(|t| !t.trim().is_empty()) {
                    out.push(t.to_string());
                }
            }
        }
    }
    if out.is_empty() {
        // without the shared data, the demo seeds stand in
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            out.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    out
}

fn articles(corpus: &[String], n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| (format!("a{i}"), corpus[i % corpus.len()].clone()))
        .collect()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let mut g = c.benchmark_group("compare");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for n in [10usize, 100, 1000] {
        let input = articles(&corpus, n);
        let words: usize = input.iter().map(|a| a.1.split_whitespace().count()).sum();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{n} articles, {words} words")),
            &input,
            |b, input| b.iter(|| crossread::compare(input).map(|d| d.story.entities.len())),
        );
    }
    g.finish();
    // the story diff alone, on articles analysed beforehand: what grouping costs
    let mut d = c.benchmark_group("story diff alone");
    d.sample_size(10).measurement_time(Duration::from_secs(8));
    let pipeline = crossread::analysis::Pipeline::default();
    for n in [100usize, 1000] {
        let analysed: Vec<_> = articles(&corpus, n)
            .iter()
            .filter_map(|(id, t)| pipeline.analyze(id, t).ok())
            .collect();
        d.throughput(Throughput::Elements(n as u64));
        d.bench_with_input(
            BenchmarkId::from_parameter(format!("{n} articles")),
            &analysed,
            |b, a| b.iter(|| crossread::story::compare(a).figure_groups.len()),
        );
    }
    d.finish();
    // statement alignment alone on the five seeds (issue 17: under 5 ms)
    let mut seeds: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    seeds.sort();
    let analysed: Vec<_> = (seeds.iter().enumerate())
        .filter_map(|(i, p)| {
            pipeline
                .analyze(&format!("s{i}"), &std::fs::read_to_string(p).ok()?)
                .ok()
        })
        .collect();
    let models = crossread::similar::Model::embedded()
        .and_then(|m| Ok((m, crossread::story::evidence::embedded()?)));
    let story = crossread::story::compare(&analysed);
    let linked = crossread::story::statements::Linked {
        entity_of: &story.entity_of,
        figure_group_of: &story.figure_group_of,
        quote_group_of: &story.quote_group_of,
    };
    if let Ok((model, story_model)) = models {
        c.bench_function("align the statements of the five seeds", |b| {
            b.iter(|| {
                crossread::story::statements::align(&analysed, linked, model, story_model)
                    .0
                    .len()
            })
        });
    }
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/demo/001_037639a6d901256c.txt"
    ))
    .unwrap_or_default();
    c.bench_function("analyze one seed article (001, 1,000 words)", |b| {
        b.iter(|| crossread::analyze("001", &seed).map(|d| d.articles.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
