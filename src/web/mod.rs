//! The browser layer (wasm32 only): converts and renders, nothing else.
//!
//! - [`api`]: the JavaScript API (`analyze`, `compare`) returning the `crossread/1` document as
//!   plain JS objects;
//! - [`dom`]: the one thin wrapper over web-sys the view builds with;
//! - [`app`]: the page — controller state, messages, persistence (localStorage);
//! - [`view`]: renders the state into the DOM, text always as text nodes, never as HTML.

pub mod api;
pub mod app;
pub mod dom;
pub mod view;
