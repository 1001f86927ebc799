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

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** One article to compare: a source name and its plain text. */
export interface ArticleInput { id: string; text: string }
/** The article a saved web page holds (`readHtml`). */
export interface HtmlArticle { title: string; byline: string; date: string; site: string; body: string }
/** A span of an article's text, in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; text: string }
/** The `crossread/1` document (docs/schema.md): per-article items and the story across them. */
export interface CrossreadDocument {
  schema: "crossread/1";
  articles: Array<{ id: string; title: string; entities: Array<Span & { type: string; key: string }>;
    figures: Array<Span & { kind: string; [field: string]: unknown }>;
    quotes: Array<Span & { speaker?: unknown; [field: string]: unknown }>; [field: string]: unknown }>;
  story: { entities: Array<{ key: string; name: string; type: string; [field: string]: unknown }>;
    figures: Array<{ key: string; relation: string; members: Array<{ source: string; index: number }>; [field: string]: unknown }>;
    quotes: Array<{ key: string; relation: string; members: Array<{ source: string; index: number }>; [field: string]: unknown }>;
    [field: string]: unknown };
}
"#;

/// Serialises as plain JS objects (maps become objects, as in JSON).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// Analyses one article (a story of one source). `id` defaults to "article".
#[wasm_bindgen(unchecked_return_type = "CrossreadDocument")]
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

/// Reads a saved web page (or a rich-text paste) as an article: headline, byline, date, site
/// name and body text, navigation and other furniture left out.
#[wasm_bindgen(js_name = readHtml, unchecked_return_type = "HtmlArticle")]
pub fn read_html(html: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Out<'a> {
        title: &'a str,
        byline: &'a str,
        date: &'a str,
        site: &'a str,
        body: &'a str,
    }
    let page = crate::html::extract(html);
    let m = &page.meta;
    to_js(&Out {
        title: &m.title,
        byline: &m.byline,
        date: &m.date,
        site: &m.site,
        body: &page.body,
    })
}

/// [`compare`], calling `progress(done, total)` as each article is tagged (the analysis
/// worker reports it to the page).
#[wasm_bindgen(js_name = compareWithProgress, unchecked_return_type = "CrossreadDocument")]
pub fn compare_with_progress(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(done: number, total: number) => void")]
    progress: &js_sys::Function,
) -> Result<JsValue, JsError> {
    let pairs = input_pairs(articles)?;
    let mut tell = |done: usize, total: usize| {
        let _ = progress.call2(
            &JsValue::NULL,
            &(done as u32).into(),
            &(total as u32).into(),
        );
    };
    let doc = crate::compare_with_progress(&pairs, &mut tell)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&doc)
}

/// The `{id, text}` objects of a JS array.
fn input_pairs(articles: JsValue) -> Result<Vec<(String, String)>, JsError> {
    let input: Vec<InputArticle> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        JsError::new(&format!(
            "compare expects an array of {{id, text}} objects: {e}"
        ))
    })?;
    Ok(input.into_iter().map(|a| (a.id, a.text)).collect())
}

/// Analyses several articles as one story: `articles` is an array of `{id, text}`.
#[wasm_bindgen(unchecked_return_type = "CrossreadDocument")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
) -> Result<JsValue, JsError> {
    let pairs = input_pairs(articles)?;
    let doc = crate::compare(&pairs).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&doc)
}
