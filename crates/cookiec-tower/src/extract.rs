//! From `http` headers to the reference enforcement's inputs and back.
//! Header values are read and written as Latin-1 ([`latin1`]).

use cookiec_enforce::{latin1, Enforcer, Request};
use http::header::{HeaderMap, HeaderName, HeaderValue, COOKIE};
use std::borrow::Cow;

pub fn latin1(v: &HeaderValue) -> Cow<'_, str> {
    latin1::decode(v.as_bytes())
}

/// Back to header bytes ([`latin1::encode`]). `None` when the bytes are not
/// a valid header value.
pub fn header_value(s: &str) -> Option<HeaderValue> {
    HeaderValue::from_bytes(&latin1::encode(s)).ok()
}

/// [`header_value`] for a line built here: an ASCII line becomes the value
/// without a copy.
pub fn header_value_owned(s: String) -> Option<HeaderValue> {
    HeaderValue::try_from(latin1::encode_owned(s)).ok()
}

fn flag(headers: &HeaderMap, name: &HeaderName, value: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .any(|v| v.as_bytes().trim_ascii() == value.as_bytes())
}

/// Header names the layer reads, resolved once.
#[derive(Clone, Debug)]
pub struct Names {
    pub gpc: HeaderName,
    pub gpc_value: String,
    pub dnt: HeaderName,
    pub dnt_value: String,
    pub country: HeaderName,
    pub subdivision: Option<HeaderName>,
}

pub fn request(headers: &HeaderMap, names: &Names, enforcer: &Enforcer, now: i64) -> Request {
    let cookie_headers: Vec<Cow<'_, str>> = headers.get_all(COOKIE).iter().map(latin1).collect();
    let cookies = cookiec_enforce::request_cookies(cookie_headers.iter().map(|c| c.as_ref()));
    let country = headers.get(&names.country).map(latin1);
    let subdivision = names
        .subdivision
        .as_ref()
        .and_then(|n| headers.get(n))
        .map(latin1);
    let region = enforcer.region(country.as_deref(), subdivision.as_deref());
    Request {
        cookies,
        gpc: flag(headers, &names.gpc, &names.gpc_value),
        dnt: flag(headers, &names.dnt, &names.dnt_value),
        region,
        now,
    }
}
