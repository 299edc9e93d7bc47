//! JSON string literals, written by hand where serde_json's serializer
//! was the cost: the banner configurations (mostly strings) and the
//! language server's outline (a megabyte for a large file).

/// `s` as a JSON string literal appended to `out`, with the escapes
/// serde_json writes (`\"`, `\\`, `\b \f \n \r \t`, `\u00xx` for other
/// control characters) and nothing else escaped. `script_safe` also
/// escapes `<`, U+2028 and U+2029, so the literal cannot close a
/// `<script>` element and is valid in every JavaScript version. Runs
/// without a special character are copied whole.
pub fn push_json_str(out: &mut String, s: &str, script_safe: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'<' if script_safe => Some("\\u003c"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0c => Some("\\f"),
            0xE2 if script_safe
                && bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                Some(if bytes.get(i + 2) == Some(&0xA8) {
                    "\\u2028"
                } else {
                    "\\u2029"
                })
            }
            _ => None,
        };
        let width = if b == 0xE2 && escape.is_some() { 3 } else { 1 };
        if escape.is_none() && b >= 0x20 {
            i += 1;
            continue;
        }
        // `run..i` holds whole characters: every byte escaped here is
        // ASCII or starts a character.
        out.push_str(s.get(run..i).unwrap_or(""));
        match escape {
            Some(e) => out.push_str(e),
            None => {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        }
        i += width;
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::push_json_str;

    fn lit(s: &str, script_safe: bool) -> String {
        let mut out = String::new();
        push_json_str(&mut out, s, script_safe);
        out
    }

    proptest::proptest! {
        /// Plain: exactly serde_json's string. Script-safe: that, with `<`,
        /// U+2028 and U+2029 escaped. Either reads back as the text.
        #[test]
        fn literals_are_serde_jsons_strings(s in "(?s).{0,40}|[\\x00-\\x1f\"\\\\<\u{2028}\u{2029}a]{0,20}") {
            let plain = serde_json::to_string(&s).unwrap_or_default();
            proptest::prop_assert_eq!(lit(&s, false), plain.clone());
            let safe = plain
                .replace('<', "\\u003c")
                .replace('\u{2028}', "\\u2028")
                .replace('\u{2029}', "\\u2029");
            proptest::prop_assert_eq!(lit(&s, true), safe);
            let back: String = serde_json::from_str(&lit(&s, true)).unwrap_or_default();
            proptest::prop_assert_eq!(back, s);
        }
    }
}
