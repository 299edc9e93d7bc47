//! SPEC007: a cookie Domain must not be a public suffix.

use crate::model::ItemKind;
use crate::rules::psl::is_public_suffix;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC007",
        name: "public-suffix-domain",
        severity: Severity::Error,
        summary: "A cookie domain that is a public suffix (`com`, `co.uk`, `us.com`, `github.io`).",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "RFC 6265 §5.3 step 5; RFC 6265bis §5.7 (storage model); Public Suffix List",
    check,
};

const DOC: &str = r#"# SPEC007 public-suffix-domain

## What it checks
A cookie's `domain` must not be a public suffix: a top-level domain (`com`) or a suffix
under which anyone can register a site (`co.uk`, `github.io`, `vercel.app`).

## Why
A cookie for a public suffix would be sent to every site under it. Browsers consult the
Public Suffix List and reject such a `Set-Cookie`. The policy would list a cookie that
never exists.

## Example
```cookies
cookie "theme" {
  category functional
  purpose "Remembers light or dark mode."
  lifetime 1 year
  domain ".github.io"
}
```

## How to fix
Use your own site's domain (`.myname.github.io`), or drop `domain` to make the cookie
host-only.

## Limitation
cookiec checks against the complete Public Suffix List (ICANN and private sections) as
published when its pinned copy was taken (the `psl` crate in the workspace), so results
do not depend on when cookiec was built; a suffix added to the list later is reported
once cookiec updates its copy. Every single-label domain counts as a suffix (the list's
default rule). An IP address is not a suffix; as a `domain` it is SPEC008's.

## Source
RFC 6265 §5.3 step 5 and the storage model of RFC 6265bis (§5.7): a cookie whose Domain
is a public suffix is ignored; the Public Suffix List, <https://publicsuffix.org>.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(d) = &item.domain else { continue };
        if is_public_suffix(&d.value) {
            out.push(
                cx.diag(format!("\"{}\" is a public suffix: browsers reject cookies set for it", d.value), d.span)
                    .with_label("public suffix")
                    .with_help("Use your own site's domain (e.g. \".example.com\"), or remove `domain` to make the cookie host-only."),
            );
        }
    }
    out
}
