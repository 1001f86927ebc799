//! What the scores against a key written by reading share (`eval story`, `eval entities`): a
//! key of stories named by `cluster_id`, the clusters file they come from, and each story's
//! articles compared as the page compares them.

use serde_json::Value;
use std::collections::HashMap;

pub fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

pub fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Each story of `key` with its cluster from `clusters` (JSON lines), in the key's order.
pub fn stories(key: &str, clusters: &str) -> Result<Vec<(Value, Value)>, String> {
    let key: Value = serde_json::from_str(key).map_err(|e| format!("key: {e}"))?;
    let stories = key
        .get("stories")
        .and_then(Value::as_array)
        .ok_or("key: no \"stories\" array")?;
    let mut by_id: HashMap<String, Value> = HashMap::new();
    for (n, line) in clusters
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let c: Value =
            serde_json::from_str(line).map_err(|e| format!("clusters line {}: {e}", n + 1))?;
        if let Some(id) = c.get("cluster_id").and_then(Value::as_str) {
            by_id.insert(id.to_string(), c);
        }
    }
    stories
        .iter()
        .map(|story| {
            let id = story
                .get("cluster_id")
                .and_then(Value::as_str)
                .ok_or("key: a story without cluster_id")?;
            let cluster = by_id
                .get(id)
                .ok_or_else(|| format!("key: no cluster {id:?} in the clusters file"))?;
            Ok((story.clone(), cluster.clone()))
        })
        .collect()
}

/// A cluster's articles with text (`doc_id`, `text`), and their comparison.
pub fn compared(
    cluster: &Value,
) -> Result<(Vec<(String, String)>, crate::schema::Document), String> {
    let name = str_of(cluster, "cluster_id");
    let articles: Vec<(String, String)> = arr(cluster, "articles")
        .iter()
        .map(|a| {
            (
                str_of(a, "doc_id").to_string(),
                str_of(a, "text").to_string(),
            )
        })
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let doc = crate::compare(&articles).map_err(|e| format!("{name}: {e}"))?;
    Ok((articles, doc))
}

/// The index of the item whose span overlaps `span` the most (the first of equals).
pub fn best_overlap(
    spans: impl Iterator<Item = (usize, usize)>,
    span: (usize, usize),
) -> Option<usize> {
    spans
        .enumerate()
        .map(|(i, (s, e))| (i, e.min(span.1).saturating_sub(s.max(span.0))))
        .filter(|&(_, o)| o > 0)
        .max_by_key(|&(i, o)| (o, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
}

/// `a` of `b` as a percentage, "-" of none.
pub fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * a as f64 / b as f64)
    }
}
