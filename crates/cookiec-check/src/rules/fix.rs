//! Text edits for quick fixes, computed on the syntax tree (rules see no
//! source text, so positions come from node, comment and brace spans).

use cookiec_diagnostics::{Edit, Span};
use cookiec_syntax::ast::{Node, SourceFile};

/// Indentation of an inserted field: the formatter's canonical two spaces.
const INDENT: &str = "  ";

/// The top-level declaration at `decl_span`. The parser yields them in
/// source order, so a binary search finds it (rules ask once per item).
pub fn decl(file: &SourceFile, decl_span: Span) -> Option<&Node> {
    let at = file
        .nodes
        .partition_point(|n| n.span.start < decl_span.start);
    file.nodes[at..]
        .iter()
        .take_while(|n| n.span.start == decl_span.start)
        .find(|n| n.span == decl_span)
}

/// The field `name` of the declaration at `decl_span`.
pub fn field<'a>(file: &'a SourceFile, decl_span: Span, name: &str) -> Option<&'a Node> {
    decl(file, decl_span)?.child(name)
}

/// End of the last comment lying in `from..to`, else `from`. A comment runs
/// to the end of its line, so text inserted after it starts a new line
/// without swallowing the comment.
fn past_comments(file: &SourceFile, from: usize, to: usize) -> usize {
    file.comments
        .iter()
        .filter(|c| c.span.start >= from && c.span.end <= to)
        .map(|c| c.span.end)
        .max()
        .unwrap_or(from)
}

/// Insert the line `field` as the last field of the declaration's block.
///
/// The text goes after the last field (and any comment following it) as
/// `"\n  field"`, so it is correct whether the closing brace is on its own
/// line or not.
pub fn insert_field(file: &SourceFile, decl_span: Span, field: &str) -> Option<Edit> {
    let block = decl(file, decl_span)?.block.as_ref()?;
    let close = block.close?;
    let after = block
        .nodes
        .last()
        .map(|n| n.span.end)
        .unwrap_or(block.open.end);
    let at = past_comments(file, after, close.start);
    let trailing = if block.nodes.is_empty() { "\n" } else { "" };
    Some(Edit {
        span: Span::point(at),
        replacement: format!("\n{INDENT}{field}{trailing}"),
    })
}

/// Remove the field `name` (its whole line) from the declaration's block.
///
/// Removes from the end of what precedes it (the previous field, a comment,
/// or the opening brace) to the field's end: the newline before the field
/// goes with it, the line after stays.
pub fn remove_field(file: &SourceFile, decl_span: Span, name: &str) -> Option<Edit> {
    let block = decl(file, decl_span)?.block.as_ref()?;
    let idx = block.nodes.iter().position(|n| n.name.name == name)?;
    let node = block.nodes.get(idx)?;
    let before = match idx.checked_sub(1).and_then(|i| block.nodes.get(i)) {
        Some(prev) => prev.span.end,
        None => block.open.end,
    };
    let from = past_comments(file, before, node.span.start);
    Some(Edit {
        span: Span::new(from, node.span.end),
        replacement: String::new(),
    })
}

/// Replace the values of field `name` by `values` (the field keeps its name).
pub fn replace_values(
    file: &SourceFile,
    decl_span: Span,
    name: &str,
    values: &str,
) -> Option<Edit> {
    let node = field(file, decl_span, name)?;
    let span = match (node.values.first(), node.values.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        // A bare boolean field (`secure`): append the value.
        _ => Span::point(node.name.span.end),
    };
    let replacement = if span.is_empty() {
        format!(" {values}")
    } else {
        values.to_string()
    };
    Some(Edit { span, replacement })
}

pub use cookiec_syntax::quote;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn apply(src: &str, e: &Edit) -> String {
        let mut s = src.to_string();
        s.replace_range(e.span.range(), &e.replacement);
        s
    }

    #[test]
    fn insert_goes_after_last_field_and_its_comment() {
        let src = "cookie \"a\" {\n  lifetime 7 days # week\n}\n";
        let p = cookiec_syntax::parse(src);
        let e = insert_field(&p.file, p.file.nodes[0].span, "secure").unwrap();
        let out = apply(src, &e);
        assert_eq!(
            out,
            "cookie \"a\" {\n  lifetime 7 days # week\n  secure\n}\n"
        );
        assert!(cookiec_syntax::parse(&out).diagnostics.is_empty());
    }

    #[test]
    fn insert_into_one_line_block_stays_parseable() {
        let src = "cookie \"a\" { lifetime session }\n";
        let p = cookiec_syntax::parse(src);
        let e = insert_field(&p.file, p.file.nodes[0].span, "secure").unwrap();
        let out = apply(src, &e);
        let reparsed = cookiec_syntax::parse(&out);
        assert!(reparsed.diagnostics.is_empty(), "{out}");
        assert_eq!(reparsed.file.nodes[0].children().len(), 2);
    }

    #[test]
    fn remove_takes_the_line_and_keeps_comments() {
        let src = "cookie \"a\" {\n  # why\n  path \"/x\"\n  lifetime session\n}\n";
        let p = cookiec_syntax::parse(src);
        let e = remove_field(&p.file, p.file.nodes[0].span, "path").unwrap();
        assert_eq!(
            apply(src, &e),
            "cookie \"a\" {\n  # why\n  lifetime session\n}\n"
        );
    }

    #[test]
    fn replace_bare_bool_appends_value() {
        let src = "cookie \"a\" {\n  secure\n}\n";
        let p = cookiec_syntax::parse(src);
        let e = replace_values(&p.file, p.file.nodes[0].span, "secure", "no").unwrap();
        assert_eq!(apply(src, &e), "cookie \"a\" {\n  secure no\n}\n");
    }

    #[test]
    fn quote_escapes() {
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
