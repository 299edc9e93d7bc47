//! EU002: analytics, advertising and pixels are not strictly necessary.

use super::EU;
use crate::model::{ConsentMode, ItemKind, ProviderRole};
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU002",
        name: "eu-tracker-marked-necessary",
        severity: Severity::Warning,
        summary:
            "An analytics or advertising item, or a pixel, in a `required` category in the EU.",
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
In the EU, a category that is `required` (strictly necessary, no consent) must not hold:
- an item whose provider has the role `analytics` or `advertising`;
- a `pixel` (web beacon, tag).

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
Move the item to an opt-in category (e.g. `analytics`). If a national exemption applies
(CNIL audience measurement), suppress on the item with the reason:
`allow EU002 "CNIL-exempt audience measurement, see FR003"`.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3), second sentence; Article 29 Working Party
Opinion 04/2012 on Cookie Consent Exemption (WP194), section 4 (third-party advertising
and first-party analytics are not exempt);
EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) (pixels and tracking links).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Required) else {
            continue;
        };
        for item in cx.items_of(cat) {
            let why = if cx.has_role(item, ProviderRole::Advertising) {
                "an advertising provider's item"
            } else if cx.has_role(item, ProviderRole::Analytics) {
                "an analytics provider's item"
            } else if item.kind == ItemKind::Pixel {
                "a tracking pixel"
            } else {
                continue;
            };
            let mut d = cx
                .diag(
                    format!("{} is {why} but is in the strictly necessary category `{}`", item_label(item), cat.id.value),
                    item.category.span,
                )
                .with_label("not strictly necessary in the EU")
                .with_help("Move it to an opt-in category: analytics, advertising and pixels are not exempt from consent under ePrivacy Art. 5(3).");
            if let Some(e) = m.entry {
                d = d.with_secondary(e.span, "set without consent because of this");
            }
            out.push(d);
        }
    }
    out
}
