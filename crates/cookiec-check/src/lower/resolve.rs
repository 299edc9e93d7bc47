//! References once everything is declared: unknown categories and
//! providers (E208), and declarations nothing uses (W201).

use super::cx::{did_you_mean, rename_fix, Cx};
use crate::codes;
use crate::model::{Model, Spanned, Status, FIRST_PARTY};
use cookiec_diagnostics::{Diagnostic, Span};
use rustc_hash::FxHashSet;

impl Cx<'_> {
    pub fn resolve(&mut self, model: &Model) {
        let categories: Vec<(&str, Span)> = model
            .categories
            .iter()
            .map(|c| (c.id.value.as_str(), c.id.span))
            .collect();
        let providers: Vec<(&str, Span)> = model
            .providers
            .iter()
            .map(|p| (p.id.value.as_str(), p.id.span))
            .collect();
        let cats: Vec<&Spanned<String>> = model
            .items
            .iter()
            .map(|i| &i.category)
            .filter(|c| !c.value.is_empty())
            .collect();
        self.references(&cats, "category", &categories);
        let provs: Vec<&Spanned<String>> = model
            .items
            .iter()
            .map(|i| &i.provider)
            .chain(
                model
                    .providers
                    .iter()
                    .filter_map(|p| p.on_behalf_of.as_ref()),
            )
            .collect();
        self.references(&provs, "provider", &providers);
        self.on_behalf_of_itself(model);
        self.unused(model);
    }

    /// E208 for references to undeclared ids. When several references
    /// agree on a name and an unused declaration is close to it, the
    /// declaration is the typo: one diagnostic there, not one per item.
    fn references(&mut self, refs: &[&Spanned<String>], kind: &str, declared: &[(&str, Span)]) {
        let ids: Vec<&str> = declared.iter().map(|(id, _)| *id).collect();
        // A set: a policy imported from a catalog declares thousands of
        // providers, each referenced by many items.
        let known: rustc_hash::FxHashSet<&str> = ids.iter().copied().collect();
        let mut unresolved: Vec<(&str, Vec<Span>)> = Vec::new();
        for r in refs {
            if known.contains(r.value.as_str()) {
                continue;
            }
            match unresolved.iter_mut().find(|(n, _)| *n == r.value) {
                Some((_, spans)) => spans.push(r.span),
                None => unresolved.push((&r.value, vec![r.span])),
            }
        }
        for (name, spans) in unresolved {
            if spans.len() >= 2 && self.misspelt_declaration(name, &spans, kind, refs, declared) {
                continue;
            }
            for span in spans {
                self.reference(&Spanned::new(name.to_string(), span), kind, &ids);
            }
        }
    }

    fn misspelt_declaration(
        &mut self,
        name: &str,
        spans: &[Span],
        kind: &str,
        refs: &[&Spanned<String>],
        declared: &[(&str, Span)],
    ) -> bool {
        let unused = declared.iter().filter(|(id, span)| {
            *id != FIRST_PARTY && !span.is_empty() && !refs.iter().any(|r| r.value == *id)
        });
        let Some(meant) = did_you_mean(name, unused.clone().map(|(id, _)| *id)) else {
            return false;
        };
        let Some((_, decl_span)) = unused.into_iter().find(|(id, _)| *id == meant) else {
            return false;
        };
        self.extra_uses.push(meant.to_string());
        let mut d = Diagnostic::error(
            codes::UNKNOWN_REFERENCE,
            format!(
                "{} items refer to {kind} `{name}`, but it is declared as `{meant}`",
                spans.len()
            ),
            *decl_span,
        )
        .with_label(format!("declared as `{meant}`"))
        .with_help(format!(
            "rename the declaration to `{name}`, or the references to `{meant}`"
        ))
        .with_fix(rename_fix(*decl_span, name));
        for span in spans.iter().take(3) {
            d = d.with_secondary(*span, format!("refers to `{name}`"));
        }
        self.push(d);
        true
    }
    fn reference(&mut self, r: &Spanned<String>, kind: &str, declared: &[&str]) {
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

    /// `provider cdn { on-behalf-of cdn }` names no one it works for.
    fn on_behalf_of_itself(&mut self, model: &Model) {
        for p in &model.providers {
            let Some(b) = p.on_behalf_of.as_ref().filter(|b| b.value == p.id.value) else {
                continue;
            };
            self.push(
                Diagnostic::error(
                    codes::UNKNOWN_REFERENCE,
                    format!("provider `{}` cannot act on behalf of itself", p.id.value),
                    b.span,
                )
                .with_label("refers to the provider it is declared in")
                .with_help("name the provider it works for, or remove `on-behalf-of`"),
            );
        }
    }

    fn unused(&mut self, model: &Model) {
        // Every id something refers to, once (a search per declaration
        // was quadratic for a catalog of providers).
        let used_categories: FxHashSet<&str> = model
            .items
            .iter()
            .map(|i| i.category.value.as_str())
            .collect();
        let mut used_providers: FxHashSet<&str> = model
            .items
            .iter()
            .map(|i| i.provider.value.as_str())
            .collect();
        used_providers.extend(
            model
                .providers
                .iter()
                .filter_map(|o| o.on_behalf_of.as_ref())
                .map(|b| b.value.as_str()),
        );
        for c in &model.categories {
            let used = used_categories.contains(c.id.value.as_str())
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
        for p in model.providers.iter().filter(|p| p.id.value != FIRST_PARTY) {
            let used = used_providers.contains(p.id.value.as_str())
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
