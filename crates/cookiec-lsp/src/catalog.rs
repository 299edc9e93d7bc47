//! The built-in catalog of well-known third-party cookies
//! (`catalog/well-known.json`, documented with its sources in
//! `docs/catalog.md`). Completion inserts its entries as complete items;
//! hover shows the entry of a cookie whose name matches.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Default, Deserialize)]
pub struct Catalog {
    pub providers: Vec<CatalogProvider>,
    pub cookies: Vec<CatalogCookie>,
}

#[derive(Debug, Deserialize)]
pub struct CatalogProvider {
    /// The id the inserted `provider` declaration gets.
    pub id: String,
    pub name: String,
    /// A `role` enum value.
    pub role: String,
    pub privacy: String,
    pub country: String,
}

#[derive(Debug, Deserialize)]
pub struct CatalogCookie {
    /// Exact name, or a glob whose `*` stands for a site-specific part.
    pub name: String,
    /// A [`CatalogProvider::id`].
    pub provider: String,
    pub purpose: String,
    /// In `.cookies` lifetime syntax (`2 years`, `session`).
    pub lifetime: String,
    /// Suggested category id.
    pub category: String,
    /// Where the facts come from.
    pub source: String,
}

const DATA: &str = include_str!("../catalog/well-known.json");

/// The parsed catalog. The data is compiled in and a unit test parses it,
/// so the empty fallback only guards against a broken build.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| serde_json::from_str(DATA).unwrap_or_default())
}

impl Catalog {
    pub fn provider(&self, id: &str) -> Option<&CatalogProvider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The entry describing a cookie written as `name` (an exact name, a
    /// glob as in the catalog, or a concrete name such as `_ga_X1Y2`).
    pub fn lookup(&self, name: &str) -> Option<&CatalogCookie> {
        self.cookies
            .iter()
            .find(|c| c.name == name)
            .or_else(|| self.cookies.iter().find(|c| glob_matches(&c.name, name)))
    }
}

/// `*` matches any non-empty run of characters; at most one `*`.
fn glob_matches(glob: &str, name: &str) -> bool {
    match glob.split_once('*') {
        Some((pre, post)) => {
            name.len() > pre.len() + post.len() && name.starts_with(pre) && name.ends_with(post)
        }
        None => glob == name,
    }
}

impl CatalogCookie {
    /// Markdown for hover and completion documentation.
    pub fn markdown(&self, catalog: &Catalog) -> String {
        let provider = catalog
            .provider(&self.provider)
            .map(|p| format!("{} ({})", p.name, p.role))
            .unwrap_or_else(|| self.provider.clone());
        format!(
            "**Well-known cookie `{}`**\n\n{}\n\n- provider: {}\n- lifetime: {}\n- usual category: `{}`\n\nSource: <{}>",
            self.name, self.purpose, provider, self.lifetime, self.category, self.source
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn data_parses_and_every_cookie_has_a_known_provider_and_https_source() {
        let c: Catalog = serde_json::from_str(DATA).unwrap();
        assert!(c.cookies.len() >= 7);
        for cookie in &c.cookies {
            assert!(c.provider(&cookie.provider).is_some(), "{}", cookie.name);
            assert!(cookie.source.starts_with("https://"), "{}", cookie.name);
            assert!(cookie.name.matches('*').count() <= 1, "{}", cookie.name);
        }
        for required in [
            "_ga",
            "_ga_*",
            "_gid",
            "_fbp",
            "__stripe_mid",
            "__stripe_sid",
            "_hjSessionUser_*",
        ] {
            assert!(
                c.cookies.iter().any(|e| e.name == required),
                "{required} missing"
            );
        }
    }

    #[test]
    fn lookup_matches_exact_names_globs_and_concrete_instances() {
        let c = catalog();
        assert_eq!(c.lookup("_ga").unwrap().name, "_ga");
        assert_eq!(c.lookup("_ga_*").unwrap().name, "_ga_*");
        assert_eq!(c.lookup("_ga_X1Y2Z3").unwrap().name, "_ga_*");
        assert_eq!(c.lookup("_hjSessionUser_123").unwrap().provider, "hotjar");
        assert!(
            c.lookup("_ga_").is_none(),
            "the glob part must be non-empty"
        );
        assert!(c.lookup("session_id").is_none());
    }
}
