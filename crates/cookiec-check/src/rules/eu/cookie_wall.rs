//! EU010: a cookie wall or consent-or-pay (shared with UK's rule).

use super::EU;
use crate::model::CookieWall;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU010",
        name: "eu-cookie-wall",
        severity: Severity::Warning,
        summary: "Access depends on accepting cookies (a cookie wall) or on paying instead (consent or pay).",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::None,
    source: "GDPR Art. 4(11), 7(4); EDPB Guidelines 05/2020 §39-41; EDPB Opinion 08/2024",
    check,
};

const DOC: &str = r#"# EU010 eu-cookie-wall

## What it checks
When the file targets the EU and `consent { cookie-wall ... }` says `wall` (no access
without accepting) or `consent-or-pay` (access without accepting only by paying).

## Why
Consent must be freely given (GDPR Art. 4(11), Art. 7(4)). The EDPB holds that a cookie
wall, access only for those who accept, does not give valid consent (Guidelines 05/2020
on consent, §39-41). For consent or pay, the EDPB's Opinion 08/2024 says that large online
platforms can in most cases not rely on it alone: they should offer an equivalent option
free of charge with less or no tracking, and the fee must not push visitors into
consenting. National authorities (CNIL, Datenschutzkonferenz) accept consent or pay only
where the paid option is a real, reasonably priced alternative. Whether a site's offer
meets that is a legal judgement: this warning says what the law asks.

## Example
```cookies
consent {
  regions     [eu]
  banner      yes
  cookie-wall consent-or-pay
}
```

## How to fix
Let visitors who decline use the site (`cookie-wall none`), or make sure the paid option
is a genuine, fairly priced alternative (and, for a large platform, add a free option with
less tracking); then suppress the rule with the reason.

## Source
GDPR Art. 4(11) and 7(4); EDPB Guidelines 05/2020 on consent, §39-41; EDPB Opinion
08/2024 on valid consent in the context of consent or pay models implemented by large
online platforms; CNIL, "Cookie walls" criteria (2022).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    wall_check(cx, "EU law")
}

/// Shared with UK003: the wall, worded for `law`.
pub fn wall_check(cx: &Ctx, law: &str) -> Vec<Diagnostic> {
    let Some(wall) = cx.model.consent.cookie_wall.as_ref() else {
        return Vec::new();
    };
    let (what, help) = match wall.value {
        CookieWall::None => return Vec::new(),
        CookieWall::Wall => (
            "the site is usable only after accepting cookies (a cookie wall)",
            "Consent given to get past a wall is not freely given: let visitors who decline use the site.",
        ),
        CookieWall::ConsentOrPay => (
            "visitors who decline must pay (consent or pay)",
            "Offer the paid option only as a genuine, fairly priced alternative, and consider a free option with less tracking.",
        ),
    };
    vec![cx
        .diag(
            format!("{what}: {law} asks that consent be freely given"),
            wall.span,
        )
        .with_label(format!("`cookie-wall {}`", wall.value.as_str()))
        .with_help(help)]
}
