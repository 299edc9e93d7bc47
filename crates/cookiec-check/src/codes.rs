//! Every diagnostic code the checker emits, with its documentation, and the
//! registry joining syntax, checker and lint-rule codes (`cookiec explain`,
//! the language server's code links, `allow`/`deny` validation).

use cookiec_diagnostics::{CodeInfo, Severity};

pub const UNKNOWN_DECLARATION: &str = "E201";
pub const UNKNOWN_FIELD: &str = "E202";
pub const MISSING_FIELD: &str = "E203";
pub const DUPLICATE_FIELD: &str = "E204";
pub const WRONG_TYPE: &str = "E205";
pub const INVALID_ENUM_VALUE: &str = "E206";
pub const DUPLICATE_DECLARATION: &str = "E207";
pub const UNKNOWN_REFERENCE: &str = "E208";
pub const INVALID_REGEX: &str = "E209";
pub const INVALID_EMAIL: &str = "E210";
pub const INVALID_URL: &str = "E211";
pub const INVALID_DATE: &str = "E212";
pub const INVALID_LANGUAGE_TAG: &str = "E213";
pub const MISSING_TRANSLATION: &str = "E214";
pub const OVERLAPPING_NAMES: &str = "E215";
pub const MISSING_POLICY: &str = "E216";
pub const INVALID_DURATION: &str = "E217";
pub const UNKNOWN_CODE: &str = "E218";
pub const ALLOW_WITHOUT_REASON: &str = "E219";
pub const BAD_LABEL: &str = "E220";
pub const WRONG_ARITY: &str = "E221";
pub const UNDECLARED_LANGUAGE: &str = "E222";
pub const UNUSED_DECLARATION: &str = "W201";
pub const UNUSED_ALLOW: &str = "W202";
pub const LANGUAGE_WITHOUT_WORDING: &str = "W203";

macro_rules! code {
    ($code:literal, $sev:ident, $name:literal, $summary:literal) => {
        CodeInfo {
            code: $code,
            name: $name,
            severity: Severity::$sev,
            summary: $summary,
            doc: include_str!(concat!("../../../docs/codes/", $code, ".md")),
        }
    };
}

/// The checker's own codes.
pub const CODES: &[CodeInfo] = &[
    code!(
        "E201",
        Error,
        "unknown-declaration",
        "A top-level name that is not a declaration."
    ),
    code!(
        "E202",
        Error,
        "unknown-field",
        "A field the declaration does not have."
    ),
    code!(
        "E203",
        Error,
        "missing-field",
        "A required field is missing."
    ),
    code!(
        "E204",
        Error,
        "duplicate-field",
        "A field is given twice in one declaration."
    ),
    code!("E205", Error, "wrong-type", "A value of the wrong type."),
    code!(
        "E206",
        Error,
        "invalid-enum-value",
        "A name that is not one of the allowed values."
    ),
    code!(
        "E207",
        Error,
        "duplicate-declaration",
        "A declaration that must be unique is declared twice."
    ),
    code!(
        "E208",
        Error,
        "unknown-reference",
        "A reference to a category or provider that is not declared."
    ),
    code!(
        "E209",
        Error,
        "invalid-regex",
        "A regular expression that does not compile."
    ),
    code!(
        "E210",
        Error,
        "invalid-email",
        "A malformed e-mail address."
    ),
    code!(
        "E211",
        Error,
        "invalid-url",
        "A value that is not an absolute http(s) URL."
    ),
    code!(
        "E212",
        Error,
        "invalid-date",
        "A date that does not exist in the calendar."
    ),
    code!(
        "E213",
        Error,
        "invalid-language-tag",
        "A language tag that is not of the form `ll` or `ll-RR`."
    ),
    code!(
        "E214",
        Error,
        "missing-translation",
        "A text lacks a translation for a declared language."
    ),
    code!(
        "E215",
        Error,
        "overlapping-names",
        "One name is matched by items of two different categories."
    ),
    code!(
        "E216",
        Error,
        "missing-policy",
        "The file has no `policy` declaration."
    ),
    code!(
        "E217",
        Error,
        "invalid-duration",
        "A malformed duration or lifetime."
    ),
    code!(
        "E218",
        Error,
        "unknown-code",
        "A diagnostic code that does not exist."
    ),
    code!(
        "E219",
        Error,
        "allow-without-reason",
        "An `allow` without the reason it is needed."
    ),
    code!(
        "E220",
        Error,
        "bad-label",
        "A declaration's label is missing or of the wrong kind."
    ),
    code!(
        "E221",
        Error,
        "wrong-arity",
        "Too many values, a missing value, or a misplaced block."
    ),
    code!(
        "E222",
        Error,
        "undeclared-language",
        "A translation for a language the policy does not declare."
    ),
    code!(
        "W201",
        Warning,
        "unused-declaration",
        "A category or provider no item uses."
    ),
    code!(
        "W202",
        Warning,
        "unused-allow",
        "An inline `allow` that suppresses nothing."
    ),
    code!(
        "W203",
        Warning,
        "language-without-wording",
        "A declared language cookiec has no generated wording for."
    ),
];

/// Every code: syntax (E1xx), checker (E2xx, W2xx) and lint rules.
pub fn all() -> Vec<&'static CodeInfo> {
    cookiec_syntax::CODES
        .iter()
        .chain(CODES.iter())
        .chain(crate::rules::RULES.iter())
        .collect()
}

/// A code by its code (`E208`, case-insensitive) or its name
/// (`unknown-reference`).
pub fn find(code: &str) -> Option<&'static CodeInfo> {
    all()
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
}

/// The code most like `code` (a typo of a code or a name), for
/// "did you mean" messages.
pub fn similar(code: &str) -> Option<&'static CodeInfo> {
    let all = all();
    let upper = code.to_ascii_uppercase();
    let best = crate::lower::cx::did_you_mean(&upper, all.iter().map(|c| c.code))
        .or_else(|| crate::lower::cx::did_you_mean(code, all.iter().map(|c| c.name)))?;
    all.into_iter().find(|c| c.code == best || c.name == best)
}

/// Whether `code` names a known code exactly (as written in `allow`).
pub fn is_known(code: &str) -> bool {
    all().iter().any(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_codes_are_unique_documented_and_named_in_kebab_case() {
        let all = all();
        let mut seen = std::collections::HashSet::new();
        for c in &all {
            assert!(seen.insert(c.code), "duplicate code {}", c.code);
            assert!(!c.summary.is_empty(), "{} has no summary", c.code);
            assert!(c.doc.trim().len() > 40, "{} is not documented", c.code);
            assert!(c.doc.contains("```"), "{} doc has no example", c.code);
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
    fn every_code_constant_is_registered() {
        // Read this file's own `pub const NAME: &str = "CODE";` lines.
        let consts: Vec<&str> = include_str!("codes.rs")
            .lines()
            .filter(|l| l.starts_with("pub const ") && l.contains(": &str = \""))
            .filter_map(|l| l.split('"').nth(1))
            .collect();
        assert!(consts.len() >= 24, "{consts:?}");
        for c in consts {
            assert!(
                CODES.iter().any(|i| i.code == c),
                "{c} has a constant but no CODES entry"
            );
        }
    }
}
