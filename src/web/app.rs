//! The page's controller: the state (the story's articles, the selected one, the analysis), the
//! messages that change it, and persistence. Every change goes through [`dispatch`], which
//! updates the state, re-analyses when the articles changed, saves them to localStorage (what a
//! user pasted survives a reload) and re-renders.
//!
//! Events are delegated: a handful of listeners on the root and the document read the
//! `data-action` of the element clicked, so re-rendering never leaks closures.

use super::dom;
use super::view;
use crate::schema::Document;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const STORE_ARTICLES: &str = "crossread.articles.v1";
const STORE_DRAFT: &str = "crossread.draft.v1";

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

#[derive(Clone, Serialize, Deserialize, Debug)]
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
    /// The story group shown side by side: ("figure" | "quote" | "passage", group key).
    pub compare: Option<(String, String)>,
}

pub enum Msg {
    Add {
        id: Option<String>,
        text: String,
    },
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
        kind: String,
        key: String,
    },
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Starts the page if it has a `#app` root (a host page that only imports the API has none).
#[wasm_bindgen(start)]
pub fn start() {
    let Some(root) = dom::by_id("app") else {
        return;
    };
    wire_events(&root);
    let restored = load_articles();
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.sources = restored.unwrap_or_else(demo_sources);
    });
    reanalyse();
    view::render_shell(&root, &load_draft());
    render();
    let _ = root.set_attribute("data-ready", "true");
}

fn demo_sources() -> Vec<Source> {
    DEMO.iter()
        .map(|(id, text)| Source {
            id: id.to_string(),
            text: text.to_string(),
        })
        .collect()
}

pub fn dispatch(msg: Msg) {
    let articles_changed = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.error = None;
        s.focus = None;
        match msg {
            Msg::Add { id, text } => {
                if text.trim().is_empty() {
                    s.error = Some("Paste an article's text first.".into());
                    return false;
                }
                if text.len() > crate::analysis::MAX_ARTICLE_BYTES {
                    s.error = Some(format!(
                        "That text is {} KB; an article may be at most {} KB.",
                        text.len() / 1000,
                        crate::analysis::MAX_ARTICLE_BYTES / 1000
                    ));
                    return false;
                }
                let id = unique_id(&s.sources, id.unwrap_or_else(|| "pasted".into()));
                s.sources.push(Source { id, text });
                s.selected = s.sources.len() - 1;
                true
            }
            Msg::Remove(i) => {
                if i < s.sources.len() {
                    s.sources.remove(i);
                    if s.selected >= s.sources.len() {
                        s.selected = s.sources.len().saturating_sub(1);
                    }
                    true
                } else {
                    false
                }
            }
            Msg::Select(i) => {
                if i < s.sources.len() {
                    s.selected = i;
                }
                false
            }
            Msg::Clear => {
                s.sources.clear();
                s.selected = 0;
                true
            }
            Msg::LoadDemo => {
                s.sources = demo_sources();
                s.selected = 0;
                true
            }
            Msg::Jump { source, target } => {
                if source < s.sources.len() {
                    s.selected = source;
                    s.focus = Some(target);
                }
                false
            }
            Msg::Error(e) => {
                s.error = Some(e);
                false
            }
            Msg::Compare { kind, key } => {
                s.compare = Some((kind, key));
                s.focus = Some("compare-view".into());
                false
            }
        }
    });
    if articles_changed {
        STATE.with(|s| s.borrow_mut().compare = None);
        reanalyse();
        save_articles();
    }
    render();
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

fn reanalyse() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.sources.is_empty() {
            s.doc = None;
            return;
        }
        let pairs: Vec<(String, String)> = s
            .sources
            .iter()
            .map(|a| (a.id.clone(), a.text.clone()))
            .collect();
        match crate::compare(&pairs) {
            Ok(doc) => s.doc = Some(doc),
            Err(e) => {
                s.doc = None;
                s.error = Some(e.to_string());
            }
        }
    });
}

fn render() {
    STATE.with(|s| view::render(&s.borrow()));
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn save_articles() {
    let Some(st) = storage() else { return };
    let json = STATE.with(|s| {
        let s = s.borrow();
        super::api::to_js(&s.sources)
            .ok()
            .and_then(|v| js_sys::JSON::stringify(&v).ok())
            .map(String::from)
    });
    let Some(json) = json else { return };
    if st.set_item(STORE_ARTICLES, &json).is_err() {
        // Quota exceeded: keep working, and say so.
        STATE.with(|s| {
            s.borrow_mut().error = Some(
                "This story is too large to be kept in the browser; it will be lost on reload."
                    .into(),
            )
        });
    }
}

/// The articles saved by an earlier visit (`None` on a first visit, or when unreadable).
fn load_articles() -> Option<Vec<Source>> {
    let json = storage()?.get_item(STORE_ARTICLES).ok()??;
    let v = js_sys::JSON::parse(&json).ok()?;
    serde_wasm_bindgen::from_value(v).ok()
}

fn load_draft() -> String {
    storage()
        .and_then(|s| s.get_item(STORE_DRAFT).ok().flatten())
        .unwrap_or_default()
}

fn save_draft(text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORE_DRAFT, text);
    }
}

