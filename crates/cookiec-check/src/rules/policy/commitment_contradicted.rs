//! POL003: a negative commitment contradicted by a declared provider.

use crate::model::{Commitment, Provider, ProviderRole};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL003",
        name: "commitment-contradicted",
        severity: Severity::Warning,
        summary: "A commitment (`no-external-analytics`, `no-third-party-advertising`, ...) contradicted by a provider in use.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "FTC Act §5 (deceptive statements); GDPR Art. 5(1)(a) and 12; Cal. Civ. Code §1798.140(ah) (\"sharing\")",
    check,
};

const DOC: &str = r#"# POL003 commitment-contradicted

## What it checks
A commitment in `policy { commitments [...] }` must not be contradicted by a third-party
provider that is in use (it sets a declared item, or `sets-own-cookies`):

| commitment | contradicted by a third party with role |
|---|---|
| `no-external-analytics` | `analytics` |
| `no-third-party-advertising`, `no-advertising-profiles`, `no-targeted-advertising`, `no-ad-exchanges`, `no-tracking-or-marketing`, `no-cross-site-tracking`, `no-sharing`, `no-sale` | `advertising` |

## Why
A promise the site's own declarations contradict is a misleading statement: regulators
treat it as deception (the FTC, e.g. in its actions over privacy promises) and it breaks
the GDPR's transparency principle. Under the CPRA, letting an advertising provider's
cookies collect data on your site is "sharing" (and in the Sephora case, "sale").

## Example
```cookies
policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
  commitments [no-external-analytics]
}

provider plausible {
  name "Plausible Insights"
  role [analytics]
  sets-own-cookies yes
}
```

## How to fix
Remove the commitment, or stop using (and remove) the provider.

## Source
FTC Act §5 (unfair or deceptive acts); GDPR Art. 5(1)(a) (lawfulness, fairness,
transparency) and Art. 12; Cal. Civ. Code §1798.140(ad) and (ah) (CPRA definitions of
"sell" and "share"); People v. Sephora (Cal. 2022).
"#;

fn contradicting_role(c: Commitment) -> ProviderRole {
    match c {
        Commitment::NoExternalAnalytics => ProviderRole::Analytics,
        _ => ProviderRole::Advertising,
    }
}

fn in_use(cx: &Ctx, p: &Provider) -> bool {
    p.sets_own_cookies.is_some() || cx.provider_has_live_items(p)
}

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in &cx.model.policy.commitments {
        let role = contradicting_role(c.value);
        for p in cx.model.providers.iter().filter(|p| p.third_party) {
            if !p.roles.iter().any(|r| r.value == role) || !in_use(cx, p) {
                continue;
            }
            out.push(
                cx.diag(
                    format!("the commitment `{}` is contradicted by provider `{}` ({})", c.value.as_str(), p.id.value, role.as_str()),
                    c.span,
                )
                .with_label("this promise")
                .with_secondary(p.id.span, format!("a third-party {} provider in use", role.as_str()))
                .with_help("Remove the commitment, or stop using the provider: a promise your own declarations contradict misleads visitors."),
            );
        }
    }
    out
}
