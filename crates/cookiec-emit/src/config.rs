//! `cookiec.config.json`: the runtime config for consent banners and
//! client-side clean-up. The Rust types are the schema
//! (`schemas/cookiec.config.schema.json` is generated from them).

use crate::common::{self, LifetimeOut, Matcher, State};
use crate::revision;
use cookiec_check::model::{ItemKind, Model, Region, SignalResponse, Text, TextList};
use cookiec_check::site_domain::third_party_domain;
use cookiec_check::ValidModel;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// Language tag → text.
pub type Translated = BTreeMap<String, String>;

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(title = "cookiec runtime config")]
#[serde(deny_unknown_fields)]
pub struct RuntimeConfig {
    /// Format version of this file: 1. Bumped only on incompatible changes.
    #[schemars(range(min = 1, max = 1))]
    pub version: u32,
    pub service: String,
    /// The legal entity responsible, when the policy names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controller: Option<String>,
    /// Published languages; the first is the default.
    pub languages: Vec<String>,
    /// Last-updated date of the policy (`2026-06-01` or `2026-03`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Changes exactly when the policy changes materially (what is stored,
    /// by whom, for how long, under which consent rule); not on wording.
    /// Store it with each consent; ask again when it differs.
    pub revision: String,
    /// `sha256:<hex>` of the full policy text in every language: store it
    /// with each consent as proof of what was shown.
    pub content_hash: String,
    pub consent: ConsentConfig,
    /// Region code → category id → rule. A client uses the most specific
    /// region it knows the visitor is in (`us-ca` before `us`), else
    /// `default`.
    pub regions: BTreeMap<String, BTreeMap<String, CategoryRule>>,
    pub categories: Vec<CategoryConfig>,
    pub providers: Vec<ProviderConfig>,
    pub items: Vec<ItemConfig>,
    pub google_consent_mode: GoogleConsentMode,
    /// Language → texts a banner shows besides the category texts.
    pub translations: BTreeMap<String, Translation>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentConfig {
    pub record: ConsentRecord,
    /// Show a banner where consent is required (or, with
    /// `acknowledge_required`, to every visitor).
    pub banner: bool,
    /// The banner asks every visitor to accept even the strictly necessary
    /// cookies, which cannot be declined.
    pub acknowledge_required: bool,
    /// Offer "reject all" as prominently as "accept all".
    pub reject_all: bool,
    /// `wall` or `consent-or-pay`: what a visitor who declines gets
    /// (absent: the site works without consent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_wall: Option<String>,
    /// How consent is withdrawn: `footer-link`, `banner`, `settings-page`, `browser-only`.
    pub withdraw: Vec<String>,
    /// `honour`, `sale-sharing` or `ignore` the `Sec-GPC: 1` header /
    /// `navigator.globalPrivacyControl` in the `default` region (see
    /// `by_region` where it differs per region; each region's categories
    /// carry the resulting `with_gpc` state).
    pub gpc: Signal,
    /// The same for the `DNT: 1` header / `navigator.doNotTrack`.
    pub dnt: Signal,
    /// Region → what differs per region; present when the policy gives a
    /// signal, `renew-after` or `reprompt-after-refusal` per region.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_region: BTreeMap<String, RegionConsent>,
    /// The opt-out links US state laws require, with their labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opt_out_links: Vec<OptOutLinkConfig>,
    /// Show "Opt-Out Request Honored" when an honoured GPC signal is
    /// detected (California, CCPA regulations §7025(c)(6)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_opt_out_honoured: bool,
    /// Ask again after this many seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_after_seconds: Option<u64>,
    /// Ask again when `revision` changes.
    pub renew_on_change: bool,
    /// Do not ask again for this many seconds after a refusal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reprompt_after_refusal_seconds: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// Opts out of every category that is not required.
    Honour,
    Ignore,
    /// Opts out of the categories that count as a sale, a sharing or
    /// targeted advertising.
    SaleSharing,
}

/// The consent settings of one region, where they differ per region.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionConsent {
    pub gpc: Signal,
    pub dnt: Signal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_after_seconds: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reprompt_after_refusal_seconds: Option<u64>,
}

