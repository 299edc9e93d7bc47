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

use crate::attributes::Declared;
use crate::grant::Grants;
use crate::lookup::Lookup;
use crate::record;
use crate::region::Region;
use crate::rules::{CookieRule, HeaderRules, State, Undeclared};
use crate::setcookie::{self, Lifetime, SetCookie};
use std::borrow::Cow;
use std::collections::BTreeSet;

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
            let (n, v) = setcookie::split_once_byte(p, b'=')?;
            Some((
                setcookie::trim(n).to_string(),
                setcookie::trim(v).to_string(),
            ))
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

/// What the enforcement does with one upstream `Set-Cookie` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineAction {
    /// Sent as it came (also a rewrite that changes nothing).
    Keep,
    /// Sent with the declared attributes: the new value.
    Rewrite(String),
    /// Removed: unsafe bytes, no consent, or undeclared under `strip`.
    Drop,
}

/// [`Outcome`] as edits of the upstream lines, borrowing what it can: a
/// middleware keeps the lines it received untouched and allocates only
/// for what changes. `'r` borrows the rules, `'l` the request and lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan<'r, 'l> {
    /// One action per upstream line, in order.
    pub lines: Vec<LineAction>,
    /// Lines to send after them (expiring withdrawn request cookies).
    pub append: Vec<Cow<'r, str>>,
    pub undeclared: Vec<&'l str>,
    pub stripped: Vec<&'l str>,
    pub expired: Vec<&'l str>,
    pub corrected: usize,
    pub unsafe_dropped: usize,
}

impl Plan<'_, '_> {
    /// The response's `Set-Cookie` lines need no change.
    pub fn unchanged(&self) -> bool {
        self.append.is_empty() && self.lines.iter().all(|l| *l == LineAction::Keep)
    }
}

/// Compiled rules: a rule lookup costs a hash and a few comparisons (see
/// [`crate::lookup`]), the granted categories without a record are known
/// per region in advance ([`crate::grant`]), and each rule's attribute text
/// is ready.
#[derive(Clone, Debug)]
pub struct Enforcer {
    rules: HeaderRules,
    lookup: Lookup,
    grants: Grants,
    declared: Vec<Declared>,
    required: BTreeSet<String>,
}

impl Enforcer {
    /// Rules whose regex does not compile never match (the loader refuses
    /// such files; rules built in memory are trusted).
    pub fn new(rules: HeaderRules) -> Self {
        let required = rules
            .cookies
            .iter()
            .filter(|c| c.required)
            .map(|c| c.category.clone())
            .collect();
        let mut e = Enforcer {
            lookup: Lookup::new(&rules.cookies),
            grants: Grants::new(&rules, |_, _, _| BTreeSet::new()),
            declared: rules
                .cookies
                .iter()
                .map(|c| Declared::new(&c.attributes))
                .collect(),
            rules,
            required,
        };
        e.grants = Grants::new(&e.rules, |region, gpc, dnt| {
            e.granted_by_default(region, gpc, dnt)
        });
        e
    }

    pub fn rules(&self) -> &HeaderRules {
        &self.rules
    }

