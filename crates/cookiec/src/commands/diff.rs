//! `cookiec diff OLD NEW`: what changed between two versions of a policy,
//! each change marked material (the revision changes; visitors are asked
//! again) or not. `-` reads one side from standard input:
//! `git show main:site.cookies | cookiec diff - site.cookies`.
//!
//! Exit status: 0; 1 with `--fail-on material` when a change is material;
//! 2 on usage or I/O errors, or when a version has errors (a broken file
//! has no reliable meaning to compare).

use crate::io::read_source;
use cookiec_diagnostics::ci::{Finding, Position};
use cookiec_diagnostics::{line_col, render, Severity};
use cookiec_emit::diff::{diff, Change, Diff, Side, Version};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per change and a verdict.
    Human,
    /// One JSON document: revisions, verdict and changes.
    Json,
    /// A SARIF 2.1.0 log: D001 for material changes, D002 for the others.
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Exit 1 when a change is material.
    Material,
}

#[derive(clap::Args)]
pub struct Args {
    /// The old version (`-` for standard input).
    old: PathBuf,
    /// The new version (`-` for standard input).
    new: PathBuf,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Exit 1 on a material change, so CI can require a reviewer.
    #[arg(long, value_enum, value_name = "WHAT")]
    fail_on: Option<FailOn>,
    /// Base of the documentation links in SARIF output (default: the
    /// `COOKIEC_DOCS_BASE` environment variable, else `docs`).
    #[arg(long, value_name = "URL")]
    docs_base: Option<String>,
}

pub fn run(args: Args) -> ExitCode {
    if args.old.as_os_str() == "-" && args.new.as_os_str() == "-" {
        eprintln!("error: only one of OLD and NEW can be standard input (`-`)");
        return ExitCode::from(2);
    }
    let (Some(old_src), Some(new_src)) = (read(&args.old), read(&args.new)) else {
        return ExitCode::from(2);
    };
    let old = cookiec_check::check_source(&old_src);
    let new = cookiec_check::check_source(&new_src);
    let color = std::io::stderr().is_terminal();
    let mut broken = false;
    for (path, src, checked) in [(&args.old, &old_src, &old), (&args.new, &new_src, &new)] {
        if checked.has_errors() {
            let errors: Vec<_> = checked.errors().cloned().collect();
            eprint!("{}", render(&name(path), src, &errors, color));
            eprintln!(
                "error: {}: cannot compare a version with errors",
                name(path)
            );
            broken = true;
        }
    }
    if broken {
        return ExitCode::from(2);
    }
    let d = diff(
        Version {
            src: &old_src,
            model: &old.model,
        },
        Version {
            src: &new_src,
            model: &new.model,
        },
    );
    let out = match args.format {
        Format::Human => human(&d, &args),
        Format::Json => json(&d),
        Format::Sarif => {
            let base = args
                .docs_base
                .clone()
                .unwrap_or_else(cookiec_diagnostics::docs_base);
            let findings: Vec<Finding> = d
                .changes
                .iter()
                .map(|c| finding(c, &args, &old_src, &new_src))
                .collect();
            let log = crate::report::sarif(&findings, &base);
            format!(
                "{}\n",
                serde_json::to_string_pretty(&log).unwrap_or_default()
            )
        }
    };
    print!("{out}");
    if args.fail_on == Some(FailOn::Material) && d.material {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

fn read(path: &Path) -> Option<String> {
    match read_source(path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("error: {}: {e}", name(path));
            None
        }
    }
}

fn human(d: &Diff, args: &Args) -> String {
    let mut out = format!(
        "{} -> {} (revision {} -> {})\n",
        name(&args.old),
        name(&args.new),
        d.old_revision,
        d.new_revision
    );
    for c in &d.changes {
        let mark = if c.material {
            "material    "
        } else {
            "not material"
        };
        out.push_str(&format!("  {mark}  {}\n", c.summary));
    }
    let n = d.changes.len();
    let material = d.changes.iter().filter(|c| c.material).count();
    let verdict = if n == 0 {
        "no change".to_string()
    } else if d.material {
        format!(
            "{n} change{}, {material} material: the revision changes and visitors are asked again",
            if n == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{n} change{}, none material: the revision stays",
            if n == 1 { "" } else { "s" }
        )
    };
    out.push_str(&verdict);
    out.push('\n');
    out
}

fn json(d: &Diff) -> String {
    let mut v = serde_json::to_value(d).unwrap_or_default();
    if let Some(changes) = v.get_mut("changes").and_then(|c| c.as_array_mut()) {
        for (c, change) in changes.iter_mut().zip(&d.changes) {
            c["code"] = change.code().into();
        }
    }
    format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
}

fn finding(c: &Change, args: &Args, old_src: &str, new_src: &str) -> Finding {
    let (path, src) = match c.side {
        Side::Old => (&args.old, old_src),
        Side::New => (&args.new, new_src),
    };
    let (line, column) = line_col(src, c.span.start);
    let (end_line, end_column) = line_col(src, c.span.end);
    Finding {
        file: name(path),
        code: c.code().to_string(),
        severity: if c.material {
            Severity::Warning
        } else {
            Severity::Info
        },
        message: c.summary.clone(),
        help: None,
        start: Position { line, column },
        end: Position {
            line: end_line,
            column: end_column,
        },
        snippet: c.subject.clone(),
    }
}
