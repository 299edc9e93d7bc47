//! GCM003: ad and analytics consent types mapped to a required category.

use super::EEA_UK_CH;
use crate::model::{ConsentMode, GoogleConsentType as G};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "GCM003",
        name: "gcm-granted-without-consent",
        severity: Severity::Warning,
        summary: "A `required` category maps an advertising or analytics Consent Mode type, granting it without consent.",
        doc: DOC,
    },
    kind: RuleKind::Platform,
    jurisdictions: EEA_UK_CH,
    fix: FixAvailability::None,
    source: "Google EU user consent policy; Google Consent Mode v2",
    check,
};

const DOC: &str = r#"# GCM003 gcm-granted-without-consent

## What it checks
A platform rule, not law. When the file targets the EEA, the UK or Switzerland, a
category that is `required` there must not map `ad_storage`, `ad_user_data`,
`ad_personalization` or `analytics_storage`.

## Why
A `required` category is always granted. Mapping an advertising or analytics type to it
tells Google's tags that the visitor consented when they were never asked, which breaks
Google's EU user consent policy (and ePrivacy, see EU002). Required categories may map
`security_storage` and `functionality_storage`.

## Example
```cookies
consent { regions [eu] }

category essential {
  title "Strictly necessary"
  consent required
  google-consent [security_storage, analytics_storage]
}
```

## How to fix
Move the type to an opt-in category (`google-consent [analytics_storage]` on
`analytics`).

## Source
Google, "EU user consent policy"; Google Tag Platform, "Consent mode overview".
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Required) else {
            continue;
        };
        for g in &cat.google_consent {
            if !matches!(
                g.value,
                G::AdStorage | G::AdUserData | G::AdPersonalization | G::AnalyticsStorage
            ) {
                continue;
            }
            let mut d = cx
                .diag(format!("`{}` is granted without consent: category `{}` is required", g.value.as_str(), cat.id.value), g.span)
                .with_label("always granted")
                .with_help("Map advertising and analytics types only on opt-in categories; required categories may map `security_storage` and `functionality_storage`.");
            if let Some(e) = m.entry {
                d = d.with_secondary(e.span, "required here");
            }
            out.push(d);
        }
    }
    out
}
