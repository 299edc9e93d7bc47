//! EU rules: ePrivacy Directive Art. 5(3), GDPR, EDPB guidelines and the
//! Court of Justice. They run when the file targets `eu`, `eea` or a
//! member state.

pub mod cookie_wall;
pub mod lifetime_undisclosed;
pub mod no_consent;
pub mod no_reject_all;
pub mod opt_in_without_banner;
pub mod pre_ticked;
pub mod storage_and_pixels;
pub mod third_party_undisclosed;
pub mod trackers_in_necessary;
pub mod withdrawal_harder;

use crate::model::{Category, ConsentMode, ItemKind, Region, Spanned};
use crate::rules::{fix, Ctx};
use cookiec_diagnostics::{Edit, Fix};

/// The regions where EU law applies (the member states cookiec knows
/// included).
pub const EU: &[Region] = &[
    Region::Eu,
    Region::Eea,
    Region::Fr,
    Region::De,
    Region::It,
    Region::Es,
    Region::Nl,
];

/// Whether a category's live items are all web storage or pixels (no
/// cookie, no cookie-keyed server session), and it has at least one.
pub fn only_non_cookie_items(cx: &Ctx, cat: &Category) -> bool {
    let mut any = false;
    for i in cx.items_of(cat) {
        any = true;
        if matches!(i.kind, ItemKind::Cookie | ItemKind::ServerSession) {
            return false;
        }
    }
    any
}

/// A code action that sets the mode that decided a region's consent to
/// `opt-in` (unsafe: it changes the consent model).
pub fn opt_in_fix(entry: Option<&Spanned<ConsentMode>>) -> Option<Fix> {
    let e = entry?;
    Some(Fix::unsafe_(
        "Require opt-in consent",
        vec![Edit {
            span: e.span,
            replacement: ConsentMode::OptIn.as_str().to_string(),
        }],
    ))
}

/// Insert a field into the `consent` declaration, or create the
/// declaration after `policy` when there is none.
pub fn consent_field_fix(cx: &Ctx, title: &str, field: &str) -> Option<Fix> {
    let edit = match cx.model.consent.span {
        Some(s) => fix::insert_field(cx.file, s, field)?,
        None => Edit {
            span: cookiec_diagnostics::Span::point(cx.model.policy.span.end),
            replacement: format!("\n\nconsent {{\n  {field}\n}}"),
        },
    };
    Some(Fix::unsafe_(title, vec![edit]))
}
