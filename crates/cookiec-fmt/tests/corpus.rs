//! Invariants on every valid file we have: this crate's fixtures, the
//! shared valid fixtures and the examples. For each: formatting is
//! idempotent, keeps every comment, and parses back to the same tree.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("tests/fixtures"),
        root.join("../../tests/fixtures/valid"),
        root.join("../../examples"),
    ];
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "cookies") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn corpus_is_not_empty() {
    assert!(corpus().len() >= 8, "the crate's own fixtures are missing");
}

#[test]
fn every_valid_file_formats_idempotently_keeping_meaning_and_comments() {
    for path in corpus() {
        let src = std::fs::read_to_string(&path).unwrap();
        let name = path.display();
        let once = cookiec_fmt::format(&src).unwrap_or_else(|d| panic!("{name}: {d:?}"));
        let twice =
            cookiec_fmt::format(&once).unwrap_or_else(|d| panic!("{name} (2nd pass): {d:?}"));
        assert_eq!(once, twice, "{name}: not idempotent");

        let before = cookiec_syntax::parse(&src);
        let after = cookiec_syntax::parse(&once);
        assert!(
            after.diagnostics.is_empty(),
            "{name}: {:?}",
            after.diagnostics
        );
        assert!(
            cookiec_fmt::same_tree(&before.file, &after.file),
            "{name}: tree changed"
        );

        // Every comment text of the input appears in the output.
        for c in &before.file.comments {
            let text = c.text.trim_end();
            assert!(once.contains(text), "{name}: comment {text:?} lost");
        }
        assert_eq!(
            cookiec_fmt::comment_texts(&before.file),
            cookiec_fmt::comment_texts(&after.file)
        );

        // Layout rules that hold for every output.
        assert!(
            once.is_empty() || once.ends_with('\n') && !once.ends_with("\n\n"),
            "{name}: final newline"
        );
        assert!(!once.contains('\r'), "{name}: CR left");
        assert!(!once.contains("\n\n\n"), "{name}: two blank lines");
        for line in once.lines() {
            assert_eq!(line, line.trim_end(), "{name}: trailing whitespace");
            let indent = line.len() - line.trim_start().len();
            assert!(!line[..indent].contains('\t'), "{name}: tab indentation");
        }
    }
}
