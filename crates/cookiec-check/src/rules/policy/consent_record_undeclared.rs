//! POL001: the consent record is a cookie and must be declared.

use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL001",
        name: "consent-record-undeclared",
        severity: Severity::Warning,
        summary: "`consent { record \"...\" }` names a cookie no `cookie` declares.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source:
        "ePrivacy Directive Art. 5(3) (clear and comprehensive information about every stored item)",
    check,
};

const DOC: &str = r#"# POL001 consent-record-undeclared

## What it checks
When `consent` names the cookie that stores the visitor's choice (`record "..."`), a
`cookie` declaration must match that name.

Not reported when cookiec supplies the banner (`banner yes`, or implied by
`acknowledge-required yes`) and a required category exists: `cookiec build` then adds the
record to the policy as a strictly necessary cookie with its lifetime.

## Why
The consent record is itself a cookie stored on the visitor's device: it has to appear
in the cookie table like any other, with its purpose and lifetime, and the generated
header rules must know it (middleware reads it to decide which cookies to strip).

## Example
```cookies
consent {
  banner no
  record "cc_consent"
}
```
with no `cookie "cc_consent"` declared.

## How to fix
Declare it, usually in the essential category:
```cookies
cookie "cc_consent" {
  category essential
  purpose "Remembers your cookie choices."
  lifetime 6 months
}
```

## Source
ePrivacy Directive 2002/58/EC Art. 5(3) ("clear and comprehensive information" on
storage). A cookie that only stores the visitor's consent choice is exempt from consent
(the CNIL lists it among exempt trackers in its 2020 guidelines) but not from disclosure.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some(rec) = &cx.model.consent.record else {
        return Vec::new();
    };
    if cx.find_cookie(&rec.value).is_some() {
        return Vec::new();
    }
    // When cookiec supplies the banner, `cookiec build` discloses its record
    // as a strictly necessary item itself (cookiec_emit::record).
    let c = &cx.model.consent;
    let banner = c.banner.as_ref().is_some_and(|b| b.value)
        || (c.acknowledge_required.as_ref().is_some_and(|b| b.value)
            && c.banner.as_ref().is_none_or(|b| b.value));
    // A category whose `consent` is missing or misspelt (already reported;
    // the checker filled in a mode at the category's name) may be the
    // required one.
    let maybe_required = |c: &crate::model::Category| {
        c.is_required() || c.consent.values().any(|m| m.span == c.id.span)
    };
    if banner && cx.model.categories.iter().any(maybe_required) {
        return Vec::new();
    }
    vec![cx
        .diag(format!("the consent record \"{}\" is not declared as a cookie", rec.value), rec.span)
        .with_label("no `cookie` declaration matches this name")
        .with_help(format!(
            "Declare `cookie \"{}\"` (usually in the essential category) with its purpose and lifetime: the consent record is a cookie visitors must be told about.",
            rec.value
        ))]
}
