//! What a capture saw, independent of its file format: the items a site
//! stored (cookies with their attributes, storage keys), the requests whose
//! cookies tell the consent state, and the beacons sent.
//!
//! Parsers: [`har`] (HAR 1.2 as Chromium, Firefox and Playwright write
//! it, with cookiec's `_cookiec` extension for the final cookie jar and
//! storage) and [`wec`] (the EDPS Website Evidence Collector's
//! `inspection.json`). [`load`] tells them apart by content.

pub mod har;
pub mod wec;

use cookiec_check::model::SameSite;

/// The kinds of item a capture can see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Cookie,
    LocalStorage,
    SessionStorage,
}

impl Kind {
    /// The `.cookies` keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Cookie => "cookie",
            Kind::LocalStorage => "local-storage",
            Kind::SessionStorage => "session-storage",
        }
    }

    /// The catalog's kind of entry.
    pub fn catalog(self) -> cookiec_catalog::EntryKind {
        use cookiec_catalog::EntryKind;
        match self {
            Kind::Cookie => EntryKind::Cookie,
            Kind::LocalStorage => EntryKind::LocalStorage,
            Kind::SessionStorage => EntryKind::SessionStorage,
        }
    }
}

/// A cookie's attributes as set (a `Set-Cookie` header or the browser's
/// jar). `None` in an `Option` field: the capture does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attrs {
    pub secure: bool,
    pub http_only: bool,
    /// `None`: not given (browsers then treat it as `Lax`).
    pub same_site: Option<SameSite>,
    /// The `Domain` attribute, leading dot removed; `None`: host-only.
    pub domain: Option<String>,
    pub path: Option<String>,
    pub partitioned: bool,
    /// Seconds from when it was set; `None`: a session cookie.
    pub lifetime: Option<i64>,
}

/// How the capture learnt of an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A `Set-Cookie` header in the response to this request.
    SetCookie { method: String, url: String },
    /// The browser's jar or storage at the end of the capture (set by a
    /// script, or by a header the capture did not record).
    Jar { by: Option<String> },
    /// Only sent in a request's `Cookie` header.
    Sent { url: String },
}

impl Source {
    /// "set by GET https://…" for messages.
    pub fn describe(&self) -> String {
        match self {
            Source::SetCookie { method, url } => format!("set by the response to {method} {url}"),
            Source::Jar { by: Some(by) } => format!("set by {by}"),
            Source::Jar { by: None } => "found in the browser at the end of the capture".into(),
            Source::Sent { url } => format!("first sent with the request to {url}"),
        }
    }
}

/// When an item was first seen, for the consent state in force then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// With the request at this index of [`Capture::requests`].
    Request(usize),
    /// At the end of the capture.
    End,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    pub kind: Kind,
    pub name: String,
    pub value: String,
    /// The host the item belongs to: the cookie's domain (or the host that
    /// set it), the storage's origin host.
    pub host: String,
    /// Attributes, for cookies whose setting the capture recorded.
    pub attrs: Option<Attrs>,
    pub source: Source,
    pub moment: Moment,
}

/// A request and the cookies it carried.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub url: String,
    pub cookies: Vec<(String, String)>,
}

/// A request a tracker filter list matched (Website Evidence Collector).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beacon {
    pub url: String,
    pub host: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capture {
    /// The file, for messages.
    pub label: String,
    /// The host of the page visited: the first party.
    pub site: Option<String>,
    pub items: Vec<Observed>,
    pub requests: Vec<Request>,
    /// The cookies in the browser at the end, for the final consent state.
    pub final_cookies: Vec<(String, String)>,
    pub beacons: Vec<Beacon>,
    /// The consent state the capture says it was taken in (`_cookiec.consent`),
    /// when it says.
    pub stated_consent: Option<String>,
}

impl Capture {
    /// The cookies in force at `moment`.
    pub fn cookies_at(&self, moment: Moment) -> &[(String, String)] {
        match moment {
            Moment::Request(i) => self
                .requests
                .get(i)
                .map(|r| r.cookies.as_slice())
                .unwrap_or(&[]),
            Moment::End => &self.final_cookies,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("not JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("neither a HAR file (no `log.entries`) nor a Website Evidence Collector inspection.json (no `cookies`)")]
    Unknown,
}

/// Read a capture file, HAR or Website Evidence Collector by content.
pub fn load(path: &std::path::Path) -> Result<Capture, CaptureError> {
    let text = std::fs::read(path)?;
    let json: serde_json::Value = serde_json::from_slice(&text)?;
    let label = path.display().to_string();
    if json.pointer("/log/entries").is_some_and(|e| e.is_array()) {
        Ok(har::parse(&json, label))
    } else if json.get("cookies").is_some_and(|c| c.is_array()) {
        Ok(wec::parse(&json, label))
    } else {
        Err(CaptureError::Unknown)
    }
}

/// The host of an absolute URL (`https://user@Host:8080/x` → `host`),
/// lowercase; `None` for what is not `scheme://host...`.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next()?
    } else {
        host_port.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The registrable domain of a host (`www.google.co.uk` → `google.co.uk`),
/// by the checker's public-suffix excerpt; a single-label host
/// (`localhost`) or an IP address is its own site.
pub fn site_of(host: &str) -> String {
    let host = host
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || !host.contains('.') {
        return host;
    }
    let labels: Vec<&str> = host.split('.').collect();
    for start in (0..labels.len()).rev() {
        let candidate = labels[start..].join(".");
        if !cookiec_check::rules::psl::is_public_suffix(&candidate) {
            return candidate;
        }
    }
    host
}

pub(crate) fn str_of<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v.get(key).and_then(serde_json::Value::as_str).unwrap_or("")
}

/// The attributes of a cookie object in the browser's jar, in the shape
/// the DevTools protocol gives (`Network.Cookie`) and both Playwright's
/// `context.cookies()` and the Website Evidence Collector write: a Domain
/// cookie's domain has a leading dot, `partitionKey` marks CHIPS.
pub(crate) fn jar_attrs(c: &serde_json::Value, lifetime: Option<i64>) -> Attrs {
    let flag = |key: &str| {
        c.get(key)
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false)
    };
    Attrs {
        secure: flag("secure"),
        http_only: flag("httpOnly"),
        same_site: same_site(str_of(c, "sameSite")),
        domain: str_of(c, "domain")
            .to_ascii_lowercase()
            .strip_prefix('.')
            .filter(|d| !d.is_empty())
            .map(str::to_string),
        path: Some(str_of(c, "path"))
            .filter(|p| !p.is_empty())
            .map(str::to_string),
        partitioned: c.get("partitionKey").is_some_and(|k| !k.is_null()),
        lifetime,
    }
}

pub(crate) fn same_site(s: &str) -> Option<SameSite> {
    match s.to_ascii_lowercase().as_str() {
        "strict" => Some(SameSite::Strict),
        "lax" => Some(SameSite::Lax),
        "none" => Some(SameSite::None),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_sites() {
        assert_eq!(
            host_of("https://www.Example.com:8443/a?b").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(host_of("http://127.0.0.1:9/").as_deref(), Some("127.0.0.1"));
        assert_eq!(host_of("http://[::1]:80/").as_deref(), Some("::1"));
        assert_eq!(host_of("data:text/plain,x"), None);
        assert_eq!(site_of("www.google-analytics.com"), "google-analytics.com");
        assert_eq!(site_of(".shop.example.co.uk"), "example.co.uk");
        assert_eq!(site_of("localhost"), "localhost");
        assert_eq!(site_of("127.0.0.1"), "127.0.0.1");
    }
}
