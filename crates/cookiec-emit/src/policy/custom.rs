//! Custom section bodies (user Markdown) made safe for each output.
//!
//! Rules, identical for HTML and Markdown output:
//! - raw HTML (blocks and inline) is shown as text, never interpreted;
//! - links and images whose target is not `http(s):`, `mailto:` or relative
//!   (`javascript:`, `data:`, ...) lose their target and keep their text;
//! - headings are shifted two levels down (a `#` heading in a section body
//!   becomes an `<h3>`), so the page keeps one `<h1>` and a valid outline.

use crate::doc::safe_href;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

fn shift(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// The body rendered to HTML.
pub fn to_html(body: &str) -> String {
    // Depth of links/images whose Start was dropped, so the matching End
    // is dropped too (links cannot nest, images can sit inside links).
    let mut dropped: Vec<bool> = Vec::new();
    let events = Parser::new_ext(body, options()).filter_map(|ev| match ev {
        Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(shift(level)))),
        Event::Start(Tag::Link { dest_url, .. }) if !safe_href(&dest_url) => {
            dropped.push(true);
            None
        }
        Event::Start(Tag::Image { dest_url, .. }) if !safe_href(&dest_url) => {
            dropped.push(true);
            None
        }
        ev @ Event::Start(Tag::Link { .. }) | ev @ Event::Start(Tag::Image { .. }) => {
            dropped.push(false);
            Some(ev)
        }
        ev @ Event::End(TagEnd::Link) | ev @ Event::End(TagEnd::Image) => {
            if dropped.pop().unwrap_or(false) {
                None
            } else {
                Some(ev)
            }
        }
        other => Some(other),
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

/// A block of a custom section for plain-text output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlainBlock {
    Heading(String),
    Para(String),
    /// A list item, with its nesting depth (0 for top level).
    Item(usize, String),
    /// Code block lines, kept as written.
    Code(String),
}

/// The body as plain-text blocks: Markdown syntax resolved, raw HTML kept
/// as literal text, links written as `text <url>` (safe targets only).
pub fn to_plain(body: &str) -> Vec<PlainBlock> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut depth: usize = 0;
    let mut in_item = false;
    let mut links: Vec<String> = Vec::new();
    let flush = |buf: &mut String, out: &mut Vec<PlainBlock>, item: Option<usize>| {
        let text = buf.split_whitespace().collect::<Vec<_>>().join(" ");
        buf.clear();
        if text.is_empty() {
            return;
        }
        out.push(match item {
            Some(d) => PlainBlock::Item(d, text),
            None => PlainBlock::Para(text),
        });
    };
    for ev in Parser::new_ext(body, options()) {
        match ev {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                buf.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => buf.push(' '),
            Event::Start(Tag::List(_)) => {
                if in_item {
                    flush(&mut buf, &mut out, Some(depth.saturating_sub(1)));
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) => in_item = true,
            Event::End(TagEnd::Item) => {
                flush(&mut buf, &mut out, Some(depth.saturating_sub(1)));
                in_item = false;
            }
            Event::End(TagEnd::Paragraph) if !in_item => flush(&mut buf, &mut out, None),
            Event::End(TagEnd::Heading(_)) => {
                let text = buf.split_whitespace().collect::<Vec<_>>().join(" ");
                buf.clear();
                out.push(PlainBlock::Heading(text));
            }
            Event::End(TagEnd::CodeBlock) => {
                out.push(PlainBlock::Code(buf.trim_end().to_string()));
                buf.clear();
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop() {
                    if safe_href(&url) && !buf.ends_with(url.as_str()) {
                        buf.push_str(&format!(" <{url}>"));
                    }
                }
            }
            Event::TaskListMarker(done) => buf.push_str(if done { "[x] " } else { "[ ] " }),
            Event::Rule => out.push(PlainBlock::Para("----".into())),
            _ => {}
        }
    }
    flush(&mut buf, &mut out, None);
    out
}

/// One replacement of a byte range of the body.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// The body as Markdown for the `.md` output, with the same rules applied
/// by rewriting the source text (so the author's formatting survives).
pub fn to_markdown(body: &str) -> String {
    let mut edits: Vec<Edit> = Vec::new();
    // While inside a refused link/image: its range and collected text.
    let mut refused: Option<(usize, usize, String, usize)> = None;
    for (ev, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if let Some((start, end, text, depth)) = refused.as_mut() {
            match &ev {
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => *depth += 1,
                Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                    if *depth == 0 {
                        edits.push(Edit {
                            start: *start,
                            end: *end,
                            text: escape_inline(text),
                        });
                        refused = None;
                    } else {
                        *depth -= 1;
                    }
                }
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Html(s) | Event::InlineHtml(s) => edits.push(Edit {
                start: range.start,
                end: range.end,
                text: neutralise_html(&s, body.get(range.clone()).unwrap_or("")),
            }),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !safe_href(&dest_url) =>
            {
                refused = Some((range.start, range.end, String::new(), 0));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let src = body.get(range.clone()).unwrap_or("");
                let hashes = src.bytes().take_while(|b| *b == b'#').count();
                // Only ATX headings start with '#'; setext ones are left as is.
                if hashes > 0 {
                    edits.push(Edit {
                        start: range.start,
                        end: range.start + hashes,
                        text: "#".repeat(shift(level) as usize),
                    });
                }
            }
            _ => {}
        }
    }
    edits.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    for e in edits {
        // Ranges of events never partially overlap; skip nested ones.
        if e.start < pos {
            continue;
        }
        out.push_str(body.get(pos..e.start).unwrap_or(""));
        out.push_str(&e.text);
        pos = e.end;
    }
    out.push_str(body.get(pos..).unwrap_or(""));
    out
}

/// Raw HTML in the Markdown output: `<` becomes `&lt;`, so any renderer
/// shows the tag as text. Keeps the source's line structure.
fn neutralise_html(_event_text: &CowStr, src: &str) -> String {
    src.replace('<', "&lt;")
}

/// Escape text that replaces a refused link so it stays literal.
fn escape_inline(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '(' | ')'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text_in_html() {
        let h = to_html("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n");
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(h.contains("&lt;script&gt;"), "{h}");
    }

    #[test]
    fn dangerous_links_lose_their_target() {
        let h = to_html("[click](javascript:alert(1)) and ![x](data:image/png;base64,AA) and [ok](https://a.example/)");
        assert!(!h.contains("javascript:"), "{h}");
        assert!(!h.contains("data:"), "{h}");
        assert!(h.contains("click"));
        assert!(h.contains("<a href=\"https://a.example/\">ok</a>"), "{h}");
        let h = to_html("<javascript:alert(1)> [a][r]\n\n[r]: jAvAsCrIpT:alert(1)\n");
        assert!(!h.to_ascii_lowercase().contains("href=\"javascript"), "{h}");
    }

    #[test]
    fn headings_shift_below_the_section_heading() {
        assert!(to_html("# Top\n").contains("<h3>Top</h3>"));
        assert_eq!(to_markdown("# Top\n\ntext\n"), "### Top\n\ntext\n");
    }

    #[test]
    fn plain_text_resolves_markdown() {
        let p = to_plain("# T\n\nSome **bold**\ntext with [a link](https://x.example) and [bad](javascript:x).\n\n- one\n- two\n  - nested\n\n```\ncode  here\n```\n");
        assert_eq!(
            p,
            vec![
                PlainBlock::Heading("T".into()),
                PlainBlock::Para("Some bold text with a link <https://x.example> and bad.".into()),
                PlainBlock::Item(0, "one".into()),
                PlainBlock::Item(0, "two".into()),
                PlainBlock::Item(1, "nested".into()),
                PlainBlock::Code("code  here".into()),
            ]
        );
    }

    #[test]
    fn markdown_output_neutralises_the_same_things() {
        let m =
            to_markdown("a <b onclick=x>b</b> [c](javascript:alert(1)) [d](https://d.example)\n");
        assert_eq!(m, "a &lt;b onclick=x>b&lt;/b> c [d](https://d.example)\n");
    }
}
