//! CA001: advertising cookies are "sharing" and need an opt-out.

use super::CA;
use crate::model::{ConsentMode, ProviderRole};
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CA001",
        name: "ca-sharing-without-opt-out",
        severity: Severity::Warning,
        summary: "Third-party advertising items that Californians cannot opt out of.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: CA,
    fix: FixAvailability::None,
    source: "Cal. Civ. Code §1798.120 and §1798.140(ah) (CCPA/CPRA); People v. Sephora (2022)",
    check,
};

const DOC: &str = r#"# CA001 ca-sharing-without-opt-out

## What it checks
When the file targets California (`us-ca`), a category holding items of a third-party
`advertising` provider must let visitors opt out there: its mode must be `opt-out` or
`opt-in`, not `required` or `notice`.

## Why
Under the CCPA as amended by the CPRA, making personal information (including cookie
identifiers) available to a third party for cross-context behavioural advertising is
"sharing", and consumers have the right to opt out of sale and sharing. The California
Attorney General's first CCPA settlement (Sephora, 2022) concerned exactly advertising
and analytics cookies set without an opt-out.

## Example
```cookies
consent { regions [us-ca] }

category marketing {
  title "Marketing"
  consent notice
}

provider meta {
  name "Meta Platforms"
  role [advertising]
  privacy "https://www.facebook.com/privacy/policy/"
}

cookie "_fbp" {
  category marketing
  provider meta
  purpose "Measures ad conversions."
  lifetime 90 days
}
```

## How to fix
Offer an opt-out in California: `consent { default opt-in  us-ca opt-out }`, with a
"Do Not Sell or Share" link (CA004) and Global Privacy Control honoured (CA002).

## Source
Cal. Civ. Code §1798.120 (right to opt out of sale or sharing) and §1798.140(ah)
(definition of "share"); People v. Sephora USA, Inc. (Cal. Super. Ct., 2022).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| {
            matches!(m, ConsentMode::Required | ConsentMode::Notice)
        }) else {
            continue;
        };
        let Some(item) = cx
            .items_of(cat)
            .find(|i| cx.has_role(i, ProviderRole::Advertising))
        else {
            continue;
        };
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        out.push(
            cx.diag(
                format!("category `{}` shares data with an advertising provider but Californians cannot opt out", cat.id.value),
                span,
            )
            .with_label(format!("`{}` offers no opt-out", m.mode.as_str()))
            .with_secondary(item.provider.span, format!("{} is set by an advertising provider", item_label(item)))
            .with_help("Under the CPRA this is \"sharing\": offer an opt-out in California, e.g. `consent { default opt-in  us-ca opt-out }`."),
        );
    }
    out
}