fn wire_events(root: &web_sys::Element) {
    // Clicks on anything with a data-action.
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(Some(el)) = target.closest("[data-action]") else {
            return;
        };
        let action = el.get_attribute("data-action").unwrap_or_default();
        let index = el
            .get_attribute("data-index")
            .and_then(|i| i.parse::<usize>().ok());
        match action.as_str() {
            "add" => {
                let text = input_value("article-input");
                let id = input_value("article-id");
                let id = if id.trim().is_empty() {
                    None
                } else {
                    Some(id.trim().to_string())
                };
                let before = STATE.with(|s| s.borrow().sources.len());
                dispatch(Msg::Add { id, text });
                if STATE.with(|s| s.borrow().sources.len()) > before {
                    set_input_value("article-input", "");
                    set_input_value("article-id", "");
                    save_draft("");
                }
            }
            "remove" => {
                ev.stop_propagation();
                if let Some(i) = index {
                    dispatch(Msg::Remove(i));
                }
            }
            "select" => {
                if let Some(i) = index {
                    dispatch(Msg::Select(i));
                }
            }
            "clear" => dispatch(Msg::Clear),
            "compare" => {
                let kind = el.get_attribute("data-kind").unwrap_or_default();
                let key = el.get_attribute("data-key").unwrap_or_default();
                dispatch(Msg::Compare { kind, key });
            }
            "demo" => dispatch(Msg::LoadDemo),
            "jump" => {
                let target = el.get_attribute("data-target").unwrap_or_default();
                if let Some(source) = index {
                    dispatch(Msg::Jump { source, target });
                }
            }
            _ => {}
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget(); // lives as long as the page

    // The paste box's draft survives a reload.
    let on_input = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(t) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            if t.get_attribute("data-testid").as_deref() == Some("article-input") {
                save_draft(&t.value());
            }
        }
    });
    let _ = root.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    on_input.forget();

    // The file picker.
    let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            if input.type_() == "file" {
                if let Some(files) = input.files() {
                    read_files(&files);
                }
                input.set_value("");
            }
        }
    });
    let _ = root.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    on_change.forget();

    // Files dropped anywhere on the page.
    let doc = dom::document();
    let on_dragover =
        Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |ev: web_sys::DragEvent| {
            ev.prevent_default();
            set_dropping(true);
        });
    let _ = doc.add_event_listener_with_callback("dragover", on_dragover.as_ref().unchecked_ref());
    on_dragover.forget();
    let on_dragleave =
        Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |_ev: web_sys::DragEvent| {
            set_dropping(false);
        });
    let _ =
        doc.add_event_listener_with_callback("dragleave", on_dragleave.as_ref().unchecked_ref());
    on_dragleave.forget();
    let on_drop = Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        set_dropping(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            read_files(&files);
        }
    });
    let _ = doc.add_event_listener_with_callback("drop", on_drop.as_ref().unchecked_ref());
    on_drop.forget();
}

fn set_dropping(on: bool) {
    if let Some(root) = dom::by_id("app") {
        let _ = root.class_list().toggle_with_force("dropping", on);
    }
}

/// Reads each dropped or picked file as UTF-8 text and adds it, named after the file.
fn read_files(files: &web_sys::FileList) {
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        let plain = file.type_().is_empty() || file.type_().starts_with("text/");
        if !(name.to_lowercase().ends_with(".txt") || plain) {
            dispatch(Msg::Error(format!(
                "{name} is not a .txt file; only plain text can be added."
            )));
            continue;
        }
        let Ok(reader) = web_sys::FileReader::new() else {
            continue;
        };
        let id = name.strip_suffix(".txt").unwrap_or(&name).to_string();
        let r2 = reader.clone();
        let onload =
            Closure::once_into_js(move || match r2.result().ok().and_then(|v| v.as_string()) {
                Some(text) => dispatch(Msg::Add { id: Some(id), text }),
                None => dispatch(Msg::Error(format!("{name} could not be read as text."))),
            });
        reader.set_onload(Some(onload.unchecked_ref()));
        if reader.read_as_text(&file).is_err() {
            dispatch(Msg::Error("A dropped file could not be read.".into()));
        }
    }
}

fn input_value(testid: &str) -> String {
    let Ok(Some(el)) = dom::document().query_selector(&format!("[data-testid=\"{testid}\"]"))
    else {
        return String::new();
    };
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    el.dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn set_input_value(testid: &str, v: &str) {
    let Ok(Some(el)) = dom::document().query_selector(&format!("[data-testid=\"{testid}\"]"))
    else {
        return;
    };
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(v);
    } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(v);
    }
}

/// Used by the view for the empty state.
pub fn demo_count() -> usize {
    DEMO.len()
}
