//! Accuracy commands: each reads a data set from `../shared/data` and prints a score.
//! Native only (behind the `cli` feature): the product never reads these files.

/// The harmonic mean of precision and recall (0 when both are 0), in whatever scale they
/// come (fractions or percentages).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

pub mod ecb;
pub mod entities;
pub mod figures;
pub mod html;
pub mod keyed;
pub mod quotes;
pub mod split;
pub mod statements;
pub mod story;
