//! The view: renders the controller's state into the page. Article text is cut at the UTF-16
//! offsets of the `crossread/1` document — the same offsets a JavaScript consumer gets — and
//! every piece goes in as a text node.

use super::app::{demo_count, State};
use super::dom::{self, El};
use crate::schema::{ArticleDoc, Document, FigureDoc};
use crate::story::{DiffOp, FigureRelation, QuoteRelation};

/// Builds the static skeleton once: header, paste box, the three panes, the story view.
pub fn render_shell(root: &web_sys::Element, draft: &str) {
    let input = El::new("textarea")
        .testid("article-input")
        .attr("id", "article-input")
        .attr(
            "placeholder",
            "Paste the text of an article about the same story, then press Add.",
        )
        .attr("rows", "5");
    if let Some(t) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlTextAreaElement>(&input.0) {
        t.set_value(draft);
    }
    let shell = El::new("div")
        .class("shell")
        .child(
            El::new("header")
                .child(El::new("h1").text("Crossread"))
                .child(El::new("p").class("tagline").text(
                    "How outlets report one story: entities, figures and quotes per source, and what each source has that the others lack. Everything runs in this page; nothing is uploaded.",
                ))
                .child(
                    El::new("div")
                        .class("actions")
                        .child(El::new("button").attr("type", "button").attr("data-action", "demo").testid("load-demo").text("Load demo story"))
                        .child(El::new("button").attr("type", "button").attr("data-action", "clear").testid("clear-story").text("Clear story")),
                ),
        )
        .child(
            El::new("section")
                .class("add")
                .attr("aria-label", "Add an article")
                .child(El::new("label").attr("for", "article-input").text("Add an article"))
                .child(input)
                .child(
                    El::new("div")
                        .class("add-row")
                        .child(El::new("input").attr("type", "text").testid("article-id").attr("placeholder", "Source name (optional)").attr("aria-label", "Source name"))
                        .child(El::new("button").attr("type", "button").attr("data-action", "add").testid("add-article").text("Add"))
                        .child(
                            El::new("label")
                                .class("file")
                                .text("or choose .txt files ")
                                .child(El::new("input").attr("type", "file").attr("accept", ".txt,text/plain").attr("multiple", "").testid("file-input")),
                        )
                        .child(El::new("span").class("hint").text("or drop .txt files anywhere on the page")),
                )
                .child(El::new("p").class("error").attr("role", "alert").testid("error").attr("id", "error")),
        )
        .child(
            El::new("div")
                .class("panes")
                .child(El::new("nav").class("sources").attr("aria-label", "Sources").child(El::new("h2").text("Sources")).child(El::new("ol").testid("source-list").attr("id", "source-list")))
                .child(El::new("section").class("article").testid("article-view").attr("id", "article-view"))
                .child(El::new("aside").class("lists").testid("item-lists").attr("id", "item-lists")),
        )
        .child(El::new("section").class("story").testid("story-view").attr("id", "story-view"));
    dom::replace_children(root, shell);
}

/// Re-renders every dynamic part from the state.
pub fn render(s: &State) {
    if let Some(e) = dom::by_id("error") {
        e.set_text_content(s.error.as_deref());
    }
    let doc = s.doc.as_ref();
    if let Some(list) = dom::by_id("source-list") {
        dom::replace_children(&list, source_list(s, doc));
    }
    let article = doc.and_then(|d| d.articles.get(s.selected));
    let text = s.sources.get(s.selected).map(|a| a.text.as_str());
    if let Some(view) = dom::by_id("article-view") {
        let content = match (article, text) {
            (Some(a), Some(t)) => article_view(s.selected, a, t),
            _ => El::new("div").class("empty").text(&format!(
                "No articles yet. Paste one above, drop .txt files here, or load the demo story ({} articles).",
                demo_count()
            )),
        };
        dom::replace_children(&view, content);
    }
    if let Some(lists) = dom::by_id("item-lists") {
        let content = match article {
            Some(a) => item_lists(s.selected, a),
            None => El::new("div"),
        };
        dom::replace_children(&lists, content);
    }
    if let Some(story) = dom::by_id("story-view") {
        let content = match doc {
            Some(d) => El::new("div")
                .child(diff_view(d, s))
                .child(story_view(d, s.selected)),
            None => El::new("div"),
        };
        dom::replace_children(&story, content);
    }
    if let Some(target) = &s.focus {
        focus(target);
    }
}

