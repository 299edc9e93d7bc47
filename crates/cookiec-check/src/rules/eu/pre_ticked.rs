//! EU003: opt-out (default-on) is pre-ticked consent.

use super::{opt_in_fix, EU};
use crate::model::ConsentMode;
use crate::rules::context::region_name;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU003",
        name: "eu-pre-ticked-consent",
        severity: Severity::Warning,
        summary: "A category with `consent opt-out` (on by default) in the EU.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "CJEU C-673/17 Planet49, operative part point 1; GDPR Art. 4(11) and Recital 32; ePrivacy Art. 5(3)",
    check,
};

const DOC: &str = r#"# EU003 eu-pre-ticked-consent

## What it checks
In the EU, no category in use may be `opt-out`: switched on by default until the visitor
switches it off.

## Why
`opt-out` is a pre-ticked box. The Court of Justice held in Planet49 that consent given
through a pre-ticked checkbox, which the user must deselect to refuse, is not valid
consent for storing cookies, whether or not the data is personal data. Silence,
pre-ticked boxes and inactivity are not consent (GDPR Recital 32).

## Example
```cookies
consent { regions [eu] }

category marketing {
  title "Marketing"
  consent opt-out
}
```

## How to fix
Use `opt-in` in the EU; keep `opt-out` where the law allows it with a region block:
`consent { default opt-in  us-ca opt-out }`. The code action changes the deciding mode to
`opt-in`.

## Source
CJEU C-673/17 Planet49 (1 October 2019), operative part point 1 (a pre-ticked checkbox
the user must deselect to refuse is not valid consent); GDPR Art. 4(11) and Recital 32;
ePrivacy Directive 2002/58/EC Art. 5(3).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((region, m)) = cx.first_region_where(cat, |m| m == ConsentMode::OptOut) else {
            continue;
        };
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let mut d = cx
            .diag(
                format!("category `{}` is on by default (opt-out) in {}: that is pre-ticked consent", cat.id.value, region_name(region)),
                span,
            )
            .with_label("pre-ticked: not valid consent in the EU")
            .with_help("Use `opt-in` for EU visitors; keep `opt-out` only for regions that allow it, with a block such as `{ default opt-in  us-ca opt-out }`.");
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
