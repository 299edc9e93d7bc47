//! Position encoding: the one place where byte offsets (what every span in
//! cookiec is) and LSP `Position`s (line + column in the negotiated code
//! unit) are converted.
//!
//! UTF-8 is used when the client offers it (no conversion cost, and it
//! matches our spans), otherwise UTF-16, which every client must support.
//! Every conversion clamps: a position past the end of a line lands on the
//! line's end, a line past the end of the file lands on the end of the file,
//! and a column inside a multi-byte character snaps to that character's
//! start. Malformed positions from a client can therefore never panic or
//! produce an offset that is not a char boundary.

use cookiec_diagnostics::Span;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// The negotiated column unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client lists it, else UTF-16 (the LSP default).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Self {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    /// Length of `s` in this encoding's code units.
    pub fn len(self, s: &str) -> u32 {
        let n = match self {
            Encoding::Utf8 => s.len(),
            Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        };
        u32::try_from(n).unwrap_or(u32::MAX)
    }
}

/// The workspace's one line index ([`cookiec_diagnostics::LineIndex`]:
/// `\n`, `\r\n` and a lone `\r` end a line, as the protocol says) with the
/// protocol's conversions added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex(cookiec_diagnostics::LineIndex);

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex(cookiec_diagnostics::LineIndex::new(text))
    }

    pub fn line_count(&self) -> usize {
        self.0.line_count()
    }

    /// Byte range of line `line` without its terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        self.0.line_span(text, line)
    }

    /// The 0-based line containing `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.0.line_of(offset)
    }

    /// The LSP position of a byte offset (clamped to the text, snapped back
    /// to a char boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.0.line_start(line);
        let column = enc.len(text.get(start..offset).unwrap_or(""));
        Position::new(u32::try_from(line).unwrap_or(u32::MAX), column)
    }

    /// The byte offset of an LSP position, clamped as described above.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.line_count() {
            return text.len();
        }
        let span = self.line_span(text, line);
        let content = span.slice(text);
        let want = pos.character as usize;
        let mut units = 0usize;
        for (i, c) in content.char_indices() {
            if units >= want {
                return span.start + i;
            }
            units += match enc {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units > want {
                // Inside a multi-unit character: snap to its start.
                return span.start + i;
            }
        }
        span.end
    }

    pub fn range(&self, text: &str, span: Span, enc: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, enc),
            self.position(text, span.end, enc),
        )
    }

    /// The byte span of an LSP range; a reversed range is normalised.
    pub fn span(&self, text: &str, range: Range, enc: Encoding) -> Span {
        let a = self.offset(text, range.start, enc);
        let b = self.offset(text, range.end, enc);
        Span::new(a.min(b), a.max(b))
    }
}

/// The largest char boundary of `text` not after `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while o > 0 && !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const TEXT: &str = "ab\ncookie \"🍪\" { purpose \"日本\" }\r\nend";

    fn roundtrip(enc: Encoding) {
        let idx = LineIndex::new(TEXT);
        for (o, _) in TEXT.char_indices().chain([(TEXT.len(), ' ')]) {
            if TEXT[..o].ends_with('\r') {
                continue; // inside a CRLF terminator: not a position
            }
            let p = idx.position(TEXT, o, enc);
            assert_eq!(
                idx.offset(TEXT, p, enc),
                o,
                "offset {o} via {p:?} in {enc:?}"
            );
        }
    }

    #[test]
    fn every_char_boundary_roundtrips_in_both_encodings() {
        roundtrip(Encoding::Utf8);
        roundtrip(Encoding::Utf16);
    }

    #[test]
    fn emoji_counts_two_utf16_units_and_four_utf8_units() {
        let idx = LineIndex::new(TEXT);
        let after_emoji = TEXT.find("\" {").unwrap();
        assert_eq!(
            idx.position(TEXT, after_emoji, Encoding::Utf16),
            Position::new(1, 10)
        );
        assert_eq!(
            idx.position(TEXT, after_emoji, Encoding::Utf8),
            Position::new(1, 12)
        );
        let cjk_end = TEXT.find("\" }").unwrap();
        let p16 = idx.position(TEXT, cjk_end, Encoding::Utf16);
        let p8 = idx.position(TEXT, cjk_end, Encoding::Utf8);
        assert_eq!(
            p8.character - p16.character,
            (4 - 2) + 2 * (3 - 1),
            "emoji 4-2, two CJK 3-1 each"
        );
    }

    #[test]
    fn positions_inside_a_character_snap_to_its_start() {
        let idx = LineIndex::new(TEXT);
        let emoji = TEXT.find('🍪').unwrap();
        // The emoji starts at column 8; UTF-16 column 9 is its low surrogate.
        assert_eq!(
            idx.offset(TEXT, Position::new(1, 9), Encoding::Utf16),
            emoji
        );
        assert_eq!(
            idx.offset(TEXT, Position::new(1, 10), Encoding::Utf16),
            emoji + 4
        );
        assert_eq!(
            idx.offset(TEXT, Position::new(1, 10), Encoding::Utf8),
            emoji
        );
        // A byte offset inside the emoji maps to the emoji's start.
        assert_eq!(
            idx.position(TEXT, emoji + 2, Encoding::Utf16),
            Position::new(1, 8)
        );
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let idx = LineIndex::new(TEXT);
        let line1 = idx.line_span(TEXT, 1);
        assert!(
            line1.slice(TEXT).ends_with('}'),
            "CRLF excluded: {:?}",
            line1.slice(TEXT)
        );
        assert_eq!(
            idx.offset(TEXT, Position::new(1, 999), Encoding::Utf16),
            line1.end
        );
        assert_eq!(
            idx.offset(TEXT, Position::new(99, 0), Encoding::Utf16),
            TEXT.len()
        );
        assert_eq!(
            idx.position(TEXT, 10_000, Encoding::Utf16),
            Position::new(2, 3)
        );
        let r = Range::new(Position::new(2, 3), Position::new(0, 1));
        assert_eq!(idx.span(TEXT, r, Encoding::Utf8), Span::new(1, TEXT.len()));
    }

    #[test]
    fn negotiation_prefers_utf8_only_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }

    #[test]
    fn empty_text_has_one_line() {
        let idx = LineIndex::new("");
        assert_eq!(idx.line_count(), 1);
        assert_eq!(idx.position("", 5, Encoding::Utf16), Position::new(0, 0));
        assert_eq!(idx.offset("", Position::new(3, 3), Encoding::Utf16), 0);
    }
}
