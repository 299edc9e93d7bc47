//! Document and range formatting through the formatter
//! (`cookiec_fmt::format`, `cookiec_fmt::format_range`). A whole-document
//! result is sent as one edit covering only the lines that changed, so the
//! client keeps the cursor and folding state elsewhere. A file with syntax
//! errors is not formatted (the formatter refuses it).

use crate::documents::Document;
use cookiec_diagnostics::Span;
use tower_lsp_server::ls_types::{Range, TextEdit};

fn refusal(diags: &[cookiec_diagnostics::Diagnostic]) -> String {
    let first = diags
        .first()
        .map(|d| format!("{} {}", d.code, d.message))
        .unwrap_or_default();
    format!(
        "not formatted: the file has {} syntax error(s): {first}",
        diags.len()
    )
}

/// Format the top-level declarations `range` touches.
pub fn format_range(doc: &Document, range: Range) -> Result<Vec<TextEdit>, String> {
    let edits = cookiec_fmt::format_range(&doc.text, doc.span(range)).map_err(|d| refusal(&d))?;
    Ok(edits
        .into_iter()
        .map(|e| TextEdit {
            range: doc.range(e.span),
            new_text: e.replacement,
        })
        .collect())
}

pub fn format(doc: &Document) -> Result<Vec<TextEdit>, String> {
    let formatted = cookiec_fmt::format(&doc.text).map_err(|diags| {
        let first = diags
            .first()
            .map(|d| format!("{} {}", d.code, d.message))
            .unwrap_or_default();
        format!(
            "not formatted: the file has {} syntax error(s): {first}",
            diags.len()
        )
    })?;
    Ok(minimal_edit(&doc.text, &formatted)
        .map(|(span, text)| {
            vec![TextEdit {
                range: doc.range(span),
                new_text: text,
            }]
        })
        .unwrap_or_default())
}

/// The span of `old` to replace, and its replacement, so `old` becomes
/// `new`: the common prefix and suffix (cut at line starts) are kept.
pub fn minimal_edit(old: &str, new: &str) -> Option<(Span, String)> {
    if old == new {
        return None;
    }
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    // Back to the start of a line so the edit never splits a character.
    let prefix = old
        .get(..prefix)
        .and_then(|p| p.rfind('\n'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let max_suffix = (old.len() - prefix).min(new.len() - prefix);
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    // Forward to just after a newline, again to stay on boundaries.
    let mut suffix_start_old = old.len() - suffix;
    match old.get(suffix_start_old..).and_then(|s| s.find('\n')) {
        Some(i) => suffix_start_old += i + 1,
        None => suffix_start_old = old.len(),
    }
    let suffix = old.len() - suffix_start_old;
    let new_end = new.len() - suffix;
    Some((
        Span::new(prefix, suffix_start_old.max(prefix)),
        new.get(prefix..new_end.max(prefix))
            .unwrap_or("")
            .to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::minimal_edit;

    fn apply(old: &str, new: &str) -> String {
        match minimal_edit(old, new) {
            Some((span, text)) => format!("{}{}{}", &old[..span.start], text, &old[span.end..]),
            None => old.to_string(),
        }
    }

    #[test]
    fn minimal_edit_reproduces_the_new_text() {
        let cases = [
            ("a\nb\nc\n", "a\nB\nc\n"),
            ("a\n  b\n", "a\nb\n"),
            ("x", "x\n"),
            ("", "a\n"),
            ("a\nb\n", ""),
            ("日本\n🍪 x\n", "日本\n🍪  x\n"),
            ("same\n", "same\n"),
            ("a\na\na\n", "a\na\n"),
        ];
        for (old, new) in cases {
            assert_eq!(apply(old, new), new, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn edit_covers_only_changed_lines() {
        let (span, text) = minimal_edit("a\nb\nc\n", "a\nB\nc\n").unwrap_or_default();
        assert_eq!((span.start, span.end, text.as_str()), (2, 4, "B\n"));
    }
}
