//! The page's state and the messages that change it, as plain Rust: the controller
//! (`src/web/app.rs`) keeps one [`State`], turns clicks and files into [`Msg`]s, and after
//! [`State::update`] saves and re-renders. Nothing here touches the browser, so every
//! transition is tested natively.

use super::action::GroupKind;
use crate::schema::Document;
use serde::{Deserialize, Serialize};

/// The demo story: the five seed articles, carried in the build (file names are source ids).
const DEMO: &[(&str, &str)] = &[
    (
        "000_3db61b1766599d43",
        include_str!("../../www/demo/000_3db61b1766599d43.txt"),
    ),
    (
        "001_037639a6d901256c",
        include_str!("../../www/demo/001_037639a6d901256c.txt"),
    ),
    (
        "002_95f8806dc18b240a",
        include_str!("../../www/demo/002_95f8806dc18b240a.txt"),
    ),
    (
        "003_5b3775f35aba45e2",
        include_str!("../../www/demo/003_5b3775f35aba45e2.txt"),
    ),
    (
        "004_7accc43c01826d1b",
        include_str!("../../www/demo/004_7accc43c01826d1b.txt"),
    ),
];

/// One article the user added, as saved in the browser.
#[derive(Clone, Serialize, Deserialize, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub text: String,
}

#[derive(Default)]
pub struct State {
    pub sources: Vec<Source>,
    pub selected: usize,
    pub doc: Option<Document>,
    /// A message for the user (bad input), shown until the next successful action.
    pub error: Option<String>,
    /// Element id to scroll to after rendering.
    pub focus: Option<String>,
    /// The story group shown side by side.
    pub compare: Option<(GroupKind, String)>,
    /// The two sources read side by side (story order); the first two when unset.
    pub pair: Option<(usize, usize)>,
    /// The link made by "Share link" (`#s=...`, to append to the page's address).
    pub share: Option<String>,
    /// The story a shared link replaced, until the user restores it or changes the story.
    pub set_aside: Option<Vec<Source>>,
    /// While the story is analysed (in the page's worker): how many articles.
    pub busy: Option<usize>,
    /// How many of them the worker has tagged so far.
    pub done: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Add {
        id: Option<String>,
        text: String,
    },
    /// Files read (or not): each readable one is added under its name; each unreadable one
    /// gets a line naming it, and the rest still load.
    AddFiles(Vec<Result<crate::intake::Intake, String>>),
    /// Adds source `id`, or replaces its text when it exists (a host page's `crossread:add`).
    Put {
        id: String,
        text: String,
    },
    /// Removes the source named `id` (a host page's `crossread:remove`).
    RemoveId(String),
    /// A new name for a source (made unique among the others).
    Rename(usize, String),
    Remove(usize),
    Select(usize),
    Clear,
    LoadDemo,
    /// Select a source and bring one of its items into view.
    Jump {
        source: usize,
        target: String,
    },
    Error(String),
    /// Show one story group's members side by side.
    Compare {
        kind: GroupKind,
        key: String,
    },
    /// Read sources `left` and `right` side by side.
    Pair {
        left: usize,
        right: usize,
    },
    /// Make a shareable link of the story (or say why not).
    Share,
    /// Open the story a shared link carries, setting the current one aside.
    OpenShared(Vec<Source>),
    /// Bring back the story set aside by a shared link.
    Restore,
}

/// The demo story's articles.
pub fn demo_sources() -> Vec<Source> {
    DEMO.iter()
        .map(|(id, text)| Source {
            id: id.to_string(),
            text: text.to_string(),
        })
        .collect()
}

/// How many articles the demo story has (the empty page says so).
pub fn demo_count() -> usize {
    DEMO.len()
}

impl State {
    /// Applies a message. Returns whether the articles changed, after which the story is
    /// analysed again ([`State::reanalyse`]) and the articles saved.
    pub fn update(&mut self, msg: Msg) -> bool {
        self.error = None;
        self.focus = None;
        let keeps_aside = matches!(
            msg,
            Msg::OpenShared(_)
                | Msg::Select(_)
                | Msg::Jump { .. }
                | Msg::Compare { .. }
                | Msg::Pair { .. }
                | Msg::Share
        );
        let changed = self.apply(msg);
        if changed {
            self.compare = None;
            self.share = None;
            self.pair = None;
        }
        if !keeps_aside {
            self.set_aside = None;
        }
        changed
    }

