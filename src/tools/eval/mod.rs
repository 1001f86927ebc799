//! Accuracy commands: each reads a data set from `../shared/data` and prints a score.
//! Native only (behind the `cli` feature): the product never reads these files.

pub mod ecb;
pub mod entities;
pub mod figures;
pub mod html;
pub mod keyed;
pub mod quotes;
pub mod split;
pub mod story;
