//! The JavaScript API inside a real browser (wasm-bindgen-test, headless Chromium): plain JS
//! objects come back, offsets slice JavaScript strings exactly, and bad input throws an Error.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).unwrap()
}

fn article(id: &str, text: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"id".into(), &id.into()).unwrap();
    Reflect::set(&o, &"text".into(), &text.into()).unwrap();
    o.into()
}

/// Every item's `text` equals `text.slice(start, end)` on the JS string.
fn assert_slices(items: &Array, text: &JsString) -> u32 {
    let mut n = 0;
    for it in items.iter() {
        let s = get(&it, "start").as_f64().unwrap() as u32;
        let e = get(&it, "end").as_f64().unwrap() as u32;
        let t = get(&it, "text").as_string().unwrap();
        assert_eq!(String::from(text.slice(s, e)), t);
        n += 1;
    }
    n
}

#[wasm_bindgen_test]
fn compare_returns_plain_objects_with_utf16_offsets() {
    let a = "\u{201C}Daesh loses its ability to lead,\u{201D} said Gen. Ali Mayhoub in Deir el\u{2011}Zour \u{1F600}. Syrian troops hold 96 per cent of the city.";
    let b = "Syrian forces took Deir el-Zour, where Mayhoub spoke.";
    let input = Array::of2(&article("a", a), &article("b", b));
    let doc = crossread::web::api::compare(input.into()).unwrap();
    assert_eq!(
        get(&doc, "schema").as_string().as_deref(),
        Some("crossread/1")
    );
    let articles: Array = get(&doc, "articles").into();
    assert_eq!(articles.length(), 2);
    let first = articles.get(0);
    let text = JsString::from(a);
    assert_eq!(get(&first, "length").as_f64(), Some(text.length() as f64));
    let ents: Array = get(&first, "entities").into();
    let quotes: Array = get(&first, "quotes").into();
    let figures: Array = get(&first, "figures").into();
    let n = assert_slices(&ents, &text)
        + assert_slices(&quotes, &text)
        + assert_slices(&figures, &text);
    assert!(n >= 5, "{n} items");
    let q = quotes.get(0);
    let speaker = get(&q, "speaker");
    assert_eq!(
        get(&speaker, "name").as_string().as_deref(),
        Some("Ali Mayhoub")
    );
    // story mentions are a plain object keyed by source id, not a Map
    let story = get(&doc, "story");
    let ents: Array = get(&story, "entities").into();
    let mayhoub = ents
        .iter()
        .find(|e| get(e, "name").as_string().as_deref() == Some("Ali Mayhoub"))
        .unwrap();
    let mentions = get(&mayhoub, "mentions");
    assert!(mentions.is_object() && !mentions.is_instance_of::<js_sys::Map>());
    assert_eq!(get(&mentions, "a").as_f64(), Some(1.0));
    assert_eq!(get(&mentions, "b").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn analyze_defaults_and_errors() {
    let doc = crossread::web::api::analyze("Iraqi forces retook Qaim.", None).unwrap();
    let articles: Array = get(&doc, "articles").into();
    assert_eq!(
        get(&articles.get(0), "id").as_string().as_deref(),
        Some("article")
    );
    let err = crossread::web::api::analyze("   ", Some("blank".into())).unwrap_err();
    let err: JsValue = err.into();
    let msg = get(&err, "message").as_string().unwrap();
    assert!(msg.contains("blank") && msg.contains("empty"), "{msg}");
    let err: JsValue = crossread::web::api::compare(JsValue::from_str("not an array"))
        .unwrap_err()
        .into();
    assert!(get(&err, "message")
        .as_string()
        .unwrap()
        .contains("array of {id, text}"));
}
