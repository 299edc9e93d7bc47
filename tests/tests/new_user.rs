//! The "new user" test: a file written from the reference with three
//! typical mistakes gets exactly three diagnostics, each at the mistake,
//! each with a fix, in one run.
#![allow(clippy::unwrap_used)]

use cookiec_check::{apply_fixes, check_source};

const SRC: &str = r#"policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
  website "shop.example"
}

category essential {
  title "Essential"
  consent required
}

category analytics {
  title "Analytics"
  consent opt-in
}

cookie "sid" {
  category essential
  purpose "Keeps you signed in."
  lifetime 7 dayz
  http-only
}

cookie "_ga" {
  category analytic
  purpose "Distinguishes visitors."
  lifetime 1 year
}
"#;

#[test]
fn three_mistakes_three_precise_diagnostics() {
    let checked = check_source(SRC);
    let got: Vec<(&str, &str)> = checked
        .diagnostics
        .iter()
        .map(|d| (d.code, d.primary.span.slice(SRC)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("E211", "\"shop.example\""),
            ("E217", "dayz"),
            ("E208", "analytic")
        ],
        "{:#?}",
        checked.diagnostics
    );
    assert!(checked
        .diagnostics
        .iter()
        .all(|d| d.fixes.iter().any(|f| f.safe)));
    let fixed = apply_fixes(SRC, &checked.diagnostics, true);
    assert!(
        check_source(&fixed).diagnostics.is_empty(),
        "after fixes:\n{fixed}"
    );
    assert!(fixed.contains("website \"https://shop.example\""));
    assert!(fixed.contains("lifetime 7 days"));
    assert!(fixed.contains("category analytics\n  purpose \"Distinguishes"));
}
