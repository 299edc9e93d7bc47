//! What a rule's check function sees: the model, the syntax tree (for fix
//! positions), the active jurisdictions, and lookups shared by many rules.

use super::index::Index;
use super::registry::Rule;
use crate::model::{
    Category, ConsentMode, Duration, Item, ItemKind, Model, Provider, ProviderRole, Region,
    Spanned, Status,
};
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::{Node, SourceFile};

pub struct Ctx<'a> {
    pub model: &'a Model,
    pub file: &'a SourceFile,
    /// Every jurisdiction the file is checked for.
    pub jurisdictions: &'a [Region],
    rule: &'a Rule,
    index: &'a Index<'a>,
}

/// The consent mode a category has in a region, and where it was written.
pub struct ModeIn<'a> {
    pub mode: ConsentMode,
    /// The `consent` entry that decided it (`None` when the category has no
    /// consent at all, which the checker reports).
    pub entry: Option<&'a Spanned<ConsentMode>>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        model: &'a Model,
        file: &'a SourceFile,
        jurisdictions: &'a [Region],
        rule: &'a Rule,
        index: &'a Index<'a>,
    ) -> Self {
        Ctx {
            model,
            file,
            jurisdictions,
            rule,
            index,
        }
    }

    /// A diagnostic stamped with this rule's code and severity.
    pub fn diag(&self, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(self.rule.info.code, self.rule.info.severity, message, span)
    }

    /// The active jurisdictions this rule covers, in the order declared.
    pub fn regions(&self) -> Vec<Region> {
        let mut out: Vec<Region> = Vec::new();
        for r in self.jurisdictions {
            if self.rule.jurisdictions.contains(r) && !out.contains(r) {
                out.push(*r);
            }
        }
        out
    }

    /// Human names of the active regions for messages: `the EU`,
    /// `France, Germany`.
    pub fn regions_label(&self) -> String {
        self.regions()
            .into_iter()
            .map(region_name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn category(&self, id: &str) -> Option<&'a Category> {
        self.index.category(id)
    }

    /// The first declared cookie whose name pattern matches `name`.
    pub fn find_cookie(&self, name: &str) -> Option<&'a Item> {
        self.index.find_cookie(name)
    }

    /// The declared provider (third-party or `self-hosted`), `None` for
    /// `first-party` (or an unknown id, which the checker reports).
    pub fn provider(&self, id: &str) -> Option<&'a Provider> {
        self.index.provider(id)
    }

    /// Items that are (or may be) in use: the item and its category are not
    /// declared `not-used`.
    pub fn live_items(&self) -> impl Iterator<Item = &'a Item> + '_ {
        self.model.items.iter().filter(move |i| {
            i.status != Status::NotUsed
                && self
                    .category(&i.category.value)
                    .is_none_or(|c| c.status != Status::NotUsed)
        })
    }

    /// Categories that are (or may be) in use.
    pub fn live_categories(&self) -> impl Iterator<Item = &'a Category> + '_ {
        self.model
            .categories
            .iter()
            .filter(|c| c.status != Status::NotUsed)
    }

    /// Whether a live item names this provider.
    pub fn provider_has_live_items(&self, provider: &Provider) -> bool {
        self.index.has_live_items(&provider.id.value)
    }

    pub fn items_of(&self, category: &'a Category) -> impl Iterator<Item = &'a Item> + 'a {
        self.index.items_of(&category.id.value).iter().copied()
    }

    pub fn item_provider(&self, item: &Item) -> Option<&'a Provider> {
        self.provider(&item.provider.value)
    }

    /// Whether the item's provider has `role`.
    pub fn has_role(&self, item: &Item, role: ProviderRole) -> bool {
        self.item_provider(item)
            .is_some_and(|p| p.roles.iter().any(|r| r.value == role))
    }

    /// The consent mode of `category` in `region`: the region's own entry,
    /// then the wider region it belongs to (`fr` → `eu` → `eea`, `us-ca` →
    /// `us`), then `default`.
    pub fn mode_in(&self, category: &'a Category, region: Region) -> ModeIn<'a> {
        let mut chain = vec![region];
        chain.extend_from_slice(wider(region));
        chain.push(Region::Default);
        for r in chain {
            if let Some(entry) = category.consent.get(&r) {
                return ModeIn {
                    mode: entry.value,
                    entry: Some(entry),
                };
            }
        }
        ModeIn {
            mode: ConsentMode::OptIn,
            entry: None,
        }
    }

    /// The first active region (of this rule) where `pred` holds for the
    /// category's mode, with that mode.
    pub fn first_region_where(
        &self,
        category: &'a Category,
        pred: impl Fn(ConsentMode) -> bool,
    ) -> Option<(Region, ModeIn<'a>)> {
        self.regions().into_iter().find_map(|r| {
            let m = self.mode_in(category, r);
            pred(m.mode).then_some((r, m))
        })
    }

    /// Whether any live category needs a choice (opt-in or opt-out) in one
    /// of the rule's active regions.
    pub fn any_choice(&self, modes: &[ConsentMode]) -> Option<&'a Category> {
        self.live_categories().find(|c| {
            self.regions()
                .into_iter()
                .any(|r| modes.contains(&self.mode_in(c, r).mode))
        })
    }

    /// The top-level syntax node declared at `span`.
    pub fn decl_node(&self, span: Span) -> Option<&'a Node> {
        crate::rules::fix::decl(self.file, span)
    }

    /// Where a diagnostic about the consent setup goes: the `consent`
    /// declaration, else the `policy` header.
    pub fn consent_anchor(&self) -> Span {
        match self.model.consent.span {
            Some(s) => self.decl_node(s).map(|n| n.header_span()).unwrap_or(s),
            None => self
                .decl_node(self.model.policy.span)
                .map(|n| n.header_span())
                .unwrap_or(self.model.policy.span),
        }
    }

    /// A category's header (`category analytics`) for primary labels.
    pub fn header(&self, span: Span) -> Span {
        self.decl_node(span)
            .map(|n| n.header_span())
            .unwrap_or(span)
    }
}

