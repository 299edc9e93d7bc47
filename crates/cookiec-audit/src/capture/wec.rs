//! The EDPS Website Evidence Collector's `inspection.json` (2.x): the
//! cookies in the browser at the end of the visit, with how each was set
//! (`log.type` `Cookie.HTTP` or `Cookie.JS`, `log.stack` naming the
//! response or script), `localStorage` per origin, and `beacons` (requests
//! matched by the EasyPrivacy filter list).
//!
//! The collector loads the page once without interacting: no consent was
//! given, and it records no request cookies, so every item is seen at the
//! end of the capture.

use super::{host_of, jar_attrs, str_of, Beacon, Capture, Kind, Moment, Observed, Source};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Seconds a cookie lives: `expiresDays` when given, else `expires` (epoch
/// seconds, or an ISO date as some versions write) minus when it was set.
fn lifetime(c: &Value) -> Option<i64> {
    if c.get("session").and_then(Value::as_bool) == Some(true) {
        return None;
    }
    if let Some(days) = c.get("expiresDays").and_then(Value::as_f64) {
        return Some((days * 86_400.0) as i64);
    }
    let set = c
        .pointer("/log/timestamp")
        .and_then(Value::as_str)
        .and_then(|s| OffsetDateTime::parse(s, &Rfc3339).ok())
        .map(OffsetDateTime::unix_timestamp);
    let expires = match c.get("expires") {
        Some(Value::Number(n)) => n.as_f64().filter(|e| *e >= 0.0).map(|e| e as i64),
        Some(Value::String(s)) => OffsetDateTime::parse(s, &Rfc3339)
            .ok()
            .map(OffsetDateTime::unix_timestamp),
        _ => None,
    }?;
    Some(set.map(|s| expires.saturating_sub(s)).unwrap_or(i64::MAX))
}

/// How the collector says a cookie was set.
fn source(c: &Value) -> Source {
    let first = c.pointer("/log/stack/0");
    let file = first.map(|f| str_of(f, "fileName")).unwrap_or("");
    match (str_of(c.get("log").unwrap_or(&Value::Null), "type"), file) {
        ("Cookie.HTTP", f) if !f.is_empty() => Source::SetCookie {
            method: "GET".into(),
            url: f.to_string(),
        },
        (_, "") => Source::Jar { by: None },
        (_, f) => Source::Jar {
            by: Some(format!("the script {f}")),
        },
    }
}

pub fn parse(json: &Value, label: String) -> Capture {
    let mut cap = Capture {
        label,
        ..Capture::default()
    };
    cap.site = json
        .get("uri_ins")
        .and_then(Value::as_str)
        .and_then(host_of)
        .or_else(|| {
            json.get("host")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase)
        });
    let cookies = json
        .get("cookies")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for c in &cookies {
        let name = str_of(c, "name");
        if name.is_empty() {
            continue;
        }
        let domain = str_of(c, "domain").to_ascii_lowercase();
        let has_attrs = c.get("secure").is_some() || c.get("httpOnly").is_some();
        let attrs = has_attrs.then(|| jar_attrs(c, lifetime(c)));
        cap.final_cookies
            .push((name.to_string(), str_of(c, "value").to_string()));
        cap.items.push(Observed {
            kind: Kind::Cookie,
            name: name.to_string(),
            value: str_of(c, "value").to_string(),
            host: domain.trim_start_matches('.').to_string(),
            attrs,
            source: source(c),
            moment: Moment::End,
        });
    }
    // `localStorage`: `{origin: {key: {value, log}}}`.
    if let Some(origins) = json.get("localStorage").and_then(Value::as_object) {
        for (origin, keys) in origins {
            let host = host_of(origin).unwrap_or_else(|| origin.to_ascii_lowercase());
            let Some(keys) = keys.as_object() else {
                continue;
            };
            for (key, entry) in keys {
                let value = entry
                    .get("value")
                    .and_then(Value::as_str)
                    .or_else(|| entry.as_str())
                    .unwrap_or("");
                cap.items.push(Observed {
                    kind: Kind::LocalStorage,
                    name: key.clone(),
                    value: value.to_string(),
                    host: host.clone(),
                    attrs: None,
                    source: Source::Jar { by: None },
                    moment: Moment::End,
                });
            }
        }
    }
    for b in json
        .get("beacons")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let url = str_of(b, "url");
        if let Some(host) = host_of(url) {
            cap.beacons.push(Beacon {
                url: url.to_string(),
                host,
            });
        }
    }
    cap
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn cookies_storage_and_beacons() {
        let json = serde_json::json!({
            "uri_ins": "http://localhost:8000/page.html",
            "cookies": [
                {"name": "YSC", "domain": ".youtube.com", "path": "/", "httpOnly": true, "secure": true,
                 "session": true, "sameSite": "None",
                 "log": {"type": "Cookie.HTTP", "stack": [{"fileName": "https://www.youtube.com/embed/x"}]}},
                {"name": "PREF", "domain": "youtube.com", "expires": "2025-01-29T00:46:45.000Z",
                 "expiresDays": 243.5, "session": false, "log": {"type": "Cookie.HTTP", "stack": []}},
                {"name": "foo", "domain": "localhost", "expires": -1, "session": true, "httpOnly": false,
                 "secure": false, "log": {"type": "Cookie.JS", "stack": [{"fileName": "https://cdn.example/js.cookie.js"}]}}
            ],
            "localStorage": {"http://localhost:8000": {"theme": {"value": "dark"}}},
            "beacons": [{"url": "https://play.google.com/log?x=1"}]
        });
        let cap = parse(&json, "inspection.json".into());
        assert_eq!(cap.site.as_deref(), Some("localhost"));
        assert_eq!(cap.items.len(), 4);
        let ysc = &cap.items[0];
        assert_eq!(ysc.host, "youtube.com");
        assert_eq!(
            ysc.attrs.as_ref().unwrap().domain.as_deref(),
            Some("youtube.com")
        );
        assert_eq!(ysc.attrs.as_ref().unwrap().lifetime, None);
        assert!(matches!(ysc.source, Source::SetCookie { .. }));
        // No attribute fields: the capture does not say.
        assert_eq!(cap.items[1].attrs, None);
        assert!(
            matches!(&cap.items[2].source, Source::Jar { by: Some(b) } if b.contains("js.cookie"))
        );
        assert_eq!(cap.items[3].kind, Kind::LocalStorage);
        assert_eq!(cap.beacons[0].host, "play.google.com");
    }
}
