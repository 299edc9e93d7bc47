//! `policy.<lang>.txt`: plain text wrapped at 78 columns, for e-mail and
//! terminals. Tables become one record per row (wide tables do not fit in
//! plain text); links are written as `text <url>`.

use super::custom::{self, PlainBlock};
use crate::doc::{plain, safe_href, Block, Doc, Inline};
use crate::lex::Arg;

const WIDTH: usize = 78;

pub fn render(doc: &Doc) -> String {
    let w = crate::lex::words(&doc.lang);
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text, .. } => {
                let text = one_line(text);
                let n = text.chars().count();
                match level {
                    1 => out.push_str(&format!("{text}\n{}\n\n", "=".repeat(n))),
                    2 => out.push_str(&format!("\n{text}\n{}\n\n", "-".repeat(n))),
                    _ => out.push_str(&format!("{text}\n\n")),
                }
            }
            Block::Para(inl) => {
                wrap_into(&mut out, &inlines(inl), "", "");
                out.push('\n');
            }
            Block::List(items) => {
                for i in items {
                    wrap_into(&mut out, &inlines(i), "  - ", "    ");
                }
                out.push('\n');
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                let caption = one_line(caption);
                let caption = w.fmt("label", &[("label", Arg::Text(&caption))]);
                out.push_str(&format!("{caption}\n\n"));
                // The column labels, formatted once per table (not per row).
                let labels: Vec<String> = head
                    .iter()
                    .map(|h| w.fmt("label", &[("label", Arg::Text(h))]))
                    .collect();
                let no_label = w.fmt("label", &[("label", Arg::Text(""))]);
                for r in rows {
                    for (i, c) in r.iter().enumerate() {
                        let text = inlines(c);
                        if i == 0 {
                            wrap_into(&mut out, &text, "* ", "  ");
                        } else if !text.is_empty() {
                            let label = labels.get(i).unwrap_or(&no_label);
                            wrap_into(&mut out, &format!("{label} {text}"), "    ", "      ");
                        }
                    }
                    out.push('\n');
                }
            }
            Block::Markdown(body) => {
                for b in custom::to_plain(body) {
                    match b {
                        PlainBlock::Heading(t) => out.push_str(&format!("{t}\n\n")),
                        PlainBlock::Para(t) => {
                            wrap_into(&mut out, &t, "", "");
                            out.push('\n');
                        }
                        PlainBlock::Item(depth, t) => {
                            let pad = "  ".repeat(depth);
                            wrap_into(&mut out, &t, &format!("{pad}  - "), &format!("{pad}    "));
                        }
                        PlainBlock::Code(t) => {
                            for l in t.lines() {
                                out.push_str(&format!("    {l}\n"));
                            }
                            out.push('\n');
                        }
                    }
                }
                if !out.ends_with("\n\n") {
                    out.push('\n');
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn inlines(inl: &[Inline]) -> String {
    let mut out = String::new();
    for i in inl {
        match i {
            Inline::Link { text, href } if safe_href(href) => {
                let shown = href.strip_prefix("mailto:").unwrap_or(href);
                if shown == text {
                    out.push_str(text);
                } else {
                    out.push_str(&format!("{text} <{href}>"));
                }
            }
            other => out.push_str(&plain(std::slice::from_ref(other))),
        }
    }
    one_line(&out)
}

/// Greedy word wrap, appended to `out` (no string per line or per
/// paragraph); words longer than the width (URLs) stay whole.
fn wrap_into(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut line_start = out.len();
    out.push_str(first);
    // Characters in the line, kept as it grows rather than recounted.
    let mut width = first.chars().count();
    let mut empty = true;
    for word in text.split_whitespace() {
        let word_width = word.chars().count();
        if !empty && width + word_width + 1 > WIDTH {
            trim_end_from(out, line_start);
            out.push('\n');
            line_start = out.len();
            out.push_str(rest);
            width = rest.chars().count();
            empty = true;
        }
        if !empty {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += word_width;
        empty = false;
    }
    trim_end_from(out, line_start);
    out.push('\n');
}

/// Drops the white space at the end of `out`'s last line (from `from`).
fn trim_end_from(out: &mut String, from: usize) {
    let kept = out.get(from..).map_or(0, |line| line.trim_end().len());
    out.truncate(from + kept);
}

#[cfg(test)]
mod tests {
    use super::wrap_into;

    fn wrap(text: &str, first: &str, rest: &str) -> String {
        let mut out = String::new();
        wrap_into(&mut out, text, first, rest);
        out
    }

    #[test]
    fn wraps_with_hanging_indent() {
        let w = wrap(&"word ".repeat(30), "  - ", "    ");
        assert!(w.lines().all(|l| l.chars().count() <= 78));
        assert!(w.starts_with("  - word"));
        assert!(w.lines().nth(1).is_some_and(|l| l.starts_with("    word")));
    }
}
