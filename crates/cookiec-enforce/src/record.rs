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
    let text = decode(value)?;
    if let Ok(fast) = serde_json::from_str::<Strict<'_>>(&text) {
        let (categories, revision, content_hash) = fast.fields();
        return Some(Record {
            categories: categories.iter().map(|c| c.to_string()).collect(),
            revision: revision.map(str::to_string),
            content_hash: content_hash.map(str::to_string),
        });
    }
    lenient_record(&text)
}

/// What the enforcement reads of a record, `f(categories, revision)`,
/// without copying the strings when the record is in the usual form.
pub(crate) fn read<R>(value: &str, f: impl FnOnce(&[&str], Option<&str>) -> R) -> Option<R> {
    let text = decode(value)?;
    if let Ok(fast) = serde_json::from_str::<Strict<'_>>(&text) {
        let (categories, revision, _) = fast.fields();
        return Some(f(&categories, revision));
    }
    let rec = lenient_record(&text)?;
    let categories: Vec<&str> = rec.categories.iter().map(String::as_str).collect();
    Some(f(&categories, rec.revision.as_deref()))
}

/// The JSON text of a cookie value: quotes removed, percent-decoded.
fn decode(value: &str) -> Option<String> {
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    percent_decode(value)
}

fn lenient_record(text: &str) -> Option<Record> {
    // Typed, so the banner's other fields are skipped without being built.
    let raw: Raw = serde_json::from_str(text).ok()?;
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

/// The record as cookiec's banner writes it, every field of the expected
/// type, no escapes in its strings and nothing else in `data`: read
/// without building a `serde_json::Value` or copying a string. Anything
/// else fails here and goes through the lenient [`Raw`] reading, so both
/// give the same record (the strict form only accepts what the lenient one
/// reads identically).
#[derive(serde::Deserialize)]
struct Strict<'a> {
    #[serde(borrow)]
    categories: Vec<&'a str>,
    #[serde(default, borrow)]
    data: Option<StrictData<'a>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictData<'a> {
    #[serde(default, borrow)]
    cookiec: Option<StrictOurs<'a>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictOurs<'a> {
    #[serde(default)]
    v: Option<u64>,
    #[serde(default, borrow)]
    revision: Option<&'a str>,
    #[serde(default, borrow)]
    hash: Option<&'a str>,
}

impl<'a> Strict<'a> {
    /// (categories, revision, content hash).
    fn fields(self) -> (Vec<&'a str>, Option<&'a str>, Option<&'a str>) {
        let ours = self.data.and_then(|d| d.cookiec).filter(|c| c.v == Some(1));
        let (revision, hash) = ours.map_or((None, None), |c| (c.revision, c.hash));
        (self.categories, revision, hash)
    }
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
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let mut b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    // Runs without `%` are copied whole (a record is mostly such runs).
    while let Some(at) = b.iter().position(|&c| c == b'%') {
        out.extend_from_slice(&b[..at]);
        let hi = hex(*b.get(at + 1)?)?;
        let lo = hex(*b.get(at + 2)?)?;
        out.push(hi << 4 | lo);
        b = &b[at + 3..];
    }
    out.extend_from_slice(b);
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
    fn odd_field_types_read_leniently() {
        let read = |json: &str| parse(&percent_encode(json));
        let rec = |cats: &[&str], rev: Option<&str>| {
            Some(Record {
                categories: cats.iter().map(|c| c.to_string()).collect(),
                revision: rev.map(str::to_string),
                content_hash: None,
            })
        };
        // Non-string categories are skipped; wrong-typed fields are absent.
        assert_eq!(read(r#"{"categories":["a",1,null]}"#), rec(&["a"], None));
        assert_eq!(
            read(r#"{"categories":["a"],"data":{"cookiec":{"v":1,"revision":"r","hash":7}}}"#),
            rec(&["a"], Some("r"))
        );
        assert_eq!(
            read(r#"{"categories":["a"],"data":{"cookiec":{"v":1,"revision":"r"},"x":{}}}"#),
            rec(&["a"], Some("r"))
        );
        assert_eq!(
            read(r#"{"categories":["a"],"data":{"cookiec":{"v":"1","revision":"r"}}}"#),
            rec(&["a"], None)
        );
        assert_eq!(
            read(r#"{"categories":["a"],"data":"x","revision":3}"#),
            rec(&["a"], None)
        );
        // Escapes are read as JSON reads them.
        assert_eq!(
            read(r#"{"categories":["a\u0062"],"data":{"cookiec":{"v":1,"revision":"\u0072"}}}"#),
            rec(&["ab"], Some("r"))
        );
        // A number no JSON reader can hold in `data` spoils the record either way.
        assert_eq!(read(r#"{"categories":["a"],"data":{"x":1e400}}"#), None);
    }

    #[test]
    fn garbage_is_no_record() {
        for v in [
            "",
            "%",
            "%zz",
            "%+7B%7D",
            "%7",
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
