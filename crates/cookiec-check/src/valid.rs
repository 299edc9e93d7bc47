//! [`ValidModel`]: the model of a file the checker found no error in, with
//! its references resolved. Emitters take only this, so "never emit a
//! file with errors" is a type, not a doc comment, and the invariants a
//! clean check establishes need not be re-defended downstream.

use crate::api::Checked;
use crate::model::{Category, Item, Model, Provider};
use std::collections::HashMap;

/// A category's position in `model.categories`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CategoryId(pub usize);

/// A provider's position in `model.providers` (`ProviderId(0)` is the
/// built-in first party).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProviderId(pub usize);

/// A checked model without errors. Made only by [`Checked::valid`]:
/// - every item's `category` and `provider` resolve (see [`Self::items`]);
/// - `policy.languages` is not empty (the first is the default language).
#[derive(Clone, Debug)]
pub struct ValidModel {
    model: Model,
    categories: HashMap<String, CategoryId>,
    providers: HashMap<String, ProviderId>,
    /// Per item, in `model.items` order (always `Some` from a clean check).
    resolved: Vec<(Option<CategoryId>, Option<ProviderId>)>,
    /// Per category, then per provider: the positions of their items in
    /// `model.items`, in declaration order (the reverse references).
    category_items: Vec<Vec<usize>>,
    provider_items: Vec<Vec<usize>>,
}

impl Checked {
    /// The model as emitters take it, when the file has no error.
    pub fn valid(&self) -> Option<ValidModel> {
        if self.has_errors() {
            return None;
        }
        ValidModel::resolve(self.model.clone(), true)
    }

    /// [`Self::valid`] without the copy: the model is moved out and the
    /// syntax tree freed, and the diagnostics (warnings, or the errors that
    /// stop it) are handed back either way. For a build, which needs
    /// neither the tree nor a second model while it emits.
    pub fn into_valid(self) -> (Option<ValidModel>, Vec<cookiec_diagnostics::Diagnostic>) {
        if self.has_errors() {
            return (None, self.diagnostics);
        }
        let Checked {
            file,
            model,
            diagnostics,
        } = self;
        drop(file);
        (ValidModel::resolve(model, true), diagnostics)
    }
}

impl ValidModel {
    /// `strict`: every reference must resolve and a language be declared
    /// (what a clean check guarantees).
    fn resolve(model: Model, strict: bool) -> Option<ValidModel> {
        if strict && model.policy.languages.is_empty() {
            return None;
        }
        let categories: HashMap<String, CategoryId> = model
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.value.clone(), CategoryId(i)))
            .collect();
        let providers: HashMap<String, ProviderId> = model
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.value.clone(), ProviderId(i)))
            .collect();
        let resolved: Vec<_> = model
            .items
            .iter()
            .map(|it| {
                (
                    categories.get(&it.category.value).copied(),
                    providers.get(&it.provider.value).copied(),
                )
            })
            .collect();
        if strict && resolved.iter().any(|(c, p)| c.is_none() || p.is_none()) {
            return None;
        }
        let mut category_items = vec![Vec::new(); model.categories.len()];
        let mut provider_items = vec![Vec::new(); model.providers.len()];
        for (i, (c, p)) in resolved.iter().enumerate() {
            if let Some(list) = c.and_then(|c| category_items.get_mut(c.0)) {
                list.push(i);
            }
            if let Some(list) = p.and_then(|p| provider_items.get_mut(p.0)) {
                list.push(i);
            }
        }
        Some(ValidModel {
            model,
            categories,
            providers,
            resolved,
            category_items,
            provider_items,
        })
    }

    /// The model amended by an emitter that adds facts of its own (cookiec's
    /// consent record, disclosed as an item): `None` when the amendment
    /// leaves a reference unresolved, so the guarantees still hold.
    pub fn amended(&self, amend: impl FnOnce(&mut Model)) -> Option<ValidModel> {
        let mut model = self.model.clone();
        amend(&mut model);
        ValidModel::resolve(model, true)
    }

    /// A model built without the checker, for tests of the emitters'
    /// own safety net (hostile values a source file cannot produce;
    /// references may dangle).
    #[cfg(feature = "unchecked-model")]
    pub fn assume_checked(model: Model) -> Option<ValidModel> {
        ValidModel::resolve(model, false)
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The default language (never missing in a valid model).
    pub fn default_lang(&self) -> &str {
        self.model.policy.default_lang()
    }

    pub fn category(&self, id: CategoryId) -> Option<&Category> {
        self.model.categories.get(id.0)
    }

    pub fn provider(&self, id: ProviderId) -> Option<&Provider> {
        self.model.providers.get(id.0)
    }

    /// The category declared with `id` (`essential`).
    pub fn category_named(&self, id: &str) -> Option<&Category> {
        self.categories.get(id).and_then(|&c| self.category(c))
    }

    /// The provider declared with `id` (`stripe`, `first-party`).
    pub fn provider_named(&self, id: &str) -> Option<&Provider> {
        self.providers.get(id).and_then(|&p| self.provider(p))
    }

    pub fn category_id(&self, id: &str) -> Option<CategoryId> {
        self.categories.get(id).copied()
    }

    pub fn provider_id(&self, id: &str) -> Option<ProviderId> {
        self.providers.get(id).copied()
    }

    /// The items of a category, in declaration order (an index, not a
    /// search of every item).
    pub fn items_in(&self, category: CategoryId) -> impl Iterator<Item = &Item> {
        self.indexed(self.category_items.get(category.0))
    }

    /// The items a provider sets, in declaration order.
    pub fn items_by(&self, provider: ProviderId) -> impl Iterator<Item = &Item> {
        self.indexed(self.provider_items.get(provider.0))
    }

    fn indexed<'a>(&'a self, list: Option<&'a Vec<usize>>) -> impl Iterator<Item = &'a Item> {
        list.into_iter()
            .flatten()
            .filter_map(|&i| self.model.items.get(i))
    }

    /// Every item with its category and provider.
    pub fn items(&self) -> impl Iterator<Item = (&Item, &Category, &Provider)> {
        self.model
            .items
            .iter()
            .zip(&self.resolved)
            .filter_map(|(it, (c, p))| Some((it, self.category((*c)?)?, self.provider((*p)?)?)))
    }
}

impl std::ops::Deref for ValidModel {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.model
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::check_source;

    const SRC: &str = "policy \"S\" {\n  controller \"S Ltd\"\n  email \"privacy@s.example\"\n}\ncategory essential {\n  title \"Essential\"\n  consent required\n}\ncookie \"sid\" {\n  category essential\n  purpose \"Session.\"\n  lifetime session\n}\n";

    #[test]
    fn a_clean_check_resolves_every_reference() {
        let checked = check_source(SRC);
        let valid = checked.valid().unwrap();
        let (item, category, provider) = valid.items().next().unwrap();
        assert_eq!(item.display_name().as_deref(), Some("sid"));
        assert_eq!(category.id.value, "essential");
        assert_eq!(provider.id.value, "first-party");
        assert_eq!(valid.default_lang(), "en");
        let essential = valid.category_id("essential").unwrap();
        assert_eq!(valid.items_in(essential).count(), 1);
        let first = valid.provider_id("first-party").unwrap();
        assert_eq!(valid.items_by(first).count(), 1);
        assert!(valid.category_id("nope").is_none());
    }

    #[test]
    fn a_file_with_errors_has_no_valid_model() {
        let checked =
            check_source(&SRC.replace("category essential\n  purpose", "category nope\n  purpose"));
        assert!(checked.has_errors());
        assert!(checked.valid().is_none());
    }
}
