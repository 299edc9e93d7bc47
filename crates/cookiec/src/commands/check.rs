//! `cookiec check`: check files and report diagnostics.
//!
//! Exit status: 0 when no file has errors (warnings allowed); 1 when a file
//! has errors; 2 on usage or I/O errors (missing file, not UTF-8, unknown
//! `--jurisdiction`). Directories are searched recursively for
//! `*.cookies`, as `cookiec fmt` does.

use crate::io::{read_source, rewrite_in_place};
use cookiec_check::model::Region;
use cookiec_check::{apply_fixes, check_source_with, Checked, Options};
use cookiec_diagnostics::{json_record_in, render, LineIndex};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Annotated source snippets and a summary line.
    Human,
    /// One JSON object per diagnostic per line (no summary).
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (searched for `*.cookies`); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Apply every safe fix, rewrite the files, then report what remains.
    /// With `-`, the fixed source is written to standard output.
    #[arg(long)]
    fix: bool,
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
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut totals = Totals::default();
    for path in &args.paths {
        match collect(path) {
            Ok(files) if files.is_empty() => {
                eprintln!(
                    "error: {}: no .cookies files in this directory",
                    path.display()
                );
                totals.io_errors += 1;
            }
            Ok(files) => {
                for file in files {
                    check_one(&file, &args, &opts, color, &mut totals);
                }
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                totals.io_errors += 1;
            }
        }
    }
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

/// The files a path names: itself (or `-`), or the `*.cookies` files under
/// a directory, sorted so output is deterministic.
fn collect(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if path.as_os_str() == "-" || !std::fs::metadata(path)?.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let p = entry?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "cookies") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn check_one(path: &Path, args: &Args, opts: &Options, color: bool, totals: &mut Totals) {
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
    if args.fix {
        let (fixed, result, n) = fix_all(&text, checked, opts);
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
    report(
        &name,
        &text,
        &checked,
        args.format,
        color,
        args.fix && path.as_os_str() == "-",
    );
    totals.errors += checked.diagnostics.iter().filter(|d| d.is_error()).count();
    totals.warnings += checked.diagnostics.iter().filter(|d| !d.is_error()).count();
}

/// Apply safe fixes until nothing changes (a fix skipped for overlapping
/// another one is retried on the new text). Returns the new text, its
/// check, and how many diagnostics went away.
fn fix_all(src: &str, mut checked: Checked, opts: &Options) -> (String, Checked, usize) {
    let before = checked.diagnostics.len();
    let mut text = src.to_string();
    for _ in 0..8 {
        let next = apply_fixes(&text, &checked.diagnostics, true);
        if next == text {
            break;
        }
        text = next;
        checked = check_source_with(&text, opts);
    }
    let fixed = before.saturating_sub(checked.diagnostics.len());
    (text, checked, fixed)
}

/// Diagnostics go to standard output, except when standard output carries
/// the fixed source (`--fix -`): then to standard error.
fn report(name: &str, src: &str, checked: &Checked, format: Format, color: bool, to_stderr: bool) {
    let out = match format {
        Format::Human => render(name, src, &checked.diagnostics, color),
        Format::Json => {
            let mut s = String::new();
            let index = LineIndex::new(src);
            for d in &checked.diagnostics {
                if let Ok(line) = serde_json::to_string(&json_record_in(name, src, &index, d)) {
                    s.push_str(&line);
                    s.push('\n');
                }
            }
            s
        }
    };
    // A closed pipe (`cookiec check x | head`) is not an error worth a panic.
    let _ = if to_stderr {
        std::io::stderr().write_all(out.as_bytes())
    } else {
        std::io::stdout().write_all(out.as_bytes())
    };
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
