//! Lint rule tests, driven by the registry:
//! - every rule has `tests/fixtures/rules/<CODE>/fires.cookies`, where it
//!   fires (rendered diagnostics snapshotted), and `passes.cookies`, where
//!   it does not; neither has language errors;
//! - every fix a rule offers, applied alone, leaves a file without new
//!   errors, and a safe fix removes its diagnostic;
//! - `docs/rules/` matches the registry (`UPDATE_DOCS=1` regenerates it);
//! - the seed examples get exactly the reviewed lint warnings.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::Region;
use cookiec_check::rules::{self, REGISTRY};
use cookiec_check::{apply_fixes, check_source_with, Options};
use cookiec_diagnostics::{render, Diagnostic, Severity};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture(code: &str, which: &str) -> (String, String) {
    let rel = format!("tests/fixtures/rules/{code}/{which}.cookies");
    let src = read(&root().join(&rel));
    (rel, src)
}

/// Every `fires*.cookies` of a rule (at least `fires.cookies`), as
/// (snapshot name, file name, source).
fn fires_fixtures(code: &str) -> Vec<(String, String, String)> {
    let dir = root().join(format!("tests/fixtures/rules/{code}"));
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter_map(|n| n.strip_suffix(".cookies").map(str::to_string))
        .filter(|n| n.starts_with("fires"))
        .collect();
    stems.sort();
    assert!(
        stems.iter().any(|s| s == "fires"),
        "{code}: no fires.cookies"
    );
    stems
        .into_iter()
        .map(|stem| {
            let (name, src) = fixture(code, &stem);
            let snap = match stem.strip_prefix("fires-") {
                Some(suffix) => format!("{code}-{suffix}"),
                None => code.to_string(),
            };
            (snap, name, src)
        })
        .collect()
}

fn check(src: &str) -> Vec<Diagnostic> {
    check_source_with(src, &Options::default()).diagnostics
}

/// Errors that are not the rule's own: the fixture would be invalid.
fn foreign_errors<'a>(diags: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    diags
        .iter()
        .filter(|d| d.is_error() && d.code != code)
        .collect()
}

#[test]
fn every_rule_fires_on_its_fixture() {
    for rule in REGISTRY {
        let code = rule.info.code;
        for (snap, name, src) in fires_fixtures(code) {
            let diags = check(&src);
            let foreign = foreign_errors(&diags, code);
            assert!(
                foreign.is_empty(),
                "{name}: fixture has other errors:\n{}",
                render(&name, &src, &diags, false)
            );
            let own: Vec<Diagnostic> = diags.iter().filter(|d| d.code == code).cloned().collect();
            assert!(
                !own.is_empty(),
                "{name}: {code} did not fire:\n{}",
                render(&name, &src, &diags, false)
            );
            for d in &own {
                assert_eq!(d.severity, rule.info.severity, "{name}: severity");
                if rule.kind.notice().is_some() {
                    let help = d.help.as_deref().unwrap_or("");
                    assert!(
                        help.contains("not legal advice"),
                        "{name}: a legal rule's help must say it is not legal advice"
                    );
                }
            }
            insta::assert_snapshot!(snap, render(&name, &src, &own, false));
        }
    }
}

#[test]
fn every_rule_passes_its_counter_fixture() {
    for rule in REGISTRY {
        let code = rule.info.code;
        let (name, src) = fixture(code, "passes");
        let diags = check(&src);
        let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
        assert!(
            errors.is_empty(),
            "{name}: fixture has errors:\n{}",
            render(&name, &src, &diags, false)
        );
        let own: Vec<_> = diags.iter().filter(|d| d.code == code).cloned().collect();
        assert!(
            own.is_empty(),
            "{name}: {code} fired:\n{}",
            render(&name, &src, &own, false)
        );
    }
}

#[test]
fn fixes_apply_cleanly_and_safe_fixes_resolve_their_diagnostic() {
    let mut fixes_seen = 0;
    for rule in REGISTRY {
        let code = rule.info.code;
        for (_, name, src) in fires_fixtures(code) {
            let diags = check(&src);
            let before = diags.iter().filter(|d| d.code == code).count();
            for d in diags.iter().filter(|d| d.code == code) {
                for fix in &d.fixes {
                    fixes_seen += 1;
                    let one = Diagnostic {
                        fixes: vec![fix.clone()],
                        ..d.clone()
                    };
                    let fixed = apply_fixes(&src, std::slice::from_ref(&one), false);
                    assert_ne!(fixed, src, "{name}: fix `{}` changed nothing", fix.title);
                    let after = check(&fixed);
                    let errors: Vec<_> = after
                        .iter()
                        .filter(|d| d.is_error() && d.code != code)
                        .collect();
                    assert!(
                        errors.is_empty(),
                        "{name}: fix `{}` introduced errors:\n{fixed}\n{}",
                        fix.title,
                        render(&name, &fixed, &after, false)
                    );
                    let remaining = after.iter().filter(|d| d.code == code).count();
                    assert!(
                        remaining < before,
                        "{name}: fix `{}` did not resolve its diagnostic:\n{fixed}",
                        fix.title
                    );
                }
            }
        }
    }
    assert!(fixes_seen >= 20, "only {fixes_seen} fixes exercised");
}

