//! POL007: the policy says who is responsible and how to reach them.

use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL007",
        name: "contact-undisclosed",
        severity: Severity::Warning,
        summary: "The policy names no controller or no contact e-mail.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "GDPR Art. 13(1)(a); CalOPPA, Cal. Bus. & Prof. Code §22575(b)",
    check,
};

const DOC: &str = r#"# POL007 contact-undisclosed

## What it checks
The `policy` declaration gives a `controller` (the legal entity responsible) and an
`email` to contact about cookies.

## Why
Visitors must be able to tell who stores data on their device and whom to ask about
it. Both fields are optional in the language because some published policies omit
them (the compiler does not make facts up), so the omission is a warning, not an
error: the generated policy then names only the service in its contact section.

## Example
```cookies
policy "FlaskTrack" {
  languages [en]
}
```

## How to fix
```cookies
policy "FlaskTrack" {
  controller "FlaskTrack Ltd"
  email "privacy@flasktrack.example"
}
```

## Source
GDPR Art. 13(1)(a) (identity and contact details of the controller); CalOPPA, Cal.
Bus. & Prof. Code §22575(b) (how consumers can contact the operator is customary
content of the published policy).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let p = &cx.model.policy;
    let missing: Vec<&str> = [
        ("`controller`", p.controller.is_none()),
        ("`email`", p.email.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, missing)| missing.then_some(name))
    .collect();
    if missing.is_empty() || p.span.is_empty() {
        return Vec::new();
    }
    let span = p.service.span;
    vec![cx
        .diag(format!("the policy does not give its {}", missing.join(" or ")), span)
        .with_label("no controller or contact stated for this policy")
        .with_help("Add `controller \"Legal entity\"` and `email \"privacy@...\"` to the policy, so visitors know whom to ask.")]
}
