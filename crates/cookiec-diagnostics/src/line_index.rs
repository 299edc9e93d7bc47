//! The one line index of the workspace: byte offsets to lines and columns
//! for human output, JSON records and the language server.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r`: what the Language Server
//! Protocol counts, and what ariadne draws, so `cookiec check`, its JSON and
//! an editor all name the same line. Built once per text in O(n); each
//! lookup is a binary search.

use crate::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line containing `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Where line `line` starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte range of line `line` without its terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let Some(&start) = self.starts.get(line) else {
            return Span::point(self.len);
        };
        let end = match self.starts.get(line + 1) {
            None => self.len,
            Some(&next) => {
                let b = text.as_bytes();
                if next >= 2 && b.get(next - 2..next) == Some(b"\r\n") {
                    next - 2
                } else {
                    next - 1
                }
            }
        };
        Span::new(start, end.max(start))
    }

    /// 1-based line and column (in chars) of a byte offset, for people and
    /// JSON records. An offset inside a character counts up to it.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or_else(|| offset - start);
        (line + 1, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_crlf_and_a_lone_cr_each_end_a_line() {
        let text = "a\nb\r\nc\rd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let lines: Vec<&str> = (0..4).map(|l| idx.line_span(text, l).slice(text)).collect();
        assert_eq!(lines, ["a", "b", "c", "d"]);
        assert_eq!(idx.line_col(text, text.len()), (4, 2));
        assert_eq!(
            idx.line_col(text, 3),
            (2, 2),
            "the \\r of a CRLF ends line 2"
        );
        assert_eq!(idx.line_col(text, 7), (4, 1));
    }

    #[test]
    fn columns_count_chars_and_offsets_are_clamped() {
        let text = "ü🍪x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 6), (1, 3));
        assert_eq!(idx.line_col(text, 999), (2, 1));
        assert_eq!(LineIndex::new("").line_col("", 5), (1, 1));
    }
}
