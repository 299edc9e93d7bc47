//! ES001: consent renewed at least every 24 months.

use super::ES;
use crate::rules::context::{as_written, DAY};
use crate::rules::fr::renewal_longer_than;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "ES001",
        name: "es-consent-renewal-late",
        severity: Severity::Warning,
        summary: "Consent kept longer than 24 months before it is asked again, in Spain.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: ES,
    fix: FixAvailability::None,
    source:
        "AEPD, Guía sobre el uso de las cookies (updated July 2023), on the validity of consent",
    check,
};

const DOC: &str = r#"# ES001 es-consent-renewal-late

## What it checks
When the file targets Spain (`es`) and a category asks for consent there, consent must
be asked again after at most 24 months (`renew-after`, else `record-lifetime`, else the
record cookie's lifetime).

## Why
The Spanish authority's guide recommends that consent given for cookies be renewed at
least every 24 months, and that the choice be kept for the same period.

## Example
```cookies
consent {
  regions [es]
  banner yes
  renew-after 3 years
}
```

## How to fix
`renew-after 24 months` or less.

## Source
Agencia Española de Protección de Datos, "Guía sobre el uso de las cookies" (updated
July 2023), on how long consent remains valid.
"#;

const MAX: u64 = 24 * 31 * DAY;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some((d, what)) = renewal_longer_than(cx, MAX) else {
        return Vec::new();
    };
    vec![cx
        .diag(format!("consent is asked again only after {} ({what}); the AEPD recommends at most 24 months", as_written(d)), d.span)
        .with_label("longer than 24 months")
        .with_help("Ask for consent again at least every 24 months.")]
}
