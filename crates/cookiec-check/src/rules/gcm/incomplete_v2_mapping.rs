//! GCM002: ad_storage without the v2 types.

use super::{mapping_with, EEA_UK_CH};
use crate::model::GoogleConsentType as G;
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "GCM002",
        name: "gcm-incomplete-v2-mapping",
        severity: Severity::Warning,
        summary: "A category maps `ad_storage` without `ad_user_data` and `ad_personalization` (Consent Mode v2).",
        doc: DOC,
    },
    kind: RuleKind::Platform,
    jurisdictions: EEA_UK_CH,
    fix: FixAvailability::Unsafe,
    source: "Google Consent Mode v2 (ad_user_data, ad_personalization; March 2024)",
    check,
};

const DOC: &str = r#"# GCM002 gcm-incomplete-v2-mapping

## What it checks
A platform rule, not law. When the file targets the EEA, the UK or Switzerland, a
category that maps `ad_storage` must also map `ad_user_data` and `ad_personalization`.

## Why
Consent Mode v2 added `ad_user_data` (consent to send user data to Google for
advertising) and `ad_personalization` (consent to personalised advertising). Google
requires both for EEA traffic; a v1 mapping with only `ad_storage` leaves them
undetermined, and Google then disables remarketing and personalised ads for those
users.

## Example
```cookies
consent { regions [eu] }

category marketing {
  title "Marketing"
  consent opt-in
  google-consent [ad_storage]
}
```

## How to fix
`google-consent [ad_storage, ad_user_data, ad_personalization]`; the code action
completes the list.

## Source
Google Tag Platform, "Consent mode overview" and "Set up consent mode" (Consent Mode v2,
March 2024); Google EU user consent policy.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let has = |t: G| cat.google_consent.iter().any(|g| g.value == t);
        let Some(ad) = cat.google_consent.iter().find(|g| g.value == G::AdStorage) else {
            continue;
        };
        let missing: Vec<G> = [G::AdUserData, G::AdPersonalization]
            .into_iter()
            .filter(|t| !has(*t))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let list = mapping_with(cat, &missing);
        let names = missing
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>()
            .join(" and ");
        let mut d = cx
            .diag(
                format!(
                    "category `{}` maps `ad_storage` but not {names} (Consent Mode v2)",
                    cat.id.value
                ),
                ad.span,
            )
            .with_label("a v1 mapping")
            .with_help(format!(
                "Google requires the v2 types for EEA traffic: `google-consent {list}`."
            ));
        if let Some(e) = fix::replace_values(cx.file, cat.span, "google-consent", &list) {
            d = d.with_fix(Fix::unsafe_("Add the Consent Mode v2 types", vec![e]));
        }
        out.push(d);
    }
    out
}
