//! Gazetteers and word clusters the entity tagger reads as features.
//!
//! Gazetteers are phrase lists: the crate's own closed lists ([`crate::words`]: countries,
//! demonyms, organisations, organisation head words, titles), the GeoNames alias table
//! ([`crate::aliases`]), and any lists given to `crossread train ner --lists DIR` (stored in
//! the model file; the shipped model uses none: name and place lists gave no gain on CoNLL dev).
//! A match sets, for each token it covers, one bit per gazetteer and BILU position, so that a
//! feature says "second token of a three-token country name" (Ratinov & Roth 2009, §5).
//! Word clusters map a word to a bit-string path (Brown et al. 1992 clusters, or k-means over
//! word vectors written as a path); features use path prefixes of several lengths.

use super::token::TokenInfo;
use crate::util::FastMap;

/// Gazetteer ids. At most 8 (four BILU position bits each in a `u32`).
pub const GAZ_TYPES: [&str; 8] = [
    "country", "geonames", "demonym", "org", "org-head", "title", "person", "place",
];
pub const G_COUNTRY: u32 = 0;
pub const G_GEONAMES: u32 = 1;
pub const G_DEMONYM: u32 = 2;
pub const G_ORG: u32 = 3;
pub const G_ORG_HEAD: u32 = 4;
pub const G_TITLE: u32 = 5;
pub const G_PERSON: u32 = 6;
pub const G_PLACE: u32 = 7;

/// Cluster tables, by the list file they are read from: Brown clusters (case-sensitive) and
/// word-vector clusters (lower case).
pub const CLUSTER_TABLES: [&str; 2] = ["clusters", "vclusters"];

/// Longest phrase matched, in tokens.
const MAX_PHRASE: usize = 6;
/// Longest place name looked up in the GeoNames table, in tokens.
const MAX_PLACE: usize = 4;

/// One cluster table: the clusters (path and member words, as the model file lists them) and an
/// index from a word's 64-bit fingerprint to its cluster. The index holds no strings: one
/// lookup is one probe into a flat table, where a map of strings took several cache misses, and
/// it is several times smaller in memory. Two of the table's 300,000 words sharing a
/// fingerprint has a probability near 10^-9; a word outside the table matching one near 10^-14.
#[derive(Default, Clone, Debug)]
struct ClusterTable {
    /// (path, member words separated by spaces)
    clusters: Vec<(String, String)>,
    by_path: FastMap<String, u32>,
    index: FastMap<u64, u32>,
}

impl ClusterTable {
    /// Adds a word; a word already in the table keeps its first cluster.
    fn add(&mut self, word: &str, path: &str) {
        let fp = fingerprint(word);
        if word.is_empty() || word.contains(' ') || self.index.contains_key(&fp) {
            return;
        }
        let next = self.clusters.len() as u32;
        let id = *self.by_path.entry(path.to_string()).or_insert(next);
        if id == next {
            self.clusters.push((path.to_string(), String::new()));
        }
        let words = &mut self.clusters[id as usize].1;
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
        self.index.insert(fp, id);
    }

    /// Adds a cluster line of the model file: a path and its words separated by spaces.
    fn add_line(&mut self, path: &str, words: &str) {
        if self.by_path.contains_key(path) {
            for w in words.split(' ') {
                self.add(w, path);
            }
            return;
        }
        let id = self.clusters.len() as u32;
        let mut kept = String::with_capacity(words.len());
        for w in words.split(' ') {
            let fp = fingerprint(w);
            if w.is_empty() || self.index.contains_key(&fp) {
                continue;
            }
            self.index.insert(fp, id);
            if !kept.is_empty() {
                kept.push(' ');
            }
            kept.push_str(w);
        }
        self.by_path.insert(path.to_string(), id);
        self.clusters.push((path.to_string(), kept));
    }

    fn get(&self, word: &str) -> Option<&str> {
        let id = *self.index.get(&fingerprint(word))?;
        Some(self.clusters[id as usize].0.as_str())
    }

    /// Whether `word` needs no entry of its own: it is not in lower case, and its lower-case
    /// form is in the table with the same cluster. [`Gazetteers::cluster`] falls back to the
    /// lower-case form, so leaving such a word out of the model file changes no lookup
    /// ("Eiichiro" and "EIICHIRO" beside "eiichiro" in one Brown cluster: a third of table 0).
    fn redundant(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        lower != word && self.index.get(&fingerprint(&lower)) == self.index.get(&fingerprint(word))
    }
}

/// 64-bit fingerprint of a word: its feature part hash through MurmurHash3's finaliser.
fn fingerprint(w: &str) -> u64 {
    let mut h = super::token::part(w.as_bytes());
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ h >> 33
}

