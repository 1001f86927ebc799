//! The page's controller: keeps the one [`State`], turns clicks, typing and files into
//! [`Msg`]s, and after each [`State::update`] re-analyses when the articles changed, saves them
//! to localStorage (what a user pasted survives a reload) and re-renders.
//!
//! Events are delegated: a handful of listeners on the root and the document read the
//! [`Action`] of the element clicked, so re-rendering never leaks closures.

use super::{dom, view};
use crate::present::action::{Action, Export};
use crate::present::embed::{Command, Embed, Incoming};
use crate::present::export::csv;
use crate::present::ids;
use crate::present::state::{demo_sources, Msg, Source, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

const STORE_ARTICLES: &str = "crossread.articles.v1";
const STORE_DRAFT: &str = "crossread.draft.v1";

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
    /// How the page was opened: standalone, or embedded and driven by a host page.
    static EMBED: RefCell<Embed> = RefCell::new(Embed::default());
    /// The analysis worker (`None`: the page analyses on its main thread).
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The latest analysis job; answers to older ones are dropped.
    static JOB: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Host origins waiting for the analysis of their last message.
    static REPLY_TO: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn embedded() -> bool {
    EMBED.with(|e| e.borrow().on)
}

/// Starts the page if it has a `#app` root (a host page that only imports the API has none).
#[wasm_bindgen(start)]
pub fn start() {
    // In the analysis worker (no window) and on a host page without `#app`: only the API.
    if web_sys::window().is_none() {
        return;
    }
    let Some(root) = dom::by_id(ids::APP) else {
        return;
    };
    WORKER.with(|w| *w.borrow_mut() = dom::start_worker(on_worker_answer));
    let (query, _) = dom::location();
    EMBED.with(|e| *e.borrow_mut() = Embed::from_query(&query));
    wire_events(&root);
    wire_messages();
    // Embedded, the host decides the sources: the page starts empty and keeps nothing.
    let restored = if embedded() {
        Some(Vec::new())
    } else {
        load_articles()
    };
    // A shared link (`#s=...`) opens its story without saving it: the user's own story stays
    // in storage until they change the shared one, and the address loses the fragment, so a
    // reload brings their story back.
    let shared = crate::present::share::decode(&dom::take_hash());
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.sources = restored.unwrap_or_else(demo_sources);
        match shared {
            Some(Ok(sources)) => {
                s.update(Msg::OpenShared(sources));
            }
            Some(Err(e)) => s.error = Some(e),
            None => {}
        }
    });
    if embedded() {
        let _ = root.class_list().add_1("embed");
    }
    view::render_shell(&root, &load_draft());
    analyse();
    let _ = root.set_attribute("data-ready", "true");
}

pub fn dispatch(msg: Msg) {
    let articles_changed = STATE.with(|s| s.borrow_mut().update(msg));
    if articles_changed {
        save_articles();
        analyse();
    } else {
        render();
    }
}

/// Analyses the story: in the worker when there is one (the page stays responsive and shows
/// that it is busy), else here.
fn analyse() {
    if !STATE.with(|s| s.borrow_mut().begin_analysis()) {
        render();
        return flush_replies();
    }
    let posted = WORKER.with(|w| {
        let w = w.borrow();
        let worker = w.as_ref()?;
        let job = JOB.with(|j| j.get() + 1);
        JOB.with(|j| j.set(job));
        // The sources as `{id, text}` objects, straight from the state (no second copy).
        let list = STATE
            .with(|s| super::api::to_js(&s.borrow().sources))
            .ok()?;
        let msg = js_sys::Object::new();
        js_sys::Reflect::set(&msg, &"id".into(), &job.into()).ok()?;
        js_sys::Reflect::set(&msg, &"articles".into(), &list).ok()?;
        worker.post_message(&msg).ok()
    });
    if posted.is_some() {
        render();
        return;
    }
    let articles = STATE.with(|s| s.borrow().articles());
    let result = crate::compare(&articles).map_err(|e| e.to_string());
    STATE.with(|s| s.borrow_mut().finish_analysis(result));
    render();
    flush_replies();
}

/// The worker's answer to a job: `{id, doc}` or `{id, error}`.
fn on_worker_answer(ev: web_sys::Event) {
    let Some((_, data)) = dom::message(&ev) else {
        return;
    };
    let id = dom::field(&data, "id").as_f64().unwrap_or(-1.0);
    if id != f64::from(JOB.with(|j| j.get())) {
        return;
    }
    let progress = dom::field(&data, "progress");
    if let Some(done) = js_sys::Reflect::get(&progress, &0.into())
        .ok()
        .and_then(|v| v.as_f64())
    {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.done = done as usize;
            view::render_progress(&s);
        });
        return;
    }
    let doc = dom::field(&data, "doc");
    let result = if doc.is_object() {
        serde_wasm_bindgen::from_value(doc)
            .map_err(|e| format!("The analysis could not be read: {e}"))
    } else {
        Err(dom::field(&data, "error")
            .as_string()
            .unwrap_or_else(|| "The analysis failed.".into()))
    };
    STATE.with(|s| s.borrow_mut().finish_analysis(result));
    render();
    flush_replies();
}

