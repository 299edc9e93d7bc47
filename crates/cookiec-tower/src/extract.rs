//! From `http` headers to the reference enforcement's inputs and back.
//! Header values are bytes, not UTF-8: they are read as Latin-1 (one char
//! per byte), so a rewrite gives back exactly the bytes it did not change.

use cookiec_enforce::{region, Enforcer, Region, Request};
use http::header::{HeaderMap, HeaderName, HeaderValue, COOKIE};
use std::borrow::Cow;

pub fn latin1(v: &HeaderValue) -> Cow<'_, str> {
    // Visible ASCII (nearly every header) is its own Latin-1: borrowed as is.
    match v.to_str() {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(v.as_bytes().iter().map(|&b| char::from(b)).collect()),
    }
}

/// Back to header bytes: chars up to U+00FF are their byte (what
/// [`latin1`] read), anything else (only from a hand-edited rules file) is
/// UTF-8. `None` when the bytes are not a valid header value.
pub fn header_value(s: &str) -> Option<HeaderValue> {
    if s.is_ascii() {
        return HeaderValue::from_str(s).ok();
    }
    let mut bytes = Vec::with_capacity(s.len());
    for c in s.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => bytes.push(b),
            Err(_) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    HeaderValue::from_bytes(&bytes).ok()
}

/// [`header_value`] for a line built here: an ASCII line becomes the value
/// without a copy.
pub fn header_value_owned(s: String) -> Option<HeaderValue> {
    if s.is_ascii() {
        return HeaderValue::try_from(s).ok();
    }
    header_value(&s)
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
    let region = match country.as_deref() {
        Some(c) => region::resolve(
            |r| enforcer.declares_region(r),
            Some(c),
            subdivision.as_deref(),
        ),
        None => Region::Unknown,
    };
    Request {
        cookies,
        gpc: flag(headers, &names.gpc, &names.gpc_value),
        dnt: flag(headers, &names.dnt, &names.dnt_value),
        region,
        now,
    }
}