/// An opt-out link (`do-not-sell-or-share`, `your-privacy-choices`, ...).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptOutLinkConfig {
    pub id: String,
    /// Language → the link's fixed label.
    pub label: Translated,
    /// Where it leads; absent: the banner's preferences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The cookie that stores the visitor's choice.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    pub cookie: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_seconds: Option<u64>,
    /// `cookiec-record-1`: see `syntax` and docs/outputs.md.
    pub format: String,
    pub syntax: String,
}

/// A category's consent rule in one region.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryRule {
    /// `required`, `opt-in`, `opt-out` or `notice`.
    pub mode: String,
    /// State before the visitor chooses, without privacy signal.
    pub default: State,
    /// State before the visitor chooses when GPC is sent.
    pub with_gpc: State,
    /// State before the visitor chooses when DNT is sent.
    pub with_dnt: State,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryConfig {
    pub id: String,
    /// Cannot be switched off.
    pub required: bool,
    /// `in-use`, `may-use` or `not-used`.
    pub status: String,
    pub title: Translated,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub description: Translated,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub purposes: BTreeMap<String, Vec<String>>,
    pub google_consent: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tcf_purposes: Vec<u8>,
    /// `consent`, `contract`, `legal-obligation`, `vital-interests`,
    /// `public-task` or `legitimate-interests` (GDPR Art. 6(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// `sale`, `sharing`, `targeted-advertising`: what accepting the
    /// category allows under US state law (its items' included).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts_as: Vec<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    pub id: String,
    pub name: String,
    /// False for the site itself and for a self-hosted tool.
    pub third_party: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<String>,
    /// `in-use`, or `may-use` when the site only may load them.
    pub status: String,
    /// Software the site runs on its own servers (`self-hosted yes`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_hosted: bool,
    /// The id of the provider this one works for (`on-behalf-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemConfig {
    /// `cookie`, `local-storage`, `session-storage`, `indexeddb`,
    /// `cache-storage`, `pixel`, `server-session`.
    pub kind: String,
    pub name: Matcher,
    /// The glob as written when `name` is the regex of a glob with a `*`
    /// not only at the end (`*_key`): what readers are shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glob: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub category: String,
    pub provider: String,
    /// `in-use` or `may-use`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<LifetimeOut>,
    /// A client can delete it by name when its category is withdrawn: it
    /// has a published name, lives in the browser, and its category is not
    /// required, and is not on a third party's domain.
    pub clear_on_withdraw: bool,
    pub purpose: Translated,
    /// Set by a third party on its own domain (its `domain` is outside the
    /// site): no script or server of the site can read or delete it, so
    /// the banner leaves it out of clean-up; the policy says how to remove
    /// it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub third_party_domain: bool,
    /// The ground the author declares the item needs no consent on
    /// (`exempt`): `user-input`, `authentication`, `security`,
    /// `load-balancing`, `ui-customisation`, `consent-record`, or
    /// `statistics` (UK only, with a way to object). A statement, not a
    /// proof: a banner still follows the category's rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoogleConsentMode {
    /// Consent Mode type → the categories that grant it (all of them must
    /// be granted).
    pub mapping: BTreeMap<String, Vec<String>>,
    /// Region → Consent Mode type → state for `gtag('consent', 'default', ...)`.
    pub default: BTreeMap<String, BTreeMap<String, State>>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Title of the policy page.
    pub policy_title: String,
    /// File name of the HTML policy in this language.
    pub policy_file: String,
}

fn translated(t: &Text) -> Translated {
    t.by_lang
        .iter()
        .map(|(l, s)| (l.to_string(), s.clone()))
        .collect()
}

fn translated_list(t: &TextList) -> BTreeMap<String, Vec<String>> {
    t.by_lang
        .iter()
        .map(|(l, s)| (l.to_string(), s.clone()))
        .collect()
}

