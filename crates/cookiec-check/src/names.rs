//! The symbol table: declared ids and the references to them, read from the
//! syntax tree and the schema (a field whose type is `ref(category)` /
//! `ref(provider)`, alone or in a list, holds references). The checker owns
//! it; the language server builds it once per document version from the
//! checked tree (`cookiec check` never needs it), and its definition,
//! references, rename, hover, completion and semantic tokens all query it.

use crate::schema::{self, RefKind, ValueType};
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, SourceFile, Value, ValueKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    Category,
    Provider,
    Section,
}

impl SymbolKind {
    /// The declaration keyword that introduces this kind of id.
    pub fn keyword(self) -> &'static str {
        match self {
            SymbolKind::Category => "category",
            SymbolKind::Provider => "provider",
            SymbolKind::Section => "section",
        }
    }

    fn of_keyword(kw: &str) -> Option<SymbolKind> {
        match kw {
            "category" => Some(SymbolKind::Category),
            "provider" => Some(SymbolKind::Provider),
            "section" => Some(SymbolKind::Section),
            _ => None,
        }
    }

    fn of_ref(kind: RefKind) -> SymbolKind {
        match kind {
            RefKind::Category => SymbolKind::Category,
            RefKind::Provider => SymbolKind::Provider,
        }
    }
}

/// One occurrence of an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub kind: SymbolKind,
    pub name: String,
    /// The identifier itself.
    pub span: Span,
    /// The whole declaration for a definition; the field node for a reference.
    pub node_span: Span,
    pub is_definition: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Names {
    /// Definitions and references in source order.
    pub occurrences: Vec<Occurrence>,
}

impl Names {
    pub fn of(file: &SourceFile) -> Names {
        let mut occurrences = Vec::new();
        for decl in &file.nodes {
            let kw = decl.name.name.as_str();
            if let Some(kind) = SymbolKind::of_keyword(kw) {
                if let Some((name, span)) = decl
                    .values
                    .first()
                    .and_then(|v| v.as_ident().map(|n| (n, v.span)))
                {
                    occurrences.push(Occurrence {
                        kind,
                        name: name.to_string(),
                        span,
                        node_span: decl.span,
                        is_definition: true,
                    });
                }
            }
            for field in decl.children() {
                if let Some(kind) = ref_kind(kw, field) {
                    collect_refs(&field.values, kind, field.span, &mut occurrences);
                }
            }
        }
        Names { occurrences }
    }

    /// The occurrence whose identifier contains `offset`.
    pub fn at(&self, offset: usize) -> Option<&Occurrence> {
        self.occurrences.iter().find(|o| o.span.contains(offset))
    }

    pub fn definition(&self, kind: SymbolKind, name: &str) -> Option<&Occurrence> {
        self.occurrences
            .iter()
            .find(|o| o.is_definition && o.kind == kind && o.name == name)
    }

    /// Every occurrence (definition included) of `kind` `name`.
    pub fn all_of<'a>(
        &'a self,
        kind: SymbolKind,
        name: &'a str,
    ) -> impl Iterator<Item = &'a Occurrence> + 'a {
        self.occurrences
            .iter()
            .filter(move |o| o.kind == kind && o.name == name)
    }

    /// Declared ids of one kind, in source order.
    pub fn declared(&self, kind: SymbolKind) -> impl Iterator<Item = &Occurrence> + '_ {
        self.occurrences
            .iter()
            .filter(move |o| o.is_definition && o.kind == kind)
    }
}

/// The symbol kind a field refers to, when its schema type is a reference.
pub fn ref_kind(decl: &str, field: &Node) -> Option<SymbolKind> {
    match schema::field(decl, &field.name.name)?.ty {
        ValueType::Ref(k) => Some(SymbolKind::of_ref(k)),
        ValueType::List(ValueType::Ref(k)) => Some(SymbolKind::of_ref(*k)),
        _ => None,
    }
}

fn collect_refs(values: &[Value], kind: SymbolKind, node_span: Span, out: &mut Vec<Occurrence>) {
    for v in values {
        match &v.kind {
            ValueKind::Ident(name) => out.push(Occurrence {
                kind,
                name: name.clone(),
                span: v.span,
                node_span,
                is_definition: false,
            }),
            ValueKind::List(items) => collect_refs(items, kind, node_span, out),
            _ => {}
        }
    }
}
