//! UK005: withdrawing consent, or objecting, must be as easy as consenting.

use super::UK;
use crate::rules::eu::withdrawal_harder::withdrawal_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK005",
        name: "uk-withdrawal-not-easy",
        severity: Severity::Warning,
        summary: "Consent is asked (or an objection offered) in the UK but no on-site way to withdraw or object is declared.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::Unsafe,
    source: "UK GDPR Art. 7(3); PECR Sch. A1 (Data (Use and Access) Act 2025): a simple means of objecting",
    check,
};

const DOC: &str = r#"# UK005 uk-withdrawal-not-easy

## What it checks
When the file targets the UK and a category in use is `opt-in` or `opt-out` there,
`consent` must declare an on-site way to withdraw or object: `withdraw` with
`footer-link`, `banner` or `settings-page`. No `withdraw`, or only `browser-only`, is
reported.

## Why
Consent under PECR has the UK GDPR's meaning, and "it shall be as easy to withdraw as to
give consent" (UK GDPR Art. 7(3)). Since 5 February 2026 PECR also lets a site store
first-party statistics without consent (and so `opt-out` in the UK, with
`exempt statistics` on the items), on condition that visitors get clear information and
a simple, free means of objecting: telling them to delete cookies in their browser is
neither simple nor does it stop the site setting them again.

## Example
```cookies
consent {
  regions [uk]
  banner yes
  reject-all yes
  withdraw [browser-only]
}

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Offer a persistent on-site control (a footer link that reopens the choices, a settings
page) and declare it: `withdraw [footer-link]`. The code action adds that declaration
(only do so if the site has the link).

## Source
UK GDPR Art. 7(3); Privacy and Electronic Communications (EC Directive) Regulations
2003, reg. 6 and Schedule A1 as inserted by the Data (Use and Access) Act 2025, s. 112
(statistical purposes: "a simple means of objecting"); ICO, "Guidance on the use of
storage and access technologies".
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    withdrawal_check(cx, "withdrawing or objecting must be as easy as consenting")
}
