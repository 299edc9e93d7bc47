//! The reference semantics of the header rules: what a middleware does with
//! a response's `Set-Cookie` headers, given the request. The tower layer
//! calls it; the nginx filter and middleware in other languages follow the
//! same steps (docs/outputs.md) and are held to it by the conformance suite
//! (`tests/conformance/`).
//!
//! 1. Granted categories: the consent record when present and not stale
//!    (required categories always); otherwise the region's defaults minus
//!    what an honoured `Sec-GPC: 1` / `DNT: 1` denies there. An unknown
//!    region is the strictest declared one.
//! 2. Each `Set-Cookie` is matched to one rule: exact name, else the longest
//!    prefix, else the first regex. A line holding CR, LF or NUL is dropped.
//!    A deletion (`Max-Age` ≤ 0, or a past `Expires`) always passes.
//!    Unmatched: the `undeclared` policy. Matched, not granted: removed.
//!    Otherwise its declared attributes are enforced.
//! 3. Every request cookie (a token name) whose category is not granted gets
//!    its `expire` lines, or `expire_template` with its exact name.

use crate::record;
use crate::region::Region;
use crate::rules::{CookieRule, HeaderRules, Matcher, State, Undeclared};
use crate::setcookie::{self, Lifetime, SetCookie};
use std::collections::{BTreeSet, HashMap};

/// What the middleware knows about the request.
#[derive(Clone, Debug)]
pub struct Request {
    /// `(name, value)` of each request cookie, in order.
    pub cookies: Vec<(String, String)>,
    /// `Sec-GPC: 1` was sent.
    pub gpc: bool,
    /// `DNT: 1` was sent.
    pub dnt: bool,
    pub region: Region,
    /// The current time, Unix seconds (to read `Expires` dates).
    pub now: i64,
}

impl Default for Request {
    fn default() -> Self {
        Request {
            cookies: vec![],
            gpc: false,
            dnt: false,
            region: Region::Unknown,
            now: 0,
        }
    }
}

