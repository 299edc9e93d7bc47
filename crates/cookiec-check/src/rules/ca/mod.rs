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

/// Why the site appears to sell or share personal information (or do
/// targeted advertising) in the rule's regions: a category that is
/// `opt-out` there (the site offers an opt-out of sale/sharing), or an item
/// set by a third-party advertising provider. The span points at it.
pub fn sells_or_shares(cx: &Ctx) -> Option<(Span, String)> {
    for cat in cx.live_categories() {
        if let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::OptOut) {
            let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
            return Some((span, format!("category `{}` is opt-out", cat.id.value)));
        }
    }
    cx.live_items()
        .find(|i| cx.has_role(i, ProviderRole::Advertising))
        .map(|i| {
            (
                i.provider.span,
                format!("provider `{}` is an advertising provider", i.provider.value),
            )
        })
}
