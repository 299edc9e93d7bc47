//! Lookups shared by every rule, built once per file: rules ask for a
//! category, a provider, a category's items or a cookie by name per item,
//! and a linear search each time made a large file quadratic.

use super::policy::cookie_matches;
use crate::model::{Category, Item, ItemKind, Model, NamePattern, Provider, Status, FIRST_PARTY};
use rustc_hash::FxHashMap as HashMap;

pub struct Index<'a> {
    categories: HashMap<&'a str, &'a Category>,
    /// Declared providers by id, third-party or self-hosted (the built-in
    /// `first-party` is not one): rules read a self-hosted tool's roles.
    providers: HashMap<&'a str, &'a Provider>,
    /// Items in use, by category id, in declaration order.
    items_by_category: HashMap<&'a str, Vec<&'a Item>>,
    /// Provider ids with at least one live item (see `Ctx::live_items`).
    providers_with_live_items: rustc_hash::FxHashSet<&'a str>,
    /// The first cookie with each exact name.
    exact_cookies: HashMap<&'a str, usize>,
    /// The indexes of the cookies named by a pattern, in declaration order.
    patterns: Vec<usize>,
    items: &'a [Item],
}

impl<'a> Index<'a> {
    pub fn new(model: &'a Model) -> Index<'a> {
        // `rev` so that the first declaration of a duplicated id wins, as
        // the searches this replaces found it.
        let categories: HashMap<&str, &Category> = model
            .categories
            .iter()
            .rev()
            .map(|c| (c.id.value.as_str(), c))
            .collect();
        let providers_with_live_items = model
            .items
            .iter()
            .filter(|i| {
                i.status != Status::NotUsed
                    && categories
                        .get(i.category.value.as_str())
                        .is_none_or(|c| c.status != Status::NotUsed)
            })
            .map(|i| i.provider.value.as_str())
            .collect();
        let providers = model
            .providers
            .iter()
            .rev()
            .filter(|p| p.id.value != FIRST_PARTY)
            .map(|p| (p.id.value.as_str(), p))
            .collect();
        let mut items_by_category: HashMap<&str, Vec<&Item>> = HashMap::default();
        let mut exact_cookies = HashMap::default();
        let mut patterns = Vec::new();
        for (i, item) in model.items.iter().enumerate() {
            if item.status != Status::NotUsed {
                items_by_category
                    .entry(item.category.value.as_str())
                    .or_default()
                    .push(item);
            }
            if item.kind != ItemKind::Cookie {
                continue;
            }
            match &item.name {
                NamePattern::Exact(n) => {
                    exact_cookies.entry(n.as_str()).or_insert(i);
                }
                NamePattern::Prefix(_) | NamePattern::Regex(_) => patterns.push(i),
                NamePattern::Unnamed => {}
            }
        }
        Index {
            categories,
            providers,
            items_by_category,
            providers_with_live_items,
            exact_cookies,
            patterns,
            items: &model.items,
        }
    }

    pub fn category(&self, id: &str) -> Option<&'a Category> {
        self.categories.get(id).copied()
    }

    pub fn provider(&self, id: &str) -> Option<&'a Provider> {
        self.providers.get(id).copied()
    }

    pub fn has_live_items(&self, provider: &str) -> bool {
        self.providers_with_live_items.contains(provider)
    }

    pub fn items_of(&self, category: &str) -> &[&'a Item] {
        self.items_by_category
            .get(category)
            .map_or(&[], Vec::as_slice)
    }

    /// The first declared cookie whose name pattern matches `name`.
    pub fn find_cookie(&self, name: &str) -> Option<&'a Item> {
        let exact = self.exact_cookies.get(name).copied();
        let pattern = self.patterns.iter().find_map(|&i| {
            let item = self.items.get(i)?;
            let hit = match &item.name {
                NamePattern::Prefix(p) => name.starts_with(p.as_str()),
                NamePattern::Regex(re) => re.is_match(name),
                _ => false,
            };
            hit.then_some(i)
        });
        let first = match (exact, pattern) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        self.items.get(first).filter(|i| cookie_matches(i, name))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn find_cookie_agrees_with_a_linear_search() {
        let src = "policy \"S\" {\n  controller \"S\"\n  email \"a@b.cd\"\n}\n\
category a {\n  title \"A\"\n  consent required\n}\n\
cookie \"_ga*\" {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n\
cookie /^_gid\\.[0-9]+$/ {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n\
cookie \"_ga_x\" {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n\
local-storage \"sid\" {\n  category a\n  purpose \"x\"\n}\n\
cookie \"sid\" {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n";
        let checked = crate::check_source(src);
        let model = &checked.model;
        let index = Index::new(model);
        for name in ["_ga_x", "_ga", "_gid.12", "_gid.", "sid", "nope", ""] {
            let linear = model.items.iter().find(|i| cookie_matches(i, name));
            assert_eq!(
                index.find_cookie(name).map(|i| i.span),
                linear.map(|i| i.span),
                "{name}"
            );
        }
        assert_eq!(index.items_of("a").len(), 5);
        assert!(index.category("a").is_some() && index.category("b").is_none());
    }
}
