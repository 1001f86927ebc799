//! The view: builds the DOM from what [`crate::present`] says the page shows. Article text is
//! cut at the UTF-16 offsets of the `crossread/1` document — the same offsets a JavaScript
//! consumer gets — and every piece goes in as a text node.

use super::dom::{self, El};
use crate::present::action::{Action, Export, GroupKind};
use crate::present::state::{demo_count, State};
use crate::present::{article, compare, diff, ids, lists, side, story};
use crate::schema::{ArticleDoc, Document};
use crate::story::DiffOp;

fn button(a: Action, testid: &str, label: &str) -> El {
    El::new("button")
        .attr("type", "button")
        .action(&a)
        .testid(testid)
        .text(label)
}

/// Builds the static skeleton once: header, paste box, the three panes, the story view.
pub fn render_shell(root: &web_sys::Element, draft: &str) {
    let header = El::new("header")
        .child(El::new("h1").text("Crossread"))
        .child(El::new("p").class("tagline").text(
            "How outlets report one story: entities, figures and quotes per source, and what each source has that the others lack. Everything runs in this page; nothing is uploaded.",
        ))
        .child(
            El::new("div")
                .class("actions")
                .child(button(Action::Demo, "load-demo", "Load demo story"))
                .child(button(Action::Clear, "clear-story", "Clear story")),
        );
    let panes = El::new("div")
        .class("panes")
        .attr("id", ids::PANES)
        .child(
            El::new("nav")
                .class("sources")
                .attr("aria-label", "Sources")
                .child(El::new("h2").text("Sources"))
                .child(El::new("div").attr("id", ids::SOURCE_LIST)),
        )
        .child(
            El::new("section")
                .class("article")
                .testid("article-view")
                .attr("id", ids::ARTICLE_VIEW),
        )
        .child(
            El::new("aside")
                .class("lists")
                .testid("item-lists")
                .attr("id", ids::ITEM_LISTS),
        );
    // The story comes first: where the sources differ is what the page opens on; the sources
    // and their full texts follow, one click away through the page's own links.
    let skip = El::new("nav")
        .class("skip")
        .attr("aria-label", "Views")
        .child(
            El::new("a")
                .attr("href", &format!("#{}", ids::STORY_VIEW))
                .text("Where sources differ"),
        )
        .child(
            El::new("a")
                .attr("href", &format!("#{}", ids::PANES))
                .text("Sources and texts"),
        );
    let shell = El::new("div")
        .class("shell")
        .child(header)
        .child(add_section(draft))
        .child(skip)
        .child(
            El::new("section")
                .class("story")
                .testid("story-view")
                .attr("aria-label", "Where sources differ")
                .attr("id", ids::STORY_VIEW),
        )
        .child(panes);
    dom::replace_children(root, shell);
}

/// The paste box (holding the saved draft), the source name, the file picker, the error line.
fn add_section(draft: &str) -> El {
    let input = El::new("textarea")
        .testid("article-input")
        .attr("id", ids::ARTICLE_INPUT)
        .attr(
            "placeholder",
            "Paste the text of an article about the same story, then press Add.",
        )
        .attr("rows", "5");
    dom::set_value(&input.0, draft);
    let name = El::new("input")
        .attr("type", "text")
        .testid("article-id")
        .attr("placeholder", "Source name (optional)")
        .attr("aria-label", "Source name");
    let picker = El::new("input")
        .attr("type", "file")
        .attr(
            "accept",
            ".txt,.md,.html,.htm,text/plain,text/markdown,text/html",
        )
        .attr("multiple", "")
        .testid("file-input");
    let add_row = El::new("div")
        .class("add-row")
        .child(name)
        .child(button(Action::Add, "add-article", "Add"))
        .child(
            El::new("label")
                .class("file")
                .text("or choose files (.txt, .md, .html) ")
                .child(picker),
        )
        .child(
            El::new("span")
                .class("hint")
                .text("or drop files or saved web pages anywhere on the page"),
        );
    El::new("section")
        .class("add")
        .attr("aria-label", "Add an article")
        .child(
            El::new("label")
                .attr("for", ids::ARTICLE_INPUT)
                .text("Add an article"),
        )
        .child(input)
        .child(add_row)
        .child(
            El::new("p")
                .class("error")
                .attr("role", "alert")
                .testid("error")
                .attr("id", ids::ERROR),
        )
        .child(
            El::new("div")
                .attr("id", ids::NOTICE)
                .attr("role", "status"),
        )
}

