//! UK003: a cookie wall or consent-or-pay in the UK.

use super::UK;
use crate::rules::eu::cookie_wall::wall_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK003",
        name: "uk-cookie-wall",
        severity: Severity::Warning,
        summary: "Access depends on accepting cookies, or on paying instead, in the UK.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::None,
    source: "PECR 2003 reg. 6; UK GDPR Art. 4(11), 7(4); ICO guidance on consent or pay (2025)",
    check,
};

const DOC: &str = r#"# UK003 uk-cookie-wall

## What it checks
When the file targets the UK and `consent { cookie-wall ... }` says `wall` or
`consent-or-pay`.

## Why
PECR regulation 6 needs consent to the UK GDPR standard: freely given (Art. 4(11),
Art. 7(4)). The ICO's guidance on consent or pay models (2025) accepts them only where
the choice is real: an equivalent service for those who pay, a fee that is not
inappropriately high, and a clear explanation; a plain cookie wall, with no alternative at
all, does not give valid consent. Whether a site's offer meets that is a judgement the
ICO's criteria (power balance, equivalence, fee, privacy by design) guide.

## Example
```cookies
consent {
  regions     [uk]
  banner      yes
  cookie-wall wall
}
```

## How to fix
Let visitors who decline use the site (`cookie-wall none`), or document why the paid
option meets the ICO's criteria and suppress the rule with the reason.

## Source
Privacy and Electronic Communications Regulations 2003 reg. 6; UK GDPR Art. 4(11) and
7(4); ICO, "Consent or pay" business models guidance (January 2025).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    wall_check(cx, "UK law")
}
