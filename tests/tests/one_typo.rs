//! One typo, one diagnostic: a single misspelt name anywhere in a real
//! file (field name, enum value, reference, unit, language) is reported
//! once, without cascades. Every identifier of every example and valid
//! fixture gets a `q` appended, one at a time.
#![allow(clippy::unwrap_used)]

mod common;

use cookiec_check::check_source;
use cookiec_syntax::ast::{Node, ValueKind};

/// End offsets of every identifier a user types: field names (`true`)
/// and identifier values (`false`), nested lists included.
fn idents(nodes: &[Node], depth: usize, out: &mut Vec<(usize, String, bool)>) {
    for n in nodes {
        if depth > 0 {
            out.push((n.name.span.end, n.name.name.clone(), true));
        }
        let mut stack: Vec<&cookiec_syntax::ast::Value> = n.values.iter().collect();
        while let Some(v) = stack.pop() {
            match &v.kind {
                ValueKind::Ident(s) => out.push((v.span.end, s.clone(), false)),
                ValueKind::List(items) => stack.extend(items),
                _ => {}
            }
        }
        idents(n.children(), depth + 1, out);
    }
}

/// How many diagnostics `after` has that `before` has not, matched by code
/// and message (spans shift with the inserted character).
fn new_diagnostics(
    before: &[cookiec_diagnostics::Diagnostic],
    after: &[cookiec_diagnostics::Diagnostic],
) -> usize {
    let mut pool: Vec<(&str, &str)> = before
        .iter()
        .map(|d| (d.code, d.message.as_str()))
        .collect();
    after
        .iter()
        .filter(|d| {
            match pool
                .iter()
                .position(|&(c, m)| c == d.code && m == d.message)
            {
                Some(i) => {
                    pool.swap_remove(i);
                    false
                }
                None => true,
            }
        })
        .count()
}

#[test]
fn a_single_typo_gives_a_single_diagnostic() {
    let mut failures = Vec::new();
    let mut tried = 0;
    for path in common::cookies_in("examples")
        .into_iter()
        .chain(common::cookies_in("tests/fixtures/valid"))
    {
        let src = std::fs::read_to_string(&path).unwrap();
        let clean = check_source(&src).diagnostics;
        let mut spots = Vec::new();
        idents(&check_source(&src).file.nodes, 0, &mut spots);
        for (end, word, field_name) in spots {
            let mutated = format!("{}q{}", &src[..end], &src[end..]);
            let got = check_source(&mutated).diagnostics;
            tried += 1;
            // Count what the typo adds: a warning the clean file had may go
            // away (a declaration with an error is not linted until fixed),
            // which is no cascade. A renamed id nothing refers to, or a new
            // 3-letter language tag, is legitimately silent; a misspelt
            // field name never is.
            let added = new_diagnostics(&clean, &got);
            let ok = if field_name { added == 1 } else { added <= 1 };
            if !ok {
                let codes: Vec<&str> = got.iter().map(|d| d.code).collect();
                failures.push(format!(
                    "{}: `{word}` → `{word}q`: {codes:?}",
                    common::file_name(&path)
                ));
            }
        }
    }
    assert!(tried > 500, "too few mutations: {tried}");
    assert!(
        failures.is_empty(),
        "{} of {tried} typos:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
