//! What the page shows, as plain data: the pure-Rust half of the view. Each module turns the
//! `crossread/1` document (and the sources' texts) into what one part of the page draws:
//! [`article`] the text cut into highlighted pieces, [`lists`] the side lists, [`story`] the
//! entity table, [`diff`] where sources differ, [`compare`] a group side by side, [`reading`] a
//! figure read out. [`ids`] names every element id, [`action`] every click; [`embed`] reads the widget's
//! messages from its host; [`share`] packs the story into a link. `src/web/view.rs`
//! only builds DOM from these, so all of it is tested natively.

pub mod action;
pub mod article;
pub mod compare;
pub mod diff;
pub mod embed;
pub mod export;
pub mod ids;
pub mod lists;
pub mod reading;
pub mod share;
pub mod side;
pub mod state;
pub mod story;

/// A UTF-16 slice of a text's units as a string, empty when out of bounds (the document's
/// offsets are UTF-16; each view encodes a text once and slices it for all its items).
pub fn slice16(units: &[u16], start: usize, end: usize) -> String {
    (units.get(start..end.min(units.len())))
        .map(String::from_utf16_lossy)
        .unwrap_or_default()
}
