//! Document symbols (the outline): one symbol per declaration, its fields
//! as children.

use crate::documents::Document;
use cookiec_syntax::ast::{Node, ValueKind};
use tower_lsp_server::ls_types::{DocumentSymbol, Range, SymbolKind};

pub fn document_symbols(doc: &Document) -> Vec<DocumentSymbol> {
    doc.analysis()
        .file
        .nodes
        .iter()
        .map(|n| declaration(doc, n))
        .collect()
}

fn kind_of(keyword: &str) -> SymbolKind {
    match keyword {
        "policy" => SymbolKind::FILE,
        "category" => SymbolKind::ENUM,
        "provider" => SymbolKind::CLASS,
        "consent" | "lint" => SymbolKind::OBJECT,
        "section" => SymbolKind::STRING,
        _ => SymbolKind::VARIABLE,
    }
}

/// `category analytics`, `cookie "_ga"`, `consent`: the name shown and
/// the detail.
fn label<'a>(doc: &'a Document, n: &'a Node) -> (&'a str, Option<&'a str>) {
    let name = match n.values.first() {
        Some(v) => match &v.kind {
            ValueKind::String(s) => s.value.as_str(),
            _ => v.span.slice(&doc.text),
        },
        None => return (&n.name.name, None),
    };
    // An empty label (`cookie "" {`) would be an unnamed symbol.
    let shown = if name.is_empty() { &n.name.name } else { name };
    (shown, Some(&n.name.name))
}

/// A field's values as written, shortened to 60 characters.
fn field_detail<'a>(doc: &'a Document, c: &'a Node) -> &'a str {
    let values = c
        .header_span()
        .slice(&doc.text)
        .get(c.name.name.len()..)
        .unwrap_or("")
        .trim();
    match values.char_indices().nth(60) {
        Some((end, _)) => values.get(..end).unwrap_or(values),
        None => values,
    }
}

/// Built independently of [`outline`] (which must serialise the same),
/// so the test holding the two together compares two implementations.
#[allow(deprecated)] // `deprecated` is a required field of the struct.
fn declaration(doc: &Document, n: &Node) -> DocumentSymbol {
    let (name, detail) = match n.values.first() {
        Some(v) => {
            let shown = match &v.kind {
                ValueKind::String(s) => s.value.clone(),
                _ => v.span.slice(&doc.text).to_string(),
            };
            (shown, Some(n.name.name.clone()))
        }
        None => (n.name.name.clone(), None),
    };
    let children: Vec<DocumentSymbol> = n
        .children()
        .iter()
        .map(|c| DocumentSymbol {
            name: c.name.name.clone(),
            detail: Some(
                c.header_span()
                    .slice(&doc.text)
                    .get(c.name.name.len()..)
                    .unwrap_or("")
                    .trim()
                    .chars()
                    .take(60)
                    .collect(),
            ),
            kind: SymbolKind::PROPERTY,
            tags: None,
            deprecated: None,
            range: doc.range(c.span),
            selection_range: doc.range(c.name.span),
            children: None,
        })
        .collect();
    let selection = n.values.first().map(|v| v.span).unwrap_or(n.name.span);
    DocumentSymbol {
        name: if name.is_empty() {
            n.name.name.clone()
        } else {
            name
        },
        detail,
        kind: kind_of(&n.name.name),
        tags: None,
        deprecated: None,
        range: doc.range(n.span),
        selection_range: doc.range(selection),
        children: Some(children),
    }
}

/// The outline of [`document_symbols`] as JSON, written straight from the
/// syntax tree: no `DocumentSymbol` and none of its strings are built, and
/// no serializer runs (a large file's outline is over a megabyte, and
/// serde_json took most of the time of the reply). The same bytes as
/// serde_json gives for the typed symbols, which a test holds it to.
pub fn outline_json(doc: &Document) -> String {
    let nodes = &doc.analysis().file.nodes;
    let fields: usize = nodes.iter().map(|n| n.children().len()).sum();
    let mut out = String::with_capacity((nodes.len() + fields) * 160);
    out.push('[');
    for (i, n) in nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let (name, detail) = label(doc, n);
        let selection = n.values.first().map(|v| v.span).unwrap_or(n.name.span);
        symbol(
            &mut out,
            doc,
            name,
            detail,
            kind_of(&n.name.name),
            n.span,
            selection,
        );
        out.push_str(",\"children\":[");
        for (j, c) in n.children().iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let detail = Some(field_detail(doc, c));
            symbol(
                &mut out,
                doc,
                &c.name.name,
                detail,
                SymbolKind::PROPERTY,
                c.span,
                c.name.span,
            );
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push(']');
    out
}

/// One symbol's fields up to (not including) `children` and the closing
/// brace, in `DocumentSymbol`'s order.
fn symbol(
    out: &mut String,
    doc: &Document,
    name: &str,
    detail: Option<&str>,
    kind: SymbolKind,
    range: cookiec_diagnostics::Span,
    selection: cookiec_diagnostics::Span,
) {
    out.push_str("{\"name\":");
    cookiec_diagnostics::push_json_str(out, name, false);
    if let Some(d) = detail {
        out.push_str(",\"detail\":");
        cookiec_diagnostics::push_json_str(out, d, false);
    }
    out.push_str(",\"kind\":");
    push_number(out, kind_number(kind));
    out.push_str(",\"range\":");
    push_range(out, doc.range(range));
    out.push_str(",\"selectionRange\":");
    push_range(out, doc.range(selection));
}

/// The number LSP gives each kind this outline uses.
fn kind_number(kind: SymbolKind) -> i64 {
    match kind {
        SymbolKind::FILE => 1,
        SymbolKind::CLASS => 5,
        SymbolKind::PROPERTY => 7,
        SymbolKind::ENUM => 10,
        SymbolKind::VARIABLE => 13,
        SymbolKind::STRING => 15,
        SymbolKind::OBJECT => 19,
        // Not produced by `kind_of`; the typed-outline test would show it.
        _ => 13,
    }
}

fn push_range(out: &mut String, r: Range) {
    out.push_str("{\"start\":{\"line\":");
    push_number(out, i64::from(r.start.line));
    out.push_str(",\"character\":");
    push_number(out, i64::from(r.start.character));
    out.push_str("},\"end\":{\"line\":");
    push_number(out, i64::from(r.end.line));
    out.push_str(",\"character\":");
    push_number(out, i64::from(r.end.character));
    out.push_str("}}");
}

fn push_number(out: &mut String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}
