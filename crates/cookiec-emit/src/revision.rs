//! `revision` and `content_hash`.
//!
//! **Material content** is every fact that changes what a visitor agrees to:
//! - categories: id, status, consent mode per region, Google Consent Mode
//!   types, TCF purposes;
//! - items: kind, name pattern, domain, path, category, provider, status,
//!   lifetime (kind, seconds, sliding, configurable), cookie attributes,
//!   whether sent to the server, the cookie keying a server session;
//! - providers: id, name, whether third party, privacy URL, whether they set
//!   their own cookies, status (only when `may-use`, so that files written
//!   before providers had a status keep their revision);
//! - consent: GPC/DNT response, consent record cookie and lifetime, renewal
//!   and re-prompt rules.
//!
//! Not material: every translated text (titles, descriptions, purposes,
//! sections, summary), contact details, dates, spans, comments, layout.
//! Changing a purpose's wording keeps the revision; adding a cookie,
//! lengthening a lifetime or moving a cookie to another category changes it.
//!
//! `revision` is the first 16 hex digits of the SHA-256 of the canonical
//! JSON of that material content (JSON with fixed field order, no spans).
//! `cookiec diff` ([`crate::diff`]) classifies changes with the same
//! [`material`] projection, so a change is material exactly when it
//! changes the revision.

use crate::common::{self, LifetimeOut, Matcher};
use cookiec_check::model::{Model, Status};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(crate) struct Material<'a> {
    pub(crate) categories: Vec<MatCategory<'a>>,
    pub(crate) items: Vec<MatItem<'a>>,
    pub(crate) providers: Vec<MatProvider<'a>>,
    pub(crate) consent: MatConsent<'a>,
}

#[derive(Serialize)]
pub(crate) struct MatCategory<'a> {
    pub(crate) id: &'a str,
    pub(crate) status: &'a str,
    pub(crate) consent: BTreeMap<&'a str, &'a str>,
    pub(crate) google_consent: Vec<&'a str>,
    pub(crate) tcf_purposes: Vec<u8>,
    /// What it counts as under US state law, its items' included.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) counts_as: Vec<&'static str>,
}

#[derive(Serialize)]
pub(crate) struct MatItem<'a> {
    pub(crate) kind: &'a str,
    pub(crate) name: Matcher,
    pub(crate) domain: Option<&'a str>,
    pub(crate) path: Option<&'a str>,
    pub(crate) category: &'a str,
    pub(crate) provider: &'a str,
    pub(crate) status: &'a str,
    pub(crate) lifetime: Option<LifetimeOut>,
    pub(crate) sent_to_server: bool,
    pub(crate) http_only: Option<bool>,
    pub(crate) secure: Option<bool>,
    pub(crate) same_site: Option<&'a str>,
    pub(crate) partitioned: Option<bool>,
    pub(crate) keyed_by: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct MatProvider<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) third_party: bool,
    pub(crate) privacy: Option<&'a str>,
    pub(crate) sets_own_cookies: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) status: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct MatConsent<'a> {
    pub(crate) gpc: Option<MatPerRegion<&'a str>>,
    pub(crate) dnt: Option<MatPerRegion<&'a str>>,
    pub(crate) record: &'a str,
    pub(crate) record_lifetime: Option<u64>,
    pub(crate) renew_after: Option<MatPerRegion<u64>>,
    pub(crate) renew_on_change: Option<bool>,
    pub(crate) reprompt_after_refusal: Option<MatPerRegion<u64>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) opt_out_links: Vec<&'a str>,
}

