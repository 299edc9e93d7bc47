//! What may reach an HTTP header. A cookie name, a prefix, a Domain or a
//! Path that could inject into a `Set-Cookie` line (CR, LF, `;`, `,`,
//! spaces, quotes, non-ASCII) is refused with a coded error before any
//! output is produced, so `cookiec build` writes nothing.

use crate::common;
use cookiec_check::model::{ItemKind, Model, NamePattern};
use cookiec_diagnostics::{Diagnostic, Span};

// The codes are declared with the others' registry in
// `cookiec_diagnostics::stage_codes::build` (documented in
// `docs/codes/<code>.md`).
pub use cookiec_diagnostics::stage_codes::build::CODES;
use cookiec_diagnostics::stage_codes::build::{
    HEADER_UNSAFE_ATTRIBUTE as E302, HEADER_UNSAFE_NAME as E301,
};

/// RFC 6265 `token` (the checker's one token check).
pub use cookiec_check::validate::is_cookie_token as is_token;

pub fn is_domain(s: &str) -> bool {
    let host = s.strip_prefix('.').unwrap_or(s);
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

pub fn is_path(s: &str) -> bool {
    s.starts_with('/')
        && s.bytes()
            .all(|b| (0x21..=0x7e).contains(&b) && b != b';' && b != b',')
}

/// Whether a cookie item may reach a header rule: the header builder
/// filters on it as a second line of defence behind [`check`].
pub fn check_item_is_safe(it: &cookiec_check::model::Item) -> bool {
    let name_ok = match &it.name {
        NamePattern::Exact(n) => is_token(n),
        NamePattern::Prefix(p) => is_token(p),
        NamePattern::Regex(_) | NamePattern::Unnamed => true,
    };
    name_ok
        && it.domain.as_ref().is_none_or(|d| is_domain(&d.value))
        && it.path.as_ref().is_none_or(|p| is_path(&p.value))
        && it.keyed_by.as_ref().is_none_or(|k| is_token(&k.value))
}

/// Every header-unsafe value of the model, as errors.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for it in &model.items {
        if it.kind == ItemKind::Cookie {
            let bad = match &it.name {
                NamePattern::Exact(n) => !is_token(n),
                // A prefix may be empty only if the whole name is a glob,
                // which the checker turns into a regex; require a token.
                NamePattern::Prefix(p) => !is_token(p),
                NamePattern::Regex(_) | NamePattern::Unnamed => false,
            };
            if bad {
                out.push(
                    Diagnostic::error(
                        E301,
                        format!(
                            "cookie name {:?} is not a valid cookie name and cannot be written into a header",
                            it.display_name().unwrap_or_default()
                        ),
                        it.name_span,
                    )
                    .with_label("not an RFC 6265 token")
                    .with_help("use only ASCII letters, digits and !#$%&'*+-.^_`|~ (no spaces, `;`, `,`, `=` or quotes)"),
                );
            }
            if let Some(d) = &it.domain {
                if !is_domain(&d.value) {
                    out.push(attr_error(
                        "domain",
                        &d.value,
                        d.span,
                        "a host name such as \".example.com\"",
                    ));
                }
            }
            if let Some(p) = &it.path {
                if !is_path(&p.value) {
                    out.push(attr_error(
                        "path",
                        &p.value,
                        p.span,
                        "a path such as \"/app\" (no spaces, `;` or `,`)",
                    ));
                }
            }
        }
        if let Some(k) = &it.keyed_by {
            if !is_token(&k.value) {
                out.push(name_error(&k.value, k.span));
            }
        }
    }
    if let Some(r) = &model.consent.record {
        if !is_token(&r.value) {
            out.push(name_error(&r.value, r.span));
        }
    }
    // Language tags need no guard here: the model holds only validated
    // `LangTag`s (letters, digits and `-`), safe in a file name and an
    // attribute, so E303 can no longer occur.
    debug_assert!(is_token(common::DEFAULT_CONSENT_COOKIE));
    out
}

fn name_error(value: &str, span: Span) -> Diagnostic {
    Diagnostic::error(
        E301,
        format!(
            "cookie name {value:?} is not a valid cookie name and cannot be written into a header"
        ),
        span,
    )
    .with_label("not an RFC 6265 token")
}

fn attr_error(field: &str, value: &str, span: Span, expected: &str) -> Diagnostic {
    Diagnostic::error(
        E302,
        format!("cookie {field} {value:?} cannot be written into a Set-Cookie header"),
        span,
    )
    .with_label(format!("expected {expected}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_domains_paths() {
        assert!(is_token("XSRF-TOKEN"));
        assert!(is_token("_pk_id."));
        for bad in [
            "",
            "a b",
            "a;b",
            "a,b",
            "a=b",
            "a\r\nSet-Cookie: x",
            "a\"b",
            "caf\u{e9}",
        ] {
            assert!(!is_token(bad), "{bad:?}");
        }
        assert!(is_domain(".kornblume.example"));
        assert!(!is_domain("a.example; Secure"));
        assert!(!is_domain("."));
        assert!(is_path("/"));
        assert!(is_path("/app/x-y"));
        assert!(!is_path("app"));
        assert!(!is_path("/; Domain=evil"));
        assert!(!is_path("/a\r\nX: y"));
    }
}
