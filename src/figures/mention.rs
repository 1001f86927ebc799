//! What the figure readers find: a [`FigureMention`], its [`FigureKind`] and [`Qualifier`]. A
//! module of their own so that every reader and the extractor in `figures/mod.rs` share them
//! without a reader importing the module that imports it.

use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Percent,
    Measure,
    Money,
    Age,
    Ordinal,
    Year,
    Date,
    Duration,
    /// A day of the week, 1–7 (Monday 1).
    Weekday,
    /// A time named from the day of writing ("last week"): its offset in its unit.
    Relative,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    LessThan,
    UpTo,
    AtLeast,
    Nearly,
}

impl FigureKind {
    /// Every kind, in the order a fact-checker reads them (the page's figure list).
    pub const READING_ORDER: [FigureKind; 11] = [
        FigureKind::Count,
        FigureKind::Percent,
        FigureKind::Money,
        FigureKind::Measure,
        FigureKind::Duration,
        FigureKind::Age,
        FigureKind::Date,
        FigureKind::Weekday,
        FigureKind::Relative,
        FigureKind::Year,
        FigureKind::Ordinal,
    ];

    /// The schema name ("count", "percent", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Measure => "measure",
            FigureKind::Money => "money",
            FigureKind::Age => "age",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Year => "year",
            FigureKind::Date => "date",
            FigureKind::Duration => "duration",
            FigureKind::Weekday => "weekday",
            FigureKind::Relative => "relative",
        }
    }
}

impl Qualifier {
    /// The schema name ("exact", "more_than", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::AtLeast => "at_least",
            Qualifier::Nearly => "nearly",
        }
    }
}

/// One figure, as a span of the normalised text.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureMention {
    pub span: Span,
    pub kind: FigureKind,
    pub low: f64,
    pub high: f64,
    /// Normalised unit: "%", "km", "km2", "mi", "mi2", "m", "kg", "t", "USD", "GBP", "EUR", "years".
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    /// What is counted or measured ("fighters", "cruise missiles", "west of Baghdad").
    pub about: Option<String>,
    /// The event or state its clause reports: a casualty event by its one name ("killed",
    /// "injured", "arrested": [`super::event`]), else the verb governing it as written ("fell",
    /// "signed": [`super::clause`]).
    pub event: Option<Cow<'static, str>>,
    /// The time its clause places it at ("thursday", "in 2014", "so far", "initially").
    pub time: Option<String>,
}
