//! Spans, diagnostics, code documentation and rendering, shared by every
//! stage of cookiec (syntax → check → emit) and by the CLI and language
//! server.

mod code;
mod diagnostic;
mod line_index;
mod render;
mod span;

pub use code::{find, CodeInfo, DOCS_BASE};
pub use diagnostic::{sort, Diagnostic, Edit, Fix, Label, Severity};
pub use line_index::LineIndex;
pub use render::{json_record, json_record_in, render, JsonRecord, HUMAN_LIMIT};
pub use span::{line_col, Span};
