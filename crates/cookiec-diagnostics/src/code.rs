//! Diagnostic code documentation: what `cookiec explain CODE` prints.
//!
//! Each stage declares the codes it emits as a `&[CodeInfo]` next to the
//! code that emits them (syntax codes in cookiec-syntax, checker codes and
//! lint rules in cookiec-check); `cookiec_check::codes::all()` joins them.

use crate::Severity;

#[derive(Clone, Copy, Debug)]
pub struct CodeInfo {
    /// Stable code, e.g. `E208`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `unknown-reference`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Full Markdown documentation (what, why, example, fix).
    pub doc: &'static str,
}

pub fn find<'a>(codes: &'a [CodeInfo], code: &str) -> Option<&'a CodeInfo> {
    codes
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code) || c.name == code)
}
