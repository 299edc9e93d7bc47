//! The library API on small, exact cases: syntax errors, edge inputs,
//! range formatting.
#![allow(clippy::unwrap_used)]

use cookiec_diagnostics::Span;
use cookiec_fmt::{format, format_range};

#[test]
fn syntax_errors_are_returned_not_rewritten() {
    let errs = format("cookie \"sid\" {\n  purpose \"open\n}\n").unwrap_err();
    assert!(errs.iter().any(|d| d.code == "E102"), "{errs:?}");
    let errs = format("cookie {\n  category essential\n").unwrap_err();
    assert!(errs.iter().any(|d| d.code == "E106"), "{errs:?}");
    assert!(format_range("}\n", Span::new(0, 1)).is_err());
}

#[test]
fn edge_inputs() {
    assert_eq!(format("").unwrap(), "");
    assert_eq!(format("\n\n  \n").unwrap(), "");
    assert_eq!(format("# only a comment   ").unwrap(), "# only a comment\n");
    assert_eq!(format("consent {}").unwrap(), "consent {}\n");
    assert_eq!(format("consent {\n\n}\n").unwrap(), "consent {}\n");
    assert_eq!(
        format("consent { # why\n}").unwrap(),
        "consent { # why\n}\n"
    );
    assert_eq!(format("a\r\nb\r\n").unwrap(), "a\n\nb\n");
}

#[test]
fn blank_lines_inside_blocks_are_kept_once_and_trimmed_at_the_edges() {
    let src = "x {\n\n\n  a 1\n\n\n\n  b 2\n\n}\n";
    assert_eq!(format(src).unwrap(), "x {\n  a 1\n\n  b 2\n}\n");
}

#[test]
fn a_line_too_long_breaks_its_list() {
    let items: Vec<String> = (0..12).map(|i| format!("\"purpose number {i}\"")).collect();
    let src = format!("category c {{\n  purposes [{}]\n}}\n", items.join(", "));
    let out = format(&src).unwrap();
    assert!(
        out.contains("  purposes [\n    \"purpose number 0\",\n"),
        "{out}"
    );
    assert!(out.contains("    \"purpose number 11\",\n  ]\n"), "{out}");
    assert!(out
        .lines()
        .all(|l| l.chars().count() <= cookiec_fmt::MAX_WIDTH));
    // A short list is joined back onto one line.
    assert_eq!(format("x [\n  a,\n  b,\n]\n").unwrap(), "x [a, b]\n");
}

#[test]
fn strings_are_reescaped_canonically() {
    let out = format("x \"\\u{1F36A} \\u{41}\ttab \\r\"\n").unwrap();
    assert_eq!(out, "x \"🍪 A\\ttab \\r\"\n");
}

const TWO: &str = "cookie \"a\" {\n    purpose   \"A\"\n}\n\n# about b\ncookie \"b\" {\n    purpose   \"B\"\n  category c\n}\n";

#[test]
fn range_formats_only_the_declarations_it_touches() {
    let b = TWO.find("\"B\"").unwrap();
    let edits = format_range(TWO, Span::new(b, b)).unwrap();
    assert_eq!(edits.len(), 1);
    let e = &edits[0];
    // From the comment above `cookie "b"` to its closing brace.
    assert_eq!(
        e.span.slice(TWO),
        "# about b\ncookie \"b\" {\n    purpose   \"B\"\n  category c\n}"
    );
    assert_eq!(
        e.replacement,
        "# about b\ncookie \"b\" {\n  category c\n  purpose  \"B\"\n}"
    );
}

#[test]
fn range_over_everything_equals_whole_file_formatting() {
    let edits = format_range(TWO, Span::new(0, TWO.len())).unwrap();
    let mut text = TWO.to_string();
    for e in edits.iter().rev() {
        text.replace_range(e.span.range(), &e.replacement);
    }
    assert_eq!(text, format(TWO).unwrap());
}

#[test]
fn range_on_formatted_text_or_between_declarations_gives_no_edit() {
    let clean = format(TWO).unwrap();
    assert!(format_range(&clean, Span::new(0, clean.len()))
        .unwrap()
        .is_empty());
    let gap = TWO.find("\n\n").unwrap() + 1;
    assert!(format_range(TWO, Span::new(gap, gap)).unwrap().is_empty());
}

#[test]
fn key_value_blocks_put_one_entry_per_line() {
    // One line is one node in the grammar: the canonical form never joins
    // entries, and splits entries written on one line.
    let src = "category c {\n  title {\n    en \"A\"\n    de \"B\"\n  }\n}\n";
    assert_eq!(format(src).unwrap(), src);
    let src = "category c {\n  consent {default opt-in   us-ca opt-out}\n}\n";
    assert_eq!(
        format(src).unwrap(),
        "category c {\n  consent {\n    default opt-in\n    us-ca   opt-out\n  }\n}\n"
    );
}

#[test]
fn long_key_value_blocks_split_one_entry_per_line_aligned() {
    let long = "x".repeat(60);
    let src = format!("category c {{\n  title {{ en \"{long}\"  pt-BR \"{long}\" }}\n}}\n");
    let expected = format!(
        "category c {{\n  title {{\n    en    \"{long}\"\n    pt-BR \"{long}\"\n  }}\n}}\n"
    );
    assert_eq!(format(&src).unwrap(), expected);
}

#[test]
fn key_value_blocks_with_comments_or_odd_shapes_keep_their_lines() {
    // A comment inside: pairs stay on the lines they were written on.
    let src = "category c {\n  title {\n    en \"A\" # English\n    de \"B\"\n  }\n}\n";
    assert_eq!(format(src).unwrap(), src);
    // Not `key value` pairs (the checker reports it): left as written.
    let src = "category c {\n  title {\n    en \"A\" \"B\"\n  }\n}\n";
    assert_eq!(format(src).unwrap(), src);
    // Unknown declaration: no assumption about its blocks.
    let src = "widget c {\n  title {\n    en \"A\"\n  }\n}\n";
    assert_eq!(format(src).unwrap(), src);
}

#[test]
fn a_comment_after_a_closing_brace_trails_the_block_not_its_last_child() {
    assert_eq!(
        format("x {\n  a 1 } # about x\n").unwrap(),
        "x {\n  a 1\n} # about x\n"
    );
    let src = "category c {\n  title {\n    en \"A\" } # about the title\n}\n";
    let once = format(src).unwrap();
    assert_eq!(
        once,
        "category c {\n  title {\n    en \"A\"\n  } # about the title\n}\n"
    );
    assert_eq!(format(&once).unwrap(), once);
}

#[test]
fn only_per_region_blocks_split_at_region_names() {
    // `it` and `nl` are languages here (and regions too): the checker reads
    // `J nl` as one more pair, so the line must not become two entries.
    let src = "category c {\n  description {\n    it \"a\" J nl \"b\"\n  }\n}\n";
    let out = format(src).unwrap();
    assert!(out.contains("it \"a\" J nl \"b\""), "{out}");
    // A per-region block of multi-word values still splits.
    let src = "consent {\n  renew-after { default 12 months eu 6 months }\n}\n";
    let out = format(src).unwrap();
    assert!(
        out.contains("default 12 months\n") && out.contains("eu      6 months\n"),
        "{out}"
    );
}
