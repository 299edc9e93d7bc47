//! FR002: consent is asked again within 13 months.

use super::{renewal_longer_than, FR, THIRTEEN_MONTHS};
use crate::rules::context::as_written;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "FR002",
        name: "fr-consent-renewal-late",
        severity: Severity::Warning,
        summary: "Consent kept longer than 13 months before it is asked again, in France.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: FR,
    fix: FixAvailability::None,
    source: "CNIL recommendation of 17 September 2020 (délibération 2020-092), on keeping and renewing choices",
    check,
};

const DOC: &str = r#"# FR002 fr-consent-renewal-late

## What it checks
When the file targets France and a category asks for consent there, the interval after
which consent is asked again must be at most 13 months. The interval is `renew-after`,
else `record-lifetime`, else the fixed lifetime of the `record` cookie.

## Why
Consent does not last forever: the CNIL recommends renewing it at appropriate
intervals, and considers that choices should be kept for a period matching the lifetime
of the trackers concerned, with 13 months as the ceiling (six months being its
reference for keeping a refusal).

## Example
```cookies
consent {
  regions [fr]
  banner yes
  renew-after 2 years
}
```

## How to fix
Ask again after at most 13 months: `renew-after 12 months` (or 6 months, the CNIL's
reference), and keep `record-lifetime` consistent.

## Source
CNIL, délibération n° 2020-092 of 17 September 2020 (recommendation on cookies and other
trackers), on how long choices are kept and when consent is asked again.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some((d, what)) = renewal_longer_than(cx, THIRTEEN_MONTHS) else {
        return Vec::new();
    };
    vec![cx
        .diag(
            format!(
                "consent is asked again only after {} ({what}); the CNIL's ceiling is 13 months",
                as_written(d)
            ),
            d.span,
        )
        .with_label("longer than 13 months")
        .with_help("Ask for consent again after at most 13 months, e.g. `renew-after 12 months`.")]
}
