//! Shared by the integration tests: the five seed articles of the demo story.

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
