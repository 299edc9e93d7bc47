//! UK001: PECR reg. 6 consent for non-essential storage.

use super::UK;
use crate::model::ConsentMode;
use crate::rules::eu::opt_in_fix;
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
    source: "PECR 2003 reg. 6; UK GDPR Art. 4(11); ICO guidance on storage and access technologies",
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

The Data (Use and Access) Act 2025 adds exceptions to regulation 6 (for example some
analytics used to improve a service, with clear information and a simple way to object).
If one applies to a category once in force, suppress this rule on it with the reason:
`allow UK001 "DUAA 2025 statistical-purposes exception"`.

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
changes the deciding mode to `opt-in`.

## Source
Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 6; UK GDPR
Art. 4(11); ICO, "Guidance on the use of storage and access technologies" (2025);
Data (Use and Access) Act 2025 (amendments to PECR reg. 6).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| {
            matches!(m, ConsentMode::Notice | ConsentMode::OptOut)
        }) else {
            continue;
        };
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let what = if m.mode == ConsentMode::Notice {
            "without consent"
        } else {
            "on by default (opt-out)"
        };
        let mut d = cx
            .diag(format!("category `{}` stores non-essential information {what} in the UK", cat.id.value), span)
            .with_label("PECR needs opt-in consent")
            .with_help("Use `opt-in` for UK visitors, or `required` if the category is strictly necessary.");
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
