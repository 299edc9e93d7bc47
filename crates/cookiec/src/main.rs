//! `cookiec`: compile `.cookies` cookie-policy files.
//!
//! One module per command under `commands/`; this file only routes.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Checking allocates a string or a vector per value of the file; the
/// system allocator spent a third of a large check in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod discover;
mod fixing;
mod io;
mod output_set;
mod report;
mod watch;

#[derive(Parser)]
#[command(
    name = "cookiec",
    version,
    about = "Compiler and language server for .cookies cookie-policy files"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files and report diagnostics (exit 0: no errors, 1: errors, 2: usage or I/O).
    Check(commands::check::Args),
    /// Compile a policy into its documents, runtime config and header rules.
    Build(commands::build::Args),
    /// Show what changed between two versions of a policy, and whether it is material.
    Diff(commands::diff::Args),
    /// Format files in place, check formatting, or format standard input.
    Fmt(commands::fmt::Args),
    /// Hold a policy against captures of the site (HAR, Website Evidence Collector).
    Audit(commands::audit::Args),
    /// Write a first .cookies file, from captures or as a commented starter.
    Init(commands::init::Args),
    /// Run the language server over standard input/output.
    Lsp(commands::lsp::Args),
    /// Print the documentation of a diagnostic code.
    Explain(commands::explain::Args),
    /// List every lint rule.
    Rules(commands::rules::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap's own exit code is 2 for usage errors and 0 for --help/--version.
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // `cookiec check | head`: when the reader goes away, end quietly as
    // other command-line tools do (SIGPIPE's default action) instead of
    // panicking on the failed write; Rust starts programs with SIGPIPE
    // ignored. The language server keeps it ignored: a client that closes
    // its end is handled there, with the exit code the protocol asks for.
    if !matches!(cli.command, Command::Lsp(_)) {
        sigpipe::reset();
    }
    match cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Build(args) => commands::build::run(args),
        Command::Diff(args) => commands::diff::run(args),
        Command::Fmt(args) => commands::fmt::run(args),
        Command::Audit(args) => commands::audit::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::Lsp(args) => commands::lsp::run(args),
        Command::Explain(args) => commands::explain::run(args),
        Command::Rules(args) => commands::rules::run(args),
    }
}
