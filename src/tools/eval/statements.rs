//! `crossread eval statements KEY.tsv DIR|CLUSTERS.jsonl`: the story's statement alignment
//! against a key written by reading a story's articles: `DIR/SOURCE.txt`, one file per source,
//! or the cluster the key's `# cluster: ID` line names in a clusters file, its articles named
//! `00`, `01`, ... in the file's order.
//!
//! Key lines (tab-separated; `#` comments; `# S<n>: ...` starts shared statement n):
//! `same<TAB>RELATION<TAB>SOURCE_A<TAB>START_A<TAB>SOURCE_B<TAB>START_B`: the sentences of A and
//! B starting with those words make one statement; `only<TAB>SOURCE<TAB>START`: no other source
//! makes this one. A shared statement counts as found when any of its pairs lands in one
//! alignment group; an `only` sentence is kept when it is among its source's exclusive sentences.

use crate::schema::{Document, OwnSentenceDoc};

/// What the key and the alignment agree on.
#[derive(Debug, Default)]
pub struct Report {
    /// Per shared statement: its label, its key pairs, and the pairs found in one group.
    pub statements: Vec<(String, usize, usize)>,
    /// `only` lines, and those not among the exclusive sentences (with their line).
    pub only: usize,
    pub only_lost: Vec<String>,
    /// Alignment groups per relation: verbatim, paraphrase, partial.
    pub groups: [usize; 3],
    /// Sentence pairs inside alignment groups whose two sentences the key covers, and those of
    /// them the key says are not one statement (in no shared statement together, or one of
    /// them an `only` sentence): how precise the groups are.
    pub grouped_pairs: usize,
    pub grouped_wrong: usize,
    /// Sentences the key puts in a shared statement but left among the exclusive ones; those
    /// of them showing a nearest sentence (the closest sentence of another source, shown to the
    /// editor), and those whose nearest is one of the statement's other sentences.
    pub wrongly_exclusive: usize,
    pub near_shown: usize,
    pub near_right: usize,
    /// `only` sentences kept exclusive that carry a nearest sentence all the same.
    pub only_with_nearest: usize,
}

impl Report {
    pub fn found(&self) -> usize {
        self.statements.iter().filter(|s| s.2 > 0).count()
    }

    pub fn missed(&self) -> Vec<&str> {
        (self.statements.iter().filter(|s| s.2 == 0))
            .map(|s| s.0.as_str())
            .collect()
    }

    pub fn summary(&self) -> String {
        format!(
            "shared statements found {}/{} (key pairs {}/{}); only-one-source sentences kept exclusive {}/{}; groups: {} verbatim, {} paraphrase, {} partial; grouped pairs the key covers {}, wrong {}; sentences of shared statements left exclusive {}, showing a nearest {}, the right one {}; kept exclusives with a nearest {}/{}\nmissed: {}\nlost exclusive: {}\n",
            self.found(),
            self.statements.len(),
            self.statements.iter().map(|s| s.2).sum::<usize>(),
            self.statements.iter().map(|s| s.1).sum::<usize>(),
            self.only - self.only_lost.len(),
            self.only,
            self.groups[0],
            self.groups[1],
            self.groups[2],
            self.grouped_pairs,
            self.grouped_wrong,
            self.wrongly_exclusive,
            self.near_shown,
            self.near_right,
            self.only_with_nearest,
            self.only - self.only_lost.len(),
            self.missed().join(" "),
            self.only_lost.join(" | "),
        )
    }
}

/// A key, read: its shared statements (label and `same` pairs) and its `only` sentences, each
/// sentence as (source, the words it starts with).
#[derive(Debug, Default)]
pub struct Key<'k> {
    pub statements: Vec<(String, Vec<[(&'k str, &'k str); 2]>)>,
    pub only: Vec<(&'k str, &'k str)>,
}

impl<'k> Key<'k> {
    pub fn parse(key: &'k str) -> Result<Key<'k>, String> {
        let mut k = Key::default();
        for (ln, line) in key.lines().enumerate() {
            let label = line.strip_prefix("# S");
            if let Some(label) = label.filter(|l| l.starts_with(|c: char| c.is_ascii_digit())) {
                let name = label.split(':').next().unwrap_or("");
                k.statements.push((format!("S{name}"), Vec::new()));
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let at = |e: String| format!("key line {}: {e}", ln + 1);
            match line.split('\t').collect::<Vec<_>>().as_slice() {
                ["same", _relation, a, sa, b, sb] => (k.statements.last_mut())
                    .ok_or_else(|| at("a `same` line before any `# S` line".into()))?
                    .1
                    .push([(a, sa), (b, sb)]),
                ["only", src, start] => k.only.push((src, start)),
                _ => return Err(at(format!("malformed line {line:?}"))),
            }
        }
        Ok(k)
    }
}

/// Byte offset of the text of `source` that starts with `start`.
pub fn byte_offset(
    texts: &[(String, String)],
    (source, start): (&str, &str),
) -> Result<usize, String> {
    let text = &(texts.iter().find(|(id, _)| id == source))
        .ok_or_else(|| format!("no source {source:?}"))?
        .1;
    text.find(start)
        .ok_or_else(|| format!("{source}: no {start:?}"))
}

/// UTF-16 offset of the text of `source` that starts with `start`.
fn offset(texts: &[(String, String)], at: (&str, &str)) -> Result<usize, String> {
    let o = byte_offset(texts, at)?;
    let text = &(texts.iter().find(|(id, _)| id == at.0)).map_or("", |t| t.1.as_str());
    Ok(text[..o].encode_utf16().count())
}

/// The key of the alignment group with a sentence of `source` covering UTF-16 offset `at`.
fn group_of<'a>(doc: &'a Document, source: &str, at: usize) -> Option<&'a str> {
    (doc.story.alignments.iter())
        .find(|g| (g.members.iter()).any(|m| m.source == source && m.start <= at && at < m.end))
        .map(|g| g.key.as_str())
}