/// Answers the host origins waiting for this analysis.
fn flush_replies() {
    let origins = REPLY_TO.with(|r| std::mem::take(&mut *r.borrow_mut()));
    for origin in origins {
        reply(&origin);
    }
}

fn render() {
    STATE.with(|s| view::render(&s.borrow()));
}

fn save_articles() {
    if embedded() {
        return;
    }
    let Some(st) = dom::storage() else { return };
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
    let json = dom::storage()?.get_item(STORE_ARTICLES).ok()??;
    let v = js_sys::JSON::parse(&json).ok()?;
    serde_wasm_bindgen::from_value(v).ok()
}

fn load_draft() -> String {
    dom::storage()
        .and_then(|s| s.get_item(STORE_DRAFT).ok().flatten())
        .unwrap_or_default()
}

fn save_draft(text: &str) {
    if let Some(s) = dom::storage() {
        let _ = s.set_item(STORE_DRAFT, text);
    }
}

/// Obeys `crossread:*` messages from allowed origins (see [`crate::present::embed`]) and
/// answers each change with `crossread:analysis` to the origin that asked.
fn wire_messages() {
    let Some(win) = dom::window_target() else {
        return;
    };
    dom::on(&win, "message", |ev| {
        let Some((origin, data)) = dom::message(&ev) else {
            return;
        };
        let (_, own) = dom::location();
        if !EMBED.with(|e| e.borrow().allows(&origin, &own)) {
            return;
        }
        let Ok(incoming) = serde_wasm_bindgen::from_value::<Incoming>(data) else {
            return;
        };
        let msg = match incoming.command() {
            None => return,
            Some(Ok(Command::Put { id, text })) => Msg::Put { id, text },
            Some(Ok(Command::Remove { id })) => Msg::RemoveId(id),
            Some(Ok(Command::Clear)) => Msg::Clear,
            Some(Err(e)) => Msg::Error(e),
        };
        REPLY_TO.with(|r| r.borrow_mut().push(origin));
        dispatch(msg);
        if STATE.with(|s| s.borrow().busy.is_none()) {
            flush_replies();
        }
    });
}

/// Posts the story document (or the error that stands in for it) to `origin`.
fn reply(origin: &str) {
    let out = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str(k), v);
    };
    set("type", &JsValue::from_str("crossread:analysis"));
    STATE.with(|s| {
        let s = s.borrow();
        let doc = s.doc.as_ref().and_then(|d| super::api::to_js(d).ok());
        set("document", &doc.unwrap_or(JsValue::NULL));
        if let Some(e) = &s.error {
            set("error", &JsValue::from_str(e));
        }
    });
    dom::post_to_parent(&out.into(), origin);
}

/// The message an action asks for (`Add` reads the paste box and clears it once added).
fn on_action(a: Action) {
    match a {
        Action::Add => add_pasted(),
        Action::Demo => dispatch(Msg::LoadDemo),
        Action::Clear => dispatch(Msg::Clear),
        Action::Select(i) => dispatch(Msg::Select(i)),
        Action::Remove(i) => dispatch(Msg::Remove(i)),
        Action::Jump { source, target } => dispatch(Msg::Jump { source, target }),
        Action::Compare { kind, key } => dispatch(Msg::Compare { kind, key }),
        Action::Pair { left, right } => dispatch(Msg::Pair { left, right }),
        Action::Export(e) => export(e),
        Action::Share => dispatch(Msg::Share),
        Action::Restore => dispatch(Msg::Restore),
    }
}

/// Downloads the story document as JSON, or one of its tables as CSV; nothing leaves the page
/// (the file is made from a Blob in memory).
fn export(e: Export) {
    let content = STATE.with(|s| {
        let s = s.borrow();
        let doc = s.doc.as_ref()?;
        match e {
            Export::Json => super::api::to_js(doc)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(
                        &v,
                        &JsValue::NULL,
                        &JsValue::from(2),
                    )
                    .ok()
                })
                .map(String::from),
            Export::Csv(t) => Some(csv(doc, t)),
        }
    });
    match content {
        Some(text) if dom::download(e.file_name(), e.mime(), &text) => {}
        _ => dispatch(Msg::Error("The download could not be made.".into())),
    }
}

fn add_pasted() {
    let (input, name) = (
        dom::by_testid("article-input"),
        dom::by_testid("article-id"),
    );
    let text = input.as_ref().map(dom::value).unwrap_or_default();
    let id = name.as_ref().map(dom::value).unwrap_or_default();
    let id = Some(id.trim().to_string()).filter(|i| !i.is_empty());
    let before = STATE.with(|s| s.borrow().sources.len());
    dispatch(Msg::Add { id, text });
    if STATE.with(|s| s.borrow().sources.len()) > before {
        for el in input.iter().chain(&name) {
            dom::set_value(el, "");
        }
        save_draft("");
    }
}

