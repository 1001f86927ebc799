//! An article's text cut into the pieces the page shows: every entity, figure, quote and
//! speaker is a mark over a UTF-16 range of the text (the offsets of the `crossread/1`
//! document), and the text is cut at every mark's ends so that each piece carries the classes of
//! the marks covering it. The view turns each piece into a text node or a span.

use super::ids;
use super::reading::figure_reading;
use crate::schema::ArticleDoc;

/// One highlightable item of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub class: String,
    /// Element id given to the item's first piece (jump target).
    pub id: String,
    pub title: Option<String>,
    pub key: Option<String>,
}

/// A run of text under the same marks.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Piece {
    pub text: String,
    /// The classes of the marks covering it, space-separated; empty for plain text.
    pub class: String,
    /// The tooltip and reading of the innermost (last opened) mark.
    pub title: Option<String>,
    /// The id of a mark that starts here (its jump target) and its tab index: figures take
    /// keyboard focus (their reading shows on focus), other marks only by the jump links.
    pub id: Option<(String, &'static str)>,
    /// The story key of a covering mark (entity or speaker).
    pub key: Option<String>,
}

/// The marks of article `src`: its quotes and their speakers, entities and figures.
pub fn marks(src: usize, a: &ArticleDoc) -> Vec<Mark> {
    let mut m = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        let who = q
            .speaker
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_else(|| "no speaker found".into());
        m.push(Mark {
            start: q.start,
            end: q.end,
            class: format!("quote quote-{}", q.kind.as_str()),
            id: ids::quote(src, i),
            title: Some(format!("Quote ({}) — {who}", q.kind.as_str())),
            key: None,
        });
        if let Some(sp) = &q.speaker {
            m.push(Mark {
                start: sp.start,
                end: sp.end,
                class: "speaker".into(),
                id: ids::speaker(src, i),
                title: Some(format!("Speaker: {}", sp.name)),
                key: sp.key.clone(),
            });
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        m.push(Mark {
            start: e.start,
            end: e.end,
            class: format!("ent ent-{}", e.etype.as_str()),
            id: ids::entity(src, i),
            title: Some(format!("{} · {}", e.etype.as_str(), e.key)),
            key: Some(e.key.clone()),
        });
    }
    for (i, f) in a.figures.iter().enumerate() {
        m.push(Mark {
            start: f.start,
            end: f.end,
            class: format!("fig fig-{}", f.kind.as_str()),
            id: ids::figure(src, i),
            title: Some(figure_reading(f)),
            key: None,
        });
    }
    m
}

/// `text` cut at every end of `ms` (UTF-16 offsets, clamped to the text): the pieces in order,
/// which together are the whole text.
pub fn pieces(text: &str, ms: &[Mark]) -> Vec<Piece> {
    pieces_cut(text, ms, &[])
}

/// [`pieces`], cut also at each offset of `more` (where the view inserts something).
pub fn pieces_cut(text: &str, ms: &[Mark], more: &[usize]) -> Vec<Piece> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut cuts: Vec<usize> = ms
        .iter()
        .flat_map(|m| [m.start.min(units.len()), m.end.min(units.len())])
        .chain(more.iter().map(|&c| c.min(units.len())))
        .chain([0, units.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut by_start: Vec<usize> = (0..ms.len()).collect();
    by_start.sort_by_key(|&i| ms[i].start);
    let (mut next, mut started) = (0, vec![false; ms.len()]);
    let mut active: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&i| ms[i].end > a);
        while next < by_start.len() && ms[by_start[next]].start <= a {
            if ms[by_start[next]].end > a {
                active.push(by_start[next]);
            }
            next += 1;
        }
        let mut piece = Piece {
            text: String::from_utf16_lossy(&units[a..b]),
            ..Piece::default()
        };
        if !active.is_empty() {
            let classes: Vec<&str> = active.iter().map(|&i| ms[i].class.as_str()).collect();
            piece.class = classes.join(" ");
            let inner = active.iter().max_by_key(|&&i| ms[i].start);
            piece.title = inner.and_then(|&i| ms[i].title.clone());
            for &i in &active {
                if !started[i] {
                    started[i] = true;
                    let tab = if ms[i].class.starts_with("fig") {
                        "0"
                    } else {
                        "-1"
                    };
                    piece.id = Some((ms[i].id.clone(), tab));
                }
                if let Some(k) = &ms[i].key {
                    piece.key = Some(k.clone());
                }
            }
        }
        out.push(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, class: &str, id: &str) -> Mark {
        Mark {
            start,
            end,
            class: class.into(),
            id: id.into(),
            title: Some(id.to_uppercase()),
            key: None,
        }
    }

    #[test]
    fn pieces_cover_the_text_and_carry_their_marks() {
        // "Mayhoub said 96 percent": an entity, a figure; an emoji counts two UTF-16 units
        let text = "😀 Mayhoub said 96 percent";
        let ms = [
            mark(3, 10, "ent ent-PERSON", "s0-e0"),
            mark(16, 26, "fig fig-percent", "s0-f0"),
        ];
        let ps = pieces(text, &ms);
        let joined: String = ps.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        let marked: Vec<(&str, &str, Option<(&str, &str)>)> = ps
            .iter()
            .filter(|p| !p.class.is_empty())
            .map(|p| {
                (
                    p.text.as_str(),
                    p.class.as_str(),
                    p.id.as_ref().map(|(i, t)| (i.as_str(), *t)),
                )
            })
            .collect();
        assert_eq!(
            marked,
            [
                ("Mayhoub", "ent ent-PERSON", Some(("s0-e0", "-1"))),
                ("96 percent", "fig fig-percent", Some(("s0-f0", "0"))),
            ]
        );
    }

    #[test]
    fn nested_marks_split_the_outer_one_and_the_inner_titles_it() {
        let text = "\"We will win,\" said Gen. Ali Mayhoub";
        let ms = [mark(0, 36, "quote", "q"), mark(25, 36, "speaker", "sp")];
        let ps = pieces(text, &ms);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].id, Some(("q".into(), "-1")));
        assert_eq!(
            (ps[1].class.as_str(), ps[1].title.as_deref()),
            ("quote speaker", Some("SP"))
        );
        assert_eq!(ps[1].id, Some(("sp".into(), "-1")));
    }

    #[test]
    fn extra_cuts_split_a_piece_and_keep_its_marks() {
        let ps = pieces_cut("Mayhoub said so.", &[mark(0, 16, "quote", "q")], &[7, 40]);
        let got: Vec<(&str, &str)> = ps
            .iter()
            .map(|p| (p.text.as_str(), p.class.as_str()))
            .collect();
        assert_eq!(got, [("Mayhoub", "quote"), (" said so.", "quote")]);
        assert_eq!(ps[1].id, None, "the mark's id stays on its first piece");
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let ps = pieces("short", &[mark(2, 99, "ent", "e")]);
        let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["sh", "ort"]);
    }
}
