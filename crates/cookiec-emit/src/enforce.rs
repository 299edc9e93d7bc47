//! The reference semantics of `cookiec.headers.json`: what a middleware
//! does with a response's `Set-Cookie` headers, given the request. Rust
//! middleware can call it directly; middleware in other languages follows
//! the same steps (documented in `docs/outputs.md`), and the tests here pin
//! them down.
//!
//! 1. Granted categories: the consent cookie (`v1.<revision>.<id>...`, or
//!    the JSON vanilla-cookieconsent writes) when present and not stale; otherwise the region's defaults, minus the
//!    categories an honoured `Sec-GPC: 1` / `DNT: 1` denies there.
//! 2. Each `Set-Cookie` is matched to a rule by name (exact, prefix, regex).
//!    Unmatched: the `undeclared` policy. Matched but its category is not
//!    granted (and not required): removed. Otherwise its attributes are
//!    enforced (flags added, `Max-Age` capped, session cookies lose
//!    `Max-Age`/`Expires`).
//! 3. Every request cookie whose category is not granted gets its `expire`
//!    lines (or `expire_template` with its name) appended.

use crate::common::{Matcher, State};
use crate::headers::{CookieRule, HeaderRules, Undeclared};
use std::collections::BTreeSet;

/// What the middleware knows about the request.
#[derive(Clone, Debug, Default)]
pub struct Request {
    /// `(name, value)` of each request cookie.
    pub cookies: Vec<(String, String)>,
    /// `Sec-GPC: 1` was sent.
    pub gpc: bool,
    /// `DNT: 1` was sent.
    pub dnt: bool,
    /// The visitor's region code (`eu`, `us-ca`, ...); `default` when unknown.
    pub region: String,
}

/// The response's new `Set-Cookie` values and the undeclared cookies to
/// report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub set_cookie: Vec<String>,
    pub undeclared: Vec<String>,
}

/// Compiled rules: regexes built once.
pub struct Enforcer<'a> {
    rules: &'a HeaderRules,
    regexes: Vec<Option<regex::Regex>>,
}

impl<'a> Enforcer<'a> {
    pub fn new(rules: &'a HeaderRules) -> Self {
        let regexes = rules
            .cookies
            .iter()
            .map(|c| match &c.name {
                Matcher::Regex(r) => regex::Regex::new(r).ok(),
                _ => None,
            })
            .collect();
        Enforcer { rules, regexes }
    }