#[test]
fn fix_availability_matches_what_rules_offer() {
    for rule in REGISTRY {
        let (_, src) = fixture(rule.info.code, "fires");
        let diags = check(&src);
        let fixes: Vec<_> = diags
            .iter()
            .filter(|d| d.code == rule.info.code)
            .flat_map(|d| &d.fixes)
            .collect();
        let expected = match (fixes.iter().any(|f| f.safe), fixes.is_empty()) {
            (true, _) => rules::FixAvailability::Safe,
            (false, false) => rules::FixAvailability::Unsafe,
            (false, true) => rules::FixAvailability::None,
        };
        assert_eq!(
            rule.fix, expected,
            "{}: declared fix availability vs the fixture",
            rule.info.code
        );
    }
}

#[test]
fn check_fix_applies_only_safe_fixes() {
    let (_, src) = fixture("SPEC002", "fires");
    let fixed = apply_fixes(&src, &check(&src), true);
    assert!(fixed.contains("  http-only\n  secure\n}"), "{fixed}");
    assert!(check(&fixed).iter().all(|d| d.code != "SPEC002"));
    // SPEC006's fix changes what the policy says: never applied by --fix.
    let (_, src) = fixture("SPEC006", "fires");
    assert_eq!(apply_fixes(&src, &check(&src), true), src);
}

#[test]
fn rule_docs_are_complete() {
    for rule in REGISTRY {
        let c = rule.info;
        assert!(
            c.doc.starts_with(&format!("# {} {}\n", c.code, c.name)),
            "{}: heading",
            c.code
        );
        for section in [
            "## What it checks",
            "## Why",
            "## Example",
            "## How to fix",
            "## Source",
        ] {
            assert!(c.doc.contains(section), "{}: missing `{section}`", c.code);
        }
        assert!(c.doc.contains("```cookies"), "{}: example", c.code);
        assert!(!rule.source.is_empty(), "{}: source", c.code);
        assert_eq!(
            c.severity == Severity::Error,
            matches!(rule.kind, rules::RuleKind::Spec) && c.severity == Severity::Error
        );
        if !matches!(rule.kind, rules::RuleKind::Spec | rules::RuleKind::Policy) {
            assert_eq!(
                c.severity,
                Severity::Warning,
                "{}: legal and platform rules are warnings",
                c.code
            );
            assert!(
                !rule.jurisdictions.is_empty(),
                "{}: a legal rule names its jurisdictions",
                c.code
            );
        }
        assert!(rules::find(c.code).is_some() && rules::find(c.name).is_some());
    }
    assert!(REGISTRY.len() >= 35, "{} rules", REGISTRY.len());
    assert_eq!(REGISTRY.len(), rules::RULES.len());
}

#[test]
fn every_doc_example_parses() {
    for rule in REGISTRY {
        for block in rule.info.doc.split("```cookies\n").skip(1) {
            let code = block.split("```").next().unwrap_or("");
            let p = cookiec_syntax::parse(code);
            assert!(
                p.diagnostics.is_empty(),
                "{}: example does not parse:\n{code}\n{:?}",
                rule.info.code,
                p.diagnostics
            );
        }
    }
}

#[test]
fn docs_rules_are_up_to_date() {
    let dir = root().join("docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let files = rules::docs::files();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                std::fs::remove_file(e.path()).unwrap();
            }
        }
        for (name, text) in &files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, text) in &files {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let count = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(
        stale.is_empty() && count == files.len(),
        "docs/rules is stale ({stale:?}, {count} files for {} pages): run `UPDATE_DOCS=1 cargo test -p cookiec-check --test rules`",
        files.len()
    );
}

/// Every region a lint rule knows, for checking the examples as if they
/// served everyone.
const ALL_LAWS: &[Region] = &[
    Region::Eu,
    Region::Fr,
    Region::De,
    Region::It,
    Region::Es,
    Region::Uk,
    Region::UsCa,
    Region::UsCo,
    Region::UsCt,
    Region::Br,
];

