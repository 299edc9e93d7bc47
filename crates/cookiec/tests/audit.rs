//! `cookiec audit` and `cookiec init` end to end on HAR captures written
//! here: exit codes, consent read from the record in the requests, the
//! planted findings and nothing else, JSON output, `explain`.
#![allow(clippy::unwrap_used, clippy::panic)]

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

/// A capture with one problem of each kind: `_ga` set before any choice
/// and still sent after "Reject all", `sid` without HttpOnly, an undeclared
/// cookie and an undeclared localStorage key.
fn planted(dir: &Path) -> std::path::PathBuf {
    har(
        dir,
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
    )
}

#[test]
fn planted_problems_are_each_reported_once_with_their_codes() {
    let (dir, policy) = setup();
    let bad = planted(dir.path());
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

#[test]
fn findings_reach_the_ci_formats_pointing_into_the_policy() {
    let (dir, policy) = setup();
    let bad = planted(dir.path());
    let run = |format: &str| {
        let out = cookiec()
            .args([
                "audit",
                "--format",
                format,
                "--docs-base",
                "https://docs.example/cookiec/docs/",
            ])
            .arg(&policy)
            .arg(&bad)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    // SARIF: valid against the official 2.1.0 schema (the vendored copy
    // scripts/test/ci-formats.sh compares with @microsoft/jest-sarif's).
    let log: Value = serde_json::from_str(&run("sarif")).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../schemas/vendor/sarif-2.1.0-rtm.5.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| e.to_string())
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let ids: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["AUD003", "AUD002", "AUD004", "AUD001", "AUD001"]);
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let aud002 = rules.iter().find(|r| r["id"] == "AUD002").unwrap();
    assert_eq!(
        aud002["helpUri"],
        "https://docs.example/cookiec/docs/codes/AUD002.md"
    );
    let loc = &results[0]["locations"][0]["physicalLocation"];
    assert!(loc["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("shop.cookies"));
    assert!(loc["region"]["startLine"].as_u64().unwrap() > 1);
    // GitHub annotations: one workflow command per finding, on the policy.
    let gh = run("github");
    assert_eq!(
        gh.lines().filter(|l| l.starts_with("::")).count(),
        5,
        "{gh}"
    );
    assert!(gh.lines().all(|l| l.contains("shop.cookies")), "{gh}");
    // GitLab Code Quality: one issue per finding, fingerprints distinct.
    let gl: Value = serde_json::from_str(&run("gitlab")).unwrap();
    let issues = gl.as_array().unwrap();
    assert_eq!(issues.len(), 5);
    let mut prints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    prints.sort();
    prints.dedup();
    assert_eq!(prints.len(), 5);
}

/// `cookiec audit --format json POLICY CAPTURE`: its exit code and findings.
fn json_findings(policy: &Path, capture: &Path) -> (Option<i32>, Vec<Value>) {
    let out = cookiec()
        .args(["audit", "--format", "json"])
        .arg(policy)
        .arg(capture)
        .output()
        .unwrap();
    let findings = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code(), findings)
}

#[test]
fn a_beacon_to_an_undeclared_host_in_a_har_is_reported() {
    let (dir, policy) = setup();
    let mut ping = entry("https://collect.tracker.example/b?e=view", &[], &[]);
    ping["_resourceType"] = json!("ping");
    let mut pixel = entry("https://shop.example/p.gif", &[], &[]);
    pixel["response"]["content"] = json!({"mimeType": "image/gif", "size": 43});
    let cap = har(
        dir.path(),
        "beacon.har",
        vec![entry("https://shop.example/", &[], &[]), ping, pixel],
        json!([]),
    );
    let (_, findings) = json_findings(&policy, &cap);
    // The first party's own pixel is not a third party's beacon.
    let hosts: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "AUD005")
        .map(|f| f["host"].as_str().unwrap())
        .collect();
    assert_eq!(hosts, ["tracker.example"], "{findings:#?}");
    let aud005 = findings.iter().find(|f| f["code"] == "AUD005").unwrap();
    let message = aud005["message"].as_str().unwrap();
    assert!(message.contains("received beacons"), "{message}");
}

#[test]
fn a_record_of_an_earlier_revision_grants_nothing_when_consent_renews_on_change() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("shop.cookies");
    let renewing = POLICY.replace(
        "  record-lifetime 6 months\n",
        "  record-lifetime 6 months\n  renew-on-change yes\n",
    );
    assert_ne!(renewing, POLICY);
    std::fs::write(&policy, renewing).unwrap();
    // The visitor accepted analytics under revision 0123456789abcdef; the
    // policy has changed since, so the site must ask again before `_ga`.
    let granted_ga = |dir: &Path| {
        har(
            dir,
            "granted.har",
            vec![entry(
                "https://shop.example/",
                &[("shop_consent", GRANTED), ("_ga", "GA1.1")],
                &[],
            )],
            json!([{"origin": "https://shop.example", "localStorage": {"theme": "dark"}}]),
        )
    };
    let (code, findings) = json_findings(&policy, &granted_ga(dir.path()));
    assert_eq!(code, Some(1));
    let stale = findings
        .iter()
        .find(|f| f["code"] == "AUD002" && f["name"] == "_ga")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    let message = stale["message"].as_str().unwrap();
    assert!(
        message.contains("answers revision 0123456789abcdef"),
        "{message}"
    );
    // Without renew-on-change the same capture is a valid choice.
    let (dir2, policy2) = setup();
    let (_, findings) = json_findings(&policy2, &granted_ga(dir2.path()));
    assert!(
        !findings.iter().any(|f| f["code"] == "AUD002"),
        "{findings:#?}"
    );
}