/// A per-region value as it was hashed before values could differ per
/// region (the bare value), or region → value: a policy that says nothing
/// per region keeps its revision.
#[derive(Serialize, PartialEq)]
#[serde(untagged)]
pub(crate) enum MatPerRegion<T> {
    Uniform(T),
    ByRegion(BTreeMap<&'static str, T>),
}

fn mat_per_region<T, U>(
    p: &Option<cookiec_check::model::PerRegion<T>>,
    f: impl Fn(&T) -> U,
) -> Option<MatPerRegion<U>> {
    let p = p.as_ref()?;
    if p.is_uniform() {
        return p
            .get(cookiec_check::model::Region::Default)
            .map(|v| MatPerRegion::Uniform(f(v)));
    }
    Some(MatPerRegion::ByRegion(
        p.by_region
            .iter()
            .map(|(r, v)| (r.as_str(), f(v)))
            .collect(),
    ))
}

/// The material content of `model`: what [`revision`] hashes, and what
/// `cookiec diff` compares to say which changes are material.
pub(crate) fn material(model: &Model) -> Material<'_> {
    let c = &model.consent;
    Material {
        categories: model
            .categories
            .iter()
            .map(|c| MatCategory {
                id: &c.id.value,
                status: c.status.as_str(),
                consent: c
                    .consent
                    .iter()
                    .map(|(r, m)| (r.as_str(), m.value.as_str()))
                    .collect(),
                google_consent: c.google_consent.iter().map(|g| g.value.as_str()).collect(),
                tcf_purposes: c.tcf_purposes.iter().map(|t| t.value).collect(),
                counts_as: model
                    .counts_as(&c.id.value)
                    .into_iter()
                    .map(|u| u.as_str())
                    .collect(),
            })
            .collect(),
        items: model
            .items
            .iter()
            .map(|it| MatItem {
                kind: it.kind.as_str(),
                name: common::matcher(&it.name),
                domain: it.domain.as_ref().map(|d| d.value.as_str()),
                path: it.path.as_ref().map(|d| d.value.as_str()),
                category: &it.category.value,
                provider: &it.provider.value,
                status: it.status.as_str(),
                lifetime: it.lifetime.as_ref().map(common::lifetime),
                sent_to_server: it.sent_to_server,
                http_only: it.http_only.as_ref().map(|b| b.value),
                secure: it.secure.as_ref().map(|b| b.value),
                same_site: it.same_site.as_ref().map(|s| s.value.as_str()),
                partitioned: it.partitioned.as_ref().map(|b| b.value),
                keyed_by: it.keyed_by.as_ref().map(|k| k.value.as_str()),
            })
            .collect(),
        providers: model
            .providers
            .iter()
            .map(|p| MatProvider {
                id: &p.id.value,
                name: &p.name.value,
                third_party: p.third_party,
                privacy: p.privacy.as_ref().map(|u| u.value.as_str()),
                sets_own_cookies: p.sets_own_cookies.is_some(),
                status: (p.status != Status::InUse).then(|| p.status.as_str()),
            })
            .collect(),
        consent: MatConsent {
            gpc: mat_per_region(&c.gpc, |g| g.value.as_str()),
            dnt: mat_per_region(&c.dnt, |g| g.value.as_str()),
            record: common::consent_cookie(model),
            record_lifetime: c.record_lifetime.as_ref().map(|d| d.seconds),
            renew_after: mat_per_region(&c.renew_after, |d| d.seconds),
            renew_on_change: c.renew_on_change.as_ref().map(|b| b.value),
            reprompt_after_refusal: mat_per_region(&c.reprompt_after_refusal, |d| d.seconds),
            opt_out_links: c.opt_out_links.iter().map(|l| l.value.as_str()).collect(),
        },
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn revision(model: &Model) -> String {
    // Serialising plain structs of strings, numbers and maps with string
    // keys cannot fail; an empty buffer would still give a stable hash.
    let json = serde_json::to_vec(&material(model)).unwrap_or_default();
    let digest = Sha256::digest(&json);
    hex(&digest).chars().take(16).collect()
}

/// `sha256:<hex>` of the Markdown policy of every language, in the order
/// of `languages`, each framed as `<lang>\n<byte length>\n<markdown>`.
/// Anyone can recompute it from the published `policy.<lang>.md` files.
pub fn content_hash(markdown_by_lang: &[(String, String)]) -> String {
    let mut h = Sha256::new();
    for (lang, md) in markdown_by_lang {
        h.update(lang.as_bytes());
        h.update(b"\n");
        h.update(md.len().to_string().as_bytes());
        h.update(b"\n");
        h.update(md.as_bytes());
    }
    format!("sha256:{}", hex(&h.finalize()))
}
