//! Spans, diagnostics, code documentation and rendering, shared by every
//! stage of cookiec (syntax → check → emit) and by the CLI and language
//! server.

pub mod ci;
mod code;
mod diagnostic;
pub mod docs_link;
mod json_str;
mod line_index;
mod render;
mod span;
pub mod stage_codes;

pub use code::{Code, CodeInfo, Stage};
pub use diagnostic::{sort, Diagnostic, Edit, Fix, Label, Severity};
pub use docs_link::{docs_base, DOCS_BASE_ENV};

pub use json_str::push_json_str;
pub use line_index::LineIndex;
pub use render::{json_record, json_record_in, render, JsonRecord, HUMAN_LIMIT};
pub use span::{line_col, Span};
