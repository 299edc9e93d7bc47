//! `check --format sarif|github|gitlab`: the documents CI systems read.
//! SARIF is validated against the official SARIF 2.1.0 JSON Schema, the
//! copy in `schemas/vendor/` that `scripts/test/ci-formats.sh` checks is
//! byte-identical to the one the `@microsoft/jest-sarif` npm package ships.
#![allow(clippy::unwrap_used, clippy::panic)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cookiec() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cookiec"));
    cmd.env("NO_COLOR", "1").env_remove("COOKIEC_DOCS_BASE");
    cmd
}

/// Every fixture that fires a rule or a checker code, so that every
/// kind of diagnostic (with and without help, secondary labels, fixes)
/// goes through each format.
fn fixtures() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/rules", "tests/fixtures/invalid"] {
        let mut stack = vec![root().join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "cookies") {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    assert!(out.len() > 100, "{}", out.len());
    out
}

fn run(format: &str, files: &[PathBuf], docs_base: Option<&str>) -> (i32, String) {
    let mut cmd = cookiec();
    cmd.current_dir(root()).args(["check", "--format", format]);
    if let Some(b) = docs_base {
        cmd.args(["--docs-base", b]);
    }
    for f in files {
        cmd.arg(f.strip_prefix(root()).unwrap_or(f));
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn sarif_validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(root().join("schemas/vendor/sarif-2.1.0-rtm.5.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(validator: &jsonschema::Validator, log: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .take(10)
        .collect();
    assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
}

#[test]
fn sarif_of_every_fixture_is_valid_sarif_2_1_0_with_rule_metadata_and_links() {
    let files = fixtures();
    let (code, out) = run("sarif", &files, Some("https://docs.example/cookiec/docs/"));
    assert_eq!(code, 1, "the fixtures have errors");
    let log: Value = serde_json::from_str(&out).unwrap();
    let validator = sarif_validator();
    assert_valid(&validator, &log);
    // The schema does reject what SARIF forbids.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= files.len() / 2, "{}", results.len());
    // Every result points at a rule with the code's documentation.
    for r in results {
        let rule = &rules[r["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], r["ruleId"]);
        assert!(
            rule["shortDescription"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty()),
            "{rule}"
        );
        assert!(
            rule["help"]["markdown"]
                .as_str()
                .is_some_and(|t| t.contains(r["ruleId"].as_str().unwrap())),
            "{rule}"
        );
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("tests/fixtures/"), "{uri}");
        assert!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    let by_id = |id: &str| {
        rules
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no rule {id}"))
    };
    assert_eq!(
        by_id("SPEC004")["helpUri"],
        "https://docs.example/cookiec/docs/rules/SPEC004.md"
    );
    assert_eq!(by_id("SPEC004")["name"], "SameSiteNoneWithoutSecure");
    assert_eq!(
        by_id("E208")["helpUri"],
        "https://docs.example/cookiec/docs/codes/E208.md"
    );
    // The documented page exists in this repository.
    for r in rules {
        let uri = r["helpUri"].as_str().unwrap();
        let rel = uri.strip_prefix("https://docs.example/cookiec/").unwrap();
        assert!(root().join(rel).is_file(), "{uri} has no page");
    }
}

#[test]
fn sarif_without_an_absolute_docs_base_has_no_dead_links_and_stays_valid() {
    let files = [root().join("tests/fixtures/rules/SPEC004/fires.cookies")];
    let (_, out) = run("sarif", &files, None);
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&sarif_validator(), &log);
    assert!(!out.contains("helpUri"), "{out}");
    // A clean run is still a log, with no result.
    let (code, out) = run("sarif", &[root().join("examples/flexys.cookies")], None);
    assert_eq!(code, 0);
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&sarif_validator(), &log);
}

#[test]
fn github_annotations_one_command_per_diagnostic_on_one_line() {
    let file = Path::new("tests/fixtures/rules/SPEC004/fires.cookies");
    let (code, out) = run("github", &[root().join(file)], None);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert_eq!(
        lines[0],
        "::error file=tests/fixtures/rules/SPEC004/fires.cookies,line=17,col=13,endLine=17,endColumn=17,title=cookiec SPEC004::a `same-site none` cookie must be declared `secure`%0Ahelp: Add `secure`, or use `same-site lax` if the cookie is not needed in cross-site requests."
    );
    // Over every fixture: each line is a well-formed command.
    let (_, out) = run("github", &fixtures(), None);
    for line in out.lines() {
        let (head, _message) = line
            .split_once("::")
            .and_then(|(_, rest)| rest.split_once("::"))
            .unwrap();
        let (command, props) = head.split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command), "{line}");
        let keys: Vec<&str> = props
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"],
            "{line}"
        );
    }
}

