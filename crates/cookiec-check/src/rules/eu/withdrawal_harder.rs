//! EU006: withdrawing consent must be as easy as giving it.

use super::{consent_field_fix, EU};
use crate::model::{ConsentMode, WithdrawMethod};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU006",
        name: "eu-withdrawal-not-easy",
        severity: Severity::Warning,
        summary: "Consent is asked in the EU but no on-site way to withdraw it is declared.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "GDPR Art. 7(3); EDPB Guidelines 05/2020 on consent (withdrawal)",
    check,
};

const DOC: &str = r#"# EU006 eu-withdrawal-not-easy

## What it checks
In the EU, when a category in use asks for consent (`opt-in` or `opt-out`), `consent`
must declare an on-site way to withdraw it: `withdraw` with `footer-link`, `banner` or
`settings-page`. No `withdraw`, or only `browser-only`, is reported.

## Why
"It shall be as easy to withdraw as to give consent" (GDPR Art. 7(3)). Consent is given
with one click on the site; telling visitors to delete cookies in their browser settings
is not equally easy, and it does not stop the site from setting them again.

## Example
```cookies
consent {
  regions [eu]
  banner yes
  withdraw [browser-only]
}

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Offer a persistent link or settings page and declare it: `withdraw [footer-link]`. The
code action adds `withdraw [footer-link]` (only do so if the site has that link).

## Source
GDPR Art. 7(3); EDPB Guidelines 05/2020 on consent (section on withdrawal of consent);
CNIL recommendation of 17 September 2020 (délibération 2020-092), on withdrawing consent.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    withdrawal_check(cx, "withdrawing must be as easy as consenting")
}

/// Shared with UK005: a category asks for consent (or offers an
/// objection) in one of the rule's regions, and no on-site way to withdraw
/// is declared.
pub fn withdrawal_check(cx: &Ctx, label: &str) -> Vec<Diagnostic> {
    let Some(cat) = cx.any_choice(&[ConsentMode::OptIn, ConsentMode::OptOut]) else {
        return Vec::new();
    };
    let w = &cx.model.consent.withdraw;
    if w.iter().any(|m| m.value != WithdrawMethod::BrowserOnly) {
        return Vec::new();
    }
    let (span, msg) = match w.first() {
        Some(first) => (first.span, "withdrawal is only through browser settings"),
        None => (
            cx.consent_anchor(),
            "no way to withdraw consent is declared",
        ),
    };
    let mut d = cx
        .diag(format!("{msg}, but consent is asked in {}", cx.regions_label()), span)
        .with_label(label)
        .with_secondary(cat.id.span, "consent is asked for this category")
        .with_help("Offer a persistent on-site control and declare it, e.g. `withdraw [footer-link, settings-page]`.");
    let fix = if w.is_empty() {
        consent_field_fix(
            cx,
            "Declare `withdraw [footer-link]`",
            "withdraw [footer-link]",
        )
    } else {
        None
    };
    if let Some(f) = fix {
        d = d.with_fix(f);
    }
    vec![d]
}
