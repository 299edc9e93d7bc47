//! Policy consistency rules: a statement of the policy contradicted by its
//! own declarations. They run for every file.

pub mod commitment_contradicted;
pub mod consent_record_http_only;
pub mod consent_record_lifetime_mismatch;
pub mod consent_record_not_necessary;
pub mod consent_record_undeclared;
pub mod contact_undisclosed;
pub mod item_in_unused_category;
pub mod session_key_undeclared;

use crate::model::{Item, ItemKind, NamePattern};

/// Whether a cookie item's name pattern matches the concrete name `name`.
pub fn cookie_matches(item: &Item, name: &str) -> bool {
    if item.kind != ItemKind::Cookie {
        return false;
    }
    match &item.name {
        NamePattern::Exact(n) => n == name,
        NamePattern::Prefix(p) => name.starts_with(p.as_str()),
        NamePattern::Regex(r) => r.is_match(name),
        NamePattern::Unnamed => false,
    }
}

/// The declared cookie named `name`.
pub fn find_cookie<'a>(items: &'a [Item], name: &str) -> Option<&'a Item> {
    items.iter().find(|i| cookie_matches(i, name))
}
