//! CT001: Connecticut's opt-out preference signals.

use crate::model::Region;
use crate::rules::ca::gpc_ignored::gpc_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CT001",
        name: "ct-opt-out-signal-ignored",
        severity: Severity::Warning,
        summary: "The site sells data or targets ads in Connecticut but does not honour Global Privacy Control.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: &[Region::UsCt],
    fix: FixAvailability::Unsafe,
    source: "Connecticut Data Privacy Act, Conn. Gen. Stat. §42-520(e)(1)(A)(ii)",
    check,
};

const DOC: &str = r#"# CT001 ct-opt-out-signal-ignored

## What it checks
When the file targets Connecticut (`us-ct`) and the site sells personal data or does
targeted advertising (a category is `opt-out` there, or a third-party `advertising`
provider sets an item), `consent` must declare `gpc honour`.

## Why
From 1 January 2025 the Connecticut Data Privacy Act requires controllers to let
consumers opt out of sale and targeted advertising through an opt-out preference signal
sent by the browser, such as Global Privacy Control.

## Example
```cookies
consent {
  regions [us-ct]
  gpc ignore
}

category ads {
  title "Advertising"
  consent opt-out
}
```

## How to fix
Honour `Sec-GPC: 1` as an opt-out and declare `gpc honour`.

## Source
Connecticut Data Privacy Act (Public Act 22-15), Conn. Gen. Stat. §42-520(e)(1)(A)(ii);
Connecticut Attorney General, CTDPA FAQ on opt-out preference signals.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    gpc_check(cx, "Connecticut (CTDPA)", crate::model::Region::UsCt)
}
