//! Writing strings back as `.cookies` literals: the inverse of the
//! lexer's unescaping, shared by the formatter, quick fixes and completion
//! so that every tool spells a string the same way.

/// `"..."` with the canonical escapes: `\"`, `\\`, `\n`, `\t`, `\r`, and
/// `\u{..}` for other control characters and for bidirectional-override
/// characters (which can make text display differently from what it is).
/// Everything else, emoji and CJK included, is written as itself.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) => {
                out.push_str(&format!("\\u{{{:X}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}
