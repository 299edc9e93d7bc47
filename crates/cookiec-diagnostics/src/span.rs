//! Byte spans into one source text.

use serde::Serialize;

/// A half-open byte range `start..end` into the source text.
///
/// Byte offsets (not chars) because logos produces them and because the
/// language server converts to UTF-8 or UTF-16 columns in one place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// An empty span at `offset`, for "expected X here" diagnostics.
    pub const fn point(offset: usize) -> Self {
        Self {
            start: offset,
            end: offset,
        }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    pub fn contains_span(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text this span covers, or "" when it does not fall on char
    /// boundaries of `src` (never panics).
    pub fn slice<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// 1-based line and column (column counted in chars) of a byte offset.
/// Builds a [`crate::LineIndex`]: for more than one lookup in a text,
/// build the index once and ask it.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    crate::LineIndex::new(src).line_col(src, offset)
}
