//! The library entry points: check a source text or a file.

use crate::model::{Model, Region};
use crate::{codes, lower, rules};
use cookiec_diagnostics::{Diagnostic, Edit, Fix, Severity, Span};
use cookiec_syntax::ast::SourceFile;
use std::path::{Path, PathBuf};

/// A checked file: its tree, its model (best effort when there are errors)
/// and every diagnostic (syntax, checker, lint rules), sorted by position.
#[derive(Clone, Debug)]
pub struct Checked {
    pub file: SourceFile,
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Regions lint rules apply to. `None`: the file's `lint
    /// jurisdictions`, else its `consent regions`, else none.
    pub jurisdictions: Option<Vec<Region>>,
}

/// Parse, lower and lint `src`.
///
/// ```
/// let checked = cookiec_check::check_source("policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n");
/// assert!(!checked.has_errors());
/// assert_eq!(checked.model.policy.service.value, "Shop");
///
/// let broken = cookiec_check::check_source("polcy \"Shop\" {\n}\n");
/// assert_eq!(broken.diagnostics[0].code, "E201");
/// ```
pub fn check_source(src: &str) -> Checked {
    check_source_with(src, &Options::default())
}

pub fn check_source_with(src: &str, opts: &Options) -> Checked {
    let parse = cookiec_syntax::parse(src);
    let syntax: Vec<_> = parse.diagnostics.iter().map(|d| d.primary.span).collect();
    let (model, mut diags) = lower::lower(src, &parse.file, &syntax);
    let jurisdictions: Vec<Region> = match &opts.jurisdictions {
        Some(j) => j.clone(),
        None if !model.lint.jurisdictions.is_empty() => {
            model.lint.jurisdictions.iter().map(|r| r.value).collect()
        }
        None => model.consent.regions.iter().map(|r| r.value).collect(),
    };
    let is_rule = |code: &str| rules::RULES.iter().any(|r| r.code == code);
    let suppressible = |d: &Diagnostic| is_rule(d.code) || d.code.starts_with('W');
    // A declaration with an error is not linted (rules, checker warnings)
    // until the error is fixed: a misspelt field would otherwise also read
    // as a missing one (one mistake, one diagnostic). A missing policy
    // is the file's error, not the declaration it points at.
    let broken: Vec<Span> = parse
        .file
        .nodes
        .iter()
        .map(|n| n.span)
        .filter(|span| {
            parse.diagnostics.iter().chain(diags.iter()).any(|d| {
                d.is_error()
                    && d.code != codes::MISSING_POLICY
                    && span.contains_span(d.primary.span)
            })
        })
        .collect();
    let in_broken = |span: Span| broken.iter().any(|b| b.contains_span(span));
    diags.extend(rules::run(&model, &parse.file, &jurisdictions));
    diags.retain(|d| !(suppressible(d) && in_broken(d.primary.span)));
    let unused = unused_allows(src, &model, &diags, &suppressible, &in_broken);
    // `lint { deny [...] }` raises rules and checker warnings to errors.
    for d in &mut diags {
        if model.lint.deny.iter().any(|c| c.value == d.code) {
            d.severity = Severity::Error;
        }
    }
    // Suppression applies to lint rules and checker warnings, never to
    // errors of the language itself.
    diags.retain(|d| !(suppressible(d) && suppressed(&model, d)));
    diags.extend(unused);
    let mut diagnostics = parse.diagnostics;
    diagnostics.extend(diags);
    cookiec_diagnostics::sort(&mut diagnostics);
    Checked {
        file: parse.file,
        model,
        diagnostics,
    }
}

fn suppressed(model: &Model, d: &Diagnostic) -> bool {
    model.lint.allow.iter().any(|c| c.value == d.code)
        || model
            .lint
            .suppressions
            .iter()
            .any(|s| s.code.value == d.code && s.scope.contains_span(d.primary.span))
}

/// W202 for each inline `allow CODE "reason"` that suppresses nothing in
/// its declaration (one without a reason already has its E219).
fn unused_allows(
    src: &str,
    model: &Model,
    diags: &[Diagnostic],
    suppressible: &dyn Fn(&Diagnostic) -> bool,
    in_broken: &dyn Fn(Span) -> bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in &model.lint.suppressions {
        let used = diags.iter().any(|d| {
            d.code == s.code.value && suppressible(d) && s.scope.contains_span(d.primary.span)
        });
        if used || s.reason.is_empty() || in_broken(s.scope) {
            continue;
        }
        let mut d = Diagnostic::warning(
            codes::UNUSED_ALLOW,
            format!("`allow {}` suppresses nothing here", s.code.value),
            s.code.span,
        )
        .with_label(format!("no `{}` in this declaration", s.code.value))
        .with_help("remove it: the rule does not fire here (any more)");
        if let Some(edit) = allow_line(src, s.code.span) {
            d = d.with_fix(Fix::safe("remove the unused `allow`", vec![edit]));
        }
        out.push(d);
    }
    out
}

/// An edit deleting the `allow ...` line holding `code` (only when the
/// line holds nothing else).
fn allow_line(src: &str, code: Span) -> Option<Edit> {
    let start = src
        .get(..code.start)?
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = src
        .get(code.end..)?
        .find('\n')
        .map(|i| code.end + i + 1)
        .unwrap_or(src.len());
    let line = src.get(start..end)?;
    let trimmed = line.trim();
    let rest = trimmed.strip_prefix("allow")?;
    // `allow CODE "reason"` and nothing else (no `}` or comment to keep).
    if !rest.starts_with(char::is_whitespace) || !trimmed.ends_with('"') {
        return None;
    }
    Some(Edit {
        span: Span::new(start, end),
        replacement: String::new(),
    })
}

/// Why a file could not be checked.
#[derive(Debug)]
pub enum CheckPathError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    NotUtf8 {
        path: PathBuf,
        valid_up_to: usize,
    },
}

impl std::fmt::Display for CheckPathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckPathError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            CheckPathError::NotUtf8 { path, valid_up_to } => write!(
                f,
                "{}: not valid UTF-8 (first invalid byte at offset {valid_up_to}); .cookies files must be UTF-8",
                path.display()
            ),
        }
    }
}

impl std::error::Error for CheckPathError {}

/// Read and check a file (for `build.rs` users).
pub fn check_path(path: &Path) -> Result<Checked, CheckPathError> {
    let bytes = std::fs::read(path).map_err(|error| CheckPathError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let src = String::from_utf8(bytes).map_err(|e| CheckPathError::NotUtf8 {
        path: path.to_path_buf(),
        valid_up_to: e.utf8_error().valid_up_to(),
    })?;
    Ok(check_source(&src))
}

/// The code's documentation, for messages that cite it.
pub fn code_summary(code: &str) -> Option<&'static str> {
    codes::find(code).map(|c| c.summary)
}
