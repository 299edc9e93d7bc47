//! No input makes the checker panic or produce a span outside the source:
//! arbitrary text, arbitrary bytes (lossily decoded), and realistic files
//! with random edits. Fixes applied to any of them stay in bounds too.
#![allow(clippy::unwrap_used)]

mod common;

use common::{check_invariants, cookies_in};
use cookiec_check::{apply_fixes, check_source};
use proptest::prelude::*;

fn assert_sound(src: &str) -> Result<(), TestCaseError> {
    let checked = check_source(src);
    if let Err(e) = check_invariants(src, &checked) {
        return Err(TestCaseError::fail(format!("{e}\n--- source ---\n{src}")));
    }
    // Fixing must also be total: the result checks without panicking.
    let fixed = apply_fixes(src, &checked.diagnostics, false);
    let again = check_source(&fixed);
    check_invariants(&fixed, &again)
        .map_err(|e| TestCaseError::fail(format!("after fixes: {e}")))?;
    Ok(())
}

/// Pieces of the language, so random edits produce near-valid files.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    "\n",
    " ",
    "\"",
    "\"\"\"",
    "/",
    "#",
    "-",
    "*",
    "é",
    "🍪",
    "cookie",
    "category",
    "policy",
    "lifetime",
    "7",
    "days",
    "session",
    "yes",
    "en",
    "de",
    "allow",
    "E201",
    "\"x\"",
    "/^a$/",
    "2026-02-30",
    "\\",
];

fn examples() -> Vec<String> {
    let mut files = cookies_in("examples");
    files.extend(cookies_in("tests/fixtures/valid"));
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text(src in "\\PC*") {
        assert_sound(&src)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        assert_sound(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn token_soup(tokens in proptest::collection::vec(proptest::sample::select(TOKENS), 0..80)) {
        assert_sound(&tokens.concat())?;
    }

    #[test]
    fn edited_examples(
        which in any::<prop::sample::Index>(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..12, proptest::sample::select(TOKENS)), 1..6),
    ) {
        let files = examples();
        prop_assume!(!files.is_empty());
        let mut src = which.get(&files).clone();
        for (at, delete, insert) in edits {
            let mut start = at.index(src.len() + 1);
            while !src.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + delete).min(src.len());
            while !src.is_char_boundary(end) {
                end += 1;
            }
            src.replace_range(start..end, insert);
        }
        assert_sound(&src)?;
    }
}

/// Safe fixes never make a fixture worse, and remove the fixture's own
/// diagnostic when that diagnostic carries a safe fix.
#[test]
fn safe_fixes_repair_what_they_claim() {
    for path in cookies_in("tests/fixtures/invalid") {
        let src = std::fs::read_to_string(&path).unwrap();
        let name = common::file_name(&path);
        let code = name.split('-').next().unwrap_or_default();
        let before = check_source(&src);
        let fixed = apply_fixes(&src, &before.diagnostics, true);
        let after = check_source(&fixed);
        let errors =
            |c: &cookiec_check::Checked| c.diagnostics.iter().filter(|d| d.is_error()).count();
        assert!(
            errors(&after) <= errors(&before),
            "{name}: safe fixes added errors:\n{fixed}"
        );
        let self_fixable = before
            .diagnostics
            .iter()
            .any(|d| d.code == code && d.fixes.iter().any(|f| f.safe));
        let all_fixable = before
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .all(|d| d.fixes.iter().any(|f| f.safe));
        if self_fixable && all_fixable {
            assert!(
                !after.diagnostics.iter().any(|d| d.code == code),
                "{name}: {code} has a safe fix but remains after applying it:\n{fixed}"
            );
        }
    }
}
