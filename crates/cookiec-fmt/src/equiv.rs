//! "Same meaning" for two syntax trees: equal modulo spans, layout,
//! comments, the spelling of strings (`"..."` or `"""..."""`), the order
//! of fields inside a declaration (the formatter's one reordering), and how
//! the entries of a field's key → value block are spread over lines
//! (`{ en "a"  de "b" }` is one node with extra values, the same entries
//! on two lines are two nodes; the checker reads both alike).
//!
//! `format` uses it to refuse any output that would not parse back to the
//! input's tree; the tests use it on every fixture.

use crate::order;
use cookiec_syntax::ast::{Node, SourceFile, Value, ValueKind};

pub fn same_tree(a: &SourceFile, b: &SourceFile) -> bool {
    a.nodes.len() == b.nodes.len()
        && a.nodes
            .iter()
            .zip(&b.nodes)
            .all(|(x, y)| same_node(x, y, Level::Declaration))
}

/// Where a node sits, which decides how its block compares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// Top level: its fields may have been reordered.
    Declaration,
    /// A field of a known declaration: its block is key → value entries.
    Field,
    Other,
}

/// The comment texts of a file, sorted (fields may move with theirs).
pub fn comment_texts(file: &SourceFile) -> Vec<&str> {
    let mut v: Vec<&str> = file.comments.iter().map(|c| c.text.trim_end()).collect();
    v.sort_unstable();
    v
}

fn same_node(a: &Node, b: &Node, level: Level) -> bool {
    if a.name.name != b.name.name
        || a.values.len() != b.values.len()
        || !a
            .values
            .iter()
            .zip(&b.values)
            .all(|(x, y)| same_value(x, y))
    {
        return false;
    }
    match (&a.block, &b.block) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            if level == Level::Field {
                let at_regions = cookiec_schema::splits_at_region_names(&a.name.name);
                if let (Some(p), Some(q)) =
                    (entries(&x.nodes, at_regions), entries(&y.nodes, at_regions))
                {
                    return p.len() == q.len()
                        && p.iter().zip(&q).all(|((k1, v1), (k2, v2))| {
                            k1 == k2
                                && v1.len() == v2.len()
                                && v1.iter().zip(v2.iter()).all(|(a, b)| same_value(a, b))
                        });
                }
            }
            let decl = (level == Level::Declaration).then_some(a.name.name.as_str());
            let child_level = match decl {
                Some(d) if order::fields_of(d).is_some() => Level::Field,
                _ => Level::Other,
            };
            let xs = canonical(&x.nodes, decl);
            let ys = canonical(&y.nodes, decl);
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(&ys)
                    .all(|(p, q)| same_node(p, q, child_level))
        }
        _ => false,
    }
}

/// Children in canonical order when they belong to a declaration (stable,
/// unknown fields last), as they are otherwise.
fn canonical<'a>(nodes: &'a [Node], decl: Option<&str>) -> Vec<&'a Node> {
    let mut v: Vec<&Node> = nodes.iter().collect();
    if let Some(decl) = decl {
        v.sort_by_key(|n| order::rank(decl, &n.name.name).unwrap_or(usize::MAX));
    }
    v
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (&a.kind, &b.kind) {
        (ValueKind::String(x), ValueKind::String(y)) => x.value == y.value,
        (ValueKind::Regex(x), ValueKind::Regex(y)) => x == y,
        (ValueKind::Number(x), ValueKind::Number(y)) => x == y,
        (ValueKind::Date(x), ValueKind::Date(y)) => x == y,
        (ValueKind::Ident(x), ValueKind::Ident(y)) => x == y,
        (ValueKind::List(x), ValueKind::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q))
        }
        (ValueKind::Error, ValueKind::Error) => true,
        _ => false,
    }
}

/// `key value (key value)*` children flattened to entries, as the checker
/// reads key → value blocks; `None` when the children are not all that.
fn entries(nodes: &[Node], at_regions: bool) -> Option<Vec<(&str, &[Value])>> {
    let mut out = Vec::new();
    for n in nodes {
        if n.block.is_some() {
            return None;
        }
        out.extend(crate::entries::split(
            &n.name.name,
            &n.values,
            Value::as_ident,
            at_regions,
        )?);
    }
    Some(out)
}
