//! HAR 1.2 (<http://www.softwareishard.com/blog/har-12-spec/>) as
//! Chromium's and Firefox's DevTools and Playwright's `recordHar` write it:
//! each entry's request cookies (what the browser held), and the cookies
//! its response set (`Set-Cookie` headers; the `response.cookies` array
//! when a writer left the headers out).
//!
//! A HAR records the network only: cookies written by `document.cookie`
//! show up only once a request carries them, and storage never. cookiec's
//! capture script (`scripts/capture/capture.mjs`) therefore adds a
//! `log._cookiec` object (custom fields start with `_` in HAR 1.2):
//! `state`, `collectedAt`, the browser's final `cookies` (Playwright's
//! cookie objects) and `storage` (`[{origin, localStorage, sessionStorage}]`).
//!
//! Beacons are the entries Chromium marks `_resourceType: "ping"`
//! (`navigator.sendBeacon`, `<a ping>`) and image requests answered with a
//! pixel (a body of at most 100 bytes).

use super::{
    host_of, jar_attrs, same_site, str_of, Attrs, Beacon, Capture, Kind, Moment, Observed, Request,
    Source,
};
use serde_json::Value;
use std::collections::HashSet;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn time_of(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// `name=value` pairs of a request: its `cookies` array, or its `Cookie`
/// header when the writer left the array empty.
fn request_cookies(req: &Value) -> Vec<(String, String)> {
    let listed: Vec<(String, String)> = array(req, "cookies")
        .iter()
        .map(|c| {
            (
                str_of(c, "name").to_string(),
                str_of(c, "value").to_string(),
            )
        })
        .filter(|(n, _)| !n.is_empty())
        .collect();
    if !listed.is_empty() {
        return listed;
    }
    array(req, "headers")
        .iter()
        .filter(|h| str_of(h, "name").eq_ignore_ascii_case("cookie"))
        .flat_map(|h| {
            str_of(h, "value")
                .split(';')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter_map(|pair| {
            let (n, v) = pair.split_once('=')?;
            let n = n.trim();
            (!n.is_empty()).then(|| (n.to_string(), v.trim().to_string()))
        })
        .collect()
}

/// One `Set-Cookie` value: name, value and attributes, or `None` when it
/// does not parse or deletes the cookie (a past expiry or `Max-Age` ≤ 0 is
/// not setting anything).
pub fn parse_set_cookie(line: &str, at: Option<OffsetDateTime>) -> Option<(String, String, Attrs)> {
    let c = cookie::Cookie::parse(line.trim().to_string()).ok()?;
    let lifetime = match (c.max_age(), c.expires_datetime()) {
        (Some(age), _) => Some(age.whole_seconds()),
        (None, Some(exp)) => Some(at.map(|t| (exp - t).whole_seconds()).unwrap_or(i64::MAX)),
        (None, None) => None,
    };
    if lifetime.is_some_and(|s| s <= 0) {
        return None;
    }
    let attrs = Attrs {
        secure: c.secure().unwrap_or(false),
        http_only: c.http_only().unwrap_or(false),
        same_site: c.same_site().and_then(|s| same_site(&s.to_string())),
        domain: c
            .domain()
            .map(|d| d.trim_start_matches('.').to_ascii_lowercase())
            .filter(|d| !d.is_empty()),
        path: c.path().map(str::to_string),
        partitioned: c.partitioned().unwrap_or(false),
        lifetime,
    };
    Some((c.name().to_string(), c.value().to_string(), attrs))
}

/// The `Set-Cookie` lines of a response. Chromium joins several headers of
/// one name with newlines.
fn set_cookie_lines(resp: &Value) -> Vec<String> {
    array(resp, "headers")
        .iter()
        .filter(|h| str_of(h, "name").eq_ignore_ascii_case("set-cookie"))
        .flat_map(|h| {
            str_of(h, "value")
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// A `response.cookies` entry, for writers that leave `Set-Cookie` out of
/// the headers.
fn listed_set_cookie(c: &Value, at: Option<OffsetDateTime>) -> Option<(String, String, Attrs)> {
    let name = str_of(c, "name");
    if name.is_empty() {
        return None;
    }
    let lifetime = match (
        c.get("expires").and_then(Value::as_str).and_then(time_of),
        at,
    ) {
        (Some(exp), Some(t)) => Some((exp - t).whole_seconds()),
        (Some(_), None) => Some(i64::MAX),
        (None, _) => None,
    };
    if lifetime.is_some_and(|s| s <= 0) {
        return None;
    }
    let attrs = Attrs {
        secure: c.get("secure").and_then(Value::as_bool).unwrap_or(false),
        http_only: c.get("httpOnly").and_then(Value::as_bool).unwrap_or(false),
        same_site: same_site(str_of(c, "sameSite")),
        domain: Some(str_of(c, "domain"))
            .filter(|d| !d.is_empty())
            .map(|d| d.trim_start_matches('.').to_ascii_lowercase()),
        path: Some(str_of(c, "path"))
            .filter(|p| !p.is_empty())
            .map(str::to_string),
        partitioned: false,
        lifetime,
    };
    Some((name.to_string(), str_of(c, "value").to_string(), attrs))
}

/// Largest response body (bytes) still counted as a tracking pixel: a 1×1
/// GIF is 35 to 43 bytes, a 1×1 PNG about 70.
const PIXEL_BYTES: i64 = 100;

/// Whether a HAR entry is a beacon, as the Website Evidence Collector
/// counts them: a `navigator.sendBeacon` / `<a ping>` request (Chromium's
/// `_resourceType` `ping`), or an image request answered with a pixel.
/// Which host received it decides, in the audit, whether it is a third
/// party's.
fn is_beacon(entry: &Value) -> bool {
    let kind = str_of(entry, "_resourceType").to_ascii_lowercase();
    if kind == "ping" || kind == "beacon" {
        return true;
    }
    let resp = entry.get("response").unwrap_or(&Value::Null);
    let content = resp.get("content").unwrap_or(&Value::Null);
    let image = kind == "image" || str_of(content, "mimeType").starts_with("image/");
    let size = content
        .get("size")
        .and_then(Value::as_i64)
        .or_else(|| resp.get("bodySize").and_then(Value::as_i64));
    image && size.is_some_and(|n| (0..=PIXEL_BYTES).contains(&n))
}

pub fn parse(json: &Value, label: String) -> Capture {
    let log = json.get("log").unwrap_or(&Value::Null);
    let mut cap = Capture {
        label,
        ..Capture::default()
    };
    let mut seen: HashSet<String> = HashSet::new();
    for (i, entry) in array(log, "entries").iter().enumerate() {
        let req = entry.get("request").unwrap_or(&Value::Null);
        let resp = entry.get("response").unwrap_or(&Value::Null);
        let url = str_of(req, "url").to_string();
        let method = str_of(req, "method").to_string();
        let host = host_of(&url).unwrap_or_default();
        if cap.site.is_none() && !host.is_empty() {
            cap.site = Some(host.clone());
        }
        let at = time_of(str_of(entry, "startedDateTime"));
        let cookies = request_cookies(req);
        for (name, value) in &cookies {
            if seen.insert(name.clone()) {
                cap.items.push(Observed {
                    kind: Kind::Cookie,
                    name: name.clone(),
                    value: value.clone(),
                    host: host.clone(),
                    attrs: None,
                    source: Source::Sent { url: url.clone() },
                    moment: Moment::Request(i),
                });
            }
        }
        cap.requests.push(Request {
            url: url.clone(),
            cookies,
        });
        if is_beacon(entry) {
            cap.beacons.push(Beacon {
                url: url.clone(),
                host: host.clone(),
            });
        }
        let mut set: Vec<(String, String, Attrs)> = set_cookie_lines(resp)
            .iter()
            .filter_map(|l| parse_set_cookie(l, at))
            .collect();
        if set.is_empty() {
            set = array(resp, "cookies")
                .iter()
                .filter_map(|c| listed_set_cookie(c, at))
                .collect();
        }
        for (name, value, attrs) in set {
            seen.insert(name.clone());
            cap.items.push(Observed {
                kind: Kind::Cookie,
                name,
                value,
                host: attrs.domain.clone().unwrap_or_else(|| host.clone()),
                attrs: Some(attrs),
                source: Source::SetCookie {
                    method: method.clone(),
                    url: url.clone(),
                },
                moment: Moment::Request(i),
            });
        }
    }
    cap.final_cookies = cap
        .requests
        .last()
        .map(|r| r.cookies.clone())
        .unwrap_or_default();
    if let Some(ext) = log.get("_cookiec") {
        extension(ext, &mut cap);
    }
    cap
}

/// The `_cookiec` extension: the browser's final jar and storage.
fn extension(ext: &Value, cap: &mut Capture) {
    cap.stated_consent = ext.get("state").and_then(Value::as_str).map(str::to_string);
    let at = time_of(str_of(ext, "collectedAt"));
    if let Some(page) = ext.get("page").and_then(Value::as_str).and_then(host_of) {
        cap.site = Some(page);
    }
    let page = ext
        .get("page")
        .and_then(Value::as_str)
        .map(|p| format!("a script on {p}"));
    let jar = array(ext, "cookies");
    cap.final_cookies = jar
        .iter()
        .map(|c| {
            (
                str_of(c, "name").to_string(),
                str_of(c, "value").to_string(),
            )
        })
        .collect();
    for c in jar {
        let name = str_of(c, "name");
        if name.is_empty() {
            continue;
        }
        let domain = str_of(c, "domain").to_ascii_lowercase();
        let expires = c.get("expires").and_then(Value::as_f64).unwrap_or(-1.0);
        let lifetime = (expires >= 0.0).then(|| match at {
            Some(t) => (expires as i64).saturating_sub(t.unix_timestamp()),
            None => i64::MAX,
        });
        let attrs = jar_attrs(c, lifetime);
        cap.items.push(Observed {
            kind: Kind::Cookie,
            name: name.to_string(),
            value: str_of(c, "value").to_string(),
            host: domain.trim_start_matches('.').to_string(),
            attrs: Some(attrs),
            source: Source::Jar { by: page.clone() },
            moment: Moment::End,
        });
    }
    for origin in array(ext, "storage") {
        let host = host_of(str_of(origin, "origin")).unwrap_or_default();
        for (key, kind) in [
            ("localStorage", Kind::LocalStorage),
            ("sessionStorage", Kind::SessionStorage),
        ] {
            let Some(map) = origin.get(key).and_then(Value::as_object) else {
                continue;
            };
            for (name, value) in map {
                cap.items.push(Observed {
                    kind,
                    name: name.clone(),
                    value: value.as_str().unwrap_or("").to_string(),
                    host: host.clone(),
                    attrs: None,
                    source: Source::Jar { by: page.clone() },
                    moment: Moment::End,
                });
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn set_cookie_attributes_and_lifetimes() {
        let at = time_of("2026-01-01T00:00:00Z");
        let (n, v, a) = parse_set_cookie(
            "sid=abc; Path=/; Domain=.Shop.example; Max-Age=3600; Secure; HttpOnly; SameSite=Strict; Partitioned",
            at,
        )
        .unwrap();
        assert_eq!((n.as_str(), v.as_str()), ("sid", "abc"));
        assert_eq!(a.domain.as_deref(), Some("shop.example"));
        assert_eq!(a.lifetime, Some(3600));
        assert!(a.secure && a.http_only && a.partitioned);
        assert_eq!(a.same_site, Some(cookiec_check::model::SameSite::Strict));
        let (_, _, a) = parse_set_cookie("x=1; Expires=Fri, 02 Jan 2026 00:00:00 GMT", at).unwrap();
        assert_eq!(a.lifetime, Some(86_400));
        assert_eq!(parse_set_cookie("x=; Max-Age=0", at), None);
        assert_eq!(
            parse_set_cookie("x=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", at),
            None
        );
        assert_eq!(parse_set_cookie("no equals sign", at), None);
    }

    #[test]
    fn pings_and_pixels_are_beacons_other_requests_are_not() {
        let entry = |url: &str, kind: &str, mime: &str, size: i64| {
            serde_json::json!({
                "request": {"method": "GET", "url": url, "headers": [], "cookies": []},
                "response": {"status": 200, "headers": [], "cookies": [],
                    "content": {"mimeType": mime, "size": size}},
                "_resourceType": kind
            })
        };
        let har = serde_json::json!({"log": {"entries": [
            entry("https://shop.example/", "document", "text/html", 5000),
            entry("https://collect.tracker.example/b", "ping", "", 0),
            entry("https://px.ads.example/p.gif?id=1", "image", "image/gif", 43),
            entry("https://cdn.example/logo.png", "image", "image/png", 24_000),
            entry("https://fonts.example/a.woff2", "font", "font/woff2", 30),
        ]}});
        let cap = parse(&har, "t.har".into());
        let hosts: Vec<&str> = cap.beacons.iter().map(|b| b.host.as_str()).collect();
        assert_eq!(hosts, ["collect.tracker.example", "px.ads.example"]);
    }

    #[test]
    fn a_har_without_the_extension_still_yields_set_and_sent_cookies() {
        let har: Value = serde_json::json!({"log": {"version": "1.2", "entries": [
            {"startedDateTime": "2026-01-01T00:00:00Z",
             "request": {"method": "GET", "url": "https://shop.example/", "cookies": [], "headers": []},
             "response": {"headers": [{"name": "Set-Cookie", "value": "a=1; Secure\nb=2"}], "cookies": []}},
            {"startedDateTime": "2026-01-01T00:00:01Z",
             "request": {"method": "GET", "url": "https://shop.example/x", "cookies": [],
                          "headers": [{"name": "Cookie", "value": "a=1; b=2; js=3"}]},
             "response": {"headers": [], "cookies": []}}
        ]}});
        let cap = parse(&har, "t.har".into());
        assert_eq!(cap.site.as_deref(), Some("shop.example"));
        let names: Vec<_> = cap
            .items
            .iter()
            .map(|o| {
                (
                    o.name.as_str(),
                    matches!(o.source, Source::SetCookie { .. }),
                )
            })
            .collect();
        assert_eq!(names, [("a", true), ("b", true), ("js", false)]);
        assert_eq!(cap.final_cookies.len(), 3);
    }
}
