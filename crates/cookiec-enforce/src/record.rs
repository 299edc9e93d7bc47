//! The consent record (`cookiec-record-1`): the one cookie in which a
//! visitor's choice is stored, written by the banner cookiec configures and
//! read by every enforcement (this crate, the tower layer, the nginx filter).
//!
//! Its value is the cookie vanilla-cookieconsent 3 writes,
//! `encodeURIComponent(JSON.stringify(record))`, with cookiec's facts in its
//! free `data` field (the generated banner config puts them there):
//!
//! ```json
//! {"categories": ["essential", "analytics"],
//!  "data": {"cookiec": {"v": 1, "revision": "3f9a1c2b7d4e5a6b", "hash": "sha256:…"}},
//!  "revision": 66693564, "consentId": "…", "consentTimestamp": "…", …}
//! ```
//!
//! cookiec reads `categories` (the granted category ids), `data.cookiec.v`
//! (1), `data.cookiec.revision` (the policy revision the visitor answered)
//! and `data.cookiec.hash` (the policy's content hash: proof of the text
//! shown); every other field is the banner's and is ignored. A value may be
//! wrapped in double quotes (RFC 6265 `cookie-value`). A record without
//! `data.cookiec` has an unknown revision, so it is stale.

use serde::Deserialize;

/// The `consent.format` of the header rules.
pub const FORMAT: &str = "cookiec-record-1";

/// The `consent.syntax` of the header rules: the format in one line.
pub const SYNTAX: &str = "URL-encoded JSON: {\"categories\": [<granted category ids>], \"data\": {\"cookiec\": {\"v\": 1, \"revision\": \"<revision>\", \"hash\": \"<content_hash>\"}}} (other fields ignored)";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub categories: Vec<String>,
    /// `None` when the record does not say (not written by cookiec's banner).
    pub revision: Option<String>,
    pub content_hash: Option<String>,
}

/// Parse a record cookie value; `None` for anything that is not a record
/// (garbage counts as no choice).
pub fn parse(value: &str) -> Option<Record> {
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    // Typed, so the banner's other fields are skipped without being built.
    let raw: Raw = serde_json::from_str(&percent_decode(value)?).ok()?;
    let ours = raw.data.and_then(|d| d.cookiec).filter(|c| c.v == Some(1));
    Some(Record {
        categories: raw
            .categories
            .into_iter()
            .filter_map(|c| match c {
                serde_json::Value::String(s) => Some(s),
                _ => None,
            })
            .collect(),
        revision: ours.as_ref().and_then(|c| c.revision.clone()),
        content_hash: ours.and_then(|c| c.hash),
    })
}

#[derive(serde::Deserialize)]
struct Raw {
    categories: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "lenient")]
    data: Option<RawData>,
}

#[derive(serde::Deserialize)]
struct RawData {
    #[serde(default, deserialize_with = "lenient")]
    cookiec: Option<RawOurs>,
}

#[derive(serde::Deserialize)]
struct RawOurs {
    #[serde(default, deserialize_with = "lenient")]
    v: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    revision: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    hash: Option<String>,
}

/// A field of the wrong type is absent, not an error: the banner owns
/// the record and may store anything in `data`.
fn lenient<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let v = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(v).ok())
}

/// The cookie value for a record (what the banner writes; used by tests
/// and by servers that set the record themselves).
pub fn encode(categories: &[&str], revision: &str, content_hash: &str) -> String {
    let json = serde_json::json!({
        "categories": categories,
        "data": {"cookiec": {"v": 1, "revision": revision, "hash": content_hash}},
    });
    percent_encode(&json.to_string())
}

/// `encodeURIComponent`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `decodeURIComponent`: `None` on a malformed escape or invalid UTF-8,
/// as the browser would throw.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_quotes() {
        let v = encode(&["essential", "analytics"], "0123456789abcdef", "sha256:00");
        let r = parse(&v);
        let want = Some(Record {
            categories: vec!["essential".into(), "analytics".into()],
            revision: Some("0123456789abcdef".into()),
            content_hash: Some("sha256:00".into()),
        });
        assert_eq!(r, want);
        assert_eq!(parse(&format!("\"{v}\"")), want);
    }

    #[test]
    fn garbage_is_no_record() {
        for v in [
            "",
            "%",
            "%zz",
            "v1.abc.analytics",
            "{}",
            "%7B%22categories%22%3A1%7D",
            "\"",
        ] {
            assert_eq!(parse(v), None, "{v}");
        }
        // A record some other banner wrote: categories, unknown revision.
        let r = parse("%7B%22categories%22%3A%5B%22a%22%5D%2C%22revision%22%3A3%7D");
        assert_eq!(r.map(|r| r.revision), Some(None));
    }
}
