//! The canonical field order of each declaration, and the one safe
//! reordering the formatter performs.
//!
//! The order is the schema's (`cookiec_schema`, the leaf crate the checker
//! validates with): required and identifying fields first, then details,
//! cookie attributes last; the formatter keeps no list of its own.

use crate::attach::{Item, Trivia};
use cookiec_schema::{declaration, fields::ALLOW as ALLOW_FIELD, FieldSchema};

/// `allow CODE "reason"` may appear in any block; it sorts after the
/// declaration's own fields (except in `lint`, where `allow` is a field and
/// keeps its place).
const ALLOW: &str = ALLOW_FIELD.name;

/// The fields of `decl` in canonical order, when `decl` is a declaration.
pub fn fields_of(decl: &str) -> Option<&'static [FieldSchema]> {
    declaration(decl).map(|d| d.fields)
}

/// Sort key of field `name` in declaration `decl`; `None` when unknown.
pub fn rank(decl: &str, name: &str) -> Option<usize> {
    let fields = fields_of(decl)?;
    // The inline `allow` is the schema's shared entry (a single code, not
    // `lint`'s list), which sorts last.
    let own = fields
        .iter()
        .filter(|f| !(f.name == ALLOW_FIELD.name && f.ty == ALLOW_FIELD.ty));
    match own.clone().position(|f| f.name == name) {
        Some(i) => Some(i),
        None if name == ALLOW => Some(own.count()),
        None => None,
    }
}

/// Reorder the fields of a top-level declaration's block into canonical
/// order, where that is safe:
/// - the declaration and every field in it are known (an unknown field is
///   probably a typo the checker reports; the formatter does not guess
///   where it belongs), and no field but `allow` is repeated;
/// - sorting happens only inside a group of fields not separated by a blank
///   line (groups are the author's), and only in a group without a comment
///   on its own line (such a comment may head several fields; moving the
///   field under it would change what it says). Trailing comments are
///   unambiguous and move with their field.
pub fn reorder(item: &mut Item<'_>) {
    let decl = item.node.name.name.as_str();
    let Some(block) = item.block.as_mut() else {
        return;
    };
    let mut ranks = Vec::with_capacity(block.items.len());
    for child in &block.items {
        match rank(decl, &child.node.name.name) {
            Some(r) => ranks.push(r),
            None => return,
        }
    }
    let mut seen = std::collections::HashSet::new();
    for child in &block.items {
        let name = child.node.name.name.as_str();
        if name != ALLOW && !seen.insert(name) {
            return;
        }
    }
    let mut start = 0;
    while start < block.items.len() {
        let end = (start + 1..block.items.len())
            .find(|&i| block.items[i].leading.blank_before)
            .unwrap_or(block.items.len());
        let group = &mut block.items[start..end];
        let has_own_line_comment = group.iter().any(|c| {
            c.leading
                .trivia
                .iter()
                .any(|t| matches!(t, Trivia::Comment(_)))
        });
        if !has_own_line_comment {
            let first_blank = group
                .first()
                .map(|c| c.leading.blank_before)
                .unwrap_or(false);
            // Stable: equal ranks (repeated `allow`) keep their order.
            group.sort_by_key(|c| rank(decl, &c.node.name.name).unwrap_or(usize::MAX));
            for (i, c) in group.iter_mut().enumerate() {
                c.leading.blank_before = i == 0 && first_blank;
            }
        }
        start = end;
    }
}
