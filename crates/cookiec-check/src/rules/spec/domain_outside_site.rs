//! SPEC009: a first-party cookie's Domain must cover the site it is set by.

use crate::model::{ItemKind, FIRST_PARTY};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC009",
        name: "domain-outside-site",
        severity: Severity::Warning,
        summary: "A first-party cookie whose domain is unrelated to the policy's `website`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "RFC 6265 §5.3 step 6 and §5.1.3; RFC 6265bis §5.7 (storage model, domain-match)",
    check,
};

const DOC: &str = r#"# SPEC009 domain-outside-site

## What it checks
When the policy declares its `website`, a first-party cookie's `domain` must
domain-match the website's host or be a subdomain of it: `.example.com` is fine for
`https://www.example.com`, `.other.com` is not.

## Why
A browser ignores a `Set-Cookie` whose Domain does not domain-match the host that sent
it: a site cannot set cookies for another site. A first-party cookie declared for an
unrelated domain is either a typo or a third party's cookie declared as first-party.
This is a warning because a policy may cover several sites.

## Example
```cookies
policy "Shop" {
  controller "Shop Ltd"
  email "privacy@shop.example"
  website "https://shop.example"
}

cookie "lang" {
  category functional
  purpose "Remembers your language."
  lifetime 1 year
  domain ".shop-example.com"
}
```

## How to fix
Correct the domain, or, if another company sets the cookie, declare that `provider`.

## Source
RFC 6265 §5.3 step 6 and the storage model of RFC 6265bis (§5.7): a cookie is ignored
unless the request host domain-matches its Domain; RFC 6265 §5.1.3 (domain matching).
"#;

use crate::site_domain::under;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let Some(site) = &cx.model.policy.website else {
        return Vec::new();
    };
    let host = site.value.host();
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        // A self-hosted tool's cookie is the site's own; an unknown
        // provider id is the checker's (E208), not a first-party cookie.
        let first_party = item.provider.value == FIRST_PARTY;
        if !first_party && cx.item_provider(item).is_none_or(|p| p.third_party) {
            continue;
        }
        let Some(d) = &item.domain else { continue };
        let dom = d.value.trim_start_matches('.').to_ascii_lowercase();
        if dom.is_empty() || under(host, &dom) || under(&dom, host) {
            continue;
        }
        out.push(
            cx.diag(
                format!("first-party cookie domain \"{}\" does not match the website host `{host}`", d.value),
                d.span,
            )
            .with_label("a site cannot set cookies for another domain")
            .with_secondary(site.span, "the policy's website")
            .with_help("Correct the domain, or declare the company that sets this cookie as its `provider`."),
        );
    }
    out
}
