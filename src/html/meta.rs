//! A page's headline, byline, date and site name, from what publishers declare for search
//! engines and social cards, then from the page itself.
//!
//! Order of trust, per field: schema.org JSON-LD (`NewsArticle` and kin: `headline`, `author`,
//! `datePublished`, `publisher`), Open Graph (`og:title`, `og:site_name`,
//! `article:published_time`), other common meta names (`author`, `byl`, `parsely-*`,
//! `sailthru.*`, Dublin Core), then the page: the first `h1`, `rel="author"` or a byline class,
//! the first `<time datetime>`, and the `<title>` with its " | Site" tail cut.

use super::json::Value;
use super::tree::{NodeId, Tree};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    pub byline: String,
    pub date: String,
    pub site: String,
}

/// The `content` of `<meta>` tags, by their `property`, `name` or `itemprop` (lower-cased).
fn meta_tags(tree: &Tree) -> Vec<(String, String)> {
    tree.elements("meta")
        .filter_map(|m| {
            let key = ["property", "name", "itemprop"]
                .iter()
                .find_map(|k| tree.attr(m, k))?;
            let content = tree.attr(m, "content")?.trim();
            (!content.is_empty()).then(|| (key.to_ascii_lowercase(), content.to_string()))
        })
        .collect()
}

/// The schema.org objects of the page's JSON-LD blocks that describe an article.
fn articles(tree: &Tree) -> Vec<Value> {
    let mut out = Vec::new();
    for s in tree.elements("script") {
        if !tree
            .attr(s, "type")
            .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
        {
            continue;
        }
        let Some(v) = Value::parse(&tree.text(s)) else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(_) => {
                    if let Some(g) = v.get("@graph") {
                        stack.push(g.clone());
                    }
                    let is_article = v.get("@type").is_some_and(|t| {
                        t.items()
                            .iter()
                            .filter_map(Value::as_str)
                            .any(|t| t.ends_with("Article") || t == "BlogPosting" || t == "Report")
                    });
                    if is_article {
                        out.push(v);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// A JSON-LD person or organisation field as text: its `name`, or the string itself.
fn names_of(v: &Value) -> Vec<String> {
    v.items()
        .iter()
        .filter_map(|x| x.as_str().or_else(|| x.get("name").and_then(Value::as_str)))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && !s.starts_with("http"))
        .collect()
}

fn clean(s: &str) -> String {
    let text = super::entities::decode(s);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "By Jo Li and Sam Roe" → "Jo Li and Sam Roe".
fn strip_by(s: &str) -> String {
    let t = s.trim();
    let cut = ["By ", "by ", "BY "].iter().find_map(|p| t.strip_prefix(p));
    cut.unwrap_or(t).trim().to_string()
}

/// The title without a trailing " | Site" or " - Site" part (the site part is short, or is the
/// site name).
fn cut_site(title: &str, site: &str) -> String {
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
        if let Some(at) = title.rfind(sep) {
            let (head, tail) = (&title[..at], &title[at + sep.len()..]);
            let short =
                tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3;
            if short || (!site.is_empty() && tail.eq_ignore_ascii_case(site)) {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

fn first_text(tree: &Tree, ids: impl Iterator<Item = NodeId>) -> Option<String> {
    ids.map(|id| clean(&tree.text(id))).find(|t| !t.is_empty())
}

/// A byline element: `rel="author"`, `itemprop="author"` or a class or id naming a byline.
fn byline_element(tree: &Tree) -> Option<String> {
    let hits = (1..tree.nodes.len()).filter(|&id| {
        let n = super::clean::names(tree, id);
        tree.attr(id, "rel") == Some("author")
            || tree.attr(id, "itemprop") == Some("author")
            || n.contains("byline")
    });
    first_text(tree, hits).filter(|t| t.chars().count() <= 100)
}

/// The page's headline, byline, date and site name ("" where none is found).
pub fn read(tree: &Tree) -> Meta {
    let tags = meta_tags(tree);
    let tag = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| tags.iter().find(|(n, _)| n == k).map(|(_, v)| clean(v)))
    };
    let ld = articles(tree);
    let ld_field = |key: &str| {
        ld.iter()
            .find_map(|a| a.get(key).and_then(Value::as_str).map(clean))
    };
    let ld_names = |key: &str| {
        ld.iter()
            .map(|a| a.get(key).map(names_of).unwrap_or_default())
            .find(|v| !v.is_empty())
    };

    let site = ld_names("publisher")
        .and_then(|v| v.into_iter().next())
        .or_else(|| tag(&["og:site_name", "application-name", "twitter:site"]))
        .map(|s| s.trim_start_matches('@').to_string())
        .unwrap_or_default();
    let h1 = first_text(tree, tree.elements("h1"));
    let title = ld_field("headline")
        .or_else(|| tag(&["og:title", "twitter:title", "headline"]))
        .or(h1)
        .or_else(|| first_text(tree, tree.elements("title")))
        .map(|t| cut_site(&t, &site))
        .unwrap_or_default();
    let byline = ld_names("author")
        .map(|v| v.join(", "))
        .or_else(|| {
            tag(&[
                "author",
                "byl",
                "parsely-author",
                "sailthru.author",
                "dc.creator",
                "article:author",
            ])
            .filter(|a| !a.starts_with("http"))
        })
        .or_else(|| byline_element(tree))
        .map(|b| strip_by(&b))
        .unwrap_or_default();
    let date = ld_field("datePublished")
        .or_else(|| {
            tag(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "parsely-pub-date",
                "sailthru.date",
            ])
        })
        .or_else(|| {
            tree.elements("time")
                .find_map(|t| tree.attr(t, "datetime").map(clean))
        })
        .unwrap_or_default();
    Meta {
        title,
        byline,
        date,
        site,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::Tree;

    #[test]
    fn reads_declared_fields() {
        let html = r#"<html><head><title>Quake hits coast | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet">
            <meta name="author" content="By Lois Lane">
            <meta property="article:published_time" content="2019-11-19T12:00:00Z">
            </head><body><h1>Quake hits the coast</h1></body></html>"#;
        let m = super::read(&Tree::parse(html));
        assert_eq!(
            (
                m.title.as_str(),
                m.byline.as_str(),
                m.date.as_str(),
                m.site.as_str()
            ),
            (
                "Quake hits the coast",
                "Lois Lane",
                "2019-11-19T12:00:00Z",
                "Daily Planet"
            )
        );
    }

    #[test]
    fn json_ld_comes_first() {
        let html = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"NewsArticle","headline":"Rates rise again","datePublished":"2020-01-02",
             "author":[{"@type":"Person","name":"Ann Bell"},{"@type":"Person","name":"Bo Chan"}],
             "publisher":{"@type":"Organization","name":"The Ledger"}}]}</script>
            <title>Something else - The Ledger</title><h1>Rates rise</h1>"#;
        let m = super::read(&Tree::parse(html));
        assert_eq!(
            (
                m.title.as_str(),
                m.byline.as_str(),
                m.date.as_str(),
                m.site.as_str()
            ),
            (
                "Rates rise again",
                "Ann Bell, Bo Chan",
                "2020-01-02",
                "The Ledger"
            )
        );
    }

    #[test]
    fn title_tail_is_cut_only_when_it_is_the_site() {
        assert_eq!(
            super::cut_site("Quake hits coast | Daily Planet", ""),
            "Quake hits coast"
        );
        assert_eq!(
            super::cut_site("Q&A - a long subtitle that goes on and on", ""),
            "Q&A - a long subtitle that goes on and on"
        );
    }
}