/// Split `Cookie` header values into `(name, value)` pairs (RFC 6265bis
/// §5.4 form, `; `-separated; lenient about spaces).
pub fn request_cookies<'a>(headers: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    headers
        .into_iter()
        .flat_map(|h| h.split(';'))
        .filter_map(|p| {
            let (n, v) = p.split_once('=')?;
            Some((n.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

/// The response's new `Set-Cookie` values and what was done, for logs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub set_cookie: Vec<String>,
    /// Names of undeclared cookies (reported, or stripped with `strip`).
    pub undeclared: Vec<String>,
    /// Names whose `Set-Cookie` was removed for lack of consent.
    pub stripped: Vec<String>,
    /// Names of request cookies expired because consent is missing.
    pub expired: Vec<String>,
    /// Lines whose attributes were rewritten.
    pub corrected: usize,
    /// Lines dropped because they held CR, LF or NUL.
    pub unsafe_dropped: usize,
}

/// Compiled rules: exact names hashed, prefixes longest first, regexes
/// built once, so a lookup costs a hash and a few comparisons.
#[derive(Clone, Debug)]
pub struct Enforcer {
    rules: HeaderRules,
    /// Exact name → first rule index with that name.
    exact: HashMap<String, usize>,
    /// Rule indices of prefixes, longest first.
    prefixes: Vec<usize>,
    /// (rule index, regex), in declaration order.
    regexes: Vec<(usize, regex::Regex)>,
    required: BTreeSet<String>,
}

impl Enforcer {
    /// Rules whose regex does not compile never match (the loader refuses
    /// such files; rules built in memory are trusted).
    pub fn new(rules: HeaderRules) -> Self {
        let regexes = rules
            .cookies
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match &c.name {
                Matcher::Regex(r) => regex::Regex::new(r).ok().map(|re| (i, re)),
                _ => None,
            })
            .collect();
        let mut exact = HashMap::new();
        for (i, c) in rules.cookies.iter().enumerate() {
            if let Matcher::Exact(n) = &c.name {
                exact.entry(n.clone()).or_insert(i);
            }
        }
        let mut prefixes: Vec<usize> = (0..rules.cookies.len())
            .filter(|i| matches!(rules.cookies[*i].name, Matcher::Prefix(_)))
            .collect();
        prefixes.sort_by_key(|i| match &rules.cookies[*i].name {
            Matcher::Prefix(p) => std::cmp::Reverse(p.len()),
            _ => std::cmp::Reverse(0),
        });
        let required = rules
            .cookies
            .iter()
            .filter(|c| c.required)
            .map(|c| c.category.clone())
            .collect();
        Enforcer {
            rules,
            exact,
            prefixes,
            regexes,
            required,
        }
    }

    pub fn rules(&self) -> &HeaderRules {
        &self.rules
    }

    /// The rule for a cookie name: exact, else longest prefix, else the
    /// first matching regex.
    pub fn rule(&self, name: &str) -> Option<&CookieRule> {
        self.rule_index(name).map(|i| &self.rules.cookies[i])
    }

    fn rule_index(&self, name: &str) -> Option<usize> {
        let c = &self.rules.cookies;
        self.exact
            .get(name)
            .copied()
            .or_else(|| {
                self.prefixes.iter().copied().find(
                    |i| matches!(&c[*i].name, Matcher::Prefix(p) if name.starts_with(p.as_str())),
                )
            })
            .or_else(|| {
                self.regexes
                    .iter()
                    .find(|(_, re)| re.is_match(name))
                    .map(|(i, _)| *i)
            })
    }

    /// The region's code in the rules: a known region the rules do not
    /// declare is `default`.
    fn region_code<'r>(&self, region: &'r Region) -> Option<&'r str> {
        match region {
            Region::Known(r) if self.rules.defaults.contains_key(r) => Some(r.as_str()),
            Region::Known(_) => Some("default"),
            Region::Unknown => None,
        }
    }

    /// Whether the rules declare a region code (for [`crate::region::resolve`]).
    pub fn declares_region(&self, code: &str) -> bool {
        self.rules.defaults.contains_key(code)
    }

    /// The visitor's choice from the record, when there is a usable one.
    pub fn recorded(&self, req: &Request) -> Option<BTreeSet<String>> {
        let consent = &self.rules.consent;
        let (_, value) = req.cookies.iter().find(|(n, _)| *n == consent.cookie)?;
        let rec = record::parse(value)?;
        let current = rec.revision.as_deref() == Some(self.rules.revision.as_str());
        if !current && consent.stale_revision != "accept" {
            return None;
        }
        let mut granted: BTreeSet<String> = rec.categories.into_iter().collect();
        granted.extend(self.required.iter().cloned());
        Some(granted)
    }

    /// The categories granted for this request (step 1).
    pub fn granted(&self, req: &Request) -> BTreeSet<String> {
        if let Some(g) = self.recorded(req) {
            return g;
        }
        let consent = &self.rules.consent;
        let signals = [(req.gpc, &consent.gpc), (req.dnt, &consent.dnt)];
        let granted_in = |region: &str| -> BTreeSet<String> {
            let mut denied: BTreeSet<&str> = BTreeSet::new();
            for (sent, signal) in signals {
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
        };
        match self.region_code(&req.region) {
            Some(r) => granted_in(r),
            // Unknown region: only what every declared region grants.
            None => {
                let mut all = self.rules.defaults.keys().map(|r| granted_in(r));
                let first = all.next().unwrap_or_default();
                all.fold(first, |acc, g| acc.intersection(&g).cloned().collect())
            }
        }
    }

    /// Steps 2 and 3 for one response.
    pub fn apply(&self, req: &Request, set_cookie: &[String]) -> Outcome {
        let granted = self.granted(req);
        // Per rule, once: whether its cookies may be set.
        let allowed: Vec<bool> = self
            .rules
            .cookies
            .iter()
            .map(|r| r.required || granted.contains(&r.category))
            .collect();
        let mut out = Outcome::default();
        for line in set_cookie {
            if setcookie::has_forbidden_bytes(line) {
                out.unsafe_dropped += 1;
                continue;
            }
            let sc = SetCookie::parse(line);
            let deletion = sc.is_deletion(req.now);
            match self.rule_index(sc.name) {
                None => {
                    let name = sc.name.to_string();
                    match self.rules.undeclared {
                        Undeclared::Allow => out.set_cookie.push(line.clone()),
                        Undeclared::Strip if deletion => out.set_cookie.push(line.clone()),
                        Undeclared::Strip => out.undeclared.push(name),
                        Undeclared::Report => {
                            out.set_cookie.push(line.clone());
                            out.undeclared.push(name);
                        }
                    }
                }
                Some(_) if deletion => out.set_cookie.push(line.clone()),
                Some(i) if !allowed[i] => out.stripped.push(sc.name.to_string()),
                Some(i) => {
                    let fixed = enforce_attributes(&sc, &self.rules.cookies[i], req.now);
                    if fixed != *line {
                        out.corrected += 1;
                    }
                    out.set_cookie.push(fixed);
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (name, _) in &req.cookies {
            // Only a token can be copied into a header (no injection).
            if !setcookie::is_token(name) || !seen.insert(name.as_str()) {
                continue;
            }
            let Some(i) = self.rule_index(name) else {
                continue;
            };
            if allowed[i] {
                continue;
            }
            let r = &self.rules.cookies[i];
            if let Some(nc) = &r.when_not_consented {
                let before = out.set_cookie.len();
                out.set_cookie.extend(nc.expire.iter().cloned());
                if let Some(t) = &nc.expire_template {
                    out.set_cookie.push(t.replace("{name}", name));
                }
                if out.set_cookie.len() > before {
                    out.expired.push(name.clone());
                }
            }
        }
        out
    }
}

/// Rewrite one `Set-Cookie` so it carries the declared attributes, keeping
/// every other attribute as written.
fn enforce_attributes(sc: &SetCookie<'_>, rule: &CookieRule, now: i64) -> String {
    let a = &rule.attributes;
    // The cap applies to what a browser would honour (RFC 6265bis): a
    // lifetime over the cap is replaced by `Max-Age=<cap>`, written where
    // the first lifetime attribute was; every other `Max-Age`/`Expires` is
    // dropped so none can outlive it.
    let lifetime = sc.lifetime(now);
    let over_cap = match (a.max_age_cap, lifetime) {
        (Some(cap), Lifetime::Seconds(s)) => s > i64::try_from(cap).unwrap_or(i64::MAX),
        _ => false,
    };
    let mut attrs: Vec<String> = Vec::new();
    let mut cap_written = false;
    for at in &sc.attrs {
        let replaced = match at.key.as_str() {
            "secure" => a.secure.is_some(),
            "httponly" => a.http_only.is_some(),
            "samesite" => a.same_site.is_some(),
            "path" => a.path.is_some(),
            "domain" => a.domain.is_some(),
            "partitioned" => a.partitioned.is_some(),
            "max-age" | "expires" if a.session => true,
            "max-age" | "expires" if over_cap => {
                if !cap_written {
                    if let Some(cap) = a.max_age_cap {
                        attrs.push(format!("Max-Age={cap}"));
                    }
                    cap_written = true;
                }
                true
            }
            _ => false,
        };
        if !replaced {
            attrs.push(at.text.to_string());
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
    // A capped cookie sent without a lifetime gets the cap, so it cannot
    // outlive what the policy states (browsers restore session cookies).
    if let (Some(cap), Lifetime::Session, false) = (a.max_age_cap, lifetime, a.session) {
        attrs.push(format!("Max-Age={cap}"));
    }
    std::iter::once(sc.pair.to_string())
        .chain(attrs)
        .collect::<Vec<_>>()
        .join("; ")
}
