//! The formatter's canonical field order (`cookiec_fmt::CANONICAL_ORDER`,
//! kept in this crate because fmt must not depend on the checker) against
//! the checker's schema tables, the single source of truth: same
//! declarations, same fields, same order.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::schema::declarations;

const ITEM_KINDS: &[&str] = &[
    "cookie",
    "local-storage",
    "session-storage",
    "indexeddb",
    "cache-storage",
    "pixel",
    "server-session",
];

#[test]
fn every_declaration_has_an_order_and_vice_versa() {
    for d in declarations() {
        assert!(
            cookiec_fmt::fields_of(d.keyword).is_some(),
            "no canonical order for `{}`",
            d.keyword
        );
    }
    for (decl, _) in cookiec_fmt::CANONICAL_ORDER {
        assert!(
            declarations().iter().any(|d| d.keyword == *decl),
            "`{decl}` is not a declaration"
        );
    }
}

#[test]
fn schema_fields_appear_in_canonical_order() {
    for d in declarations() {
        let order = cookiec_fmt::fields_of(d.keyword).unwrap();
        let mut last: Option<(usize, &str)> = None;
        for f in d.fields {
            // `allow` sorts after the declaration's own fields (it is one
            // of them in `lint`).
            let rank = order
                .iter()
                .position(|o| *o == f.name)
                .or((f.name == "allow").then_some(order.len()));
            let rank = rank.unwrap_or_else(|| {
                panic!(
                    "`{}` field `{}` missing from the canonical order",
                    d.keyword, f.name
                )
            });
            if let Some((prev, prev_name)) = last {
                assert!(
                    rank > prev,
                    "`{}`: schema has `{prev_name}` before `{}`, the formatter the other way",
                    d.keyword,
                    f.name
                );
            }
            last = Some((rank, f.name));
        }
    }
}

#[test]
fn canonical_order_has_no_field_the_schema_lacks() {
    for (decl, fields) in cookiec_fmt::CANONICAL_ORDER {
        // Items share one order: compare with the union of the item kinds.
        let kinds: Vec<&str> = if ITEM_KINDS.contains(decl) {
            ITEM_KINDS.to_vec()
        } else {
            vec![decl]
        };
        for f in *fields {
            let known = declarations()
                .iter()
                .filter(|d| kinds.contains(&d.keyword))
                .any(|d| d.fields.iter().any(|s| s.name == *f));
            assert!(known, "`{decl}` field `{f}` is not in the schema");
        }
    }
}
