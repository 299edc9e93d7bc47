//! Document symbols (the outline): one symbol per declaration, its fields
//! as children.

use crate::documents::Document;
use cookiec_syntax::ast::{Node, ValueKind};
use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};

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

/// `category analytics`, `cookie "_ga"`, `consent`.
fn label(doc: &Document, n: &Node) -> (String, Option<String>) {
    match n.values.first() {
        Some(v) => {
            let shown = match &v.kind {
                ValueKind::String(s) => s.value.clone(),
                _ => v.span.slice(&doc.text).to_string(),
            };
            (shown, Some(n.name.name.clone()))
        }
        None => (n.name.name.clone(), None),
    }
}

#[allow(deprecated)] // `deprecated` is a required field of the struct.
fn declaration(doc: &Document, n: &Node) -> DocumentSymbol {
    let (name, detail) = label(doc, n);
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