fn focus(id: &str) {
    if let Some(el) = dom::by_id(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        let _ = el.class_list().add_1("flash");
        if let Some(h) = dom::as_html(&el) {
            let _ = h.focus();
        }
    }
}

fn source_list(s: &State, doc: Option<&Document>) -> El {
    let items = s.sources.iter().enumerate().map(|(i, src)| {
        let a = doc.and_then(|d| d.articles.get(i));
        let title = a.map(|a| a.title.clone()).unwrap_or_default();
        let counts = a
            .map(|a| {
                format!(
                    "{} entities · {} figures · {} quotes",
                    a.entities.len(),
                    a.figures.len(),
                    a.quotes.len()
                )
            })
            .unwrap_or_default();
        let li = El::new("li")
            .class(if i == s.selected {
                "source selected"
            } else {
                "source"
            })
            .testid("source-item")
            .attr("data-source-id", &src.id)
            .child(
                El::new("button")
                    .attr("type", "button")
                    .class("select")
                    .attr("data-action", "select")
                    .attr("data-index", &i.to_string())
                    .attr(
                        "aria-pressed",
                        if i == s.selected { "true" } else { "false" },
                    )
                    .child(El::new("span").class("num").text(&format!("{}", i + 1)))
                    .child(El::new("span").class("sid").text(&src.id))
                    .child(El::new("span").class("title").text(&title))
                    .child(El::new("span").class("counts").text(&counts)),
            )
            .child(
                El::new("button")
                    .attr("type", "button")
                    .class("remove")
                    .attr("data-action", "remove")
                    .attr("data-index", &i.to_string())
                    .testid("remove-article")
                    .attr("aria-label", &format!("Remove {}", src.id))
                    .attr("title", "Remove this article")
                    .text("×"),
            );
        li
    });
    El::new("div").children(items)
}

/// One highlightable item of the article.
struct Mark {
    start: usize,
    end: usize,
    class: String,
    /// Element id given to the item's first piece (jump target).
    id: String,
    title: Option<String>,
    key: Option<String>,
}

fn figure_reading(f: &FigureDoc) -> String {
    let num = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v:.2}")
        }
    };
    if f.kind == crate::figures::FigureKind::Weekday {
        let day = crate::words::calendar::weekday_name(f.low as u32).unwrap_or_else(|| "?".into());
        return format!("{day} (weekday)");
    }
    if f.kind == crate::figures::FigureKind::Relative {
        let when = crate::figures::relative::describe(f.low, f.unit.unwrap_or("day"));
        return format!("{when} (relative date)");
    }
    if f.kind == crate::figures::FigureKind::Date {
        // dates are stored as yyyymmdd (year 0 when the text gives none); a span of days has
        // two ends ("Feb 7-14")
        let ymd = |v: f64| {
            let d = v as u64;
            let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
            if y == 0 {
                format!("{m:02}-{day:02}")
            } else {
                format!("{y}-{m:02}-{day:02}")
            }
        };
        return if f.low == f.high {
            format!("{} (date)", ymd(f.low))
        } else {
            format!("{} to {} (date)", ymd(f.low), ymd(f.high))
        };
    }
    let value = if f.low == f.high {
        num(f.low)
    } else {
        format!("{}–{}", num(f.low), num(f.high))
    };
    // "1 week", not "1 weeks": time units are plural words
    let unit = f
        .unit
        .map(|u| match u.strip_suffix('s') {
            Some(one) if f.low == 1.0 && f.high == 1.0 && u.len() > 3 => format!(" {one}"),
            _ => format!(" {u}"),
        })
        .unwrap_or_default();
    let about = f
        .about
        .as_ref()
        .map(|a| format!(" {a}"))
        .unwrap_or_default();
    let q = f.qualifier.as_str().replace('_', " ");
    // the SI reading beside the unit as written: "320 km (320000 m)"
    // (a span of time reads best in its own unit: no "(= 5259600 s)")
    let si_unit = f
        .unit
        .filter(|_| f.kind != crate::figures::FigureKind::Duration);
    let si = match si_unit.and_then(|u| crate::figures::units::to_si(f.low, u)) {
        Some((lo, si_unit)) if f.low == f.high => format!(" (= {} {si_unit})", num(lo)),
        Some((lo, si_unit)) => {
            let hi = f
                .unit
                .and_then(|u| crate::figures::units::to_si(f.high, u))
                .map_or(lo, |x| x.0);
            format!(" (= {}–{} {si_unit})", num(lo), num(hi))
        }
        None => String::new(),
    };
    format!("{value}{unit}{about}{si}, {q} ({})", f.kind.as_str())
}