    fn apply(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::Add { id, text } => self.add(id, text),
            Msg::AddFiles(files) => self.add_files(files),
            Msg::Put { id, text } => match self.sources.iter().position(|s| s.id == id) {
                Some(i) if self.acceptable(&text) => {
                    self.sources[i].text = text;
                    self.selected = i;
                    true
                }
                Some(_) => false,
                None => self.add(Some(id), text),
            },
            Msg::RemoveId(id) => match self.sources.iter().position(|s| s.id == id) {
                Some(i) => self.apply(Msg::Remove(i)),
                None => false,
            },
            Msg::Rename(i, name) => self.rename(i, name),
            Msg::Remove(i) if i < self.sources.len() => {
                self.sources.remove(i);
                if self.selected >= self.sources.len() {
                    self.selected = self.sources.len().saturating_sub(1);
                }
                true
            }
            Msg::Remove(_) => false,
            Msg::Select(i) => {
                if i < self.sources.len() {
                    self.selected = i;
                }
                false
            }
            Msg::Clear => {
                self.sources.clear();
                self.selected = 0;
                true
            }
            Msg::LoadDemo => {
                self.sources = demo_sources();
                self.selected = 0;
                true
            }
            Msg::Jump { source, target } => {
                if source < self.sources.len() {
                    self.selected = source;
                    self.focus = Some(target);
                }
                false
            }
            Msg::Error(e) => {
                self.error = Some(e);
                false
            }
            Msg::Compare { kind, key } => {
                self.compare = Some((kind, key));
                self.focus = Some(super::ids::COMPARE_VIEW.into());
                false
            }
            Msg::Pair { left, right } => {
                let n = self.sources.len();
                if left < n && right < n && left != right {
                    self.pair = Some((left, right));
                }
                false
            }
            Msg::Share => {
                match super::share::encode(&self.sources) {
                    Ok(link) => self.share = Some(link),
                    Err(e) => self.error = Some(e),
                }
                false
            }
            Msg::OpenShared(sources) => {
                let previous = std::mem::replace(&mut self.sources, sources);
                self.set_aside =
                    (!previous.is_empty() && previous != self.sources).then_some(previous);
                self.selected = 0;
                true
            }
            Msg::Restore => match self.set_aside.take() {
                Some(previous) => {
                    self.sources = previous;
                    self.selected = 0;
                    true
                }
                None => false,
            },
        }
    }

    /// The two sources read side by side: the chosen pair, or the first two.
    pub fn pair(&self) -> Option<(usize, usize)> {
        self.pair.or((self.sources.len() >= 2).then_some((0, 1)))
    }

    /// Whether `text` can be an article; if not, says why.
    fn acceptable(&mut self, text: &str) -> bool {
        if text.trim().is_empty() {
            self.error = Some("Paste an article's text first.".into());
            return false;
        }
        if text.len() > crate::analysis::MAX_ARTICLE_BYTES {
            self.error = Some(format!(
                "That text is {} KB; an article may be at most {} KB.",
                text.len() / 1000,
                crate::analysis::MAX_ARTICLE_BYTES / 1000
            ));
            return false;
        }
        true
    }

    fn add(&mut self, id: Option<String>, text: String) -> bool {
        if !self.acceptable(&text) {
            return false;
        }
        let id = unique_id(&self.sources, id.unwrap_or_else(|| "pasted".into()));
        self.sources.push(Source { id, text });
        self.selected = self.sources.len() - 1;
        true
    }

    fn add_files(&mut self, files: Vec<Result<crate::intake::Intake, String>>) -> bool {
        let mut problems = Vec::new();
        let mut added = false;
        for f in files {
            match f {
                Ok(a) => {
                    if self.add(Some(a.name), a.text) {
                        added = true;
                    } else if let Some(e) = self.error.take() {
                        problems.push(e);
                    }
                }
                Err(e) => problems.push(e),
            }
        }
        self.error = (!problems.is_empty()).then(|| problems.join("\n"));
        added
    }

    fn rename(&mut self, i: usize, name: String) -> bool {
        let name = name.trim().to_string();
        let Some(current) = self.sources.get(i).map(|s| s.id.clone()) else {
            return false;
        };
        if name.is_empty() || name == current {
            return false;
        }
        let others: Vec<Source> = self
            .sources
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, s)| s.clone())
            .collect();
        let id = unique_id(&others, name);
        let changed = id != current;
        self.sources[i].id = id;
        changed
    }

    /// Analyses the sources as one story, here and now (none: no document; an error: said to
    /// the user). The page does the same in its worker: [`State::begin_analysis`], then
    /// [`State::finish_analysis`] with the worker's answer.
    pub fn reanalyse(&mut self) {
        if self.begin_analysis() {
            self.finish_analysis(crate::compare(&self.articles()).map_err(|e| e.to_string()));
        }
    }

    /// Starts an analysis: the old document goes (its offsets belong to the old texts) and the
    /// page is busy. Returns whether there is anything to analyse.
    pub fn begin_analysis(&mut self) -> bool {
        self.doc = None;
        self.done = 0;
        self.busy = (!self.sources.is_empty()).then_some(self.sources.len());
        self.busy.is_some()
    }

    /// The sources as (id, text) pairs, as [`crate::compare`] takes them.
    pub fn articles(&self) -> Vec<(String, String)> {
        self.sources
            .iter()
            .map(|a| (a.id.clone(), a.text.clone()))
            .collect()
    }

    /// The line that says how far the analysis is ("Analysing 37 of 200 articles…").
    pub fn busy_line(&self) -> Option<String> {
        let n = self.busy?;
        let plural = if n == 1 { "" } else { "s" };
        Some(match self.done {
            0 => format!("Analysing {n} article{plural}…"),
            d => format!("Analysing {d} of {n} article{plural}…"),
        })
    }

    /// Takes an analysis's result.
    pub fn finish_analysis(&mut self, result: Result<Document, String>) {
        self.busy = None;
        match result {
            Ok(doc) => self.doc = Some(doc),
            Err(e) => {
                self.doc = None;
                self.error = Some(e);
            }
        }
    }
}

