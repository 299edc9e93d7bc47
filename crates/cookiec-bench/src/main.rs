//! `cargo run -p cookiec-bench -- generate N DIR`: write `N.cookies` and
//! `N.json` (the same content) into DIR.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", n, dir] => {
            let Ok(n) = n.parse::<usize>() else {
                eprintln!("generate: {n} is not a number of items");
                return ExitCode::from(2);
            };
            let dir = std::path::Path::new(dir);
            let written = std::fs::create_dir_all(dir)
                .and_then(|()| {
                    std::fs::write(
                        dir.join(format!("{n}.cookies")),
                        cookiec_bench::generate::cookies(n),
                    )
                })
                .and_then(|()| {
                    std::fs::write(
                        dir.join(format!("{n}.json")),
                        cookiec_bench::generate::json(n),
                    )
                });
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("generate: {}: {e}", dir.display());
                    ExitCode::from(2)
                }
            }
        }
        _ => {
            eprintln!("usage: cookiec-bench generate N DIR");
            ExitCode::from(2)
        }
    }
}
