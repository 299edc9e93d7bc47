pub mod audit;
pub mod build;
pub mod check;
pub mod explain;
pub mod fmt;
pub mod init;
pub mod lsp;
pub mod rules;
