//! The performance benchmark of docs/performance.md and its input
//! generator (also used by tests that need a large valid policy).

pub mod generate;
pub mod lsp;
