//! DE001: embedded third-party content is not "unbedingt erforderlich".

use super::DE;
use crate::model::{ConsentMode, ProviderRole};
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "DE001",
        name: "de-embedded-third-party-without-consent",
        severity: Severity::Warning,
        summary: "Embedded third-party content (maps, video, fonts, widgets) set without consent in Germany.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: DE,
    fix: FixAvailability::None,
    source: "TDDDG §25(1) and (2) Nr. 2; DSK Orientierungshilfe Digitale Dienste (2022, rev. 2024)",
    check,
};

/// Roles of embedded third-party content (analytics and advertising are
/// EU002's).
const EMBEDDED: &[ProviderRole] = &[
    ProviderRole::Maps,
    ProviderRole::Video,
    ProviderRole::Fonts,
    ProviderRole::Support,
    ProviderRole::Integrations,
    ProviderRole::Other,
];

const DOC: &str = r#"# DE001 de-embedded-third-party-without-consent

## What it checks
When the file targets Germany (`de`), an item set by a third-party provider whose role
is `maps`, `video`, `fonts`, `support`, `integrations` or `other` must not be in a
category that is `required` there.

## Why
§25 TDDDG (formerly TTDSG) allows storage without consent only where it is
"unbedingt erforderlich" (absolutely necessary) to provide a digital service the user
has expressly requested. The German data protection authorities (DSK) read this
narrowly: an embedded map, video, chat widget or font host that stores information
when the page loads is not something the visitor has requested yet; it needs consent,
typically through a "two-click" placeholder that loads the content only when clicked.

## Example
```cookies
consent { regions [de] }

provider youtube {
  name "YouTube"
  role [video]
  privacy "https://policies.google.com/privacy"
}

cookie "VISITOR_INFO1_LIVE" {
  category essential
  provider youtube
  purpose "Embedded video player."
  lifetime 180 days
}
```

## How to fix
Move the item to an opt-in category and load the embed only after consent (a two-click
placeholder). If the visitor explicitly starts the function (clicks "load map") and
only then is it stored, suppress with that reason.

## Source
Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG) §25(1) and §25(2) Nr. 2;
DSK, "Orientierungshilfe der Aufsichtsbehörden für Anbieter:innen von digitalen
Diensten" (OH Digitale Dienste), on §25 TDDDG.
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
        for item in cx.items_of(cat) {
            let Some(p) = cx.item_provider(item).filter(|p| p.third_party) else {
                continue;
            };
            let Some(role) = p.roles.iter().find(|r| EMBEDDED.contains(&r.value)) else {
                continue;
            };
            out.push(
                cx.diag(
                    format!("{} is set by `{}` ({}) without consent in Germany", item_label(item), p.id.value, role.value.as_str()),
                    item.provider.span,
                )
                .with_label("embedded third-party content is not absolutely necessary")
                .with_secondary(item.category.span, "category set without consent")
                .with_help("Under TDDDG §25 embedded third-party content needs consent; load it after an opt-in (two-click placeholder) and move the item to an opt-in category."),
            );
        }
    }
    out
}