    /// The rule for a cookie name: exact, else longest prefix, else the
    /// first matching regex.
    pub fn rule(&self, name: &str) -> Option<&CookieRule> {
        self.lookup
            .find(name)
            .and_then(|i| self.rules.cookies.get(i))
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

    /// The visitor's region from the geo headers' values (`None`: no such
    /// header), as [`crate::region::resolve`] maps them.
    pub fn region(&self, country: Option<&str>, subdivision: Option<&str>) -> Region {
        crate::region::resolve(|r| self.declares_region(r), country, subdivision)
    }

    /// The visitor's usable record, when there is one.
    fn usable_record(&self, req: &Request) -> Option<record::Record> {
        let consent = &self.rules.consent;
        let (_, value) = req.cookies.iter().find(|(n, _)| *n == consent.cookie)?;
        let rec = record::parse(value)?;
        let current = rec.revision.as_deref() == Some(self.rules.revision.as_str());
        if !current && consent.stale_revision != "accept" {
            return None;
        }
        Some(rec)
    }

    /// The visitor's choice from the record, when there is a usable one.
    pub fn recorded(&self, req: &Request) -> Option<BTreeSet<String>> {
        let rec = self.usable_record(req)?;
        let mut granted: BTreeSet<String> = rec.categories.into_iter().collect();
        granted.extend(self.required.iter().cloned());
        Some(granted)
    }

    /// The categories granted for this request (step 1).
    pub fn granted(&self, req: &Request) -> BTreeSet<String> {
        if let Some(g) = self.recorded(req) {
            return g;
        }
        self.granted_by_default(self.region_code(&req.region), req.gpc, req.dnt)
    }

    /// Step 1 without a record, for a region code (`None`: unknown).
    fn granted_by_default(&self, region: Option<&str>, gpc: bool, dnt: bool) -> BTreeSet<String> {
        let consent = &self.rules.consent;
        let signals = [(gpc, &consent.gpc), (dnt, &consent.dnt)];
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
        match region {
            Some(r) => granted_in(r),
            // Unknown region: only what every declared region grants.
            None => {
                let mut all = self.rules.defaults.keys().map(|r| granted_in(r));
                let first = all.next().unwrap_or_default();
                all.fold(first, |acc, g| acc.intersection(&g).cloned().collect())
            }
        }
    }

    /// Step 1 as one flag per category index of the rules.
    fn granted_mask(&self, req: &Request) -> Cow<'_, [bool]> {
        let consent = &self.rules.consent;
        let recorded = req
            .cookies
            .iter()
            .find(|(n, _)| *n == consent.cookie)
            .and_then(|(_, value)| {
                record::read(value, |categories, revision| {
                    let current = revision == Some(self.rules.revision.as_str());
                    (current || consent.stale_revision == "accept")
                        .then(|| self.grants.recorded(categories.iter().copied()))
                })
            })
            .flatten();
        match recorded {
            Some(mask) => Cow::Owned(mask),
            None => Cow::Borrowed(self.grants.by_default(
                self.region_code(&req.region),
                req.gpc,
                req.dnt,
            )),
        }
    }

    /// Steps 2 and 3 for one response.
    pub fn apply(&self, req: &Request, set_cookie: &[String]) -> Outcome {
        let plan = self.plan(req, set_cookie);
        let mut out = Outcome {
            set_cookie: Vec::with_capacity(set_cookie.len() + plan.append.len()),
            undeclared: plan.undeclared.iter().map(|n| n.to_string()).collect(),
            stripped: plan.stripped.iter().map(|n| n.to_string()).collect(),
            expired: plan.expired.iter().map(|n| n.to_string()).collect(),
            corrected: plan.corrected,
            unsafe_dropped: plan.unsafe_dropped,
        };
        for (line, action) in set_cookie.iter().zip(plan.lines) {
            match action {
                LineAction::Keep => out.set_cookie.push(line.clone()),
                LineAction::Rewrite(new) => out.set_cookie.push(new),
                LineAction::Drop => {}
            }
        }
        out.set_cookie
            .extend(plan.append.into_iter().map(Cow::into_owned));
        out
    }

    /// Steps 2 and 3 for one response, as edits of its lines.
    pub fn plan<'r, 'l, S: AsRef<str>>(
        &'r self,
        req: &'l Request,
        set_cookie: &'l [S],
    ) -> Plan<'r, 'l> {
        let granted = self.granted_mask(req);
        let allowed = |i: usize| -> bool {
            let required = self.rules.cookies.get(i).is_some_and(|r| r.required);
            let cat = self.grants.category.get(i).and_then(|c| granted.get(*c));
            required || cat == Some(&true)
        };
        let mut plan = Plan {
            lines: Vec::with_capacity(set_cookie.len()),
            ..Plan::default()
        };
        // One buffer for every rewrite: a line that comes out the same costs
        // no allocation.
        let mut buf = String::with_capacity(256);
        let mut attrs = Vec::new();
        for line in set_cookie {
            let line = line.as_ref();
            let action = self.line_action(line, req.now, &allowed, &mut buf, &mut attrs, &mut plan);
            plan.lines.push(action);
        }
        let mut seen = BTreeSet::new();
        for (name, _) in &req.cookies {
            // Only a token can be copied into a header (no injection).
            if !setcookie::is_token(name) || !seen.insert(name.as_str()) {
                continue;
            }
            let Some(i) = self.lookup.find(name) else {
                continue;
            };
            if allowed(i) {
                continue;
            }
            let Some(nc) = self
                .rules
                .cookies
                .get(i)
                .and_then(|r| r.when_not_consented.as_ref())
            else {
                continue;
            };
            let before = plan.append.len();
            plan.append
                .extend(nc.expire.iter().map(|l| Cow::Borrowed(l.as_str())));
            if let Some(t) = &nc.expire_template {
                plan.append.push(Cow::Owned(t.replace("{name}", name)));
            }
            if plan.append.len() > before {
                plan.expired.push(name.as_str());
            }
        }
        plan
    }

