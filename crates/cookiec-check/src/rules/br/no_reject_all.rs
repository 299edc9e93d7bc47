//! BR002: the ANPD expects a reject option on the first layer.

use super::BR;
use crate::rules::eu::no_reject_all::reject_all_check;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "BR002",
        name: "br-no-reject-all",
        severity: Severity::Warning,
        summary: "A consent banner in Brazil without a \"reject all\" option.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: BR,
    fix: FixAvailability::Unsafe,
    source: "LGPD Art. 8 §5 and Art. 18; ANPD Guia Orientativo: Cookies e Proteção de Dados Pessoais (2022)",
    check,
};

const DOC: &str = r#"# BR002 br-no-reject-all

## What it checks
When the file targets Brazil, a banner is shown (`banner yes`) and a category in use is
`opt-in`, the banner must declare `reject-all yes`.

## Why
The ANPD's cookie guide lists as good practice a first-layer button to reject all
non-necessary cookies, with the same prominence as the button to accept them; consent
must be as easy to refuse and revoke as to give (LGPD Art. 8 §5).

## Example
```cookies
consent {
  regions [br]
  banner yes
}

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Add a "reject all" button on the first layer and declare `reject-all yes`.

## Source
Lei 13.709/2018 (LGPD), Art. 8 §5 and Art. 18; ANPD, "Guia Orientativo: Cookies e
Proteção de Dados Pessoais" (2022), on cookie banners.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    reject_all_check(cx, "Brazilian (ANPD)")
}
