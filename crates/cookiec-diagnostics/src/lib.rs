//! Spans, diagnostics, code documentation and rendering, shared by every
//! stage of cookiec (syntax → check → emit) and by the CLI and language
//! server.

pub mod ci;
mod code;
pub mod docs_link;
mod diagnostic;
mod render;
mod span;

pub use code::{find, CodeInfo};
pub use docs_link::{docs_base, DOCS_BASE_ENV};
pub use diagnostic::{sort, Diagnostic, Edit, Fix, Label, Severity};
pub use render::{json_record, render, JsonRecord};
pub use span::{line_col, Span};
