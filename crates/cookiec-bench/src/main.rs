//! The benchmark of docs/performance.md (not a test: run it by hand).
//!
//! ```text
//! cargo run --release -p cookiec-bench -- generate N DIR
//! cargo build --release -p cookiec && \
//!   cargo run --release -p cookiec-bench -- run [--sizes 1000,10000,100000]
//!       [--lsp 10000,50000] [--cookiec target/release/cookiec]
//! ```
//!
//! `run` prints, for each size: `check` and `build` (check + emit, in
//! process) in MB/s and as a ratio to serde_json parsing the same content
//! as JSON in the same run, the time exponent between the two largest
//! sizes, peak memory over source size (a child process per figure reads
//! its own VmHWM), and language-server p95 latencies through real stdio.

use cookiec_bench::{generate, lsp};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// Checking allocates a string or a vector per value of the file; the
/// system allocator spent a third of a large check in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn check(src: &str) -> usize {
    cookiec_check::check_source(src).diagnostics.len()
}

fn build(src: &str) -> usize {
    let checked = cookiec_check::check_source(src);
    let Some(valid) = checked.into_valid().0 else {
        return 0;
    };
    let opts = cookiec_emit::Options::default();
    let Ok(emitter) = cookiec_emit::prepare(&valid, &opts) else {
        return 0;
    };
    // As `cookiec build` does: each output is handed over (there written
    // to disk, here measured) and freed before the next is made.
    let mut bytes = 0;
    let done: Result<(), std::convert::Infallible> = emitter.each(|o| {
        bytes += std::hint::black_box(o.contents).len();
        Ok(())
    });
    done.map_or(0, |()| bytes)
}

fn json(src: &str) -> usize {
    serde_json::from_str::<serde_json::Value>(src)
        .map(|v| v.as_object().map_or(0, |o| o.len()))
        .unwrap_or(0)
}

/// Child mode: run one job on a file and print the peak resident set.
fn measure(mode: &str, path: &str) -> ExitCode {
    let Ok(src) = std::fs::read_to_string(path) else {
        return ExitCode::from(2);
    };
    match mode {
        "check" => drop(check(&src)),
        "build" => drop(build(&src)),
        "json" => drop(json(&src)),
        _ => {}
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    println!("{kb}");
    ExitCode::SUCCESS
}

fn peak_kb(mode: &str, path: &str) -> f64 {
    let Ok(exe) = std::env::current_exe() else {
        return f64::NAN;
    };
    Command::new(exe)
        .args(["measure", mode, path])
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse::<f64>()
                .ok()
        })
        .unwrap_or(f64::NAN)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|m| m.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!("{cpu}, {cores} cores, load average {}", load.join(" "))
}

fn list(args: &[String], flag: &str, default: &[usize]) -> Vec<usize> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .map(|v| v.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

fn run(args: &[String]) -> ExitCode {
    let sizes = list(args, "--sizes", &[1000, 10_000, 100_000]);
    let lsp_lines = list(args, "--lsp", &[10_000, 50_000]);
    let cookiec = args
        .iter()
        .position(|a| a == "--cookiec")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "target/release/cookiec".into());
    let dir = std::env::temp_dir().join("cookiec-bench");
    if std::fs::create_dir_all(&dir).is_err() {
        return ExitCode::from(2);
    }
    println!("machine: {}", machine());
    println!(
        "| items | MB | check s | check MB/s | check / serde_json | build s | build MB/s | build / serde_json | peak mem / source (check, build, serde_json) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut times: Vec<(usize, f64, f64)> = Vec::new();
    for &n in &sizes {
        let src = generate::cookies(n);
        let js = generate::json(n);
        let (sp, jp) = (
            dir.join(format!("{n}.cookies")),
            dir.join(format!("{n}.json")),
        );
        if std::fs::write(&sp, &src)
            .and_then(|()| std::fs::write(&jp, &js))
            .is_err()
        {
            return ExitCode::from(2);
        }
        let runs = if n >= 100_000 { 1 } else { 3 };
        let tj = best_of(runs, || json(&js));
        let tc = best_of(runs, || check(&src));
        let tb = best_of(runs, || build(&src));
        let mb = src.len() as f64 / 1e6;
        let (sp, jp) = (sp.to_string_lossy(), jp.to_string_lossy());
        let kb_src = src.len() as f64 / 1024.0;
        let kb_js = js.len() as f64 / 1024.0;
        println!(
            "| {n} | {mb:.1} | {tc:.3} | {:.1} | {:.1}× | {tb:.3} | {:.1} | {:.1}× | {:.1}×, {:.1}×, {:.1}× |",
            mb / tc,
            tc / tj,
            mb / tb,
            tb / tj,
            peak_kb("check", &sp) / kb_src,
            peak_kb("build", &sp) / kb_src,
            peak_kb("json", &jp) / kb_js,
        );
        times.push((n, tc, tb));
    }
    if let [.., (n1, c1, b1), (n2, c2, b2)] = times.as_slice() {
        let k = (*n2 as f64 / *n1 as f64).ln();
        println!(
            "time exponent {n1} -> {n2} items: check {:.2}, build {:.2}",
            (c2 / c1).ln() / k,
            (b2 / b1).ln() / k
        );
    }
    println!("| LSP (stdio, p95 ms, to the answer's last byte) | lines | change→diagnostics | completion | hover | documentSymbol | documentSymbol parsed by this client |");
    println!("|---|---|---|---|---|---|---|");
    for &lines in &lsp_lines {
        match lsp::measure(&cookiec, lines, 40) {
            Ok(l) => println!(
                "| | {} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} |",
                l.lines,
                l.change_to_diagnostics,
                l.completion,
                l.hover,
                l.document_symbol,
                l.document_symbol_parsed
            ),
            Err(e) => println!("| | {lines} | failed: {e} ({cookiec}) | | | | |"),
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") => {
            let (Some(n), Some(dir)) = (
                args.get(1).and_then(|n| n.parse::<usize>().ok()),
                args.get(2),
            ) else {
                eprintln!("usage: cookiec-bench generate N DIR");
                return ExitCode::from(2);
            };
            let dir = std::path::Path::new(dir);
            let written = std::fs::create_dir_all(dir)
                .and_then(|()| {
                    std::fs::write(dir.join(format!("{n}.cookies")), generate::cookies(n))
                })
                .and_then(|()| std::fs::write(dir.join(format!("{n}.json")), generate::json(n)));
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("generate: {}: {e}", dir.display());
                    ExitCode::from(2)
                }
            }
        }
        Some("run") => run(&args[1..]),
        Some("measure") => match (args.get(1), args.get(2)) {
            (Some(mode), Some(path)) => measure(mode, path),
            _ => ExitCode::from(2),
        },
        _ => {
            eprintln!("usage: cookiec-bench generate N DIR | run [--sizes a,b,c] [--lsp a,b] [--cookiec PATH]");
            ExitCode::from(2)
        }
    }
}
