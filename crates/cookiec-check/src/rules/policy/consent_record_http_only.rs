//! POL006: the consent record must be readable by the banner.

use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL006",
        name: "consent-record-http-only",
        severity: Severity::Warning,
        summary: "The consent record cookie is `http-only`, so the in-page banner cannot read the visitor's choice.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::Unsafe,
    source: "RFC 6265 §4.1.2.6 (HttpOnly hides a cookie from scripts)",
    check,
};

const DOC: &str = r#"# POL006 consent-record-http-only

## What it checks
The cookie named by `consent { record "..." }` must not be declared `http-only`.

## Why
The consent banner driven by cookiec's runtime config runs in the page: it reads the
record to know which categories the visitor accepted, to avoid asking again and to
load or block scripts. An HttpOnly cookie is invisible to scripts, so the banner would
ask on every page and never release consented scripts. (The server-side header rules
can read an HttpOnly record, but the page cannot.)

## Example
```cookies
consent {
  banner yes
  record "cc_consent"
}

cookie "cc_consent" {
  category essential
  purpose "Remembers your cookie choices."
  lifetime 6 months
  http-only
}
```

## How to fix
Remove `http-only` from the record cookie (the code action does) and, to say so
explicitly, declare `read-by-script yes`.

## Source
RFC 6265 §4.1.2.6 and RFC 6265bis §4.1.2.6 (the HttpOnly attribute limits a cookie to
HTTP requests).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some(rec) = &cx.model.consent.record else {
        return Vec::new();
    };
    let Some(item) = cx.find_cookie(&rec.value) else {
        return Vec::new();
    };
    let Some(h) = item.http_only.as_ref().filter(|h| h.value) else {
        return Vec::new();
    };
    let mut d = cx
        .diag(format!("the consent record \"{}\" is `http-only`: the banner cannot read it", rec.value), h.span)
        .with_label("hidden from the page's scripts")
        .with_secondary(rec.span, "the consent record")
        .with_help("Remove `http-only` from the consent record so the in-page banner can read the visitor's choice.");
    if let Some(e) = fix::remove_field(cx.file, item.span, "http-only") {
        d = d.with_fix(Fix::unsafe_("Remove `http-only`", vec![e]));
    }
    vec![d]
}
