//! The one thin wrapper over web-sys: the only place that creates DOM nodes, casts elements to
//! their types, or adds event listeners. Text goes in through text nodes (`createTextNode`), so
//! article text can never be parsed as HTML.

use crate::present::action::Action;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, HtmlInputElement};
use web_sys::{HtmlTextAreaElement, Storage};

/// The page's document. Only called where a page exists (`app::start` returns early in a
/// worker, which has none).
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a page with a document")
}

/// An element under construction.
pub struct El(pub Element);

impl El {
    pub fn new(tag: &str) -> El {
        El(document().create_element(tag).expect("valid tag name"))
    }
    pub fn class(self, c: &str) -> El {
        self.0.set_class_name(c);
        self
    }
    pub fn attr(self, k: &str, v: &str) -> El {
        let _ = self.0.set_attribute(k, v);
        self
    }
    pub fn testid(self, id: &str) -> El {
        self.attr("data-testid", id)
    }
    /// The data attributes of an action: a click on the element (or inside it) asks for it.
    pub fn action(self, a: &Action) -> El {
        a.write_attrs(&mut |k, v| {
            let _ = self.0.set_attribute(k, v);
        });
        self
    }
    pub fn text(self, t: &str) -> El {
        let node = document().create_text_node(t);
        let _ = self.0.append_child(&node);
        self
    }
    pub fn child(self, c: El) -> El {
        let _ = self.0.append_child(&c.0);
        self
    }
    pub fn children(self, cs: impl IntoIterator<Item = El>) -> El {
        for c in cs {
            let _ = self.0.append_child(&c.0);
        }
        self
    }
    pub fn push(&self, c: El) {
        let _ = self.0.append_child(&c.0);
    }
    pub fn push_text(&self, t: &str) {
        let _ = self.0.append_child(&document().create_text_node(t));
    }
}

/// Replaces all children of `parent` with `child`.
pub fn replace_children(parent: &Element, child: El) {
    while let Some(c) = parent.first_child() {
        let _ = parent.remove_child(&c);
    }
    let _ = parent.append_child(&child.0);
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Scrolls element `id` to the middle of the view, flashes it and gives it focus.
pub fn focus(id: &str) {
    let Some(el) = by_id(id) else { return };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let _ = el.class_list().add_1("flash");
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// The value of a text box or text area (empty for anything else).
pub fn value(el: &Element) -> String {
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        return t.value();
    }
    el.dyn_ref::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Sets the value of a text box or text area.
pub fn set_value(el: &Element, v: &str) {
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(v);
    } else if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(v);
    }
}

/// The element with `data-testid` `testid`.
pub fn by_testid(testid: &str) -> Option<Element> {
    document()
        .query_selector(&format!("[data-testid=\"{testid}\"]"))
        .ok()
        .flatten()
}

