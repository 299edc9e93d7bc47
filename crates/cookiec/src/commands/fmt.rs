//! `cookiec fmt`. (Owned by the issue that implements it.)

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("cookiec fmt: not implemented yet");
    ExitCode::from(2)
}
