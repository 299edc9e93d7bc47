//! Which files a command works on: the paths given, with directories
//! expanded to the `*.cookies` files under them, or every `*.cookies` file
//! under the current folder when no path is given. Walks respect
//! `.gitignore`, `.ignore` and git's exclude files (the `ignore` crate, as
//! ripgrep does), inside a git repository or not, and skip hidden entries.

use std::path::{Path, PathBuf};

/// The paths to use when the user gave none: the current folder.
pub fn or_current_dir(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    }
}

/// The files a path names: itself (or `-`), or the `*.cookies` files under
/// a directory, sorted so output is deterministic. A file named
/// explicitly is taken even when ignored.
pub fn expand(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if path.as_os_str() == "-" || !std::fs::metadata(path)?.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let walk = ignore::WalkBuilder::new(path)
        // `.gitignore` applies in a folder that is not (yet) a repository
        // too: a fresh project or an unpacked archive.
        .require_git(false)
        .build();
    for entry in walk {
        let entry = entry.map_err(std::io::Error::other)?;
        let p = entry.path();
        if entry.file_type().is_some_and(|t| t.is_file())
            && p.extension().is_some_and(|e| e == "cookies")
        {
            // `./site.cookies` is shown as `site.cookies`.
            let shown = if path == Path::new(".") {
                p.strip_prefix(".").unwrap_or(p)
            } else {
                p
            };
            out.push(shown.to_path_buf());
        }
    }
    out.sort();
    Ok(out)
}
