//! CO001: Colorado's universal opt-out mechanism.

use crate::model::Region;
use crate::rules::ca::gpc_ignored::gpc_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CO001",
        name: "co-universal-opt-out-ignored",
        severity: Severity::Warning,
        summary: "The site sells data or targets ads in Colorado but does not honour Global Privacy Control.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: &[Region::UsCo],
    fix: FixAvailability::Unsafe,
    source: "Colorado Privacy Act, C.R.S. §6-1-1306(1)(a)(IV); 4 CCR 904-3 Rule 5",
    check,
};

const DOC: &str = r#"# CO001 co-universal-opt-out-ignored

## What it checks
When the file targets Colorado (`us-co`) and the site sells personal data or does
targeted advertising (a category is `opt-out` there, or a third-party `advertising`
provider sets an item), `consent` must declare `gpc honour`.

## Why
Since 1 July 2024 the Colorado Privacy Act requires controllers to honour universal
opt-out mechanisms recognised by the Attorney General; Global Privacy Control is the
first recognised mechanism. A GPC signal is an opt-out of targeted advertising and sale.

## Example
```cookies
consent { regions [us-co] }

category ads {
  title "Advertising"
  consent opt-out
}
```

## How to fix
Honour `Sec-GPC: 1` as an opt-out and declare `gpc honour` (the code action adds the
declaration when none is present).

## Source
Colorado Privacy Act, C.R.S. §6-1-1306(1)(a)(IV); Colorado Privacy Act Rules,
4 CCR 904-3, Part 5 (universal opt-out mechanism); Colorado Attorney General,
recognition of Global Privacy Control (2023).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    gpc_check(cx, "Colorado (CPA)", crate::model::Region::UsCo)
}
