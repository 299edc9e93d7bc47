//! `cookiec fmt` end to end: in-place rewriting, `--check` exit codes and
//! diff, standard input, directories, and files that must be left alone.
#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

const MESSY: &str = "cookie \"sid\"{\n\tpurpose   \"Session\"\n  category essential # why\n}\n";
const CLEAN: &str = "cookie \"sid\" {\n  category essential # why\n  purpose  \"Session\"\n}\n";
const BROKEN: &str = "cookie \"sid\" {\n  purpose \"unterminated\n";

fn cookiec() -> Command {
    Command::cargo_bin("cookiec").unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn rewrites_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.cookies", MESSY);
    cookiec()
        .args(["fmt"])
        .arg(&f)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 file reformatted"));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), CLEAN);
}

#[cfg(unix)]
#[test]
fn leaves_formatted_files_untouched() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.cookies", CLEAN);
    let inode = std::fs::metadata(&f).unwrap().ino();
    cookiec().arg("fmt").arg(&f).assert().success();
    // write_atomic renames a new file over the old one: same inode = not written.
    assert_eq!(std::fs::metadata(&f).unwrap().ino(), inode);
}

#[test]
fn check_reports_a_diff_and_exits_1_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.cookies", MESSY);
    cookiec()
        .args(["fmt", "--check"])
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("(formatted)"))
        .stdout(predicate::str::contains("-\tpurpose   \"Session\""))
        .stdout(predicate::str::contains("+  purpose  \"Session\""))
        .stderr(predicate::str::contains("1 file would be reformatted"));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), MESSY);
}

#[test]
fn check_passes_on_formatted_files() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.cookies", CLEAN);
    cookiec()
        .args(["fmt", "--check"])
        .arg(&f)
        .assert()
        .success()
        .stdout("");
}

#[test]
fn check_explains_a_line_ending_only_change() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "a.cookies", &CLEAN.replace('\n', "\r\n"));
    cookiec()
        .args(["fmt", "--check"])
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("only line endings differ"));
}

#[test]
fn stdin_to_stdout() {
    cookiec()
        .args(["fmt", "-"])
        .write_stdin(MESSY)
        .assert()
        .success()
        .stdout(CLEAN);
}

#[test]
fn stdin_check_mode() {
    cookiec()
        .args(["fmt", "--check", "-"])
        .write_stdin(CLEAN)
        .assert()
        .success()
        .stdout("");
    cookiec()
        .args(["fmt", "--check", "-"])
        .write_stdin(MESSY)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("+cookie \"sid\" {"));
}

#[test]
fn syntax_errors_are_reported_and_the_file_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "bad.cookies", BROKEN);
    cookiec()
        .arg("fmt")
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("E102"))
        .stderr(predicate::str::contains(
            "not formatted because of the errors above",
        ));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), BROKEN);
    // Standard input: errors on stderr, nothing on stdout.
    cookiec()
        .args(["fmt", "-"])
        .write_stdin(BROKEN)
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn directories_recurse_over_cookies_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.cookies", MESSY);
    let b = write(dir.path(), "sub/deeper/b.cookies", MESSY);
    let other = write(dir.path(), "sub/notes.txt", MESSY);
    cookiec()
        .arg("fmt")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("2 files reformatted"));
    assert_eq!(std::fs::read_to_string(a).unwrap(), CLEAN);
    assert_eq!(std::fs::read_to_string(b).unwrap(), CLEAN);
    assert_eq!(std::fs::read_to_string(other).unwrap(), MESSY);
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "a_bad.cookies", BROKEN);
    let good = write(dir.path(), "b_good.cookies", MESSY);
    cookiec().arg("fmt").arg(dir.path()).assert().code(1);
    assert_eq!(std::fs::read_to_string(bad).unwrap(), BROKEN);
    assert_eq!(std::fs::read_to_string(good).unwrap(), CLEAN);
}

#[test]
fn missing_file_is_an_io_error() {
    cookiec()
        .args(["fmt", "does/not/exist.cookies"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does/not/exist.cookies"));
}

#[test]
fn no_path_formats_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.cookies");
    std::fs::write(&file, "cookie \"sid\"{\n\tcategory   essential\n}").unwrap();
    cookiec()
        .current_dir(dir.path())
        .arg("fmt")
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "cookie \"sid\" {\n  category essential\n}\n"
    );
}

/// The acceptance check, as CI runs it.
#[test]
fn examples_are_formatted() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    cookiec()
        .args(["fmt", "--check"])
        .arg(examples)
        .assert()
        .success();
}

#[cfg(unix)]
#[test]
fn rewriting_keeps_permissions_and_symlinks() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = write(dir.path(), "real.cookies", MESSY);
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("link.cookies");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    cookiec().arg("fmt").arg(&link).assert().success();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap(), CLEAN);
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

#[cfg(unix)]
#[test]
fn symlinked_directories_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a/x.cookies", CLEAN);
    // A loop: a/loop -> a.
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/loop")).unwrap();
    cookiec()
        .arg("fmt")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("1 file left unchanged"));
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_and_mode_and_owner_are_kept() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let ro = write(dir.path(), "ro.cookies", MESSY);
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    cookiec()
        .arg("fmt")
        .arg(&ro)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("read-only file"));
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), MESSY);

    let f = write(dir.path(), "kept.cookies", MESSY);
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
    // As root (CI), hand the file to another user: the rewrite keeps it.
    let root = std::fs::metadata(dir.path()).unwrap().uid() == 0;
    if root {
        std::os::unix::fs::chown(&f, Some(4242), Some(4243)).unwrap();
    }
    cookiec().arg("fmt").arg(&f).assert().success();
    let meta = std::fs::metadata(&f).unwrap();
    assert_eq!(std::fs::read_to_string(&f).unwrap(), CLEAN);
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    if root {
        assert_eq!((meta.uid(), meta.gid()), (4242, 4243));
    }
}

#[test]
fn an_edit_made_while_formatting_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let big = MESSY.replace("sid", "sid_N");
    let text: String = (0..3000)
        .map(|i| big.replace("_N", &format!("_{i}")))
        .collect();
    let f = write(dir.path(), "big.cookies", &text);
    let bin = assert_cmd::cargo::cargo_bin("cookiec");
    for round in 0..8u64 {
        std::fs::write(&f, &text).unwrap();
        let mut child = std::process::Command::new(&bin)
            .arg("fmt")
            .arg(&f)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(round * 20));
        // The editor saves atomically, as editors do.
        let edited = format!("{text}# edit {round}\n");
        let tmp = dir.path().join("edit.tmp");
        std::fs::write(&tmp, &edited).unwrap();
        std::fs::rename(&tmp, &f).unwrap();
        child.wait().unwrap();
        let now = std::fs::read_to_string(&f).unwrap();
        assert!(
            now.contains(&format!("# edit {round}")),
            "round {round}: the edit was overwritten"
        );
    }
}
