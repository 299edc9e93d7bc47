//! The audit's finding codes, documented in `docs/codes/<code>.md` like
//! every other code, so `cookiec explain AUD001` covers them.

use cookiec_diagnostics::{CodeInfo, Severity};

pub const UNDECLARED_ITEM: &str = "AUD001";
pub const WITHOUT_CONSENT: &str = "AUD002";
pub const ATTRIBUTE_DIFFERS: &str = "AUD003";
pub const LIFETIME_LONGER: &str = "AUD004";
pub const UNDECLARED_HOST: &str = "AUD005";
pub const NEVER_SEEN: &str = "AUD006";

macro_rules! code {
    ($code:expr, $file:literal, $sev:ident, $name:literal, $summary:literal) => {
        CodeInfo {
            code: $code,
            name: $name,
            severity: Severity::$sev,
            summary: $summary,
            doc: include_str!(concat!("../../../docs/codes/", $file, ".md")),
        }
    };
}

pub const CODES: &[CodeInfo] = &[
    code!(
        UNDECLARED_ITEM,
        "AUD001",
        Error,
        "undeclared-item",
        "A capture saw a cookie or storage item the policy does not declare."
    ),
    code!(
        WITHOUT_CONSENT,
        "AUD002",
        Error,
        "set-without-consent",
        "An item of a category that was not granted was set or present."
    ),
    code!(
        ATTRIBUTE_DIFFERS,
        "AUD003",
        Error,
        "attribute-differs",
        "A cookie was set with an attribute other than the declared one."
    ),
    code!(
        LIFETIME_LONGER,
        "AUD004",
        Error,
        "lifetime-longer",
        "A cookie was set to live longer than declared."
    ),
    code!(
        UNDECLARED_HOST,
        "AUD005",
        Error,
        "undeclared-third-party",
        "A third-party host set cookies or received beacons but is no declared provider."
    ),
    code!(
        NEVER_SEEN,
        "AUD006",
        Info,
        "declared-not-seen",
        "A declared item no capture saw."
    ),
];

pub fn severity(code: &str) -> Severity {
    CODES
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.severity)
        .unwrap_or(Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_documented_with_its_heading_and_an_example() {
        for c in CODES {
            assert!(c.doc.starts_with(&format!("# {}", c.code)), "{}", c.code);
            assert!(c.doc.contains("```"), "{}", c.code);
        }
    }
}