/// Re-renders every dynamic part from the state.
pub fn render(s: &State) {
    if let Some(e) = dom::by_id(ids::ERROR) {
        e.set_text_content(s.error.as_deref());
    }
    if let Some(n) = dom::by_id(ids::NOTICE) {
        dom::replace_children(&n, notice(s));
    }
    let doc = s.doc.as_ref();
    let fill = |id: &str, content: El| {
        if let Some(el) = dom::by_id(id) {
            dom::replace_children(&el, content);
        }
    };
    fill(ids::SOURCE_LIST, source_list(s, doc));
    let article = doc.and_then(|d| d.articles.get(s.selected));
    let text = s.sources.get(s.selected).map(|a| a.text.as_str());
    fill(
        ids::ARTICLE_VIEW,
        match (article, text) {
            (Some(a), Some(t)) => article_view(
                s.selected,
                a,
                t,
                doc.map(|d| compare::statement_ends(d, s.selected))
                    .unwrap_or_default(),
                doc.map(|d| compare::sentence_anchors(d, s.selected))
                    .unwrap_or_default(),
            ),
            _ => El::new("div").class("empty").text(&format!(
                "No articles yet. Paste one above, drop text files or saved web pages here, or load the demo story ({} articles).",
                demo_count()
            )),
        },
    );
    fill(
        ids::ITEM_LISTS,
        article.map_or_else(|| El::new("div"), |a| item_lists(s.selected, a)),
    );
    if let Some(app) = dom::by_id(ids::APP) {
        let _ = match s.busy {
            Some(_) => app.set_attribute("data-busy", "true"),
            None => app.remove_attribute("data-busy"),
        };
    }
    let busy = s.busy.map(|n| {
        El::new("p")
            .class("busy")
            .attr("role", "status")
            .testid("busy")
            .child(El::new("progress").attr("aria-label", "Analysing"))
            .text(&format!(
                " Analysing {n} article{}…",
                if n == 1 { "" } else { "s" }
            ))
    });
    fill(
        ids::STORY_VIEW,
        doc.map_or_else(
            || busy.unwrap_or_else(|| El::new("div")),
            |d| {
                El::new("div")
                    .child(exports())
                    .child(diff_view(d, s))
                    .child(side_view(d, s))
                    .child(story_view(d, s.selected))
            },
        ),
    );
    if let Some(target) = &s.focus {
        dom::focus(target);
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
        let selected = i == s.selected;
        let select = El::new("button")
            .attr("type", "button")
            .class("select")
            .action(&Action::Select(i))
            .attr("aria-pressed", if selected { "true" } else { "false" })
            .child(El::new("span").class("num").text(&format!("{}", i + 1)))
            .child(El::new("span").class("title").text(&title))
            .child(El::new("span").class("counts").text(&counts));
        let remove = El::new("button")
            .attr("type", "button")
            .class("remove")
            .action(&Action::Remove(i))
            .testid("remove-article")
            .attr("aria-label", &format!("Remove {}", src.id))
            .attr("title", "Remove this article")
            .text("×");
        // The source's name, edited in place (the change event renames it).
        let name = El::new("input")
            .attr("type", "text")
            .class("sid")
            .attr("data-rename", &i.to_string())
            .testid("source-name")
            .attr("aria-label", &format!("Name of source {}", i + 1))
            .attr("value", &src.id);
        El::new("li")
            .class(if selected {
                "source selected"
            } else {
                "source"
            })
            .testid("source-item")
            .attr("data-source-id", &src.id)
            .child(El::new("div").class("row").child(select).child(remove))
            .child(name)
    });
    El::new("ol").testid("source-list").children(items)
}

