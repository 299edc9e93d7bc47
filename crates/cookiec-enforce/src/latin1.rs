//! Header values are bytes, not UTF-8. Every server binding reads them as
//! Latin-1 (one char per byte) and writes them back the same way, so a
//! rewrite gives back exactly the bytes it did not change.

use std::borrow::Cow;

/// Header bytes as text: visible ASCII (nearly every header) is borrowed as
/// is, any other byte becomes the char of the same number.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) if s.is_ascii() => Cow::Borrowed(s),
        _ => Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()),
    }
}

/// Back to header bytes: chars up to U+00FF are their byte (what [`decode`]
/// read); anything else (only from a hand-edited rules file) is UTF-8.
pub fn encode(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut bytes = Vec::with_capacity(s.len());
    for c in s.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => bytes.push(b),
            Err(_) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Cow::Owned(bytes)
}

/// [`encode`] for a line built by the enforcement: an ASCII line becomes
/// its bytes without a copy.
pub fn encode_owned(s: String) -> Vec<u8> {
    if s.is_ascii() {
        s.into_bytes()
    } else {
        encode(&s).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_comes_back_unchanged() {
        let all: Vec<u8> = (0..=255).collect();
        let text = decode(&all);
        assert_eq!(text.chars().count(), 256);
        assert_eq!(encode(&text).as_ref(), all.as_slice());
    }

    #[test]
    fn ascii_is_borrowed() {
        assert!(matches!(decode(b"sid=1; Path=/"), Cow::Borrowed(_)));
        assert!(matches!(encode("sid=1"), Cow::Borrowed(_)));
        assert_eq!(encode_owned("a\u{e9}".to_string()), b"a\xe9");
        // UTF-8 that is not ASCII is read byte by byte, like any other byte.
        assert_eq!(decode("é".as_bytes()), "\u{c3}\u{a9}");
    }
}
