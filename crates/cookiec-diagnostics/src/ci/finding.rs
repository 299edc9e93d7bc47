//! One reportable result, independent of the command that produced it.

use crate::{line_col, Diagnostic, Severity};

/// A 1-based line and column (columns counted in Unicode scalar values, as
/// SARIF's `unicodeCodePoints` column kind and GitHub's annotations want).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file as the user named it (a relative path in CI).
    pub file: String,
    /// A registered code (`cookiec explain CODE` knows it).
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub start: Position,
    pub end: Position,
    /// The source text the finding points at, whitespace-normalised: what
    /// identifies it when lines above it move (see [`crate::ci::fingerprints`]).
    pub snippet: String,
}

impl Finding {
    pub fn from_diagnostic(file: &str, src: &str, d: &Diagnostic) -> Finding {
        let (line, column) = line_col(src, d.primary.span.start);
        let (end_line, end_column) = line_col(src, d.primary.span.end);
        Finding {
            file: file.to_string(),
            code: d.code.to_string(),
            severity: d.severity,
            message: d.message.clone(),
            help: d.help.clone(),
            start: Position { line, column },
            end: Position {
                line: end_line,
                column: end_column,
            },
            snippet: normalise(d.primary.span.slice(src)),
        }
    }
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
