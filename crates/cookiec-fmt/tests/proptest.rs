//! Generated sources: random nodes, values (every literal kind, nested
//! lists), blocks, comments in every position, odd whitespace (tabs,
//! blank lines, CRLF). For each, formatting is idempotent, keeps every
//! comment, parses back to the same tree, and the checker builds the same
//! model and reports the same codes.
#![allow(clippy::unwrap_used, clippy::panic)]

use proptest::prelude::*;

#[derive(Clone, Debug)]
enum V {
    Str(String),
    Multi(Vec<String>),
    Regex(String),
    Num(String),
    Date(String),
    Ident(String),
    /// Elements with: a comment on the line before, a comment after, a
    /// newline after the comma.
    List(Vec<(V, Option<String>, Option<String>, bool)>, bool),
}

#[derive(Clone, Debug)]
struct N {
    leading: Vec<String>,
    blank_before: bool,
    name: String,
    values: Vec<V>,
    block: Option<B>,
    trailing: Option<String>,
    ws: &'static str,
    indent: &'static str,
}

#[derive(Clone, Debug)]
struct B {
    /// `}` right after the last child, on its line.
    close_inline: bool,
    open_comment: Option<String>,
    nodes: Vec<N>,
    dangling: Vec<String>,
}

const NAMES: &[&str] = &[
    "cookie",
    "policy",
    "provider",
    "category",
    "consent",
    "section",
    "lint",
    "purpose",
    "category",
    "lifetime",
    "provider",
    "secure",
    "http-only",
    "name",
    "role",
    "title",
    "consent",
    "allow",
    "en",
    "de",
    "x-unknown",
    "_odd",
];
const WS: &[&str] = &[" ", "  ", "\t", " \t "];
const INDENTS: &[&str] = &["", " ", "  ", "\t", "      "];

fn comment() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 #éü🍪クッキー\t{}\"\\[\\],/]{0,15}".prop_map(|s| format!("#{s}"))
}

fn opt_comment() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(0.25, comment())
}

fn atom() -> impl Strategy<Value = V> {
    prop_oneof![
        "[a-zA-Z0-9 éü🍪クッキー\"\\\\\t\n#{}/,\u{7}]{0,20}".prop_map(V::Str),
        prop::collection::vec("[ ]{0,3}[a-z #\"éü🍪]{0,12}[ ]{0,2}", 0..4)
            .prop_filter("no closing delimiter inside", |ls| ls
                .iter()
                .all(|l| !l.contains("\"\"\"")))
            .prop_map(V::Multi),
        "([a-z0-9.^$*+]|\\\\/){1,8}".prop_map(V::Regex),
        "[0-9]{1,4}(\\.[0-9]{1,2})?".prop_map(V::Num),
        "20[0-9]{2}-[0-9]{2}(-[0-9]{2})?".prop_map(V::Date),
        "[a-z][a-z0-9_-]{0,8}".prop_map(V::Ident),
    ]
}

fn value() -> impl Strategy<Value = V> {
    atom().prop_recursive(2, 12, 5, |inner| {
        (
            prop::collection::vec(
                (
                    inner,
                    prop::option::weighted(0.15, comment()),
                    opt_comment(),
                    any::<bool>(),
                ),
                0..5,
            ),
            any::<bool>(),
        )
            .prop_map(|(elems, trailing_comma)| V::List(elems, trailing_comma))
    })
}

fn leaf_node() -> impl Strategy<Value = N> {
    (
        prop::collection::vec(comment(), 0..2),
        any::<bool>(),
        prop::sample::select(NAMES),
        prop::collection::vec(value(), 0..3),
        opt_comment(),
        prop::sample::select(WS),
        prop::sample::select(INDENTS),
    )
        .prop_map(
            |(leading, blank_before, name, values, trailing, ws, indent)| N {
                leading,
                blank_before,
                name: name.to_string(),
                values,
                block: None,
                trailing,
                ws,
                indent,
            },
        )
}

fn node() -> impl Strategy<Value = N> {
    leaf_node().prop_recursive(3, 24, 5, |inner| {
        (
            leaf_node(),
            opt_comment(),
            prop::collection::vec(inner, 0..5),
            prop::collection::vec(comment(), 0..2),
            any::<bool>(),
        )
            .prop_map(|(mut n, open_comment, nodes, dangling, close_inline)| {
                n.block = Some(B {
                    close_inline,
                    open_comment,
                    nodes,
                    dangling,
                });
                n
            })
    })
}