fn signal(s: Option<SignalResponse>) -> Signal {
    match s {
        Some(SignalResponse::Honour) => Signal::Honour,
        Some(SignalResponse::SaleSharing) => Signal::SaleSharing,
        Some(SignalResponse::Ignore) | None => Signal::Ignore,
    }
}

/// Per region, what differs per region (empty when nothing does).
fn by_region(model: &Model, regions: &[Region]) -> BTreeMap<String, RegionConsent> {
    let c = &model.consent;
    let varies = [&c.gpc, &c.dnt]
        .iter()
        .any(|p| p.as_ref().is_some_and(|p| !p.is_uniform()))
        || [&c.renew_after, &c.reprompt_after_refusal]
            .iter()
            .any(|p| p.as_ref().is_some_and(|p| !p.is_uniform()));
    if !varies {
        return BTreeMap::new();
    }
    regions
        .iter()
        .map(|r| {
            (
                r.as_str().to_string(),
                RegionConsent {
                    gpc: signal(c.gpc_in(*r)),
                    dnt: signal(c.dnt_in(*r)),
                    renew_after_seconds: c.renew_after_in(*r).map(|d| d.seconds),
                    reprompt_after_refusal_seconds: c
                        .reprompt_after_refusal_in(*r)
                        .map(|d| d.seconds),
                },
            )
        })
        .collect()
}

fn opt_out_links(model: &Model) -> Vec<OptOutLinkConfig> {
    let langs = crate::banner::languages(model);
    model
        .consent
        .opt_out_links
        .iter()
        .map(|l| OptOutLinkConfig {
            id: l.value.as_str().to_string(),
            label: langs
                .iter()
                .map(|lang| {
                    let label = crate::lex::words(lang).get(&format!("link-{}", l.value.as_str()));
                    (lang.clone(), label)
                })
                .collect(),
            url: model
                .consent
                .opt_out_url
                .as_ref()
                .map(|u| u.value.to_string()),
        })
        .collect()
}

