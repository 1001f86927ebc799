//! A thin builder over web-sys: the only place that creates DOM nodes. Text goes in through
//! text nodes (`createTextNode`), so article text can never be parsed as HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

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

pub fn as_html(e: &Element) -> Option<&HtmlElement> {
    e.dyn_ref::<HtmlElement>()
}