/// The article's text with every item highlighted in place, after each sentence other sources
/// also make (`ends`: its end, group key and how many others) a button that shows them, and
/// before each sentence no other source makes (`starts`: its start and id) an empty jump target.
fn article_view(
    src: usize,
    a: &ArticleDoc,
    text: &str,
    ends: Vec<(usize, String, usize)>,
    starts: Vec<(usize, String)>,
) -> El {
    let body = El::new("div")
        .class("text")
        .testid("article-text")
        .attr("lang", "en");
    let mut at = 0;
    let cuts: Vec<usize> = (ends.iter().map(|e| e.0))
        .chain(starts.iter().map(|s| s.0))
        .collect();
    let mut ends = ends.into_iter().peekable();
    let mut starts = starts.into_iter().peekable();
    for p in article::pieces_cut(text, &article::marks(src, a), &cuts) {
        while let Some((start, id)) = starts.next_if(|s| s.0 <= at) {
            if start == at {
                body.push(
                    El::new("span")
                        .class("anchor")
                        .attr("id", &id)
                        .attr("tabindex", "-1"),
                );
            }
        }
        at += p.text.encode_utf16().count();
        let piece_end = at;
        let counterparts = |body: &El,
                            ends: &mut std::iter::Peekable<
            std::vec::IntoIter<(usize, String, usize)>,
        >| {
            while let Some((end, key, others)) = ends.next_if(|e| e.0 <= piece_end) {
                if end != piece_end {
                    continue;
                }
                let label = format!(
                    "{others} other source{} also say this: show side by side",
                    if others == 1 { "" } else { "s" }
                );
                // the label is drawn by CSS from data-label, so the article's text (read, copied
                // or selected) stays exactly the source's; the accessible name is aria-label
                body.push(
                    El::new("button")
                        .attr("type", "button")
                        .action(&Action::Compare {
                            kind: GroupKind::Statement,
                            key: key.clone(),
                        })
                        .testid("counterparts")
                        .class("counterparts")
                        .attr("id", &ids::statement(src, &key))
                        .attr("aria-label", &label)
                        .attr("title", &label)
                        .attr("data-label", &format!("⇄ {others}")),
                );
            }
        };
        if p.class.is_empty() {
            body.push_text(&p.text);
            counterparts(&body, &mut ends);
            continue;
        }
        let mut el = El::new("span").class(&p.class);
        if let Some(t) = &p.title {
            // the reading shows on hover (title) and, for keyboard users, on focus (CSS from
            // data-reading)
            el = el.attr("title", t).attr("data-reading", t);
        }
        if let Some((id, tab)) = &p.id {
            el = el.attr("id", id).attr("tabindex", tab);
        }
        if let Some(k) = &p.key {
            el = el.attr("data-key", k);
        }
        body.push(el.text(&p.text));
        counterparts(&body, &mut ends);
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

/// The progress bar of an analysis (indeterminate until the worker reports).
fn busy_bar(s: &State) -> El {
    let bar = El::new("progress").attr("aria-label", "Analysis progress");
    match (s.busy, s.done) {
        (Some(n), d) if d > 0 => bar
            .attr("max", &n.to_string())
            .attr("value", &d.to_string()),
        _ => bar,
    }
}

/// Updates only the progress line of a running analysis (the worker reports often).
pub fn render_progress(s: &State) {
    let Some(p) = dom::by_testid("busy") else {
        return;
    };
    let line = s.busy_line().unwrap_or_default();
    dom::replace_children(&p, busy_bar(s));
    p.append_child(&dom::El::new("span").class("busy-line").text(&line).0)
        .ok();
}

/// What a shared link did, or the link just made.
fn notice(s: &State) -> El {
    let mut out = El::new("div");
    if let Some(previous) = &s.set_aside {
        out = out.child(
            El::new("p")
                .class("notice")
                .testid("set-aside")
                .text(&format!(
                    "Opened a shared story of {} articles. Your own story ({} articles) is kept until you change this one: ",
                    s.sources.len(),
                    previous.len()
                ))
                .child(button(Action::Restore, "restore", "Restore my story")),
        );
    }
    if let Some(link) = &s.share {
        let url = format!("{}#{link}", dom::page_url());
        let input = El::new("input")
            .attr("type", "text")
            .attr("readonly", "")
            .testid("share-link")
            .attr("aria-label", "Link to this story")
            .attr("value", &url);
        out = out.child(
            El::new("p")
                .class("notice")
                .text(&format!(
                    "Link ready ({} characters). It carries the articles' texts in the address itself (after #), which is never sent to a server: anyone with the link can read them. ",
                    url.len()
                ))
                .child(input),
        );
    }
    out
}

/// The downloads: the story document as JSON, its entity, figure and quote tables as CSV.
fn exports() -> El {
    let buttons = Export::ALL.into_iter().map(|e| {
        El::new("button")
            .attr("type", "button")
            .class("export")
            .action(&Action::Export(e))
            .text(e.label())
    });
    El::new("div")
        .class("exports")
        .testid("exports")
        .child(El::new("span").text("Download: "))
        .children(buttons)
        .child(button(Action::Share, "share", "Share link"))
}

/// A button that shows source `source` and brings element `target` into view.
fn jump(source: usize, target: &str, label: El) -> El {
    let target = target.to_string();
    El::new("button")
        .attr("type", "button")
        .class("jump")
        .action(&Action::Jump { source, target })
        .child(label)
}

/// Side lists: the article's entities (one line per entity, with its count), figures, quotes.
fn item_lists(src: usize, a: &ArticleDoc) -> El {
    let l = lists::lists(src, a);
    let ents = El::new("ul")
        .testid("entity-list")
        .children(l.entities.iter().map(|e| {
            let label = El::new("span")
                .child(
                    El::new("span")
                        .class(&format!("ent ent-{}", e.etype))
                        .text(&e.text),
                )
                .child(
                    El::new("span")
                        .class("count")
                        .text(&format!(" ×{}", e.count)),
                );
            El::new("li")
                .attr("data-key", &e.key)
                .child(jump(src, &e.target, label))
        }));
    let figs = El::new("div")
        .testid("figure-list")
        .children(l.figures.iter().map(|s| {
            let items = s.items.iter().map(|(target, text, reading)| {
                let label = El::new("span")
                    .child(El::new("span").class("fig").text(text))
                    .child(
                        El::new("span")
                            .class("reading")
                            .text(&format!(" {reading}")),
                    );
                El::new("li").child(jump(src, target, label))
            });
            El::new("section")
                .class("fig-group")
                .attr("data-kind", s.kind.as_str())
                .child(El::new("h4").text(&format!("{} ({})", s.label, s.items.len())))
                .child(El::new("ul").children(items))
        }));
    let quotes = El::new("div")
        .testid("quote-list")
        .children(l.quotes.iter().map(|s| {
            let items = s.items.iter().map(|(target, kind, short)| {
                let label = El::new("span")
                    .class("quote-text")
                    .text(&format!("“{short}”"));
                El::new("li")
                    .attr("data-kind", kind.as_str())
                    .child(jump(src, target, label))
            });
            El::new("section")
                .class("quote-group")
                .attr("data-speaker", &s.who)
                .child(
                    El::new("h4")
                        .child(El::new("strong").class("who").text(&s.who))
                        .text(&format!(" ({})", s.items.len())),
                )
                .child(El::new("ul").children(items))
        }));
    El::new("div")
        .child(El::new("h3").text(&format!("Entities ({})", l.entities.len())))
        .child(ents)
        .child(El::new("h3").text(&format!("Figures ({})", l.figure_count)))
        .child(figs)
        .child(El::new("h3").text(&format!("Quotes ({})", l.quote_count)))
        .child(quotes)
}

/// "Read side by side": two sources chosen by buttons, their statements in aligned rows.
fn side_view(d: &Document, s: &State) -> El {
    let root = El::new("section").class("side").testid("side-view");
    let root = root.child(El::new("h2").text("Read side by side"));
    let Some((left, right)) = s.pair() else {
        return root.child(
            El::new("p")
                .class("note")
                .text("Add a second source to read two side by side."),
        );
    };
    let picker = |side: usize| {
        let label = if side == 0 { "Left: " } else { "Right: " };
        let buttons = (0..d.story.sources.len()).map(move |i| {
            let (l, r) = if side == 0 { (i, right) } else { (left, i) };
            let chosen = if side == 0 { left } else { right };
            let mut b = button(
                Action::Pair { left: l, right: r },
                &format!("pair-{}-{i}", if side == 0 { "left" } else { "right" }),
                &(i + 1).to_string(),
            )
            .attr("aria-pressed", if i == chosen { "true" } else { "false" })
            .attr("title", &d.story.sources[i]);
            if l == r {
                b = b.attr("disabled", "");
            }
            b
        });
        El::new("p")
            .class("pair-pick")
            .text(label)
            .children(buttons)
    };
    let texts: Vec<&str> = s.sources.iter().map(|x| x.text.as_str()).collect();
    let cell = |c: &Option<side::Cell>| {
        let td = El::new("td");
        match c {
            None => td.class("gap"),
            Some(c) => {
                let td = td.text(&c.text);
                match &c.note {
                    Some(n) => {
                        td.child(El::new("span").class("side-note").text(&format!(" ({n})")))
                    }
                    None => td,
                }
            }
        }
    };
    let rows = side::rows(d, &texts, left, right).into_iter().map(|r| {
        let rel = r.relation.map_or("", |x| x.as_str());
        let mut right_td = cell(&r.right);
        if !r.diff.is_empty() {
            right_td = right_td.child(word_diff(&r.diff, "side-diff"));
        }
        El::new("tr")
            .attr("data-relation", if rel.is_empty() { "none" } else { rel })
            .child(cell(&r.left))
            .child(El::new("td").class("rel-cell").text(rel))
            .child(right_td)
    });
    let name = |i: usize| format!("{} · {}", i + 1, d.story.sources[i]);
    root.child(picker(0)).child(picker(1)).child(
        El::new("table")
            .class("side-table")
            .testid("side-table")
            .child(
                El::new("tr")
                    .child(El::new("th").attr("scope", "col").text(&name(left)))
                    .child(El::new("th").attr("scope", "col").text("same statement?"))
                    .child(El::new("th").attr("scope", "col").text(&name(right))),
            )
            .children(rows),
    )
}

/// The story view: which source mentions which entity, how often.
fn story_view(d: &Document, selected: usize) -> El {
    let t = story::entity_table(d);
    let head = El::new("tr")
        .child(El::new("th").attr("scope", "col").text("Entity"))
        .child(El::new("th").attr("scope", "col").text("Type"))
        .children(t.sources.iter().enumerate().map(|(i, s)| {
            El::new("th")
                .attr("scope", "col")
                .attr("title", s)
                .class(if i == selected { "src selected" } else { "src" })
                .child(
                    El::new("button")
                        .attr("type", "button")
                        .action(&Action::Select(i))
                        .text(&format!("{}", i + 1)),
                )
        }));
    let rows = t.rows.iter().map(|r| {
        let mut tr = El::new("tr").attr("data-key", &r.key);
        if r.only {
            tr = tr.class("only");
        }
        let name = El::new("th")
            .attr("scope", "row")
            .attr("title", &r.variants)
            .child(
                El::new("span")
                    .class(&format!("ent ent-{}", r.etype))
                    .text(&r.name),
            )
            .child(
                El::new("span")
                    .class("variants")
                    .text(if r.variants.is_empty() { "" } else { " *" }),
            );
        let cells = r.cells.iter().enumerate().map(|(si, c)| match c {
            Some(c) => {
                let label = El::new("span").text(&c.count.to_string());
                match &c.target {
                    Some(target) => El::new("td").class("has").child(jump(si, target, label)),
                    None => El::new("td").class("has").child(label),
                }
            }
            None => El::new("td")
                .class("missing")
                .attr("aria-label", "not mentioned")
                .text("·"),
        });
        tr.child(name)
            .child(El::new("td").class("type").text(r.etype))
            .children(cells)
    });
    let table = El::new("table")
        .testid("entity-table")
        .child(El::new("thead").child(head))
        .child(El::new("tbody").children(rows));
    El::new("div")
        .child(El::new("h2").text("Story: entities by source"))
        .child(El::new("p").class("note").text(&t.note))
        .child(El::new("div").class("table-wrap").child(table))
}

/// One group of the diff: a button that opens it side by side.
fn group_line(g: &diff::GroupLine) -> El {
    let relation = |r: &str, text: &str| El::new("span").class(&format!("rel rel-{r}")).text(text);
    let mut label = El::new("span").child(relation(g.relation, g.relation));
    match &g.body {
        diff::GroupBody::Figure {
            about,
            members,
            reason,
        } => {
            label = label
                .child(El::new("span").class("about").text(&format!(" {about} ")))
                .children(members.iter().map(|(num, text)| {
                    El::new("span")
                        .class("member")
                        .child(El::new("span").class("src-num").text(num))
                        .text(text)
                }));
            if let Some(r) = reason {
                // a conflict says itself in one line
                label = label.child(
                    El::new("span")
                        .class("reason")
                        .testid("conflict-reason")
                        .text(r),
                );
            }
        }
        diff::GroupBody::Quote {
            speakers_differ,
            text,
            who,
        } => {
            if *speakers_differ {
                label = label.child(relation("conflict", "speakers differ"));
            }
            label = label
                .child(
                    El::new("span")
                        .class("quote-text")
                        .text(&format!(" “{text}…” ")),
                )
                .child(El::new("span").class("who").text(who));
        }
    }
    let open = Action::Compare {
        kind: g.kind,
        key: g.key.clone(),
    };
    El::new("li").attr("data-group", &g.key).child(
        El::new("button")
            .attr("type", "button")
            .class("group")
            .action(&open)
            .child(label),
    )
}

/// What one source has that no other has.
fn only_here(x: &diff::OnlyHere) -> El {
    let names = if x.names.is_empty() {
        "no entity of its own"
    } else {
        ""
    };
    let figures = x.figures.iter().map(|(si, target, t)| {
        El::new("li").child(jump(*si, target, El::new("span").class("fig").text(t)))
    });
    let quotes = x.quotes.iter().map(|(si, target, t)| {
        let label = El::new("span").class("quote").text(&format!("“{t}…”"));
        El::new("li").child(jump(*si, target, label))
    });
    El::new("section")
        .class("only")
        .attr("data-source-id", &x.source)
        .child(
            El::new("h3")
                .child(El::new("span").class("src-num").text(&x.number))
                .text(&format!(" {}", x.source)),
        )
        .child(El::new("p").class("note").text(&x.share_line))
        .child(
            El::new("p")
                .child(El::new("strong").text("Only here: "))
                .text(names)
                .text(&x.names.join(", ")),
        )
        .child(El::new("ul").children(figures))
        .child(El::new("ul").children(quotes))
        .child(exclusive_sentences(x))
}

/// The sentences only this source makes, folded: each jumps to its place in the article.
fn exclusive_sentences(x: &diff::OnlyHere) -> El {
    let n = x.sentences.len();
    let items = x.sentences.iter().map(|l| {
        let own = jump(
            l.source,
            &l.target,
            El::new("span").class("sentence").text(&l.text),
        );
        let near = l.nearest.as_ref().map(|n| {
            El::new("div")
                .class("nearest")
                .testid("nearest-sentence")
                .text(&format!("Closest in {}, not judged the same: ", n.number))
                .child(jump(
                    n.source,
                    &n.target,
                    El::new("span").class("sentence").text(&n.text),
                ))
        });
        El::new("li").child(own).children(near)
    });
    let summary = match n {
        0 => "No sentence of its own: every statement is found in another source".to_string(),
        1 => "1 sentence not found in another source".to_string(),
        _ => format!("{n} sentences not found in another source"),
    };
    El::new("details")
        .class("only-sentences")
        .testid("exclusive-sentences")
        .child(El::new("summary").text(&summary))
        .child(El::new("ul").children(items))
}

/// The story diff: what conflicts, what only one source has, what sources agree on.
fn diff_view(d: &Document, s: &State) -> El {
    let texts: Vec<&str> = s.sources.iter().map(|x| x.text.as_str()).collect();
    let df = diff::diff(d, &texts);
    let flagged = df.flags.iter().map(|f| {
        El::new("li")
            .child(El::new("span").class("rel rel-conflict").text(&f.flags))
            .text(&f.text)
    });
    let mut root = El::new("div").class("diff").testid("diff-view");
    if let Some((kind, key)) = &s.compare {
        root = root.child(compare_view(d, *kind, key, s));
    }
    root.child(El::new("h2").text("Where sources differ"))
        .child(
            El::new("ul")
                .class("flags")
                .testid("entity-flags")
                .children(flagged),
        )
        .child(
            El::new("ul")
                .testid("conflicts")
                .children(df.conflicts.iter().map(group_line)),
        )
        .child(El::new("h2").text("What only one source has"))
        .child(
            El::new("div")
                .class("exclusive")
                .testid("exclusive")
                .children(df.exclusive.iter().map(only_here)),
        )
        .child(El::new("h2").text("What sources agree on"))
        .child(
            El::new("ul")
                .testid("agreements")
                .children(df.agreements.iter().map(group_line)),
        )
}

/// A word diff: words both have, words added (`ins`) and removed (`del`).
fn word_diff(ops: &[DiffOp], testid: &str) -> El {
    El::new("p")
        .class("diff-words")
        .testid(testid)
        .children(ops.iter().map(|op| match op {
            DiffOp::Same(t) => El::new("span").text(&format!("{t} ")),
            DiffOp::Added(t) => El::new("ins").text(&format!("{t} ")),
            DiffOp::Removed(t) => El::new("del").text(&format!("{t} ")),
        }))
}

/// One group's members side by side, each in its context, with a link into the full text.
fn compare_view(d: &Document, kind: GroupKind, key: &str, s: &State) -> El {
    let texts: Vec<&str> = s.sources.iter().map(|x| x.text.as_str()).collect();
    let sbs = compare::side_by_side(d, kind, key, &texts);
    let cols = sbs.columns.iter().map(|c| {
        let mut col = El::new("div")
            .class("col")
            .child(El::new("h4").text(&c.heading))
            .child(
                El::new("p")
                    .class("context")
                    .text(&c.before)
                    .child(El::new("mark").text(&c.marked))
                    .text(&c.after),
            );
        if !c.diff.is_empty() {
            col = col.child(word_diff(&c.diff, "word-diff"));
        }
        col.child(jump(
            c.source,
            &c.target,
            El::new("span").text("Show in the full text"),
        ))
    });
    El::new("section")
        .class("compare")
        .testid("compare-view")
        .attr("id", ids::COMPARE_VIEW)
        .attr("tabindex", "-1")
        .child(El::new("h2").text(&sbs.heading))
        .child(El::new("div").class("cols").children(cols))
}
