//! `cookiec explain CODE`: print the documentation of a diagnostic code
//! (syntax, checker, lint rule, build or formatter: the one registry); `--list` lists every code.
//!
//! Exit status: 0 when found; 2 for an unknown code (with a suggestion).

use cookiec_check::codes;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A code (`E208`, case-insensitive) or its name (`unknown-reference`).
    #[arg(required_unless_present = "list", value_name = "CODE")]
    code: Option<String>,
    /// List every code with its severity and summary.
    #[arg(long, conflicts_with = "code")]
    list: bool,
}

pub fn run(args: Args) -> ExitCode {
    if args.list {
        for c in codes::all() {
            println!(
                "{:<8} {:<8} {:<30} {}",
                c.code,
                c.severity.as_str(),
                c.name,
                c.summary
            );
        }
        return ExitCode::SUCCESS;
    }
    let code = args.code.unwrap_or_default();
    match codes::find(&code) {
        Some(info) => {
            print!("{}", info.doc);
            if !info.doc.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: unknown diagnostic code `{code}`");
            match codes::similar(&code) {
                Some(s) => eprintln!("help: did you mean `{}` ({})?", s.code, s.name),
                None => eprintln!("help: `cookiec explain --list` lists every code"),
            }
            ExitCode::from(2)
        }
    }
}
