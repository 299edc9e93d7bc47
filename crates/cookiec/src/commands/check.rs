//! `cookiec check`: check files and report diagnostics.
//!
//! Exit status: 0 when no file has errors (warnings allowed); 1 when a file
//! has errors; 2 on usage or I/O errors (missing file, not UTF-8, unknown
//! `--jurisdiction`). Directories are searched recursively for
//! `*.cookies` (respecting `.gitignore`), as `cookiec fmt` does; with no
//! path, the current folder is.

use crate::fixing::{fix_all, Level};
use crate::io::{read_source, rewrite_in_place};
use crate::report::{Format, Report};
use cookiec_check::model::Region;
use cookiec_check::{check_source_with, Options};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (searched for `*.cookies`, respecting
    /// `.gitignore`); `-` reads standard input. Default: every `*.cookies`
    /// file under the current folder.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format: `sarif`, `github` and `gitlab` are for CI (see
    /// docs/ci.md).
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Apply every safe fix, rewrite the files (formatting what the fixes
    /// touched), then report what remains. With `-`, the fixed source is
    /// written to standard output.
    #[arg(long)]
    fix: bool,
    /// With `--fix`, also apply the fixes that change what the policy
    /// declares (implies `--fix`).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Check again whenever an input file is saved.
    #[arg(long)]
    watch: bool,
    /// Base of the documentation links in SARIF output (default: the
    /// `COOKIEC_DOCS_BASE` environment variable, else `docs`).
    #[arg(long, value_name = "URL")]
    docs_base: Option<String>,
    /// Check lint rules for this region (repeatable); overrides the file's
    /// `lint jurisdictions` and `consent regions`.
    #[arg(long = "jurisdiction", value_name = "REGION")]
    jurisdictions: Vec<String>,
}

/// Totals over every file, for the summary line and the exit status.
#[derive(Default)]
struct Totals {
    files: usize,
    errors: usize,
    warnings: usize,
    fixed: usize,
    io_errors: usize,
}

pub fn run(args: Args) -> ExitCode {
    let opts = match options(&args.jurisdictions) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let paths = crate::discover::or_current_dir(&args.paths);
    if args.watch {
        let inputs = match crate::watch::Inputs::new(&paths) {
            Ok(i) => i,
            Err(msg) => {
                eprintln!("error: {msg}");
                return ExitCode::from(2);
            }
        };
        return crate::watch::watch(&inputs, || {
            let _ = run_once(&args, &paths, &opts);
        });
    }
    run_once(&args, &paths, &opts)
}

fn run_once(args: &Args, paths: &[PathBuf], opts: &Options) -> ExitCode {
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let docs_base = args
        .docs_base
        .clone()
        .unwrap_or_else(cookiec_diagnostics::docs_base);
    let mut report = Report::new(args.format, color, &docs_base);
    let mut totals = Totals::default();
    for path in paths {
        match crate::discover::expand(path) {
            Ok(files) if files.is_empty() => {
                eprintln!(
                    "error: {}: no .cookies files in this directory",
                    path.display()
                );
                totals.io_errors += 1;
            }
            Ok(files) => {
                for file in files {
                    check_one(&file, args, opts, &mut report, &mut totals);
                }
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                totals.io_errors += 1;
            }
        }
    }
    report.finish();
    // With nothing read, the I/O errors above are the whole story.
    if args.format == Format::Human && totals.files > 0 {
        summary(&totals);
    }
    if totals.io_errors > 0 {
        ExitCode::from(2)
    } else if totals.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn options(names: &[String]) -> Result<Options, String> {
    if names.is_empty() {
        return Ok(Options::default());
    }
    let mut regions = Vec::new();
    for n in names {
        match Region::parse(n) {
            Some(r) => regions.push(r),
            None => {
                return Err(format!(
                    "unknown region `{n}` for --jurisdiction; regions: {}",
                    Region::NAMES.join(", ")
                ))
            }
        }
    }
    Ok(Options {
        jurisdictions: Some(regions),
    })
}

fn check_one(path: &Path, args: &Args, opts: &Options, report: &mut Report, totals: &mut Totals) {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let src = match read_source(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            totals.io_errors += 1;
            return;
        }
    };
    totals.files += 1;
    let mut checked = check_source_with(&src, opts);
    let mut text = src;
    let fix = args.fix || args.unsafe_fixes;
    if fix {
        let level = if args.unsafe_fixes {
            Level::Unsafe
        } else {
            Level::Safe
        };
        let (fixed, result, n) = fix_all(&text, checked, opts, level);
        checked = result;
        totals.fixed += n;
        if fixed != text {
            let written = if path.as_os_str() == "-" {
                std::io::stdout()
                    .write_all(fixed.as_bytes())
                    .map_err(|e| e.to_string())
            } else {
                rewrite_in_place(path, text.as_bytes(), fixed.as_bytes()).map_err(|e| e.to_string())
            };
            if let Err(e) = written {
                eprintln!("error: {name}: cannot write the fixed file: {e}");
                totals.io_errors += 1;
            }
        }
        text = fixed;
    }
    report.file(
        &name,
        &text,
        &checked.diagnostics,
        fix && path.as_os_str() == "-",
    );
    totals.errors += checked.diagnostics.iter().filter(|d| d.is_error()).count();
    totals.warnings += checked.diagnostics.iter().filter(|d| !d.is_error()).count();
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn summary(t: &Totals) {
    let mut line = format!(
        "{}, {} in {}",
        plural(t.errors, "error"),
        plural(t.warnings, "warning"),
        plural(t.files, "file")
    );
    if t.fixed > 0 {
        line.push_str(&format!(" ({} fixed)", plural(t.fixed, "problem")));
    }
    eprintln!("{line}");
}
