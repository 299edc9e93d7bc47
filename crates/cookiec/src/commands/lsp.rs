//! `cookiec lsp`: run the language server over standard input/output.
//!
//! Everything lives in `cookiec-lsp`; this only starts it. `--stdio` is
//! accepted (and ignored) because several editors pass it by convention.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Communicate over standard input/output (the only transport; accepted
    /// for editors that always pass it).
    #[arg(long)]
    pub stdio: bool,
}

pub fn run(_args: Args) -> ExitCode {
    match cookiec_lsp::run_stdio() {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("cookiec lsp: cannot start the server: {e}");
            ExitCode::from(2)
        }
    }
}
