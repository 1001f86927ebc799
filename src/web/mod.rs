//! The browser layer (wasm32 only): converts and renders, nothing else. What the page shows
//! and how its state changes are [`crate::present`]'s, plain Rust tested natively.
//!
//! - [`api`]: the JavaScript API (`analyze`, `compare`) returning the `crossread/1` document as
//!   plain JS objects;
//! - [`dom`]: the one thin wrapper over web-sys (creates nodes, casts, adds listeners);
//! - [`app`]: the controller — the state, events turned into messages, persistence
//!   (localStorage);
//! - [`view`]: builds the DOM from `present`, text always as text nodes, never as HTML.

pub mod api;
pub mod app;
pub mod dom;
pub mod view;
