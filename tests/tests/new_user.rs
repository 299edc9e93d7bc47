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

/// `lint { deny }` raises a warning to an error; `allow` (file-wide or
/// inline, with its scope) suppresses warnings but never errors.
#[test]
fn deny_and_allow_apply_to_warnings_not_to_errors() {
    let base = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\nprovider hotjar {\n  name \"Hotjar\"\n}\n";
    let warn = check_source(base);
    assert_eq!(warn.diagnostics.len(), 1);
    assert!(!warn.has_errors());

    let denied = check_source(&format!("{base}\nlint {{\n  deny [W201]\n}}\n"));
    assert!(denied.has_errors() && denied.diagnostics[0].code == "W201");

    let allowed = check_source(&format!("{base}\nlint {{\n  allow [W201, E210]\n}}\n"));
    assert!(allowed.diagnostics.is_empty(), "{:#?}", allowed.diagnostics);

    let inline = base.replace(
        "  name \"Hotjar\"\n",
        "  name \"Hotjar\"\n  allow W201 \"set by the marketing site\"\n",
    );
    assert!(check_source(&inline).diagnostics.is_empty());

    // An error cannot be allowed away.
    let bad_email = base.replace("privacy@shop.example", "nope");
    let still = check_source(&format!("{bad_email}\nlint {{\n  allow [W201, E210]\n}}\n"));
    assert_eq!(
        still.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        vec!["E210"]
    );
}

/// A typo in a declaration (a language in `languages`, a category id) is
/// reported once, at the declaration, not at every use; its fix makes the
/// file clean.
#[test]
fn a_misspelt_declaration_is_reported_at_the_declaration() {
    let languages = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n  languages [en, deu]\n  summary { en \"Hi.\"  de \"Hallo.\" }\n}\n\ncategory essential {\n  title { en \"Essential\"  de \"Notwendig\" }\n  consent required\n  purposes { en [\"sign-in\"]  de [\"Anmeldung\"] }\n}\n";
    let checked = check_source(languages);
    let got: Vec<(&str, &str)> = checked
        .diagnostics
        .iter()
        .map(|d| (d.code, d.primary.span.slice(languages)))
        .collect();
    assert_eq!(got, vec![("E222", "deu")], "{:#?}", checked.diagnostics);
    let fixed = apply_fixes(languages, &checked.diagnostics, true);
    assert!(check_source(&fixed).diagnostics.is_empty(), "{fixed}");

    let category = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\ncategory esential {\n  title \"Essential\"\n  consent required\n}\n\ncookie \"a\" {\n  category essential\n  purpose \"A.\"\n  lifetime session\n}\n\ncookie \"b\" {\n  category essential\n  purpose \"B.\"\n  lifetime session\n}\n";
    let checked = check_source(category);
    let got: Vec<(&str, &str)> = checked
        .diagnostics
        .iter()
        .map(|d| (d.code, d.primary.span.slice(category)))
        .collect();
    assert_eq!(
        got,
        vec![("E208", "esential")],
        "{:#?}",
        checked.diagnostics
    );
    assert_eq!(
        checked.diagnostics[0].secondary.len(),
        2,
        "points at the references"
    );
    let fixed = apply_fixes(category, &checked.diagnostics, true);
    assert!(check_source(&fixed).diagnostics.is_empty(), "{fixed}");
}
