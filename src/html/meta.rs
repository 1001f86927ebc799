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
        .map(decoded)
        .filter(|s| !s.is_empty() && !s.starts_with("http"))
        .collect()
}

/// Text with its white space collapsed (attribute values and element text are decoded by the
/// tree already).
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A JSON-LD string as text: publishers write HTML references in it ("Q&amp;A"), which the
/// tree leaves alone inside a script.
fn decoded(s: &str) -> String {
    clean(&super::entities::decode(s))
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

/// The headline as the page prints it: the first `h1` that shares at least half its words with
/// a title the page declares (so a logo in an `h1` is passed over). Pages often give search and
/// social cards a different headline from the one readers see.
fn on_page_headline(tree: &Tree, declared: &[String]) -> Option<String> {
    let words =
        |s: &str| -> Vec<String> { s.split_whitespace().map(|w| w.to_lowercase()).collect() };
    let h1 = first_text(tree, tree.elements("h1"))?;
    let mine = words(&h1);
    if mine.is_empty() || mine.len() > 40 {
        return None;
    }
    let shared = |d: &String| {
        let theirs = words(d);
        mine.iter().filter(|w| theirs.contains(w)).count() * 2 >= mine.len()
    };
    declared.iter().any(shared).then_some(h1)
}

/// Whether a declared author reads as a person's or desk's name, not an account's login
/// ("kevin-r", "jdadmin"): it has a space or starts with a capital.
fn is_person_name(name: &str) -> bool {
    name.contains(' ') || name.starts_with(char::is_uppercase)
}

/// A byline element: `rel="author"`, `itemprop="author"` or a class or id naming a byline,
/// else one with a class or id word `author`; its text when short enough to be a byline.
fn byline_element(tree: &Tree) -> Option<String> {
    let strong = |id: NodeId| {
        tree.attr(id, "rel") == Some("author")
            || tree.attr(id, "itemprop") == Some("author")
            || super::clean::names(tree, id).contains("byline")
    };
    let weak = |id: NodeId| {
        let n = super::clean::names(tree, id);
        n.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "author")
    };
    let short = |t: &String| t.chars().count() <= 100;
    first_text(tree, (1..tree.nodes.len()).filter(|&id| strong(id)))
        .filter(short)
        .or_else(|| first_text(tree, (1..tree.nodes.len()).filter(|&id| weak(id))).filter(short))
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
            .find_map(|a| a.get(key).and_then(Value::as_str).map(decoded))
    };
    let ld_names = |key: &str| {
        ld.iter()
            .map(|a| a.get(key).map(names_of).unwrap_or_default())
            .find(|v| !v.is_empty())
    };

    // The name the site gives itself for sharing comes first: JSON-LD's publisher is often the
    // desk or the parent company ("DH News Service" for the Deccan Herald).
    let site = tag(&["og:site_name"])
        .or_else(|| ld_names("publisher").and_then(|v| v.into_iter().next()))
        .or_else(|| tag(&["application-name", "twitter:site"]))
        .map(|s| {
            s.split(" | ")
                .next()
                .unwrap_or("")
                .trim_start_matches('@')
                .to_string()
        })
        .unwrap_or_default();
    let declared: Vec<String> = [
        ld_field("headline"),
        tag(&["og:title"]),
        tag(&["twitter:title"]),
        tag(&["headline"]),
        first_text(tree, tree.elements("title")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let title = on_page_headline(tree, &declared)
        .or_else(|| declared.first().cloned())
        .map(|t| cut_site(&t, &site))
        .unwrap_or_default();
    let byline = ld_names("author")
        .map(|v| {
            v.into_iter()
                .filter(|n| is_person_name(n))
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
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

    /// Title, byline, date and site read from `html`.
    fn fields(html: &str) -> [String; 4] {
        let m = super::read(&Tree::parse(html));
        [m.title, m.byline, m.date, m.site]
    }

    #[test]
    fn reads_declared_fields() {
        let html = r#"<html><head><title>Quake hits coast | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet">
            <meta name="author" content="By Lois Lane">
            <meta property="article:published_time" content="2019-11-19T12:00:00Z">
            </head><body><h1>Quake hits the coast</h1></body></html>"#;
        assert_eq!(
            fields(html),
            [
                "Quake hits the coast",
                "Lois Lane",
                "2019-11-19T12:00:00Z",
                "Daily Planet"
            ]
        );
    }

    #[test]
    fn json_ld_comes_first_and_the_printed_headline_wins() {
        let html = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"NewsArticle","headline":"Rates rise again","datePublished":"2020-01-02",
             "author":[{"@type":"Person","name":"Ann Bell"},{"@type":"Person","name":"Bo Chan"},{"@type":"Person","name":"kevin-r"}],
             "publisher":{"@type":"Organization","name":"The Ledger"}}]}</script>
            <title>Something else - The Ledger</title><h1>Rates rise</h1>"#;
        assert_eq!(
            fields(html),
            [
                "Rates rise",
                "Ann Bell, Bo Chan",
                "2020-01-02",
                "The Ledger"
            ]
        );
        // A logo in the h1 shares no words with any declared title: the declared one stands.
        let logo = r#"<meta property="og:title" content="Rates rise again"><meta property="og:site_name" content="The Ledger | Money | Markets"><h1>The Ledger</h1>"#;
        assert_eq!(fields(logo), ["Rates rise again", "", "", "The Ledger"]);
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
