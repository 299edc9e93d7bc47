//! Reading the consent record a capture's requests carry: the one place
//! that knows its value format, so that a change of format (issue 11)
//! changes only this file.
//!
//! Two formats:
//! - `cookiec-record-1`, what every generated banner writes and the header
//!   rules read, parsed by `cookiec_enforce::record` (the one parser):
//!   URL-encoded JSON whose `categories` array lists the granted ids, with
//!   the policy revision in `data.cookiec.revision`;
//! - the earlier `cookiec-v1`: `v1.<revision>.<category id>.<category id>...`,
//!   which captures taken before the switch still carry.
//!
//! The consent module compares the revision with the policy's when the
//! policy asks again on every material change (`renew-on-change yes`).

use std::collections::BTreeSet;

/// What a consent record says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordRead {
    pub categories: BTreeSet<String>,
    /// The policy revision the visitor answered, when the record says.
    pub revision: Option<String>,
}

/// The record a consent cookie value holds, or `None` when the value is
/// in neither format.
pub fn read_record(value: &str) -> Option<RecordRead> {
    if let Some(rest) = value.strip_prefix("v1.") {
        let revision = rest.split('.').next().filter(|r| !r.is_empty())?;
        return Some(RecordRead {
            categories: granted_by_record(value)?,
            revision: Some(revision.to_string()),
        });
    }
    let r = cookiec_enforce::record::parse(value)?;
    Some(RecordRead {
        categories: r.categories.into_iter().collect(),
        revision: r.revision,
    })
}

/// The categories a consent record value grants, or `None` when the value
/// is in neither format.
pub fn granted_by_record(value: &str) -> Option<BTreeSet<String>> {
    if let Some(rest) = value.strip_prefix("v1.") {
        let mut parts = rest.split('.');
        parts.next().filter(|r| !r.is_empty())?; // the revision
        return Some(
            parts
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect(),
        );
    }
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    let json: serde_json::Value = serde_json::from_str(&decoded).ok()?;
    Some(
        json.get("categories")?
            .as_array()?
            .iter()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect(),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn both_formats() {
        let v1 = granted_by_record("v1.76c2ae0095dc7de7.essential.analytics").unwrap();
        assert_eq!(
            v1.into_iter().collect::<Vec<_>>(),
            ["analytics", "essential"]
        );
        let cc = granted_by_record(
            "%7B%22categories%22%3A%5B%22essential%22%5D%2C%22revision%22%3A1%7D",
        )
        .unwrap();
        assert_eq!(cc.into_iter().collect::<Vec<_>>(), ["essential"]);
        assert!(granted_by_record("yes").is_none());
        assert!(granted_by_record("v1.").is_none());
    }

    #[test]
    fn records_say_their_revision() {
        let v1 = read_record("v1.76c2ae0095dc7de7.essential").unwrap();
        assert_eq!(v1.revision.as_deref(), Some("76c2ae0095dc7de7"));
        let value = cookiec_enforce::record::encode(&["essential"], "0123456789abcdef", "sha256:x");
        let r = read_record(&value).unwrap();
        assert_eq!(r.revision.as_deref(), Some("0123456789abcdef"));
        assert_eq!(r.categories.into_iter().collect::<Vec<_>>(), ["essential"]);
        assert!(read_record("garbage").is_none());
    }
}