fn marks(src: usize, a: &ArticleDoc) -> Vec<Mark> {
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
            id: format!("s{src}-q{i}"),
            title: Some(format!("Quote ({}) — {who}", q.kind.as_str())),
            key: None,
        });
        if let Some(sp) = &q.speaker {
            m.push(Mark {
                start: sp.start,
                end: sp.end,
                class: "speaker".into(),
                id: format!("s{src}-q{i}-sp"),
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
            id: format!("s{src}-e{i}"),
            title: Some(format!("{} · {}", e.etype.as_str(), e.key)),
            key: Some(e.key.clone()),
        });
    }
    for (i, f) in a.figures.iter().enumerate() {
        m.push(Mark {
            start: f.start,
            end: f.end,
            class: format!("fig fig-{}", f.kind.as_str()),
            id: format!("s{src}-f{i}"),
            title: Some(figure_reading(f)),
            key: None,
        });
    }
    m
}

/// The article's text with every item highlighted in place.
fn article_view(src: usize, a: &ArticleDoc, text: &str) -> El {
    let units: Vec<u16> = text.encode_utf16().collect();
    let ms = marks(src, a);
    // Cut points: every start and end; each piece carries the classes of the marks covering it.
    let mut cuts: Vec<usize> = ms
        .iter()
        .flat_map(|m| [m.start.min(units.len()), m.end.min(units.len())])
        .collect();
    cuts.push(0);
    cuts.push(units.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut by_start: Vec<usize> = (0..ms.len()).collect();
    by_start.sort_by_key(|&i| ms[i].start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut started = vec![false; ms.len()];
    let body = El::new("div")
        .class("text")
        .testid("article-text")
        .attr("lang", "en");
    for w in cuts.windows(2) {
        let (a0, b0) = (w[0], w[1]);
        active.retain(|&i| ms[i].end > a0);
        while next < by_start.len() && ms[by_start[next]].start <= a0 {
            if ms[by_start[next]].end > a0 {
                active.push(by_start[next]);
            }
            next += 1;
        }
        let piece = String::from_utf16_lossy(&units[a0..b0]);
        if active.is_empty() {
            body.push_text(&piece);
            continue;
        }
        let classes: Vec<&str> = active.iter().map(|&i| ms[i].class.as_str()).collect();
        let mut el = El::new("span").class(&classes.join(" "));
        // the innermost (last opened) mark gives the tooltip and the jump id
        if let Some(&inner) = active.iter().max_by_key(|&&i| ms[i].start) {
            if let Some(t) = &ms[inner].title {
                // the reading shows on hover (title) and, for keyboard users, on focus (CSS
                // from data-reading)
                el = el.attr("title", t).attr("data-reading", t);
            }
        }
        for &i in &active {
            if !started[i] {
                started[i] = true;
                // figures take keyboard focus (their reading shows on focus); other marks
                // are focused only by the jump links
                let tab = if ms[i].class.starts_with("fig") {
                    "0"
                } else {
                    "-1"
                };
                el = el.attr("id", &ms[i].id).attr("tabindex", tab);
            }
            if let Some(k) = &ms[i].key {
                el = el.attr("data-key", k);
            }
        }
        body.push(el.text(&piece));
    }
    El::new("div")
        .child(El::new("h2").class("article-title").text(&a.title))
        .child(legend())
        .child(body)
}

fn legend() -> El {
    let item =
        |class: &str, label: &str| El::new("li").child(El::new("span").class(class).text(label));
    El::new("ul")
        .class("legend")
        .testid("legend")
        .child(item("ent ent-PERSON", "person"))
        .child(item("ent ent-ORG", "organisation"))
        .child(item("ent ent-PLACE", "place"))
        .child(item("ent ent-GROUP", "group"))
        .child(item("ent ent-MISC", "other name"))
        .child(item("fig", "figure"))
        .child(item("quote", "quote"))
        .child(item("speaker", "speaker"))
}

fn jump(src: usize, target: &str, label: El) -> El {
    El::new("button")
        .attr("type", "button")
        .class("jump")
        .attr("data-action", "jump")
        .attr("data-index", &src.to_string())
        .attr("data-target", target)
        .child(label)
}

/// Side lists: the article's entities (one line per entity, with its count), figures, quotes.
fn item_lists(src: usize, a: &ArticleDoc) -> El {
    // entities, first mention order, grouped by key
    let mut seen: Vec<(String, String, &'static str, usize, usize)> = Vec::new(); // key, text, type, count, first index
    for (i, e) in a.entities.iter().enumerate() {
        match seen.iter_mut().find(|s| s.0 == e.key) {
            Some(s) => s.3 += 1,
            None => seen.push((e.key.clone(), e.text.clone(), e.etype.as_str(), 1, i)),
        }
    }
    let ents = El::new("ul")
        .testid("entity-list")
        .children(seen.iter().map(|(key, text, ty, n, first)| {
            El::new("li").attr("data-key", key).child(jump(
                src,
                &format!("s{src}-e{first}"),
                El::new("span")
                    .child(El::new("span").class(&format!("ent ent-{ty}")).text(text))
                    .child(El::new("span").class("count").text(&format!(" ×{n}"))),
            ))
        }));
    // figures grouped by kind, in the order a fact-checker reads them
    use crate::figures::FigureKind as K;
    let label = |k: K| match k {
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
    };
    let kinds = K::READING_ORDER.map(|k| (k, label(k)));
    let figs = El::new("div")
        .testid("figure-list")
        .children(kinds.iter().filter_map(|&(kind, label)| {
            let items: Vec<(usize, &FigureDoc)> = a
                .figures
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == kind)
                .collect();
            if items.is_empty() {
                return None;
            }
            Some(
                El::new("section")
                    .class("fig-group")
                    .attr("data-kind", kind.as_str())
                    .child(El::new("h4").text(&format!("{label} ({})", items.len())))
                    .child(El::new("ul").children(items.into_iter().map(|(i, f)| {
                        El::new("li").child(jump(
                            src,
                            &format!("s{src}-f{i}"),
                            El::new("span")
                                .child(El::new("span").class("fig").text(&f.text))
                                .child(
                                    El::new("span")
                                        .class("reading")
                                        .text(&format!(" {}", figure_reading(f))),
                                ),
                        ))
                    }))),
            )
        }));
    // quotes grouped by who said them, in order of each speaker's first quote; headlines and
    // quotes with no speaker after them
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        let who = match (&q.speaker, q.kind) {
            (_, crate::quotes::QuoteKind::Headline) => "Headlines".to_string(),
            (Some(s), _) => s.name.clone(),
            (None, _) => "No speaker given".to_string(),
        };
        match groups.iter_mut().find(|g| g.0 == who) {
            Some(g) => g.1.push(i),
            None => groups.push((who, vec![i])),
        }
    }
    groups.sort_by_key(|g| matches!(g.0.as_str(), "Headlines" | "No speaker given"));
    let quotes = El::new("div")
        .testid("quote-list")
        .children(groups.into_iter().map(|(who, items)| {
            El::new("section")
                .class("quote-group")
                .attr("data-speaker", &who)
                .child(
                    El::new("h4")
                        .child(El::new("strong").class("who").text(&who))
                        .text(&format!(" ({})", items.len())),
                )
                .child(El::new("ul").children(items.into_iter().map(|i| {
                    let q = &a.quotes[i];
                    let short: String = q.text.chars().take(90).collect();
                    let short = if short.len() < q.text.len() {
                        format!("{short}…")
                    } else {
                        short
                    };
                    El::new("li").attr("data-kind", q.kind.as_str()).child(jump(
                        src,
                        &format!("s{src}-q{i}"),
                        El::new("span")
                            .class("quote-text")
                            .text(&format!("“{short}”")),
                    ))
                })))
        }));
    El::new("div")
        .child(El::new("h3").text(&format!("Entities ({})", seen.len())))
        .child(ents)
        .child(El::new("h3").text(&format!("Figures ({})", a.figures.len())))
        .child(figs)
        .child(El::new("h3").text(&format!("Quotes ({})", a.quotes.len())))
        .child(quotes)
}

/// The story view: which source mentions which entity, how often. Entities only one source
/// has are marked, so each source's own material stands out.
fn story_view(d: &Document, selected: usize) -> El {
    let sources = &d.story.sources;
    let head = El::new("tr")
        .child(El::new("th").attr("scope", "col").text("Entity"))
        .child(El::new("th").attr("scope", "col").text("Type"))
        .children(sources.iter().enumerate().map(|(i, s)| {
            El::new("th")
                .attr("scope", "col")
                .attr("title", s)
                .class(if i == selected { "src selected" } else { "src" })
                .child(
                    El::new("button")
                        .attr("type", "button")
                        .attr("data-action", "select")
                        .attr("data-index", &i.to_string())
                        .text(&format!("{}", i + 1)),
                )
        }));
    let rows = d.story.entities.iter().map(|e| {
        let present = e.mentions.0.len();
        let only = present == 1 && sources.len() > 1;
        let mut tr = El::new("tr").attr("data-key", &e.key);
        if only {
            tr = tr.class("only");
        }
        let variants = if e.variants.is_empty() {
            String::new()
        } else {
            format!("also written: {}", e.variants.join(", "))
        };
        tr = tr
            .child(
                El::new("th")
                    .attr("scope", "row")
                    .attr("title", &variants)
                    .child(
                        El::new("span")
                            .class(&format!("ent ent-{}", e.etype.as_str()))
                            .text(&e.name),
                    )
                    .child(
                        El::new("span")
                            .class("variants")
                            .text(if variants.is_empty() { "" } else { " *" }),
                    ),
            )
            .child(El::new("td").class("type").text(e.etype.as_str()));
        for (si, sid) in sources.iter().enumerate() {
            let n = e.mentions.0.iter().find(|(s, _)| s == sid).map(|x| x.1);
            let cell = match n {
                Some(n) => {
                    let first = d
                        .articles
                        .get(si)
                        .and_then(|a| a.entities.iter().position(|m| m.key == e.key));
                    let label = El::new("span").text(&n.to_string());
                    match first {
                        Some(f) => El::new("td").class("has").child(jump(
                            si,
                            &format!("s{si}-e{f}"),
                            label,
                        )),
                        None => El::new("td").class("has").child(label),
                    }
                }
                None => El::new("td")
                    .class("missing")
                    .attr("aria-label", "not mentioned")
                    .text("·"),
            };
            tr = tr.child(cell);
        }
        tr
    });
    let only_counts: Vec<String> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let n = d
                .story
                .entities
                .iter()
                .filter(|e| e.mentions.0.len() == 1 && e.mentions.0[0].0 == *s)
                .count();
            format!("{}: {n}", i + 1)
        })
        .collect();
    El::new("div")
        .child(El::new("h2").text("Story: entities by source"))
        .child(El::new("p").class("note").text(&format!(
            "{} sources, {} entities. Rows shaded are named by one source only (per source — {}). Click a count to see the mentions.",
            sources.len(),
            d.story.entities.len(),
            only_counts.join(", ")
        )))
        .child(El::new("div").class("table-wrap").child(El::new("table").testid("entity-table").child(El::new("thead").child(head)).child(El::new("tbody").children(rows))))
}

