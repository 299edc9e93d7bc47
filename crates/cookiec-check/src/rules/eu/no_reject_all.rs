//! EU007: refusing must be as easy as accepting.

use super::{consent_field_fix, EU};
use crate::model::ConsentMode;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU007",
        name: "eu-no-reject-all",
        severity: Severity::Warning,
        summary: "A consent banner in the EU that does not offer \"reject all\" as prominently as \"accept all\".",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "GDPR Art. 4(11) and 7; EDPB Cookie Banner Taskforce report (17 January 2023)",
    check,
};

const DOC: &str = r#"# EU007 eu-no-reject-all

## What it checks
In the EU, when a consent banner is shown (`banner yes`) and a category in use is
`opt-in`, the banner must offer refusing as prominently as accepting: `reject-all yes`.

## Why
Consent is freely given only if refusing is as easy as accepting. Data protection
authorities coordinated in the EDPB cookie banner taskforce agree that a first layer
with "accept all" but no "reject all" (or refusal hidden behind "settings") does not
collect valid consent; the CNIL fined Google and Facebook for exactly this (2021-2022).

## Example
```cookies
consent {
  regions [eu]
  banner yes
}

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Add a "reject all" button next to "accept all", then declare it: `reject-all yes`. The
code action adds the declaration (only do so if the banner has the button).

## Source
GDPR Art. 4(11) and Art. 7; EDPB Report of the work undertaken by the Cookie Banner
Taskforce (17 January 2023), "no reject button on the first layer"; CNIL deliberations
SAN-2021-023 and SAN-2021-024 (31 December 2021).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    reject_all_check(cx, "EU")
}

/// Shared with UK002 and BR002: banner yes, an opt-in category, no reject-all.
pub fn reject_all_check(cx: &Ctx, law: &str) -> Vec<Diagnostic> {
    let c = &cx.model.consent;
    // `acknowledge-required yes` implies a banner unless `banner no` is written.
    let banner = match &c.banner {
        Some(b) => Some(b).filter(|b| b.value),
        None => c.acknowledge_required.as_ref().filter(|b| b.value),
    };
    let Some(banner) = banner else {
        return Vec::new();
    };
    let Some(cat) = cx.any_choice(&[ConsentMode::OptIn]) else {
        return Vec::new();
    };
    match &c.reject_all {
        Some(r) if r.value => Vec::new(),
        Some(r) => vec![cx
            .diag(format!("the banner offers no \"reject all\", but consent is asked in {}", cx.regions_label()), r.span)
            .with_label("refusing must be as easy as accepting")
            .with_secondary(cat.id.span, "opt-in category")
            .with_help(format!("Under {law} rules a banner must let visitors refuse with one click, as prominently as accepting."))],
        None => {
            let mut d = cx
                .diag(format!("the banner does not declare a \"reject all\" option, but consent is asked in {}", cx.regions_label()), banner.span)
                .with_label("refusing must be as easy as accepting")
                .with_secondary(cat.id.span, "opt-in category")
                .with_help(format!("Under {law} rules a banner must let visitors refuse with one click; add the button and declare `reject-all yes`."));
            if let Some(f) = consent_field_fix(cx, "Declare `reject-all yes`", "reject-all yes") {
                d = d.with_fix(f);
            }
            vec![d]
        }
    }
}
