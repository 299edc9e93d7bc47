//! Attach every comment of the source to the syntax element it annotates,
//! and record where the author left blank lines.
//!
//! The parser keeps comments in one flat, position-sorted list
//! ([`SourceFile::comments`]). This pass walks the tree in source order with
//! a cursor over that list, so each comment is handed out exactly once:
//! - a comment on its own line(s) leads the next node (or list element);
//! - a comment at the end of a line trails the node (or element) that ends
//!   on that line, or the `{` that opens a block;
//! - comments after the last node of a block (or file, or list) dangle at
//!   its end.
//!
//! Nothing is dropped: whatever the cursor has not handed out by the end of
//! the file dangles at the end of the file.

use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Block, Comment, Node, SourceFile, Value, ValueKind};

/// One own-line element before a node or at the end of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trivia<'a> {
    Comment(&'a str),
    /// A blank line the author left (runs of blank lines count as one).
    Blank,
}

/// Own-line comments, with the blank lines among them.
#[derive(Clone, Debug, Default)]
pub struct Trivias<'a> {
    /// A blank line precedes the first comment (or the node itself when
    /// there are no comments).
    pub blank_before: bool,
    /// Comments in order; a `Blank` between them, or last when a blank line
    /// separates the last comment from what follows.
    pub trivia: Vec<Trivia<'a>>,
}

impl Trivias<'_> {
    pub fn has_comments(&self) -> bool {
        self.trivia.iter().any(|t| matches!(t, Trivia::Comment(_)))
    }
}

/// A node with its comments.
#[derive(Clone, Debug)]
pub struct Item<'a> {
    pub leading: Trivias<'a>,
    pub node: &'a Node,
    pub values: Vec<ValueIr<'a>>,
    pub block: Option<BlockIr<'a>>,
    pub trailing: Option<&'a str>,
    /// Source text this item covers: its leading comments to its trailing
    /// comment. Range formatting replaces exactly this.
    pub extent: Span,
}

#[derive(Clone, Debug)]
pub struct BlockIr<'a> {
    /// A comment on the line of the `{`.
    pub open_comment: Option<&'a str>,
    pub items: Vec<Item<'a>>,
    /// Comments between the last child and the `}`.
    pub dangling: Trivias<'a>,
}

#[derive(Clone, Debug)]
pub enum ValueIr<'a> {
    Atom(&'a Value),
    List(ListIr<'a>),
}

#[derive(Clone, Debug)]
pub struct ListIr<'a> {
    pub elems: Vec<ElemIr<'a>>,
    /// Comments between the last element and the `]`.
    pub dangling: Vec<&'a str>,
}

#[derive(Clone, Debug)]
pub struct ElemIr<'a> {
    pub leading: Vec<&'a str>,
    pub value: ValueIr<'a>,
    pub trailing: Option<&'a str>,
}

impl ValueIr<'_> {
    /// A comment anywhere inside (forces a list onto several lines).
    pub fn has_comments(&self) -> bool {
        match self {
            ValueIr::Atom(_) => false,
            ValueIr::List(l) => {
                !l.dangling.is_empty()
                    || l.elems.iter().any(|e| {
                        !e.leading.is_empty() || e.trailing.is_some() || e.value.has_comments()
                    })
            }
        }
    }
}

/// The file as top-level items plus comments dangling at its end.
#[derive(Clone, Debug)]
pub struct FileIr<'a> {
    pub items: Vec<Item<'a>>,
    pub dangling: Trivias<'a>,
}

pub fn attach<'a>(src: &'a str, file: &'a SourceFile) -> FileIr<'a> {
    let mut a = Attacher {
        src,
        comments: &file.comments,
        next: 0,
    };
    let mut items = Vec::with_capacity(file.nodes.len());
    let mut prev = 0;
    for node in &file.nodes {
        let item = a.item(node, prev, usize::MAX);
        prev = item.extent.end;
        items.push(item);
    }
    let mut dangling = a.own_line_before(prev, usize::MAX);
    // Unreachable with a well-formed tree, but a comment must never be lost.
    while let Some(c) = a.take() {
        dangling.trivia.push(Trivia::Comment(comment_text(c)));
    }
    FileIr { items, dangling }
}

/// The comment as printed: its text without trailing whitespace.
pub fn comment_text(c: &Comment) -> &str {
    c.text.trim_end()
}

struct Attacher<'a> {
    src: &'a str,
    comments: &'a [Comment],
    next: usize,
}