pub fn build(model: &ValidModel, content_hash: &str) -> RuntimeConfig {
    let consent = &model.consent;
    let regions_list = common::regions(model);

    let mut regions = BTreeMap::new();
    for r in &regions_list {
        let mut rules = BTreeMap::new();
        for c in &model.categories {
            let mode = c.consent_in(*r);
            rules.insert(
                c.id.value.clone(),
                CategoryRule {
                    mode: mode.as_str().to_string(),
                    default: common::default_state(mode),
                    with_gpc: common::signal_state(model, c, *r, consent.gpc_in(*r)),
                    with_dnt: common::signal_state(model, c, *r, consent.dnt_in(*r)),
                },
            );
        }
        regions.insert(r.as_str().to_string(), rules);
    }

    let categories = model
        .categories
        .iter()
        .map(|c| CategoryConfig {
            id: c.id.value.clone(),
            required: c.is_required(),
            status: c.status.as_str().to_string(),
            title: translated(&c.title),
            description: c.description.as_ref().map(translated).unwrap_or_default(),
            purposes: c.purposes.as_ref().map(translated_list).unwrap_or_default(),
            google_consent: c
                .google_consent
                .iter()
                .map(|g| g.value.as_str().to_string())
                .collect(),
            tcf_purposes: c.tcf_purposes.iter().map(|t| t.value).collect(),
            legal_basis: c.legal_basis.as_ref().map(|b| b.value.as_str().to_string()),
            counts_as: model
                .counts_as(&c.id.value)
                .into_iter()
                .map(|u| u.as_str().to_string())
                .collect(),
        })
        .collect();

    let providers = model
        .providers
        .iter()
        .map(|p| ProviderConfig {
            id: p.id.value.clone(),
            name: p.name.value.clone(),
            third_party: p.third_party,
            privacy: p.privacy.as_ref().map(|u| u.value.to_string()),
            status: p.status.as_str().to_string(),
            self_hosted: p.self_hosted,
            on_behalf_of: p.on_behalf_of.as_ref().map(|b| b.value.clone()),
        })
        .collect();

    let items = model
        .items
        .iter()
        .map(|it| {
            let required = common::category(model, it).is_some_and(|c| c.is_required());
            let in_browser = !matches!(it.kind, ItemKind::Pixel | ItemKind::ServerSession);
            let foreign = third_party_domain(model, it).is_some();
            ItemConfig {
                kind: it.kind.as_str().to_string(),
                name: common::matcher(&it.name),
                glob: it.glob.clone(),
                domain: it.domain.as_ref().map(|d| d.value.clone()),
                path: it.path.as_ref().map(|p| p.value.clone()),
                category: it.category.value.clone(),
                provider: it.provider.value.clone(),
                status: it.status.as_str().to_string(),
                lifetime: it.lifetime.as_ref().map(common::lifetime),
                clear_on_withdraw: !required
                    && in_browser
                    && !foreign
                    && common::matcher(&it.name) != Matcher::Unnamed,
                purpose: translated(&it.purpose),
                third_party_domain: foreign,
                exempt: it.exempt.as_ref().map(|g| g.value.as_str().to_string()),
            }
        })
        .collect();

    RuntimeConfig {
        version: 1,
        service: model.policy.service.value.clone(),
        controller: model.policy.controller.as_ref().map(|c| c.value.clone()),
        languages: model.policy.language_tags(),
        updated: model
            .policy
            .updated
            .as_ref()
            .map(|d| crate::words::iso_date(d.value)),
        revision: revision::revision(model),
        content_hash: content_hash.to_string(),
        consent: ConsentConfig {
            record: ConsentRecord {
                cookie: common::consent_cookie(model).to_string(),
                max_age_seconds: consent.record_lifetime.as_ref().map(|d| d.seconds),
                format: common::CONSENT_FORMAT.to_string(),
                syntax: common::CONSENT_SYNTAX.to_string(),
            },
            banner: common::banner_shown(consent),
            acknowledge_required: common::acknowledge_required(consent),
            reject_all: consent.reject_all.as_ref().is_some_and(|b| b.value),
            cookie_wall: consent
                .cookie_wall
                .as_ref()
                .filter(|c| c.value != cookiec_check::model::CookieWall::None)
                .map(|c| c.value.as_str().to_string()),
            withdraw: consent
                .withdraw
                .iter()
                .map(|w| w.value.as_str().to_string())
                .collect(),
            gpc: signal(consent.gpc_in(Region::Default)),
            dnt: signal(consent.dnt_in(Region::Default)),
            by_region: by_region(model, &regions_list),
            opt_out_links: opt_out_links(model),
            show_opt_out_honoured: common::opt_out_shown(model),
            renew_after_seconds: consent.renew_after_in(Region::Default).map(|d| d.seconds),
            renew_on_change: consent.renew_on_change.as_ref().is_some_and(|b| b.value),
            reprompt_after_refusal_seconds: consent
                .reprompt_after_refusal_in(Region::Default)
                .map(|d| d.seconds),
        },
        regions,
        categories,
        providers,
        items,
        google_consent_mode: google(model, &regions_list),
        translations: model
            .policy
            .languages
            .iter()
            .map(|l| {
                (
                    l.value.to_string(),
                    Translation {
                        policy_title: crate::policy::outline::title(model, &l.value),
                        policy_file: format!("policy.{}.html", l.value),
                    },
                )
            })
            .collect(),
    }
}

/// Consent Mode v2: a type is granted by default in a region only when
/// every category mapped to it is granted by default there; unmapped types
/// are denied.
fn google(model: &Model, regions: &[Region]) -> GoogleConsentMode {
    GoogleConsentMode {
        mapping: crate::gcm::mapping(model),
        default: regions
            .iter()
            .map(|r| {
                let states = crate::gcm::states(model, *r, common::default_state);
                (r.as_str().to_string(), states)
            })
            .collect(),
    }
}
