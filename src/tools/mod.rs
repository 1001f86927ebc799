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

/// The value after option `name` (`--out DIR`) in command-line arguments, if given.
pub fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}