#[test]
fn gitlab_code_quality_with_fingerprints_that_survive_a_line_added_above() {
    let dir = tempfile::tempdir().unwrap();
    let src =
        std::fs::read_to_string(root().join("tests/fixtures/rules/SPEC004/fires.cookies")).unwrap();
    let file = dir.path().join("site.cookies");
    std::fs::write(&file, &src).unwrap();
    let report = |dir: &Path| -> Value {
        let out = cookiec()
            .current_dir(dir)
            .args(["check", "--format", "gitlab", "site.cookies"])
            .output()
            .unwrap();
        serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap()
    };
    let before = report(dir.path());
    let issue = &before[0];
    assert_eq!(issue["check_name"], "SPEC004");
    assert_eq!(issue["severity"], "major");
    assert_eq!(issue["location"]["path"], "site.cookies");
    assert_eq!(issue["location"]["lines"]["begin"], 17);
    assert!(issue["description"].as_str().unwrap().contains("secure"));
    std::fs::write(&file, format!("# a comment added above\n\n{src}")).unwrap();
    let after = report(dir.path());
    assert_eq!(after[0]["location"]["lines"]["begin"], 19);
    assert_eq!(after[0]["fingerprint"], issue["fingerprint"]);
    // Unique over a whole run.
    let (_, out) = run("gitlab", &fixtures(), None);
    let all: Value = serde_json::from_str(&out).unwrap();
    let mut prints: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    let n = prints.len();
    prints.sort_unstable();
    prints.dedup();
    assert_eq!(prints.len(), n);
}

#[test]
fn diff_sarif_is_valid_and_marks_material_changes_d001() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(root().join("examples/flexys.cookies")).unwrap();
    let new = src
        .replace(
            "lifetime 7 days\n  http-only\n}\n\ncookie \"employeeToken\"",
            "lifetime 30 days\n  http-only\n}\n\ncookie \"employeeToken\"",
        )
        .replace("\"Employee authentication.\"", "\"Signs employees in.\"");
    let (a, b) = (
        dir.path().join("old.cookies"),
        dir.path().join("site.cookies"),
    );
    std::fs::write(&a, &src).unwrap();
    std::fs::write(&b, &new).unwrap();
    let out = cookiec()
        .current_dir(dir.path())
        .args([
            "diff",
            "--format",
            "sarif",
            "--docs-base",
            "https://docs.example/d",
            "old.cookies",
            "site.cookies",
        ])
        .output()
        .unwrap();
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&sarif_validator(), &log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let got: Vec<(&str, &str)> = results
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap(), r["level"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("D001", "warning"), ("D002", "note")], "{log:#}");
    let loc = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "site.cookies");
    // The changed lifetime's line, wherever the example has it.
    let line = new
        .lines()
        .position(|l| l.contains("lifetime 30 days"))
        .unwrap()
        + 1;
    assert_eq!(loc["region"]["startLine"], line, "{loc}");
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules[0]["helpUri"], "https://docs.example/d/codes/D001.md");
    assert!(rules[0]["fullDescription"]["text"]
        .as_str()
        .unwrap()
        .starts_with("A change between two versions"));
}
