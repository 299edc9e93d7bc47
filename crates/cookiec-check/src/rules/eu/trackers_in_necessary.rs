//! EU002: analytics, advertising and pixels are not strictly necessary.

use super::EU;
use crate::model::ConsentMode;
use crate::rules::context::item_label;
use crate::rules::tracking::{judge, Evidence, Verdict};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU002",
        name: "eu-tracker-marked-necessary",
        severity: Severity::Warning,
        summary: "An analytics or advertising item (judged by its name, declared ground or kind), or a pixel, in a `required` category in the EU.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::None,
    source: "ePrivacy Art. 5(3) second sentence; Art. 29 WP Opinion 04/2012 (WP194) §4; EDPB Guidelines 2/2023",
    check,
};

const DOC: &str = r#"# EU002 eu-tracker-marked-necessary

## What it checks
In the EU, a category that is `required` (strictly necessary, no consent) must not hold
an analytics or advertising item, or a `pixel`. The rule judges each item, not its
provider's business:
- an item declared with an `exempt` ground (`security`, `consent-record`,
  `ui-customisation`, ...) is taken at its word, except `exempt statistics`: the EU has
  no such exception;
- a name the well-known catalog knows is judged by what the catalog says that cookie
  does: `_ga`, `_fbp`, `_hjSessionUser_*` or `_clck` are analytics or advertising even
  when declared first-party with no provider, while a vendor's consent-state or security
  cookie (`mtm_consent`, `MATOMO_SESSID`) is not. A first-party item is matched by
  name only when the name is distinctive (it starts with `_` or names the vendor); an
  item of a declared provider only when that provider is the catalog's vendor;
- a `pixel` is tracking;
- any other item is reported when its provider does nothing but analytics or
  advertising (`role [analytics]`); the item of a provider with other roles too may be
  for any of them, and is not reported.

## Why
The consent exemption covers only storage "strictly necessary" to provide the service
the user explicitly requested. Analytics, advertising and tracking pixels are not: the
site works without them. Placing them in a "strictly necessary" category sets them
without consent. Some regulators exempt narrowly configured first-party audience
measurement (France: see FR003); that is a national exception with conditions, not a
general one.

## Example
```cookies
consent { regions [eu] }

category essential {
  title "Strictly necessary"
  consent required
}

provider ga {
  name "Google Analytics"
  role [analytics]
}

cookie "_ga" {
  category essential
  provider ga
  purpose "Distinguishes visitors."
  lifetime 13 months
}
```

## How to fix
Move the item to an opt-in category (e.g. `analytics`). If the item is in fact the
vendor's security or consent-state item, say so: `exempt security`,
`exempt consent-record`. If a national exemption applies
(CNIL audience measurement), suppress on the item with the reason:
`allow EU002 "CNIL-exempt audience measurement, see FR003"`.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3), second sentence; Article 29 Working Party
Opinion 04/2012 on Cookie Consent Exemption (WP194), section 4 (third-party advertising
and first-party analytics are not exempt);
EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) (pixels and tracking links).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    necessary_check(cx, &EU_LAW)
}

/// What EU002 and UK006 say; the judging is shared.
pub struct Law {
    /// The label on an analytics or advertising item (and pixels).
    pub label: &'static str,
    /// The label on an item declared `exempt statistics`.
    pub statistics_label: &'static str,
    /// Help for analytics and advertising items (and pixels).
    pub help: &'static str,
    /// Help for an item declared `exempt statistics`.
    pub statistics_help: &'static str,
}

const EU_LAW: Law = Law {
    label: "needs consent in the EU",
    statistics_label: "needs consent in the EU",
    help: "In the EU, analytics, advertising and pixels need consent (ePrivacy Art. 5(3)): move the item to an opt-in category.",
    statistics_help: "The EU has no consent exception for statistics (the UK's PECR has one, with a simple way to object): for EU visitors, move the item to an opt-in category.",
};

/// Shared with UK006: every tracking item (judged on the item, see
/// `rules::tracking`) in a category that is `required` in one of the
/// rule's regions.
pub fn necessary_check(cx: &Ctx, law: &Law) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Required) else {
            continue;
        };
        for item in cx.items_of(cat) {
            let Verdict::Tracking(u, evidence) = judge(cx, item) else {
                continue;
            };
            let statistics = matches!(evidence, Evidence::DeclaredStatistics);
            let mut help = if statistics {
                law.statistics_help
            } else {
                law.help
            }
            .to_string();
            if let Some(note) = evidence.catalog_note() {
                help = format!("{help} {note} If it is the site's own item, for another purpose, declare that purpose's ground (`exempt security`, `exempt ui-customisation`, ...).");
            }
            let mut d = cx
                .diag(
                    format!(
                        "{} is {} but is in the strictly necessary category `{}`",
                        item_label(item),
                        evidence.describe(u, item),
                        cat.id.value
                    ),
                    item.category.span,
                )
                .with_label(if statistics {
                    law.statistics_label
                } else {
                    law.label
                })
                .with_help(help);
            if let Some(e) = m.entry {
                d = d.with_secondary(e.span, "set without consent because of this");
            }
            out.push(d);
        }
    }
    out
}
