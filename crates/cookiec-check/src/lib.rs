//! Name resolution, typed model, schema and lint rules for `.cookies`.
//!
//! [`check_source`] parses, lowers to a [`model::Model`] and runs the lint
//! rules; [`schema`] is the language's meaning as tables (also used by the
//! language server and editor grammars); [`codes`] documents every
//! diagnostic code (`docs/codes/*.md`).
//!
//! Conventions the other crates rely on:
//! - The model is built even from a broken file (best effort: defaults for
//!   what is missing, duplicates checked but not added). Emitters take a
//!   [`ValidModel`], which only [`Checked::valid`] makes, from a file
//!   without errors, with every reference resolved.
//! - `model.providers[0]` is the built-in `first-party` provider
//!   (`third_party: false`, named after the policy's service); items
//!   without `provider` refer to it.
//! - `policy.languages` is never empty; every text has the default
//!   language when the file has no errors.
//! - One mistake, one diagnostic: no "missing field" for a misspelt one,
//!   no cascade after a syntax error inside a declaration, and a
//!   declaration with an error is not linted (rules, W-codes) until fixed.
//! - `allow`/`deny` apply to lint rules and W-codes, never to errors;
//!   inline `allow CODE "reason"` is scoped to its declaration.
//! - Diagnostics are sorted by position; fixes marked `safe` are applied
//!   by `cookiec check --fix` ([`apply_fixes`]).

mod api;
pub mod codes;
mod fix;
mod lang_map;
mod lint_stage;
mod lower;
pub mod model;
pub mod names;
pub mod rules;
pub mod site_domain;
mod valid;
pub mod validate;
mod validated;

pub use api::{
    check_path, check_source, check_source_with, code_summary, CheckPathError, Checked, Options,
};
pub use fix::apply_fixes;
pub use valid::{CategoryId, ProviderId, ValidModel};

/// The language as tables (a leaf crate, re-exported for the checker's users).
pub use cookiec_schema as schema;
