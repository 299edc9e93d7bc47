//! Pieces shared by the runtime config and the header rules: name
//! matchers, lifetimes in seconds, per-region consent states.

use cookiec_check::model::{
    Category, Consent, ConsentMode, Item, Lifetime, LifetimeKind, Model, NamePattern, Region,
    SignalResponse, Status,
};
use cookiec_check::ValidModel;
use schemars::JsonSchema;
use serde::Serialize;

/// Name matchers and default states are the header rules' own types,
/// shared with every enforcement.
pub use cookiec_enforce::rules::{Matcher, State};

/// [`Matcher`] of a model name pattern.
pub fn matcher(name: &NamePattern) -> Matcher {
    match name {
        NamePattern::Exact(s) => Matcher::Exact(s.clone()),
        NamePattern::Prefix(s) => Matcher::Prefix(s.clone()),
        NamePattern::Regex(s) => Matcher::Regex(s.to_string()),
        NamePattern::Unnamed => Matcher::Unnamed,
    }
}

/// The state of a category before any choice, with no privacy signal.
pub fn default_state(mode: ConsentMode) -> State {
    match mode {
        ConsentMode::Required | ConsentMode::OptOut | ConsentMode::Notice => State::Granted,
        ConsentMode::OptIn => State::Denied,
    }
}

/// The state of `c` in `region` before any choice when a signal (GPC or
/// DNT) with the region's `response` is sent: denied when the response
/// covers the category (`honour`: every one; `sale-sharing`: those that
/// count as a sale, a sharing or targeted advertising), unless the category
/// is required there.
pub fn signal_state(
    model: &Model,
    c: &Category,
    region: Region,
    response: Option<SignalResponse>,
) -> State {
    let mode = c.consent_in(region);
    if mode != ConsentMode::Required && model.signal_covers(response, c) {
        State::Denied
    } else {
        default_state(mode)
    }
}

/// Every region the policy distinguishes: `default`, each region named in a
/// category's consent block, each region of the `consent` declaration.
pub fn regions(model: &Model) -> Vec<Region> {
    let mut rs: Vec<Region> = vec![Region::Default];
    for c in &model.categories {
        rs.extend(c.consent.keys().copied());
    }
    rs.extend(model.consent.regions.iter().map(|r| r.value));
    let c = &model.consent;
    for p in [&c.gpc, &c.dnt].into_iter().flatten() {
        rs.extend(p.regions());
    }
    for p in [&c.renew_after, &c.reprompt_after_refusal]
        .into_iter()
        .flatten()
    {
        rs.extend(p.regions());
    }
    rs.sort();
    rs.dedup();
    rs
}

/// Lifetime summary for machines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LifetimeOut {
    /// `session`, `until-cleared`, `until-sign-out` or `fixed`.
    pub kind: &'static str,
    /// For `fixed`: the (default) duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
    /// Renewed on activity.
    pub sliding: bool,
    /// Set per deployment; `seconds` is the default.
    pub configurable: bool,
}

pub fn lifetime(l: &Lifetime) -> LifetimeOut {
    let (kind, seconds) = match (&l.kind, l.kind.word()) {
        (LifetimeKind::Fixed { duration }, _) => ("fixed", Some(duration.seconds)),
        (_, Some(word)) => (word.as_str(), None),
        (_, None) => ("fixed", None),
    };
    LifetimeOut {
        kind,
        seconds,
        sliding: l.sliding,
        configurable: l.configurable,
    }
}

/// The item's category, resolved by the checker (no search).
pub fn category<'a>(model: &'a ValidModel, item: &Item) -> Option<&'a Category> {
    model.category_named(&item.category.value)
}

/// The consent cookie name when the policy does not declare `record`.
pub const DEFAULT_CONSENT_COOKIE: &str = cookiec_check::model::DEFAULT_RECORD;

pub fn consent_cookie(model: &Model) -> &str {
    cookiec_check::model::consent_record_name(model)
}

/// The consent record format, shared by banners and middleware.
pub const CONSENT_FORMAT: &str = cookiec_enforce::record::FORMAT;
pub const CONSENT_SYNTAX: &str = cookiec_enforce::record::SYNTAX;

/// `acknowledge-required yes`, unless `banner no` contradicts it (then no
/// banner is described at all).
pub fn acknowledge_required(consent: &Consent) -> bool {
    consent
        .acknowledge_required
        .as_ref()
        .is_some_and(|b| b.value)
        && consent.banner.as_ref().is_none_or(|b| b.value)
}

/// A banner is shown: `banner yes`, or implied by `acknowledge-required yes`.
pub fn banner_shown(consent: &Consent) -> bool {
    consent.banner.as_ref().is_some_and(|b| b.value) || acknowledge_required(consent)
}

/// Some category in use can be declined (it is not `required` everywhere
/// it is declared): the banner then offers a choice, not only "accept".
pub fn has_choice(model: &Model) -> bool {
    model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
        .any(|c| c.consent.values().any(|m| m.value != ConsentMode::Required))
}

/// Whether the banner shows that an opt-out preference signal was honoured
/// (CCPA regulations §7025(c)(6)): GPC is honoured in a California region
/// the policy covers.
pub fn opt_out_shown(model: &Model) -> bool {
    regions(model)
        .into_iter()
        .filter(|r| *r == Region::UsCa || (*r == Region::Us))
        .any(|r| !matches!(model.consent.gpc_in(r), None | Some(SignalResponse::Ignore)))
}
