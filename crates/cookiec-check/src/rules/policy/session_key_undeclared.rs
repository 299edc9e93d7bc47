//! POL005: `keyed-by` names a declared cookie.

use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL005",
        name: "session-key-undeclared",
        severity: Severity::Warning,
        summary: "A `server-session` keyed by a cookie no `cookie` declares.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "ePrivacy Directive Art. 5(3) (the key cookie is stored on the device)",
    check,
};

const DOC: &str = r#"# POL005 session-key-undeclared

## What it checks
A `server-session` with `keyed-by "name"` must have a `cookie` declaration matching
`name`.

## Why
The session data lives on the server, but the cookie that keys it is stored on the
visitor's device, so it must be disclosed with its lifetime and category, and the
generated header rules must know it.

## Example
```cookies
server-session {
  category essential
  purpose "Holds your signed-in session."
  contains "Your user id."
  keyed-by "sid"
}
```
with no `cookie "sid"`.

## How to fix
Declare the cookie (`cookie "sid" { category essential ... }`), or correct the name.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3) (information on every item stored on the
terminal equipment).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &cx.model.items {
        let Some(key) = &item.keyed_by else { continue };
        if cx.find_cookie(&key.value).is_none() {
            out.push(
                cx.diag(
                    format!("the session key cookie \"{}\" is not declared", key.value),
                    key.span,
                )
                .with_label("no `cookie` declaration matches this name")
                .with_help(format!(
                    "Declare `cookie \"{}\"` with its category, purpose and lifetime.",
                    key.value
                )),
            );
        }
    }
    out
}
