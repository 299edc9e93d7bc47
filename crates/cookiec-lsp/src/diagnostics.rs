//! Diagnostics for the editor: exactly what `cookiec check` reports for the
//! same text, converted to LSP with the code, a link to the code's
//! documentation and the secondary labels as related information.

use crate::documents::Document;
use cookiec_diagnostics::{docs_link, Diagnostic, Severity};
use tower_lsp_server::ls_types::{
    self as lsp, CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};

pub const SOURCE: &str = "cookiec";

pub fn diagnostics(doc: &Document) -> Vec<lsp::Diagnostic> {
    doc.analysis()
        .diagnostics
        .iter()
        .map(|d| to_lsp(doc, d))
        .collect()
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// The published page `cookiec explain CODE` prints, under the configured
/// documentation base (`COOKIEC_DOCS_BASE`). No link while the base is a
/// relative path: clients need an absolute URI, and a guessed one would be
/// dead.
pub fn code_link(code: &str) -> Option<Uri> {
    let link = cookiec_check::rules::docs::doc_link(code);
    if !docs_link::is_absolute(&link) {
        return None;
    }
    link.parse().ok()
}

pub fn to_lsp(doc: &Document, d: &Diagnostic) -> lsp::Diagnostic {
    let mut message = d.message.clone();
    if !d.primary.message.is_empty() && d.primary.message != d.message {
        message.push_str(&format!("\n{}", d.primary.message));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .secondary
        .iter()
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(doc.uri.clone(), doc.range(l.span)),
            message: if l.message.is_empty() {
                d.message.clone()
            } else {
                l.message.clone()
            },
        })
        .collect();
    lsp::Diagnostic {
        range: doc.range(d.primary.span),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code.to_string())),
        code_description: code_link(d.code).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: if related.is_empty() {
            None
        } else {
            Some(related)
        },
        tags: None,
        data: None,
    }
}
