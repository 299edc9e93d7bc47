//! Print the comment-annotated tree in the canonical layout.

use crate::attach::{BlockIr, FileIr, Item, ListIr, Trivia, Trivias, ValueIr};
use crate::literal;
use cookiec_schema::FieldSchema;

/// Lines longer than this break their lists one element per line.
pub const MAX_WIDTH: usize = 100;
const INDENT: &str = "  ";

fn indent(depth: usize) -> String {
    INDENT.repeat(depth)
}

fn width(s: &str) -> usize {
    s.chars().count()
}

pub struct Printer<'a> {
    pub src: &'a str,
}

/// The whole text, and each top-level item's text (for range formatting;
/// the whole text is these joined by a blank line, plus end-of-file
/// comments and the final newline).
pub struct Printed {
    pub text: String,
    pub chunks: Vec<String>,
}

impl Printer<'_> {
    pub fn file(&self, f: &FileIr<'_>) -> Printed {
        let chunks: Vec<String> = f.items.iter().map(|it| self.item(it, 0, 0, None)).collect();
        let mut text = chunks.join("\n\n");
        if !chunks.is_empty() {
            text.push('\n');
        }
        if f.dangling.has_comments() {
            if f.dangling.blank_before && !chunks.is_empty() {
                text.push('\n');
            }
            text.push_str(&trivia_lines(&f.dangling, ""));
        }
        Printed { text, chunks }
    }

    /// One node with its comments, without a final newline. `name_width`
    /// is the width its name is padded to (alignment with its siblings).
    /// `declaration`: the fields of the known declaration this node is a
    /// field of, so its block, if any, is a key → value block
    /// (`{ en "..."  de "..." }`).
    fn item(
        &self,
        item: &Item<'_>,
        depth: usize,
        name_width: usize,
        declaration: Option<&'static [FieldSchema]>,
    ) -> String {
        let ind = indent(depth);
        let mut s = String::new();
        for t in &item.leading.trivia {
            if let Trivia::Comment(c) = t {
                s.push_str(&ind);
                s.push_str(c);
            }
            s.push('\n');
        }
        let name = item.node.name.name.as_str();
        s.push_str(&ind);
        s.push_str(name);
        if !item.values.is_empty() {
            let pad = name_width.saturating_sub(width(name)) + 1;
            s.push_str(&" ".repeat(pad));
            let column = width(&ind) + width(name) + pad + if item.block.is_some() { 2 } else { 0 };
            s.push_str(&self.values(&item.values, depth, column));
        }
        let entry_block = item
            .block
            .as_ref()
            .zip(declaration)
            .and_then(|(b, fields)| entries(b, fields, name));
        if let Some(entries) = entry_block {
            s.push_str(&self.entry_block(&entries, depth));
        } else if let Some(b) = &item.block {
            let fields = crate::order::fields_of(name).filter(|_| depth == 0);
            s.push_str(" {");
            if b.items.is_empty() && !b.dangling.has_comments() && b.open_comment.is_none() {
                s.push('}');
            } else {
                if let Some(c) = b.open_comment {
                    s.push(' ');
                    s.push_str(c);
                }
                s.push('\n');
                s.push_str(&self.block_items(b, depth + 1, fields));
                s.push_str(&ind);
                s.push('}');
            }
        }
        if let Some(c) = item.trailing {
            s.push(' ');
            s.push_str(c);
        }
        s
    }

    fn block_items(
        &self,
        b: &BlockIr<'_>,
        depth: usize,
        fields: Option<&'static [FieldSchema]>,
    ) -> String {
        let widths = align(&b.items);
        let mut s = String::new();
        for (i, (it, w)) in b.items.iter().zip(widths).enumerate() {
            if i > 0 && it.leading.blank_before {
                s.push('\n');
            }
            s.push_str(&self.item(it, depth, w, fields));
            s.push('\n');
        }
        if b.dangling.has_comments() {
            if b.dangling.blank_before && !b.items.is_empty() {
                s.push('\n');
            }
            s.push_str(&trivia_lines(&b.dangling, &indent(depth)));
        }
        s
    }

    /// One entry per line, keys aligned. Never `{ k v  k v }` on one line:
    /// the grammar ends a node at a newline, so one line is one node, and
    /// the canonical form must read the way the grammar parses it.
    fn entry_block(&self, entries: &[(&str, &[ValueIr<'_>])], depth: usize) -> String {
        let ind = indent(depth);
        let inner = indent(depth + 1);
        let key_width = entries.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
        let mut s = String::from(" {\n");
        for (k, v) in entries {
            s.push_str(&inner);
            s.push_str(k);
            let pad = key_width.saturating_sub(width(k)) + 1;
            s.push_str(&" ".repeat(pad));
            let column = width(&inner) + key_width + 1;
            s.push_str(&self.values(v, depth + 1, column));
            s.push('\n');
        }
        s.push_str(&ind);
        s.push('}');
        s
    }

    /// A node's values, on one line when they fit in `MAX_WIDTH` after
    /// `column` characters. Otherwise lists break one element per line:
    /// those that cannot be flat (a comment or a multi-line string inside),
    /// or, when the line is only too long, every non-empty list.
    fn values(&self, values: &[ValueIr<'_>], depth: usize, column: usize) -> String {
        let flat: Vec<Option<String>> = values.iter().map(|v| self.flat(v)).collect();
        let too_long = match flat.iter().cloned().collect::<Option<Vec<String>>>() {
            Some(all) => {
                let line = all.join(" ");
                if column + width(&line) <= MAX_WIDTH {
                    return line;
                }
                true
            }
            None => false,
        };
        let ind = indent(depth);
        values
            .iter()
            .zip(flat)
            .map(|(v, f)| match (v, f) {
                (ValueIr::List(l), Some(_)) if too_long && !l.elems.is_empty() => {
                    self.broken(v, depth, &ind)
                }
                (_, Some(f)) => f,
                (_, None) => self.broken(v, depth, &ind),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The value on one line, or `None` when it cannot be (a comment inside
    /// a list, a multi-line string).
    fn flat(&self, v: &ValueIr<'_>) -> Option<String> {
        match v {
            ValueIr::Atom(a) => {
                let text = literal::atom(self.src, a, "");
                (!text.contains('\n')).then_some(text)
            }
            ValueIr::List(l) => {
                if v.has_comments() {
                    return None;
                }
                let elems: Option<Vec<String>> =
                    l.elems.iter().map(|e| self.flat(&e.value)).collect();
                Some(format!("[{}]", elems?.join(", ")))
            }
        }
    }

    /// The value laid out over several lines when it is a list.
    fn broken(&self, v: &ValueIr<'_>, depth: usize, ind: &str) -> String {
        match v {
            ValueIr::Atom(a) => literal::atom(self.src, a, ind),
            ValueIr::List(l) => self.broken_list(l, depth),
        }
    }

    fn broken_list(&self, l: &ListIr<'_>, depth: usize) -> String {
        let ind = indent(depth);
        let inner = indent(depth + 1);
        let mut s = String::from("[\n");
        for e in &l.elems {
            for c in &e.leading {
                s.push_str(&inner);
                s.push_str(c);
                s.push('\n');
            }
            s.push_str(&inner);
            let text = match self.flat(&e.value) {
                Some(f) if width(&inner) + width(&f) < MAX_WIDTH => f,
                _ => self.broken(&e.value, depth + 1, &inner),
            };
            s.push_str(&text);
            s.push(',');
            if let Some(c) = e.trailing {
                s.push(' ');
                s.push_str(c);
            }
            s.push('\n');
        }
        for c in &l.dangling {
            s.push_str(&inner);
            s.push_str(c);
            s.push('\n');
        }
        s.push_str(&ind);
        s.push(']');
        s
    }
}

/// Comment lines (each ending with a newline), keeping single blank lines
/// between them and dropping one at the end.
fn trivia_lines(t: &Trivias<'_>, ind: &str) -> String {
    let mut s = String::new();
    let last_comment = t
        .trivia
        .iter()
        .rposition(|t| matches!(t, Trivia::Comment(_)));
    for (i, tv) in t.trivia.iter().enumerate() {
        match tv {
            Trivia::Comment(c) => {
                s.push_str(ind);
                s.push_str(c);
                s.push('\n');
            }
            Trivia::Blank if Some(i) < last_comment => s.push('\n'),
            Trivia::Blank => {}
        }
    }
    s
}

/// The name width of each item: the values of consecutive fields line up
/// in one column. A run of fields ends at a blank line, at a comment on its
/// own line, or at a field with a block; only fields with values count
/// towards the column.
fn align(items: &[Item<'_>]) -> Vec<usize> {
    let mut widths = vec![0; items.len()];
    let mut start = 0;
    while start < items.len() {
        if items[start].block.is_some() {
            // A field with a block stands alone.
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while let Some(next) = items.get(end) {
            if next.leading.blank_before || next.leading.has_comments() || next.block.is_some() {
                break;
            }
            end += 1;
        }
        let run = &items[start..end];
        let w = run
            .iter()
            .filter(|it| !it.values.is_empty())
            .map(|it| width(&it.node.name.name))
            .max()
            .unwrap_or(0);
        for slot in &mut widths[start..end] {
            *slot = w;
        }
        start = end;
    }
    widths
}

/// The key → value entries of a field's block, when the block is nothing
/// but entries: no comment anywhere, no nested block, and every child is
/// `key value (key value)*` (several pairs on one line arrive as one node;
/// the checker splits them the same way). A child named as a field of the
/// declaration is not an entry: the checker reads it as that field, written
/// in the wrong place (E221), and its values must stay on its line.
/// `None`: print the block as is.
fn entries<'b, 'a>(
    b: &'b BlockIr<'a>,
    declaration: &[FieldSchema],
    field: &str,
) -> Option<Vec<(&'b str, &'b [ValueIr<'a>])>> {
    let at_regions = cookiec_schema::splits_at_region_names(field);
    if b.items.is_empty() || b.open_comment.is_some() || b.dangling.has_comments() {
        return None;
    }
    let mut out = Vec::new();
    for c in &b.items {
        if declaration.iter().any(|f| f.name == c.node.name.name)
            || c.leading.has_comments()
            || c.trailing.is_some()
            || c.block.is_some()
            || c.values.iter().any(ValueIr::has_comments)
        {
            return None;
        }
        let split = crate::entries::split(
            c.node.name.name.as_str(),
            &c.values,
            |v| match v {
                ValueIr::Atom(a) => a.as_ident(),
                ValueIr::List(_) => None,
            },
            at_regions,
        )?;
        out.extend(split);
    }
    Some(out)
}
