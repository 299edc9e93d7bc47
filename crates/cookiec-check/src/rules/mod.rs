//! Lint rules: checks on a well-formed model (consent law, cookie hygiene).
//!
//! Placeholder owned by the lint work: it fills [`RULES`] (one `CodeInfo`
//! per rule) and [`run`]. The checker calls `run` after lowering and then
//! applies `lint { allow deny }` and inline `allow CODE "reason"`.

use crate::model::{Model, Region};
use cookiec_diagnostics::{CodeInfo, Diagnostic};
use cookiec_syntax::ast::SourceFile;

/// Every lint rule's code and documentation.
pub const RULES: &[CodeInfo] = &[];

/// Run every rule for the given jurisdictions.
pub fn run(model: &Model, file: &SourceFile, jurisdictions: &[Region]) -> Vec<Diagnostic> {
    let _ = (model, file, jurisdictions);
    Vec::new()
}
