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
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
