//! POL002: `record-lifetime` and the record cookie's lifetime agree.

use crate::model::LifetimeKind;
use crate::rules::context::as_written;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL002",
        name: "consent-record-lifetime-mismatch",
        severity: Severity::Warning,
        summary: "`record-lifetime` differs from the declared lifetime of the record cookie.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "Consistency: one fact stated twice (GDPR Art. 12(1), transparent information)",
    check,
};

const DOC: &str = r#"# POL002 consent-record-lifetime-mismatch

## What it checks
When `consent` gives both `record "name"` and `record-lifetime`, and the cookie `name`
is declared with a fixed lifetime, the two durations must be equal.

## Why
The same fact is stated twice and the two statements disagree: the policy's cookie
table shows one lifetime, the runtime config (which re-asks for consent when the record
expires) uses another. Visitors are told something the banner does not do.

## Example
```cookies
consent {
  record "cc_consent"
  record-lifetime 6 months
}

cookie "cc_consent" {
  category essential
  purpose "Remembers your cookie choices."
  lifetime 1 year
}
```

## How to fix
Make them equal (usually by correcting the one that does not match the banner's
configuration).

## Source
Internal consistency; GDPR Art. 12(1) requires information that is accurate,
transparent and intelligible.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let c = &cx.model.consent;
    let (Some(rec), Some(rl)) = (&c.record, &c.record_lifetime) else {
        return Vec::new();
    };
    let Some(item) = cx.find_cookie(&rec.value) else {
        return Vec::new();
    };
    let Some(lt) = &item.lifetime else {
        return Vec::new();
    };
    let LifetimeKind::Fixed { duration } = &lt.kind else {
        return Vec::new();
    };
    if duration.seconds == rl.seconds {
        return Vec::new();
    }
    vec![cx
        .diag(
            format!(
                "`record-lifetime` says {} but cookie \"{}\" lives {}",
                as_written(rl),
                rec.value,
                as_written(duration)
            ),
            rl.span,
        )
        .with_label("consent record lifetime")
        .with_secondary(duration.span, "the record cookie's declared lifetime")
        .with_help("State the same duration in both places: the one your banner actually uses.")]
}
