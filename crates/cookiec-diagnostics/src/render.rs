//! Rendering diagnostics for humans (ariadne) and machines (JSON).

use crate::{Diagnostic, LineIndex, Severity};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use serde::Serialize;

/// Render diagnostics as ariadne reports. `color` only when writing to a
/// terminal; snapshot tests pass `false`.
///
/// One ariadne [`Source`] serves every report of the file (building it
/// scans the whole text), and after [`HUMAN_LIMIT`] diagnostics a summary
/// line stands for the rest, as compilers do: a file with thousands of
/// errors is not helped by thousands of reports. JSON records are not
/// capped.
pub fn render(file_name: &str, src: &str, diags: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    let source = Source::from(src);
    for d in diags.iter().take(HUMAN_LIMIT) {
        render_one(file_name, src, &source, d, color, &mut out);
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if let Some(rest) = diags.get(HUMAN_LIMIT..).filter(|r| !r.is_empty()) {
        let errors = rest.iter().filter(|d| d.is_error()).count();
        text.push_str(&format!(
            "{file_name}: {} more diagnostic(s) not shown ({errors} error(s)); `--format json` lists them all\n",
            rest.len()
        ));
    }
    text
}

/// How many diagnostics of one file are rendered for people.
pub const HUMAN_LIMIT: usize = 50;

fn clamp(src: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let len = src.len();
    let s = r.start.min(len);
    let e = r.end.clamp(s, len);
    s..e
}

fn render_one(
    file_name: &str,
    src: &str,
    source: &Source<&str>,
    d: &Diagnostic,
    color: bool,
    out: &mut Vec<u8>,
) {
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
        Severity::Info | Severity::Hint => ReportKind::Advice,
    };
    let primary_color = match d.severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        _ => Color::Cyan,
    };
    let span = clamp(src, d.primary.span.range());
    let label_msg = if d.primary.message.is_empty() {
        d.message.clone()
    } else {
        d.primary.message.clone()
    };
    let mut report = Report::build(kind, (file_name, span.clone()))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_code(d.code)
        .with_message(&d.message)
        .with_label(
            Label::new((file_name, span))
                .with_message(label_msg)
                .with_color(primary_color),
        );
    for l in &d.secondary {
        report = report.with_label(
            Label::new((file_name, clamp(src, l.span.range())))
                .with_message(&l.message)
                .with_color(Color::Blue),
        );
    }
    if let Some(help) = &d.help {
        report = report.with_help(help);
    }
    for fix in &d.fixes {
        // `check --fix` applies exactly the fixes advertised as available;
        // the ones that change meaning say which option applies them.
        report = report.with_note(if fix.safe {
            format!("fix available: {}", fix.title)
        } else {
            format!("unsafe fix available with --unsafe-fixes: {}", fix.title)
        });
    }
    // ariadne writes to an in-memory buffer: the only failure is a broken
    // Write impl, which Vec does not have.
    let _ = report.finish().write((file_name, source), &mut *out);
}

/// One machine-readable record per diagnostic (`--format json`).
#[derive(Debug, Serialize)]
pub struct JsonRecord<'a> {
    pub file: &'a str,
    pub code: &'a str,
    pub severity: &'a str,
    pub message: &'a str,
    pub start: usize,
    pub end: usize,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub help: Option<&'a str>,
    pub fixes: Vec<&'a str>,
}

/// The record of one diagnostic. For many, build the [`LineIndex`] once
/// and use [`json_record_in`].
pub fn json_record<'a>(file: &'a str, src: &str, d: &'a Diagnostic) -> JsonRecord<'a> {
    json_record_in(file, src, &LineIndex::new(src), d)
}

/// [`json_record`] with the file's line index built once by the caller.
pub fn json_record_in<'a>(
    file: &'a str,
    src: &str,
    index: &LineIndex,
    d: &'a Diagnostic,
) -> JsonRecord<'a> {
    let (line, column) = index.line_col(src, d.primary.span.start);
    let (end_line, end_column) = index.line_col(src, d.primary.span.end);
    JsonRecord {
        file,
        code: d.code,
        severity: d.severity.as_str(),
        message: &d.message,
        start: d.primary.span.start,
        end: d.primary.span.end,
        line,
        column,
        end_line,
        end_column,
        help: d.help.as_deref(),
        fixes: d.fixes.iter().map(|f| f.title.as_str()).collect(),
    }
}
