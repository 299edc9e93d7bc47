//! Machine formats for CI systems: SARIF 2.1.0 (code scanning), GitHub
//! Actions workflow commands and GitLab Code Quality.
//!
//! The formats take [`Finding`]s rather than [`crate::Diagnostic`]s so that
//! every command reports through the same layer: `check` converts its
//! diagnostics with [`Finding::from_diagnostic`], `diff` and `audit` build
//! findings of their own. Rule metadata (SARIF's `rules`) comes from the
//! [`crate::Code`] registry, with documentation links from
//! [`crate::docs_link`].

mod finding;
mod github;
mod gitlab;
mod sarif;

pub use finding::{Finding, Position};
pub use github::github_annotations;
pub use gitlab::{fingerprints, gitlab_code_quality};
pub use sarif::{sarif_log, Tool};
