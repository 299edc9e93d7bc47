//! Everyday CLI habits: no path means every `.cookies` file under the
//! current folder (respecting `.gitignore`), `--fix`/`--unsafe-fixes`
//! leave a formatted file formatted, and `--watch` runs again on save.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

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
const UNFORMATTED: &str =
    "policy \"Shop\" {\n    controller \"Shop Ltd\"\n  email   \"privacy@shop.example\"\n}\n";

#[test]
fn no_path_takes_every_cookies_file_under_the_folder_except_ignored_ones() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::create_dir_all(d.join("build")).unwrap();
    std::fs::write(d.join("site.cookies"), VALID).unwrap();
    std::fs::write(d.join("sub/app.cookies"), UNFORMATTED).unwrap();
    std::fs::write(d.join("notes.txt"), "polcy").unwrap();
    // Ignored: broken and unformatted, so a walk that entered it would fail.
    std::fs::write(d.join("build/copy.cookies"), "polcy {").unwrap();
    std::fs::write(d.join("skip.cookies"), "polcy {").unwrap();
    std::fs::write(d.join(".gitignore"), "build/\nskip.cookies\n").unwrap();
    cookiec()
        .current_dir(d)
        .args(["fmt", "site.cookies"])
        .assert()
        .code(0);

    cookiec()
        .current_dir(d)
        .arg("check")
        .assert()
        .code(0)
        .stderr(predicate::str::contains("in 2 files"));
    cookiec()
        .current_dir(d)
        .args(["fmt", "--check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("sub/app.cookies"))
        .stdout(predicate::str::contains("./").not())
        .stderr(predicate::str::contains(
            "1 file would be reformatted, 1 file already formatted",
        ));
    // Named explicitly, an ignored file is still checked.
    cookiec()
        .current_dir(d)
        .args(["check", "skip.cookies"])
        .assert()
        .code(1);
}

fn rule_fixtures() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for e in std::fs::read_dir(root().join("tests/fixtures/rules")).unwrap() {
        let dir = e.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(dir).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|x| x == "cookies") {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(out.len() > 90, "{}", out.len());
    out
}

/// On every rule fixture, formatted first: `check --fix` (and
/// `--unsafe-fixes`) then `fmt --check` passes, and no fix that option
/// applies is still advertised afterwards.
#[test]
fn fixed_files_are_formatted_and_every_advertised_fix_is_applied() {
    let dir = tempfile::tempdir().unwrap();
    let mut fixed_any = [0, 0];
    for fixture in rule_fixtures() {
        for (i, option) in ["--fix", "--unsafe-fixes"].into_iter().enumerate() {
            let file = dir.path().join("site.cookies");
            std::fs::copy(&fixture, &file).unwrap();
            cookiec().arg("fmt").arg(&file).assert().code(0);
            let before = std::fs::read_to_string(&file).unwrap();
            let out = cookiec()
                .arg("check")
                .arg(option)
                .arg(&file)
                .output()
                .unwrap();
            let report = String::from_utf8(out.stdout).unwrap();
            let after = std::fs::read_to_string(&file).unwrap();
            if after != before {
                fixed_any[i] += 1;
            }
            let left = if option == "--fix" {
                "Note: fix available"
            } else {
                "fix available"
            };
            assert!(
                !report.contains(left),
                "{option} left an advertised fix in {}:\n{report}",
                fixture.display()
            );
            cookiec()
                .args(["fmt", "--check"])
                .arg(&file)
                .assert()
                .append_context("fixture", fixture.display().to_string())
                .append_context("option", option)
                .code(0);
        }
    }
    // Both levels did fix something, and unsafe fixes are more.
    assert!(
        fixed_any[0] >= 5 && fixed_any[1] > fixed_any[0],
        "{fixed_any:?}"
    );
}

#[test]
fn unsafe_fixes_are_advertised_as_such_and_only_applied_when_asked() {
    let fixture = root().join("tests/fixtures/rules/EU003/fires.cookies");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.cookies");
    std::fs::copy(&fixture, &file).unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    cookiec()
        .args(["check", "--fix"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains(
            "unsafe fix available with --unsafe-fixes: Require opt-in consent",
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    cookiec()
        .args(["check", "--unsafe-fixes"])
        .arg(&file)
        .assert()
        .stdout(predicate::str::contains("EU003").not());
    assert_ne!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn fix_formats_only_the_declarations_it_touched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.cookies");
    // `essentail` has a safe fix (a misspelt reference); the policy block
    // is unformatted and untouched by the fix, so it keeps its layout.
    let src = format!(
        "{UNFORMATTED}\ncategory essential {{\n  title \"Essential\"\n  consent required\n}}\n\ncookie \"sid\" {{\n  category   essentail\n  purpose \"Sign-in.\"\n  lifetime session\n}}\n"
    );
    std::fs::write(&file, &src).unwrap();
    cookiec()
        .args(["check", "--fix"])
        .arg(&file)
        .assert()
        .code(0);
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.starts_with(UNFORMATTED), "{after}");
    assert!(after.contains("  category essential\n"), "{after}");
}

/// Lines of a child's stream, through a channel, so a test can wait for
/// one with a deadline.
fn lines(stream: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn wait_for(rx: &mpsc::Receiver<String>, needle: &str, seen: &mut String) -> bool {
    let deadline = Instant::now() + Duration::from_secs(30);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
                if line.contains(needle) {
                    return true;
                }
            }
            Err(_) => return false,
        }
    }
    false
}

/// Save the file as editors do: a new file renamed over the old one.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_watch(
    dir: &Path,
    args: &[&str],
) -> (Killed, mpsc::Receiver<String>, mpsc::Receiver<String>) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cookiec"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = lines(child.stdout.take().unwrap());
    let err = lines(child.stderr.take().unwrap());
    (Killed(child), out, err)
}

#[test]
fn check_watch_reports_again_when_the_file_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.cookies");
    std::fs::write(&file, VALID).unwrap();
    let (_child, out, err) = spawn_watch(dir.path(), &["check", "--watch", "site.cookies"]);
    let mut seen = String::new();
    assert!(wait_for(&err, "waiting for changes", &mut seen), "{seen}");
    assert!(seen.contains("0 errors"), "{seen}");
    save(&file, &VALID.replace("}\n", "  updated 2026-02-30\n}\n"));
    let mut seen_out = String::new();
    assert!(
        wait_for(&out, "E212", &mut seen_out),
        "no re-check after save: {seen_out}"
    );
    assert!(wait_for(&err, "1 error", &mut seen), "{seen}");
}

#[test]
fn build_watch_rebuilds_when_the_policy_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.cookies");
    std::fs::write(&file, VALID).unwrap();
    let (_child, out, err) = spawn_watch(
        dir.path(),
        &["build", "--watch", "site.cookies", "-o", "out"],
    );
    let mut seen = String::new();
    assert!(wait_for(&err, "waiting for changes", &mut seen), "{seen}");
    let config = dir.path().join("out/cookiec.config.json");
    let first = std::fs::read_to_string(&config).unwrap();
    assert!(first.contains("\"Shop\""), "{first}");
    save(&file, &VALID.replace("\"Shop\"", "\"Boutique\""));
    let mut seen_out = String::new();
    assert!(wait_for(&err, "change detected", &mut seen), "{seen}");
    assert!(wait_for(&err, "waiting for changes", &mut seen), "{seen}");
    let _ = out.try_recv();
    seen_out.push_str(&std::fs::read_to_string(&config).unwrap());
    assert!(seen_out.contains("\"Boutique\""), "not rebuilt: {seen_out}");
}
