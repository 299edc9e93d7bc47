//! Codes the lexer and parser emit, with their documentation.

use cookiec_diagnostics::{CodeInfo, Severity};

pub const INVALID_CHARACTER: &str = "E101";
pub const UNTERMINATED_STRING: &str = "E102";
pub const INVALID_ESCAPE: &str = "E103";
pub const UNTERMINATED_REGEX: &str = "E104";
pub const UNEXPECTED_TOKEN: &str = "E105";
pub const UNCLOSED_BLOCK: &str = "E106";
pub const UNMATCHED_CLOSE: &str = "E107";
pub const TOO_DEEPLY_NESTED: &str = "E108";

macro_rules! code {
    ($code:literal, $name:literal, $summary:literal) => {
        CodeInfo {
            code: $code,
            name: $name,
            severity: Severity::Error,
            summary: $summary,
            doc: include_str!(concat!("../../../docs/codes/", $code, ".md")),
        }
    };
}

pub const CODES: &[CodeInfo] = &[
    code!(
        "E101",
        "invalid-character",
        "A character that is not part of any token."
    ),
    code!(
        "E102",
        "unterminated-string",
        "A string is not closed before the end of the line or file."
    ),
    code!(
        "E103",
        "invalid-escape",
        "An unknown escape sequence inside a string."
    ),
    code!(
        "E104",
        "unterminated-regex",
        "A regex literal is not closed with `/` on its line."
    ),
    code!(
        "E105",
        "unexpected-token",
        "A token where the grammar does not allow it."
    ),
    code!("E106", "unclosed-block", "A `{` without its matching `}`."),
    code!("E107", "unmatched-close", "A `}` with no open block."),
    code!(
        "E108",
        "too-deeply-nested",
        "Blocks or lists nested more than 32 levels deep."
    ),
];
