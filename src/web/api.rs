//! The JavaScript API. Both functions return the `crossread/1` document (see `docs/schema.md`)
//! as plain objects and arrays, and throw an `Error` with a readable message on bad input.
//!
//! ```js
//! import init, { analyze, compare } from './crossread.js';
//! await init();
//! const doc = compare([{ id: 'a', text: textA }, { id: 'b', text: textB }]);
//! ```

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
struct InputArticle {
    id: String,
    text: String,
}

/// Serialises as plain JS objects (maps become objects, as in JSON).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// Analyses one article (a story of one source). `id` defaults to "article".
#[wasm_bindgen]
pub fn analyze(text: &str, id: Option<String>) -> Result<JsValue, JsError> {
    let id = id.unwrap_or_else(|| "article".to_string());
    let doc = crate::analyze(&id, text).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&doc)
}

/// The entity mentions of a text, by the tagger alone: `[{start, end, text, type}]`, offsets
/// in UTF-16 code units.
#[wasm_bindgen]
pub fn entities(text: &str) -> Result<JsValue, JsError> {
    let found = crate::entities(text).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&found)
}

/// Analyses several articles as one story: `articles` is an array of `{id, text}`.
#[wasm_bindgen]
pub fn compare(articles: JsValue) -> Result<JsValue, JsError> {
    let input: Vec<InputArticle> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        JsError::new(&format!(
            "compare expects an array of {{id, text}} objects: {e}"
        ))
    })?;
    let pairs: Vec<(String, String)> = input.into_iter().map(|a| (a.id, a.text)).collect();
    let doc = crate::compare(&pairs).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&doc)
}
