//! Every diagnostic code the checker emits, declared once, and the one
//! registry joining every stage's codes ([`all`]).
//!
//! Adding a checker code is one line in the `declare_codes!` list below and
//! its page `docs/codes/<CODE>.md`; a lint rule's code is its `RULE`
//! constant (see `rules/mod.rs`).

#[cfg(test)]
use cookiec_diagnostics::Stage;
use cookiec_diagnostics::{stage_codes, Code};

cookiec_diagnostics::declare_codes! {
    stage: Check;
    UNKNOWN_DECLARATION = "E201", Error, "unknown-declaration", "A top-level name that is not a declaration.";
    UNKNOWN_FIELD = "E202", Error, "unknown-field", "A field the declaration does not have.";
    MISSING_FIELD = "E203", Error, "missing-field", "A required field is missing.";
    DUPLICATE_FIELD = "E204", Error, "duplicate-field", "A field is given twice in one declaration.";
    WRONG_TYPE = "E205", Error, "wrong-type", "A value of the wrong type.";
    INVALID_ENUM_VALUE = "E206", Error, "invalid-enum-value", "A name that is not one of the allowed values.";
    DUPLICATE_DECLARATION = "E207", Error, "duplicate-declaration", "A declaration that must be unique is declared twice.";
    UNKNOWN_REFERENCE = "E208", Error, "unknown-reference", "A reference to a category or provider that is not declared.";
    INVALID_REGEX = "E209", Error, "invalid-regex", "A regular expression that does not compile.";
    INVALID_EMAIL = "E210", Error, "invalid-email", "A malformed e-mail address.";
    INVALID_URL = "E211", Error, "invalid-url", "A value that is not an absolute http(s) URL.";
    INVALID_DATE = "E212", Error, "invalid-date", "A date that does not exist in the calendar.";
    INVALID_LANGUAGE_TAG = "E213", Error, "invalid-language-tag", "A language tag that is not of the form `ll` or `ll-RR`.";
    MISSING_TRANSLATION = "E214", Error, "missing-translation", "A text lacks a translation for a declared language.";
    OVERLAPPING_NAMES = "E215", Error, "overlapping-names", "One name is matched by items of two different categories.";
    MISSING_POLICY = "E216", Error, "missing-policy", "The file has no `policy` declaration.";
    INVALID_DURATION = "E217", Error, "invalid-duration", "A malformed duration or lifetime.";
    UNKNOWN_CODE = "E218", Error, "unknown-code", "A diagnostic code that does not exist.";
    ALLOW_WITHOUT_REASON = "E219", Error, "allow-without-reason", "An `allow` without the reason it is needed.";
    BAD_LABEL = "E220", Error, "bad-label", "A declaration's label is missing or of the wrong kind.";
    WRONG_ARITY = "E221", Error, "wrong-arity", "Too many values, a missing value, or a misplaced block.";
    UNDECLARED_LANGUAGE = "E222", Error, "undeclared-language", "A translation for a language the policy does not declare.";
    UNHONOURABLE_CONSENT = "E223", Error, "unhonourable-consent", "A consent or signal declaration the outputs cannot honour.";
    UNUSED_DECLARATION = "W201", Warning, "unused-declaration", "A category or provider no item uses.";
    UNUSED_ALLOW = "W202", Warning, "unused-allow", "An inline `allow` that suppresses nothing.";
    LANGUAGE_WITHOUT_WORDING = "W203", Warning, "language-without-wording", "A declared language cookiec has no generated wording for.";
}

/// Every code of every stage, in pipeline order: syntax (E1xx), checker
/// (E2xx, W2xx), lint rules, build (E3xx), formatter (F0xx), diff
/// (D0xx) and audit (AUD0xx). The one
/// registry: `cookiec explain`, `cookiec rules`, completion, hover, the docs
/// tests and `allow`/`deny` validation all read it.
pub fn all() -> impl Iterator<Item = &'static Code> {
    cookiec_syntax::CODES
        .iter()
        .chain(CODES.iter())
        .chain(crate::rules::RULES.iter())
        .chain(stage_codes::build::CODES.iter())
        .chain(stage_codes::fmt::CODES.iter())
        .chain(stage_codes::diff::CODES.iter())
        .chain(stage_codes::audit::CODES.iter())
}

