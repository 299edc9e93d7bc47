//! SPEC006: browsers cap cookie lifetimes at 400 days.

use crate::model::{ItemKind, LifetimeKind, TimeUnit};
use crate::rules::context::{as_written, DAY};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC006",
        name: "lifetime-over-400-days",
        severity: Severity::Warning,
        summary: "A cookie lifetime longer than the 400 days browsers allow.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Unsafe,
    source: "RFC 6265bis §5.6.1 and §5.6.2 (Expires / Max-Age capped at 400 days)",
    check,
};

const DOC: &str = r#"# SPEC006 lifetime-over-400-days

## What it checks
A cookie's fixed (or default configurable) lifetime must not exceed 400 days.

## Why
Browsers cap `Expires` and `Max-Age` at 400 days (Chrome since version 104, and the
rule is part of RFC 6265bis). A policy that says "2 years" tells visitors something the
browser does not do; the cookie actually disappears after 400 days unless it is set
again. This is a warning, not an error: the browser still accepts the cookie.

## Example
```cookies
cookie "prefs" {
  category functional
  purpose "Remembers your interface settings."
  lifetime 2 years
}
```

## How to fix
Declare the lifetime the browser applies (`lifetime 400 days`) or a shorter one; if the
cookie is refreshed on each visit, say so with `lifetime sliding ...`. The quick fix
(a code action, since it changes what the policy says) writes `400 days`.

## Source
RFC 6265bis §5.6.1 (Expires) and §5.6.2 (Max-Age): "the user agent MUST limit the
maximum age to 400 days".
"#;

const MAX_DAYS: u64 = 400;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(lt) = &item.lifetime else { continue };
        let LifetimeKind::Fixed { duration } = &lt.kind else {
            continue;
        };
        if duration.seconds <= MAX_DAYS * DAY {
            continue;
        }
        // In the author's units, with the days the cap is counted in
        // when those are not days already.
        let written = as_written(duration);
        let days = duration.seconds / DAY;
        let shown = if duration.parts.iter().all(|(_, u)| *u == TimeUnit::Day) {
            written
        } else {
            format!("{written} ({days} days)")
        };
        out.push(
            cx.diag(
                format!("browsers cap cookie lifetimes at 400 days; this one is declared for {shown}"),
                duration.span,
            )
            .with_label("longer than 400 days")
            .with_help("Declare `lifetime 400 days` or less: the browser deletes the cookie after 400 days unless it is set again.")
            .with_fix(Fix::replace("Declare the 400 days browsers apply", duration.span, "400 days", false)),
        );
    }
    out
}