#[derive(Default, Clone, Debug)]
pub struct Gazetteers {
    /// Lower-cased phrase (tokens joined by one space) → bit set of gazetteer ids.
    phrases: FastMap<String, u8>,
    /// Cluster tables ([`CLUSTER_TABLES`]): word (as written, or lower-cased) → path of '0'/'1'.
    clusters: Vec<ClusterTable>,
    /// Whether the GeoNames alias table is consulted.
    pub geonames: bool,
}

impl Gazetteers {
    /// The crate's closed lists alone.
    pub fn builtin() -> Gazetteers {
        let mut lex = Gazetteers {
            geonames: true,
            ..Gazetteers::default()
        };
        for p in crate::words::PLACES {
            lex.add(p, G_COUNTRY);
        }
        for p in crate::words::DEMONYMS {
            lex.add(p, G_DEMONYM);
        }
        for p in crate::words::ORGS {
            lex.add(p, G_ORG);
        }
        for p in crate::words::ORG_HEADS {
            lex.add(p, G_ORG_HEAD);
        }
        for p in crate::words::TITLES {
            lex.add(p, G_TITLE);
        }
        lex
    }

    /// Adds a phrase to gazetteer `g`.
    pub fn add(&mut self, phrase: &str, g: u32) {
        let key = phrase_key(phrase);
        if key.is_empty() || key.split(' ').count() > MAX_PHRASE {
            return;
        }
        *self.phrases.entry(key).or_insert(0) |= 1 << g;
    }

    pub fn add_cluster(&mut self, table: usize, word: &str, path: &str) {
        if self.clusters.len() <= table {
            self.clusters.resize_with(table + 1, ClusterTable::default);
        }
        self.clusters[table].add(word, path);
    }

    /// Keeps only the cluster words `keep(table, word)` accepts (vocabulary pruning: see
    /// `crossread tables model --vocab`).
    pub fn retain_cluster_words(&mut self, mut keep: impl FnMut(usize, &str) -> bool) {
        for (k, table) in std::mem::take(&mut self.clusters).into_iter().enumerate() {
            let mut kept = ClusterTable::default();
            for (path, words) in &table.clusters {
                let ws: Vec<&str> = words.split(' ').filter(|w| keep(k, w)).collect();
                if !ws.is_empty() {
                    kept.add_line(path, &ws.join(" "));
                }
            }
            self.clusters.push(kept);
        }
    }

    pub fn cluster_tables(&self) -> usize {
        self.clusters.len()
    }

    pub fn phrase_count(&self) -> usize {
        self.phrases.len()
    }

    pub fn cluster_count(&self) -> usize {
        self.clusters.iter().map(|t| t.index.len()).sum()
    }

    /// Cluster path of a word in table `table`: its written form, else its lower-case form.
    pub fn cluster(&self, table: usize, word: &str, lower: &str) -> Option<&str> {
        let t = self.clusters.get(table)?;
        t.get(word)
            .or_else(|| (word != lower).then(|| t.get(lower)).flatten())
    }

    /// Gazetteer bits of every token of a sentence.
    pub fn gazetteer_bits(&self, words: &[&str], info: &[&TokenInfo]) -> Vec<u32> {
        let n = words.len();
        let mut bits = vec![0u32; n];
        let mut key = String::new();
        for i in 0..n {
            let first = info[i];
            // A name starts with a capital (or is a known lower-case form: single tokens).
            let capital = first.cap || first.all_caps;
            key.clear();
            for j in i..n.min(i + MAX_PHRASE) {
                if j > i {
                    if !capital {
                        break;
                    }
                    key.push(' ');
                }
                key.push_str(&info[j].lower);
                if let Some(&g) = self.phrases.get(key.as_str()) {
                    set(&mut bits, i, j + 1, u32::from(g));
                }
            }
            if self.geonames && capital {
                let mut name = String::new();
                for j in i..n.min(i + MAX_PLACE) {
                    let t = info[j];
                    let named = t.cap || t.all_caps || article_name(words[j]);
                    if !(j == i || named || crate::words::is_arabic_article(words[j])) {
                        break;
                    }
                    if j > i {
                        name.push(' ');
                    }
                    name.push_str(words[j]);
                    // the last token must be a name ("Deir el-Zour", not "Deir el")
                    if !named {
                        continue;
                    }
                    let k = crate::names::spelling_key(&name);
                    if k.len() >= 3 && crate::aliases::group(&k).is_some() {
                        set(&mut bits, i, j + 1, 1 << G_GEONAMES);
                    }
                }
            }
        }
        bits
    }

