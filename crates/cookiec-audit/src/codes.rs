//! The audit's finding codes, documented in `docs/codes/<code>.md` like
//! every other code, so `cookiec explain AUD001` covers them.

use cookiec_diagnostics::Severity;

// Declared with every stage's codes in `cookiec_diagnostics::stage_codes`,
// so the one registry (`cookiec_check::codes::all`) lists them.
pub use cookiec_diagnostics::stage_codes::audit::*;

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
