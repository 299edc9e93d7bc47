//! Helpers shared by the end-to-end tests: the corpus and span invariants.
#![allow(dead_code, clippy::unwrap_used)]

use cookiec_check::Checked;
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, Value, ValueKind};
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The `*.cookies` files of a directory (relative to the root), sorted.
pub fn cookies_in(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "cookies"));
    files.sort();
    files
}

/// Every file of the corpus: valid fixtures, examples, invalid fixtures.
pub fn corpus() -> Vec<PathBuf> {
    let mut all = cookies_in("tests/fixtures/valid");
    all.extend(cookies_in("examples"));
    all.extend(cookies_in("tests/fixtures/invalid"));
    all
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn span_ok(src: &str, s: Span) -> Result<(), String> {
    if s.start > s.end || s.end > src.len() {
        return Err(format!("span {s:?} out of bounds (len {})", src.len()));
    }
    if !src.is_char_boundary(s.start) || !src.is_char_boundary(s.end) {
        return Err(format!("span {s:?} not on char boundaries"));
    }
    Ok(())
}

fn value_ok(src: &str, parent: Span, v: &Value) -> Result<(), String> {
    span_ok(src, v.span)?;
    if !parent.contains_span(v.span) {
        return Err(format!("value {:?} outside its node {parent:?}", v.span));
    }
    if let ValueKind::List(items) = &v.kind {
        for i in items {
            value_ok(src, v.span, i)?;
        }
    }
    Ok(())
}

fn node_ok(src: &str, parent: Span, n: &Node) -> Result<(), String> {
    span_ok(src, n.span)?;
    if !parent.contains_span(n.span) {
        return Err(format!(
            "node `{}` {:?} outside its parent {parent:?}",
            n.name.name, n.span
        ));
    }
    if !n.span.contains_span(n.name.span) {
        return Err(format!("name of `{}` outside its node", n.name.name));
    }
    for v in &n.values {
        value_ok(src, n.span, v)?;
    }
    if let Some(b) = &n.block {
        if !n.span.contains_span(b.span) || !b.span.contains_span(b.open) {
            return Err(format!("block of `{}` outside its node", n.name.name));
        }
        for c in &b.nodes {
            node_ok(src, b.span, c)?;
        }
    }
    Ok(())
}

/// Every span of the tree and the diagnostics lies inside the source, on
/// char boundaries; children lie inside their parents.
pub fn check_invariants(src: &str, checked: &Checked) -> Result<(), String> {
    let whole = Span::new(0, src.len());
    for n in &checked.file.nodes {
        node_ok(src, whole, n)?;
    }
    for c in &checked.file.comments {
        span_ok(src, c.span)?;
    }
    for d in &checked.diagnostics {
        span_ok(src, d.primary.span).map_err(|e| format!("{}: {e}", d.code))?;
        for l in &d.secondary {
            span_ok(src, l.span).map_err(|e| format!("{} secondary: {e}", d.code))?;
        }
        for f in &d.fixes {
            for e in &f.edits {
                span_ok(src, e.span).map_err(|e| format!("{} fix: {e}", d.code))?;
            }
        }
    }
    Ok(())
}
