//! The lossless, spanned syntax tree.
//!
//! The tree is generic (nodes with values and an optional block, like KDL):
//! meaning is given by the checker's schema. Every element keeps its byte
//! span; comments are kept in [`SourceFile::comments`] in source order so
//! the formatter and hover can re-attach them by position.

use cookiec_diagnostics::Span;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceFile {
    pub nodes: Vec<Node>,
    /// Every `#` comment, in source order.
    pub comments: Vec<Comment>,
    /// The whole text: `0..src.len()`.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comment {
    /// The comment text including the leading `#`, without the newline.
    pub text: String,
    pub span: Span,
}

/// `name value* block?`: a declaration at top level, a field inside a block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    pub name: Ident,
    pub values: Vec<Value>,
    /// Boxed: most nodes are fields without a block, and a node is in
    /// memory once per line of a file.
    pub block: Option<Box<Block>>,
    /// From the name to the end of the last value or the closing brace.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    pub nodes: Vec<Node>,
    /// From `{` to `}` inclusive (to the end of the last child when unclosed).
    pub span: Span,
    /// The `{` token.
    pub open: Span,
    /// The `}` token, `None` when the block was never closed.
    pub close: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum ValueKind {
    /// A string with escapes resolved (`"..."`), or a multi-line string
    /// (`"""..."""`) with its common indentation removed.
    String(StrLit),
    /// `/.../`: the pattern between the slashes, `\/` unescaped to `/`.
    Regex(String),
    /// `12`, `1.5`: the literal text.
    Number(String),
    /// `2026-03` or `2026-06-01`: shape-checked by the lexer; calendar
    /// validity is the checker's job.
    Date(DateLit),
    Ident(String),
    List(Vec<Value>),
    /// A token the lexer already reported (E101..E104); the checker skips it.
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StrLit {
    pub value: String,
    pub multiline: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateLit {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl Value {
    pub fn as_ident(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Ident(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::String(s) => Some(&s.value),
            _ => None,
        }
    }

    /// A short description of the value's syntactic kind, for "expected X,
    /// found Y" messages.
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            ValueKind::String(_) => "a string",
            ValueKind::Regex(_) => "a regex",
            ValueKind::Number(_) => "a number",
            ValueKind::Date(_) => "a date",
            ValueKind::Ident(_) => "a name",
            ValueKind::List(_) => "a list",
            ValueKind::Error => "an invalid token",
        }
    }
}

impl Node {
    /// The child node named `name` in this node's block, first match.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.block
            .as_ref()?
            .nodes
            .iter()
            .find(|n| n.name.name == name)
    }

    /// Children of the block, or an empty slice.
    pub fn children(&self) -> &[Node] {
        self.block
            .as_ref()
            .map(|b| b.nodes.as_slice())
            .unwrap_or(&[])
    }

    /// The span of the header: name and values, without the block.
    pub fn header_span(&self) -> Span {
        let end = self
            .values
            .last()
            .map(|v| v.span.end)
            .unwrap_or(self.name.span.end);
        Span::new(self.name.span.start, end)
    }
}

impl SourceFile {
    /// The innermost node whose span contains `offset`, with its ancestors
    /// (outermost first). Used by the language server for context.
    pub fn node_path_at(&self, offset: usize) -> Vec<&Node> {
        let mut path = Vec::new();
        let mut nodes: &[Node] = &self.nodes;
        while let Some(n) = nodes.iter().find(|n| n.span.contains(offset)) {
            path.push(n);
            match &n.block {
                Some(b) if b.open.end <= offset => nodes = &b.nodes,
                _ => break,
            }
        }
        path
    }
}
