//! UK004: opt-in categories need a way to give consent (PECR reg. 6).

use super::UK;
use crate::rules::eu::opt_in_without_banner::banner_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK004",
        name: "uk-opt-in-without-banner",
        severity: Severity::Warning,
        summary: "Opt-in categories in the UK but no consent banner declared.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::Unsafe,
    source: "PECR 2003 reg. 6 (as amended by the Data (Use and Access) Act 2025); UK GDPR Art. 4(11) and 7(1)",
    check,
};

const DOC: &str = r#"# UK004 uk-opt-in-without-banner

## What it checks
When the file targets the UK (`uk`) and a category in use is `opt-in` there, `consent`
must declare `banner yes` (or `acknowledge-required yes`): the means by which visitors
give that consent.

## Why
Regulation 6 of PECR allows storing or reading information on a device, outside its
exceptions, only with the visitor's consent to the UK GDPR standard: a clear positive
action, given before anything is stored, that the site can show it obtained (UK GDPR
Art. 7(1)). An opt-in category with no prompt has no way to collect it. The exceptions
the Data (Use and Access) Act 2025 added (in force since 5 February 2026) do not change
this for what needs consent: they take some storage out of consent altogether (see
UK006 and `exempt` in the language reference).

## Example
```cookies
consent { regions [uk] }

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Show a consent banner and declare `banner yes`; the code action adds the declaration
(only do so if the site has one). An explicit `banner no` with an opt-in category is
the checker's error [E223](../codes/E223.md) instead.

## Source
Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 6, as
amended by the Data (Use and Access) Act 2025, s. 112 (commenced 5 February 2026 by
SI 2026/82); UK GDPR Art. 4(11) and Art. 7(1); ICO, "Guidance on the use of storage and
access technologies".
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    banner_check(cx)
}
