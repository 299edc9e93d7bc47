//! File input and atomic output shared by the commands.

use std::path::Path;

/// Why a source file could not be read; printed as `error: <path>: <reason>`.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    NotUtf8 { valid_up_to: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotUtf8 { valid_up_to } => write!(
                f,
                "not valid UTF-8 (first invalid byte at offset {valid_up_to}); .cookies files must be UTF-8"
            ),
        }
    }
}

/// Read a source file (or standard input for `-`) as UTF-8.
pub fn read_source(path: &Path) -> Result<String, ReadError> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(ReadError::Io)?;
        buf
    } else {
        std::fs::read(path).map_err(ReadError::Io)?
    };
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        valid_up_to: e.utf8_error().valid_up_to(),
    })
}

/// Write `contents` to `path` atomically: a temporary file in the same
/// directory, flushed, then renamed over the target, so a reader never sees
/// a half-written file and a crash leaves the old file intact.
///
/// An existing file is replaced as the file it is: through a symlink to its
/// target (renaming over the link would replace the link) and keeping its
/// permissions. A new file gets 0644 rather than the temporary file's 0600,
/// because generated policies are served by web servers running as other
/// users.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let (target, permissions) = match std::fs::canonicalize(path) {
        Ok(target) => {
            let permissions = std::fs::metadata(&target)?.permissions();
            (target, Some(permissions))
        }
        Err(_) => (path.to_path_buf(), None),
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().sync_all()?;
    match permissions {
        Some(p) => tmp.as_file().set_permissions(p)?,
        None => set_default_permissions(tmp.as_file())?,
    }
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn set_default_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

/// Why a file was not rewritten in place.
#[derive(Debug)]
pub enum RewriteError {
    Io(std::io::Error),
    ReadOnly,
    /// Owned by another user, and this process cannot give the new file
    /// that owner (only root can).
    OtherOwner,
    /// The file changed after it was read: rewriting would lose that edit.
    Changed,
}

impl std::fmt::Display for RewriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RewriteError::Io(e) => write!(f, "{e}"),
            RewriteError::ReadOnly => write!(f, "read-only file: not rewritten"),
            RewriteError::OtherOwner => write!(
                f,
                "owned by another user, whose ownership a rewrite would take: not rewritten"
            ),
            RewriteError::Changed => write!(
                f,
                "changed while it was being formatted: not rewritten (run again)"
            ),
        }
    }
}

/// Replace `path`, last read as `expected`, with `contents`: atomically,
/// keeping its mode and owner, refusing a read-only file, and only if it
/// still holds `expected` (an editor saving meanwhile would otherwise lose
/// its edit). The comparison happens right before the rename; what is left
/// is the window between those two system calls.
pub fn rewrite_in_place(path: &Path, expected: &[u8], contents: &[u8]) -> Result<(), RewriteError> {
    use std::io::Write;
    let target = std::fs::canonicalize(path).map_err(RewriteError::Io)?;
    let meta = std::fs::metadata(&target).map_err(RewriteError::Io)?;
    // Mode bits first: root may open any file for writing.
    if meta.permissions().readonly()
        || std::fs::OpenOptions::new()
            .write(true)
            .open(&target)
            .is_err()
    {
        return Err(RewriteError::ReadOnly);
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(RewriteError::Io)?;
    tmp.write_all(contents).map_err(RewriteError::Io)?;
    tmp.as_file().sync_all().map_err(RewriteError::Io)?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(RewriteError::Io)?;
    keep_owner(tmp.as_file(), &meta)?;
    if std::fs::read(&target).map_err(RewriteError::Io)? != expected {
        return Err(RewriteError::Changed);
    }
    tmp.persist(&target)
        .map_err(|e| RewriteError::Io(e.error))?;
    Ok(())
}

#[cfg(unix)]
fn keep_owner(file: &std::fs::File, meta: &std::fs::Metadata) -> Result<(), RewriteError> {
    use std::os::unix::fs::MetadataExt;
    let mine = file.metadata().map_err(RewriteError::Io)?;
    if (mine.uid(), mine.gid()) == (meta.uid(), meta.gid()) {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).map_err(|e| {
        if e.kind() == std::io::ErrorKind::PermissionDenied {
            RewriteError::OtherOwner
        } else {
            RewriteError::Io(e)
        }
    })
}

#[cfg(not(unix))]
fn keep_owner(_: &std::fs::File, _: &std::fs::Metadata) -> Result<(), RewriteError> {
    Ok(())
}