fn render_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\u{7}' => out.push_str("\\u{7}"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render_value(v: &V, indent: &str, out: &mut String) {
    match v {
        V::Str(s) => out.push_str(&render_str(s)),
        V::Multi(lines) => {
            out.push_str("\"\"\"\n");
            for l in lines {
                out.push_str(indent);
                out.push_str("    ");
                out.push_str(l);
                out.push('\n');
            }
            out.push_str(indent);
            out.push_str("\"\"\"");
        }
        V::Regex(r) => {
            out.push('/');
            out.push_str(r);
            out.push('/');
        }
        V::Num(s) | V::Date(s) | V::Ident(s) => out.push_str(s),
        V::List(elems, trailing_comma) => {
            out.push('[');
            for (i, (e, before, after, newline)) in elems.iter().enumerate() {
                if let Some(c) = before {
                    out.push('\n');
                    out.push_str(c);
                    out.push('\n');
                }
                render_value(e, indent, out);
                let last = i + 1 == elems.len();
                if !last || *trailing_comma {
                    out.push(',');
                }
                if let Some(c) = after {
                    out.push(' ');
                    out.push_str(c);
                    out.push('\n');
                } else if *newline {
                    out.push('\n');
                } else {
                    out.push(' ');
                }
            }
            out.push(']');
        }
    }
}

fn render_node(n: &N, depth: usize, out: &mut String) {
    let indent = n.indent.repeat(depth);
    if n.blank_before {
        out.push('\n');
    }
    for c in &n.leading {
        out.push_str(&indent);
        out.push_str(c);
        out.push('\n');
    }
    out.push_str(&indent);
    out.push_str(&n.name);
    for v in &n.values {
        out.push_str(n.ws);
        render_value(v, &indent, out);
    }
    if let Some(b) = &n.block {
        out.push_str(n.ws);
        out.push('{');
        if let Some(c) = &b.open_comment {
            out.push_str(n.ws);
            out.push_str(c);
        }
        out.push('\n');
        for child in &b.nodes {
            render_node(child, depth + 1, out);
        }
        for c in &b.dangling {
            out.push_str(&indent);
            out.push_str("  ");
            out.push_str(c);
            out.push('\n');
        }
        let last_ends_in_comment = b.nodes.last().is_some_and(|l| l.trailing.is_some());
        if b.close_inline && b.dangling.is_empty() && !b.nodes.is_empty() && !last_ends_in_comment {
            // `last-child }`: drop the newline that ended the last child.
            out.pop();
            out.push_str(" }");
        } else {
            out.push_str(&indent);
            out.push('}');
        }
    }
    if let Some(c) = &n.trailing {
        out.push_str(n.ws);
        out.push_str(c);
    }
    out.push('\n');
}

fn source() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(node(), 0..6),
        prop::collection::vec(comment(), 0..2),
        any::<bool>(),
    )
        .prop_map(|(nodes, eof, crlf)| {
            let mut out = String::new();
            for n in &nodes {
                render_node(n, 0, &mut out);
            }
            for c in &eof {
                out.push_str(c);
                out.push('\n');
            }
            if crlf {
                out = out.replace('\n', "\r\n");
            }
            out
        })
}

/// A declaration whose fields hold key → value blocks, the pairs grouped
/// onto lines at random (`{ en "a"  de "b" }` or one pair per line), with
/// an occasional comment.
fn entry_source() -> impl Strategy<Value = String> {
    let pair = (
        prop::sample::select(&["en", "de", "pt-BR", "default", "us-ca"][..]),
        value(),
    );
    let field = (
        prop::sample::select(&["title", "description", "consent", "purposes", "if-blocked"][..]),
        prop::collection::vec((prop::collection::vec(pair, 1..4), opt_comment()), 1..4),
        any::<bool>(),
    );
    (
        prop::sample::select(&["category", "policy", "cookie", "unknown-decl"][..]),
        prop::collection::vec(field, 1..4),
    )
        .prop_map(|(decl, fields)| {
            let mut out = format!("{decl} x {{\n");
            for (name, lines, one_line) in fields {
                out.push_str("  ");
                out.push_str(name);
                out.push_str(" {");
                for (pairs, comment) in lines {
                    out.push_str(if one_line { " " } else { "\n    " });
                    for (i, (k, v)) in pairs.iter().enumerate() {
                        if i > 0 {
                            out.push_str("  ");
                        }
                        out.push_str(k);
                        out.push(' ');
                        render_value(v, "    ", &mut out);
                    }
                    if let Some(c) = comment {
                        out.push(' ');
                        out.push_str(&c);
                        out.push('\n');
                    }
                }
                out.push_str("\n  }\n");
            }
            out.push_str("}\n");
            out
        })
}

