//! The fixture corpus: valid files and examples check without errors;
//! each invalid file reports the code its name starts with, and its
//! rendered diagnostics are snapshotted.
#![allow(clippy::unwrap_used)]

mod common;

use common::{check_invariants, cookies_in, corpus, file_name};
use cookiec_check::check_source;
use cookiec_diagnostics::render;

#[test]
fn valid_files_and_examples_have_no_errors() {
    let mut files = cookies_in("tests/fixtures/valid");
    files.extend(cookies_in("examples"));
    assert!(files.len() >= 3, "corpus missing");
    let mut failures = String::new();
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap();
        let checked = check_source(&src);
        if checked.has_errors() {
            failures.push_str(&render(&file_name(path), &src, &checked.diagnostics, false));
        }
    }
    assert!(failures.is_empty(), "valid files with errors:\n{failures}");
}

#[test]
fn invalid_files_report_their_code() {
    insta::glob!("../fixtures/invalid", "*.cookies", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let name = file_name(path);
        let code = name.split('-').next().unwrap_or_default();
        let checked = check_source(&src);
        assert!(
            checked.diagnostics.iter().any(|d| d.code == code),
            "{name} does not report {code}:\n{}",
            render(&name, &src, &checked.diagnostics, false)
        );
        insta::assert_snapshot!(render(&name, &src, &checked.diagnostics, false));
    });
}

#[test]
fn every_syntax_and_checker_code_has_a_fixture() {
    let fixtures: Vec<String> = cookies_in("tests/fixtures/invalid")
        .iter()
        .map(|p| file_name(p))
        .collect();
    let codes = cookiec_syntax::CODES
        .iter()
        .chain(cookiec_check::codes::CODES);
    for c in codes {
        assert!(
            fixtures
                .iter()
                .any(|f| f.starts_with(&format!("{}-", c.code))),
            "no fixture tests/fixtures/invalid/{}-*.cookies",
            c.code
        );
    }
}

#[test]
fn spans_are_in_bounds_and_nested() {
    for path in corpus() {
        let src = std::fs::read_to_string(&path).unwrap();
        let checked = check_source(&src);
        if let Err(e) = check_invariants(&src, &checked) {
            panic_free_fail(&file_name(&path), &e);
        }
    }
}

/// Fails the test with a message (the workspace denies `panic!`).
fn panic_free_fail(file: &str, msg: &str) {
    assert!(msg.is_empty(), "{file}: {msg}");
}
