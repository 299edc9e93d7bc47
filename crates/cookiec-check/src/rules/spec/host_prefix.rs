//! SPEC003: a `__Host-` cookie must be Secure, have Path=/ and no Domain.

use super::{has_name_prefix, is_secure, secure_fix};
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC003",
        name: "host-prefix-requirements",
        severity: Severity::Error,
        summary: "A `__Host-` cookie that is not Secure, has a Domain, or a Path other than `/`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Safe,
    source: "RFC 6265bis §4.1.3.2 (the __Host- prefix)",
    check,
};

const DOC: &str = r#"# SPEC003 host-prefix-requirements

## What it checks
A cookie whose name starts with `__Host-` (compared case-insensitively) must be declared
`secure`, must have `path "/"`, and must not have a `domain`. Each missing condition is
reported separately.

## Why
Browsers reject a `__Host-` cookie unless it is Secure, is set from a secure origin,
has no Domain attribute (so it is bound to the exact host) and has `Path=/`. The prefix
exists to guarantee those three properties; a declaration without them describes a
cookie no browser stores.

## Example
```cookies
cookie "__Host-csrf" {
  category essential
  purpose "Protects forms against cross-site request forgery."
  lifetime session
  domain ".example.com"
}
```

## How to fix
Add `secure` and `path "/"` (both safe quick fixes: the browser requires them) and
remove `domain` (offered as a code action: it changes where the cookie is sent).

## Source
RFC 6265bis §4.1.3.2 (the `__Host-` prefix).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &cx.model.items {
        if !has_name_prefix(item, "__Host-") {
            continue;
        }
        if !is_secure(item) {
            let mut d = cx
                .diag("a `__Host-` cookie must be declared `secure`", item.name_span)
                .with_label("browsers reject this cookie without Secure")
                .with_help("Add `secure`: `__Host-` cookies are accepted only with Secure, from an https origin.");
            if let Some(f) = secure_fix(cx, item) {
                d = d.with_fix(f);
            }
            out.push(d);
        }
        match &item.path {
            None => {
                let mut d = cx
                    .diag(
                        "a `__Host-` cookie must declare `path \"/\"`",
                        item.name_span,
                    )
                    .with_label("browsers reject this cookie without Path=/")
                    .with_help(
                        "Add `path \"/\"`: browsers accept `__Host-` cookies only with Path=/.",
                    );
                if let Some(e) = fix::insert_field(cx.file, item.span, "path \"/\"") {
                    d = d.with_fix(Fix::safe("Declare `path \"/\"`", vec![e]));
                }
                out.push(d);
            }
            Some(p) if p.value != "/" => {
                let mut d = cx
                    .diag(format!("a `__Host-` cookie must have path \"/\", not \"{}\"", p.value), p.span)
                    .with_label("must be \"/\"")
                    .with_secondary(item.name_span, "`__Host-` prefix")
                    .with_help("Browsers accept `__Host-` cookies only with Path=/; use another name if the cookie needs a narrower path.");
                if let Some(e) = fix::replace_values(cx.file, item.span, "path", "\"/\"") {
                    d = d.with_fix(Fix::unsafe_("Change the path to \"/\"", vec![e]));
                }
                out.push(d);
            }
            Some(_) => {}
        }
        if let Some(dom) = &item.domain {
            let mut d = cx
                .diag("a `__Host-` cookie must not have a domain", dom.span)
                .with_label("browsers reject `__Host-` cookies with a Domain attribute")
                .with_secondary(item.name_span, "`__Host-` prefix")
                .with_help("Remove `domain`: a `__Host-` cookie is bound to the exact host that set it. Use another name if it must be shared with subdomains.");
            if let Some(e) = fix::remove_field(cx.file, item.span, "domain") {
                d = d.with_fix(Fix::unsafe_("Remove the domain", vec![e]));
            }
            out.push(d);
        }
    }
    out
}
