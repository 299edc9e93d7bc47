//! POL008: the consent record is strictly necessary.

use super::cookie_matches;
use crate::model::{Item, NamePattern};
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL008",
        name: "consent-record-not-necessary",
        severity: Severity::Warning,
        summary: "cookiec's consent record cookie is declared in a category that is not required.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "Consistency of the outputs; ePrivacy Directive Art. 5(3) (storage strictly necessary for a service the visitor asked for is exempt from consent)",
    check,
};

const DOC: &str = r#"# POL008 consent-record-not-necessary

## What it checks
The cookie that stores the visitor's choice (`consent { record "..." }`, or
`cookie_consent` when cookiec supplies the banner) must not be declared as an item of a
category that is not `required`.

## Why
The record is what every cookiec output reads to know the visitor's choice. In a
category that needs consent, the header rules would strip and expire the record itself
until the visitor consents to that category, so the choice is lost and the banner asks
again on every page; the banner would also delete it on "Reject all". Storing a consent
choice is strictly necessary.

If the cookie in question is another tool's consent cookie (a CMS or consent manager
that sets its own), declare it as an ordinary cookie and do not name it in `record`:
`record` is cookiec's own record only.

## Example
```cookies
consent {
  banner yes
  record "cc_consent"
}
cookie "cc_consent" {
  category analytics
  purpose "Remembers your cookie choices."
  lifetime 6 months
}
```

## How to fix
Move the record cookie to the strictly necessary category (`category essential`), or, when
cookiec supplies the banner, remove the declaration: cookiec discloses its record itself.

## Source
ePrivacy Directive 2002/58/EC Art. 5(3); the CNIL (2020 guidelines) and the EDPB list a
cookie that only stores the consent choice among those exempt from consent.
"#;

/// The record's name: declared, or the default when cookiec's banner
/// writes it.
fn record_name(cx: &Ctx) -> Option<(String, cookiec_diagnostics::Span)> {
    let c = &cx.model.consent;
    if let Some(r) = &c.record {
        return Some((r.value.clone(), r.span));
    }
    let banner = c.banner.as_ref().is_some_and(|b| b.value)
        || (c.acknowledge_required.as_ref().is_some_and(|b| b.value)
            && c.banner.as_ref().is_none_or(|b| b.value));
    banner.then(|| ("cookie_consent".to_string(), c.span.unwrap_or_default()))
}

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some((name, rec_span)) = record_name(cx) else {
        return Vec::new();
    };
    let matching: Vec<&Item> = cx
        .model
        .items
        .iter()
        .filter(|it| cookie_matches(it, &name))
        .collect();
    // The enforcement matches an exact name before any pattern.
    let exact = matching
        .iter()
        .any(|it| it.name == NamePattern::Exact(name.clone()));
    // Only a category whose consent is written and valid counts as not
    // required: a missing or misspelt mode is already reported (E202/E206).
    let required = |it: &Item| {
        cx.category(&it.category.value).is_none_or(|c| {
            let m = cx.mode_in(c, crate::model::Region::Default);
            // The lowering's stand-in for a missing mode sits on the name.
            let stand_in = cx.decl_node(c.span).map(|n| n.name.span);
            m.entry
                .is_none_or(|e| e.span == c.id.span || Some(e.span) == stand_in)
                || m.mode == crate::model::ConsentMode::Required
        })
    };
    matching
        .into_iter()
        .filter(|it| !exact || it.name == NamePattern::Exact(name.clone()))
        .filter(|it| !required(it))
        .map(|it| {
            cx.diag(
                format!(
                    "the consent record \"{name}\" is declared as {} in category `{}`, which is not required",
                    item_label(it),
                    it.category.value
                ),
                it.category.span,
            )
            .with_label("needs consent, so the record would be stripped")
            .with_secondary(rec_span, "the consent record")
            .with_help("Declare the record in the strictly necessary category. If this is another tool's consent cookie, do not name it in `record`.")
        })
        .collect()
}
