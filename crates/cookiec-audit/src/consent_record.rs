//! Reading the consent record a capture's requests carry: the one place
//! that knows its value format, so that a change of format (issue 11)
//! changes only this file.
//!
//! Two formats, as `cookiec-emit`'s enforcement reads them
//! (`enforce.rs`, `Enforcer::parse_consent`):
//! - `cookiec-v1`: `v1.<revision>.<category id>.<category id>...`;
//! - vanilla-cookieconsent 3 with the generated `cookieconsent.config.js`:
//!   URL-encoded JSON whose `categories` array lists the granted ids.
//!
//! The audit does not compare the revision: a record of an older revision
//! still says what the visitor chose when the capture was taken.

use std::collections::BTreeSet;

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
}
