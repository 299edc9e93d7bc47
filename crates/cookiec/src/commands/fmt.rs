//! `cookiec fmt`: format `.cookies` files in place, check that they are
//! formatted (`--check`, with a diff), or format standard input (`-`).
//!
//! Exit status: 0 when everything is (now) formatted; 1 when `--check`
//! found files to reformat or a file has syntax errors (such a file is
//! reported and never rewritten); 2 on usage or I/O errors.

use crate::io::{read_source, rewrite_in_place};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (searched recursively for `*.cookies`,
    /// respecting `.gitignore`); `-` for standard input, written formatted
    /// to standard output. Default: every `*.cookies` file under the
    /// current folder.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Change nothing: print a diff of what formatting would change and exit
    /// 1 if any file is not formatted.
    #[arg(long)]
    check: bool,
}

/// What happened to one input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Unchanged,
    /// Rewritten, or (with `--check`) would be.
    Changed,
    SyntaxErrors,
    IoError,
}

pub fn run(args: Args) -> ExitCode {
    let color = std::io::stderr().is_terminal();
    let mut outcomes = Vec::new();
    let paths = crate::discover::or_current_dir(&args.paths);
    for path in &paths {
        if path.as_os_str() == "-" {
            outcomes.push(format_stdin(args.check, color));
            continue;
        }
        match crate::discover::expand(path) {
            Ok(files) => {
                for file in files {
                    outcomes.push(format_file(&file, args.check, color));
                }
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                outcomes.push(Outcome::IoError);
            }
        }
    }
    // Editors piping through `cookiec fmt -` want nothing but the text.
    if paths.iter().any(|p| p.as_os_str() != "-") {
        summary(&outcomes, args.check);
    }
    if outcomes.contains(&Outcome::IoError) {
        ExitCode::from(2)
    } else if outcomes.contains(&Outcome::SyntaxErrors)
        || (args.check && outcomes.contains(&Outcome::Changed))
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn format_stdin(check: bool, color: bool) -> Outcome {
    let src = match read_source(Path::new("-")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: <stdin>: {e}");
            return Outcome::IoError;
        }
    };
    let out = match cookiec_fmt::format(&src) {
        Ok(out) => out,
        Err(diags) => {
            eprint!(
                "{}",
                cookiec_diagnostics::render("<stdin>", &src, &diags, color)
            );
            return Outcome::SyntaxErrors;
        }
    };
    let changed = out != src;
    let text = if check {
        if changed {
            diff("<stdin>", &src, &out)
        } else {
            String::new()
        }
    } else {
        out
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        eprintln!("error: <stdout>: {e}");
        return Outcome::IoError;
    }
    if changed {
        Outcome::Changed
    } else {
        Outcome::Unchanged
    }
}

fn format_file(path: &Path, check: bool, color: bool) -> Outcome {
    let name = path.display().to_string();
    let src = match read_source(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return Outcome::IoError;
        }
    };
    let out = match cookiec_fmt::format(&src) {
        Ok(out) => out,
        Err(diags) => {
            eprint!(
                "{}",
                cookiec_diagnostics::render(&name, &src, &diags, color)
            );
            eprintln!("error: {name}: not formatted because of the errors above");
            return Outcome::SyntaxErrors;
        }
    };
    if out == src {
        return Outcome::Unchanged;
    }
    if check {
        let text = diff(&name, &src, &out);
        if std::io::stdout().is_terminal() {
            print!("{}", colorize(&text));
        } else {
            print!("{text}");
        }
    } else if let Err(e) = rewrite_in_place(path, src.as_bytes(), out.as_bytes()) {
        eprintln!("error: {name}: {e}");
        return Outcome::IoError;
    }
    Outcome::Changed
}

/// A unified diff from `old` to `new`. Line endings are shown as `\r`
/// markers would be invisible, so a CRLF-only change says so.
fn diff(name: &str, old: &str, new: &str) -> String {
    let d = similar::TextDiff::from_lines(old, new);
    let mut text = d
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{name}\t(original)"),
            &format!("{name}\t(formatted)"),
        )
        .to_string();
    if old.contains('\r') && old.replace("\r\n", "\n") == new {
        text.push_str(&format!(
            "# {name}: only line endings differ (CRLF -> LF)\n"
        ));
    }
    text
}

/// ANSI colors for a diff shown on a terminal: removed lines red, added
/// green, hunk headers cyan.
fn colorize(diff: &str) -> String {
    let mut out = String::with_capacity(diff.len() + diff.len() / 4);
    for line in diff.split_inclusive('\n') {
        let color = if line.starts_with("---") || line.starts_with("+++") {
            "\x1b[1m"
        } else if line.starts_with('-') {
            "\x1b[31m"
        } else if line.starts_with('+') {
            "\x1b[32m"
        } else if line.starts_with("@@") {
            "\x1b[36m"
        } else {
            ""
        };
        if color.is_empty() {
            out.push_str(line);
        } else {
            let body = line.strip_suffix('\n').unwrap_or(line);
            out.push_str(color);
            out.push_str(body);
            out.push_str("\x1b[0m");
            if line.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}

fn summary(outcomes: &[Outcome], check: bool) {
    let count = |o| outcomes.iter().filter(|x| **x == o).count();
    let (changed, unchanged, broken) = (
        count(Outcome::Changed),
        count(Outcome::Unchanged),
        count(Outcome::SyntaxErrors),
    );
    let plural = |n: usize| if n == 1 { "file" } else { "files" };
    let mut parts = Vec::new();
    if changed > 0 {
        let verb = if check {
            "would be reformatted"
        } else {
            "reformatted"
        };
        parts.push(format!("{changed} {} {verb}", plural(changed)));
    }
    if unchanged > 0 {
        let verb = if check {
            "already formatted"
        } else {
            "left unchanged"
        };
        parts.push(format!("{unchanged} {} {verb}", plural(unchanged)));
    }
    if broken > 0 {
        parts.push(format!(
            "{broken} {} not formatted (syntax errors)",
            plural(broken)
        ));
    }
    if !parts.is_empty() {
        eprintln!("cookiec fmt: {}", parts.join(", "));
    }
}
