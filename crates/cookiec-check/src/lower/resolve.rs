//! References once everything is declared: unknown categories and
//! providers (E208), and declarations nothing uses (W201).

use super::cx::{did_you_mean, rename_fix, Cx};
use crate::codes;
use crate::model::{Model, Spanned, Status, FIRST_PARTY};
use cookiec_diagnostics::Diagnostic;

impl Cx<'_> {
    pub fn resolve(&mut self, model: &Model) {
        let categories: Vec<&str> = model
            .categories
            .iter()
            .map(|c| c.id.value.as_str())
            .collect();
        let providers: Vec<&str> = model
            .providers
            .iter()
            .map(|p| p.id.value.as_str())
            .collect();
        for item in &model.items {
            if !item.category.value.is_empty() {
                self.reference(&item.category, "category", &categories);
            }
            self.reference(&item.provider, "provider", &providers);
        }
        self.unused(model);
    }

    fn reference(&mut self, r: &Spanned<String>, kind: &str, declared: &[&str]) {
        if declared.contains(&r.value.as_str()) {
            return;
        }
        let mut d = Diagnostic::error(
            codes::UNKNOWN_REFERENCE,
            format!("no {kind} `{}` is declared", r.value),
            r.span,
        )
        .with_label(format!("unknown {kind}"));
        if let Some(s) = did_you_mean(&r.value, declared.iter().copied()) {
            self.extra_uses.push(s.to_string());
            d = d
                .with_help(format!("did you mean `{s}`?"))
                .with_fix(rename_fix(r.span, s));
        } else if declared.is_empty() || declared == [FIRST_PARTY] {
            d = d.with_help(format!("declare it: `{kind} {} {{ ... }}`", r.value));
        } else {
            d = d.with_help(format!(
                "declared {kind} ids: {}; or declare `{kind} {} {{ ... }}`",
                declared.join(", "),
                r.value
            ));
        }
        self.push(d);
    }

    fn unused(&mut self, model: &Model) {
        for c in &model.categories {
            let used = model.items.iter().any(|i| i.category.value == c.id.value)
                || self.extra_uses.contains(&c.id.value);
            // A category may be stated without items: by its purposes, or as
            // "not used" (a statement the policy makes).
            if used || c.purposes.is_some() || c.status == Status::NotUsed {
                continue;
            }
            self.push(
                Diagnostic::warning(
                    codes::UNUSED_DECLARATION,
                    format!("category `{}` has no items", c.id.value),
                    c.id.span,
                )
                .with_label("no item uses this category")
                .with_help(
                    "add `category <id>` to an item, list its `purposes`, or say `status not-used`",
                ),
            );
        }
        for p in model.providers.iter().filter(|p| p.third_party) {
            let used = model.items.iter().any(|i| i.provider.value == p.id.value)
                || self.extra_uses.contains(&p.id.value);
            // Providers that set cookies on their own pages, and unnamed
            // classes of providers, are stated without items of ours.
            if used || p.class || p.sets_own_cookies.is_some() {
                continue;
            }
            self.push(
                Diagnostic::warning(
                    codes::UNUSED_DECLARATION,
                    format!("provider `{}` is not the provider of any item", p.id.value),
                    p.id.span,
                )
                .with_label("no item uses this provider")
                .with_help("add `provider <id>` to its items, or say when it sets its own cookies with `sets-own-cookies`"),
            );
        }
    }
}