fn lint_lines(path: &str, jurisdictions: Option<Vec<Region>>) -> String {
    let src = read(&root().join(path));
    let checked = check_source_with(&src, &Options { jurisdictions });
    assert!(!checked.has_errors(), "{path} has errors");
    checked
        .diagnostics
        .iter()
        // No line numbers: the examples' comments change often, the
        // messages name what they point at.
        .map(|d| format!("{} {} {}", d.code, d.severity.as_str(), d.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_examples_lint_as_reviewed() {
    let mut out = String::new();
    for ex in [
        "fluxent",
        "flasktrack",
        "flexopus",
        "flexys",
        "fluxems",
        "multilingual",
    ] {
        let path = format!("examples/{ex}.cookies");
        out.push_str(&format!(
            "== {path} (own jurisdictions)\n{}\n",
            lint_lines(&path, None)
        ));
        out.push_str(&format!(
            "== {path} (every jurisdiction)\n{}\n",
            lint_lines(&path, Some(ALL_LAWS.to_vec()))
        ));
    }
    insta::assert_snapshot!("seed_examples", out);
}

/// Rules run on the best-effort model of broken files too: they must not
/// panic, and every fix they offer must stay inside the source on char
/// boundaries. Inputs: every prefix (cut at each line) of every fixture,
/// example and invalid fixture, checked for every jurisdiction at once.
#[test]
fn rules_are_robust_on_partial_and_invalid_files() {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["examples", "tests/fixtures/invalid"] {
        if let Ok(entries) = std::fs::read_dir(root().join(dir)) {
            files.extend(entries.flatten().map(|e| e.path()));
        }
    }
    for rule in REGISTRY {
        files.push(root().join(format!(
            "tests/fixtures/rules/{}/fires.cookies",
            rule.info.code
        )));
    }
    let every: Vec<Region> = Region::ALL.to_vec();
    let mut checked = 0;
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "cookies"))
    {
        let src = read(path);
        let cuts = src.match_indices('\n').map(|(i, _)| i).chain([src.len()]);
        for cut in cuts {
            let Some(part) = src.get(..cut) else { continue };
            let result = check_source_with(
                part,
                &Options {
                    jurisdictions: Some(every.clone()),
                },
            );
            for d in &result.diagnostics {
                for f in &d.fixes {
                    for e in &f.edits {
                        assert!(
                            e.span.start <= e.span.end
                                && e.span.end <= part.len()
                                && part.is_char_boundary(e.span.start)
                                && part.is_char_boundary(e.span.end),
                            "{}: {} fix `{}` has a bad edit {:?}",
                            path.display(),
                            d.code,
                            f.title,
                            e.span
                        );
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} inputs");
}

fn codes_for(src: &str, jurisdictions: &[Region]) -> Vec<&'static str> {
    let opts = Options {
        jurisdictions: Some(jurisdictions.to_vec()),
    };
    check_source_with(src, &opts)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn national_rules_need_their_region_and_regions_inherit_wider_consent() {
    let (_, src) = fixture("FR001", "fires");
    assert!(!codes_for(&src, &[Region::Eu]).contains(&"FR001"));
    assert!(codes_for(&src, &[Region::Fr]).contains(&"FR001"));
    assert!(!codes_for(&src, &[]).contains(&"FR001"));
    // `{ default notice  eu opt-in }` is opt-in in France too (fr → eu).
    let (_, src) = fixture("EU001", "passes");
    assert!(!codes_for(&src, &[Region::Fr]).contains(&"EU001"));
    // ... but not in the UK, which is not in the EU.
    assert!(codes_for(&src, &[Region::Uk]).contains(&"UK001"));
}

#[test]
fn suppressions_and_deny_apply_to_rules() {
    // FR003's passing fixture suppresses EU002 on the item, with a reason.
    let (_, src) = fixture("FR003", "passes");
    assert!(!check(&src).iter().any(|d| d.code == "EU002"));
    let allow = "  allow EU002 \"CNIL audience-measurement exemption\"\n";
    assert!(src.contains(allow));
    let unsuppressed = src.replace(allow, "");
    let eu002 = |s: &str| check(s).into_iter().find(|d| d.code == "EU002");
    assert_eq!(
        eu002(&unsuppressed).map(|d| d.severity),
        Some(Severity::Warning)
    );
    let denied = format!("{unsuppressed}\nlint {{\n  deny [EU002]\n}}\n");
    assert_eq!(eu002(&denied).map(|d| d.severity), Some(Severity::Error));
    let allowed = format!("{unsuppressed}\nlint {{\n  allow [EU002]\n}}\n");
    assert!(eu002(&allowed).is_none());
}

#[test]
fn every_fixture_folder_belongs_to_a_rule() {
    let dir = root().join("tests/fixtures/rules");
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        if e.path().is_dir() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                REGISTRY.iter().any(|r| r.info.code == name),
                "tests/fixtures/rules/{name} is not a rule code"
            );
        }
    }
}

#[test]
fn us_states_inherit_the_us_consent_mode() {
    let src = "policy \"S\" {\n  controller \"S\"\n  email \"privacy@s.example\"\n}\n\nconsent {\n  dnt ignore\n  withdraw [footer-link]\n}\n\ncategory ads {\n  title \"Ads\"\n  consent {\n    default opt-in\n    us opt-out\n  }\n}\n\ncookie \"_ad\" {\n  category ads\n  purpose \"Ads.\"\n  lifetime 90 days\n}\n";
    // `us opt-out` applies in California and Colorado: GPC must be honoured.
    assert!(codes_for(src, &[Region::UsCa]).contains(&"CA002"));
    assert!(codes_for(src, &[Region::UsCo]).contains(&"CO001"));
    // Honoured: silent.
    let honoured = src.replace("  dnt ignore\n", "  dnt ignore\n  gpc honour\n");
    assert!(!codes_for(&honoured, &[Region::UsCa, Region::UsCo])
        .iter()
        .any(|c| ["CA002", "CO001"].contains(c)));
}
