//! Values the model stores only once they are validated: a language tag,
//! a web URL, an e-mail address. Each is made by its `parse`, which asks
//! the one validator in [`crate::validate`], so a model holding one is
//! proof the value was checked: emitters and rules read it without
//! re-validating (or re-parsing a URL for its host).
//!
//! Each keeps the text as written: outputs print what the author wrote
//! (a URL is not normalised, `https://example.com` stays without `/`).

use crate::validate;
use serde::Serialize;
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// Implements the string views every validated value shares.
macro_rules! string_view {
    ($ty:ident, $field:tt) => {
        impl $ty {
            pub fn as_str(&self) -> &str {
                &self.$field
            }
        }

        impl Deref for $ty {
            type Target = str;

            fn deref(&self) -> &str {
                &self.$field
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.$field
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.$field)
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                *self.$field == *other
            }
        }

        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                *self.$field == **other
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.$field)
            }
        }
    };
}

/// A BCP 47 language tag in canonical case (`en`, `pt-BR`, `zh-Hant`):
/// ASCII letters, digits and `-` only, so it is safe in a file name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LangTag(String);

impl LangTag {
    pub fn parse(tag: &str) -> Option<LangTag> {
        validate::is_lang_tag(tag).then(|| LangTag(tag.to_string()))
    }

    /// `en`, the language of a policy that declares none.
    pub fn english() -> LangTag {
        LangTag("en".to_string())
    }
}

string_view!(LangTag, 0);

// Texts are keyed by tag and looked up with a `&str` (`by_lang.get("de")`);
// the derived order and hash are the string's, as `Borrow` requires.
impl Borrow<str> for LangTag {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// An absolute `http(s)` URL with a host name, as written, and its host
/// (lower-cased).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebUrl {
    text: String,
    host: String,
}

impl WebUrl {
    pub fn parse(url: &str) -> Option<WebUrl> {
        if url.chars().any(char::is_whitespace) {
            return None;
        }
        let host = validate::url_host(url)?;
        Some(WebUrl {
            text: url.to_string(),
            host,
        })
    }

    /// `stripe.com` for `https://Stripe.com/privacy`.
    pub fn host(&self) -> &str {
        &self.host
    }
}

string_view!(WebUrl, text);

/// A bare e-mail address (`privacy@example.com`, no display name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(s: &str) -> Option<EmailAddress> {
        validate::is_email(s).then(|| EmailAddress(s.to_string()))
    }
}

string_view!(EmailAddress, 0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_valid_values_are_made() {
        assert_eq!(LangTag::parse("pt-BR").as_deref(), Some("pt-BR"));
        assert!(LangTag::parse("pt-br").is_none());
        let url = WebUrl::parse("https://Stripe.com/privacy");
        assert_eq!(url.as_ref().map(WebUrl::host), Some("stripe.com"));
        assert_eq!(url.as_deref(), Some("https://Stripe.com/privacy"));
        let with_port = WebUrl::parse("https://www.Example.com:8443/x");
        assert_eq!(
            with_port.as_ref().map(WebUrl::host),
            Some("www.example.com")
        );
        assert!(WebUrl::parse("https://x.com/a b").is_none());
        assert!(WebUrl::parse("ftp://x.com").is_none());
        assert!(EmailAddress::parse("privacy@example.com").is_some());
        assert!(EmailAddress::parse("Privacy <privacy@example.com>").is_none());
    }

    #[test]
    fn values_serialise_as_written() {
        let url = WebUrl::parse("https://example.com");
        let json = serde_json::to_string(&url).unwrap_or_default();
        assert_eq!(json, "\"https://example.com\"");
    }
}
