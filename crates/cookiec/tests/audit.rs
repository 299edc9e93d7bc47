//! `cookiec audit` and `cookiec init` end to end on HAR captures written
//! here: exit codes, consent read from the record in the requests, the
//! planted findings and nothing else, JSON output, `explain`.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

fn cookiec() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cookiec"));
    cmd.env("NO_COLOR", "1");
    cmd
}

const POLICY: &str = r#"policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
}

consent {
  banner yes
  reject-all yes
  record "shop_consent"
  record-lifetime 6 months
}

category essential {
  title "Strictly necessary"
  consent required
}

category analytics {
  title "Analytics"
  consent opt-in
}

cookie "shop_consent" {
  category essential
  purpose "Remembers your cookie choices."
  lifetime 6 months
}

cookie "sid" {
  category essential
  purpose "Keeps you signed in."
  lifetime session
  http-only yes
  secure yes
  same-site lax
}

cookie "_ga" {
  category analytics
  purpose "Distinguishes visitors."
  lifetime 13 months
}

local-storage "theme" {
  category essential
  purpose "Remembers the colour theme you chose."
  lifetime until-cleared
}
"#;

/// A HAR entry: a request carrying `sent` cookies whose response sets `set`.
fn entry(url: &str, sent: &[(&str, &str)], set: &[&str]) -> Value {
    json!({
        "startedDateTime": "2026-01-01T00:00:00.000Z",
        "request": {"method": "GET", "url": url, "headers": [],
            "cookies": sent.iter().map(|(n, v)| json!({"name": n, "value": v})).collect::<Vec<_>>()},
        "response": {"status": 200, "cookies": [],
            "headers": set.iter().map(|l| json!({"name": "set-cookie", "value": l})).collect::<Vec<_>>()}
    })
}

fn har(dir: &Path, name: &str, entries: Vec<Value>, storage: Value) -> std::path::PathBuf {
    let doc = json!({"log": {"version": "1.2", "creator": {"name": "test", "version": "1"},
        "entries": entries,
        "_cookiec": {"state": "test", "page": "https://shop.example/",
            "collectedAt": "2026-01-01T00:00:05.000Z", "cookies": [], "storage": storage}}});
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_vec(&doc).unwrap()).unwrap();
    p
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("shop.cookies");
    std::fs::write(&policy, POLICY).unwrap();
    (dir, policy)
}

const GRANTED: &str = "v1.0123456789abcdef.essential.analytics";
const REFUSED: &str = "v1.0123456789abcdef.essential";

fn correct(dir: &Path) -> Vec<std::path::PathBuf> {
    let storage = json!([{"origin": "https://shop.example", "localStorage": {"theme": "dark"}}]);
    vec![
        har(
            dir,
            "fresh.har",
            vec![entry(
                "https://shop.example/",
                &[],
                &["sid=1; Path=/; Secure; HttpOnly; SameSite=Lax"],
            )],
            storage.clone(),
        ),
        har(
            dir,
            "accept.har",
            vec![
                entry(
                    "https://shop.example/",
                    &[("sid", "1"), ("shop_consent", GRANTED)],
                    &["_ga=GA1.1; Path=/; Max-Age=31536000"],
                ),
                entry(
                    "https://shop.example/x",
                    &[("sid", "1"), ("shop_consent", GRANTED), ("_ga", "GA1.1")],
                    &[],
                ),
            ],
            storage,
        ),
    ]
}

#[test]
fn a_correct_site_reports_nothing_and_exits_0() {
    let (dir, policy) = setup();
    cookiec()
        .arg("audit")
        .arg(&policy)
        .args(correct(dir.path()))
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains(
            "audit: 0 findings (0 errors) in 2 captures",
        ));
}

#[test]
fn planted_problems_are_each_reported_once_with_their_codes() {
    let (dir, policy) = setup();
    let bad = har(
        dir.path(),
        "bad.har",
        vec![
            // Before any choice: _ga set at once, sid without HttpOnly,
            // and an undeclared cookie.
            entry(
                "https://shop.example/",
                &[],
                &[
                    "sid=1; Path=/; Secure; SameSite=Lax",
                    "_ga=GA1.1; Max-Age=63072000",
                    "trk=1",
                ],
            ),
            // After "Reject all": _ga still sent.
            entry(
                "https://shop.example/x",
                &[("shop_consent", REFUSED), ("_ga", "GA1.1")],
                &[],
            ),
        ],
        json!([{"origin": "https://shop.example", "localStorage": {"theme": "dark", "ab_variant": "b"}}]),
    );
    let out = cookiec()
        .args(["audit", "--format", "json"])
        .arg(&policy)
        .arg(&bad)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let got: Vec<(String, String)> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            (
                v["code"].as_str().unwrap().to_string(),
                v["name"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("AUD003", "sid"),
            ("AUD002", "_ga"),
            ("AUD004", "_ga"),
            ("AUD001", "trk"),
            ("AUD001", "ab_variant"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
}

#[test]
fn the_consent_flag_overrides_the_record_and_unknown_categories_are_refused() {
    let (dir, policy) = setup();
    let caps = correct(dir.path());
    // Claiming no consent was given makes the accepted _ga a finding.
    cookiec()
        .args(["audit", "--consent", "none"])
        .arg(&policy)
        .args(&caps)
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("[AUD002]").and(predicate::str::contains("--consent none")),
        );
    cookiec()
        .args(["audit", "--consent", "analytic"])
        .arg(&policy)
        .args(&caps)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("declares no category `analytic`"));
}

#[test]
fn unreadable_captures_and_policies_with_errors_exit_2() {
    let (dir, policy) = setup();
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "{\"x\": 1}").unwrap();
    cookiec()
        .arg("audit")
        .arg(&policy)
        .arg(&junk)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("neither a HAR file"));
    let broken = dir.path().join("broken.cookies");
    std::fs::write(&broken, "cookie \"x\" {}\n").unwrap();
    cookiec()
        .arg("audit")
        .arg(&broken)
        .args(correct(dir.path()))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("before auditing"));
}

#[test]
fn init_from_a_capture_writes_a_formatted_file_that_checks_without_errors() {
    let (dir, _) = setup();
    let caps = correct(dir.path());
    let out = dir.path().join("draft.cookies");
    cookiec()
        .args(["init", "-o"])
        .arg(&out)
        .arg("--from")
        .args(&caps)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("TODO"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("# TODO"), "{text}");
    assert!(
        text.contains("cookie \"_ga\"") && text.contains("local-storage \"theme\""),
        "{text}"
    );
    cookiec().arg("check").arg(&out).assert().code(0);
    cookiec()
        .args(["fmt", "--check"])
        .arg(&out)
        .assert()
        .code(0);
    // A second init does not overwrite it.
    cookiec()
        .args(["init", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn init_without_a_capture_writes_the_starter() {
    cookiec().arg("init").assert().code(0).stdout(
        predicate::str::contains("# A starter cookie policy")
            .and(predicate::str::contains("# TODO")),
    );
}

#[test]
fn explain_covers_every_audit_code() {
    for code in ["AUD001", "AUD002", "AUD003", "AUD004", "AUD005", "AUD006"] {
        cookiec()
            .args(["explain", code])
            .assert()
            .code(0)
            .stdout(predicate::str::starts_with(format!("# {code}")));
    }
    cookiec()
        .args(["explain", "--list"])
        .assert()
        .stdout(predicate::str::contains("set-without-consent"));
}