/// The story diff a journalist reads in a minute: what conflicts, what only one source has,
/// what sources agree on, which copy they share; any item opens its group side by side.
fn diff_view(d: &Document, s: &State) -> El {
    let st = &d.story;
    let src_index = |id: &str| st.sources.iter().position(|x| x == id).unwrap_or(0);
    let short = |id: &str| format!("{}", src_index(id) + 1);
    let compare_btn = |kind: &str, key: &str, label: El| {
        El::new("button")
            .attr("type", "button")
            .class("group")
            .attr("data-action", "compare")
            .attr("data-kind", kind)
            .attr("data-key", key)
            .child(label)
    };
    let fig_text = |src: &str, i: usize| {
        d.articles
            .get(src_index(src))
            .and_then(|a| a.figures.get(i))
            .map(|f| f.text.clone())
            .unwrap_or_default()
    };
    let quote_of =
        |src: &str, i: usize| d.articles.get(src_index(src)).and_then(|a| a.quotes.get(i));

    let figure_row = |g: &crate::schema::FigureGroupDoc| {
        let label = El::new("span")
            .child(
                El::new("span")
                    .class(&format!("rel rel-{}", g.relation.as_str()))
                    .text(g.relation.as_str()),
            )
            .child(El::new("span").class("about").text(
                &format!(" {} ", g.about.clone().unwrap_or_else(|| g.kind.as_str().to_string())),
            ))
            .children(g.members.iter().map(|m| {
                El::new("span")
                    .class("member")
                    .child(El::new("span").class("src-num").text(&short(&m.source)))
                    .text(&fig_text(&m.source, m.index))
            }));
        // a conflict says itself in one line
        let label = match &g.reason {
            Some(r) => label.child(
                El::new("span")
                    .class("reason")
                    .attr("data-testid", "conflict-reason")
                    .text(r),
            ),
            None => label,
        };
        El::new("li")
            .attr("data-group", &g.key)
            .child(compare_btn("figure", &g.key, label))
    };
    let quote_row = |g: &crate::schema::QuoteGroupDoc| {
        let first = g.members.first().and_then(|m| quote_of(&m.source, m.index));
        let text: String = first
            .map(|q| q.text.chars().take(80).collect())
            .unwrap_or_default();
        let who: Vec<String> = g
            .members
            .iter()
            .map(|m| {
                let sp = quote_of(&m.source, m.index)
                    .and_then(|q| q.speaker.as_ref())
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| "—".into());
                format!("{}: {sp}", short(&m.source))
            })
            .collect();
        let mut label = El::new("span").child(
            El::new("span")
                .class(&format!("rel rel-{}", g.relation.as_str()))
                .text(g.relation.as_str()),
        );
        if g.speakers_differ {
            label = label.child(
                El::new("span")
                    .class("rel rel-conflict")
                    .text("speakers differ"),
            );
        }
        label = label
            .child(
                El::new("span")
                    .class("quote-text")
                    .text(&format!(" “{text}…” ")),
            )
            .child(El::new("span").class("who").text(&who.join(" · ")));
        El::new("li")
            .attr("data-group", &g.key)
            .child(compare_btn("quote", &g.key, label))
    };

    let conflicts = El::new("ul")
        .testid("conflicts")
        .children(
            st.figures
                .iter()
                .filter(|g| g.relation == FigureRelation::Conflict)
                .map(figure_row),
        )
        .children(
            st.quotes
                .iter()
                .filter(|g| g.speakers_differ || g.relation == QuoteRelation::Reworded)
                .map(quote_row),
        );
    let agreements = El::new("ul")
        .testid("agreements")
        .children(
            st.figures
                .iter()
                .filter(|g| {
                    matches!(
                        g.relation,
                        FigureRelation::Agree | FigureRelation::Compatible
                    )
                })
                .map(figure_row),
        )
        .children(
            st.quotes
                .iter()
                .filter(|g| {
                    !g.speakers_differ
                        && matches!(
                            g.relation,
                            QuoteRelation::Identical | QuoteRelation::Shortened
                        )
                })
                .map(quote_row),
        );
    let flagged = st.entities.iter().filter(|e| !e.flags.is_empty()).map(|e| {
        El::new("li")
            .child(
                El::new("span")
                    .class("rel rel-conflict")
                    .text(&e.flags.join(", ")),
            )
            .text(&format!(
                " {} — also written {}",
                e.name,
                e.misspellings.join(", ")
            ))
    });
    let exclusive = El::new("div")
        .class("exclusive")
        .testid("exclusive")
        .children(st.exclusive.iter().map(|x| {
            let si = src_index(&x.source);
            let a = d.articles.get(si);
            let names: Vec<String> = x
                .entities
                .iter()
                .filter_map(|k| st.entities.iter().find(|e| &e.key == k))
                .map(|e| e.name.clone())
                .collect();
            let figs = x.figures.iter().filter_map(|&i| {
                a.and_then(|a| a.figures.get(i))
                    .map(|f| (i, f.text.clone()))
            });
            let quotes = x.quotes.iter().filter_map(|&i| {
                a.and_then(|a| a.quotes.get(i))
                    .map(|q| (i, q.text.chars().take(60).collect::<String>()))
            });
            let share = st.shared.iter().find(|s| s.source == x.source);
            let share_line = share
                .map(|s| {
                    let with: Vec<String> = s
                        .with
                        .0
                        .iter()
                        .map(|(b, v)| format!("{} ({:.0}%)", short(b), v * 100.0))
                        .collect();
                    if s.share > 0.0 {
                        format!(
                            "{:.0}% of its text is shared copy, with {}",
                            s.share * 100.0,
                            with.join(", ")
                        )
                    } else {
                        "no shared copy".to_string()
                    }
                })
                .unwrap_or_default();
            El::new("section")
                .class("only")
                .attr("data-source-id", &x.source)
                .child(
                    El::new("h4")
                        .child(El::new("span").class("src-num").text(&short(&x.source)))
                        .text(&format!(" {}", x.source)),
                )
                .child(El::new("p").class("note").text(&share_line))
                .child(
                    El::new("p")
                        .child(El::new("strong").text("Only here: "))
                        .text(if names.is_empty() {
                            "no entity of its own"
                        } else {
                            ""
                        })
                        .text(&names.join(", ")),
                )
                .child(El::new("ul").children(figs.map(|(i, t)| {
                    El::new("li").child(jump(
                        si,
                        &format!("s{si}-f{i}"),
                        El::new("span").class("fig").text(&t),
                    ))
                })))
                .child(El::new("ul").children(quotes.map(|(i, t)| {
                    El::new("li").child(jump(
                        si,
                        &format!("s{si}-q{i}"),
                        El::new("span").class("quote").text(&format!("“{t}…”")),
                    ))
                })))
        }));
    let mut root = El::new("div").class("diff").testid("diff-view");
    if let Some((kind, key)) = &s.compare {
        root = root.child(compare_view(d, kind, key, &s.sources));
    }
    root.child(El::new("h2").text("Where sources differ"))
        .child(
            El::new("ul")
                .class("flags")
                .testid("entity-flags")
                .children(flagged),
        )
        .child(conflicts)
        .child(El::new("h2").text("What only one source has"))
        .child(exclusive)
        .child(El::new("h2").text("What sources agree on"))
        .child(agreements)
}

