//! Speed of the entity tagger, in tokens per second on one core.
//!
//! - `tag/conll-dev`: [`crossread::ner::Model::tag`] over the 216 documents of CoNLL-2003 dev
//!   (`../shared/data/conll/conllpp_dev.txt`, 51,362 tokens), the unit the accuracy is scored on;
//!   skipped with a message when the shared data is absent.
//! - `entities/seeds`: [`crossread::entities`] on the five seed articles: segmentation, tagging and
//!   the article-level post-pass, as the page runs it.
//!
//! Run: `cargo bench --bench ner`. Target (issue 4): at least 500,000 tokens/s for `tag`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

fn conll_docs() -> Option<Vec<Vec<Vec<String>>>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/conll/conllpp_dev.txt"
    );
    let text = std::fs::read_to_string(path).ok()?;
    let docs = crossread::tools::train::read_conll(&text);
    Some(docs.into_iter().map(|d| d.sentences).collect())
}

fn bench(c: &mut Criterion) {
    let model = crossread::ner::Model::embedded().expect("embedded model");
    let mut g = c.benchmark_group("ner");
    g.measurement_time(Duration::from_secs(8));
    match conll_docs() {
        Some(docs) => {
            let tokens: usize = docs.iter().flatten().map(Vec::len).sum();
            g.throughput(Throughput::Elements(tokens as u64));
            g.bench_function("tag/conll-dev", |b| {
                b.iter(|| {
                    let mut n = 0;
                    for d in &docs {
                        let s: Vec<Vec<&str>> = d
                            .iter()
                            .map(|s| s.iter().map(String::as_str).collect())
                            .collect();
                        n += model.tag(s).len();
                    }
                    n
                })
            });
        }
        None => eprintln!("ner bench: ../shared/data/conll not found, tag/conll-dev skipped"),
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo");
    let mut seeds: Vec<String> = std::fs::read_dir(dir)
        .expect("www/demo")
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).expect("seed"))
        .collect();
    seeds.sort();
    let tokens: usize = seeds
        .iter()
        .map(|s| crossread::text::Text::new(s).tokens.len())
        .sum();
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("entities/seeds", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|s| crossread::entities(s).map(|e| e.len()).unwrap_or(0))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