    fn line_action<'l>(
        &self,
        line: &'l str,
        now: i64,
        allowed: &impl Fn(usize) -> bool,
        buf: &mut String,
        attrs: &mut Vec<setcookie::Attr<'l>>,
        plan: &mut Plan<'_, 'l>,
    ) -> LineAction {
        if setcookie::has_forbidden_bytes(line) {
            plan.unsafe_dropped += 1;
            return LineAction::Drop;
        }
        let sc = SetCookie::parse_into(line, std::mem::take(attrs));
        let action = self.decide(line, &sc, now, allowed, buf, plan);
        *attrs = sc.attrs;
        action
    }

    fn decide<'l>(
        &self,
        line: &'l str,
        sc: &SetCookie<'l>,
        now: i64,
        allowed: &impl Fn(usize) -> bool,
        buf: &mut String,
        plan: &mut Plan<'_, 'l>,
    ) -> LineAction {
        let lifetime = sc.lifetime(now);
        let deletion = matches!(lifetime, Lifetime::Seconds(s) if s <= 0);
        let rule = self
            .lookup
            .find(sc.name)
            .and_then(|i| Some((i, self.declared.get(i)?)));
        match rule {
            None => match self.rules.undeclared {
                Undeclared::Allow => LineAction::Keep,
                Undeclared::Strip if deletion => LineAction::Keep,
                Undeclared::Strip => {
                    plan.undeclared.push(sc.name);
                    LineAction::Drop
                }
                Undeclared::Report => {
                    plan.undeclared.push(sc.name);
                    LineAction::Keep
                }
            },
            Some(_) if deletion => LineAction::Keep,
            Some((i, _)) if !allowed(i) => {
                plan.stripped.push(sc.name);
                LineAction::Drop
            }
            Some((_, declared)) => {
                declared.write(sc, lifetime, buf);
                if buf == line {
                    LineAction::Keep
                } else {
                    plan.corrected += 1;
                    LineAction::Rewrite(buf.clone())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conformance::Suite;

    fn suite() -> Suite {
        let text = include_str!("../../../tests/conformance/v1/suite.json");
        Suite::parse(text).unwrap_or_else(|e| unreachable!("{e}"))
    }

    #[test]
    fn the_reference_passes_the_suite() {
        assert_eq!(suite().run_reference(), Vec::<String>::new());
    }

    #[test]
    fn a_plan_edits_only_what_changes() {
        let suite = suite();
        let mut rewrites = 0;
        for case in &suite.cases {
            let e = Enforcer::new(suite.policies[&case.policy].clone());
            let req = suite.request(case, &e);
            let plan = e.plan(&req, &case.upstream);
            assert_eq!(plan.lines.len(), case.upstream.len(), "{}", case.name);
            for (line, action) in case.upstream.iter().zip(&plan.lines) {
                if let LineAction::Rewrite(new) = action {
                    assert_ne!(new, line, "{}", case.name);
                    rewrites += 1;
                }
            }
            let out = e.apply(&req, &case.upstream);
            assert_eq!(
                plan.unchanged(),
                out.set_cookie == case.upstream,
                "{}",
                case.name
            );
            assert_eq!(plan.corrected, out.corrected, "{}", case.name);
        }
        assert!(rewrites > 0, "the suite rewrites some lines");
    }
}
