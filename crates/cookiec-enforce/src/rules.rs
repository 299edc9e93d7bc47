//! The model of `cookiec.headers.json`. `cookiec build` serialises it; every
//! middleware deserialises it through [`crate::load`]. Field docs become the
//! JSON Schema (`schemas/cookiec.headers.schema.json`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version this crate writes and reads.
pub const VERSION: u32 = 1;

/// How to recognise an item by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "match", content = "value", rename_all = "lowercase")]
pub enum Matcher {
    /// The name is exactly this string.
    Exact(String),
    /// The name starts with this string.
    Prefix(String),
    /// The name matches this regular expression (Rust `regex` syntax; the
    /// checker only accepts patterns, and common ones such as
    /// `^_ga_[A-Z0-9]+$` mean the same in JavaScript).
    Regex(String),
    /// No published name: the item cannot be found by name.
    Unnamed,
}

/// Whether a category is on when the visitor has not chosen.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Granted,
    Denied,
}

/// What middleware does with a `Set-Cookie` for a cookie nobody declared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Undeclared {
    /// Let it through.
    Allow,
    /// Remove the `Set-Cookie` line.
    Strip,
    /// Let it through and log it, so the policy can be completed.
    #[default]
    Report,
}

impl Undeclared {
    pub fn parse(s: &str) -> Option<Undeclared> {
        match s {
            "allow" => Some(Undeclared::Allow),
            "strip" => Some(Undeclared::Strip),
            "report" => Some(Undeclared::Report),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "cookiec header rules")]
#[serde(deny_unknown_fields)]
pub struct HeaderRules {
    /// Format version of this file: 1.
    #[schemars(range(min = 1, max = 1))]
    pub version: u32,
    pub service: String,
    /// Same value as the runtime config's `revision`.
    pub revision: String,
    pub consent: ConsentSource,
    pub undeclared: Undeclared,
    /// Region code → category id → whether it is on before any choice.
    pub defaults: BTreeMap<String, BTreeMap<String, State>>,
    pub cookies: Vec<CookieRule>,
    /// Declared cookies a third party sets on its own domain (an embedded
    /// video's cookie on the video host). No response of the site carries
    /// them and no request to it sends them, so no rule can enforce them:
    /// listed so that their absence from `cookies` is not read as an
    /// omission. Middleware ignores this list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_enforceable: Vec<NotEnforceable>,
}

/// A declared cookie outside enforcement, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotEnforceable {
    pub name: Matcher,
    pub category: String,
    /// The provider id that sets and controls it.
    pub provider: String,
    /// Its domain, outside the site's own.
    pub domain: String,
    /// `third-party-domain`.
    pub reason: String,
}

/// How to read the visitor's choice from a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentSource {
    /// Name of the consent record cookie.
    pub cookie: String,
    /// `cookiec-record-1` (see `docs/outputs.md`).
    pub format: String,
    pub syntax: String,
    /// When the record's revision differs from `revision`: `ignore` (treat
    /// as no choice; the banner asks again) or `accept`.
    pub stale_revision: String,
    /// `Sec-GPC: 1`.
    pub gpc: SignalRule,
    /// `DNT: 1`.
    pub dnt: SignalRule,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignalRule {
    pub header: String,
    pub value: String,
    pub honour: bool,
    /// Region → categories denied when the signal is present and the
    /// visitor has not chosen (empty when the signal is ignored).
    pub denies: BTreeMap<String, Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieRule {
    pub name: Matcher,
    pub category: String,
    /// Required categories are never stripped.
    pub required: bool,
    pub attributes: Attributes,
    /// `null` for required cookies.
    pub when_not_consented: Option<NotConsented>,
}

/// Attributes every `Set-Cookie` of this cookie must carry; `null` means
/// not declared (leave as sent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attributes {
    pub secure: Option<bool>,
    pub http_only: Option<bool>,
    /// `Strict`, `Lax` or `None`.
    pub same_site: Option<String>,
    pub path: Option<String>,
    pub domain: Option<String>,
    /// Upper bound for `Max-Age` (and `Expires`), in seconds.
    pub max_age_cap: Option<u64>,
    /// A session cookie: remove `Max-Age` and `Expires`.
    pub session: bool,
    pub partitioned: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotConsented {
    /// Remove this cookie's `Set-Cookie` lines from the response.
    pub strip_set_cookie: bool,
    /// `Set-Cookie` header values that delete an existing copy (one per
    /// declared domain and path). Only for exact names.
    pub expire: Vec<String>,
    /// For name patterns: the value to send for each request cookie whose
    /// name matches, with `{name}` replaced by that name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_template: Option<String>,
}
