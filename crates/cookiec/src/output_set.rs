//! Writing the outputs of `build` as one set: readers see the old set or
//! the new one, never a mix.
//!
//! On Unix the output path is a symbolic link to a complete generation:
//!
//! ```text
//! out -> .out.cookiec/<id>        the set readers use
//! .out.cookiec/<id>               complete generations (current and previous)
//! .out.cookiec/tmp-<id>           a generation being written
//! ```
//!
//! A build writes every file into `tmp-<id>`, flushes it to disk, renames
//! it to `<id>` and then renames a new link over `out`: the one atomic step.
//! A failure or a kill before that step leaves the old link, so the old
//! set; the leftovers are removed at the start of the next build. The
//! generation just replaced is kept until the next build, so a reader in
//! the middle of reading it finishes with the set it started with.
//!
//! An output path that is still a real directory (built by an older
//! version, or made by hand) is moved aside once to `.out.cookiec/before-<id>`
//! (never deleted: it may hold files of the user's); an empty one is
//! simply removed. Elsewhere than Unix each file is replaced atomically
//! one by one.

use crate::io::write_atomic;
use std::path::{Path, PathBuf};

/// A set being written: each file goes to disk when it is handed over, so
/// a caller producing files one at a time need not hold them all.
pub struct Generation {
    dir: PathBuf,
}

impl Generation {
    pub fn write(&mut self, name: &str, contents: &[u8]) -> std::io::Result<()> {
        write_atomic(&self.dir.join(name), contents)
    }
}

/// Make the complete content of `out` with `fill`, which writes every file
/// of the set into the generation it is given. An error from `fill` (or
/// from writing) leaves the old set in place.
pub fn replace_set_with(
    out: &Path,
    fill: impl FnOnce(&mut Generation) -> std::io::Result<()>,
) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        unix::replace_set(out, fill)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(out)?;
        fill(&mut Generation {
            dir: out.to_path_buf(),
        })
    }
}

/// The folder of generations beside `out`.
pub fn store_of(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    parent_of(out).join(format!(".{name}.cookiec"))
}

fn parent_of(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::fs;

    fn unique_id() -> String {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        format!("{nanos:x}-{}", std::process::id())
    }

    /// `out` itself unless it is a link into somewhere else than our
    /// store: then the real directory it names is the one replaced.
    fn resolve(out: &Path) -> std::io::Result<PathBuf> {
        let Ok(meta) = fs::symlink_metadata(out) else {
            return Ok(out.to_path_buf());
        };
        if !meta.file_type().is_symlink() {
            return Ok(out.to_path_buf());
        }
        let target = fs::read_link(out)?;
        let store = store_of(out);
        let ours = target
            .file_name()
            .is_some_and(|_| parent_of(out).join(&target).parent() == Some(store.as_path()));
        if ours {
            Ok(out.to_path_buf())
        } else {
            fs::canonicalize(out)
        }
    }

    pub fn replace_set(
        out: &Path,
        fill: impl FnOnce(&mut Generation) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let out = resolve(out)?;
        let store = store_of(&out);
        fs::create_dir_all(&store)?;
        let current = fs::read_link(&out).ok();
        clean(&store, current.as_deref(), None);

        let id = unique_id();
        let tmp = store.join(format!("tmp-{id}"));
        let written = write_generation(&tmp, fill);
        if let Err(e) = written {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
        let done = store.join(&id);
        fs::rename(&tmp, &done)?;

        // The link's text is relative to its own folder, so the output
        // folder and its store can be moved together.
        let store_name = store.file_name().map(PathBuf::from).unwrap_or_default();
        let link_text = store_name.join(&id);
        let link_tmp = store.join(format!("link-{id}"));
        std::os::unix::fs::symlink(&link_text, &link_tmp)?;

        match fs::symlink_metadata(&out) {
            // A real directory: removed when empty, else kept aside.
            Ok(m) if m.is_dir() && fs::remove_dir(&out).is_err() => {
                let aside = store.join(format!("before-{id}"));
                fs::rename(&out, &aside)?;
                eprintln!(
                    "note: {} was a directory; its previous contents are kept in {} (outputs are now a link to a complete set, see docs/outputs.md)",
                    out.display(),
                    aside.display()
                );
            }
            Ok(m) if m.is_dir() => {}
            Ok(m) if !m.file_type().is_symlink() => {
                let _ = fs::remove_file(&link_tmp);
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "exists and is not a directory",
                ));
            }
            _ => {}
        }
        fs::rename(&link_tmp, &out)?;
        sync_dir(&parent_of(&out));
        let previous = current
            .as_deref()
            .and_then(Path::file_name)
            .map(PathBuf::from);
        clean(&store, Some(&link_text), previous.as_deref());
        Ok(())
    }

    fn write_generation(
        dir: &Path,
        fill: impl FnOnce(&mut Generation) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        fs::create_dir(dir)?;
        fill(&mut Generation {
            dir: dir.to_path_buf(),
        })?;
        sync_dir(dir);
        Ok(())
    }

    fn sync_dir(dir: &Path) {
        // Best effort: the rename is atomic either way; this makes it durable.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }

    /// Remove what killed or failed builds left and generations no reader
    /// can reach any more: everything but `current` and `keep` (and the
    /// directories moved aside, which may hold the user's files).
    fn clean(store: &Path, current: Option<&Path>, keep: Option<&Path>) {
        let current = current.and_then(Path::file_name);
        let keep = keep.and_then(Path::file_name);
        let Ok(entries) = fs::read_dir(store) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let text = name.to_string_lossy();
            if text.starts_with("before-")
                || Some(name.as_os_str()) == current
                || Some(name.as_os_str()) == keep
            {
                continue;
            }
            let path = e.path();
            let _ = if text.starts_with("link-") {
                fs::remove_file(&path)
            } else {
                fs::remove_dir_all(&path)
            };
        }
    }
}

