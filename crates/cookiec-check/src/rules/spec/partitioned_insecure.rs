//! SPEC005: Partitioned (CHIPS) requires Secure.

use super::{is_secure, secure_fix};
use crate::model::ItemKind;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC005",
        name: "partitioned-without-secure",
        severity: Severity::Error,
        summary: "A `partitioned` cookie that is not declared `secure`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Safe,
    source: "CHIPS (draft-cutler-httpbis-partitioned-cookies): the Partitioned attribute requires Secure",
    check,
};

const DOC: &str = r#"# SPEC005 partitioned-without-secure

## What it checks
A cookie declared `partitioned` must also be declared `secure`.

## Why
Cookies Having Independent Partitioned State (CHIPS) are only accepted with the Secure
attribute: browsers reject a `Partitioned` cookie without `Secure`. The declared cookie
would never be stored.

## Example
```cookies
cookie "__chat_state" {
  category functional
  purpose "Keeps the support chat open across pages."
  lifetime 1 day
  same-site none
  partitioned
}
```

## How to fix
Add `secure`; the quick fix inserts it (safe: browsers only accept the cookie with it).

## Source
CHIPS, draft-cutler-httpbis-partitioned-cookies (a cookie with the Partitioned attribute
must also be Secure, or it is rejected); MDN, "Cookies Having Independent Partitioned
State (CHIPS)".
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(p) = &item.partitioned else { continue };
        if p.value && !is_secure(item) {
            let mut d = cx
                .diag("a `partitioned` cookie must be declared `secure`", p.span)
                .with_label("browsers reject Partitioned without Secure")
                .with_help(
                    "Add `secure`: CHIPS cookies are accepted only with the Secure attribute.",
                );
            if let Some(f) = secure_fix(cx, item) {
                d = d.with_fix(f);
            }
            out.push(d);
        }
    }
    out
}
