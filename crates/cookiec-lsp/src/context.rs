//! Where the cursor is, in terms completion understands: which blocks
//! enclose it, and whether it stands where a node's name goes or where one
//! of its values goes.
//!
//! The tree of an incomplete line is whatever the parser recovered, so this
//! combines the tree (for blocks and multi-line lists) with the raw text of
//! the line (for a name typed but not yet followed by a value).

use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, SourceFile, Value, ValueKind};

#[derive(Debug)]
pub struct Context<'a> {
    pub offset: usize,
    /// Nodes whose block encloses the cursor, outermost first: empty at top
    /// level, `[decl]` in a declaration, `[decl, field]` in a field's block
    /// (translations, consent per region).
    pub owners: Vec<&'a Node>,
    pub slot: Slot,
}

#[derive(Debug)]
pub enum Slot {
    /// Where a node's name goes; `prefix` is the part already typed.
    Name { prefix: Span },
    /// After the name of a node (read from the tree, or from the text when
    /// the tree has no node for the line yet).
    Value {
        name: String,
        name_span: Span,
        /// Values complete before the cursor, as written.
        before: Vec<String>,
        prefix: Span,
    },
    /// Inside a string, regex or comment: nothing to complete.
    Nothing,
}

/// Identifier characters, as in the grammar.
pub fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// The identifier-like run ending at `offset`.
pub fn word_before(text: &str, offset: usize) -> Span {
    let head = text.get(..offset).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_ident_char(*c))
        .last()
        .map(|(i, _)| i)
        .unwrap_or(offset);
    Span::new(start, offset)
}

/// The identifier-like run around `offset`.
pub fn word_at(text: &str, offset: usize) -> Span {
    let start = word_before(text, offset).start;
    let tail = text.get(offset..).unwrap_or("");
    let len = tail
        .char_indices()
        .find(|(_, c)| !is_ident_char(*c))
        .map(|(i, _)| i)
        .unwrap_or(tail.len());
    Span::new(start, offset + len)
}

fn block_encloses(node: &Node, offset: usize, limit: usize) -> bool {
    let Some(b) = &node.block else { return false };
    if offset < b.open.end {
        return false;
    }
    match b.close {
        Some(close) => offset <= close.start,
        // Unclosed: it runs to the next sibling (or the end of the parent).
        None => offset <= limit,
    }
}

pub fn context<'a>(file: &'a SourceFile, text: &str, offset: usize) -> Context<'a> {
    let offset = crate::position::floor_char_boundary(text, offset);
    let mut owners = Vec::new();
    let mut nodes: &'a [Node] = &file.nodes;
    let mut limit = text.len();
    'descend: loop {
        for (i, n) in nodes.iter().enumerate() {
            let next_start = nodes.get(i + 1).map(|s| s.span.start).unwrap_or(limit);
            if n.span.start <= offset && block_encloses(n, offset, next_start) {
                owners.push(n);
                limit = n
                    .block
                    .as_ref()
                    .and_then(|b| b.close)
                    .map(|c| c.start)
                    .unwrap_or(next_start);
                nodes = n.children();
                continue 'descend;
            }
        }
        break;
    }
    let in_comment = file
        .comments
        .iter()
        .any(|c| c.span.start < offset && offset <= c.span.end);
    let slot = if in_comment {
        Slot::Nothing
    } else {
        slot(nodes, text, offset)
    };
    Context {
        offset,
        owners,
        slot,
    }
}

/// The value whose span strictly contains `offset`, searching lists.
fn value_around(values: &[Value], offset: usize) -> Option<&Value> {
    for v in values {
        if v.span.start < offset && offset < v.span.end {
            if let ValueKind::List(items) = &v.kind {
                return value_around(items, offset).or(Some(v));
            }
            return Some(v);
        }
    }
    None
}

fn slot(siblings: &[Node], text: &str, offset: usize) -> Slot {
    let line_start = text
        .get(..offset)
        .and_then(|h| h.rfind('\n'))
        .map(|i| i + 1)
        .unwrap_or(0);
    // The sibling the cursor is on: it contains the cursor, or it ends
    // earlier on the cursor's line with only blanks between.
    let current = siblings.iter().rev().find(|n| {
        n.span.start <= offset
            && (offset <= n.span.end
                || text
                    .get(n.span.end..offset)
                    .is_some_and(|gap| !gap.contains('\n') && gap.trim().is_empty()))
    });
    if let Some(node) = current {
        if offset <= node.name.span.end {
            return Slot::Name {
                prefix: Span::new(node.name.span.start, offset),
            };
        }
        if let Some(v) = value_around(&node.values, offset) {
            match v.kind {
                ValueKind::String(_) | ValueKind::Regex(_) => return Slot::Nothing,
                _ => {}
            }
        }
        let mut before = Vec::new();
        flatten_before(&node.values, offset, &mut before, text);
        return Slot::Value {
            name: node.name.name.clone(),
            name_span: node.name.span,
            before,
            prefix: word_before(text, offset),
        };
    }
    // No node on this line in the tree: read the line.
    let line = text.get(line_start..offset).unwrap_or("");
    if in_string(line) {
        return Slot::Nothing;
    }
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    match trimmed.find(|c: char| !is_ident_char(c)) {
        None => Slot::Name {
            prefix: Span::new(line_start + lead, offset),
        },
        Some(end) if end > 0 => {
            let name_span = Span::new(line_start + lead, line_start + lead + end);
            let prefix = word_before(text, offset);
            let done = text.get(name_span.end..prefix.start).unwrap_or("");
            Slot::Value {
                name: name_span.slice(text).to_string(),
                name_span,
                before: done
                    .split(|c: char| c.is_whitespace() || c == ',' || c == '[')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect(),
                prefix,
            }
        }
        Some(_) => Slot::Nothing,
    }
}

/// Values that end before `offset` (list elements flattened), as written.
fn flatten_before(values: &[Value], offset: usize, out: &mut Vec<String>, text: &str) {
    for v in values {
        match &v.kind {
            ValueKind::List(items) if v.span.start < offset => {
                flatten_before(items, offset, out, text)
            }
            _ if v.span.end < offset => out.push(v.span.slice(text).to_string()),
            _ => {}
        }
    }
}

/// Whether the line ends inside an open `"` string (escapes honoured).
fn in_string(line: &str) -> bool {
    let mut open = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if open => {
                chars.next();
            }
            '"' => open = !open,
            '#' if !open => return true,
            _ => {}
        }
    }
    open
}
