//! `cookiec check big.cookies | head -1`: the reader closes the pipe early.
//! The command must end as command-line tools do (killed by SIGPIPE, no
//! output on stderr about it), never with a panic.

#![cfg(unix)]

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

#[test]
fn a_closed_stdout_ends_the_command_without_a_panic() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("many.cookies");
    // Thousands of diagnostics: far more output than a pipe buffers.
    let text: String = (0..3000)
        .map(|i| format!("cookie \"a {i}\" {{\n}}\n"))
        .collect();
    std::fs::write(&file, text).expect("write the file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cookiec"))
        // JSON: every diagnostic (human output stops after 50).
        .args(["check", "--format", "json"])
        .arg(&file)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cookiec starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("cookiec ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    // SIGPIPE is 13 on every Unix this project builds for.
    assert_eq!(
        out.status.signal(),
        Some(13),
        "ended by SIGPIPE: {:?}",
        out.status
    );
}
