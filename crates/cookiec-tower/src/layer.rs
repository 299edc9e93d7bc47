//! The layer, its service and response future.

use crate::extract::{self, Names};
use cookiec_enforce::{
    load, Enforcer, HeaderRules, LineAction, LoadError, Plan, Request, Undeclared,
};
use http::header::{Entry, HeaderName, HeaderValue, SET_COOKIE};
use std::borrow::Cow;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{SystemTime, UNIX_EPOCH};

/// The visitor's region as the layer resolved it from the geo headers: a
/// region code of the rules (`eu`, `us-ca`, `default`), or `None` when the
/// request has no usable geo header. Inserted into every request's
/// extensions, so a handler can write it into the page for the generated
/// banner: `<html data-cookiec-region="us-ca">` (with axum:
/// `Extension(region): Extension<VisitorRegion>`). Leave the attribute out
/// when it is `None`: the banner then applies the strictest rule, as the
/// layer does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitorRegion(pub Option<String>);

/// A header name given to the builder is not a valid HTTP header name.
#[derive(Debug)]
pub struct InvalidHeaderName(pub String);

impl std::fmt::Display for InvalidHeaderName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} is not a valid HTTP header name", self.0)
    }
}

impl std::error::Error for InvalidHeaderName {}

fn system_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

struct Shared {
    enforcer: Enforcer,
    names: Names,
    clock: fn() -> i64,
}

/// Enforces a compiled cookie policy on every response.
///
/// Built from a rules file ([`CookiePolicyLayer::from_path`], validated
/// once, at start-up) or from loaded rules ([`CookiePolicyLayer::new`]).
/// The visitor's region comes from the country header (default
/// `CF-IPCountry`; `CloudFront-Viewer-Country` and others through
/// [`CookiePolicyLayer::country_header`]) and, for US states, an optional
/// subdivision header, mapped as `cookiec_enforce::region` documents; no
/// header means the strictest declared region.
#[derive(Clone)]
pub struct CookiePolicyLayer {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for CookiePolicyLayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CookiePolicyLayer")
            .field("service", &self.shared.enforcer.rules().service)
            .field("revision", &self.shared.enforcer.rules().revision)
            .finish()
    }
}

fn header_name(s: &str) -> Result<HeaderName, InvalidHeaderName> {
    HeaderName::from_bytes(s.as_bytes()).map_err(|_| InvalidHeaderName(s.to_string()))
}

impl CookiePolicyLayer {
    /// Load and validate `cookiec.headers.json`.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        Ok(Self::new(load::from_path(path)?))
    }

    /// From rules already loaded (or built in memory).
    pub fn new(rules: HeaderRules) -> Self {
        let c = &rules.consent;
        // The signal header names come from the rules; a name that is not a
        // header name (only in a hand-edited file) falls back to the standard.
        let names = Names {
            gpc: header_name(&c.gpc.header).unwrap_or_else(|_| HeaderName::from_static("sec-gpc")),
            gpc_value: c.gpc.value.clone(),
            dnt: header_name(&c.dnt.header).unwrap_or_else(|_| HeaderName::from_static("dnt")),
            dnt_value: c.dnt.value.clone(),
            country: HeaderName::from_static("cf-ipcountry"),
            subdivision: None,
        };
        CookiePolicyLayer {
            shared: Arc::new(Shared {
                enforcer: Enforcer::new(rules),
                names,
                clock: system_now,
            }),
        }
    }

    fn with(self, f: impl FnOnce(&mut Names, &mut fn() -> i64, &mut HeaderRules)) -> Self {
        let shared = Arc::try_unwrap(self.shared).unwrap_or_else(|a| Shared {
            enforcer: a.enforcer.clone(),
            names: a.names.clone(),
            clock: a.clock,
        });
        let mut names = shared.names;
        let mut clock = shared.clock;
        let mut rules = shared.enforcer.rules().clone();
        f(&mut names, &mut clock, &mut rules);
        CookiePolicyLayer {
            shared: Arc::new(Shared {
                enforcer: Enforcer::new(rules),
                names,
                clock,
            }),
        }
    }

    /// The request header carrying the visitor's ISO 3166-1 country code.
    pub fn country_header(self, name: &str) -> Result<Self, InvalidHeaderName> {
        let name = header_name(name)?;
        Ok(self.with(|n, _, _| n.country = name))
    }

    /// The request header carrying the subdivision (`CA` for California),
    /// e.g. `CloudFront-Viewer-Country-Region`.
    pub fn subdivision_header(self, name: &str) -> Result<Self, InvalidHeaderName> {
        let name = header_name(name)?;
        Ok(self.with(|n, _, _| n.subdivision = Some(name)))
    }

    /// Override the rules' handling of undeclared cookies.
    pub fn undeclared(self, undeclared: Undeclared) -> Self {
        self.with(|_, _, r| r.undeclared = undeclared)
    }

    /// The clock used to read `Expires` dates (Unix seconds); tests pin it.
    pub fn clock(self, clock: fn() -> i64) -> Self {
        self.with(|_, c, _| *c = clock)
    }

    pub fn rules(&self) -> &HeaderRules {
        self.shared.enforcer.rules()
    }
}

