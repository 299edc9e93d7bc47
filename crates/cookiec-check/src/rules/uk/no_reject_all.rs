//! UK002: the ICO expects "reject all" as prominent as "accept all".

use super::UK;
use crate::rules::eu::no_reject_all::reject_all_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK002",
        name: "uk-no-reject-all",
        severity: Severity::Warning,
        summary: "A consent banner in the UK without an equally prominent \"reject all\".",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::Unsafe,
    source:
        "PECR reg. 6; UK GDPR Art. 7; ICO letters to websites on cookie banners (November 2023)",
    check,
};

const DOC: &str = r#"# UK002 uk-no-reject-all

## What it checks
When the file targets the UK, a banner is shown (`banner yes`) and a category in use is
`opt-in`, the banner must declare `reject-all yes`.

## Why
The ICO wrote to the operators of the UK's most visited websites in November 2023 that
a banner must make it as easy to reject all non-essential cookies as to accept them,
and has since taken enforcement action on that basis. Consent obtained with no
equivalent "reject all" is not freely given under UK GDPR.

## Example
```cookies
consent {
  regions [uk]
  banner yes
}

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Add a "reject all" button on the first layer, then declare `reject-all yes` (the code
action adds the declaration).

## Source
PECR 2003 reg. 6; UK GDPR Art. 4(11) and Art. 7; ICO statement "Commissioner warns
organisations to make cookie banners compliant" (21 November 2023).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    reject_all_check(cx, "UK")
}
