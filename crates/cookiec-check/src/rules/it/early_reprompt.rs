//! IT001: no re-prompt within 6 months of a refusal.

use super::IT;
use crate::model::ConsentMode;
use crate::model::Duration;
use crate::rules::context::{as_written, DAY};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity, Span};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "IT001",
        name: "it-early-reprompt",
        severity: Severity::Warning,
        summary: "The banner may be shown again less than 6 months after a refusal, in Italy.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: IT,
    fix: FixAvailability::Unsafe,
    source: "Garante, Linee guida cookie e altri strumenti di tracciamento (10 June 2021, doc. web 9677876)",
    check,
};

const DOC: &str = r#"# IT001 it-early-reprompt

## What it checks
When the file targets Italy (`it`) and a category asks for consent there, the visitor
who refused must not be asked again within 6 months: `reprompt-after-refusal` shorter
than 6 months is reported, and so is a consent record (`record-lifetime`) shorter than
6 months, since the refusal is forgotten when the record expires.

## Why
The Garante's 2021 guidelines say that a choice to refuse must be respected and the
banner must not be re-proposed before at least six months have passed, unless the
conditions of processing change materially, the site cannot know whether a cookie was
stored, or it is impossible to know the previous choice.

## Example
```cookies
consent {
  regions [it]
  banner yes
  reprompt-after-refusal 1 month
}
```

## How to fix
`reprompt-after-refusal 6 months` (or longer), and keep the consent record at least that
long. The code action writes `6 months`.

## Source
Garante per la protezione dei dati personali, "Linee guida cookie e altri strumenti di
tracciamento" (provvedimento 10 June 2021, doc. web 9677876), on re-presenting the
banner after a refusal.
"#;

const SIX_MONTHS: u64 = 180 * DAY;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    if cx
        .any_choice(&[ConsentMode::OptIn, ConsentMode::OptOut])
        .is_none()
    {
        return Vec::new();
    }
    let c = &cx.model.consent;
    let mut out = Vec::new();
    let mut report = |what: &str, span: Span, d: &Duration| {
        out.push(
            cx.diag(
                format!(
                    "{what} is {}: the Garante asks not to re-prompt within 6 months of a refusal",
                    as_written(d)
                ),
                span,
            )
            .with_label("shorter than 6 months")
            .with_help("Wait at least 6 months before asking a visitor who refused again.")
            .with_fix(Fix::replace("Wait 6 months", span, "6 months", false)),
        );
    };
    if let Some(d) = c
        .reprompt_after_refusal_in(crate::model::Region::It)
        .filter(|d| d.seconds < SIX_MONTHS)
    {
        report("`reprompt-after-refusal`", d.span, d);
    } else if let Some(d) = c
        .record_lifetime
        .as_ref()
        .filter(|d| d.seconds < SIX_MONTHS)
    {
        report("the consent record's lifetime", d.span, d);
    }
    out
}
