//! Spans, diagnostics, code documentation and rendering, shared by every
//! stage of cookiec (syntax → check → emit) and by the CLI and language
//! server.

pub mod ci;
mod code;
mod diagnostic;
pub mod docs_link;
mod render;
mod span;

pub use code::{find, CodeInfo};
pub use diagnostic::{sort, Diagnostic, Edit, Fix, Label, Severity};
pub use docs_link::{docs_base, DOCS_BASE_ENV};
pub use render::{json_record, render, JsonRecord};
pub use span::{line_col, Span};
