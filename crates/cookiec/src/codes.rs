//! Every diagnostic code of every stage, for `cookiec explain`: the
//! checker's (syntax, checker, lint rules), the emitters' and the
//! formatter's and the audit's. The checker cannot list the later stages (they depend on
//! it), so the binary, which sees them all, joins them here.

use cookiec_diagnostics::CodeInfo;

pub fn all() -> Vec<&'static CodeInfo> {
    cookiec_check::codes::all()
        .into_iter()
        .chain(cookiec_emit::CODES.iter())
        .chain(cookiec_emit::diff::CODES.iter())
        .chain(cookiec_fmt::CODES.iter())
        .chain(cookiec_audit::CODES.iter())
        .collect()
}

/// A code by its code (case-insensitive) or its name.
pub fn find(code: &str) -> Option<&'static CodeInfo> {
    all()
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_stage_code_is_unique_and_every_code_page_is_registered() {
        let all = super::all();
        let codes: std::collections::HashSet<_> = all.iter().map(|c| c.code).collect();
        let names: std::collections::HashSet<_> = all.iter().map(|c| c.name).collect();
        assert_eq!(codes.len(), all.len(), "a code is registered twice");
        assert_eq!(names.len(), all.len(), "a code name is registered twice");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/codes");
        for page in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let file = page.file_name().to_string_lossy().into_owned();
            if let Some(code) = file.strip_suffix(".md") {
                assert!(
                    codes.contains(code),
                    "docs/codes/{file} documents no registered code"
                );
            }
        }
        for code in ["AUD001", "AUD006", "E301", "F001"] {
            assert!(super::find(code).is_some(), "{code}");
        }
    }
}
