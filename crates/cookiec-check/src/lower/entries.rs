//! Key → value blocks (`{ en "..."  de "..." }`, `{ default opt-in
//! us-ca opt-out }`). The grammar ends a node at a newline, so several
//! pairs on one line arrive as one node with extra values: split them back
//! into entries here.

use super::cx::Cx;
use crate::codes;
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::{Block, Node, Value, ValueKind};

pub(crate) struct Entry<'n> {
    pub key: &'n str,
    pub key_span: Span,
    /// `None` when the key has no value (reported by the caller).
    pub value: Option<&'n Value>,
}

impl Cx<'_> {
    pub fn entries<'n>(&mut self, block: &'n Block, what: &str) -> Vec<Entry<'n>> {
        let mut out = Vec::new();
        for child in &block.nodes {
            self.entries_of(child, what, &mut out);
        }
        out
    }

    fn entries_of<'n>(&mut self, child: &'n Node, what: &str, out: &mut Vec<Entry<'n>>) {
        if let Some(b) = &child.block {
            self.push(
                Diagnostic::error(
                    codes::WRONG_ARITY,
                    format!("a {what} entry does not take a block"),
                    b.span,
                )
                .with_label("unexpected block"),
            );
        }
        out.push(Entry {
            key: &child.name.name,
            key_span: child.name.span,
            value: child.values.first(),
        });
        let mut rest = child.values.get(1..).unwrap_or(&[]);
        while let Some((k, tail)) = rest.split_first() {
            match &k.kind {
                ValueKind::Ident(key) => {
                    out.push(Entry {
                        key,
                        key_span: k.span,
                        value: tail.first(),
                    });
                    rest = tail.get(1..).unwrap_or(&[]);
                }
                ValueKind::Error => return,
                _ => {
                    let last = rest.last().map(|l| l.span).unwrap_or(k.span);
                    self.push(
                        Diagnostic::error(
                            codes::WRONG_ARITY,
                            format!("too many values in this {what} entry"),
                            k.span.to(last),
                        )
                        .with_label(format!("expected a {what} key before this"))
                        .with_help(format!("write one `key value` pair per {what} entry")),
                    );
                    return;
                }
            }
        }
    }
}
