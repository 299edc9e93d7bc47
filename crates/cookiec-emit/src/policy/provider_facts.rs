//! What the policy says about who runs a tool and where its cookies live
//! (issue 13): self-hosted tools, providers acting for another, whether a
//! provider sets its own cookies when the file lists them, and cookies a
//! third party sets on its own domain.

use crate::lex::{Arg, Words};
use cookiec_check::model::{Item, Provider, Status, FIRST_PARTY};
use cookiec_check::site_domain::third_party_domain;
use cookiec_check::ValidModel;

/// A provider's name in the items table: a self-hosted tool says so.
pub(super) fn display_name(w: &Words, p: &Provider) -> String {
    if p.self_hosted {
        w.fmt("self-hosted-name", &[("name", Arg::Text(&p.name.value))])
    } else {
        p.name.value.clone()
    }
}

/// One paragraph per self-hosted tool, for the third-party section: its
/// data is not passed on, which is why it is not in the table.
pub(super) fn self_hosted_notes(w: &Words, model: &ValidModel) -> Vec<String> {
    model
        .providers
        .iter()
        .filter(|p| p.self_hosted)
        .map(|p| w.fmt("self-hosted-note", &[("name", Arg::Text(&p.name.value))]))
        .collect()
}

/// "Acts on behalf of Webflow." for a provider working for another.
pub(super) fn on_behalf_of(w: &Words, model: &ValidModel, p: &Provider) -> Option<String> {
    let id = &p.on_behalf_of.as_ref()?.value;
    let other = model.provider_named(id)?;
    if other.id.value == p.id.value {
        return None;
    }
    let name = if other.id.value == FIRST_PARTY {
        model.policy.service.value.clone()
    } else {
        other.name.value.clone()
    };
    Some(w.fmt("third-on-behalf-of", &[("provider", Arg::Text(&name))]))
}

/// Whether the items table lists items of `p`: then it sets its own
/// cookies, whatever `sets-own-cookies` leaves unsaid.
pub(super) fn has_listed_items(model: &ValidModel, p: &Provider) -> bool {
    model
        .provider_id(&p.id.value)
        .is_some_and(|id| model.items_by(id).any(|i| i.status != Status::NotUsed))
}

/// The note on an item a third party sets on its own domain: the provider
/// controls it, and the visitor removes it in the browser. `None` for
/// items the site can reach, and for first-party items (SPEC009 warns on
/// a first-party domain outside the site).
pub(super) fn third_party_domain_note(w: &Words, model: &ValidModel, it: &Item) -> Option<String> {
    let domain = third_party_domain(model, it)?;
    let p = model
        .provider_named(&it.provider.value)
        .filter(|p| p.id.value != FIRST_PARTY)?;
    let host = domain.trim_start_matches('.');
    let host = cookiec_check::validate::url_host(host).unwrap_or_else(|| host.to_string());
    Some(w.fmt(
        "item-third-party-domain",
        &[
            ("provider", Arg::Text(&p.name.value)),
            ("domain", Arg::Text(&host)),
        ],
    ))
}
