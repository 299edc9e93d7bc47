//! Codes the lexer and parser emit, with their documentation.

cookiec_diagnostics::declare_codes! {
    stage: Syntax;
    INVALID_CHARACTER = "E101", Error, "invalid-character", "A character that is not part of any token.";
    UNTERMINATED_STRING = "E102", Error, "unterminated-string", "A string is not closed before the end of the line or file.";
    INVALID_ESCAPE = "E103", Error, "invalid-escape", "An unknown escape sequence inside a string.";
    UNTERMINATED_REGEX = "E104", Error, "unterminated-regex", "A regex literal is not closed with `/` on its line.";
    UNEXPECTED_TOKEN = "E105", Error, "unexpected-token", "A token where the grammar does not allow it.";
    UNCLOSED_BLOCK = "E106", Error, "unclosed-block", "A `{` without its matching `}`.";
    UNMATCHED_CLOSE = "E107", Error, "unmatched-close", "A `}` with no open block.";
    TOO_DEEPLY_NESTED = "E108", Error, "too-deeply-nested", "Blocks or lists nested more than 32 levels deep.";
}
