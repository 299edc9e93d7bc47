//! `cookiec build` is all-or-nothing: killed at random points or out of
//! disk space, the output folder holds one complete set, never a mix.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

type Set = BTreeMap<String, Vec<u8>>;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_cookiec")
}

fn read_set(dir: &Path) -> Option<Set> {
    let entries = std::fs::read_dir(dir).ok()?;
    Some(
        entries
            .flatten()
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect(),
    )
}

fn build(src: &Path, out: &Path) -> std::process::Output {
    Command::new(bin())
        .arg("build")
        .arg(src)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap()
}

/// Two large sources whose outputs differ, and the reference set of each.
fn two_sources(dir: &Path, items: usize) -> [(PathBuf, Set); 2] {
    [items, items + 1].map(|n| {
        let src = dir.join(format!("{n}.cookies"));
        std::fs::write(&src, cookiec_bench::generate::cookies(n)).unwrap();
        let out = dir.join(format!("ref-{n}"));
        assert!(build(&src, &out).status.success());
        (src, read_set(&out).unwrap())
    })
}

/// A small deterministic generator: the kill points vary by seed, printed
/// so a failure can be replayed.
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

#[test]
fn a_build_killed_at_random_points_leaves_one_complete_set() {
    let tmp = tempfile::tempdir().unwrap();
    let sets = two_sources(tmp.path(), 300);
    let out = tmp.path().join("out");
    // How long one build takes, to spread the kills over all of it.
    let start = Instant::now();
    assert!(build(&sets[0].0, &out).status.success());
    let full = start.elapsed().as_micros().max(1000) as u64;
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("kill seed {seed}, build {full} µs");
    let mut rng = Lcg(seed);
    for round in 0..16 {
        let (src, _) = &sets[round % 2];
        let mut child = Command::new(bin())
            .arg("build")
            .arg(src)
            .arg("-o")
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(full + full / 4)));
        let _ = child.kill();
        let _ = child.wait();
        let seen = read_set(&out).expect("the output folder vanished");
        assert!(
            seen == sets[0].1 || seen == sets[1].1,
            "round {round} (seed {seed}): a mixed or partial set: {:?}",
            seen.keys().collect::<Vec<_>>()
        );
    }
    // The next complete build removes every leftover.
    assert!(build(&sets[0].0, &out).status.success());
    let store = tmp.path().join(".out.cookiec");
    let left: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        left.len() <= 2
            && left
                .iter()
                .all(|n| !n.starts_with("tmp-") && !n.starts_with("link-")),
        "leftovers after a complete build: {left:?}"
    );
    assert_eq!(read_set(&out).unwrap(), sets[0].1);
}

/// A tmpfs of a given size, unmounted on drop.
struct SmallDisk(PathBuf);
impl SmallDisk {
    fn mount(dir: &Path, bytes: usize) -> Option<SmallDisk> {
        std::fs::create_dir_all(dir).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir)
            .stderr(Stdio::null())
            .status()
            .ok()?
            .success();
        ok.then(|| SmallDisk(dir.to_path_buf()))
    }
}
impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_leaves_the_previous_set() {
    let tmp = tempfile::tempdir().unwrap();
    let sets = two_sources(tmp.path(), 400);
    let size: usize = sets[0].1.values().map(Vec::len).sum();
    // Room for one set and a half: the second set cannot be staged.
    let Some(disk) = SmallDisk::mount(&tmp.path().join("disk"), size * 3 / 2 + 64 * 1024) else {
        eprintln!(
            "SKIPPED: cannot mount a tmpfs here (needs root); the kill test covers partial writes"
        );
        return;
    };
    let out = disk.0.join("out");
    assert!(build(&sets[0].0, &out).status.success());
    assert_eq!(read_set(&out).unwrap(), sets[0].1);
    let failed = build(&sets[1].0, &out);
    assert_eq!(failed.status.code(), Some(2), "{failed:?}");
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("previous outputs are unchanged"),
        "{stderr}"
    );
    assert_eq!(
        read_set(&out).unwrap(),
        sets[0].1,
        "the old set must stay whole"
    );
    let tmps = std::fs::read_dir(disk.0.join(".out.cookiec"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("tmp-"))
        .count();
    assert_eq!(tmps, 0, "the failed staging directory is removed");
}
