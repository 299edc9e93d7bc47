//! SPEC001: a cookie name must be an RFC 6265 token.

use crate::model::{ItemKind, NamePattern};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC001",
        name: "invalid-cookie-name",
        severity: Severity::Error,
        summary: "A cookie name that is not an RFC 6265 token.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "RFC 6265 §4.1.1 (cookie-name = token, RFC 2616 §2.2); RFC 6265bis §4.1.1",
    check,
};

const DOC: &str = r#"# SPEC001 invalid-cookie-name

## What it checks
The published name of a `cookie` (an exact name or the literal part of a glob) must be
an HTTP token: visible ASCII characters other than the separators
`( ) < > @ , ; : \ " / [ ] ? = { }`, and no spaces, tabs or control characters.

## Why
`Set-Cookie: name=value` splits at the first `=`, and `;` ends the pair. A name with a
separator, a space or a non-ASCII character is not a token: servers cannot send it
reliably and browsers store it differently (or not at all). A policy that lists such a
name is describing a cookie that does not exist as written, and the header rules and
clean-up matchers generated from it would not match.

## Example
```cookies
cookie "user id" {
  category essential
  purpose "Identifies the signed-in user."
  lifetime session
}
```

## How to fix
Write the name exactly as the server sends it (`user_id`). If the real name contains
an unusual character, declare it with a regular expression instead.

## Source
RFC 6265 §4.1.1 (`cookie-name = token`, token as in RFC 2616 §2.2); RFC 6265bis §4.1.1.
"#;

/// The first character that may not appear in a token (the one token
/// check, shared with the header emitter's safety net).
pub use crate::validate::first_non_token_char as first_bad_char;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let (name, what) = match &item.name {
            NamePattern::Exact(n) => (n, "name"),
            NamePattern::Prefix(p) => (p, "name prefix"),
            _ => continue,
        };
        if name.is_empty() {
            out.push(
                cx.diag("a cookie name cannot be empty", item.name_span)
                    .with_label("empty name")
                    .with_help("Write the name the server sends, or leave the name out and describe the cookie with `contains`."),
            );
        } else if let Some(c) = first_bad_char(name) {
            let shown = match c {
                ' ' => "a space".to_string(),
                '\t' => "a tab".to_string(),
                c if c.is_control() => format!("the control character U+{:04X}", c as u32),
                c if !c.is_ascii() => format!("the non-ASCII character `{c}`"),
                c => format!("the separator `{c}`"),
            };
            out.push(
                cx.diag(format!("cookie {what} \"{name}\" is not a valid token: it contains {shown}"), item.name_span)
                    .with_label(format!("contains {shown}"))
                    .with_help("Cookie names are HTTP tokens: visible ASCII without ( ) < > @ , ; : \\ \" / [ ] ? = { } or spaces. Write the name exactly as the server sends it."),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::first_bad_char;

    #[test]
    fn tokens() {
        assert_eq!(first_bad_char("_ga_ABC.1-x"), None);
        assert_eq!(first_bad_char("user id"), Some(' '));
        assert_eq!(first_bad_char("a=b"), Some('='));
        assert_eq!(first_bad_char("café"), Some('é'));
    }
}
