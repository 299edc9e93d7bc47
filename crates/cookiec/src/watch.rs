//! `--watch`: run a command again whenever one of its inputs is saved.
//!
//! Editors save by writing a temporary file and renaming it over the
//! original, which replaces the inode a file watch would follow, so a file
//! is watched through its folder and events are filtered by path.

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

/// Several events arrive for one save (truncate, write, rename); wait this
/// long after the first before running.
const SETTLE: Duration = Duration::from_millis(150);

/// What to watch: files, and folders whose `*.cookies` files count.
pub struct Inputs {
    files: Vec<PathBuf>,
    dirs: Vec<PathBuf>,
}

impl Inputs {
    pub fn new(paths: &[PathBuf]) -> Result<Inputs, String> {
        let mut inputs = Inputs {
            files: Vec::new(),
            dirs: Vec::new(),
        };
        for p in paths {
            if p.as_os_str() == "-" {
                return Err("--watch cannot watch standard input; name a file".into());
            }
            let abs = std::fs::canonicalize(p).map_err(|e| format!("{}: {e}", p.display()))?;
            if abs.is_dir() {
                inputs.dirs.push(abs);
            } else {
                inputs.files.push(abs);
            }
        }
        Ok(inputs)
    }

    fn concerns(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f == path)
            || (path.extension().is_some_and(|e| e == "cookies")
                && self.dirs.iter().any(|d| path.starts_with(d)))
    }
}

/// Call `run` now and after every change to `inputs`, until the process is
/// interrupted (or the watcher fails: exit 2).
pub fn watch(inputs: &Inputs, mut run: impl FnMut()) -> ExitCode {
    let (tx, rx) = mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: cannot watch files: {e}");
            return ExitCode::from(2);
        }
    };
    let mut targets: Vec<(PathBuf, RecursiveMode)> = inputs
        .dirs
        .iter()
        .map(|d| (d.clone(), RecursiveMode::Recursive))
        .collect();
    for f in &inputs.files {
        let dir = f.parent().unwrap_or(Path::new("/")).to_path_buf();
        if !targets.iter().any(|(t, _)| *t == dir) {
            targets.push((dir, RecursiveMode::NonRecursive));
        }
    }
    for (path, mode) in &targets {
        if let Err(e) = watcher.watch(path, *mode) {
            eprintln!("error: cannot watch {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    run();
    eprintln!("[watch] waiting for changes (Ctrl-C to stop)");
    loop {
        let Ok(first) = rx.recv() else {
            return ExitCode::from(2);
        };
        let mut relevant = is_relevant(inputs, first);
        while let Ok(next) = rx.recv_timeout(SETTLE) {
            relevant |= is_relevant(inputs, next);
        }
        if relevant {
            eprintln!("[watch] change detected, running again");
            run();
            eprintln!("[watch] waiting for changes (Ctrl-C to stop)");
        }
    }
}

fn is_relevant(inputs: &Inputs, event: notify::Result<notify::Event>) -> bool {
    let Ok(event) = event else {
        return false;
    };
    // Metadata changes (permissions, times) do not change the text.
    let changes_text = matches!(event.kind, EventKind::Create(_) | EventKind::Remove(_))
        || matches!(event.kind, EventKind::Modify(k) if !matches!(k, ModifyKind::Metadata(_)));
    changes_text && event.paths.iter().any(|p| inputs.concerns(p))
}
