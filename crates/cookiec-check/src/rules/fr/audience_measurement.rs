//! FR003: the conditions of the CNIL audience-measurement exemption.

use super::{FR, THIRTEEN_MONTHS};
use crate::model::{ConsentMode, GoogleConsentType, LifetimeKind, ProviderRole};
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "FR003",
        name: "fr-audience-measurement-exemption",
        severity: Severity::Warning,
        summary: "Analytics set without consent in France that breaks a condition of the CNIL exemption.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: FR,
    fix: FixAvailability::None,
    source: "CNIL guidelines of 17 September 2020 (délibération 2020-091); CNIL audience-measurement exemption conditions",
    check,
};

const DOC: &str = r#"# FR003 fr-audience-measurement-exemption

## What it checks
When the file targets France, an analytics item (its provider has the role `analytics`,
or its category maps `analytics_storage`) in a category that is `required` there (set
without consent) must meet the checkable conditions of the CNIL's audience-measurement
exemption:
- a fixed lifetime of at most 13 months;
- not `sliding` (the lifetime must not be extended automatically on each visit);
- not `until-cleared`;
- a provider that is not also an `advertising` provider (data used only for audience
  measurement, never combined or passed on).

## Why
France exempts from consent trackers used only to measure the audience of a site, for
the site's own account, producing anonymous statistics, under strict conditions. Outside
those conditions the analytics need opt-in consent like any other tracker (see EU002).
The conditions cookiec cannot check (purpose strictly limited, anonymous output, data
kept at most 25 months, no cross-site tracking) remain your responsibility.

## Example
```cookies
consent { regions [fr] }

cookie "_pk_id.*" {
  category essential
  provider matomo
  purpose "Audience measurement."
  lifetime sliding 13 months
}
```

## How to fix
Configure the tool to meet the conditions (a fixed lifetime of at most 13 months,
counted from the first visit) and declare it; otherwise move the item to an opt-in
category.

## Source
CNIL, délibération n° 2020-091 of 17 September 2020 (guidelines on cookies and other
trackers), on audience measurement; CNIL, "Cookies : solutions pour les outils de mesure d'audience"
(exemption conditions).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        if cx
            .first_region_where(cat, |m| m == ConsentMode::Required)
            .is_none()
        {
            continue;
        }
        let maps_analytics = cat
            .google_consent
            .iter()
            .any(|g| g.value == GoogleConsentType::AnalyticsStorage);
        for item in cx.items_of(cat) {
            if !(maps_analytics || cx.has_role(item, ProviderRole::Analytics)) {
                continue;
            }
            let mut broken: Vec<(&str, cookiec_diagnostics::Span)> = Vec::new();
            if cx.has_role(item, ProviderRole::Advertising) {
                broken.push(("its provider also does advertising", item.provider.span));
            }
            match &item.lifetime {
                Some(lt) => {
                    if lt.sliding {
                        broken.push((
                            "its lifetime is extended on each visit (`sliding`)",
                            lt.span,
                        ));
                    }
                    match &lt.kind {
                        LifetimeKind::Fixed { duration } if duration.seconds > THIRTEEN_MONTHS => {
                            broken.push(("it lives longer than 13 months", duration.span))
                        }
                        LifetimeKind::UntilCleared => broken.push(("it never expires", lt.span)),
                        _ => {}
                    }
                }
                None => broken.push(("its lifetime is not declared", item.name_span)),
            }
            for (why, span) in broken {
                out.push(
                    cx.diag(
                        format!("{} is analytics set without consent in France, but {why}", item_label(item)),
                        span,
                    )
                    .with_label("outside the CNIL audience-measurement exemption")
                    .with_secondary(item.category.span, "in a category set without consent")
                    .with_help("The CNIL exempts audience measurement only with a fixed lifetime of at most 13 months, not renewed on visits, used for nothing else; otherwise ask for opt-in consent."),
                );
            }
        }
    }
    out
}
