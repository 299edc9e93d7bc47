//! The catalog of well-known cookies and storage keys: what a name that
//! many sites meet is, who sets it, its usual category and lifetime.
//!
//! The built-in catalog (`data/well-known.json`, documented in
//! `docs/catalog.md`) is written by the project from vendors' own
//! documentation. [`ocd::import`] reads the Open Cookie Database's CSV
//! format into the same shape, so a team can use the complete database
//! (`--catalog FILE`). The catalog feeds the language server's completion
//! and hover, `cookiec init` and the guesses of `cookiec audit`.

pub mod lifetime;
pub mod ocd;

use serde::Deserialize;
use std::sync::OnceLock;

pub use lifetime::CatalogLifetime;

#[derive(Debug, Default, Deserialize)]
pub struct Catalog {
    pub providers: Vec<CatalogProvider>,
    pub cookies: Vec<CatalogCookie>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct CatalogProvider {
    /// The id the inserted `provider` declaration gets.
    pub id: String,
    pub name: String,
    /// A `role` enum value.
    pub role: String,
    pub privacy: String,
    #[serde(default)]
    pub country: String,
    /// Registrable domains the vendor serves from (`google-analytics.com`):
    /// the audit names the vendor of a third-party host with them.
    #[serde(default)]
    pub domains: Vec<String>,
}

/// What kind of item an entry describes, as the `.cookies` keyword.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    #[default]
    Cookie,
    LocalStorage,
    SessionStorage,
}

impl EntryKind {
    /// The `.cookies` keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            EntryKind::Cookie => "cookie",
            EntryKind::LocalStorage => "local-storage",
            EntryKind::SessionStorage => "session-storage",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct CatalogCookie {
    /// Exact name, or a glob whose `*` stands for a site-specific part.
    pub name: String,
    #[serde(default)]
    pub kind: EntryKind,
    /// A [`CatalogProvider::id`].
    pub provider: String,
    pub purpose: String,
    /// In `.cookies` lifetime syntax (`2 years`, `session`); `None` when
    /// the source states none that parses (imported entries only).
    #[serde(default)]
    pub lifetime: Option<String>,
    /// Suggested category id: the vendor's own classification, which for
    /// a vendor's consent-state or security cookie is often its product's
    /// (`analytics`), not what the cookie does.
    pub category: String,
    /// What the cookie itself does when that needs no consent although
    /// its vendor's product does: an `exempt` ground of the language
    /// (`consent-record`, `security`). The consent rules read it.
    #[serde(default)]
    pub exempt: Option<String>,
    /// Where the facts come from.
    pub source: String,
}

const DATA: &str = include_str!("../data/well-known.json");

/// The built-in catalog. The data is compiled in and a unit test parses
/// it, so the empty fallback only guards against a broken build.
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
    /// An exact entry wins over a glob; of two globs, the longer literal
    /// part (the more specific family) wins.
    pub fn lookup(&self, name: &str) -> Option<&CatalogCookie> {
        self.cookies.iter().find(|c| c.name == name).or_else(|| {
            self.cookies
                .iter()
                .filter(|c| glob_matches(&c.name, name))
                .max_by_key(|c| c.name.len())
        })
    }

    /// Like [`Catalog::lookup`], for an item of `kind` only.
    pub fn lookup_kind(&self, kind: EntryKind, name: &str) -> Option<&CatalogCookie> {
        self.cookies
            .iter()
            .find(|c| c.kind == kind && c.name == name)
            .or_else(|| {
                self.cookies
                    .iter()
                    .filter(|c| c.kind == kind && glob_matches(&c.name, name))
                    .max_by_key(|c| c.name.len())
            })
    }

    /// The vendor serving `host` (`www.google-analytics.com`), by the
    /// providers' registrable domains.
    pub fn provider_of_host(&self, host: &str) -> Option<&CatalogProvider> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.providers.iter().find(|p| {
            p.domains
                .iter()
                .any(|d| host == *d || host.ends_with(&format!(".{d}")))
        })
    }
}

/// `*` matches any non-empty run of characters; at most one `*`.
pub fn glob_matches(glob: &str, name: &str) -> bool {
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
            "**Well-known {} `{}`**\n\n{}\n\n- provider: {}\n- lifetime: {}\n- usual category: `{}`\n\nSource: <{}>",
            match self.kind {
                EntryKind::Cookie => "cookie",
                EntryKind::LocalStorage => "local-storage key",
                EntryKind::SessionStorage => "session-storage key",
            },
            self.name,
            self.purpose,
            provider,
            self.lifetime.as_deref().unwrap_or("not stated"),
            self.category,
            self.source
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn data_parses_and_every_entry_has_a_known_provider_a_lifetime_and_https_source() {
        let c: Catalog = serde_json::from_str(DATA).unwrap();
        assert!(c.cookies.len() >= 7);
        for cookie in &c.cookies {
            assert!(c.provider(&cookie.provider).is_some(), "{}", cookie.name);
            assert!(cookie.source.starts_with("https://"), "{}", cookie.name);
            assert!(cookie.name.matches('*').count() <= 1, "{}", cookie.name);
            let lifetime = cookie.lifetime.as_deref().unwrap_or("");
            assert!(
                CatalogLifetime::parse(lifetime).is_some(),
                "{}: lifetime `{lifetime}`",
                cookie.name
            );
        }
        for cookie in c.cookies.iter().filter(|c| c.exempt.is_some()) {
            assert!(
                matches!(
                    cookie.exempt.as_deref(),
                    Some("consent-record" | "security")
                ),
                "{}: exempt {:?}",
                cookie.name,
                cookie.exempt
            );
        }
        for p in &c.providers {
            assert!(p.privacy.starts_with("https://"), "{}", p.id);
        }
        let mut names = std::collections::HashSet::new();
        for cookie in &c.cookies {
            assert!(
                names.insert((cookie.kind, cookie.name.as_str())),
                "duplicate entry {}",
                cookie.name
            );
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

    #[test]
    fn storage_keys_are_found_only_as_their_kind() {
        let c = catalog();
        let key = c
            .lookup_kind(EntryKind::LocalStorage, "yt-remote-device-id")
            .unwrap();
        assert_eq!(key.provider, "youtube");
        assert!(c
            .lookup_kind(EntryKind::Cookie, "yt-remote-device-id")
            .is_none());
        // The same glob may name a cookie and a storage key of one vendor.
        assert_eq!(
            c.lookup_kind(EntryKind::LocalStorage, "mp_abc_mixpanel")
                .unwrap()
                .kind,
            EntryKind::LocalStorage
        );
        assert_eq!(
            c.lookup_kind(EntryKind::Cookie, "mp_abc_mixpanel")
                .unwrap()
                .kind,
            EntryKind::Cookie
        );
    }

    #[test]
    fn hosts_resolve_to_their_vendor() {
        let c = catalog();
        assert_eq!(
            c.provider_of_host("www.google-analytics.com")
                .map(|p| p.id.as_str()),
            Some("google")
        );
        assert!(c.provider_of_host("example.org").is_none());
        assert!(c.provider_of_host("notgoogle-analytics.com").is_none());
    }
}
