//! The output formats of the commands that report findings (`check`, and
//! `diff`'s SARIF): human and JSON per file as they come, CI formats
//! (SARIF, GitHub annotations, GitLab Code Quality) through
//! `cookiec_diagnostics::ci`, the documents gathered over every file and
//! written once at the end.

use cookiec_diagnostics::ci::{self, Finding};
use cookiec_diagnostics::{json_record_in, render, Diagnostic, LineIndex};
use std::io::Write;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Annotated source snippets and a summary line.
    Human,
    /// One JSON object per diagnostic per line (no summary).
    Json,
    /// One SARIF 2.1.0 log for every file (GitHub code scanning).
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// One GitLab Code Quality report (JSON array) for every file.
    Gitlab,
}

pub struct Report<'a> {
    format: Format,
    color: bool,
    docs_base: &'a str,
    /// SARIF and GitLab: what `finish` writes.
    gathered: Vec<Finding>,
}

impl<'a> Report<'a> {
    pub fn new(format: Format, color: bool, docs_base: &'a str) -> Self {
        Report {
            format,
            color,
            docs_base,
            gathered: Vec::new(),
        }
    }

    /// Report one file's diagnostics. They go to standard output, except
    /// when standard output carries the fixed source (`--fix -`).
    pub fn file(&mut self, name: &str, src: &str, diags: &[Diagnostic], to_stderr: bool) {
        let out = match self.format {
            Format::Human => render(name, src, diags, self.color),
            Format::Json => {
                let mut s = String::new();
                let index = LineIndex::new(src);
                for d in diags {
                    if let Ok(line) = serde_json::to_string(&json_record_in(name, src, &index, d)) {
                        s.push_str(&line);
                        s.push('\n');
                    }
                }
                s
            }
            Format::Github => ci::github_annotations(&findings(name, src, diags)),
            Format::Sarif | Format::Gitlab => {
                self.gathered.extend(findings(name, src, diags));
                return;
            }
        };
        write(&out, to_stderr);
    }

    /// Write the documents gathered over every file (SARIF, GitLab).
    pub fn finish(self) {
        let doc = match self.format {
            Format::Human | Format::Json | Format::Github => return,
            Format::Sarif => sarif(&self.gathered, self.docs_base),
            Format::Gitlab => ci::gitlab_code_quality(&self.gathered),
        };
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        write(&format!("{text}\n"), false);
    }
}

fn findings(name: &str, src: &str, diags: &[Diagnostic]) -> Vec<Finding> {
    diags
        .iter()
        .map(|d| Finding::from_diagnostic(name, src, d))
        .collect()
}

/// A SARIF log of `findings`, with the metadata of every code cookiec has.
pub fn sarif(findings: &[Finding], docs_base: &str) -> serde_json::Value {
    let tool = ci::Tool {
        name: "cookiec",
        version: env!("CARGO_PKG_VERSION"),
        docs_base,
    };
    ci::sarif_log(
        &tool,
        &cookiec_check::codes::all().collect::<Vec<_>>(),
        &cookiec_check::rules::docs::doc_path,
        findings,
    )
}

fn write(out: &str, to_stderr: bool) {
    // A closed pipe (`cookiec check x | head`) is not an error worth a panic.
    let _ = if to_stderr {
        std::io::stderr().write_all(out.as_bytes())
    } else {
        std::io::stdout().write_all(out.as_bytes())
    };
}
