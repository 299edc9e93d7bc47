//! The canonical formatter for `.cookies` files (`cookiec fmt`, and the
//! language server's formatting).
//!
//! ```
//! let out = cookiec_fmt::format("cookie \"sid\"{\n\tcategory   essential # auth\n  purpose \"Sign-in\"\n}").unwrap();
//! assert_eq!(out, "cookie \"sid\" {\n  category essential # auth\n  purpose  \"Sign-in\"\n}\n");
//! ```
//!
//! The pipeline: parse (a file with syntax errors is never rewritten), attach
//! every comment to the node it annotates ([`attach`]), put the fields of
//! each declaration in canonical order where that is safe ([`order`]), print
//! ([`print`]), then parse the output again and refuse it unless it has the
//! same tree and the same comments ([`equiv`]). The style is documented in
//! `docs/formatting.md`.

mod attach;
mod entries;
mod equiv;
mod literal;
mod order;
mod print;

pub use equiv::{comment_texts, same_tree};
pub use order::{fields_of, rank};
pub use print::MAX_WIDTH;

use cookiec_diagnostics::{Diagnostic, Edit, Span};

/// The diagnostic returned when the formatter's own output fails its check
/// (a formatter bug; the file is left alone), and the formatter's codes:
/// declared with every stage's in `cookiec_diagnostics::stage_codes`.
pub use cookiec_diagnostics::stage_codes::fmt::{CODES, FORMATTER_BUG};

/// The canonical text of `src`, or the syntax errors that prevent
/// formatting it.
pub fn format(src: &str) -> Result<String, Vec<Diagnostic>> {
    format_parts(src).map(|f| f.text)
}

/// Edits that format the top-level declarations that `range` touches
/// (with their comments), for the language server's range formatting.
/// Text outside those declarations is left as it is. No edit when they
/// are already formatted.
pub fn format_range(src: &str, range: Span) -> Result<Vec<Edit>, Vec<Diagnostic>> {
    let f = format_parts(src)?;
    let touched: Vec<usize> = f
        .extents
        .iter()
        .enumerate()
        .filter(|(_, ext)| ext.start <= range.end && range.start <= ext.end)
        .map(|(i, _)| i)
        .collect();
    let (Some(&first), Some(&last)) = (touched.first(), touched.last()) else {
        return Ok(Vec::new());
    };
    let (Some(first_ext), Some(last_ext), Some(chunks)) = (
        f.extents.get(first),
        f.extents.get(last),
        f.chunks.get(first..=last),
    ) else {
        return Ok(Vec::new());
    };
    let start = line_start(src, first_ext.start);
    let span = Span::new(start, last_ext.end);
    let replacement = chunks.join("\n\n");
    if span.slice(src) == replacement {
        return Ok(Vec::new());
    }
    Ok(vec![Edit { span, replacement }])
}

/// `offset`, moved back over the indentation before it on its line.
fn line_start(src: &str, offset: usize) -> usize {
    let before = src.get(..offset).unwrap_or("");
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.is_empty() || trimmed.ends_with('\n') {
        trimmed.len()
    } else {
        offset
    }
}

struct Formatted {
    text: String,
    /// Per top-level item: its source extent and its formatted text.
    extents: Vec<Span>,
    chunks: Vec<String>,
}

fn format_parts(src: &str) -> Result<Formatted, Vec<Diagnostic>> {
    let parse = cookiec_syntax::parse(src);
    let errors: Vec<Diagnostic> = parse
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut ir = attach::attach(src, &parse.file);
    for item in &mut ir.items {
        order::reorder(item);
    }
    let printed = print::Printer { src }.file(&ir);
    verify(&parse.file, &printed.text)?;
    Ok(Formatted {
        text: printed.text,
        extents: ir.items.iter().map(|it| it.extent).collect(),
        chunks: printed.chunks,
    })
}

/// The safety net: the output must parse without errors to the same tree
/// with the same comments, or it is not used.
fn verify(original: &cookiec_syntax::ast::SourceFile, out: &str) -> Result<(), Vec<Diagnostic>> {
    let reparsed = cookiec_syntax::parse(out);
    let ok = !reparsed.diagnostics.iter().any(Diagnostic::is_error)
        && same_tree(original, &reparsed.file)
        && comment_texts(original) == comment_texts(&reparsed.file);
    if ok {
        return Ok(());
    }
    Err(vec![Diagnostic::error(
        FORMATTER_BUG,
        "internal error: the formatted text would not mean the same as the original; the file was left unchanged",
        Span::new(0, 0),
    )
    .with_help("this is a bug in `cookiec fmt`; please report it with the file")])
}
