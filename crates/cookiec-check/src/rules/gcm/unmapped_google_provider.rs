//! GCM001: categories with Google analytics/ads map Consent Mode types.

use super::{is_google, mapping_with, EEA_UK_CH};
use crate::model::{ConsentMode, GoogleConsentType as G, ProviderRole};
use crate::rules::context::{item_label, region_name};
use crate::rules::tracking::{judge, Use, Verdict};
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "GCM001",
        name: "gcm-google-provider-unmapped",
        severity: Severity::Warning,
        summary: "A category with Google analytics or advertising items that maps no Consent Mode type for it.",
        doc: DOC,
    },
    kind: RuleKind::Platform,
    jurisdictions: EEA_UK_CH,
    fix: FixAvailability::Unsafe,
    source: "Google EU user consent policy; Google Consent Mode v2 (required for EEA traffic since March 2024)",
    check,
};

const DOC: &str = r#"# GCM001 gcm-google-provider-unmapped

## What it checks
A platform rule, not law. When the file targets the EEA, the UK or Switzerland, a
category holding items of a Google provider (its id, name or links mention Google or
DoubleClick) whose `role` includes `analytics` or `advertising` (an embed such as a
YouTube player or a map runs no tag that reads Consent Mode) must map the Consent Mode type those items depend on with
`google-consent [...]`:
- role `analytics` needs `analytics_storage`;
- role `advertising` needs `ad_storage` (and, see GCM002, `ad_user_data` and
  `ad_personalization`).

## Why
Since March 2024 Google requires sites using Google Analytics or Google Ads with users
in the EEA (and the UK and Switzerland) to send consent signals through Consent Mode v2;
without them, measurement, remarketing and audience features are disabled for those
users. cookiec's runtime config emits the `gtag('consent', ...)` updates from the
category mapping, so a category without one never grants Google's tags consent, or
grants it blindly.

## Example
```cookies
consent { regions [eu] }

category analytics {
  title "Analytics"
  consent opt-in
}

provider google-analytics {
  name "Google Analytics"
  role [analytics]
  privacy "https://policies.google.com/privacy"
}

cookie "_ga" {
  category analytics
  provider google-analytics
  purpose "Distinguishes visitors."
  lifetime 13 months
}
```

Items are judged as EU002 judges them: a Google item known (by the well-known catalog)
or declared (`exempt security`, `exempt consent-record`) not to be analytics or
advertising needs no mapping.

When the category is `required` in one of those regions, the rule says to move the
item instead: a required category is always granted, so a mapping there would tell
Google's tags the visitor consented when nobody asked (GCM003).

## How to fix
Add the mapping to the category: `google-consent [analytics_storage]`. The code action
inserts it (or completes the list). On a required category, move Google's analytics and
advertising items to an opt-in category and map the types there.

## Source
Google, "EU user consent policy" (<https://www.google.com/about/company/user-consent-policy/>);
Google Tag Platform, "Consent mode overview" (Consent Mode v2, March 2024).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let mut needed: Vec<G> = Vec::new();
        let mut culprit = None;
        for item in cx.items_of(cat) {
            let Some(p) = cx.item_provider(item).filter(|p| is_google(p)) else {
                continue;
            };
            // Consent Mode is read by Google's tags (Analytics, Ads, Tag
            // Manager): only a provider declared as analytics or
            // advertising runs one; an embed (a YouTube player, a map,
            // fonts) or a provider without roles does not say it does.
            if !p
                .roles
                .iter()
                .any(|r| matches!(r.value, ProviderRole::Analytics | ProviderRole::Advertising))
            {
                continue;
            }
            // Judged on the item: a Google consent-state or security cookie
            // needs no Consent Mode type, whatever else Google does.
            let roles: Vec<ProviderRole> = match judge(cx, item) {
                Verdict::NotTracking => continue,
                Verdict::Tracking(Use::Analytics, _) => vec![ProviderRole::Analytics],
                Verdict::Tracking(Use::Advertising, _) => vec![ProviderRole::Advertising],
                Verdict::Tracking(Use::Pixel, _) | Verdict::Unknown => {
                    p.roles.iter().map(|r| r.value).collect()
                }
            };
            for r in roles {
                let types: &[G] = match r {
                    ProviderRole::Analytics => &[G::AnalyticsStorage],
                    ProviderRole::Advertising => {
                        &[G::AdStorage, G::AdUserData, G::AdPersonalization]
                    }
                    _ => &[],
                };
                let base_missing = types
                    .first()
                    .is_some_and(|t| !cat.google_consent.iter().any(|g| g.value == *t));
                if base_missing {
                    culprit.get_or_insert(item);
                    for t in types {
                        if !needed.contains(t) {
                            needed.push(*t);
                        }
                    }
                }
            }
        }
        let Some(item) = culprit else { continue };
        // On a required category a mapping would grant Google's tags
        // consent nobody gave (GCM003): the item belongs elsewhere.
        if let Some((region, _)) = cx.first_region_where(cat, |m| m == ConsentMode::Required) {
            out.push(
                cx.diag(format!("category `{}` holds Google analytics or advertising items but is required in {}", cat.id.value, region_name(region)), cx.header(cat.span))
                    .with_label("a required category grants Consent Mode types without asking")
                    .with_secondary(item.name_span, format!("{} depends on the visitor's consent", item_label(item)))
                    .with_help("Move Google's analytics and advertising items to an opt-in category and map the Consent Mode types there; mapping them here would report consent that was never given (GCM003)."),
            );
            continue;
        }
        let list = mapping_with(cat, &needed);
        let missing = needed
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut d = cx
            .diag(format!("category `{}` holds Google items but does not map Consent Mode type {missing}", cat.id.value), cx.header(cat.span))
            .with_label("no Consent Mode mapping for Google's tags")
            .with_secondary(item.provider.span, "a Google analytics or advertising provider")
            .with_help(format!("Add `google-consent {list}` so Google's tags receive the visitor's choice (Consent Mode v2)."));
        let edit = if cat.google_consent.is_empty() {
            fix::insert_field(cx.file, cat.span, &format!("google-consent {list}"))
        } else {
            fix::replace_values(cx.file, cat.span, "google-consent", &list)
        };
        if let Some(e) = edit {
            d = d.with_fix(Fix::unsafe_(
                format!("Map `google-consent {list}`"),
                vec![e],
            ));
        }
        out.push(d);
    }
    out
}
