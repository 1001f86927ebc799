//! Shared by the integration tests: the five seed articles of the demo story, and the
//! per-article tables of the seed tests.

/// The seeds as (id, text), sorted by id (the file name without `.txt`).
pub fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("www/demo exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Reads a tab-separated table whose first column is an article id prefix: its rows grouped by
/// article in file order, each row the remaining `columns` columns joined by tabs. Lines
/// starting with `#` are comments.
#[allow(dead_code)]
pub fn table_by_article(name: &str, table: &str, columns: usize) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (article, rest) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{name}:{}: columns expected", n + 1));
        assert_eq!(
            rest.split('\t').count(),
            columns,
            "{name}:{}: {} columns expected",
            n + 1,
            columns + 1
        );
        match out.last_mut() {
            Some((a, rows)) if a == article => rows.push(rest.to_string()),
            _ => out.push((article.to_string(), vec![rest.to_string()])),
        }
    }
    out
}

/// Compares what an article has with what its table rows say: every row found, nothing
/// unlisted, same order. Appends one line per difference to `failures`.
#[allow(dead_code)]
pub fn compare_rows(article: &str, want: &[String], got: &[String], failures: &mut Vec<String>) {
    let before = failures.len();
    for r in want {
        if !got.contains(r) {
            failures.push(format!("{article}: missing or misread: {r}"));
        }
    }
    for g in got {
        if !want.contains(g) {
            failures.push(format!("{article}: not in the table: {g}"));
        }
    }
    if failures.len() == before && got != want {
        failures.push(format!("{article}: out of order"));
    }
}
