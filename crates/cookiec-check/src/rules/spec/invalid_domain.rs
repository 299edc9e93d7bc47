//! SPEC008: a cookie Domain must be a host name.

use crate::model::ItemKind;
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC008",
        name: "invalid-domain",
        severity: Severity::Error,
        summary: "A cookie domain that is not a host name (a URL, a port, a wildcard).",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Unsafe,
    source: "RFC 6265 §4.1.2.3 and §5.2.3 (the Domain attribute)",
    check,
};

const DOC: &str = r#"# SPEC008 invalid-domain

## What it checks
A cookie's `domain` must be a host name: labels of letters, digits and hyphens separated
by dots, optionally with a leading dot. A URL (`https://example.com/`), a port
(`example.com:8080`), a wildcard (`*.example.com`), spaces or an IP address
(`192.0.2.1`, `[2001:db8::1]`) are reported.

## Why
The Domain attribute takes a host name, never a URL. Browsers ignore or reject
other values, so the declared scope is not the cookie's real scope, and the generated
clean-up rules (`Set-Cookie: name=; Domain=...; Max-Age=0`) would not delete it.

## Example
```cookies
cookie "lang" {
  category functional
  purpose "Remembers your language."
  lifetime 1 year
  domain "https://example.com/"
}
```

A cookie set by a site reached through an IP address is host-only: browsers match an IP
Domain attribute only against that exact address, never its "subdomains", so writing it
adds nothing (and a leading dot makes it match nothing).

## How to fix
Write only the host: `domain ".example.com"` (the leading dot is optional and ignored);
for an IP address, remove `domain`. When the value is a URL, the code action keeps its
host.

## Source
RFC 6265 §4.1.2.3 (the Domain attribute) and §5.2.3 (its parsing); RFC 1034 §3.5
(host name syntax).
"#;

/// Why `domain` is not a host name, or `None` when it is one.
pub fn problem(domain: &str) -> Option<&'static str> {
    if is_ip_literal(domain) {
        return Some("an IP address");
    }
    if domain.contains("://") {
        return Some("a URL");
    }
    if domain.contains('*') {
        return Some("a wildcard");
    }
    if domain.chars().any(char::is_whitespace) {
        return Some("white space");
    }
    if domain.contains(':') {
        return Some("a port");
    }
    if domain.contains('/') {
        return Some("a path");
    }
    let host = domain.strip_prefix('.').unwrap_or(domain);
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() {
        return Some("no host name");
    }
    let bad_label = host.split('.').any(|l| {
        l.is_empty()
            || l.len() > 63
            || l.starts_with('-')
            || l.ends_with('-')
            || !l
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    });
    bad_label.then_some("an invalid label")
}

/// An IPv4 or IPv6 address, bracketed or not, with or without a leading
/// dot. Checked first: `[::1]` is not "a port", and `.10.0.0.1` is not a
/// host name whose labels happen to be digits.
fn is_ip_literal(domain: &str) -> bool {
    let d = domain.trim_start_matches('.');
    let d = d
        .strip_prefix('[')
        .and_then(|x| x.strip_suffix(']'))
        .unwrap_or(d);
    d.parse::<std::net::IpAddr>().is_ok()
}

/// The host of a URL-like value (`https://example.com:8080/x` → `example.com`).
fn host_of(value: &str) -> Option<&str> {
    let rest = value.split_once("://").map(|(_, r)| r).unwrap_or(value);
    let host = rest.split(['/', ':', '?', '#']).next()?;
    (!host.is_empty() && problem(host).is_none()).then_some(host)
}

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(d) = &item.domain else { continue };
        let Some(what) = problem(&d.value) else {
            continue;
        };
        let mut diag = cx
            .diag(
                format!(
                    "cookie domain \"{}\" is not a host name: it contains {what}",
                    d.value
                ),
                d.span,
            )
            .with_label(format!("contains {what}"))
            .with_help("The Domain attribute takes a host name only, e.g. \".example.com\".");
        if let Some(host) = host_of(&d.value).filter(|h| *h != d.value) {
            if let Some(e) = fix::replace_values(cx.file, item.span, "domain", &fix::quote(host)) {
                diag = diag.with_fix(Fix::unsafe_(
                    format!("Keep only the host \"{host}\""),
                    vec![e],
                ));
            }
        }
        out.push(diag);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems() {
        assert_eq!(problem(".example.com"), None);
        assert_eq!(problem("shop.example.co.uk"), None);
        assert_eq!(problem("https://example.com/"), Some("a URL"));
        assert_eq!(problem("example.com:8080"), Some("a port"));
        assert_eq!(problem("*.example.com"), Some("a wildcard"));
        assert_eq!(problem("a..b"), Some("an invalid label"));
        assert_eq!(problem("192.0.2.1"), Some("an IP address"));
        assert_eq!(problem(".192.0.2.1"), Some("an IP address"));
        assert_eq!(problem("[2001:db8::1]"), Some("an IP address"));
        assert_eq!(problem("2001:db8::1"), Some("an IP address"));
        assert_eq!(problem("1.example"), None);
        assert_eq!(host_of("https://example.com:8080/x"), Some("example.com"));
    }
}