impl<S> tower_layer::Layer<S> for CookiePolicyLayer {
    type Service = CookiePolicy<S>;

    fn layer(&self, inner: S) -> CookiePolicy<S> {
        CookiePolicy {
            inner,
            shared: self.shared.clone(),
        }
    }
}

/// The service [`CookiePolicyLayer`] wraps around an application.
#[derive(Clone)]
pub struct CookiePolicy<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S, ReqB, ResB> tower_service::Service<http::Request<ReqB>> for CookiePolicy<S>
where
    S: tower_service::Service<http::Request<ReqB>, Response = http::Response<ResB>>,
{
    type Response = http::Response<ResB>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<ReqB>) -> Self::Future {
        let s = &self.shared;
        let request = extract::request(req.headers(), &s.names, &s.enforcer, (s.clock)());
        // The page's banner needs the same region (`data-cookiec-region`):
        // hand it to the application.
        let region = match &request.region {
            cookiec_enforce::Region::Known(code) => Some(code.clone()),
            cookiec_enforce::Region::Unknown => None,
        };
        req.extensions_mut().insert(VisitorRegion(region));
        ResponseFuture {
            inner: self.inner.call(req),
            request: Some(request),
            shared: self.shared.clone(),
        }
    }
}

pin_project_lite::pin_project! {
    /// Resolves to the application's response with its cookies enforced.
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        request: Option<Request>,
        shared: Arc<Shared>,
    }
}

impl<F, ResB, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<http::Response<ResB>, E>>,
{
    type Output = Result<http::Response<ResB>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut res = match this.inner.poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Ready(Ok(res)) => res,
        };
        if let Some(request) = this.request.take() {
            enforce(&this.shared.enforcer, &request, res.headers_mut());
        }
        Poll::Ready(Ok(res))
    }
}

/// Apply the rules to a response's headers. Untouched when nothing changes;
/// otherwise the lines kept are moved back as they were (no copy) and only
/// rewritten or added lines are built.
fn enforce(enforcer: &Enforcer, request: &Request, headers: &mut http::HeaderMap) {
    let (actions, append) = {
        let sent: Vec<Cow<'_, str>> = headers
            .get_all(SET_COOKIE)
            .iter()
            .map(extract::latin1)
            .collect();
        let plan = enforcer.plan(request, &sent);
        report(enforcer, &plan);
        if plan.unchanged() {
            return;
        }
        (plan.lines, plan.append)
    };
    let edits: Vec<Edit> = actions
        .into_iter()
        .map(|a| match a {
            LineAction::Keep => Edit::Keep,
            LineAction::Rewrite(line) => extract::header_value_owned(line).map_or_else(
                || {
                    invalid_value();
                    Edit::Remove
                },
                Edit::Set,
            ),
            LineAction::Drop => Edit::Remove,
        })
        .collect();
    if let Entry::Occupied(mut e) = headers.entry(SET_COOKIE) {
        if edits.iter().any(|e| matches!(e, Edit::Remove)) {
            let kept: Vec<HeaderValue> = e
                .remove_entry_mult()
                .1
                .zip(edits)
                .filter_map(|(v, edit)| match edit {
                    Edit::Keep => Some(v),
                    Edit::Set(new) => Some(new),
                    Edit::Remove => None,
                })
                .collect();
            for v in kept {
                headers.append(SET_COOKIE, v);
            }
        } else {
            // Same lines in the same places: only the rewritten values change.
            for (v, edit) in e.iter_mut().zip(edits) {
                if let Edit::Set(new) = edit {
                    *v = new;
                }
            }
        }
    }
    for line in &append {
        match extract::header_value(line) {
            Some(v) => {
                headers.append(SET_COOKIE, v);
            }
            None => invalid_value(),
        }
    }
}

/// What becomes of one upstream `Set-Cookie` value.
enum Edit {
    Keep,
    Set(HeaderValue),
    Remove,
}

fn invalid_value() {
    tracing::warn!(
        target: "cookiec_tower",
        "dropped a Set-Cookie that is not a valid header value"
    );
}

fn report(enforcer: &Enforcer, out: &Plan<'_, '_>) {
    let undeclared = &out.undeclared;
    if !undeclared.is_empty() {
        let action = match enforcer.rules().undeclared {
            Undeclared::Strip => "stripped",
            _ => "passed",
        };
        tracing::warn!(target: "cookiec_tower", ?undeclared, action, "undeclared cookies");
    }
    if out.unsafe_dropped > 0 {
        tracing::warn!(
            target: "cookiec_tower",
            count = out.unsafe_dropped,
            "dropped Set-Cookie lines holding CR, LF or NUL"
        );
    }
    if !out.stripped.is_empty() || !out.expired.is_empty() || out.corrected > 0 {
        tracing::debug!(
            target: "cookiec_tower",
            stripped = ?out.stripped,
            expired = ?out.expired,
            corrected = out.corrected,
            "cookie policy enforced"
        );
    }
}
