//! `cookiec init [--from CAPTURE...] [-o FILE]`: write a first `.cookies`
//! file. From captures, every observed item is drafted (from the catalog
//! where it knows the name) with `# TODO` where a human decides; without,
//! a commented starter file. The result checks without errors and is
//! formatted.
//!
//! Exit status: 0 when written; 2 on I/O errors or when the output file
//! exists (`--force` replaces it).

use crate::io::write_atomic;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Draft the items from these captures (HAR or Website Evidence Collector `inspection.json`).
    #[arg(long = "from", value_name = "CAPTURE", num_args = 1..)]
    from: Vec<PathBuf>,
    /// Where to write; standard output when not given.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace an existing output file.
    #[arg(long)]
    force: bool,
    /// A catalog in the Open Cookie Database's CSV format, instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let text = if args.from.is_empty() {
        cookiec_audit::init::starter()
    } else {
        let imported = match super::audit::load_catalog(args.catalog.as_ref()) {
            Ok(c) => c,
            Err(msg) => {
                eprintln!("error: {msg}");
                return ExitCode::from(2);
            }
        };
        let catalog = imported
            .as_ref()
            .unwrap_or_else(|| cookiec_catalog::catalog());
        let Some(captures) = super::audit::load_captures(&args.from) else {
            return ExitCode::from(2);
        };
        cookiec_audit::init::draft(&captures, catalog)
    };
    match &args.output {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) if path.exists() && !args.force => {
            eprintln!(
                "error: {}: already exists (use --force to replace it)",
                path.display()
            );
            ExitCode::from(2)
        }
        Some(path) => match write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                let todos = text.lines().filter(|l| l.contains("TODO")).count();
                eprintln!(
                    "wrote {} ({todos} lines with TODO to answer)",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                ExitCode::from(2)
            }
        },
    }
}
