//! Semantic tokens from the syntax tree: declaration keywords, field names,
//! strings, numbers and dates, regexes, comments, enum words, and ids
//! coloured by what they name (category, provider, section), with the
//! `declaration` modifier where they are declared. Multi-line tokens are
//! split per line (not every client supports multi-line tokens).

use crate::documents::Document;
use cookiec_check::names::{Names, SymbolKind};
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, Value, ValueKind};
use tower_lsp_server::ls_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensLegend,
};

const TYPES: &[SemanticTokenType] = &[
    SemanticTokenType::KEYWORD,
    SemanticTokenType::PROPERTY,
    SemanticTokenType::STRING,
    SemanticTokenType::NUMBER,
    SemanticTokenType::REGEXP,
    SemanticTokenType::COMMENT,
    SemanticTokenType::ENUM_MEMBER,
    SemanticTokenType::TYPE,
    SemanticTokenType::CLASS,
    SemanticTokenType::NAMESPACE,
];

#[derive(Clone, Copy)]
#[repr(u32)]
enum Ty {
    Keyword = 0,
    Property,
    String,
    Number,
    Regexp,
    Comment,
    EnumMember,
    Type,
    Class,
    Namespace,
}

const DECLARATION: u32 = 1;
const DEFAULT_LIBRARY: u32 = 2;

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: vec![
            SemanticTokenModifier::DECLARATION,
            SemanticTokenModifier::DEFAULT_LIBRARY,
        ],
    }
}

pub fn semantic_tokens(doc: &Document) -> SemanticTokens {
    let analysis = doc.analysis();
    let names = analysis.names();
    let mut raw: Vec<(Span, Ty, u32)> = Vec::new();
    for n in &analysis.file.nodes {
        node(n, 0, names, &mut raw);
    }
    for c in &analysis.file.comments {
        raw.push((c.span, Ty::Comment, 0));
    }
    raw.sort_by_key(|(s, _, _)| (s.start, s.end));
    SemanticTokens {
        result_id: None,
        data: encode(doc, &raw),
    }
}

fn node(n: &Node, depth: usize, names: &Names, out: &mut Vec<(Span, Ty, u32)>) {
    out.push((
        n.name.span,
        if depth == 0 {
            Ty::Keyword
        } else {
            Ty::Property
        },
        0,
    ));
    for v in &n.values {
        value(v, names, out);
    }
    for c in n.children() {
        node(c, depth + 1, names, out);
    }
}

fn value(v: &Value, names: &Names, out: &mut Vec<(Span, Ty, u32)>) {
    let ty = match &v.kind {
        ValueKind::String(_) => Ty::String,
        ValueKind::Regex(_) => Ty::Regexp,
        ValueKind::Number(_) | ValueKind::Date(_) => Ty::Number,
        ValueKind::List(items) => {
            for i in items {
                value(i, names, out);
            }
            return;
        }
        ValueKind::Error => return,
        ValueKind::Ident(id) => match names.at(v.span.start).filter(|o| o.span == v.span) {
            Some(o) => {
                let ty = match o.kind {
                    SymbolKind::Category => Ty::Type,
                    SymbolKind::Provider => Ty::Class,
                    SymbolKind::Section => Ty::Namespace,
                };
                let mut mods = if o.is_definition { DECLARATION } else { 0 };
                if id == cookiec_check::model::FIRST_PARTY {
                    mods |= DEFAULT_LIBRARY;
                }
                out.push((v.span, ty, mods));
                return;
            }
            None => Ty::EnumMember,
        },
    };
    out.push((v.span, ty, 0));
}

/// Delta-encode, splitting tokens at line ends and dropping overlaps.
fn encode(doc: &Document, raw: &[(Span, Ty, u32)]) -> Vec<SemanticToken> {
    let mut data = Vec::with_capacity(raw.len());
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    let mut covered = 0usize;
    for &(span, ty, mods) in raw {
        if span.start < covered || span.is_empty() {
            continue;
        }
        covered = span.end;
        let mut start = span.start;
        while start < span.end {
            let line = doc.index.line_of(start);
            let line_end = doc.index.line_span(&doc.text, line).end;
            let end = span.end.min(line_end);
            if end > start {
                let pos = doc.position(start);
                let length = doc.enc.len(Span::new(start, end).slice(&doc.text));
                let delta_line = pos.line.saturating_sub(prev_line);
                let delta_start = if delta_line == 0 {
                    pos.character.saturating_sub(prev_col)
                } else {
                    pos.character
                };
                data.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length,
                    token_type: ty as u32,
                    token_modifiers_bitset: mods,
                });
                prev_line = pos.line;
                prev_col = pos.character;
            }
            // Continue on the next line.
            start = doc.index.line_span(&doc.text, line + 1).start.max(end + 1);
            if line + 1 >= doc.index.line_count() {
                break;
            }
        }
    }
    data
}