#[cfg(all(test, unix))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn set(tag: &str) -> Vec<(String, Vec<u8>)> {
        ["a.json", "b.html"]
            .iter()
            .map(|n| (n.to_string(), format!("{tag} {n}").into_bytes()))
            .collect()
    }

    fn write(out: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
        replace_set_with(out, |generation| {
            files.iter().try_for_each(|(n, c)| generation.write(n, c))
        })
    }

    fn read(out: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(out)
            .unwrap()
            .flatten()
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn each_build_replaces_the_whole_set_and_keeps_only_two_generations() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        for tag in ["one", "two", "three"] {
            write(&out, &set(tag)).unwrap();
            assert_eq!(read(&out), set(tag));
        }
        let gens = std::fs::read_dir(store_of(&out)).unwrap().count();
        assert_eq!(gens, 2, "current and previous generations only");
        // A set with fewer files: nothing of the old set remains.
        write(&out, &set("four")[..1]).unwrap();
        assert_eq!(read(&out), set("four")[..1]);
    }

    #[test]
    fn leftovers_of_a_killed_build_are_removed_and_a_real_directory_kept_aside() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("mine.txt"), "user file").unwrap();
        write(&out, &set("one")).unwrap();
        assert_eq!(read(&out), set("one"));
        let store = store_of(&out);
        let aside: Vec<_> = std::fs::read_dir(&store)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("before-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(aside[0].path().join("mine.txt").exists());
        std::fs::create_dir(store.join("tmp-dead")).unwrap();
        std::fs::write(store.join("tmp-dead/x"), "half").unwrap();
        write(&out, &set("two")).unwrap();
        assert!(!store.join("tmp-dead").exists());
    }

    #[test]
    fn a_failed_write_leaves_the_old_set() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        write(&out, &set("one")).unwrap();
        // A name that cannot be created fails in the middle of the set.
        let mut bad = set("two");
        bad.push(("no/such/dir".into(), b"x".to_vec()));
        assert!(write(&out, &bad).is_err());
        assert_eq!(read(&out), set("one"));
        let tmps = std::fs::read_dir(store_of(&out))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("tmp-"))
            .count();
        assert_eq!(tmps, 0);
    }
}
