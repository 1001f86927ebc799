//! The side lists of one article: its entities (one line per story key, in order of first
//! mention, with a count), its figures grouped by kind in the order a fact-checker reads them,
//! and its quotes grouped by who said them (headlines and quotes with no speaker last).

use super::ids;
use super::reading::figure_reading;
use crate::figures::FigureKind;
use crate::quotes::QuoteKind;
use crate::schema::ArticleDoc;

/// One entity of the article: the story key, the text of its first mention, its type, how
/// many mentions, and the first mention's jump target.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityLine {
    pub key: String,
    pub text: String,
    pub etype: &'static str,
    pub count: usize,
    pub target: String,
}

/// The figures of one kind.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureSection {
    pub kind: FigureKind,
    pub label: &'static str,
    /// (jump target, text as written, reading).
    pub items: Vec<(String, String, String)>,
}

/// The quotes of one speaker (or "Headlines", "No speaker given").
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteSection {
    pub who: String,
    /// (jump target, kind, text shortened to 90 characters).
    pub items: Vec<(String, QuoteKind, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lists {
    pub entities: Vec<EntityLine>,
    pub figures: Vec<FigureSection>,
    pub figure_count: usize,
    pub quotes: Vec<QuoteSection>,
    pub quote_count: usize,
}

const HEADLINES: &str = "Headlines";
const NO_SPEAKER: &str = "No speaker given";

/// The plural heading of a kind of figure.
pub fn kind_label(k: FigureKind) -> &'static str {
    use FigureKind as K;
    match k {
        K::Count => "Counts",
        K::Percent => "Percentages",
        K::Money => "Money",
        K::Measure => "Measures",
        K::Duration => "Durations",
        K::Age => "Ages",
        K::Date => "Dates",
        K::Weekday => "Weekdays",
        K::Relative => "Relative dates",
        K::Year => "Years",
        K::Ordinal => "Ranks",
    }
}

/// The lists of article `src`.
pub fn lists(src: usize, a: &ArticleDoc) -> Lists {
    Lists {
        entities: entity_lines(src, a),
        figures: figure_sections(src, a),
        figure_count: a.figures.len(),
        quotes: quote_sections(src, a),
        quote_count: a.quotes.len(),
    }
}

fn entity_lines(src: usize, a: &ArticleDoc) -> Vec<EntityLine> {
    let mut out: Vec<EntityLine> = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        match out.iter_mut().find(|l| l.key == e.key) {
            Some(l) => l.count += 1,
            None => out.push(EntityLine {
                key: e.key.clone(),
                text: e.text.clone(),
                etype: e.etype.as_str(),
                count: 1,
                target: ids::entity(src, i),
            }),
        }
    }
    out
}

fn figure_sections(src: usize, a: &ArticleDoc) -> Vec<FigureSection> {
    let mut out = Vec::new();
    for kind in FigureKind::READING_ORDER {
        let mut items = Vec::new();
        for (i, f) in a.figures.iter().enumerate().filter(|(_, f)| f.kind == kind) {
            items.push((ids::figure(src, i), f.text.clone(), figure_reading(f)));
        }
        if !items.is_empty() {
            out.push(FigureSection {
                kind,
                label: kind_label(kind),
                items,
            });
        }
    }
    out
}

fn quote_sections(src: usize, a: &ArticleDoc) -> Vec<QuoteSection> {
    let mut out: Vec<QuoteSection> = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        let who = match (&q.speaker, q.kind) {
            (_, QuoteKind::Headline) => HEADLINES.to_string(),
            (Some(s), _) => s.name.clone(),
            (None, _) => NO_SPEAKER.to_string(),
        };
        let short: String = q.text.chars().take(90).collect();
        let short = if short.len() < q.text.len() {
            format!("{short}…")
        } else {
            short
        };
        let item = (ids::quote(src, i), q.kind, short);
        match out.iter_mut().find(|s| s.who == who) {
            Some(s) => s.items.push(item),
            None => out.push(QuoteSection {
                who,
                items: vec![item],
            }),
        }
    }
    out.sort_by_key(|s| matches!(s.who.as_str(), HEADLINES | NO_SPEAKER));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_a_seed_like_article() {
        let text =
            "Iraqi forces retook al-Qaim.\n\n\"We will win this war,\" said Gen. Ali Mayhoub. \
                    He said 1,500 fighters were left. Mayhoub spoke on Friday. \"Every \
                    militant will be killed,\" the source said. \"'Isolated and encircled'\"";
        let doc = crate::analyze_article("s", text).expect("analysis");
        let l = lists(2, &doc);
        let names: Vec<(&str, usize)> = l
            .entities
            .iter()
            .map(|e| (e.text.as_str(), e.count))
            .collect();
        assert!(names.contains(&("Ali Mayhoub", 2)), "{names:?}");
        assert!(l.entities.iter().all(|e| e.target.starts_with("s2-e")));
        let kinds: Vec<FigureKind> = l.figures.iter().map(|s| s.kind).collect();
        let order = |k: &FigureKind| FigureKind::READING_ORDER.iter().position(|x| x == k);
        assert!(
            kinds.windows(2).all(|w| order(&w[0]) < order(&w[1])),
            "{kinds:?}"
        );
        assert_eq!(
            l.figures.iter().map(|s| s.items.len()).sum::<usize>(),
            l.figure_count
        );
        let whos: Vec<&str> = l.quotes.iter().map(|s| s.who.as_str()).collect();
        assert_eq!(whos.first(), Some(&"Ali Mayhoub"), "{whos:?}");
        assert_eq!(
            l.quotes.iter().map(|s| s.items.len()).sum::<usize>(),
            l.quote_count
        );
    }
}
