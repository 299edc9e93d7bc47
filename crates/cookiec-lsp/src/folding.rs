//! Folding ranges: every block and list spanning lines, multi-line strings,
//! and runs of consecutive comment lines.

use crate::documents::Document;
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, Value, ValueKind};
use tower_lsp_server::ls_types::{FoldingRange, FoldingRangeKind};

pub fn folding_ranges(doc: &Document) -> Vec<FoldingRange> {
    let analysis = doc.analysis();
    let mut out = Vec::new();
    for n in &analysis.file.nodes {
        node(doc, n, &mut out);
    }
    // Consecutive comment lines fold together.
    let mut run: Option<(u32, u32)> = None;
    for c in &analysis.file.comments {
        let line = doc.position(c.span.start).line;
        run = match run {
            Some((start, end)) if line == end + 1 => Some((start, line)),
            Some((start, end)) => {
                push(&mut out, start, end, Some(FoldingRangeKind::Comment));
                Some((line, line))
            }
            None => Some((line, line)),
        };
    }
    if let Some((start, end)) = run {
        push(&mut out, start, end, Some(FoldingRangeKind::Comment));
    }
    out.sort_by_key(|r| (r.start_line, r.end_line));
    out
}

fn push(out: &mut Vec<FoldingRange>, start: u32, end: u32, kind: Option<FoldingRangeKind>) {
    if end > start {
        out.push(FoldingRange {
            start_line: start,
            end_line: end,
            kind,
            ..Default::default()
        });
    }
}

fn span(doc: &Document, s: Span, out: &mut Vec<FoldingRange>) {
    let start = doc.position(s.start).line;
    // Keep the closing line visible (`}` / `]`).
    let end = doc.position(s.end).line.saturating_sub(1).max(start);
    push(out, start, end, Some(FoldingRangeKind::Region));
}

fn node(doc: &Document, n: &Node, out: &mut Vec<FoldingRange>) {
    for v in &n.values {
        value(doc, v, out);
    }
    if let Some(b) = &n.block {
        span(doc, Span::new(n.span.start, b.span.end), out);
        for c in &b.nodes {
            node(doc, c, out);
        }
    }
}

fn value(doc: &Document, v: &Value, out: &mut Vec<FoldingRange>) {
    match &v.kind {
        ValueKind::List(_) => span(doc, v.span, out),
        ValueKind::String(s) if s.multiline => span(doc, v.span, out),
        _ => {}
    }
}
