//! The checked view of one document version: syntax tree, model and the
//! diagnostics `cookiec check` reports for the same text.
//!
//! It calls exactly what the CLI calls (`cookiec_check::check_source`), so
//! the editor and the command line can never disagree. A panic inside the
//! checker is caught here: the document then has no tree, and the failure
//! is reported to the client instead of killing the server.

use cookiec_check::model::Model;
use cookiec_check::names::Names;
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::SourceFile;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Analysis {
    pub file: SourceFile,
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
    /// Set when the checker panicked on this text.
    pub failure: Option<String>,
    /// The checker's symbol table of this version, built on first use
    /// (`cookiec check` never needs it, so the checker does not build it
    /// unasked; completion and hover run per keystroke and must not
    /// rebuild it).
    names: OnceLock<Names>,
}

impl Analysis {
    /// Definitions and references of this version.
    pub fn names(&self) -> &Names {
        self.names.get_or_init(|| Names::of(&self.file))
    }

    pub fn of(text: &str) -> Analysis {
        match catch_unwind(AssertUnwindSafe(|| cookiec_check::check_source(text))) {
            Ok(checked) => Analysis {
                file: checked.file,
                model: checked.model,
                diagnostics: checked.diagnostics,
                failure: None,
                names: OnceLock::new(),
            },
            Err(payload) => Analysis {
                file: SourceFile {
                    nodes: Vec::new(),
                    comments: Vec::new(),
                    span: Span::new(0, text.len()),
                },
                model: Model::default(),
                diagnostics: Vec::new(),
                failure: Some(panic_message(payload.as_ref())),
                names: OnceLock::new(),
            },
        }
    }
}

/// The text of a panic payload (`&str` or `String`), for the log.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