/// One group's members side by side, each in its context, with a link into the full text.
fn compare_view(d: &Document, kind: &str, key: &str, sources: &[super::app::Source]) -> El {
    let st = &d.story;
    let src_index = |id: &str| st.sources.iter().position(|x| x == id);
    // (source index, start, end, target element id, diff)
    let mut members: Vec<(usize, usize, usize, String, Vec<DiffOp>)> = Vec::new();
    match kind {
        "figure" => {
            if let Some(g) = st.figures.iter().find(|g| g.key == key) {
                for m in &g.members {
                    if let Some((si, f)) = src_index(&m.source)
                        .and_then(|si| d.articles.get(si)?.figures.get(m.index).map(|f| (si, f)))
                    {
                        members.push((
                            si,
                            f.start,
                            f.end,
                            format!("s{si}-f{}", m.index),
                            Vec::new(),
                        ));
                    }
                }
            }
        }
        "quote" => {
            if let Some(g) = st.quotes.iter().find(|g| g.key == key) {
                for m in &g.members {
                    if let Some((si, q)) = src_index(&m.source)
                        .and_then(|si| d.articles.get(si)?.quotes.get(m.index).map(|q| (si, q)))
                    {
                        members.push((
                            si,
                            q.start,
                            q.end,
                            format!("s{si}-q{}", m.index),
                            m.diff.clone(),
                        ));
                    }
                }
            }
        }
        _ => {}
    }
    let cols = members.into_iter().map(|(si, start, end, target, diff)| {
        let text = sources.get(si).map(|x| x.text.as_str()).unwrap_or("");
        let units: Vec<u16> = text.encode_utf16().collect();
        let (end, start) = (end.min(units.len()), start.min(units.len()));
        // context: the paragraph around the item, at most 240 code units each side
        let mut a = start.saturating_sub(240);
        if let Some(p) = units[a..start].iter().rposition(|&u| u == b'\n' as u16) {
            a += p + 1;
        }
        let mut b = (end + 240).min(units.len());
        if let Some(p) = units[end..b].iter().position(|&u| u == b'\n' as u16) {
            b = end + p;
        }
        let mut col = El::new("div")
            .class("col")
            .child(El::new("h4").text(&format!(
                "{} · {}",
                si + 1,
                d.story.sources.get(si).cloned().unwrap_or_default()
            )))
            .child(
                El::new("p")
                    .class("context")
                    .text(&String::from_utf16_lossy(&units[a..start]))
                    .child(El::new("mark").text(&String::from_utf16_lossy(&units[start..end])))
                    .text(&String::from_utf16_lossy(&units[end..b])),
            );
        if !diff.is_empty() {
            col = col.child(
                El::new("p")
                    .class("diff-words")
                    .testid("word-diff")
                    .children(diff.iter().map(|op| match op {
                        DiffOp::Same(t) => El::new("span").text(&format!("{t} ")),
                        DiffOp::Added(t) => El::new("ins").text(&format!("{t} ")),
                        DiffOp::Removed(t) => El::new("del").text(&format!("{t} ")),
                    })),
            );
        }
        col.child(jump(
            si,
            &target,
            El::new("span").text("Show in the full text"),
        ))
    });
    El::new("section")
        .class("compare")
        .testid("compare-view")
        .attr("id", "compare-view")
        .attr("tabindex", "-1")
        .child(El::new("h2").text(&format!("Side by side: {kind} group {key}")))
        .child(El::new("div").class("cols").children(cols))
}
