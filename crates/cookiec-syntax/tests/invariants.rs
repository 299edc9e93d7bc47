//! Properties every parse must have, on any input.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, Value, ValueKind};
use cookiec_syntax::parse;
use proptest::prelude::*;

fn on_boundaries(src: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= src.len()
        && src.is_char_boundary(s.start)
        && src.is_char_boundary(s.end)
}

fn check_value(src: &str, parent: Span, v: &Value) {
    assert!(
        on_boundaries(src, v.span),
        "value span {:?} off boundaries",
        v.span
    );
    assert!(
        parent.contains_span(v.span),
        "value {:?} outside {:?}",
        v.span,
        parent
    );
    if let ValueKind::List(items) = &v.kind {
        for i in items {
            check_value(src, v.span, i);
        }
    }
}

fn check_node(src: &str, parent: Span, n: &Node) {
    assert!(on_boundaries(src, n.span));
    assert!(
        parent.contains_span(n.span),
        "node {:?} outside parent {:?}",
        n.span,
        parent
    );
    assert!(n.span.contains_span(n.name.span));
    assert_eq!(
        n.name.span.slice(src),
        n.name.name,
        "ident span must cover its text"
    );
    for v in &n.values {
        check_value(src, n.span, v);
    }
    if let Some(b) = &n.block {
        assert!(n.span.contains_span(b.span));
        assert!(b.span.contains_span(b.open));
        assert_eq!(b.open.slice(src), "{");
        if let Some(c) = b.close {
            assert_eq!(c.slice(src), "}");
        }
        for c in &b.nodes {
            check_node(src, b.span, c);
        }
    }
}

fn check_all(src: &str) {
    let p = parse(src);
    let whole = Span::new(0, src.len());
    for n in &p.file.nodes {
        check_node(src, whole, n);
    }
    for c in &p.file.comments {
        assert!(on_boundaries(src, c.span));
        assert!(c.span.slice(src).starts_with('#'));
    }
    for d in &p.diagnostics {
        assert!(
            on_boundaries(src, d.primary.span),
            "diagnostic {} span {:?}",
            d.code,
            d.primary.span
        );
        for l in &d.secondary {
            assert!(on_boundaries(src, l.span));
        }
        assert!(
            cookiec_syntax::CODES.iter().any(|c| c.code == d.code),
            "undocumented code {}",
            d.code
        );
    }
}

/// Pieces of the language, so generated inputs reach deep into the parser
/// instead of failing on the first character.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("cookie".to_string()),
        Just("category".to_string()),
        Just("\"str\"".to_string()),
        Just("\"unterminated".to_string()),
        Just("\"\"\"\nmulti\n\"\"\"".to_string()),
        Just("/re+/".to_string()),
        Just("/".to_string()),
        Just("2026-03".to_string()),
        Just("7".to_string()),
        Just("days".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just("# comment\n".to_string()),
        Just("\"\\u{1F36A}\"".to_string()),
        Just("\"\\q\"".to_string()),
        Just("🍪".to_string()),
        Just("=".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(src in any::<String>()) {
        check_all(&src);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        check_all(&String::from_utf8_lossy(&bytes));
    }

    /// `quote` is the inverse of the lexer: any text written back by the
    /// formatter, a quick fix or completion reads as the same text.
    #[test]
    fn quote_round_trips_through_the_lexer(text in any::<String>()) {
        let p = parse(&format!("x {}\n", cookiec_syntax::quote(&text)));
        prop_assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        prop_assert_eq!(p.file.nodes[0].values[0].as_str(), Some(text.as_str()));
    }

    #[test]
    fn language_fragments_never_panic(parts in proptest::collection::vec(fragment(), 0..60)) {
        check_all(&parts.concat());
    }
}

#[test]
fn valid_file_has_no_diagnostics_and_keeps_comments() {
    let src = "# head\npolicy \"X\" { # after brace\n  languages [en,\n    de,\n  ]\n}\n\ncookie \"_ga_*\" {\n  lifetime sliding 2 years # why\n}\n";
    let p = parse(src);
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    assert_eq!(p.file.nodes.len(), 2);
    assert_eq!(p.file.comments.len(), 3);
    assert_eq!(p.file.comments[2].text, "# why");
    let langs = p.file.nodes[0].child("languages").unwrap();
    let ValueKind::List(items) = &langs.values[0].kind else {
        panic!("not a list")
    };
    assert_eq!(items.len(), 2);
    check_all(src);
}

#[test]
fn one_typo_one_diagnostic() {
    // An `=` in a field: one lexical error, the field and the rest survive.
    let src = "cookie \"a\" {\n  category = essential\n  lifetime 7 days\n}\ncookie \"b\" {\n  category essential\n}\n";
    let p = parse(src);
    assert_eq!(p.diagnostics.len(), 1, "{:?}", p.diagnostics);
    assert_eq!(p.diagnostics[0].code, "E101");
    assert_eq!(p.file.nodes.len(), 2);
    assert_eq!(p.file.nodes[0].children().len(), 2);
}

#[test]
fn every_error_is_reported_in_one_run() {
    let src =
        "policy \"X\" {\n  email \"a@b.c\n  , stray\n}\n}\ncookie \"x\" {\n  lifetime 7 days\n";
    let p = parse(src);
    let codes: Vec<&str> = p.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E102", "E105", "E107", "E106"]);
    // The unclosed block keeps its fields instead of spilling them to top level.
    assert_eq!(p.file.nodes.len(), 2);
    assert_eq!(p.file.nodes[1].children()[0].name.name, "lifetime");
}

#[test]
fn strings_unescape_and_dedent() {
    let src = "a \"q\\\"x\\u{1F36A}\\n\"\nb \"\"\"\n    line one\n      indented\n    \"\"\"\n";
    let p = parse(src);
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    assert_eq!(p.file.nodes[0].values[0].as_str(), Some("q\"x🍪\n"));
    assert_eq!(
        p.file.nodes[1].values[0].as_str(),
        Some("line one\n  indented")
    );
}

#[test]
fn crlf_and_tabs_parse_like_lf() {
    let lf = parse("cookie \"a\" {\n\tcategory essential\n}\n");
    let crlf = parse("cookie \"a\" {\r\n\tcategory essential\r\n}\r\n");
    assert!(crlf.diagnostics.is_empty());
    assert_eq!(lf.file.nodes.len(), crlf.file.nodes.len());
    assert_eq!(
        crlf.file.nodes[0].children()[0].values[0].as_ident(),
        Some("essential")
    );
}

/// Hostile nesting is cut off, not a stack overflow, even on a thread with
/// the 2 MiB stack tokio gives the language server's blocking tasks.
#[test]
fn deep_nesting_is_reported_not_a_stack_overflow() {
    let deep = format!("{}{}", "a {\n".repeat(50_000), "}\n".repeat(50_000));
    let lists = format!("a {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            for src in [deep, lists] {
                let p = parse(&src);
                let codes: Vec<&str> = p.diagnostics.iter().map(|d| d.code).collect();
                assert_eq!(codes, ["E108"], "{src:.40}");
                check_all(&src);
            }
        })
        .unwrap();
    handle.join().unwrap();
}
