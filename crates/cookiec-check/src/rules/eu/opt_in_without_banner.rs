//! EU009: opt-in categories need a way to give consent.

use super::{consent_field_fix, EU};
use crate::model::ConsentMode;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU009",
        name: "eu-opt-in-without-banner",
        severity: Severity::Warning,
        summary: "Opt-in categories in the EU but no consent banner declared.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::Unsafe,
    source: "ePrivacy Art. 5(3); GDPR Art. 7(1) (demonstrable, prior consent)",
    check,
};

const DOC: &str = r#"# EU009 eu-opt-in-without-banner

## What it checks
In the EU, when a category in use is `opt-in`, `consent` must declare `banner yes`: the
means by which visitors give that consent.

## Why
Opt-in means nothing is stored until the visitor agrees. Without a banner (or an
equivalent consent prompt) there is no way to agree, so either the items are never set
or, more likely, they are set without consent. The controller must be able to show how
consent was obtained (GDPR Art. 7(1)).

## Example
```cookies
consent { regions [eu] }

category analytics {
  title "Analytics"
  consent opt-in
}
```

## How to fix
Show a consent banner and declare `banner yes`. The code action adds the declaration
(only do so if the site has one). `acknowledge-required yes` also declares a banner.
An explicit `banner no` with an opt-in category is the checker's error
[E223](../codes/E223.md) instead, in every region.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3); GDPR Art. 4(11) and Art. 7(1); EDPB Guidelines
05/2020 on consent.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    banner_check(cx)
}

/// Shared with UK004: an opt-in category in one of the rule's regions and
/// no banner declared.
pub fn banner_check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some(cat) = cx.any_choice(&[ConsentMode::OptIn]) else {
        return Vec::new();
    };
    match &cx.model.consent.banner {
        Some(b) if b.value => Vec::new(),
        // `acknowledge-required yes` implies the banner.
        None if cx
            .model
            .consent
            .acknowledge_required
            .as_ref()
            .is_some_and(|b| b.value) =>
        {
            Vec::new()
        }
        // `banner no` with an opt-in category is E223: the outputs cannot
        // honour it in any region, so the checker reports it.
        Some(_) => Vec::new(),
        None => {
            let mut d = cx
                .diag(format!("category `{}` is opt-in in {} but no consent banner is declared", cat.id.value, cx.regions_label()), cx.consent_anchor())
                .with_label("no `banner yes`")
                .with_secondary(cat.id.span, "opt-in category")
                .with_help("Opt-in consent needs a prompt where visitors can give it: show a banner and declare `banner yes`.");
            if let Some(f) = consent_field_fix(cx, "Declare `banner yes`", "banner yes") {
                d = d.with_fix(f);
            }
            vec![d]
        }
    }
}
