//! `policy.<lang>.md`: CommonMark with GFM tables.
//!
//! User text is escaped so that it is shown literally: characters that
//! would start emphasis, links, HTML or block syntax get a backslash.
//! Escaping is kept minimal (an `_` inside a word stays as is) so the
//! Markdown stays readable as text.

use super::custom;
use crate::doc::{safe_href, Block, Doc, Inline};

pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text, .. } => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                out.push_str(&escape_at(text, false));
                out.push_str("\n\n");
            }
            Block::Para(inl) => {
                out.push_str(&inlines(inl, true));
                out.push_str("\n\n");
            }
            Block::List(items) => {
                for i in items {
                    out.push_str("- ");
                    out.push_str(&inlines(i, true));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                // GFM tables have no caption: a bold line above stands in.
                out.push_str(&format!("**{}**\n\n", escape_at(caption, false)));
                out.push('|');
                for h in head {
                    out.push_str(&format!(" {} |", cell(&escape_at(h, false))));
                }
                out.push_str("\n|");
                for _ in head {
                    out.push_str("---|");
                }
                out.push('\n');
                for r in rows {
                    out.push('|');
                    for c in r {
                        out.push(' ');
                        push_cell(&mut out, &inlines(c, false));
                        out.push_str(" |");
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Markdown(body) => {
                let md = custom::to_markdown(body);
                out.push_str(md.trim_end());
                out.push_str("\n\n");
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_cell(&mut out, s);
    out
}

/// A table cell's text, its `|` escaped, appended without a copy per cell.
fn push_cell(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find('|') {
        out.push_str(&rest[..i]);
        out.push_str("\\|");
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

/// Inline content; `line_start` when the first inline opens a line of a
/// paragraph or list item (where `#`, `-`, `1.` would start a block).
fn inlines(inl: &[Inline], line_start: bool) -> String {
    let mut out = String::new();
    for (n, i) in inl.iter().enumerate() {
        let at_start = line_start && n == 0;
        match i {
            Inline::Text(s) => out.push_str(&escape_at(s, at_start)),
            Inline::Code(s) => out.push_str(&code(s)),
            Inline::Strong(s) => {
                out.push_str("**");
                out.push_str(&escape_at(s, false));
                out.push_str("**");
            }
            Inline::Time { text, .. } => out.push_str(&escape_at(text, at_start)),
            Inline::Link { text, href } => {
                if safe_href(href) && !href.contains(['\n', '\r', '<', '>']) {
                    out.push_str(&format!(
                        "[{}](<{}>)",
                        escape_at(text, false),
                        href.replace(' ', "%20")
                    ));
                } else {
                    out.push_str(&escape_at(text, at_start));
                }
            }
        }
    }
    out
}

/// A code span that survives backticks in the name.
fn code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// Escape user text for inline Markdown at the start of a line.
pub fn escape(s: &str) -> String {
    escape_at(s, true)
}

/// Escape user text for inline Markdown. Newlines become spaces (a user
/// string never starts a new block); block markers (`#`, `-`, `1.`) are
/// only escaped when the text opens a line.
pub fn escape_at(s: &str, line_start: bool) -> String {
    if needs_no_escape(s, line_start) {
        return s.to_string();
    }
    escape_chars(s, line_start)
}

fn escape_chars(s: &str, line_start: bool) -> String {
    let chars: Vec<char> = s
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let mut out = Written {
        text: String::with_capacity(s.len()),
        started: false,
        only_digits: true,
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 {
            None
        } else {
            chars.get(i - 1).copied()
        };
        let next = chars.get(i + 1).copied();
        let at_start = line_start && !out.started;
        let needs = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' => true,
            // Intraword underscores never make emphasis.
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '#' | '+' | '-' | '=' | '|' => at_start,
            '!' => next == Some('['),
            '~' => next == Some('~'),
            '.' | ')' => line_start && out.started && out.only_digits,
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out.text
}

/// Whether `s` holds none of the characters [`escape_at`] could escape or
/// replace (conservatively: a `-` anywhere in a line-start text counts),
/// so it is its own escape.
fn needs_no_escape(s: &str, line_start: bool) -> bool {
    !s.bytes().any(|b| {
        matches!(
            b,
            b'\\'
                | b'`'
                | b'*'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'_'
                | b'&'
                | b'!'
                | b'~'
                | b'\n'
                | b'\r'
        ) || (line_start && matches!(b, b'#' | b'+' | b'-' | b'=' | b'|' | b'.' | b')'))
    })
}

/// The escaped text so far, with what the escaping asks of it, kept as it
/// grows (rescanning it per character made long texts quadratic): whether
/// anything but spaces was written, and whether that is only digits ("1."
/// would start a list).
struct Written {
    text: String,
    started: bool,
    only_digits: bool,
}

impl Written {
    fn push(&mut self, c: char) {
        self.text.push(c);
        if self.started || !c.is_whitespace() {
            self.started = true;
            self.only_digits &= c.is_ascii_digit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_shortcut_changes_nothing(s in "[ -~éü\n]{0,40}", line_start: bool) {
            proptest::prop_assert_eq!(escape_at(&s, line_start), escape_chars(&s, line_start));
        }
    }

    #[test]
    fn escapes_only_what_markdown_would_interpret() {
        assert_eq!(
            escape("view_as_role keeps *state*"),
            "view_as_role keeps \\*state\\*"
        );
        assert_eq!(escape("_ga prefix"), "\\_ga prefix");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(
            escape("Authentication & Security"),
            "Authentication & Security"
        );
        assert_eq!(escape("&lt;"), "\\&lt;");
        assert_eq!(escape("a\nb"), "a b");
        assert_eq!(escape_at("4. Mai 2026", false), "4. Mai 2026");
        assert_eq!(escape_at("- x", false), "- x");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("sid"), "`sid`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
    }
}

#[cfg(test)]
mod escape_tests {
    use super::escape_at;

    #[test]
    fn block_markers_are_escaped_only_where_a_line_starts() {
        assert_eq!(escape_at("1. first", true), "1\\. first");
        assert_eq!(escape_at("12) first", true), "12\\) first");
        assert_eq!(escape_at("  # heading", true), "  \\# heading");
        assert_eq!(escape_at("- item", true), "\\- item");
        assert_eq!(escape_at("1. first", false), "1. first");
        assert_eq!(escape_at("a # b - c", true), "a # b - c");
        assert_eq!(escape_at("a1. b", true), "a1. b");
        assert_eq!(escape_at("1 . b", true), "1 . b");
        assert_eq!(escape_at("snake_case _x_", false), "snake_case \\_x\\_");
        assert_eq!(escape_at("line\nbreak", false), "line break");
    }
}
