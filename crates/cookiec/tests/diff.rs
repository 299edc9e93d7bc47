//! `cookiec diff`: an example edited step by step; every consecutive pair
//! of versions is compared, and diff's verdict (material or not) must be
//! exactly whether `cookiec build` publishes a new revision.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cookiec() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cookiec"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// One edit of the policy: replace `from` (which must occur once) by `to`;
/// the change kinds diff must report.
struct Step {
    what: &'static str,
    from: &'static str,
    to: &'static str,
    kinds: &'static [&'static str],
}

const MATOMO: &str = "provider matomo {\n  name    \"Matomo Cloud\"\n  role    [analytics]\n  purpose \"Measures visits.\"\n  privacy \"https://matomo.org/privacy-policy/\"\n}\n\nsection third-party-cookies {";
const PK_ID: &str = "cookie \"_pk_id.*\" {\n  category analytics\n  provider matomo\n  purpose  \"Tells visits apart.\"\n  lifetime 13 months\n}\n\nprovider stripe {";

const STEPS: &[Step] = &[
    Step { what: "purpose reworded", from: "purpose  \"Customer account authentication.\"", to: "purpose  \"Keeps customers signed in.\"", kinds: &["purpose-changed"] },
    Step { what: "lifetime lengthened", from: "Keeps customers signed in.\"\n  lifetime 7 days", to: "Keeps customers signed in.\"\n  lifetime 30 days", kinds: &["lifetime-lengthened"] },
    Step { what: "contact date only", from: "updated    2026-03", to: "updated    2026-04", kinds: &[] },
    Step { what: "new third party", from: "section third-party-cookies {", to: MATOMO, kinds: &["new-third-party"] },
    Step { what: "item added", from: "provider stripe {", to: PK_ID, kinds: &["item-added"] },
    Step { what: "consent tightened", from: "consent  notice", to: "consent  opt-in", kinds: &["region-mode-tightened"] },
    Step { what: "consent relaxed", from: "consent  opt-in", to: "consent  opt-out", kinds: &["region-mode-relaxed"] },
    Step { what: "category title reworded", from: "title       \"Analytical cookies\"", to: "title       \"Analytics cookies\"", kinds: &["category-wording-changed"] },
    Step { what: "moved category", from: "cookie \"employeeToken\" {\n  category essential", to: "cookie \"employeeToken\" {\n  category analytics", kinds: &["moved-category"] },
    Step { what: "provider changed", from: "  provider matomo\n", to: "  provider stripe\n", kinds: &["provider-changed"] },
    Step { what: "lifetime shortened", from: "lifetime 13 months", to: "lifetime 6 months", kinds: &["lifetime-shortened"] },
    Step { what: "attribute changed", from: "lifetime 30 days\n  http-only", to: "lifetime 30 days\n  http-only\n  same-site strict", kinds: &["item-details-changed"] },
    Step { what: "item removed", from: "cookie \"employeeToken\" {\n  category analytics\n  purpose  \"Employee authentication.\"\n  lifetime 7 days\n  http-only\n}\n\n", to: "", kinds: &["item-removed"] },
    Step { what: "section added", from: "section changes-note {", to: "section contact-note {\n  title \"Questions\"\n  body  \"Write to us.\"\n  after contact\n}\n\nsection changes-note {", kinds: &[] },
];

fn revision(file: &Path, out: &Path) -> String {
    cookiec()
        .arg("build")
        .arg(file)
        .arg("-o")
        .arg(out)
        .assert()
        .code(0);
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("cookiec.config.json")).unwrap())
            .unwrap();
    config["revision"].as_str().unwrap().to_string()
}

