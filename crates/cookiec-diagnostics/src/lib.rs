//! Spans, diagnostics, code documentation and rendering, shared by every
//! stage of cookiec (syntax → check → emit) and by the CLI and language
//! server.

mod code;
mod diagnostic;
mod render;
mod span;
pub mod stage_codes;

pub use code::{Code, CodeInfo, Stage, DOCS_BASE};
pub use diagnostic::{sort, Diagnostic, Edit, Fix, Label, Severity};
pub use render::{json_record, render, JsonRecord};
pub use span::{line_col, Span};