fn check_invariants(src: &str) -> Result<(), TestCaseError> {
    let before = cookiec_syntax::parse(src);
    prop_assert!(
        before.diagnostics.is_empty(),
        "generator made an invalid source: {:?}\n{src}",
        before.diagnostics
    );
    let once = match cookiec_fmt::format(src) {
        Ok(o) => o,
        Err(d) => panic!("{d:?}\n--- source:\n{src}"),
    };
    let twice = cookiec_fmt::format(&once).unwrap();
    prop_assert_eq!(&once, &twice, "not idempotent");
    let after = cookiec_syntax::parse(&once);
    prop_assert!(after.diagnostics.is_empty());
    prop_assert!(cookiec_fmt::same_tree(&before.file, &after.file));
    prop_assert_eq!(
        cookiec_fmt::comment_texts(&before.file),
        cookiec_fmt::comment_texts(&after.file)
    );
    for c in &before.file.comments {
        prop_assert!(once.contains(c.text.trim_end()));
    }
    // The checker reads the same model (spans aside) and reports the same codes.
    let (m1, c1) = model(src);
    let (m2, c2) = model(&once);
    prop_assert_eq!(c1, c2, "diagnostics changed:\n{}\n---\n{}", src, once);
    prop_assert!(m1 == m2, "model changed:\n{}\n---\n{}", src, once);
    Ok(())
}

fn strip_spans(v: &mut serde_json::Value) {
    use serde_json::Value;
    let is_span = |v: &Value| matches!(v, Value::Object(m) if m.len() == 2 && m.get("start").is_some_and(Value::is_u64) && m.get("end").is_some_and(Value::is_u64));
    match v {
        Value::Object(map) => {
            map.retain(|_, v| !is_span(v));
            map.values_mut().for_each(strip_spans);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_spans),
        _ => {}
    }
}

fn model(src: &str) -> (serde_json::Value, Vec<&'static str>) {
    let checked = cookiec_check::check_source(src);
    let mut v = serde_json::to_value(&checked.model).unwrap();
    strip_spans(&mut v);
    let mut codes: Vec<&'static str> = checked.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    (v, codes)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn entry_blocks_are_formatted_safely(src in entry_source()) {
        check_invariants(&src)?;
    }

    #[test]
    fn formatting_generated_sources_is_safe_and_stable(src in source()) {
        check_invariants(&src)?;
    }

    /// Range formatting over any range gives text that formats to the
    /// same as the whole file: it only ever moves towards the canonical form.
    #[test]
    fn range_formatting_converges(src in source(), a in 0usize..400, len in 0usize..200) {
        let start = a.min(src.len());
        let end = (start + len).min(src.len());
        let edits = cookiec_fmt::format_range(&src, cookiec_diagnostics::Span::new(start, end)).unwrap();
        let mut text = src.clone();
        for e in edits.iter().rev() {
            text.replace_range(e.span.range(), &e.replacement);
        }
        prop_assert_eq!(cookiec_fmt::format(&text).unwrap(), cookiec_fmt::format(&src).unwrap());
    }
}

/// Fragments of the language and of mistakes, glued at random.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(
        &[
            "cookie",
            "category",
            "x",
            "en",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "{",
            "}",
            "[",
            "]",
            ",",
            "\"a\"",
            "\"",
            "\"\"\"",
            "\"\"\"\n  t\n\"\"\"",
            "/r/",
            "/",
            "#c",
            "# c\n",
            "12",
            "1.5",
            "2026-03",
            "2026-03-04",
            "\\",
            "🍪",
            "é",
            "=",
            ";",
            "\u{feff}",
        ][..],
    );
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// Any input: no panic; an error leaves nothing to write; a success is
    /// stable under a second pass.
    #[test]
    fn any_input_is_formatted_or_refused_never_mangled(src in soup()) {
        if let Ok(once) = cookiec_fmt::format(&src) {
            prop_assert_eq!(cookiec_fmt::format(&once), Ok(once.clone()));
        }
        let _ = cookiec_fmt::format_range(&src, cookiec_diagnostics::Span::new(0, src.len() / 2));
    }
}
