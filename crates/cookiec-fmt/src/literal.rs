//! Canonical spelling of literal values.

use cookiec_syntax::ast::{Value, ValueKind};

pub use cookiec_syntax::quote;

/// A `"""` string whose content lines sit one level (two spaces) deeper
/// than `indent`, closed by `"""` on its own line at `indent`. `None` when
/// the lexer's dedent would not give `value` back (text made only of
/// whitespace lines, for instance); the caller then writes a `"..."` string.
pub fn triple(value: &str, indent: &str) -> Option<String> {
    if value.contains("\"\"\"") {
        return None;
    }
    let mut out = String::from("\"\"\"\n");
    // Empty text: nothing between the delimiters but the newline.
    let lines = if value.is_empty() {
        Vec::new()
    } else {
        value.split('\n').collect()
    };
    for line in lines {
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str("  ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str(indent);
    out.push_str("\"\"\"");
    let inner = out.get(3..out.len() - 3).unwrap_or("");
    (cookiec_syntax::lexer::dedent(inner) == value).then_some(out)
}

/// A one-line `"""` string kept on one line: `"""text"""`. `None` when
/// the text has several lines, or would not read back the same (leading
/// whitespace is dedented away, a final `"` would close the string early,
/// blank text is dropped).
pub fn triple_inline(value: &str) -> Option<String> {
    if value.contains(['\n', '\r'])
        || value.contains("\"\"\"")
        || value.ends_with('"')
        || value.trim().is_empty()
        || value.starts_with([' ', '\t'])
    {
        return None;
    }
    (cookiec_syntax::lexer::dedent(value) == value).then(|| format!("\"\"\"{value}\"\"\""))
}

/// The text of a value that is not a list, given the source it came from.
/// Regexes, numbers and dates are written as the author spelled them (the
/// AST keeps their meaning, and `\/` in a regex has more than one spelling).
pub fn atom(src: &str, v: &Value, indent: &str) -> String {
    match &v.kind {
        ValueKind::String(s) => {
            if s.multiline {
                if let Some(t) = triple_inline(&s.value).or_else(|| triple(&s.value, indent)) {
                    return t;
                }
            }
            quote(&s.value)
        }
        ValueKind::Ident(name) => name.clone(),
        ValueKind::Number(n) => n.clone(),
        ValueKind::Date(d) => match d.day {
            Some(day) => format!("{:04}-{:02}-{:02}", d.year, d.month, day),
            None => format!("{:04}-{:02}", d.year, d.month),
        },
        ValueKind::Regex(pattern) => {
            let text = v.span.slice(src);
            if text.len() >= 2 && text.starts_with('/') && text.ends_with('/') {
                text.to_string()
            } else {
                format!("/{}/", pattern.replace('/', "\\/"))
            }
        }
        // Never reached: a file with lexer errors is not formatted.
        ValueKind::Error | ValueKind::List(_) => v.span.slice(src).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_only_what_it_must() {
        assert_eq!(quote("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(quote("tab\there\nnl"), r#""tab\there\nnl""#);
        assert_eq!(quote("🍪 クッキー é"), "\"🍪 クッキー é\"");
        assert_eq!(quote("\u{7}\u{202E}"), r#""\u{7}\u{202E}""#);
    }

    #[test]
    fn triple_round_trips_through_the_lexer() {
        let t = triple("line one\n  indented\n\nlast", "  ");
        assert_eq!(
            t.as_deref(),
            Some("\"\"\"\n    line one\n      indented\n\n    last\n  \"\"\"")
        );
    }

    #[test]
    fn one_line_triple_strings_stay_on_one_line_when_they_can() {
        assert_eq!(
            triple_inline("Say \"hi\" now").as_deref(),
            Some("\"\"\"Say \"hi\" now\"\"\"")
        );
        assert_eq!(triple_inline("ends with \"quote\""), None);
        assert_eq!(triple_inline("  indented"), None);
        assert_eq!(triple_inline("two\nlines"), None);
        assert_eq!(triple_inline(""), None);
    }

    #[test]
    fn triple_refuses_text_the_lexer_cannot_give_back() {
        assert_eq!(triple("   ", ""), None);
        assert_eq!(triple("a\"\"\"b", ""), None);
        assert_eq!(triple("", "").as_deref(), Some("\"\"\"\n\"\"\""));
    }
}
