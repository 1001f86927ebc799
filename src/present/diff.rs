//! The story diff a journalist reads in a minute: the entities flagged (likely misspellings),
//! what conflicts (figure groups in conflict, quotes reworded or given to different speakers),
//! what only one source has, and what sources agree on. Any group opens side by side.

use super::action::GroupKind;
use super::{ids, slice16};
use crate::schema::{Document, FigureGroupDoc, QuoteDoc, QuoteGroupDoc};
use crate::story::{FigureRelation, QuoteRelation};

/// One group of the diff, shown as a button that opens it side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupLine {
    pub kind: GroupKind,
    pub key: String,
    /// "conflict", "agree", "reworded", ...
    pub relation: &'static str,
    pub body: GroupBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GroupBody {
    Figure {
        /// What is counted, else the kind of figure.
        about: String,
        /// (source number, text as written) per member.
        members: Vec<(String, String)>,
        /// A conflict said in one line.
        reason: Option<String>,
    },
    Quote {
        speakers_differ: bool,
        /// The first member's words, at most 80 characters.
        text: String,
        /// "1: Mayhoub · 2: —"
        who: String,
    },
}

/// A flagged entity: its flags and the spellings that raised them.
#[derive(Clone, Debug, PartialEq)]
pub struct FlagLine {
    pub flags: String,
    pub text: String,
}

/// What one source has that no other has.
#[derive(Clone, Debug, PartialEq)]
pub struct OnlyHere {
    pub source: String,
    pub number: String,
    pub share_line: String,
    pub names: Vec<String>,
    /// (jump source, jump target, text).
    pub figures: Vec<(usize, String, String)>,
    pub quotes: Vec<(usize, String, String)>,
    /// Its sentences no other source makes in any wording.
    pub sentences: Vec<OwnLine>,
}

/// A sentence only one source makes, as the diff lists it: where it jumps (source, target),
/// its text (at most [`SENTENCE_CHARS`] characters), and the closest sentence another source
/// has, when one was judged at all likely to state the same.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnLine {
    pub source: usize,
    pub target: String,
    pub text: String,
    pub nearest: Option<NearLine>,
}

/// The closest sentence of another source: where it jumps, that source's number, its text.
#[derive(Clone, Debug, PartialEq)]
pub struct NearLine {
    pub source: usize,
    pub target: String,
    pub number: String,
    pub text: String,
}

/// How much of an exclusive sentence the diff shows (the jump shows the rest).
pub const SENTENCE_CHARS: usize = 160;

#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    pub flags: Vec<FlagLine>,
    pub conflicts: Vec<GroupLine>,
    pub exclusive: Vec<OnlyHere>,
    pub agreements: Vec<GroupLine>,
}

/// Source lookups by id, shared by the sections; `units` the sources' texts in UTF-16, in
/// source order, each encoded once for all the sentences quoted from it.
struct Sources<'a> {
    d: &'a Document,
    units: Vec<Vec<u16>>,
}

impl Sources<'_> {
    fn index(&self, id: &str) -> usize {
        self.d
            .story
            .sources
            .iter()
            .position(|x| x == id)
            .unwrap_or(0)
    }
    fn number(&self, id: &str) -> String {
        format!("{}", self.index(id) + 1)
    }
    /// The text of source `si` at UTF-16 `start..end`, trimmed to [`SENTENCE_CHARS`] characters.
    fn sentence(&self, si: usize, start: usize, end: usize) -> String {
        let units = self.units.get(si).map_or(&[][..], Vec::as_slice);
        let text = slice16(units, start, end);
        let short: String = text.trim().chars().take(SENTENCE_CHARS).collect();
        let more = if text.trim().chars().count() > SENTENCE_CHARS {
            "…"
        } else {
            ""
        };
        format!("{short}{more}")
    }
    fn figure_text(&self, id: &str, i: usize) -> String {
        let a = self.d.articles.get(self.index(id));
        a.and_then(|a| a.figures.get(i))
            .map(|f| f.text.clone())
            .unwrap_or_default()
    }
    fn quote(&self, id: &str, i: usize) -> Option<&QuoteDoc> {
        self.d
            .articles
            .get(self.index(id))
            .and_then(|a| a.quotes.get(i))
    }
}

/// The diff of `d`, whose sources' texts are `texts` (in source order: exclusive sentences are
/// quoted from them).
pub fn diff(d: &Document, texts: &[&str]) -> Diff {
    let st = &d.story;
    let units = texts.iter().map(|t| t.encode_utf16().collect()).collect();
    let s = Sources { d, units };
    let mut out = Diff {
        flags: Vec::new(),
        conflicts: Vec::new(),
        exclusive: Vec::new(),
        agreements: Vec::new(),
    };
    for g in &st.figures {
        match g.relation {
            FigureRelation::Conflict => out.conflicts.push(figure_line(&s, g)),
            FigureRelation::Agree | FigureRelation::Compatible => {
                out.agreements.push(figure_line(&s, g))
            }
            FigureRelation::Single => {}
        }
    }
    for g in &st.quotes {
        let agreed = matches!(
            g.relation,
            QuoteRelation::Identical | QuoteRelation::Shortened
        );
        if g.speakers_differ || g.relation == QuoteRelation::Reworded {
            out.conflicts.push(quote_line(&s, g));
        } else if agreed {
            out.agreements.push(quote_line(&s, g));
        }
    }
    for e in st.entities.iter().filter(|e| !e.flags.is_empty()) {
        out.flags.push(FlagLine {
            flags: e.flags.join(", "),
            text: format!(" {} — also written {}", e.name, e.misspellings.join(", ")),
        });
    }
    for x in &st.exclusive {
        out.exclusive.push(only_here(&s, x));
    }
    out
}

