//! The library entry points: check a source text or a file.

use crate::model::{Model, Region};
use crate::{codes, lint_stage, lower};
use cookiec_diagnostics::Diagnostic;
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
    let (model, diags) = lower::lower(src, &parse.file, &syntax);
    let jurisdictions: Vec<Region> = match &opts.jurisdictions {
        Some(j) => j.clone(),
        None if !model.lint.jurisdictions.is_empty() => {
            model.lint.jurisdictions.iter().map(|r| r.value).collect()
        }
        None => model.consent.regions.iter().map(|r| r.value).collect(),
    };
    let diags = lint_stage::run(src, &parse, &model, diags, &jurisdictions);
    let mut diagnostics = parse.diagnostics;
    diagnostics.extend(diags);
    cookiec_diagnostics::sort(&mut diagnostics);
    Checked {
        file: parse.file,
        model,
        diagnostics,
    }
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
///
/// A `build.rs` that fails the build when the policy has errors and
/// rebuilds when it changes:
///
/// ```no_run
/// // The body of `fn main` in build.rs, with `cookiec-check` in
/// // [build-dependencies].
/// let path = std::path::Path::new("cookies/site.cookies");
/// println!("cargo:rerun-if-changed={}", path.display());
/// let checked = cookiec_check::check_path(path).unwrap_or_else(|e| panic!("{e}"));
/// for d in &checked.diagnostics {
///     println!("cargo:warning={} {}: {}", d.code, d.severity.as_str(), d.message);
/// }
/// assert!(!checked.has_errors(), "{} has errors", path.display());
/// // The typed model: every declared cookie, e.g. to generate constants.
/// for item in &checked.model.items {
///     let _name = item.display_name();
/// }
/// ```
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
