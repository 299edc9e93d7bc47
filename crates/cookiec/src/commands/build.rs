//! `cookiec build`: check a policy, then write its documents, runtime
//! config and header rules (see `docs/outputs.md`).
//!
//! Nothing is written unless the check and the emitter's own checks
//! (`cookiec_emit::prepare`) succeed. The outputs are then written as they
//! are made into a staging generation of the output set
//! ([`crate::output_set`]), which replaces the old set only once complete:
//! readers see the old set or the new one, and the whole set is never in
//! memory at once.

use crate::io::read_source;
use crate::output_set::replace_set_with;
use cookiec_diagnostics::{render, Diagnostic};
use cookiec_emit::{EmitError, Options, Template, Undeclared};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The `.cookies` file to compile (`-` for standard input).
    pub file: PathBuf,
    /// Output directory (created if missing).
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Only write the policy documents of this language (repeatable).
    #[arg(long = "lang", value_name = "L")]
    pub langs: Vec<String>,
    /// HTML page template with {{lang}}, {{title}}, {{style}}, {{content}}.
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// What header rules do with undeclared cookies.
    #[arg(long, value_name = "POLICY", default_value = "report", value_parser = ["allow", "strip", "report"])]
    pub undeclared: String,
    /// Build again whenever the policy (or the template) is saved.
    #[arg(long)]
    pub watch: bool,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// The check or the emitter reported errors (exit 1); every diagnostic
    /// of the file, errors and warnings.
    Errors(Vec<Diagnostic>),
    /// Usage or I/O problem (exit 2).
    Usage(String),
}

/// A successful build: the written files, in order, and the warnings of
/// the check (they do not stop a build, but are shown).
#[derive(Debug)]
pub struct Built {
    pub paths: Vec<PathBuf>,
    pub warnings: Vec<Diagnostic>,
}

/// Compile `src` and write its outputs into `out`. Writes nothing on
/// failure.
pub fn build(src: &str, out: &Path, opts: &Options) -> Result<Built, Failure> {
    let checked = cookiec_check::check_source(src);
    // Only a clean check makes the model emitters take.
    let (valid, diagnostics) = checked.into_valid();
    let Some(valid) = valid else {
        return Err(Failure::Errors(diagnostics));
    };
    let emitter = match cookiec_emit::prepare(&valid, opts) {
        Ok(e) => e,
        Err(EmitError::Diagnostics(mut d)) => {
            d.extend(diagnostics);
            cookiec_diagnostics::sort(&mut d);
            return Err(Failure::Errors(d));
        }
        Err(e @ EmitError::UnknownLanguage { .. }) => return Err(Failure::Usage(e.to_string())),
    };
    // Each output is written as it is made and then freed: a large
    // policy's outputs are many times its size.
    let mut written = Vec::new();
    replace_set_with(out, |generation| {
        emitter.each(|o| {
            generation.write(&o.name, &o.contents)?;
            written.push(out.join(&o.name));
            Ok(())
        })
    })
    .map_err(|e| {
        Failure::Usage(format!(
            "{}: {e}; the previous outputs are unchanged",
            out.display()
        ))
    })?;
    Ok(Built {
        paths: written,
        warnings: diagnostics,
    })
}

pub fn run(args: Args) -> ExitCode {
    if !args.watch {
        return run_once(&args);
    }
    let mut inputs = vec![args.file.clone()];
    inputs.extend(args.template.clone());
    match crate::watch::Inputs::new(&inputs) {
        Ok(inputs) => crate::watch::watch(&inputs, || {
            let _ = run_once(&args);
        }),
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run_once(args: &Args) -> ExitCode {
    let name = args.file.display().to_string();
    let src = match read_source(&args.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let template = match &args.template {
        None => None,
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| Template::parse(&t))
        {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("error: template {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let opts = Options {
        langs: args.langs.clone(),
        template,
        undeclared: Undeclared::parse(&args.undeclared).unwrap_or_default(),
    };
    let color = std::io::stderr().is_terminal();
    match build(&src, &args.out, &opts) {
        Ok(built) => {
            if !built.warnings.is_empty() {
                eprint!("{}", render(&name, &src, &built.warnings, color));
            }
            for p in built.paths {
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Errors(diags)) => {
            eprint!("{}", render(&name, &src, &diags, color));
            let n = diags.iter().filter(|d| d.is_error()).count();
            eprintln!("error: {name}: {n} error(s); nothing was written");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    const OK: &str = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\n\
category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
cookie \"sid\" {\n  category essential\n  purpose \"Keeps you signed in.\"\n  lifetime session\n}\n";

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.map(|e| {
                    let e = e.unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    #[test]
    fn writes_every_output_byte_identically_twice() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        let written = build(OK, &a, &Options::default()).unwrap();
        build(OK, &b, &Options::default()).unwrap();
        let names: Vec<String> = files(&a).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            [
                "c15t.config.js",
                "cookiec-filter.js",
                "cookiec-filter.json",
                "cookiec.config.json",
                "cookiec.headers.json",
                "cookieconsent.config.js",
                "klaro.config.js",
                "nginx-filter.conf",
                "nginx-module.conf",
                "nginx.conf",
                "policy.en.html",
                "policy.en.md",
                "policy.en.txt"
            ]
        );
        assert_eq!(written.paths.len(), 13);
        assert_eq!(files(&a), files(&b));
    }

    #[test]
    fn nothing_is_written_when_the_check_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let broken = OK.replace("category essential\n", "category essentail\n");
        match build(&broken, &out, &Options::default()) {
            Err(Failure::Errors(d)) => assert!(d.iter().any(|d| d.is_error())),
            other => panic!("expected errors, got {other:?}"),
        }
        assert!(
            !out.exists(),
            "the output directory must not even be created"
        );
    }

    #[test]
    fn header_injection_is_refused_and_nothing_written() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        for (from, to) in [
            ("cookie \"sid\"", "cookie \"sid;Domain=evil.example\""),
            (
                "lifetime session\n",
                "lifetime session\n  path \"/; Domain=evil.example\"\n",
            ),
            (
                "lifetime session\n",
                "lifetime session\n  domain \"a.example\\r\\nSet-Cookie: x=1\"\n",
            ),
        ] {
            let src = OK.replace(from, to);
            match build(&src, &out, &Options::default()) {
                Err(Failure::Errors(d)) => assert!(d.iter().any(|d| d.is_error()), "{src}"),
                other => panic!("expected refusal for {src}, got {other:?}"),
            }
            assert!(!out.exists());
        }
    }

    #[test]
    fn unknown_language_is_a_usage_error() {
        let tmp = tempfile::tempdir().unwrap();
        let opts = Options {
            langs: vec!["fr".into()],
            ..Options::default()
        };
        assert!(matches!(
            build(OK, tmp.path(), &opts),
            Err(Failure::Usage(_))
        ));
    }
}