/// A code by its code (`E208`, case-insensitive) or its name
/// (`unknown-reference`).
pub fn find(code: &str) -> Option<&'static Code> {
    all().find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
}

/// The code exactly as a diagnostic carries it.
pub fn get(code: &str) -> Option<&'static Code> {
    all().find(|c| c.code == code)
}

/// The code most like `code` (a typo of a code or a name), for
/// "did you mean" messages.
pub fn similar(code: &str) -> Option<&'static Code> {
    let upper = code.to_ascii_uppercase();
    let best = crate::lower::cx::did_you_mean(&upper, all().map(|c| c.code))
        .or_else(|| crate::lower::cx::did_you_mean(code, all().map(|c| c.name)))?;
    all().find(|c| c.code == best || c.name == best)
}

/// Whether `code` names, exactly, a code the checker emits (as written in
/// `allow`/`deny`; build and formatter codes never reach them).
pub fn is_known(code: &str) -> bool {
    get(code).is_some_and(|c| c.stage.is_checked())
}

/// Whether `allow`/`deny` apply to a diagnostic with this code.
pub fn is_suppressible(code: &str) -> bool {
    get(code).is_some_and(Code::is_suppressible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_codes_are_unique_documented_and_named_in_kebab_case() {
        let all: Vec<&Code> = all().collect();
        let mut seen = std::collections::HashSet::new();
        for c in &all {
            assert!(seen.insert(c.code), "duplicate code {}", c.code);
            assert!(!c.summary.is_empty(), "{} has no summary", c.code);
            assert!(c.doc.trim().len() > 40, "{} is not documented", c.code);
            // A formatter bug has no source that reproduces it on purpose.
            assert!(
                c.stage == Stage::Fmt || c.doc.contains("```"),
                "{} doc has no example",
                c.code
            );
            assert!(
                !c.name.is_empty()
                    && c.name.split('-').all(|w| !w.is_empty()
                        && w.chars()
                            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit())),
                "{} name `{}` is not kebab-case",
                c.code,
                c.name
            );
        }
        let names: std::collections::HashSet<_> = all.iter().map(|c| c.name).collect();
        assert_eq!(names.len(), all.len(), "code names must be unique");
    }

    #[test]
    fn checker_code_docs_start_with_their_code() {
        for c in CODES {
            assert!(
                c.doc.starts_with(&format!("# {}", c.code)),
                "{} doc heading",
                c.code
            );
        }
    }

    #[test]
    fn find_by_code_or_name() {
        assert_eq!(find("e208").map(|c| c.code), Some("E208"));
        assert_eq!(find("unknown-reference").map(|c| c.code), Some("E208"));
        assert_eq!(find("E105").map(|c| c.code), Some("E105"));
        assert!(find("E999").is_none());
        assert_eq!(similar("E2O8").map(|c| c.code), Some("E208"));
        assert_eq!(similar("unknown-referenc").map(|c| c.code), Some("E208"));
        assert!(similar("zzzzzzzz").is_none());
        assert!(is_known("W201"));
        assert!(!is_known("w201"));
    }

    #[test]
    fn every_code_page_is_registered() {
        let codes: std::collections::HashSet<_> = all().map(|c| c.code).collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/codes");
        let mut pages = 0;
        for page in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let file = page.file_name().to_string_lossy().into_owned();
            if let Some(code) = file.strip_suffix(".md") {
                pages += 1;
                assert!(
                    codes.contains(code),
                    "docs/codes/{file} documents no registered code"
                );
            }
        }
        assert!(pages >= 40, "only {pages} code pages found");
    }

    #[test]
    fn every_stage_is_in_the_registry() {
        for code in [
            "E101", "E201", "W202", "SPEC001", "E301", "E302", "E303", "F001",
        ] {
            assert!(get(code).is_some(), "{code} missing from the registry");
        }
        assert!(is_suppressible("W201"));
        assert!(is_suppressible("EU001"));
        assert!(!is_suppressible("E201"));
        assert!(!is_suppressible("F001"));
        assert!(!is_known("F001"), "allow/deny never see formatter codes");
    }
}