fn figure_line(s: &Sources, g: &FigureGroupDoc) -> GroupLine {
    let mut members = Vec::with_capacity(g.members.len());
    for m in &g.members {
        members.push((s.number(&m.source), s.figure_text(&m.source, m.index)));
    }
    GroupLine {
        kind: GroupKind::Figure,
        key: g.key.clone(),
        relation: g.relation.as_str(),
        body: GroupBody::Figure {
            about: g
                .about
                .clone()
                .unwrap_or_else(|| g.kind.as_str().to_string()),
            members,
            reason: g.reason.clone(),
        },
    }
}

fn quote_line(s: &Sources, g: &QuoteGroupDoc) -> GroupLine {
    let first = g.members.first().and_then(|m| s.quote(&m.source, m.index));
    let who: Vec<String> = (g.members.iter())
        .map(|m| {
            let q = s.quote(&m.source, m.index);
            let sp = q
                .and_then(|q| q.speaker.as_ref())
                .map_or("—", |s| s.name.as_str());
            format!("{}: {sp}", s.number(&m.source))
        })
        .collect();
    GroupLine {
        kind: GroupKind::Quote,
        key: g.key.clone(),
        relation: g.relation.as_str(),
        body: GroupBody::Quote {
            speakers_differ: g.speakers_differ,
            text: first
                .map(|q| q.text.chars().take(80).collect())
                .unwrap_or_default(),
            who: who.join(" · "),
        },
    }
}

fn only_here(s: &Sources, x: &crate::schema::ExclusiveDoc) -> OnlyHere {
    let st = &s.d.story;
    let si = s.index(&x.source);
    let a = s.d.articles.get(si);
    let mut out = OnlyHere {
        source: x.source.clone(),
        number: s.number(&x.source),
        share_line: share_line(s, &x.source),
        names: Vec::new(),
        figures: Vec::new(),
        quotes: Vec::new(),
        sentences: Vec::new(),
    };
    for (k, sp) in x.sentences.iter().enumerate() {
        let nearest = sp.nearest.as_ref().map(|n| {
            let ni = s.index(&n.source);
            NearLine {
                source: ni,
                target: ids::nearest_sentence(ni, n.start),
                number: s.number(&n.source),
                text: s.sentence(ni, n.start, n.end),
            }
        });
        out.sentences.push(OwnLine {
            source: si,
            target: ids::exclusive_sentence(si, k),
            text: s.sentence(si, sp.start, sp.end),
            nearest,
        });
    }
    for k in &x.entities {
        if let Some(e) = st.entities.iter().find(|e| &e.key == k) {
            out.names.push(e.name.clone());
        }
    }
    for &i in &x.figures {
        if let Some(f) = a.and_then(|a| a.figures.get(i)) {
            out.figures.push((si, ids::figure(si, i), f.text.clone()));
        }
    }
    for &i in &x.quotes {
        if let Some(q) = a.and_then(|a| a.quotes.get(i)) {
            out.quotes
                .push((si, ids::quote(si, i), q.text.chars().take(60).collect()));
        }
    }
    out
}

/// "40% of its text is shared copy, with 2 (35%), 3 (5%)", or "no shared copy".
fn share_line(s: &Sources, source: &str) -> String {
    let Some(sh) = s.d.story.shared.iter().find(|x| x.source == source) else {
        return String::new();
    };
    if sh.share > 0.0 {
        let with: Vec<String> = (sh.with.0.iter())
            .map(|(b, v)| format!("{} ({:.0}%)", s.number(b), v * 100.0))
            .collect();
        format!(
            "{:.0}% of its text is shared copy, with {}",
            sh.share * 100.0,
            with.join(", ")
        )
    } else {
        "no shared copy".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conflict_and_what_only_one_source_has() {
        let pairs = [
            (
                "a".to_string(),
                "Officials said 40 people were killed in the attack on Monday.".to_string(),
            ),
            (
                "b".to_string(),
                "Officials said 52 people were killed in the attack on Monday in Kabul."
                    .to_string(),
            ),
        ];
        let d = crate::compare(&pairs).expect("compare");
        let diff = diff(&d, &[]);
        let conflict = diff
            .conflicts
            .iter()
            .find(|g| g.kind == GroupKind::Figure)
            .expect("conflict");
        assert_eq!(conflict.relation, "conflict");
        let GroupBody::Figure { members, .. } = &conflict.body else {
            panic!("figure group")
        };
        assert_eq!(
            members,
            &[
                ("1".to_string(), "40 people".to_string()),
                ("2".to_string(), "52 people".to_string())
            ]
        );
        let b = diff.exclusive.iter().find(|x| x.source == "b").expect("b");
        assert!(b.names.contains(&"Kabul".to_string()), "{b:?}");
        assert_eq!(b.number, "2");
    }
}
