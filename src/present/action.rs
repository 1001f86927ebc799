//! What a click on the page asks for. The view writes an [`Action`] into an element's data
//! attributes ([`Action::write_attrs`]); the controller reads it back from the element clicked
//! ([`Action::read`]) and turns it into a message. One enum, so the strings the two sides agree
//! on live here and nowhere else.

use super::export::Table;

/// A kind of story group that can be shown side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    Figure,
    Quote,
    /// Sentences of several sources that make one statement (`story.alignments`).
    Statement,
}

impl GroupKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Figure => "figure",
            GroupKind::Quote => "quote",
            GroupKind::Statement => "statement",
        }
    }

    pub fn parse(s: &str) -> Option<GroupKind> {
        match s {
            "figure" => Some(GroupKind::Figure),
            "quote" => Some(GroupKind::Quote),
            "statement" => Some(GroupKind::Statement),
            _ => None,
        }
    }
}

/// What a download holds: the story document as JSON, or one of its tables as CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Json,
    Csv(Table),
}

impl Export {
    pub const ALL: [Export; 4] = [
        Export::Json,
        Export::Csv(Table::Entities),
        Export::Csv(Table::Figures),
        Export::Csv(Table::Quotes),
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Export::Json => "json",
            Export::Csv(t) => t.as_str(),
        }
    }

    pub fn parse(s: &str) -> Option<Export> {
        Export::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// The file name a download gets.
    pub fn file_name(self) -> &'static str {
        match self {
            Export::Json => "crossread-story.json",
            Export::Csv(t) => t.file_name(),
        }
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Export::Json => "application/json",
            Export::Csv(_) => "text/csv;charset=utf-8",
        }
    }

    /// The button's label.
    pub fn label(self) -> &'static str {
        match self {
            Export::Json => "story (JSON)",
            Export::Csv(Table::Entities) => "entities (CSV)",
            Export::Csv(Table::Figures) => "figures (CSV)",
            Export::Csv(Table::Quotes) => "quotes (CSV)",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Add the pasted text as a source.
    Add,
    /// Replace the story with the demo story.
    Demo,
    /// Remove every source.
    Clear,
    /// Show source `i`.
    Select(usize),
    /// Remove source `i`.
    Remove(usize),
    /// Show source `source` and bring element `target` into view.
    Jump { source: usize, target: String },
    /// Show one story group's members side by side.
    Compare { kind: GroupKind, key: String },
    /// Read sources `left` and `right` side by side.
    Pair { left: usize, right: usize },
    /// Download the story or one of its tables.
    Export(Export),
    /// Make a link that carries the story's texts.
    Share,
    /// Bring back the story a shared link set aside.
    Restore,
}

/// The attribute that names an action; the others carry its arguments.
pub const ACTION: &str = "data-action";

impl Action {
    /// Writes the data attributes that carry this action on an element through `set` (name,
    /// value).
    pub fn write_attrs(&self, set: &mut dyn FnMut(&'static str, &str)) {
        let (name, index) = match self {
            Action::Add => ("add", None),
            Action::Demo => ("demo", None),
            Action::Clear => ("clear", None),
            Action::Select(i) => ("select", Some(*i)),
            Action::Remove(i) => ("remove", Some(*i)),
            Action::Jump { source, target } => {
                set("data-target", target);
                ("jump", Some(*source))
            }
            Action::Compare { kind, key } => {
                set("data-kind", kind.as_str());
                set("data-key", key);
                ("compare", None)
            }
            Action::Pair { left, right } => {
                set("data-right", &right.to_string());
                ("pair", Some(*left))
            }
            Action::Export(e) => {
                set("data-export", e.as_str());
                ("export", None)
            }
            Action::Share => ("share", None),
            Action::Restore => ("restore", None),
        };
        set(ACTION, name);
        if let Some(i) = index {
            set("data-index", &i.to_string());
        }
    }

    /// The action an element carries, read through `attr` (an attribute's value by name);
    /// `None` when it carries none or a malformed one.
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> Option<Action> {
        let index = || attr("data-index")?.parse::<usize>().ok();
        Some(match attr(ACTION)?.as_str() {
            "add" => Action::Add,
            "demo" => Action::Demo,
            "clear" => Action::Clear,
            "select" => Action::Select(index()?),
            "remove" => Action::Remove(index()?),
            "jump" => Action::Jump {
                source: index()?,
                target: attr("data-target").unwrap_or_default(),
            },
            "compare" => Action::Compare {
                kind: GroupKind::parse(&attr("data-kind")?)?,
                key: attr("data-key").unwrap_or_default(),
            },
            "pair" => Action::Pair {
                left: index()?,
                right: attr("data-right")?.parse().ok()?,
            },
            "export" => Action::Export(Export::parse(&attr("data-export")?)?),
            "share" => Action::Share,
            "restore" => Action::Restore,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(attrs: &[(&str, &str)]) -> Option<Action> {
        Action::read(|k| attrs.iter().find(|a| a.0 == k).map(|a| a.1.to_string()))
    }

    #[test]
    fn every_action_reads_back_from_its_attributes() {
        let all = [
            Action::Add,
            Action::Demo,
            Action::Clear,
            Action::Select(3),
            Action::Remove(0),
            Action::Jump {
                source: 2,
                target: "s2-f7".into(),
            },
            Action::Compare {
                kind: GroupKind::Quote,
                key: "q4".into(),
            },
            Action::Pair { left: 2, right: 0 },
            Action::Compare {
                kind: GroupKind::Statement,
                key: "a3".into(),
            },
            Action::Export(Export::Json),
            Action::Export(Export::Csv(Table::Quotes)),
            Action::Share,
            Action::Restore,
        ];
        for a in all {
            let mut attrs: Vec<(&str, String)> = Vec::new();
            a.write_attrs(&mut |k, v| attrs.push((k, v.to_string())));
            let got = Action::read(|k| attrs.iter().find(|x| x.0 == k).map(|x| x.1.clone()));
            assert_eq!(got, Some(a));
        }
    }

    #[rustfmt::skip]
    #[test]
    fn malformed_attributes_are_no_action() {
        for attrs in [
            &[][..],
            &[("data-action", "select")],
            &[("data-action", "remove"), ("data-index", "x")],
            &[("data-action", "compare"), ("data-kind", "passage"), ("data-key", "p1")],
            &[("data-action", "launch")],
            &[("data-action", "pair"), ("data-index", "1")],
            &[("data-action", "export"), ("data-export", "passages")],
        ] {
            assert_eq!(read(attrs), None, "{attrs:?}");
        }
    }
}
