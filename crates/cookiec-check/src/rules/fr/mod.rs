//! France (CNIL): the CNIL's 2020 guidelines and recommendation on
//! cookies. They run when the file targets `fr`.

pub mod audience_measurement;
pub mod consent_renewal_late;
pub mod lifetime_over_13_months;

use crate::model::{Consent, ConsentMode, Duration, Item, LifetimeKind, Region};
use crate::rules::context::DAY;
use crate::rules::policy::find_cookie;
use crate::rules::Ctx;

pub const FR: &[Region] = &[Region::Fr];

/// 13 months, counted generously as a year and a month (395 days) so that
/// `13 months` and `1 year 1 month` both pass.
pub const THIRTEEN_MONTHS: u64 = 395 * DAY;

/// How long a consent choice is kept before the visitor is asked again: the
/// declared `renew-after`, else `record-lifetime`, else the record cookie's
/// fixed lifetime, with the span to point at.
pub fn renewal_interval<'a>(
    consent: &'a Consent,
    items: &'a [Item],
) -> Option<(&'a Duration, &'static str)> {
    if let Some(d) = consent.renew_after_in(Region::Fr) {
        return Some((d, "renew-after"));
    }
    if let Some(d) = &consent.record_lifetime {
        return Some((d, "record-lifetime"));
    }
    let rec = consent.record.as_ref()?;
    let item = find_cookie(items, &rec.value)?;
    match &item.lifetime.as_ref()?.kind {
        LifetimeKind::Fixed { duration } => {
            Some((duration, "the consent record cookie's lifetime"))
        }
        _ => None,
    }
}

/// The renewal interval when it exceeds `max_seconds` and the policy asks
/// for consent at all (some category is opt-in or opt-out): the shared
/// condition of the national rules on how long a choice may be kept.
pub fn renewal_longer_than<'a>(
    cx: &Ctx<'a>,
    max_seconds: u64,
) -> Option<(&'a Duration, &'static str)> {
    cx.any_choice(&[ConsentMode::OptIn, ConsentMode::OptOut])?;
    renewal_interval(&cx.model.consent, &cx.model.items).filter(|(d, _)| d.seconds > max_seconds)
}
