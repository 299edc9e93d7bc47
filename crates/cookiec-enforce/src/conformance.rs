//! The conformance suite (`tests/conformance/v1/suite.json`): every
//! enforcement of the header rules (this reference, the tower layer, the
//! nginx filter, middleware in any language) must turn each case's request
//! and upstream `Set-Cookie` lines into exactly its expected lines.
//!
//! A case gives the request headers as `[name, value]` pairs (`Cookie`,
//! `Sec-GPC`, `DNT`, the suite's `country_header` and
//! `subdivision_header`), the upstream's `Set-Cookie` values in order, and
//! the expected response `Set-Cookie` values in order. `Expires` dates in
//! the suite are either in 1970 or after 2068, so a case holds for any
//! clock between 2020 and 2060.

use crate::rules::HeaderRules;
use crate::{Enforcer, Request};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "cookiec-conformance";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suite {
    pub format: String,
    pub version: u32,
    pub about: String,
    /// Header carrying the visitor's country code in the cases.
    pub country_header: String,
    /// Header carrying the US state in the cases.
    pub subdivision_header: String,
    /// Name → header rules (as `cookiec build` writes them).
    pub policies: BTreeMap<String, HeaderRules>,
    pub cases: Vec<Case>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    pub policy: String,
    /// Request headers, `[name, value]`, in order.
    pub request: Vec<(String, String)>,
    /// The upstream response's `Set-Cookie` values, in order.
    pub upstream: Vec<String>,
    /// The enforced response's `Set-Cookie` values, in order.
    pub expect: Vec<String>,
}

/// A fixed clock inside the suite's window (2026-06-01T00:00:00Z).
pub const NOW: i64 = 1_780_272_000;

impl Suite {
    pub fn parse(text: &str) -> Result<Suite, String> {
        let suite: Suite = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if suite.format != FORMAT || suite.version != VERSION {
            return Err(format!(
                "not a {FORMAT} v{VERSION} file: {} v{}",
                suite.format, suite.version
            ));
        }
        Ok(suite)
    }

    /// The reference's input for a case.
    pub fn request(&self, case: &Case, enforcer: &Enforcer) -> Request {
        let get = |name: &str| {
            case.request
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let cookies = crate::request_cookies(
            case.request
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case("cookie"))
                .map(|(_, v)| v.as_str()),
        );
        let region = enforcer.region(get(&self.country_header), get(&self.subdivision_header));
        let consent = &enforcer.rules().consent;
        Request {
            cookies,
            gpc: get(&consent.gpc.header).map(str::trim) == Some(consent.gpc.value.as_str()),
            dnt: get(&consent.dnt.header).map(str::trim) == Some(consent.dnt.value.as_str()),
            region,
            now: NOW,
        }
    }

    /// Run every case through the reference: the failures, as messages.
    pub fn run_reference(&self) -> Vec<String> {
        let enforcers: BTreeMap<&str, Enforcer> = self
            .policies
            .iter()
            .map(|(k, r)| (k.as_str(), Enforcer::new(r.clone())))
            .collect();
        let mut failures = Vec::new();
        for case in &self.cases {
            let Some(e) = enforcers.get(case.policy.as_str()) else {
                failures.push(format!("{}: unknown policy {}", case.name, case.policy));
                continue;
            };
            let got = e.apply(&self.request(case, e), &case.upstream).set_cookie;
            if got != case.expect {
                failures.push(format!(
                    "{}:\n  expected {:#?}\n  got      {:#?}",
                    case.name, case.expect, got
                ));
            }
        }
        failures
    }
}
