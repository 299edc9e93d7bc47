//! `cookiec check` end to end: exit codes, output formats, --fix.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cookiec() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cookiec"));
    cmd.env("NO_COLOR", "1");
    cmd
}

const VALID: &str =
    "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n";
const INVALID: &str = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n  updated 2026-02-30\n  website \"shop.example\"\n}\n";

#[test]
fn valid_files_exit_0_with_a_summary() {
    cookiec()
        .arg("check")
        .arg(root().join("examples"))
        .arg(root().join("tests/fixtures/valid"))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("0 errors"));
}

#[test]
fn errors_exit_1_with_rendered_diagnostics_and_no_colour_when_piped() {
    cookiec()
        .args(["check", "-"])
        .write_stdin(INVALID)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "[E212] Error: `2026-02-30` is not a calendar date",
        ))
        .stdout(predicate::str::contains("<stdin>:4:11"))
        .stdout(predicate::str::contains("\u{1b}[").not())
        .stderr(predicate::str::contains("2 errors, 0 warnings in 1 file"));
}

#[test]
fn io_and_usage_errors_exit_2_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.cookies");
    cookiec()
        .arg("check")
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.cookies"))
        .stderr(predicate::str::contains("panicked").not());

    let binary = dir.path().join("binary.cookies");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
    cookiec()
        .arg("check")
        .arg(&binary)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not valid UTF-8"));

    // An empty directory has nothing to check: say so.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    cookiec()
        .arg("check")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no .cookies files"));

    cookiec()
        .args(["check", "--jurisdiction", "mars", "-"])
        .write_stdin(VALID)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown region `mars`"));
    cookiec().args(["check"]).assert().code(2);
}

#[test]
fn json_is_one_record_per_line() {
    let out = cookiec()
        .args(["check", "--format", "json", "-"])
        .write_stdin(INVALID)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2, "{text}");
    assert_eq!(records[0]["code"], "E212");
    assert_eq!(records[0]["line"], 4);
    assert_eq!(records[0]["column"], 11);
    assert_eq!(records[1]["code"], "E211");
    assert_eq!(records[1]["fixes"][0], "add `https://`");
    assert_eq!(records[0]["file"], "<stdin>");
}

#[test]
fn fix_rewrites_the_file_and_reports_what_remains() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policy.cookies");
    std::fs::write(&file, INVALID).unwrap();
    cookiec()
        .args(["check", "--fix"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("E212"))
        .stdout(predicate::str::contains("E211").not())
        .stderr(predicate::str::contains(
            "1 error, 0 warnings in 1 file (1 problem fixed)",
        ));
    let fixed = std::fs::read_to_string(&file).unwrap();
    assert!(
        fixed.contains("website \"https://shop.example\""),
        "{fixed}"
    );
    assert!(
        fixed.contains("updated 2026-02-30"),
        "unfixable mistakes stay: {fixed}"
    );
}

#[test]
fn fix_on_stdin_prints_the_fixed_source() {
    cookiec()
        .args(["check", "--fix", "-"])
        .write_stdin("policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n  website \"shop.example\"\n}\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("website \"https://shop.example\""));
}