/// The element an event happened on.
pub fn target(ev: &Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

/// The action of the element an event happened on, or of its nearest ancestor with one.
pub fn action_of(ev: &Event) -> Option<Action> {
    let el = target(ev)?.closest("[data-action]").ok()??;
    Action::read(|k| el.get_attribute(k))
}

/// The file picker an event happened on, if it happened on one.
fn picker(ev: &Event) -> Option<HtmlInputElement> {
    let input = ev.target()?.dyn_into::<HtmlInputElement>().ok()?;
    (input.type_() == "file").then_some(input)
}

/// The files of the file picker the event happened on.
pub fn picked_files(ev: &Event) -> Option<web_sys::FileList> {
    picker(ev)?.files()
}

/// Empties the file picker the event happened on, so the same file can be picked again.
pub fn clear_picker(ev: &Event) {
    if let Some(input) = picker(ev) {
        input.set_value("");
    }
}

/// The value of the text area an event happened on, if it has `data-testid` `testid`.
pub fn text_area_value(ev: &Event, testid: &str) -> Option<String> {
    let t = ev.target()?.dyn_into::<HtmlTextAreaElement>().ok()?;
    (t.get_attribute("data-testid").as_deref() == Some(testid)).then(|| t.value())
}

/// The files dropped by a drag event.
pub fn dropped_files(ev: &Event) -> Option<web_sys::FileList> {
    ev.dyn_ref::<web_sys::DragEvent>()?.data_transfer()?.files()
}

/// Calls `handler` on every `event` at `target`, for as long as the page lives.
pub fn on(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let f = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

/// Reads `file`'s bytes, then calls `done` once with them (`None` when the read fails).
pub fn read_bytes(file: &web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) -> bool {
    let Ok(reader) = web_sys::FileReader::new() else {
        return false;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let (r2, d2) = (reader.clone(), done.clone());
    let onload = Closure::once_into_js(move || {
        if let Some(f) = d2.borrow_mut().take() {
            f(r2.result()
                .ok()
                .map(|b| js_sys::Uint8Array::new(&b).to_vec()));
        }
    });
    let onerror = Closure::once_into_js(move || {
        if let Some(f) = done.borrow_mut().take() {
            f(None);
        }
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    reader.set_onerror(Some(onerror.unchecked_ref()));
    reader.read_as_array_buffer(file).is_ok()
}

/// The HTML of a paste, when the clipboard holds rich text (`text/html`).
pub fn pasted_html(ev: &Event) -> Option<String> {
    let data = ev.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
    let html = data.get_data("text/html").ok()?;
    (!html.trim().is_empty()).then_some(html)
}

/// Whether an event happened on the element with `data-testid` `testid`.
pub fn on_testid(ev: &Event, testid: &str) -> bool {
    target(ev)
        .and_then(|t| t.get_attribute("data-testid"))
        .as_deref()
        == Some(testid)
}

/// The source index and new value of a source-name box the event happened on.
pub fn renamed(ev: &Event) -> Option<(usize, String)> {
    let input = ev.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let i = input.get_attribute("data-rename")?.parse().ok()?;
    Some((i, input.value()))
}

/// The page's query string (`?embed=1&origin=...`) and its own origin.
pub fn location() -> (String, String) {
    let loc = web_sys::window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        loc.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    (
        get(web_sys::Location::search),
        get(web_sys::Location::origin),
    )
}

/// The page's fragment (`#...`), and a way to drop it from the address without reloading.
pub fn take_hash() -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let hash = w.location().hash().unwrap_or_default();
    if !hash.is_empty() {
        if let (Ok(h), Ok(path), Ok(search)) =
            (w.history(), w.location().pathname(), w.location().search())
        {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
        }
    }
    hash
}

/// The page's address without its fragment.
pub fn page_url() -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let href = w.location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The origin and data of a `message` event.
pub fn message(ev: &Event) -> Option<(String, JsValue)> {
    let m = ev.dyn_ref::<web_sys::MessageEvent>()?;
    Some((m.origin(), m.data()))
}

/// Posts `value` to the window that embeds this page (itself when not embedded), for
/// `origin` only.
pub fn post_to_parent(value: &JsValue, origin: &str) {
    let Some(w) = web_sys::window() else { return };
    let target = w.parent().ok().flatten().unwrap_or(w);
    let _ = target.post_message(value, origin);
}

/// Starts the analysis worker (`worker.js`, next to the page) and hands it the compiled module
/// and the bindings' URL (from the tag `boot.js` was loaded by). `None` when the browser cannot
/// start it; the page then analyses on its main thread.
pub fn start_worker(on_answer: impl FnMut(Event) + 'static) -> Option<web_sys::Worker> {
    let js = document()
        .query_selector("script[data-js]")
        .ok()??
        .get_attribute("data-js")?;
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("./worker.js", &opts).ok()?;
    on(&worker, "message", on_answer);
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"js".into(), &js.into()).ok()?;
    js_sys::Reflect::set(&init, &"module".into(), &wasm_bindgen::module()).ok()?;
    worker.post_message(&init).ok()?;
    Some(worker)
}

/// A field of a JS object (`undefined` when absent).
pub fn field(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The page's window, for window-wide listeners.
pub fn window_target() -> Option<EventTarget> {
    web_sys::window().map(Into::into)
}

/// The page's localStorage, when the browser allows it.
pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Toggles class `class` on element `id`.
pub fn toggle_class(id: &str, class: &str, on: bool) {
    if let Some(el) = by_id(id) {
        let _ = el.class_list().toggle_with_force(class, on);
    }
}

/// Offers `text` as a file named `name` of media type `mime` for download, from a Blob in
/// memory (no request leaves the page). Returns whether the browser accepted it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let a = El::new("a").attr("href", &url).attr("download", name);
    if let Some(h) = a.0.dyn_ref::<HtmlElement>() {
        h.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}
