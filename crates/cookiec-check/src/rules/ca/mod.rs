//! California: CCPA as amended by the CPRA, and CalOPPA. They run when the
//! file targets `us-ca`.

pub mod dnt_undisclosed;
pub mod gpc_ignored;
pub mod opt_out_link;
pub mod sale_without_opt_out;

use crate::model::{ConsentMode, ProviderRole, Region};
use crate::rules::Ctx;
use cookiec_diagnostics::Span;

pub const CA: &[Region] = &[Region::UsCa];

/// Why the site sells or shares personal information (or does targeted
/// advertising) in the rule's regions, with the span to point at: a
/// category or item declared `counts-as [sale | sharing | targeted-advertising]`.
/// Only a file that declares no `counts-as` at all is guessed at: a
/// category that is `opt-out` there (the site offers an opt-out of
/// sale/sharing), or an item set by a third-party advertising provider.
pub fn sells_or_shares(cx: &Ctx) -> Option<(Span, String)> {
    if cx.model.declares_counts_as() {
        for cat in cx.live_categories() {
            if let Some(u) = cat.counts_as.first() {
                let what = format!("category `{}` counts as {}", cat.id.value, u.value.as_str());
                return Some((u.span, what));
            }
        }
        return cx.live_items().find_map(|i| {
            let u = i.counts_as.first()?;
            let name = i
                .display_name()
                .unwrap_or_else(|| i.kind.as_str().to_string());
            Some((u.span, format!("`{name}` counts as {}", u.value.as_str())))
        });
    }
    for cat in cx.live_categories() {
        if let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::OptOut) {
            let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
            return Some((
                span,
                format!(
                    "category `{}` is opt-out (declare `counts-as` to say what is sold or shared)",
                    cat.id.value
                ),
            ));
        }
    }
    cx.live_items()
        .find(|i| cx.has_role(i, ProviderRole::Advertising))
        .map(|i| {
            (
                i.provider.span,
                format!(
                    "provider `{}` is an advertising provider (declare `counts-as` to say what is sold or shared)",
                    i.provider.value
                ),
            )
        })
}