#[test]
fn every_consecutive_pair_is_classified_as_the_revision_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = std::fs::read_to_string(root().join("examples/flexys.cookies")).unwrap();
    let mut versions = vec![text.clone()];
    for s in STEPS {
        assert_eq!(
            text.matches(s.from).count(),
            1,
            "step `{}`: `{}` must occur once",
            s.what,
            s.from
        );
        text = text.replacen(s.from, s.to, 1);
        versions.push(text.clone());
    }
    let files: Vec<PathBuf> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let p = dir.path().join(format!("v{i:02}.cookies"));
            std::fs::write(&p, v).unwrap();
            p
        })
        .collect();
    let revisions: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(i, f)| revision(f, &dir.path().join(format!("out{i}"))))
        .collect();
    let (mut material, mut not) = (0, 0);
    for (i, s) in STEPS.iter().enumerate() {
        let out = cookiec()
            .args(["diff", "--format", "json"])
            .arg(&files[i])
            .arg(&files[i + 1])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "step `{}`", s.what);
        let d: Value = serde_json::from_slice(&out.stdout).unwrap();
        let changed = revisions[i] != revisions[i + 1];
        assert_eq!(
            d["material"],
            changed,
            "step `{}`: diff says material={} but the revision {}: {d:#}",
            s.what,
            d["material"],
            if changed { "changed" } else { "stayed" }
        );
        assert_eq!(d["old_revision"], revisions[i].as_str());
        assert_eq!(d["new_revision"], revisions[i + 1].as_str());
        let changes = d["changes"].as_array().unwrap();
        let kinds: Vec<&str> = changes
            .iter()
            .map(|c| c["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, s.kinds, "step `{}`: {d:#}", s.what);
        // Each change's mark agrees with the verdict.
        assert_eq!(
            changes.iter().any(|c| c["material"] == true),
            changed,
            "step `{}`",
            s.what
        );
        for c in changes {
            assert_eq!(
                c["code"],
                if c["material"] == true {
                    "D001"
                } else {
                    "D002"
                }
            );
        }
        // --fail-on material fails exactly on the material steps.
        cookiec()
            .args(["diff", "--fail-on", "material"])
            .arg(&files[i])
            .arg(&files[i + 1])
            .assert()
            .code(if changed { 1 } else { 0 });
        if changed {
            material += 1
        } else {
            not += 1
        }
    }
    assert!(material >= 8 && not >= 3, "{material} material, {not} not");
}

#[test]
fn reordering_declarations_is_reported_because_it_changes_the_revision() {
    let src = std::fs::read_to_string(root().join("examples/flexys.cookies")).unwrap();
    let a = "cookie \"customerToken\" {\n  category essential\n  purpose  \"Customer account authentication.\"\n  lifetime 7 days\n  http-only\n}\n\n";
    assert!(src.contains(a));
    let swapped = src.replacen(a, "", 1).replacen(
        "# The seed lists what local storage",
        &format!("{a}# The seed lists what local storage"),
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("a.cookies"), dir.path().join("b.cookies"));
    std::fs::write(&old, &src).unwrap();
    std::fs::write(&new, &swapped).unwrap();
    let changed = revision(&old, &dir.path().join("o1")) != revision(&new, &dir.path().join("o2"));
    let out = cookiec()
        .args(["diff", "--format", "json"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The revision hashes the declarations in order.
    assert!(changed);
    assert_eq!(d["material"], true, "{d:#}");
    assert_eq!(d["changes"][0]["kind"], "order-changed", "{d:#}");
}

#[test]
fn reads_the_old_version_from_standard_input_like_git_show_pipes_it() {
    let path = root().join("examples/flexys.cookies");
    let src = std::fs::read_to_string(&path).unwrap();
    let old = src.replace(
        "lifetime 7 days\n  http-only\n}\n\ncookie \"employeeToken\"",
        "lifetime 1 day\n  http-only\n}\n\ncookie \"employeeToken\"",
    );
    assert_ne!(old, src);
    cookiec()
        .arg("diff")
        .arg("-")
        .arg(&path)
        .write_stdin(old)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("<stdin> -> "))
        .stdout(predicate::str::contains(
            "  material      cookie \"customerToken\": lifetime lengthened from `1 day` to `7 days`\n",
        ))
        .stdout(predicate::str::contains("1 change, 1 material: the revision changes"));
}

#[test]
fn broken_versions_and_two_stdins_are_usage_errors() {
    cookiec()
        .args(["diff", "-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only one"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.cookies");
    std::fs::write(&bad, "polcy \"x\" {\n}\n").unwrap();
    cookiec()
        .arg("diff")
        .arg(&bad)
        .arg(root().join("examples/flexys.cookies"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot compare a version with errors",
        ));
    cookiec()
        .arg("diff")
        .arg(dir.path().join("missing.cookies"))
        .arg(&bad)
        .assert()
        .code(2);
}
