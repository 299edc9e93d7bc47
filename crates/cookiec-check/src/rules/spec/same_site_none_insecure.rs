//! SPEC004: SameSite=None requires Secure.

use super::{is_secure, secure_fix};
use crate::model::{ItemKind, SameSite};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC004",
        name: "same-site-none-without-secure",
        severity: Severity::Error,
        summary: "A `same-site none` cookie that is not declared `secure`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Safe,
    source: "RFC 6265bis §5.6.7 (SameSite) and §5.7 (storage model: SameSite=None without Secure is ignored)",
    check,
};

const DOC: &str = r#"# SPEC004 same-site-none-without-secure

## What it checks
A cookie declared `same-site none` must also be declared `secure`.

## Why
Browsers reject (Chrome, Edge, Firefox) a `Set-Cookie` with `SameSite=None` that lacks
`Secure`. A cookie meant to be sent in cross-site requests would silently never be
stored, and the generated header rules would describe attributes the cookie cannot have.

## Example
```cookies
cookie "embed_session" {
  category essential
  purpose "Keeps the embedded widget signed in."
  lifetime session
  same-site none
}
```

## How to fix
Add `secure`; the quick fix inserts it (safe: a browser only accepts the cookie with
Secure). If the cookie is never needed in cross-site requests, use `same-site lax`.

## Source
RFC 6265bis §5.6.7 (the SameSite attribute) and §5.7 (storage model: a cookie whose
SameSite is `None` is ignored unless it is Secure); Chromium, "SameSite cookies explained"
(2020).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(ss) = &item.same_site else { continue };
        if ss.value == SameSite::None && !is_secure(item) {
            let mut d = cx
                .diag("a `same-site none` cookie must be declared `secure`", ss.span)
                .with_label("browsers reject SameSite=None without Secure")
                .with_help("Add `secure`, or use `same-site lax` if the cookie is not needed in cross-site requests.");
            if let Some(f) = secure_fix(cx, item) {
                d = d.with_fix(f);
            }
            out.push(d);
        }
    }
    out
}
