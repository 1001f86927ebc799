//! What only the command line needs, compiled with the `cli` feature and never into the .wasm:
//! the accuracy commands (`eval`, reading the data sets in `../shared/data`), CoNLL tagging
//! and scoring (`conll`), the entity tagger's trainer (`train`) and word-cluster builder
//! (`clusters`), and the alias-table builder (`aliases_table`).

pub mod aliases_table;
pub mod clusters;
pub mod conll;
pub mod eval;
pub mod similar;
pub mod train;