    fn rule(&self, name: &str) -> Option<&'a CookieRule> {
        self.rules
            .cookies
            .iter()
            .zip(&self.regexes)
            .find(|(c, re)| match &c.name {
                Matcher::Exact(n) => n == name,
                Matcher::Prefix(p) => name.starts_with(p.as_str()),
                Matcher::Regex(_) => re.as_ref().is_some_and(|re| re.is_match(name)),
                Matcher::Unnamed => false,
            })
            .map(|(c, _)| c)
    }

    /// The categories granted for this request (step 1).
    pub fn granted(&self, req: &Request) -> BTreeSet<String> {
        let consent = &self.rules.consent;
        let cookie = req.cookies.iter().find(|(n, _)| *n == consent.cookie);
        if let Some((_, value)) = cookie {
            if let Some((revision_ok, mut granted)) = self.parse_consent(value) {
                if revision_ok || consent.stale_revision == "accept" {
                    // Required categories cannot be refused.
                    granted.extend(
                        self.rules
                            .cookies
                            .iter()
                            .filter(|c| c.required)
                            .map(|c| c.category.clone()),
                    );
                    return granted;
                }
            }
        }
        let region = if self.rules.defaults.contains_key(&req.region) {
            req.region.as_str()
        } else {
            "default"
        };
        let mut denied: BTreeSet<&str> = BTreeSet::new();
        for (sent, signal) in [(req.gpc, &consent.gpc), (req.dnt, &consent.dnt)] {
            if sent && signal.honour {
                if let Some(d) = signal.denies.get(region) {
                    denied.extend(d.iter().map(String::as_str));
                }
            }
        }
        self.rules
            .defaults
            .get(region)
            .map(|m| {
                m.iter()
                    .filter(|(id, s)| **s == State::Granted && !denied.contains(id.as_str()))
                    .map(|(id, _)| id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A consent cookie value: whether its revision is current, and the
    /// granted categories. Two formats: `cookiec-v1`
    /// (`v1.<revision>.<id>...`) and the value vanilla-cookieconsent 3
    /// writes with `cookieconsent.config.js` (URL-encoded JSON with
    /// `categories` and a numeric `revision`).
    fn parse_consent(&self, value: &str) -> Option<(bool, BTreeSet<String>)> {
        if let Some(rest) = value.strip_prefix("v1.") {
            let mut parts = rest.split('.');
            let revision = parts.next().unwrap_or("");
            return Some((
                revision == self.rules.revision,
                parts.map(str::to_string).collect(),
            ));
        }
        let json: serde_json::Value = serde_json::from_str(&percent_decode(value)).ok()?;
        let granted = json
            .get("categories")?
            .as_array()?
            .iter()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect();
        let revision = json.get("revision").and_then(serde_json::Value::as_u64);
        let current = crate::cookieconsent::revision_number(&self.rules.revision);
        Some((revision == Some(current), granted))
    }

    /// Steps 2 and 3 for one response.
    pub fn apply(&self, req: &Request, set_cookie: &[String]) -> Outcome {
        let granted = self.granted(req);
        let allowed = |r: &CookieRule| r.required || granted.contains(&r.category);
        let mut out = Outcome::default();
        for line in set_cookie {
            let name = line.split('=').next().unwrap_or("").trim();
            match self.rule(name) {
                None => match self.rules.undeclared {
                    Undeclared::Allow => out.set_cookie.push(line.clone()),
                    Undeclared::Strip => {}
                    Undeclared::Report => {
                        out.set_cookie.push(line.clone());
                        out.undeclared.push(name.to_string());
                    }
                },
                Some(r) if !allowed(r) => {}
                Some(r) => out.set_cookie.push(enforce_attributes(line, r)),
            }
        }
        for (name, _) in &req.cookies {
            let Some(r) = self.rule(name) else { continue };
            if allowed(r) {
                continue;
            }
            if let Some(nc) = &r.when_not_consented {
                out.set_cookie.extend(nc.expire.iter().cloned());
                if let Some(t) = &nc.expire_template {
                    out.set_cookie.push(t.replace("{name}", name));
                }
            }
        }
        out
    }
}

/// Rewrite one `Set-Cookie` value so it carries the declared attributes.
fn enforce_attributes(line: &str, rule: &CookieRule) -> String {
    let a = &rule.attributes;
    let mut parts = line.split(';').map(str::trim);
    let pair = parts.next().unwrap_or("").to_string();
    let mut attrs: Vec<String> = Vec::new();
    for p in parts {
        let key = p
            .split('=')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let value = p.split_once('=').map(|(_, v)| v.trim());
        let replaced = match key.as_str() {
            "secure" => a.secure.is_some(),
            "httponly" => a.http_only.is_some(),
            "samesite" => a.same_site.is_some(),
            "path" => a.path.is_some(),
            "domain" => a.domain.is_some(),
            "partitioned" => a.partitioned.is_some(),
            "max-age" | "expires" if a.session => true,
            "max-age" => {
                if let (Some(cap), Some(v)) =
                    (a.max_age_cap, value.and_then(|v| v.parse::<i64>().ok()))
                {
                    if v > cap as i64 {
                        attrs.push(format!("Max-Age={cap}"));
                        continue;
                    }
                }
                false
            }
            _ => false,
        };
        if !replaced && !p.is_empty() {
            attrs.push(p.to_string());
        }
    }
    if let Some(p) = &a.path {
        attrs.push(format!("Path={p}"));
    }
    if let Some(d) = &a.domain {
        attrs.push(format!("Domain={d}"));
    }
    if a.secure == Some(true) {
        attrs.push("Secure".into());
    }
    if a.http_only == Some(true) {
        attrs.push("HttpOnly".into());
    }
    if let Some(s) = &a.same_site {
        attrs.push(format!("SameSite={s}"));
    }
    if a.partitioned == Some(true) {
        attrs.push("Partitioned".into());
    }
    // A cookie without Max-Age but with a cap gets the cap, so it cannot
    // outlive what the policy states
    // (Max-Age wins over Expires, so this also caps an `Expires` date.)
    let has_lifetime = attrs
        .iter()
        .any(|p| p.to_ascii_lowercase().starts_with("max-age"));
    if let (Some(cap), false, false) = (a.max_age_cap, has_lifetime, a.session) {
        attrs.push(format!("Max-Age={cap}"));
    }
    std::iter::once(pair)
        .chain(attrs)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Decode `%XX` escapes (as written by `encodeURIComponent`); invalid
/// escapes are kept as written.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(s.get(i + 1..i + 3).unwrap_or(""), 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
