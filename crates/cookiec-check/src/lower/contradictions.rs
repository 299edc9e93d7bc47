//! E223: consent declarations the outputs cannot honour. Each would compile
//! to a banner, config or header rule that silently does something else
//! than the file says, so it is an error, not a lint.
//!
//! - a category that is opt-in in some region while `banner no`: nothing
//!   would ever ask for that consent;
//! - a `sale-sharing` signal response when nothing `counts-as` a sale, a
//!   sharing or targeted advertising: it would opt out of nothing;
//! - `counts-as` on a strictly necessary category: a visitor could not opt
//!   out of that sale.
//!
//! (The consent record declared in a category that needs consent is the
//! lint POL008.)

use super::cx::Cx;
use crate::codes;
use crate::model::{ConsentMode, Model, SignalResponse, Status};
use cookiec_diagnostics::Diagnostic;

impl Cx<'_> {
    pub(crate) fn contradictions(&mut self, model: &Model) {
        self.opt_in_without_banner(model);
        self.signal_scoped_to_nothing(model);
        self.required_category_sold(model);
    }

    fn opt_in_without_banner(&mut self, model: &Model) {
        let Some(banner) = model.consent.banner.as_ref().filter(|b| !b.value) else {
            return;
        };
        let opt_in = model
            .categories
            .iter()
            .filter(|c| c.status != Status::NotUsed)
            .find_map(|c| {
                // A mode the checker filled in (missing or misspelt
                // `consent`) carries the category's name span: already
                // reported, not a declaration to contradict.
                c.consent
                    .iter()
                    .filter(|(_, m)| m.span != c.id.span)
                    .find(|(_, m)| m.value == ConsentMode::OptIn)
                    .map(|(r, m)| (c, *r, m.span))
            });
        if let Some((c, region, span)) = opt_in {
            self.push(
                Diagnostic::error(
                    codes::UNHONOURABLE_CONSENT,
                    format!(
                        "`banner no`, but category `{}` needs opt-in consent in `{}`",
                        c.id.value,
                        region.as_str()
                    ),
                    banner.span,
                )
                .with_label("no banner would ask for it")
                .with_secondary(span, "opt-in here")
                .with_help("show a banner (`banner yes`), or make the category `opt-out` or `notice` where no consent is asked"),
            );
        }
    }

    fn signal_scoped_to_nothing(&mut self, model: &Model) {
        let anything_sold = model
            .categories
            .iter()
            .any(|c| !model.counts_as(&c.id.value).is_empty());
        if anything_sold || self.counts_as_misspelt {
            return;
        }
        for (name, p) in [("gpc", &model.consent.gpc), ("dnt", &model.consent.dnt)] {
            let Some(p) = p else { continue };
            for (region, r) in &p.by_region {
                if r.value != SignalResponse::SaleSharing {
                    continue;
                }
                self.push(
                    Diagnostic::error(
                        codes::UNHONOURABLE_CONSENT,
                        format!(
                            "`{name}` in `{}` opts out of sales and sharing, but nothing counts as one",
                            region.as_str()
                        ),
                        r.span,
                    )
                    .with_label("opts out of nothing")
                    .with_help("declare what is sold or shared (`counts-as [sale, sharing]` on the category or item), or answer `honour` to opt out of every category that is not strictly necessary"),
                );
            }
        }
    }

    fn required_category_sold(&mut self, model: &Model) {
        for c in model.categories.iter().filter(|c| c.is_required()) {
            let own = c.counts_as.first().map(|u| u.span);
            let item = model
                .items
                .iter()
                .filter(|i| i.category.value == c.id.value)
                .find_map(|i| i.counts_as.first().map(|u| u.span));
            if let Some(span) = own.or(item) {
                self.push(
                    Diagnostic::error(
                        codes::UNHONOURABLE_CONSENT,
                        format!(
                            "category `{}` is strictly necessary, but counts as a sale, a sharing or targeted advertising",
                            c.id.value
                        ),
                        span,
                    )
                    .with_label("visitors could not opt out of this")
                    .with_secondary(c.id.span, "required category")
                    .with_help("move what is sold or shared to a category visitors can refuse"),
                );
            }
        }
    }
}
