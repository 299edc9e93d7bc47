//! The formatter's output on messy inputs, one snapshot per fixture in
//! `tests/fixtures/` (odd spacing, comments everywhere, CRLF, tabs,
//! Unicode, multi-line strings, long lists, field reordering).
#![allow(clippy::unwrap_used, clippy::panic)]

#[test]
fn formatted_fixtures() {
    insta::glob!("fixtures/*.cookies", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let out = match cookiec_fmt::format(&src) {
            Ok(out) => out,
            Err(d) => panic!("{}: {d:?}", path.display()),
        };
        insta::assert_snapshot!(out);
    });
}
