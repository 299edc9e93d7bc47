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
