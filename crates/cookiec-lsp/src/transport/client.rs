//! The other side of the pipe: reading the server's frames as a client
//! does, from a blocking reader. The stdio tests and the LSP benchmark use
//! it; the server's own reading is [`super::framing`], which survives any
//! input, while a client of this server may expect well-formed frames.

use std::io::{self, BufRead};

/// The next frame's body; `Ok(None)` at the end of the input. A frame
/// without a `Content-Length` header is an `InvalidData` error.
pub fn read_frame(r: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut len = None;
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                len = value.trim().parse::<usize>().ok();
            }
        }
    }
    let len = len.ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "server frame without Content-Length",
        )
    })?;
    let mut body = vec![0; len];
    match r.read_exact(&mut body) {
        Ok(()) => Ok(Some(body)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_frames_until_the_end() {
        let mut input: &[u8] = b"Content-Length: 2\r\n\r\n{}content-length:  4\r\nX: y\r\n\r\nnull";
        assert_eq!(
            read_frame(&mut input).ok().flatten().as_deref(),
            Some(&b"{}"[..])
        );
        assert_eq!(
            read_frame(&mut input).ok().flatten().as_deref(),
            Some(&b"null"[..])
        );
        assert!(matches!(read_frame(&mut input), Ok(None)));
        let mut bad: &[u8] = b"X: y\r\n\r\n{}";
        assert!(read_frame(&mut bad).is_err());
        let mut cut: &[u8] = b"Content-Length: 9\r\n\r\n{}";
        assert!(matches!(read_frame(&mut cut), Ok(None)));
    }
}
