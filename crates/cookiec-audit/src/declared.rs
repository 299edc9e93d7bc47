//! The policy's declarations as the audit matches them: which item a name
//! belongs to, and which hosts each provider stands for.

use crate::capture::{host_of, site_of, Kind};
use cookiec_check::model::{Item, ItemKind, Model, NamePattern, FIRST_PARTY};
use std::collections::{BTreeMap, BTreeSet};

enum Matcher {
    Exact(String),
    Prefix(String),
    Regex(regex::Regex),
    /// An item without a published name covers every name of its kind
    /// that no named item matches.
    Any,
}

struct Decl {
    item: usize,
    kind: Kind,
    matcher: Matcher,
}

pub struct Declared<'m> {
    pub model: &'m Model,
    decls: Vec<Decl>,
}

fn kind_of(k: ItemKind) -> Option<Kind> {
    match k {
        ItemKind::Cookie => Some(Kind::Cookie),
        ItemKind::LocalStorage => Some(Kind::LocalStorage),
        ItemKind::SessionStorage => Some(Kind::SessionStorage),
        _ => None,
    }
}

impl<'m> Declared<'m> {
    pub fn new(model: &'m Model) -> Self {
        let mut decls = Vec::new();
        for (i, item) in model.items.iter().enumerate() {
            // A server-side session is keyed by a cookie: that cookie is
            // declared by it.
            if item.kind == ItemKind::ServerSession {
                if let Some(k) = &item.keyed_by {
                    decls.push(Decl {
                        item: i,
                        kind: Kind::Cookie,
                        matcher: Matcher::Exact(k.value.clone()),
                    });
                }
                continue;
            }
            let Some(kind) = kind_of(item.kind) else {
                continue;
            };
            let matcher = match &item.name {
                NamePattern::Exact(s) => Matcher::Exact(s.clone()),
                NamePattern::Prefix(p) => Matcher::Prefix(p.clone()),
                NamePattern::Regex(r) => Matcher::Regex(r.regex().clone()),
                NamePattern::Unnamed => Matcher::Any,
            };
            decls.push(Decl {
                item: i,
                kind,
                matcher,
            });
        }
        Declared { model, decls }
    }

    /// The item declaring `name` of `kind`: an exact name first, then the
    /// longest prefix, then a regex, then an unnamed item of the kind.
    pub fn find(&self, kind: Kind, name: &str) -> Option<usize> {
        let of_kind = || self.decls.iter().filter(move |d| d.kind == kind);
        of_kind()
            .find(|d| matches!(&d.matcher, Matcher::Exact(s) if s == name))
            .or_else(|| {
                of_kind()
                    .filter(|d| matches!(&d.matcher, Matcher::Prefix(p) if name.starts_with(p.as_str())))
                    .max_by_key(|d| match &d.matcher {
                        Matcher::Prefix(p) => p.len(),
                        _ => 0,
                    })
            })
            .or_else(|| of_kind().find(|d| matches!(&d.matcher, Matcher::Regex(r) if r.is_match(name))))
            .or_else(|| of_kind().find(|d| matches!(d.matcher, Matcher::Any)))
            .map(|d| d.item)
    }

    /// The declared name most like `name` among items of `kind`, for
    /// "closest declared name" (a typo, a renamed cookie).
    pub fn closest(&self, kind: Kind, name: &str) -> Option<&'m Item> {
        let model = self.model;
        self.decls
            .iter()
            .filter(|d| d.kind == kind)
            .filter_map(|d| {
                let item = &model.items[d.item];
                let shown = match &item.name {
                    NamePattern::Exact(s) | NamePattern::Prefix(s) => s.clone(),
                    _ => return None,
                };
                let score = strsim::jaro_winkler(&shown.to_lowercase(), &name.to_lowercase());
                (score >= 0.85).then_some((score, item))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, item)| item)
    }

    /// Registrable domains each provider stands for: its website's, and
    /// the domains of its items. Not its privacy page's: those often sit
    /// with a parent company (YouTube's on google.com), which would make
    /// every host of the parent look declared.
    pub fn provider_sites(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for p in &self.model.providers {
            let sites = out.entry(p.id.value.clone()).or_default();
            if let Some(url) = &p.website {
                if let Some(h) = host_of(&url.value) {
                    sites.insert(site_of(&h));
                }
            }
        }
        for item in &self.model.items {
            if let Some(d) = &item.domain {
                let host = host_of(&d.value).unwrap_or_else(|| d.value.clone());
                out.entry(item.provider.value.clone())
                    .or_default()
                    .insert(site_of(&host));
            }
        }
        out
    }

    pub fn is_first_party(&self, item: usize) -> bool {
        self.model
            .items
            .get(item)
            .is_some_and(|i| i.provider.value == FIRST_PARTY)
    }
}