/// The exclusive sentence of `source` covering UTF-16 offset `at`, if it is one.
fn own_at<'a>(doc: &'a Document, source: &str, at: usize) -> Option<&'a OwnSentenceDoc> {
    let x = doc.story.exclusive.iter().find(|x| x.source == source)?;
    (x.sentences.iter()).find(|s| s.start <= at && at < s.end)
}

/// Whether the nearest sentence shown for `own` covers UTF-16 offset `at` of `source`.
fn nearest_is(own: Option<&OwnSentenceDoc>, source: &str, at: usize) -> bool {
    let near = own.and_then(|o| o.nearest.as_ref());
    near.is_some_and(|n| n.source == source && n.start <= at && at < n.end)
}

/// Counts the sentences of one shared statement left exclusive, and whether the nearest sentence
/// each shows is another sentence of the statement.
fn nearest_of_statement(
    doc: &Document,
    pairs: &[[(&str, &str); 2]],
    texts: &[(String, String)],
    r: &mut Report,
) -> Result<(), String> {
    let mut sentences: Vec<(&str, usize)> = Vec::new();
    for at in pairs.iter().flatten() {
        let s = (at.0, offset(texts, *at)?);
        if !sentences.contains(&s) {
            sentences.push(s);
        }
    }
    for &(src, o) in &sentences {
        let Some(own) = own_at(doc, src, o) else {
            continue;
        };
        r.wrongly_exclusive += 1;
        r.near_shown += usize::from(own.nearest.is_some());
        let right = (sentences.iter()).any(|&(s2, o2)| s2 != src && nearest_is(Some(own), s2, o2));
        r.near_right += usize::from(right);
    }
    Ok(())
}

/// Counts the sentence pairs inside alignment groups that the key covers, and the wrong ones.
fn grouped_precision(
    doc: &Document,
    key: &Key,
    texts: &[(String, String)],
    r: &mut Report,
) -> Result<(), String> {
    // every keyed sentence: (source, UTF-16 offset, its statement; None for `only`)
    let mut keyed: Vec<(&str, usize, Option<usize>)> = Vec::new();
    for (k, (_, pairs)) in key.statements.iter().enumerate() {
        for at in pairs.iter().flatten() {
            keyed.push((at.0, offset(texts, *at)?, Some(k)));
        }
    }
    for at in &key.only {
        keyed.push((at.0, offset(texts, *at)?, None));
    }
    for g in &doc.story.alignments {
        let labels: Vec<Vec<Option<usize>>> = (g.members.iter())
            .map(|m| {
                (keyed.iter())
                    .filter(|k| k.0 == m.source && m.start <= k.1 && k.1 < m.end)
                    .map(|k| k.2)
                    .collect()
            })
            .collect();
        for (i, x) in labels.iter().enumerate() {
            for y in &labels[i + 1..] {
                if x.is_empty() || y.is_empty() {
                    continue;
                }
                r.grouped_pairs += 1;
                let together = x.iter().any(|k| k.is_some() && y.contains(k));
                r.grouped_wrong += usize::from(!together);
            }
        }
    }
    Ok(())
}

/// Scores the story of `texts` (id, text) against `key`.
pub fn score(key: &str, texts: &[(String, String)]) -> Result<Report, String> {
    let doc = crate::compare(texts).map_err(|e| e.to_string())?;
    let key = Key::parse(key)?;
    let mut r = Report::default();
    for g in &doc.story.alignments {
        r.groups[g.relation as usize] += 1;
    }
    for (label, pairs) in &key.statements {
        let mut found = 0;
        for [a, b] in pairs {
            let ga = group_of(&doc, a.0, offset(texts, *a)?);
            let gb = group_of(&doc, b.0, offset(texts, *b)?);
            found += usize::from(ga.is_some() && ga == gb);
        }
        r.statements.push((label.clone(), pairs.len(), found));
        nearest_of_statement(&doc, pairs, texts, &mut r)?;
    }
    grouped_precision(&doc, &key, texts, &mut r)?;
    for &(src, start) in &key.only {
        r.only += 1;
        let o = offset(texts, (src, start))?;
        let x = (doc.story.exclusive.iter().find(|x| x.source == src))
            .ok_or_else(|| format!("no source {src:?}"))?;
        match x.sentences.iter().find(|s| s.start <= o && o < s.end) {
            None => r.only_lost.push(format!("{src} {start:?}")),
            Some(s) => r.only_with_nearest += usize::from(s.nearest.is_some()),
        }
    }
    Ok(r)
}

