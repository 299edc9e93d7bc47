//! UK001: PECR reg. 6 consent for non-essential storage.

use super::UK;
use crate::model::ConsentMode;
use crate::rules::eu::opt_in_fix;
use crate::rules::tracking::all_exempt;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK001",
        name: "uk-non-essential-without-consent",
        severity: Severity::Warning,
        summary: "A non-essential category with `notice` or `opt-out` in the UK.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::Unsafe,
    source: "PECR 2003 reg. 6 and Sch. A1 (Data (Use and Access) Act 2025); UK GDPR Art. 4(11); ICO guidance on storage and access technologies",
    check,
};

const DOC: &str = r#"# UK001 uk-non-essential-without-consent

## What it checks
When the file targets the UK (`uk`), every category in use that is not `required` must
be `opt-in` there: `notice` (no choice) and `opt-out` (on by default) are reported, for
cookies, local storage and pixels alike.

## Why
Regulation 6 of the Privacy and Electronic Communications Regulations requires consent,
to the UK GDPR standard, before storing or accessing information on a device, unless it
is strictly necessary for a service the user requested. The ICO's guidance says consent
must be a clear positive action: no pre-ticked boxes, no "by continuing to browse",
and non-essential storage must not be set before the visitor agrees.

The Data (Use and Access) Act 2025 (in force since 5 February 2026) added exceptions to
regulation 6 in a new Schedule A1, which this rule reads from the items' `exempt`
grounds:
- a category whose items are all exempt on a ground that needs nothing more
  (`security`, `authentication`, `user-input`, `load-balancing`, `consent-record`, and
  `ui-customisation`: a choice about the interface the visitor made) is not reported;
- a category whose items are all exempt, some as `statistics`, may be `opt-out` in the
  UK: the statistics exception asks for clear information and a simple, free means of
  objecting, which `opt-out` (with an on-site `withdraw`, see UK005) gives; `notice` is
  reported, as it offers no way to object.

## Example
```cookies
consent { regions [uk] }

category analytics {
  title "Analytics"
  consent opt-out
}
```

## How to fix
Use `opt-in` for UK visitors (`consent { default ...  uk opt-in }`); the code action
changes the deciding mode to `opt-in`. For first-party statistics, `uk opt-out` with
`exempt statistics` on each item is enough; for interface choices the visitor made,
declare `exempt ui-customisation`.

## Source
Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 6; UK GDPR
Art. 4(11); ICO, "Guidance on the use of storage and access technologies" (2025);
Data (Use and Access) Act 2025, s. 112 (PECR reg. 6 and Schedule A1; commenced
5 February 2026 by SI 2026/82).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| {
            matches!(m, ConsentMode::Notice | ConsentMode::OptOut)
        }) else {
            continue;
        };
        // PECR Sch. A1: items exempt on a ground that needs nothing more
        // (strictly necessary, a choice the visitor made) need no choice;
        // statistics need a simple way to object, which `opt-out` is.
        if all_exempt(cx, cat, |g| !g.needs_objection_in_uk()) {
            continue;
        }
        let statistics = all_exempt(cx, cat, |_| true);
        if statistics && m.mode == ConsentMode::OptOut {
            continue;
        }
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let mut d = if statistics {
            cx.diag(format!("category `{}` holds statistics exempt from consent in the UK, but offers no way to object", cat.id.value), span)
                .with_label("PECR's statistics exception needs a way to object")
                .with_help("PECR (Sch. A1) exempts first-party statistics only with clear information and a simple, free way to object: use `opt-out` for UK visitors (with an on-site `withdraw`), or `opt-in`.")
        } else {
            let what = if m.mode == ConsentMode::Notice {
                "without consent"
            } else {
                "on by default (opt-out)"
            };
            cx.diag(format!("category `{}` stores non-essential information {what} in the UK", cat.id.value), span)
                .with_label("PECR needs opt-in consent")
                .with_help("Use `opt-in` for UK visitors, or `required` if the category is strictly necessary; first-party statistics may be `opt-out` with `exempt statistics` on their items.")
        };
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
