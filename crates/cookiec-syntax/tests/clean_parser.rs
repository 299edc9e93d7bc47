//! The clean-file parser (the fast path of `parse`) against the recovering
//! chumsky parser: the same files accepted, the same trees built.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_syntax::clean_parser_disagreement;
use proptest::prelude::*;
use std::path::Path;

fn agree(src: &str) {
    if let Err(why) = clean_parser_disagreement(src) {
        panic!("{why}, for:\n{src}");
    }
}

fn cookies_files(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            cookies_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "cookies") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

/// Every `.cookies` file of the repository, and variants of each with a
/// byte removed or a token put in every few lines, where the two parsers
/// must agree on giving up too.
#[test]
fn agrees_on_the_repository_files_and_broken_variants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["examples", "tests", "crates"] {
        cookies_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 20,
        "the repository's .cookies files are found"
    );
    let mut clean = 0;
    for src in &files {
        agree(src);
        if cookiec_syntax::parsed_clean(src) {
            clean += 1;
        }
        for cut in (0..src.len()).step_by(61).take(40) {
            for with in ["", " ] ", " { ", " } ", ",", "\n", "[", " \"x\" "] {
                if src.is_char_boundary(cut) && src.is_char_boundary(cut + 1) {
                    let mut v = src.clone();
                    v.replace_range(cut..cut + 1, with);
                    agree(&v);
                }
            }
        }
    }
    assert!(
        clean > 10,
        "the valid examples take the clean path ({clean})"
    );
}

#[test]
fn agrees_on_the_edges_of_the_grammar() {
    for src in [
        "",
        "\n\n",
        "a",
        "a\n",
        "a b c",
        "a {}",
        "a {\n}",
        "a {\n  b 1\n}\n",
        "a { b }",
        "a {\n  b { c }\n}",
        "a { b } c",
        "a []",
        "a [\n]",
        "a [1]",
        "a [1,]",
        "a [1,\n]",
        "a [1\n, 2\n,\n 3\n]",
        "a [,]",
        "a [1,,]",
        "a [1 2]",
        "a [[1], [2, [3]]]",
        "a [ {",
        "a {",
        "a }",
        "}",
        "{",
        "\"x\"",
        "a \"x\" /r/ 2026-01 2026-01-02 1.5 ident",
        "a \"\"\"\n  multi\n  line\n  \"\"\"\n",
        "a # comment\n# another\nb",
        "a \"\\q\"",
        "a \"open",
        "a /open",
        "a = b",
        "a\r\nb\r\n",
        "a {\n  b\n} # c\n",
        "a [\n  1, # one\n  2,\n]\n",
        "a {} {}",
        "a b {} c",
    ] {
        agree(src);
    }
    // Nesting: up to the limit is clean, past it is not.
    let limit = cookiec_syntax::MAX_NESTING;
    for depth in [limit - 1, limit, limit + 1] {
        agree(&format!("a {}{}", "[".repeat(depth), "]".repeat(depth)));
        agree(&format!("{}{}", "a {\n".repeat(depth), "}\n".repeat(depth)));
    }
}

/// Well-formed policies of random shape, sometimes with one token changed.
fn value(depth: u32) -> BoxedStrategy<String> {
    let atom = prop_oneof![
        Just("\"s\"".to_string()),
        Just("\"a\\\"b\"".to_string()),
        Just("/^_g[a-z]+/".to_string()),
        Just("/a\\/b/".to_string()),
        Just("2026-03".to_string()),
        Just("2026-03-01".to_string()),
        Just("12".to_string()),
        Just("1.5".to_string()),
        Just("days".to_string()),
        Just("\"\"\"\n  x\n  \"\"\"".to_string()),
    ];
    if depth == 0 {
        return atom.boxed();
    }
    prop_oneof![
        4 => atom,
        1 => (
            proptest::collection::vec(value(depth - 1), 0..4),
            prop_oneof![Just(","), Just(",\n"), Just(" ,"), Just("\n,")],
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(items, sep, trailing, open_nl)| {
                let mut s = String::from(if open_nl { "[\n" } else { "[" });
                s.push_str(&items.join(sep));
                if trailing && !items.is_empty() {
                    s.push_str(sep);
                }
                s.push(']');
                s
            }),
    ]
    .boxed()
}

fn node(depth: u32) -> BoxedStrategy<String> {
    let header = (
        prop_oneof![Just("cookie"), Just("category"), Just("x_y-z")],
        proptest::collection::vec(value(2), 0..3),
    )
        .prop_map(|(name, values)| {
            let mut s = name.to_string();
            for v in values {
                s.push(' ');
                s.push_str(&v);
            }
            s
        });
    if depth == 0 {
        return header.prop_map(|h| format!("{h}\n")).boxed();
    }
    (
        header,
        proptest::option::of(proptest::collection::vec(node(depth - 1), 0..4)),
        prop_oneof![Just(""), Just(" # note")],
    )
        .prop_map(|(h, block, comment)| match block {
            None => format!("{h}{comment}\n"),
            Some(children) => format!("{h} {{{comment}\n{}}}\n\n", children.concat()),
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn agrees_on_generated_policies(
        nodes in proptest::collection::vec(node(3), 0..6),
        edit in proptest::option::of((any::<prop::sample::Index>(), prop_oneof![
            Just(""), Just("{"), Just("}"), Just("["), Just("]"), Just(","),
            Just("\n"), Just("\"q"), Just("/"), Just("="), Just(" x "),
        ])),
    ) {
        let mut src = nodes.concat();
        if let Some((at, with)) = edit {
            if !src.is_empty() {
                let i = at.index(src.len());
                if src.is_char_boundary(i) && src.is_char_boundary(i + 1) {
                    src.replace_range(i..i + 1, with);
                }
            }
        }
        prop_assert!(clean_parser_disagreement(&src).is_ok(), "{:?} for:\n{}", clean_parser_disagreement(&src), src);
    }
}