/// Which half of the data a key belongs to, by its header ("... the story is in the checking
/// half ..."); the seed story's key, which says neither, tunes.
pub fn is_checking(key: &str) -> bool {
    (key.lines().take_while(|l| l.starts_with('#'))).any(|l| l.contains("checking half"))
}

/// The articles of a key's story: from `clusters` (its text) when the key names a
/// `# cluster:`, else the `*.txt` files of `seeds`.
pub fn texts_for(
    key: &str,
    clusters: Option<&str>,
    seeds: Option<&str>,
) -> Result<Vec<(String, String)>, String> {
    match (key.contains("# cluster:"), clusters, seeds) {
        (true, Some(c), _) => read_cluster(key, c),
        (false, _, Some(dir)) => read_dir(dir),
        (true, None, _) => Err("the key names a cluster: give --clusters FILE".into()),
        (false, _, None) => Err("the key names no cluster: give --seeds DIR".into()),
    }
}

/// Totals over several keys, per half: shared statements found and `only` sentences kept.
#[derive(Default)]
pub struct Totals {
    /// [tuning, checking]: (found, statements, kept, only, grouped pairs, wrong)
    pub halves: [(usize, usize, usize, usize, usize, usize); 2],
    /// [tuning, checking]: (wrongly exclusive, showing a nearest, the right one, kept with a
    /// nearest)
    pub nearest: [(usize, usize, usize, usize); 2],
}

impl Totals {
    pub fn add(&mut self, checking: bool, r: &Report) {
        let h = &mut self.halves[usize::from(checking)];
        h.0 += r.found();
        h.1 += r.statements.len();
        h.2 += r.only - r.only_lost.len();
        h.3 += r.only;
        h.4 += r.grouped_pairs;
        h.5 += r.grouped_wrong;
        let n = &mut self.nearest[usize::from(checking)];
        n.0 += r.wrongly_exclusive;
        n.1 += r.near_shown;
        n.2 += r.near_right;
        n.3 += r.only_with_nearest;
    }

    pub fn summary(&self) -> String {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        let mut out = String::new();
        for ((name, h), n) in ["tuning", "checking"]
            .iter()
            .zip(&self.halves)
            .zip(&self.nearest)
        {
            if h.1 + h.3 > 0 {
                out.push_str(&format!(
                    "{name} keys: shared statements found {}/{} ({:.1} %); only-one-source sentences kept exclusive {}/{} ({:.1} %); grouped pairs right {}/{} ({:.1} %); sentences of shared statements left exclusive {}: a nearest shown for {}, the right one for {} ({:.1} % of those shown); kept exclusives with a nearest {}/{} ({:.1} %)\n",
                    h.0, h.1, pct(h.0, h.1), h.2, h.3, pct(h.2, h.3), h.4 - h.5, h.4, pct(h.4 - h.5, h.4),
                    n.0, n.1, n.2, pct(n.2, n.1), n.3, h.2, pct(n.3, h.2)
                ));
            }
        }
        out
    }
}

/// The articles of the cluster a key names (`# cluster: ID`) in a clusters file (JSON lines of
/// `{"cluster_id", "articles": [{"text"}]}`), named by their two-digit place in the cluster.
pub fn read_cluster(key: &str, clusters: &str) -> Result<Vec<(String, String)>, String> {
    use crate::tools::eval::keyed::{arr, str_of};
    let id = (key.lines())
        .find_map(|l| l.strip_prefix("# cluster:"))
        .map(str::trim)
        .ok_or("the key names no `# cluster: ID`")?;
    for line in clusters.lines().filter(|l| !l.trim().is_empty()) {
        let c: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("clusters: {e}"))?;
        if str_of(&c, "cluster_id") == id {
            return Ok((arr(&c, "articles").iter().enumerate())
                .map(|(i, a)| (format!("{i:02}"), str_of(a, "text").to_string()))
                .filter(|(_, t)| !t.trim().is_empty())
                .collect());
        }
    }
    Err(format!("no cluster {id:?} in the clusters file"))
}

/// The articles of a key's story: every `*.txt` of `dir`, the file name without `.txt` as id.
pub fn read_dir(dir: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))? {
        let p = e.map_err(|e| format!("{dir}: {e}"))?.path();
        if p.extension().is_some_and(|x| x == "txt") {
            let id = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            out.push((id, text));
        }
    }
    out.sort();
    Ok(out)
}
