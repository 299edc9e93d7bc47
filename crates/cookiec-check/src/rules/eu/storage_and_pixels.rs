//! EU008: web storage and pixels need consent like cookies.

use super::{only_non_cookie_items, opt_in_fix, EU};
use crate::model::{ConsentMode, ExemptionGround};
use crate::rules::context::item_label;
use crate::rules::context::region_name;
use crate::rules::tracking::all_exempt;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU008",
        name: "eu-storage-and-pixels-without-consent",
        severity: Severity::Warning,
        summary:
            "A non-essential category of web storage or pixels with `consent notice` in the EU.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) ePrivacy",
    check,
};

const DOC: &str = r#"# EU008 eu-storage-and-pixels-without-consent

## What it checks
In the EU, a category in use that is not `required` and holds only web storage
(`local-storage`, `session-storage`, `indexeddb`, `cache-storage`) or `pixel` items must
still ask for consent: `notice` is reported. (Categories with cookies are EU001's.) A
category whose items all declare a ground of exemption other than `statistics`
(`exempt ui-customisation` for a theme the visitor chose) is not reported.

## Why
A common belief is that the "cookie law" covers only cookies. It does not: Art. 5(3)
covers any storing of, or access to, information on the terminal equipment. The EDPB's
Guidelines 2/2023 spell out that local storage, tracking pixels, tracking links and
similar techniques are in scope. Non-essential local storage needs the same opt-in.

## Example
```cookies
consent { regions [eu] }

category preferences {
  title "Preferences"
  consent notice
}

local-storage "theme" {
  category preferences
  purpose "Remembers light or dark mode."
  lifetime until-cleared
}
```

## How to fix
Use `opt-in` in the EU, or `required` if the storage is strictly necessary for what the
visitor asked for. Storage of an interface choice the visitor made (a theme, a "view as"
toggle, a dismissed hint) is exempt as user-interface customisation (WP29 Opinion
04/2012 §3.6): declare it on the item, `exempt ui-customisation`. The code
action changes the deciding mode to `opt-in`.

## Source
EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) of the ePrivacy Directive
(final version adopted 7 October 2024), use cases on pixels, tracking links and local
processing; ePrivacy Directive 2002/58/EC Art. 5(3).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        if !only_non_cookie_items(cx, cat) || all_exempt(cx, cat, ExemptionGround::exempt_in_eu) {
            continue;
        }
        let Some((region, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Notice) else {
            continue;
        };
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let mut d = cx
            .diag(
                format!(
                    "category `{}` holds only web storage or pixels, which need consent like cookies in {}",
                    cat.id.value,
                    region_name(region)
                ),
                span,
            )
            .with_label("`notice` is not consent")
            .with_help("ePrivacy Art. 5(3) covers all storage on the device, not only cookies: use `opt-in`, or `required` if strictly necessary.");
        if let Some(first) = cx.items_of(cat).next() {
            d = d.with_secondary(
                first.name_span,
                format!("{} is stored on the device", item_label(first)),
            );
        }
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
