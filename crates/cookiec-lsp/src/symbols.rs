//! Document symbols (the outline): one symbol per declaration, its fields
//! as children.

use crate::documents::Document;
use cookiec_syntax::ast::{Node, ValueKind};
use serde::ser::{Serialize, SerializeSeq, Serializer};
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

/// The outline of [`document_symbols`] as it serialises, written straight
/// from the syntax tree: no `DocumentSymbol` and none of its strings are
/// built. A large file's outline is over a megabyte of JSON, and building
/// the typed symbols first cost as much as writing them.
pub fn outline(doc: &Document) -> impl Serialize + '_ {
    Symbols {
        doc,
        nodes: &doc.analysis().file.nodes,
        fields: false,
    }
}

/// Declarations (with their fields as children) or fields.
struct Symbols<'a> {
    doc: &'a Document,
    nodes: &'a [Node],
    fields: bool,
}

/// The JSON of one [`DocumentSymbol`], fields in its order.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Symbol<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    kind: SymbolKind,
    range: Range,
    selection_range: Range,
    #[serde(skip_serializing_if = "Option::is_none")]
    children: Option<Symbols<'a>>,
}

impl Serialize for Symbols<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        let mut seq = s.serialize_seq(Some(self.nodes.len()))?;
        for n in self.nodes {
            if self.fields {
                seq.serialize_element(&Symbol {
                    name: &n.name.name,
                    detail: Some(field_detail(doc, n)),
                    kind: SymbolKind::PROPERTY,
                    range: doc.range(n.span),
                    selection_range: doc.range(n.name.span),
                    children: None,
                })?;
            } else {
                let (name, detail) = label(doc, n);
                let selection = n.values.first().map(|v| v.span).unwrap_or(n.name.span);
                seq.serialize_element(&Symbol {
                    name,
                    detail,
                    kind: kind_of(&n.name.name),
                    range: doc.range(n.span),
                    selection_range: doc.range(selection),
                    children: Some(Symbols {
                        doc,
                        nodes: n.children(),
                        fields: true,
                    }),
                })?;
            }
        }
        seq.end()
    }
}
