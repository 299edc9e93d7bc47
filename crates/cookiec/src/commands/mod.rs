pub mod build;
pub mod check;
pub mod diff;
pub mod explain;
pub mod fmt;
pub mod lsp;
pub mod rules;
