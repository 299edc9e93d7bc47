//! EU005: a named third party links its privacy policy.

use super::EU;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU005",
        name: "eu-third-party-undisclosed",
        severity: Severity::Warning,
        summary: "A named third-party provider in use without a `privacy` link.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::None,
    source: "CJEU C-673/17 Planet49, operative part point 2; GDPR Art. 13(1)(e) and 14",
    check,
};

const DOC: &str = r#"# EU005 eu-third-party-undisclosed

## What it checks
In the EU, a third-party provider that is in use (it sets a declared item or its own
cookies) and is a named company (not a `class` of providers) must link its privacy
policy with `privacy "https://..."`.

## Why
Visitors must be told whether third parties have access to the cookies (Planet49) and
who the recipients are (GDPR Art. 13(1)(e)); a link to the third party's own policy is
how they learn what that party does with the data.

## Example
```cookies
consent { regions [eu] }

provider hotjar {
  name "Hotjar"
  role [analytics]
  sets-own-cookies yes
}
```

## How to fix
Add the provider's privacy policy: `privacy "https://www.hotjar.com/legal/policies/privacy/"`.

## Source
CJEU C-673/17 Planet49, operative part point 2 (whether third parties may access the
cookies is part of the required information); GDPR Art. 13(1)(e) (recipients) and
Art. 14.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in cx
        .model
        .providers
        .iter()
        .filter(|p| p.third_party && !p.class)
    {
        let used = p.sets_own_cookies.is_some() || cx.provider_has_live_items(p);
        if !used || p.privacy.is_some() {
            continue;
        }
        out.push(
            cx.diag(
                format!(
                    "third-party provider `{}` has no `privacy` link",
                    p.id.value
                ),
                p.id.span,
            )
            .with_label("visitors cannot see what this third party does with the data")
            .with_help(format!(
                "Add `privacy \"https://...\"` linking {}'s privacy policy.",
                p.name.value
            )),
        );
    }
    out
}
