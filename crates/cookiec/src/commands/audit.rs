//! `cookiec audit POLICY CAPTURE...`: hold the declaration against what
//! captures of the site saw (HAR files, Website Evidence Collector
//! `inspection.json`), with findings pointing into the policy.
//!
//! Exit status: 0 when no finding is an error (information such as
//! AUD006 allowed); 1 when one is; 2 on usage or I/O errors, or a policy
//! with errors (`cookiec check` it first).

use crate::io::read_source;
use crate::report;
use cookiec_audit::capture;
use cookiec_audit::consent::ConsentArg;
use cookiec_catalog::Catalog;
use cookiec_diagnostics::{json_record, render, Severity};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// The audit's formats: its own human and JSON output, and the CI formats
/// of `check` (`crate::report`), fed the findings as diagnostics pointing
/// into the policy.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Annotated policy snippets and a summary line.
    Human,
    /// One JSON object per finding per line.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning and other SARIF viewers).
    Sarif,
    /// GitHub Actions workflow commands (annotations on the policy file).
    Github,
    /// GitLab Code Quality report.
    Gitlab,
}

#[derive(clap::Args)]
pub struct Args {
    /// The `.cookies` policy.
    #[arg(value_name = "POLICY")]
    policy: PathBuf,
    /// Capture files: HAR (`*.har`) or Website Evidence Collector `inspection.json`.
    #[arg(required = true, value_name = "CAPTURE")]
    captures: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// The consent state the captures were taken in: `none`, `all`, or
    /// category ids (repeatable, or comma-separated). Default: read from the
    /// consent record the captured requests carry.
    #[arg(long, value_name = "STATE", value_delimiter = ',')]
    consent: Vec<String>,
    /// A catalog in the Open Cookie Database's CSV format, instead of the
    /// built-in one, for the guesses of what an undeclared item is.
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
    /// Base of the documentation links in SARIF output (default: the
    /// `COOKIEC_DOCS_BASE` environment variable, else none).
    #[arg(long, value_name = "URL")]
    docs_base: Option<String>,
}

/// The built-in catalog, or the imported one (its import report on stderr).
pub fn load_catalog(path: Option<&PathBuf>) -> Result<Option<Catalog>, String> {
    let Some(path) = path else { return Ok(None) };
    let import =
        cookiec_catalog::ocd::import_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("catalog {}: {}", path.display(), import.summary());
    Ok(Some(import.catalog))
}

/// Every capture, or `None` (the reason printed) when one cannot be read.
pub fn load_captures(paths: &[PathBuf]) -> Option<Vec<capture::Capture>> {
    let mut captures = Vec::new();
    for path in paths {
        match capture::load(path) {
            Ok(c) => captures.push(c),
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                return None;
            }
        }
    }
    Some(captures)
}

pub fn run(args: Args) -> ExitCode {
    let name = args.policy.display().to_string();
    let src = match read_source(&args.policy) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let checked = cookiec_check::check_source(&src);
    if checked.has_errors() {
        let errors: Vec<_> = checked.errors().cloned().collect();
        eprint!("{}", render(&name, &src, &errors, color));
        eprintln!("error: {name} has errors: fix them (`cookiec check`) before auditing");
        return ExitCode::from(2);
    }
    let model = checked.model;
    let consent = match ConsentArg::parse(&args.consent, &model) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let imported = match load_catalog(args.catalog.as_ref()) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let catalog = imported
        .as_ref()
        .unwrap_or_else(|| cookiec_catalog::catalog());
    let Some(captures) = load_captures(&args.captures) else {
        return ExitCode::from(2);
    };
    let findings = cookiec_audit::audit(
        &model,
        &captures,
        &cookiec_audit::Options { consent, catalog },
    );
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    match args.format {
        Format::Human => {
            let diags: Vec<_> = findings.iter().map(|f| f.diagnostic(&model)).collect();
            print!("{}", render(&name, &src, &diags, color));
            eprintln!(
                "audit: {} finding{} ({errors} error{}) in {} capture{}",
                findings.len(),
                if findings.len() == 1 { "" } else { "s" },
                if errors == 1 { "" } else { "s" },
                captures.len(),
                if captures.len() == 1 { "" } else { "s" },
            );
        }
        Format::Sarif | Format::Github | Format::Gitlab => {
            let format = match args.format {
                Format::Sarif => report::Format::Sarif,
                Format::Github => report::Format::Github,
                _ => report::Format::Gitlab,
            };
            let docs_base = args
                .docs_base
                .clone()
                .unwrap_or_else(cookiec_diagnostics::docs_base);
            let diags: Vec<_> = findings.iter().map(|f| f.diagnostic(&model)).collect();
            let mut out = report::Report::new(format, false, &docs_base);
            out.file(&name, &src, &diags, false);
            out.finish();
        }
        Format::Json => {
            for f in &findings {
                let d = f.diagnostic(&model);
                let mut record = serde_json::to_value(f).unwrap_or_default();
                if let (Some(obj), Ok(serde_json::Value::Object(loc))) = (
                    record.as_object_mut(),
                    serde_json::to_value(json_record(&name, &src, &d)),
                ) {
                    // The place in the policy the finding points at.
                    for key in [
                        "file",
                        "line",
                        "column",
                        "end_line",
                        "end_column",
                        "start",
                        "end",
                    ] {
                        if let Some(v) = loc.get(key) {
                            obj.insert(key.to_string(), v.clone());
                        }
                    }
                }
                println!("{record}");
            }
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
