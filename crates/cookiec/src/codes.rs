//! Every diagnostic code of every stage, for `cookiec explain`: the
//! checker's (syntax, checker, lint rules), the emitters' and the
//! formatter's and the audit's. The checker cannot list the later stages (they depend on
//! it), so the binary, which sees them all, joins them here.

use cookiec_diagnostics::CodeInfo;

pub fn all() -> Vec<&'static CodeInfo> {
    cookiec_check::codes::all()
        .into_iter()
        .chain(cookiec_emit::CODES.iter())
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
