//! SPEC012: an HttpOnly cookie cannot be read by script.

use crate::model::ItemKind;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC012",
        name: "http-only-read-by-script",
        severity: Severity::Error,
        summary: "A cookie declared both `http-only` and `read-by-script yes`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "RFC 6265 §4.1.2.6 and §5.2.6; RFC 6265bis §4.1.2.6 (HttpOnly)",
    check,
};

const DOC: &str = r#"# SPEC012 http-only-read-by-script

## What it checks
A cookie cannot be both `http-only` and `read-by-script yes`.

## Why
HttpOnly hides a cookie from `document.cookie` and every other non-HTTP API: the site's
scripts cannot read it. One of the two declarations is wrong, and each leads to a
different generated header rule (a consent banner that reads its record in the browser
breaks if the record is HttpOnly).

## Example
```cookies
cookie "consent" {
  category essential
  purpose "Remembers your cookie choices."
  lifetime 6 months
  http-only
  read-by-script yes
}
```

## How to fix
Remove `http-only` if scripts need the cookie, or `read-by-script` if only the server
reads it. No automatic fix: only you know which is true.

## Source
RFC 6265 §4.1.2.6 and §5.2.6 and RFC 6265bis §4.1.2.6 (the HttpOnly attribute limits
the cookie to HTTP requests).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let (Some(h), Some(r)) = (&item.http_only, &item.read_by_script) else {
            continue;
        };
        if h.value && r.value {
            out.push(
                cx.diag("an `http-only` cookie cannot be read by script", r.span)
                    .with_label("scripts cannot see HttpOnly cookies")
                    .with_secondary(h.span, "declared HttpOnly here")
                    .with_help("Remove `http-only` if your scripts need this cookie, or `read-by-script` if only the server reads it."),
            );
        }
    }
    out
}
