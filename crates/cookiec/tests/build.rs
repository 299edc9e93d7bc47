//! `cookiec build` through the real binary: outputs, determinism, nothing
//! written on errors, exit codes.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn cookiec() -> Command {
    Command::cargo_bin("cookiec").unwrap()
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn builds_every_output_deterministically() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for dir in [&a, &b] {
        cookiec()
            .arg("build")
            .arg(example("multilingual.cookies"))
            .arg("-o")
            .arg(dir)
            .assert()
            .success();
    }
    let first = files(&a);
    let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "cookiec.config.json",
        "cookiec.headers.json",
        "nginx.conf",
        "policy.de.html",
        "policy.de.md",
        "policy.de.txt",
        "policy.en.html",
        "policy.en.md",
        "policy.en.txt",
    ] {
        assert!(names.contains(&expected), "missing {expected} in {names:?}");
    }
    assert_eq!(first, files(&b), "two builds of the same input differ");
}

#[cfg(unix)]
#[test]
fn outputs_are_readable_by_a_web_server() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    cookiec()
        .arg("build")
        .arg(example("flexys.cookies"))
        .arg("-o")
        .arg(&dir)
        .assert()
        .success();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{:?} has mode {mode:o}", entry.file_name());
    }
}

#[test]
fn a_policy_with_errors_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("broken.cookies");
    std::fs::write(&src, "policy \"X\" {\n  controller \"X\"\n  email \"x@x.example\"\n}\ncookie \"a\" {\n  category missing\n  purpose \"A\"\n}\n").unwrap();
    let out = dir.path().join("out");
    cookiec()
        .arg("build")
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("E208"));
    assert!(
        !out.exists() || std::fs::read_dir(&out).unwrap().next().is_none(),
        "output written despite errors"
    );
}

#[test]
fn a_missing_file_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    cookiec()
        .arg("build")
        .arg(dir.path().join("nope.cookies"))
        .arg("-o")
        .arg(dir.path())
        .assert()
        .code(2);
}
