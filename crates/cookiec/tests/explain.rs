//! `cookiec explain`: documentation of every code, did-you-mean, listing.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;

fn cookiec() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cookiec"))
}

#[test]
fn explains_codes_by_code_or_name() {
    cookiec()
        .args(["explain", "E208"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("# E208"))
        .stdout(predicate::str::contains("```cookies"));
    cookiec()
        .args(["explain", "unknown-field"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("# E202"));
    cookiec().args(["explain", "e105"]).assert().code(0);
}

#[test]
fn unknown_codes_exit_2_with_a_suggestion() {
    cookiec()
        .args(["explain", "E2O8"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `E208`"));
}

#[test]
fn list_shows_every_code_once() {
    let out = cookiec()
        .args(["explain", "--list"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for code in ["E101", "E107", "E201", "E222", "W201"] {
        assert_eq!(
            text.lines()
                .filter(|l| l.starts_with(&format!("{code} ")))
                .count(),
            1,
            "{code}"
        );
    }
}

/// Codes reported by later stages (build, fmt) are documented too, and no
/// two stages use the same code.
#[test]
fn every_stage_s_codes_are_explained_and_unique() {
    for (code, heading) in [
        ("E301", "# E301"),
        ("E303", "# E303"),
        ("F001", "# F001"),
        ("POL007", "# POL007"),
    ] {
        cookiec()
            .args(["explain", code])
            .assert()
            .code(0)
            .stdout(predicate::str::starts_with(heading));
    }
    let out = cookiec()
        .args(["explain", "--list"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let mut codes: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let total = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), total, "a code is listed twice");
    assert!(total > 80, "only {total} codes listed");
}