/// The wider regions a region belongs to, nearest first.
pub fn wider(region: Region) -> &'static [Region] {
    match region {
        Region::Fr | Region::De | Region::It | Region::Es | Region::Nl => {
            &[Region::Eu, Region::Eea]
        }
        Region::Eu => &[Region::Eea],
        Region::Eea => &[Region::Eu],
        Region::UsCa | Region::UsCo | Region::UsCt | Region::UsVa => &[Region::Us],
        _ => &[],
    }
}

/// A region's name in messages ("the EU", "France", "California").
pub fn region_name(region: Region) -> &'static str {
    match region {
        Region::Default => "every other region",
        Region::Eu => "the EU",
        Region::Eea => "the EEA",
        Region::Uk => "the UK",
        Region::Ch => "Switzerland",
        Region::Fr => "France",
        Region::De => "Germany",
        Region::It => "Italy",
        Region::Es => "Spain",
        Region::Nl => "the Netherlands",
        Region::Us => "the US",
        Region::UsCa => "California",
        Region::UsCo => "Colorado",
        Region::UsCt => "Connecticut",
        Region::UsVa => "Virginia",
        Region::Br => "Brazil",
        Region::Ca => "Canada",
        Region::Za => "South Africa",
        Region::Au => "Australia",
        Region::Jp => "Japan",
        Region::In => "India",
    }
}

/// Kinds stored in the browser other than cookies (web storage).
pub fn is_web_storage(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::LocalStorage
            | ItemKind::SessionStorage
            | ItemKind::IndexedDb
            | ItemKind::CacheStorage
    )
}

/// A label for an item in messages: `cookie "sid"`, `unnamed local-storage`.
pub fn item_label(item: &Item) -> String {
    match item.display_name() {
        Some(n) => format!("{} \"{}\"", item.kind.as_str(), n),
        None => format!("unnamed {}", item.kind.as_str()),
    }
}

/// A duration in the author's units, for messages: `13 months`,
/// `1 year 6 months` (days only when nothing else was kept).
pub fn as_written(d: &Duration) -> String {
    if d.parts.is_empty() {
        let days = d.seconds / DAY;
        return format!("{days} {}", if days == 1 { "day" } else { "days" });
    }
    d.parts
        .iter()
        .map(|(n, unit)| {
            let (one, many) = unit.words();
            format!("{n} {}", if *n == 1 { one } else { many })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seconds in a day, for thresholds.
pub const DAY: u64 = 86_400;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeUnit;

    #[test]
    fn durations_are_shown_as_written() {
        let d = |parts: Vec<(u64, TimeUnit)>, seconds| Duration {
            seconds,
            parts,
            span: Span::default(),
        };
        assert_eq!(as_written(&d(vec![(13, TimeUnit::Month)], 0)), "13 months");
        assert_eq!(
            as_written(&d(vec![(1, TimeUnit::Year), (6, TimeUnit::Month)], 0)),
            "1 year 6 months"
        );
        assert_eq!(as_written(&d(vec![], 2 * DAY)), "2 days");
    }
}
