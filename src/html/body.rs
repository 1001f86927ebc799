//! Finds the article body: the element whose paragraphs carry the most prose, and the siblings
//! that continue it.
//!
//! This is Mozilla Readability's content scoring (Readability.js `_grabArticle`): each paragraph
//! of 25 characters or more scores 1, plus one per comma, plus one per 100 characters (at most
//! 3), and gives that score to its parent, half to its grandparent and a third of a level to
//! ancestors above; each ancestor starts from a base by tag and the weight of its class and id;
//! scores are scaled by the share of text that is not link text. The best element, moved up to
//! an ancestor that several near-best candidates share, is the body, with the siblings that
//! score at least a fifth of it and the prose paragraphs next to it. Inside, tables, lists and
//! divs that read as link lists, galleries or forms are removed (Readability's
//! `_cleanConditionally`).

use super::clean::{class_weight, Pass};
use super::stats::Stats;
use super::tree::{Data, NodeId, Tree};

/// Tags scored as paragraphs (Readability's `DEFAULT_TAGS_TO_SCORE`, less headings, which carry
/// no prose of their own).
const SCORED: &[&str] = &["p", "pre", "td", "blockquote"];

/// Readability's `_initializeNode`: a start score by tag.
fn tag_base(name: &str) -> f32 {
    match name {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Whether `id` is read as a paragraph: a scored tag, or a `div` with no block inside.
fn paragraph_like(tree: &Tree, stats: &[Stats], id: NodeId) -> bool {
    let name = tree.name(id);
    SCORED.contains(&name) || (name == "div" && !stats[id].block)
}

/// Each element's content score (`None` where nothing was given).
fn scores(tree: &Tree, dropped: &[bool], stats: &[Stats], pass: Pass) -> Vec<Option<f32>> {
    let mut score: Vec<Option<f32>> = vec![None; tree.nodes.len()];
    for id in 1..tree.nodes.len() {
        if dropped[id] {
            continue;
        }
        let s = &stats[id];
        // A paragraph element, or the loose text of a block (a paragraph without `<p>`, whose
        // parent is the block itself: Readability wraps such text in a `p` before scoring).
        let (chars, commas, first) = if paragraph_like(tree, stats, id) {
            (s.chars, s.commas, tree.nodes[id].parent)
        } else {
            (s.own_chars, s.own_commas, id)
        };
        if chars < 25 || first == 0 {
            continue;
        }
        let own = 1.0 + commas as f32 + (chars / 100).min(3) as f32;
        let chain = std::iter::once(first).chain(tree.ancestors(first));
        for (level, a) in chain.take(5).enumerate() {
            if matches!(tree.name(a), "" | "html" | "body") {
                break;
            }
            let base = score[a]
                .get_or_insert_with(|| tag_base(tree.name(a)) + class_weight(tree, a, pass));
            *base += match level {
                0 => own,
                1 => own / 2.0,
                l => own / (l as f32 * 3.0),
            };
        }
    }
    for (id, s) in score.iter_mut().enumerate() {
        if let Some(v) = s {
            *v *= 1.0 - stats[id].link_density();
        }
    }
    score
}

/// The best-scoring element, moved to the ancestor most near-best candidates share
/// (Readability: "alternative candidate ancestors", then climbing while the parent scores well).
fn top(tree: &Tree, score: &[Option<f32>]) -> Option<NodeId> {
    let mut ranked: Vec<(NodeId, f32)> = score
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|v| (i, v)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let &(mut best, best_score) = ranked.first()?;
    let near: Vec<NodeId> = ranked[1..]
        .iter()
        .take(4)
        .filter(|(_, s)| *s >= best_score * 0.75)
        .map(|c| c.0)
        .collect();
    if near.len() >= 3 {
        if let Some(a) = tree.ancestors(best).find(|&a| {
            near.iter()
                .filter(|&&c| tree.ancestors(c).any(|x| x == a))
                .count()
                >= 3
        }) {
            best = a;
        }
    }
    let mut last = score[best].unwrap_or(0.0);
    let threshold = last / 3.0;
    for parent in tree.ancestors(best).collect::<Vec<_>>() {
        let Some(ps) = score[parent] else { continue };
        if ps < threshold {
            break;
        }
        if ps > last {
            best = parent;
            break;
        }
        last = ps;
    }
    while let [only] = element_children(tree, tree.nodes[best].parent)[..] {
        if only != best
            || tree.nodes[best].parent == 0
            || tree.name(tree.nodes[best].parent) == "body"
        {
            break;
        }
        best = tree.nodes[best].parent;
    }
    Some(best)
}

fn element_children(tree: &Tree, id: NodeId) -> Vec<NodeId> {
    tree.nodes[id]
        .children
        .iter()
        .copied()
        .filter(|&c| match &tree.nodes[c].data {
            Data::Element { .. } => true,
            Data::Text(t) => !t.trim().is_empty(),
            Data::Root => false,
        })
        .collect()
}

/// Characters of prose under each element: paragraphs of 25 characters or more that are
/// mostly not link text.
fn prose(tree: &Tree, dropped: &[bool], stats: &[Stats]) -> Vec<u32> {
    let mut out = vec![0u32; tree.nodes.len()];
    for id in (1..tree.nodes.len()).rev() {
        if dropped[id] {
            continue;
        }
        let s = &stats[id];
        if tree.name(id) == "p" && s.chars >= 25 && s.link_density() < 0.25 {
            out[id] = s.chars;
        }
        let parent = tree.nodes[id].parent;
        out[parent] += out[id];
    }
    out
}

/// The best element, widened to an ancestor when the article runs on in twins of it: an
/// article split into sections between figures or ads is often a row of containers with the
/// same tag and a content class (Readability's positive names: content, article, post...), each scored apart, and the best one alone loses the rest. Climbs (up to
/// six levels) to the nearest ancestor whose twins of the best (same tag, class and depth) hold at least half again as much
/// prose as the best; a "most popular" box below the article has other classes and stays out.
fn widen(tree: &Tree, dropped: &[bool], stats: &[Stats], best: NodeId, pass: Pass) -> NodeId {
    let class = match tree.attr(best, "class") {
        Some(c) if class_weight(tree, best, pass) > 0.0 => c,
        _ => return best,
    };
    let prose = prose(tree, dropped, stats);
    let name = tree.name(best);
    let depth = |id: NodeId| tree.ancestors(id).count();
    let level = depth(best);
    let twin = |id: NodeId| {
        tree.name(id) == name && tree.attr(id, "class") == Some(class) && depth(id) == level
    };
    for a in tree.ancestors(best).take(6) {
        if matches!(tree.name(a), "body" | "html") {
            break;
        }
        let twins: u32 = tree
            .descendants(a)
            .into_iter()
            .filter(|&d| !dropped[d] && twin(d))
            .map(|d| prose[d])
            .sum();
        if twins as f32 >= 1.5 * prose[best] as f32 {
            return a;
        }
    }
    best
}

/// Whether a sibling paragraph continues the article (Readability's sibling test for `p`).
fn prose_sibling(tree: &Tree, stats: &[Stats], id: NodeId) -> bool {
    if tree.name(id) != "p" {
        return false;
    }
    let s = &stats[id];
    let density = s.link_density();
    if s.chars > 80 {
        return density < 0.25;
    }
    let text = tree.text(id);
    let t = text.trim_end();
    s.chars > 0 && density == 0.0 && (t.ends_with('.') || t.contains(". "))
}

/// The body's top-level nodes: the best element and the siblings that continue it.
pub fn find(tree: &Tree, dropped: &[bool], stats: &[Stats], pass: Pass) -> Vec<NodeId> {
    let score = scores(tree, dropped, stats, pass);
    let Some(best) = top(tree, &score) else {
        return Vec::new();
    };
    let best = widen(tree, dropped, stats, best, pass);
    let best_score = score[best].unwrap_or(0.0);
    let threshold = (best_score * 0.2).max(10.0);
    let parent = tree.nodes[best].parent;
    if parent == 0 || tree.name(parent) == "html" {
        return vec![best];
    }
    let best_class = tree.attr(best, "class").unwrap_or("");
    tree.nodes[parent]
        .children
        .iter()
        .copied()
        .filter(|&c| !dropped[c])
        .filter(|&c| {
            if c == best {
                return true;
            }
            let bonus = match tree.attr(c, "class") {
                Some(k) if !k.is_empty() && k == best_class => best_score * 0.2,
                _ => 0.0,
            };
            score[c].is_some_and(|s| s + bonus >= threshold) || prose_sibling(tree, stats, c)
        })
        .collect()
}

/// Marks, below the body, the elements Readability's conditional cleaning removes: lists,
/// tables and blocks that read as link lists, image galleries, forms or embeds rather than prose.
pub fn prune(tree: &Tree, roots: &[NodeId], dropped: &mut [bool], stats: &[Stats], pass: Pass) {
    for &root in roots {
        for id in tree.descendants(root) {
            if id == root || dropped[id] {
                continue;
            }
            if junk(tree, stats, id, pass) {
                for d in tree.descendants(id) {
                    dropped[d] = true;
                }
            }
        }
    }
}

/// Readability's `_cleanConditionally` test for one element.
fn junk(tree: &Tree, stats: &[Stats], id: NodeId, pass: Pass) -> bool {
    let name = tree.name(id);
    if matches!(name, "h1") {
        return true;
    }
    // A list or block made mostly of links (a menu, a tag cloud, "read more") is never prose,
    // whatever the pass.
    if matches!(name, "ul" | "ol" | "div" | "nav" | "table")
        && stats[id].commas < 10
        && stats[id].link_density() > 0.5
    {
        return true;
    }
    if !pass.clean_conditionally {
        return false;
    }
    if matches!(name, "h2" | "h3" | "h4" | "h5" | "h6") {
        return class_weight(tree, id, pass) < 0.0 || stats[id].link_density() > 0.33;
    }
    if !matches!(name, "table" | "ul" | "ol" | "div" | "section") {
        return false;
    }
    let s = &stats[id];
    let weight = class_weight(tree, id, pass);
    if weight < 0.0 {
        return true;
    }
    if s.commas >= 10 {
        return false;
    }
    let density = s.link_density();
    let list = matches!(name, "ul" | "ol");
    (s.img > 1 && (s.p as f32) / (s.img as f32) < 0.5)
        || (!list && s.li > s.p + 100)
        || (s.input as f32 > (s.p as f32 / 3.0).floor())
        || (!list && s.chars < 25 && (s.img == 0 || s.img > 2))
        || (weight < 25.0 && density > 0.2 && s.chars > 0 && !list)
        || (list && density > 0.5)
        || (weight >= 25.0 && density > 0.5)
        || (s.embed == 1 && s.chars < 75 || s.embed > 1)
}
