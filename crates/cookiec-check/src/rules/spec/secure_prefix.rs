//! SPEC002: a `__Secure-` cookie must be Secure.

use super::{has_name_prefix, is_secure, secure_fix};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC002",
        name: "secure-prefix-without-secure",
        severity: Severity::Error,
        summary: "A `__Secure-` cookie that is not declared `secure`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Safe,
    source: "RFC 6265bis §4.1.3.1 (the __Secure- prefix)",
    check,
};

const DOC: &str = r#"# SPEC002 secure-prefix-without-secure

## What it checks
A cookie whose name starts with `__Secure-` (compared case-insensitively) must be
declared `secure`.

## Why
Browsers reject a `Set-Cookie` whose name starts with `__Secure-` unless it carries the
Secure attribute and comes from a secure origin. The policy would list a cookie that
can never be set, and the generated header rules would let it through without Secure.

## Example
```cookies
cookie "__Secure-session" {
  category essential
  purpose "Keeps you signed in."
  lifetime session
  http-only
}
```

## How to fix
Add `secure` to the cookie. The quick fix inserts it; it is safe because a browser only
accepts the cookie with Secure. An explicit `secure no` is changed only through the
editor's code action.

## Source
RFC 6265bis §4.1.3.1 (the `__Secure-` prefix).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &cx.model.items {
        if has_name_prefix(item, "__Secure-") && !is_secure(item) {
            let mut d = cx
                .diag("a `__Secure-` cookie must be declared `secure`", item.name_span)
                .with_label("browsers reject this cookie without Secure")
                .with_help("Add `secure`: browsers accept `__Secure-` cookies only with the Secure attribute, from an https origin.");
            if let Some(s) = &item.secure {
                d = d.with_secondary(s.span, "declared not secure here");
            }
            if let Some(f) = secure_fix(cx, item) {
                d = d.with_fix(f);
            }
            out.push(d);
        }
    }
    out
}