fn wire_events(root: &web_sys::Element) {
    // Clicks on anything that carries an action; a click on "remove" inside a source's row
    // does not also select it.
    dom::on(root, "click", |ev| {
        if let Some(a) = dom::action_of(&ev) {
            if matches!(a, Action::Remove(_)) {
                ev.stop_propagation();
            }
            on_action(a);
        }
    });
    // The paste box's draft survives a reload.
    dom::on(root, "input", |ev| {
        if let Some(v) = dom::text_area_value(&ev, "article-input") {
            save_draft(&v);
        }
    });
    // A rich-text paste (from a web page) is read as the article it holds.
    dom::on(root, "paste", |ev| {
        if !dom::on_testid(&ev, "article-input") {
            return;
        }
        if let Some(html) = dom::pasted_html(&ev) {
            ev.prevent_default();
            paste_html(&html);
        }
    });
    // The file picker, and a source's name edited in place.
    dom::on(root, "change", |ev| {
        if let Some((i, name)) = dom::renamed(&ev) {
            return dispatch(Msg::Rename(i, name));
        }
        if let Some(files) = dom::picked_files(&ev) {
            read_files(&files);
        }
        dom::clear_picker(&ev);
    });
    // Files dropped anywhere on the page.
    let doc = dom::document();
    dom::on(&doc, "dragover", |ev| {
        ev.prevent_default();
        dom::toggle_class(ids::APP, "dropping", true);
    });
    dom::on(&doc, "dragleave", |_| {
        dom::toggle_class(ids::APP, "dropping", false)
    });
    dom::on(&doc, "drop", |ev| {
        ev.prevent_default();
        dom::toggle_class(ids::APP, "dropping", false);
        if let Some(files) = dom::dropped_files(&ev) {
            read_files(&files);
        }
    });
}

/// Reads every dropped or picked file, then adds them in one step: each article under the name
/// its page gives (or its file name), and a line for each file that could not be read. Files
/// too large or of another kind are refused before they are read.
fn read_files(files: &web_sys::FileList) {
    use crate::intake::{format_of, max_file_bytes, read, stem};
    type Slot = Option<Result<crate::intake::Intake, String>>;
    let n = files.length() as usize;
    let results: Rc<RefCell<Vec<Slot>>> = Rc::new(RefCell::new(vec![None; n]));
    let finish = {
        let results = results.clone();
        move || {
            let done: Option<Vec<_>> = results.borrow().iter().cloned().collect();
            if let Some(all) = done {
                dispatch(Msg::AddFiles(all));
            }
        }
    };
    for i in 0..n {
        let Some(file) = files.get(i as u32) else {
            results.borrow_mut()[i] = Some(Err("A dropped file could not be read.".into()));
            continue;
        };
        let name = file.name();
        let refuse = match format_of(&name, &file.type_()) {
            None => Some(format!(
                "{name} is not an article: Crossread reads .txt, .md, .html and .htm files."
            )),
            Some(f) if file.size() > max_file_bytes(f) as f64 => Some(format!(
                "{name} is {:.1} MB; a file of this kind may be at most {} MB. It was not read.",
                file.size() / 1e6,
                max_file_bytes(f) / 1_000_000
            )),
            Some(_) => None,
        };
        if let Some(e) = refuse {
            results.borrow_mut()[i] = Some(Err(e));
            continue;
        }
        let format = format_of(&name, &file.type_()).unwrap_or(crate::intake::Format::Text);
        let (slot, finish) = (results.clone(), finish.clone());
        let started = dom::read_bytes(&file, move |bytes| {
            let r = match bytes {
                Some(b) => read(stem(&name), format, &b),
                None => Err(format!("{name} could not be read.")),
            };
            slot.borrow_mut()[i] = Some(r);
            finish();
        });
        if !started {
            results.borrow_mut()[i] = Some(Err(format!("{} could not be read.", file.name())));
        }
    }
    finish();
}

/// A rich-text paste into the paste box becomes the article it holds: its text replaces the
/// box's content, and its site or headline fills an empty name box.
fn paste_html(html: &str) {
    let article = match crate::intake::read_paste(html) {
        Ok(a) => a,
        Err(e) => return dispatch(Msg::Error(e)),
    };
    if let Some(input) = dom::by_testid("article-input") {
        dom::set_value(&input, &article.text);
        save_draft(&article.text);
    }
    if let Some(name) = dom::by_testid("article-id") {
        if dom::value(&name).trim().is_empty() && article.name != "pasted" {
            dom::set_value(&name, &article.name);
        }
    }
}