/// A source id not yet used: the name itself, else "name-2", "name-3", ...
fn unique_id(sources: &[Source], base: String) -> String {
    let base = if base.trim().is_empty() {
        "article".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while sources.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(s: &mut State, id: Option<&str>, text: &str) -> bool {
        s.update(Msg::Add {
            id: id.map(str::to_string),
            text: text.into(),
        })
    }

    #[test]
    fn adding_names_sources_uniquely_and_refuses_empty_text() {
        let mut s = State::default();
        assert!(!add(&mut s, None, "  \n"));
        assert!(s.error.is_some());
        assert!(add(&mut s, None, "One."));
        assert!(add(&mut s, None, "Two."));
        assert!(add(&mut s, Some(" "), "Three."));
        let ids: Vec<&str> = s.sources.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["pasted", "pasted-2", "article"]);
        assert_eq!((s.selected, s.error.as_deref()), (2, None));
    }

    #[test]
    fn files_load_with_a_line_for_each_unreadable_one() {
        use crate::intake::Intake;
        let mut s = State::default();
        let ok = |n: &str| {
            Ok(Intake {
                name: n.into(),
                text: "Troops took the town.".into(),
            })
        };
        assert!(s.update(Msg::AddFiles(vec![
            ok("The Courier"),
            Err("photo.jpg is not an article (.txt, .md, .html or .htm).".into()),
            ok("The Courier"),
            Ok(Intake {
                name: "blank".into(),
                text: " ".into()
            }),
        ])));
        let ids: Vec<&str> = s.sources.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["The Courier", "The Courier-2"]);
        let error = s.error.clone().unwrap();
        assert_eq!(error.lines().count(), 2, "{error}");
        assert!(error.starts_with("photo.jpg"), "{error}");
        // A rename keeps names unique; an empty or unchanged name changes nothing.
        assert!(!s.update(Msg::Rename(1, " The Courier ".into())));
        assert!(s.update(Msg::Rename(1, "Reuters".into())));
        assert!(!s.update(Msg::Rename(1, "  ".into())));
        assert!(!s.update(Msg::Rename(9, "x".into())));
        let ids: Vec<&str> = s.sources.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["The Courier", "Reuters"]);
    }

    #[test]
    fn a_host_puts_and_removes_sources_by_id() {
        let mut s = State::default();
        let put = |s: &mut State, id: &str, text: &str| {
            s.update(Msg::Put {
                id: id.into(),
                text: text.into(),
            })
        };
        assert!(put(&mut s, "a", "First text."));
        assert!(put(&mut s, "b", "Second text."));
        assert!(put(&mut s, "a", "First text, revised."));
        let got: Vec<(&str, &str)> = s
            .sources
            .iter()
            .map(|x| (x.id.as_str(), x.text.as_str()))
            .collect();
        assert_eq!(got, [("a", "First text, revised."), ("b", "Second text.")]);
        assert!(!put(&mut s, "a", " "));
        assert!(s.error.is_some());
        assert!(s.update(Msg::RemoveId("a".into())));
        assert!(!s.update(Msg::RemoveId("zz".into())));
        assert_eq!(s.sources.len(), 1);
    }

    #[test]
    fn a_shared_link_sets_the_story_aside_until_restored() {
        let mut s = State {
            sources: demo_sources(),
            ..State::default()
        };
        assert!(!s.update(Msg::Share));
        let link = s.share.clone().unwrap();
        let mut other = State::default();
        add(&mut other, Some("mine"), "My own draft story.");
        let shared = super::super::share::decode(&link).unwrap().unwrap();
        assert!(other.update(Msg::OpenShared(shared)));
        assert_eq!(other.sources, demo_sources());
        assert!(other.set_aside.is_some());
        other.update(Msg::Select(2));
        assert!(other.update(Msg::Restore));
        assert_eq!(other.sources.len(), 1);
        assert_eq!(other.set_aside, None);
        // Any change to the story drops what was set aside.
        assert!(other.update(Msg::OpenShared(demo_sources())));
        add(&mut other, None, "Another text.");
        assert!(!other.update(Msg::Restore));
    }

    #[test]
    fn an_analysis_says_how_far_it_is() {
        let mut s = State {
            sources: demo_sources(),
            ..State::default()
        };
        assert!(s.begin_analysis());
        assert_eq!(s.busy_line().as_deref(), Some("Analysing 5 articles…"));
        s.done = 2;
        assert_eq!(s.busy_line().as_deref(), Some("Analysing 2 of 5 articles…"));
        s.finish_analysis(Err("broken".into()));
        assert_eq!((s.busy_line(), s.error.as_deref()), (None, Some("broken")));
    }

    #[test]
    fn removing_keeps_the_selection_in_range_and_clears_the_comparison() {
        let mut s = State {
            sources: demo_sources(),
            selected: 4,
            ..State::default()
        };
        s.update(Msg::Compare {
            kind: GroupKind::Figure,
            key: "g1".into(),
        });
        assert_eq!(s.focus.as_deref(), Some(super::super::ids::COMPARE_VIEW));
        assert!(s.update(Msg::Remove(4)));
        assert_eq!((s.selected, s.compare.is_none()), (3, true));
        assert!(!s.update(Msg::Remove(9)));
        assert!(!s.update(Msg::Select(7)));
        assert_eq!(s.selected, 3);
    }

    #[test]
    fn a_jump_selects_the_source_and_focuses_the_item() {
        let mut s = State {
            sources: demo_sources(),
            ..State::default()
        };
        assert!(!s.update(Msg::Jump {
            source: 2,
            target: "s2-f1".into()
        }));
        assert_eq!((s.selected, s.focus.as_deref()), (2, Some("s2-f1")));
        s.update(Msg::Jump {
            source: 9,
            target: "s9-f1".into(),
        });
        assert_eq!((s.selected, s.focus), (2, None));
    }

    #[test]
    fn too_long_an_article_is_refused_with_its_size() {
        let mut s = State::default();
        let text = "word ".repeat(crate::analysis::MAX_ARTICLE_BYTES / 5 + 1);
        assert!(!add(&mut s, None, &text));
        assert!(s.error.as_deref().is_some_and(|e| e.contains("KB")));
        assert!(s.sources.is_empty());
    }
}
