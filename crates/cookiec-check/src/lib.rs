//! Name resolution, typed model, schema and lint rules for `.cookies`.
//!
//! [`check_source`] parses, lowers to a [`model::Model`] and runs the lint
//! rules; [`schema`] is the language's meaning as tables (also used by the
//! language server and editor grammars); [`codes`] documents every
//! diagnostic code.

mod api;
pub mod codes;
mod fix;
mod lower;
pub mod model;
pub mod rules;
pub mod schema;

pub use api::{
    check_path, check_source, check_source_with, code_summary, CheckPathError, Checked, Options,
};
pub use fix::apply_fixes;
