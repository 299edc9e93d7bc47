//! Cookie specification rules (RFC 6265, RFC 6265bis, CHIPS): what
//! browsers accept, reject or change. They run for every file.

pub mod cookie_not_sent;
pub mod domain_outside_site;
pub mod host_prefix;
pub mod http_only_read_by_script;
pub mod invalid_cookie_name;
pub mod invalid_domain;
pub mod lifetime_over_400_days;
pub mod partitioned_insecure;
pub mod public_suffix_domain;
pub mod relative_path;
pub mod same_site_none_insecure;
pub mod secure_prefix;
pub mod storage_with_path;

use super::fix;
use super::Ctx;
use crate::model::{Item, ItemKind, NamePattern};
use cookiec_diagnostics::Fix;

/// The literal start of a cookie's name, as far as it is known: the exact
/// name, the glob's prefix, or the required prefix of an anchored regex.
pub fn literal_start(item: &Item) -> Option<&str> {
    match &item.name {
        NamePattern::Exact(n) | NamePattern::Prefix(n) => Some(n),
        NamePattern::Regex(r) => r.required_prefix(),
        NamePattern::Unnamed => None,
    }
}

/// Whether the cookie's name starts with `prefix` (browsers compare cookie
/// prefixes case-insensitively, RFC 6265bis §4.1.3).
pub fn has_name_prefix(item: &Item, prefix: &str) -> bool {
    item.kind == ItemKind::Cookie
        && literal_start(item).is_some_and(|s| {
            s.len() >= prefix.len()
                && s.get(..prefix.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        })
}

/// Whether the cookie is declared Secure.
pub fn is_secure(item: &Item) -> bool {
    item.secure.as_ref().is_some_and(|s| s.value)
}

/// The fix that makes a cookie Secure: inserting `secure` is safe (a
/// browser rejects the cookie otherwise, so the real cookie must carry it);
/// turning an explicit `secure no` into `yes` contradicts the author and is
/// offered only as a code action.
pub fn secure_fix(cx: &Ctx, item: &Item) -> Option<Fix> {
    match &item.secure {
        None => fix::insert_field(cx.file, item.span, "secure")
            .map(|e| Fix::safe("Declare the cookie `secure`", vec![e])),
        Some(s) if !s.value => fix::replace_values(cx.file, item.span, "secure", "yes")
            .map(|e| Fix::unsafe_("Change to `secure yes`", vec![e])),
        Some(_) => None,
    }
}
