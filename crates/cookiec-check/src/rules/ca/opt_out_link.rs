//! CA004: a "Do Not Sell or Share" link on every page.

use super::{sells_or_shares, CA};
use crate::model::{OptOutLink, WithdrawMethod};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CA004",
        name: "ca-opt-out-link-missing",
        severity: Severity::Warning,
        summary: "The site sells or shares data in California but declares no footer opt-out link.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: CA,
    fix: FixAvailability::None,
    source: "Cal. Civ. Code §1798.135(a); CCPA Regulations, 11 CCR §7026",
    check,
};

const DOC: &str = r#"# CA004 ca-opt-out-link-missing

## What it checks
When the file targets California and the site sells or shares personal information
(a category is `opt-out` there, or a third-party `advertising` provider sets an item),
`consent { withdraw [...] }` must include `footer-link`.

## Why
A business that sells or shares personal information must provide a clear and
conspicuous "Do Not Sell or Share My Personal Information" link (or the alternative
"Your Privacy Choices" link) on its homepage and wherever it collects personal
information. A footer link on every page is the usual way. The law lets a business
skip the link only if it processes opt-out preference signals in a frictionless manner
under conditions (§1798.135(b)); if you rely on that, suppress this rule with the reason.

## Example
```cookies
consent {
  regions [us-ca]
  gpc honour
  withdraw [settings-page]
}

category analytics {
  title "Analytics"
  consent { default opt-in  us-ca opt-out }
}
```

## How to fix
Add the link to every page and declare it with its label:
`consent { opt-out-links [do-not-sell-or-share] }` (or `your-privacy-choices`). A
`withdraw [footer-link]` is accepted too.

## Source
Cal. Civ. Code §1798.135(a) and (b); California Code of Regulations, title 11, §7026
(requests to opt out of sale/sharing) and §7015 (alternative opt-out link).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some((why_span, why)) = sells_or_shares(cx) else {
        return Vec::new();
    };
    let w = &cx.model.consent.withdraw;
    let sale_link = cx.model.consent.opt_out_links.iter().any(|l| {
        matches!(
            l.value,
            OptOutLink::DoNotSellOrShare | OptOutLink::DoNotSell | OptOutLink::YourPrivacyChoices
        )
    });
    if sale_link || w.iter().any(|m| m.value == WithdrawMethod::FooterLink) {
        return Vec::new();
    }
    let span = w
        .first()
        .map(|m| m.span)
        .unwrap_or_else(|| cx.consent_anchor());
    vec![cx
        .diag("the site sells or shares data in California but declares no \"Do Not Sell or Share\" footer link", span)
        .with_label("no `footer-link` in `withdraw`")
        .with_secondary(why_span, why)
        .with_help("Add a \"Do Not Sell or Share My Personal Information\" (or \"Your Privacy Choices\") link to every page and declare it: `opt-out-links [do-not-sell-or-share]`.")]
}
