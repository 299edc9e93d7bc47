//! `cookiec rules`, and lint rules end to end through `cookiec check`
//! (jurisdictions, `--fix` applying only safe rule fixes) and `explain`.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;

fn cookiec() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cookiec"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// Three cookie-spec problems: two with safe fixes (SPEC002 inserts
/// `secure`, SPEC011 removes a path from local storage), one with an
/// unsafe fix (SPEC006 would change the declared lifetime).
const SPEC_PROBLEMS: &str = r#"policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
}

category essential {
  title "Essential"
  consent required
}

cookie "__Secure-sid" {
  category essential
  purpose "Keeps you signed in."
  lifetime session
  http-only
}

cookie "prefs" {
  category essential
  purpose "Remembers your settings."
  lifetime 2 years
}

local-storage "draft" {
  category essential
  purpose "Keeps your unsent message."
  lifetime until-cleared
  path "/messages"
}
"#;

const SPEC_FIXED: &str = r#"policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
}

category essential {
  title "Essential"
  consent required
}

cookie "__Secure-sid" {
  category essential
  purpose  "Keeps you signed in."
  lifetime session
  http-only
  secure
}

cookie "prefs" {
  category essential
  purpose "Remembers your settings."
  lifetime 2 years
}

local-storage "draft" {
  category essential
  purpose  "Keeps your unsent message."
  lifetime until-cleared
}
"#;

#[test]
fn check_fix_applies_safe_rule_fixes_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop.cookies");
    std::fs::write(&file, SPEC_PROBLEMS).unwrap();
    cookiec()
        .args(["check", "--fix"])
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("SPEC006"))
        .stdout(predicate::str::contains("SPEC002").not())
        .stdout(predicate::str::contains("SPEC011").not())
        .stderr(predicate::str::contains(
            "0 errors, 1 warning in 1 file (2 problems fixed)",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), SPEC_FIXED);
}

#[test]
fn spec_rule_errors_fail_the_check() {
    cookiec()
        .args(["check", "-"])
        .write_stdin(SPEC_PROBLEMS)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "[SPEC002] Error: a `__Secure-` cookie must be declared `secure`",
        ))
        .stdout(predicate::str::contains(
            "fix available: Declare the cookie `secure`",
        ));
}

const EU_ONLY_NOTICE: &str = r#"policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
}

consent {
  banner yes
  reject-all yes
  withdraw [footer-link]
  dnt ignore
}

category analytics {
  title "Analytics"
  consent notice
}

cookie "_stat" {
  category analytics
  purpose "Counts visits."
  lifetime 2 years
}
"#;

#[test]
fn legal_rules_follow_the_jurisdiction_option() {
    // No regions declared: only spec and policy rules run.
    cookiec()
        .args(["check", "--format", "json", "-"])
        .write_stdin(EU_ONLY_NOTICE)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("SPEC006"))
        .stdout(predicate::str::contains("EU001").not());
    // `eu` runs the EU rules but not France's own.
    cookiec()
        .args(["check", "--format", "json", "--jurisdiction", "eu", "-"])
        .write_stdin(EU_ONLY_NOTICE)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"EU001\""))
        .stdout(predicate::str::contains("not legal advice"))
        .stdout(predicate::str::contains("FR001").not());
    // `fr` runs both.
    cookiec()
        .args(["check", "--format", "json", "--jurisdiction", "fr", "-"])
        .write_stdin(EU_ONLY_NOTICE)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"EU001\""))
        .stdout(predicate::str::contains("\"FR001\""));
}

#[test]
fn unsafe_rule_fixes_are_not_applied_by_fix() {
    // EU001 offers "Require opt-in consent" as a code action only: it
    // changes the consent model, so `--fix` leaves the file alone.
    let src = EU_ONLY_NOTICE.replace("  dnt ignore\n", "  dnt ignore\n  regions [eu]\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop.cookies");
    std::fs::write(&file, &src).unwrap();
    cookiec()
        .args(["check", "--fix"])
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("EU001"))
        .stdout(predicate::str::contains(
            "unsafe fix available with --unsafe-fixes: Require opt-in consent",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), src);
}

#[test]
fn rules_lists_every_rule() {
    let out = cookiec()
        .arg("rules")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("CODE"), "{text}");
    assert!(lines.len() > 35, "{text}");
    assert!(
        text.contains("SPEC004 same-site-none-without-secure"),
        "{text}"
    );
    assert!(
        text.contains("GCM001") && text.contains("platform"),
        "{text}"
    );
}

#[test]
fn rules_json_has_every_field() {
    let out = cookiec()
        .args(["rules", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rules = v.as_array().unwrap();
    assert!(rules.len() >= 35);
    for r in rules {
        for key in [
            "code",
            "name",
            "severity",
            "kind",
            "jurisdictions",
            "fix",
            "summary",
            "source",
            "docs",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
    let ca2 = rules.iter().find(|r| r["code"] == "CA002").unwrap();
    assert_eq!(ca2["jurisdictions"], serde_json::json!(["us-ca"]));
    assert_eq!(ca2["kind"], "legal");
    let spec2 = rules.iter().find(|r| r["code"] == "SPEC002").unwrap();
    assert_eq!(spec2["fix"], "safe");
    assert_eq!(spec2["severity"], "error");
    assert_eq!(spec2["jurisdictions"], serde_json::json!([]));
    assert!(spec2["docs"]
        .as_str()
        .unwrap()
        .ends_with("docs/rules/SPEC002.md"));
}

#[test]
fn rules_filters_by_jurisdiction_and_rejects_unknown_regions() {
    cookiec()
        .args(["rules", "--jurisdiction", "uk"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("UK001"))
        .stdout(predicate::str::contains("SPEC001"))
        .stdout(predicate::str::contains("GCM002"))
        .stdout(predicate::str::contains("FR001").not());
    cookiec()
        .args(["rules", "--jurisdiction", "mars"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown region `mars`"));
}

#[test]
fn explain_prints_a_rule_page_with_its_source() {
    cookiec()
        .args(["explain", "SPEC004"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("same-site-none-without-secure"))
        .stdout(predicate::str::contains("## Source"))
        .stdout(predicate::str::contains("RFC 6265bis"));
    cookiec()
        .args(["explain", "eu-pre-ticked-consent"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Planet49"));
}
