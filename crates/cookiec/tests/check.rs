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
    // The declaration the fix touched is formatted (values aligned).
    assert!(
        fixed.contains("  website    \"https://shop.example\"\n"),
        "{fixed}"
    );
    assert!(
        fixed.contains("updated    2026-02-30"),
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
        .stdout(predicate::str::contains("website    \"https://shop.example\""));
}

const EU: &str = "policy \"S\" {\n  controller \"S\"\n  email \"a@b.cd\"\n}\n\ncategory analytics {\n  title \"A\"\n  consent opt-out\n}\n\ncookie \"_ga\" {\n  category analytics\n  purpose \"x\"\n  lifetime 1 year\n}\n";

#[test]
fn jurisdiction_selects_the_legal_rules() {
    cookiec()
        .args(["check", "-"])
        .write_stdin(EU)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("EU003").not());
    cookiec()
        .args(["check", "--jurisdiction", "eu", "-"])
        .write_stdin(EU)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[EU003] Warning"))
        .stderr(predicate::str::contains("0 errors, 2 warnings"));
    // Denying a warning makes it an error: exit 1.
    let denied = EU.to_string() + "\nlint {\n  deny [EU003]\n}\n";
    cookiec()
        .args(["check", "--jurisdiction", "eu", "-"])
        .write_stdin(denied)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[EU003] Error"));
}

#[test]
fn directories_are_searched_recursively_in_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("b.cookies"), VALID).unwrap();
    std::fs::write(dir.path().join("sub/a.cookies"), INVALID).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a policy").unwrap();
    let out = cookiec()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().all(|l| l.contains("a.cookies")), "{text}");
    cookiec()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("in 2 files"));
}
