//! EU001: non-essential cookies need opt-in consent.

use super::{only_non_cookie_items, opt_in_fix, EU};
use crate::model::{ConsentMode, ExemptionGround, Status};
use crate::rules::context::region_name;
use crate::rules::tracking::all_exempt;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU001",
        name: "eu-non-essential-without-consent",
        severity: Severity::Warning,
        summary: "A non-essential category with `consent notice` (no consent) in the EU.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "ePrivacy Directive Art. 5(3); GDPR Art. 4(11) and 7; CJEU C-673/17 Planet49; EDPB Guidelines 05/2020",
    check,
};

const DOC: &str = r#"# EU001 eu-non-essential-without-consent

## What it checks
In the EU (`eu`, `eea` or a member state among the file's jurisdictions), every category
in use that is not `required` must ask for consent before anything is stored: its
consent mode there must be `opt-in`, not `notice`. (Categories holding only web storage
or pixels are reported by EU008; `opt-out` by EU003.) A category whose items all declare
a ground of exemption (`exempt ui-customisation`, `exempt security`, ...; not
`statistics`, which the EU does not exempt) needs no consent and is not reported.

## Why
Storing or reading information on a visitor's device is allowed without consent only
when strictly necessary for the service the visitor asked for. Anything else (analytics,
preferences that are not needed, advertising) needs prior consent: a freely given,
specific, informed and unambiguous act. A notice that cookies are used ("by using this
site you agree") is not consent.

## Example
```cookies
consent { regions [eu] }

category analytics {
  title "Analytics"
  consent notice
}
```

## How to fix
Use `consent opt-in` for the category (or a region block:
`consent { default notice  eu opt-in }`) and show a banner (`consent { banner yes }`). The
code action changes the deciding mode to `opt-in`. If the category is in fact strictly
necessary, declare it `required`; if its items are exempt on a ground the Article 29
Working Party recognised (a theme or layout the visitor chose: user-interface
customisation, WP29 Opinion 04/2012 §3.6), declare it on each item: `exempt
ui-customisation`.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3); GDPR Art. 4(11) and Art. 7 (conditions for
consent); CJEU C-673/17 Planet49 (1 October 2019); EDPB Guidelines 05/2020 on consent.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        if only_non_cookie_items(cx, cat) || all_exempt(cx, cat, ExemptionGround::exempt_in_eu) {
            continue;
        }
        let Some((region, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Notice) else {
            continue;
        };
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let mut d = cx
            .diag(
                format!(
                    "category `{}` {} non-essential cookies without consent in {}",
                    cat.id.value,
                    if cat.status == Status::MayUse { "may store" } else { "stores" },
                    region_name(region)
                ),
                span,
            )
            .with_label("`notice` is not consent")
            .with_help("In the EU, non-essential cookies need opt-in consent before they are set: use `opt-in` here (and a banner), or `required` if the category is strictly necessary.");
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