impl<'a> Attacher<'a> {
    fn peek(&self) -> Option<&'a Comment> {
        self.comments.get(self.next)
    }

    fn take(&mut self) -> Option<&'a Comment> {
        let c = self.comments.get(self.next)?;
        self.next += 1;
        Some(c)
    }

    fn newlines(&self, from: usize, to: usize) -> usize {
        self.src
            .get(from..to)
            .map(|s| s.bytes().filter(|b| *b == b'\n').count())
            .unwrap_or(0)
    }

    /// Own-line comments starting before `limit`, and the blank lines
    /// around them, counted from `prev_end`.
    fn own_line_before(&mut self, prev_end: usize, limit: usize) -> Trivias<'a> {
        let mut out = Trivias::default();
        let mut pos = prev_end;
        let mut first = true;
        while let Some(c) = self.peek().filter(|c| c.span.start < limit) {
            let blank = self.newlines(pos, c.span.start) >= 2;
            if first {
                out.blank_before = blank;
            } else if blank {
                out.trivia.push(Trivia::Blank);
            }
            out.trivia.push(Trivia::Comment(comment_text(c)));
            pos = c.span.end;
            first = false;
            self.next += 1;
        }
        let limit = limit.min(self.src.len());
        let blank = pos <= limit && self.newlines(pos, limit) >= 2;
        if first {
            out.blank_before = blank;
        } else if blank {
            out.trivia.push(Trivia::Blank);
        }
        out
    }

    /// The next comment, when it starts on the line where `end` is and
    /// before `limit`.
    fn same_line(&mut self, end: usize, limit: usize) -> Option<&'a str> {
        let c = self.peek()?;
        if c.span.start >= end && c.span.start < limit && self.newlines(end, c.span.start) == 0 {
            self.next += 1;
            return Some(comment_text(c));
        }
        None
    }

    /// `limit`: where the parent's `}` starts; a comment after it on the
    /// same line trails the parent, not this node.
    fn item(&mut self, node: &'a Node, prev_end: usize, limit: usize) -> Item<'a> {
        let first_comment = self.peek().map(|c| c.span.start);
        let leading = self.own_line_before(prev_end, node.span.start);
        let start = if leading.has_comments() {
            first_comment.unwrap_or(node.span.start)
        } else {
            node.span.start
        };
        let values = node.values.iter().map(|v| self.value(v)).collect();
        let block = node.block.as_ref().map(|b| self.block(b));
        let trailing_start = self.peek().map(|c| c.span.end);
        let trailing = self.same_line(node.span.end, limit);
        let end = match (trailing, trailing_start) {
            (Some(_), Some(e)) => e,
            _ => node.span.end,
        };
        Item {
            leading,
            node,
            values,
            block,
            trailing,
            extent: Span::new(start, end),
        }
    }

    fn block(&mut self, b: &'a Block) -> BlockIr<'a> {
        let close = b.close.map(|c| c.start).unwrap_or(b.span.end);
        let first_child = b.nodes.first().map(|n| n.span.start).unwrap_or(close);
        let open_end_comment = self.peek().map(|c| c.span.end);
        let open_comment = self.same_line(b.open.end, first_child);
        let mut prev = match (open_comment, open_end_comment) {
            (Some(_), Some(e)) => e,
            _ => b.open.end,
        };
        let mut items = Vec::with_capacity(b.nodes.len());
        for node in &b.nodes {
            let item = self.item(node, prev, close);
            prev = item.extent.end;
            items.push(item);
        }
        let dangling = self.own_line_before(prev, close);
        BlockIr {
            open_comment,
            items,
            dangling,
        }
    }

    fn value(&mut self, v: &'a Value) -> ValueIr<'a> {
        let ValueKind::List(elems) = &v.kind else {
            return ValueIr::Atom(v);
        };
        let mut out = Vec::with_capacity(elems.len());
        for e in elems {
            let mut leading = Vec::new();
            while let Some(c) = self.peek().filter(|c| c.span.start < e.span.start) {
                leading.push(comment_text(c));
                self.next += 1;
            }
            let value = self.value(e);
            let trailing = self.same_line(e.span.end, v.span.end);
            out.push(ElemIr {
                leading,
                value,
                trailing,
            });
        }
        let mut dangling = Vec::new();
        while let Some(c) = self.peek().filter(|c| c.span.start < v.span.end) {
            dangling.push(comment_text(c));
            self.next += 1;
        }
        ValueIr::List(ListIr {
            elems: out,
            dangling,
        })
    }
}
