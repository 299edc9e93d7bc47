//! CA002: Global Privacy Control must be honoured as an opt-out.

use super::{sells_or_shares, CA};
use crate::model::{Region, SignalResponse};
use crate::rules::eu::consent_field_fix;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CA002",
        name: "ca-gpc-not-honoured",
        severity: Severity::Warning,
        summary: "The site sells or shares data in California but does not honour Global Privacy Control.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: CA,
    fix: FixAvailability::Unsafe,
    source: "Cal. Civ. Code §1798.135(b)(1) and (e); CCPA Regulations, 11 CCR §7025",
    check,
};

const DOC: &str = r#"# CA002 ca-gpc-not-honoured

## What it checks
When the file targets California and the site sells or shares personal information
(a category is `opt-out` there, or a third-party `advertising` provider sets an item),
`consent` must declare `gpc honour`.

## Why
The CCPA regulations require a business that sells or shares personal information to
treat an opt-out preference signal, Global Privacy Control (`Sec-GPC: 1`), as a valid
request to opt out of sale and sharing for that browser. Ignoring it was one of the
violations in the Sephora settlement.

## Example
```cookies
consent {
  regions [us-ca]
  gpc ignore
}

category analytics {
  title "Analytics"
  consent opt-out
}
```

## How to fix
Honour the signal (the generated header rules and runtime config read `Sec-GPC` and
`navigator.globalPrivacyControl`) and declare `gpc honour`. The code action adds the
declaration when none is present.

## Source
Cal. Civ. Code §1798.135(b)(1) and (e); California Code of Regulations, title 11,
§7025 (opt-out preference signals); People v. Sephora USA, Inc. (2022).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    gpc_check(cx, "California (CCPA/CPRA)", Region::UsCa)
}

/// Shared with CO001 and CT001.
pub fn gpc_check(cx: &Ctx, law: &str, region: Region) -> Vec<Diagnostic> {
    let Some((why_span, why)) = sells_or_shares(cx) else {
        return Vec::new();
    };
    let gpc = cx.model.consent.gpc.as_ref();
    match gpc.and_then(|g| g.get(region)) {
        Some(g) if g.value != SignalResponse::Ignore => Vec::new(),
        Some(g) => vec![cx
            .diag(format!("Global Privacy Control is ignored in `{}`, but {law} requires honouring it as an opt-out", region.as_str()), g.span)
            .with_label("`ignore`")
            .with_secondary(why_span, format!("the site sells, shares or targets ads: {why}"))
            .with_help("Treat `Sec-GPC: 1` as an opt-out of sale, sharing and targeted advertising, and declare `gpc honour`.")],
        None if gpc.is_some() => vec![cx
            .diag(format!("the response to Global Privacy Control in `{}` is not declared, but {law} requires honouring it", region.as_str()), gpc.map(|g| g.span).unwrap_or_else(|| cx.consent_anchor()))
            .with_label(format!("no `{}` or `default` line", region.as_str()))
            .with_secondary(why_span, format!("the site sells, shares or targets ads: {why}"))
            .with_help(format!("Add `{} sale-sharing` to the `gpc` block.", region.as_str()))],
        None => {
            let mut d = cx
                .diag(format!("the response to Global Privacy Control is not declared, but {law} requires honouring it"), cx.consent_anchor())
                .with_label("no `gpc honour`")
                .with_secondary(why_span, format!("the site sells, shares or targets ads: {why}"))
                .with_help("Treat `Sec-GPC: 1` as an opt-out of sale, sharing and targeted advertising, and declare `gpc honour`.");
            if let Some(f) = consent_field_fix(cx, "Declare `gpc honour`", "gpc honour") {
                d = d.with_fix(f);
            }
            vec![d]
        }
    }
}