    /// Serialises the stored lists (not the built-in ones) as lines: `g<TAB>phrase` for phrases,
    /// `c<table><TAB>path<TAB>words` for clusters (the
    /// words of one cluster space-separated), sorted.
    pub fn to_lines(&self, builtin: &Gazetteers) -> String {
        let mut lines: Vec<String> = Vec::new();
        for (k, &g) in &self.phrases {
            let extra = g & !builtin.phrases.get(k).copied().unwrap_or(0);
            if extra != 0 {
                lines.push(format!("g\t{extra}\t{k}"));
            }
        }
        for (k, table) in self.clusters.iter().enumerate() {
            for (p, words) in &table.clusters {
                let mut ws: Vec<&str> = words.split(' ').filter(|w| !table.redundant(w)).collect();
                if ws.is_empty() {
                    continue;
                }
                ws.sort_unstable();
                lines.push(format!("c{k}\t{p}\t{}", ws.join(" ")));
            }
        }
        lines.sort();
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }

    /// Adds the lines written by [`Gazetteers::to_lines`].
    pub fn add_lines(&mut self, text: &str) -> Result<(), String> {
        for (n, line) in text.lines().enumerate() {
            let mut f = line.split('\t');
            match (f.next(), f.next(), f.next()) {
                (Some("g"), Some(bits), Some(phrase)) => {
                    let b: u8 = bits
                        .parse()
                        .map_err(|_| format!("lexicon line {}: bad bits", n + 1))?;
                    *self.phrases.entry(phrase.to_string()).or_insert(0) |= b;
                }
                (Some(c), Some(path), Some(words)) if c.starts_with('c') => {
                    let k: usize = c[1..]
                        .parse()
                        .map_err(|_| format!("lexicon line {}: bad cluster table", n + 1))?;
                    if k >= CLUSTER_TABLES.len() {
                        return Err(format!("lexicon line {}: bad cluster table", n + 1));
                    }
                    if self.clusters.len() <= k {
                        self.clusters.resize_with(k + 1, ClusterTable::default);
                    }
                    self.clusters[k].add_line(path, words);
                }
                (Some(""), None, None) => {}
                _ => return Err(format!("lexicon line {}: unreadable", n + 1)),
            }
        }
        Ok(())
    }
}

/// A name written with a glued Arabic article: "el-Zour", "al-Qaim".
fn article_name(w: &str) -> bool {
    match w.split_once('-') {
        Some((a, rest)) => {
            crate::words::is_arabic_article(a)
                && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

/// Sets BILU position bits of gazetteer bit set `g` over tokens `s..e`.
fn set(bits: &mut [u32], s: usize, e: usize, g: u32) {
    let mut gs = g;
    while gs != 0 {
        let k = gs.trailing_zeros();
        gs &= gs - 1;
        for (i, b) in bits.iter_mut().enumerate().take(e).skip(s) {
            let pos = if e - s == 1 {
                3
            } else if i == s {
                0
            } else if i + 1 == e {
                2
            } else {
                1
            };
            *b |= 1 << (4 * k + pos);
        }
    }
}

/// Lower-cased phrase with tokens separated by one space.
pub fn phrase_key(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cluster every form of a word gets, as the tagger looks it up.
    fn lookups(lex: &Gazetteers, forms: &[&str]) -> Vec<Option<String>> {
        let get = |w: &str| lex.cluster(0, w, &w.to_lowercase()).map(str::to_string);
        forms.iter().map(|w| get(w)).collect()
    }

    #[test]
    fn written_lists_leave_out_only_what_the_lower_case_fallback_finds() {
        let mut lex = Gazetteers::default();
        #[rustfmt::skip]
        let words = [
            ("eiichiro", "0101"), ("Eiichiro", "0101"), ("EIICHIRO", "0101"), // one cluster
            ("apple", "110"), ("Apple", "0111"),                              // two clusters
            ("IBM", "0111"),                                                  // no lower form
        ];
        for (w, p) in words {
            lex.add_cluster(0, w, p);
        }
        let lines = lex.to_lines(&Gazetteers::default());
        assert!(
            !lines.contains("Eiichiro") && !lines.contains("EIICHIRO"),
            "{lines}"
        );
        assert!(lines.contains("Apple") && lines.contains("IBM"), "{lines}");
        let mut read = Gazetteers::default();
        read.add_lines(&lines).expect("lines read back");
        let forms = [
            "eiichiro", "Eiichiro", "EIICHIRO", "apple", "Apple", "APPLE", "IBM", "ibm",
        ];
        assert_eq!(lookups(&read, &forms), lookups(&lex, &forms));
    }

    #[test]
    fn retained_cluster_words_are_the_only_ones_found() {
        let mut lex = Gazetteers::default();
        lex.add_cluster(0, "common", "01");
        lex.add_cluster(0, "rare", "01");
        lex.retain_cluster_words(|_, w| w != "rare");
        assert_eq!(lex.cluster(0, "common", "common"), Some("01"));
        assert_eq!(lex.cluster(0, "rare", "rare"), None);
    }
}
