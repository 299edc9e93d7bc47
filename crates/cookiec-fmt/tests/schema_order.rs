//! The formatter's canonical field order is the schema's: every field of
//! every declaration has a rank, in table order, with the inline `allow`
//! last.
#![allow(clippy::unwrap_used)]

use cookiec_schema::declarations;

#[test]
fn every_schema_field_has_a_rank_in_table_order() {
    for d in declarations() {
        let ranks: Vec<usize> = d
            .fields
            .iter()
            .map(|f| cookiec_fmt::rank(d.keyword, f.name).unwrap())
            .collect();
        assert!(
            ranks.windows(2).all(|w| w[0] < w[1]),
            "`{}` ranks {ranks:?} are not the table order",
            d.keyword
        );
    }
}

#[test]
fn unknown_fields_and_declarations_have_no_rank() {
    assert_eq!(cookiec_fmt::rank("cookie", "lifetym"), None);
    assert_eq!(cookiec_fmt::rank("cookies", "lifetime"), None);
    // A cookie attribute is not a field of local storage.
    assert_eq!(cookiec_fmt::rank("local-storage", "http-only"), None);
    assert_eq!(cookiec_fmt::rank("cookie", "category"), Some(0));
    // In `lint`, `allow` is a field in its place, not the inline suppression.
    assert_eq!(cookiec_fmt::rank("lint", "allow"), Some(1));
    assert_eq!(cookiec_fmt::rank("lint", "deny"), Some(2));
}
