//! The canonical field order of each declaration, and the one safe
//! reordering the formatter performs.
//!
//! The order is the order of the field tables in `docs/internals/schema.md`
//! (required and identifying fields first, then details, cookie attributes
//! last). fmt must not depend on cookiec-check (dependency direction: fmt
//! sits below the checker), so the table is repeated here; a test in this
//! crate compares it with `cookiec_check::schema::declarations()`.

use crate::attach::{Item, Trivia};

/// `(declaration, fields in canonical order)`.
pub const CANONICAL_ORDER: &[(&str, &[&str])] = &[
    (
        "policy",
        &[
            "controller",
            "address",
            "email",
            "website",
            "privacy-policy",
            "updated",
            "effective",
            "reference",
            "languages",
            "summary",
            "commitments",
            "changes",
            "browser-help",
            "learn-more",
        ],
    ),
    (
        "category",
        &[
            "title",
            "description",
            "consent",
            "purposes",
            "if-blocked",
            "excludes",
            "status",
            "google-consent",
            "tcf-purposes",
        ],
    ),
    (
        "provider",
        &[
            "name",
            "role",
            "purpose",
            "privacy",
            "website",
            "sets-own-cookies",
            "class",
            "country",
            "status",
        ],
    ),
    ("cookie", ITEM_FIELDS),
    ("local-storage", ITEM_FIELDS),
    ("session-storage", ITEM_FIELDS),
    ("indexeddb", ITEM_FIELDS),
    ("cache-storage", ITEM_FIELDS),
    ("pixel", ITEM_FIELDS),
    ("server-session", ITEM_FIELDS),
    (
        "consent",
        &[
            "regions",
            "banner",
            "acknowledge-required",
            "reject-all",
            "withdraw",
            "gpc",
            "dnt",
            "record",
            "record-lifetime",
            "renew-after",
            "renew-on-change",
            "reprompt-after-refusal",
        ],
    ),
    ("section", &["title", "body", "after"]),
    ("lint", &["jurisdictions", "allow", "deny"]),
];

const ITEM_FIELDS: &[&str] = &[
    "category",
    "provider",
    "purpose",
    "lifetime",
    "renewed-on",
    "contains",
    "excludes",
    "sent-to-server",
    "when",
    "status",
    "domain",
    "path",
    "http-only",
    "secure",
    "same-site",
    "partitioned",
    "read-by-script",
    "keyed-by",
];

/// `allow CODE "reason"` may appear in any block; it sorts after the
/// declaration's own fields (except in `lint`, where `allow` is a field).
const ALLOW: &str = "allow";

/// The fields of `decl` in canonical order, when `decl` is a declaration.
pub fn fields_of(decl: &str) -> Option<&'static [&'static str]> {
    CANONICAL_ORDER
        .iter()
        .find(|(d, _)| *d == decl)
        .map(|(_, f)| *f)
}

/// Sort key of field `name` in declaration `decl`; `None` when unknown.
pub fn rank(decl: &str, name: &str) -> Option<usize> {
    let fields = fields_of(decl)?;
    match fields.iter().position(|f| *f == name) {
        Some(i) => Some(i),
        None if name == ALLOW => Some(fields.len()),
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
