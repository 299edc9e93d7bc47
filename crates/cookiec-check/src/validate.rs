//! The value validators, one each, on maintained crates: language tags
//! (`oxilangtag`, BCP 47), URLs and their hosts (`url`), e-mail addresses
//! (`email_address`) and the cookie-name token (RFC 6265). The checker,
//! the lint rules and the emitters' safety net all ask these, so they
//! cannot disagree (`zh-Hant` used to be rejected by the checker and
//! accepted by the emitter).

use oxilangtag::LanguageTag;

/// A language tag as the language accepts it: well-formed BCP 47 in its
/// canonical case (`en`, `pt-BR`, `zh-Hant`, `es-419`), with a two- or
/// three-letter primary language (so `english` is not taken for one).
/// Such a tag is ASCII letters, digits and `-` only: safe in a file name.
pub fn is_lang_tag(tag: &str) -> bool {
    match LanguageTag::parse_and_normalize(tag) {
        Ok(t) => t.as_str() == tag && (2..=3).contains(&t.primary_language().len()),
        Err(_) => false,
    }
}

/// The canonical spelling of a tag written in another case or with `_`
/// (`pt_br` → `pt-BR`), when that is a tag.
pub fn normalise_lang(tag: &str) -> Option<String> {
    let t = LanguageTag::parse_and_normalize(&tag.replace('_', "-")).ok()?;
    let s = t.as_str().to_string();
    is_lang_tag(&s).then_some(s)
}

/// The host of an absolute `http(s)` URL, lower-cased, when it is a host
/// name of at least two labels or `localhost`.
pub fn url_host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let host = parsed.host_str()?.to_string();
    let labels: Vec<&str> = host.split('.').collect();
    let named = host == "localhost"
        || (labels.len() >= 2 && labels.iter().all(|l| !l.is_empty()))
        || matches!(parsed.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)));
    named.then_some(host)
}

/// An e-mail address (`local@domain.tld`, RFC 5322 addr-spec as the
/// `email_address` crate reads it) whose domain has a top-level domain of
/// letters (`info@flexys` and `a@x.c0` are typos, not addresses).
pub fn is_email(s: &str) -> bool {
    let Ok(addr) = s.parse::<email_address::EmailAddress>() else {
        return false;
    };
    // `email_address` also accepts display forms (`Name <a@b.c>`); the
    // field holds the bare address.
    if addr.as_str() != s || s.chars().any(char::is_whitespace) {
        return false;
    }
    let labels: Vec<&str> = addr.domain().split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(char::is_alphabetic))
}

/// RFC 2616 §2.2 separators, which a cookie-name token may not contain.
const SEPARATORS: &str = "()<>@,;:\\\"/[]?={} \t";

/// The first character of `name` that may not appear in an RFC 6265
/// cookie-name (`token`): non-ASCII, controls and separators.
pub fn first_non_token_char(name: &str) -> Option<char> {
    name.chars()
        .find(|c| !c.is_ascii() || c.is_ascii_control() || SEPARATORS.contains(*c))
}

/// Whether `name` is an RFC 6265 token (a valid cookie name).
pub fn is_cookie_token(name: &str) -> bool {
    !name.is_empty() && first_non_token_char(name).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_tags_have_one_answer() {
        for ok in ["en", "pt-BR", "es-419", "zh-Hant", "zh-Hant-TW", "de-CH"] {
            assert!(is_lang_tag(ok), "{ok}");
        }
        for bad in ["EN", "pt-br", "english", "../x", "e", "en/de", "en-", ""] {
            assert!(!is_lang_tag(bad), "{bad}");
        }
        assert_eq!(normalise_lang("pt_br").as_deref(), Some("pt-BR"));
        assert_eq!(normalise_lang("ZH-hant").as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://Stripe.com/privacy").as_deref(),
            Some("stripe.com")
        );
        assert_eq!(
            url_host("http://localhost:8080/x").as_deref(),
            Some("localhost")
        );
        assert_eq!(
            url_host("https://u@example.com:8080/x").as_deref(),
            Some("example.com")
        );
        assert!(url_host("ftp://x.com").is_none());
        assert!(url_host("https://").is_none());
        assert!(url_host("https://intranet/").is_none());
    }

    #[test]
    fn emails() {
        assert!(is_email("info@flexys.ai"));
        assert!(is_email("a.b+c@mail.example.co.uk"));
        assert!(!is_email("info@flexys"));
        assert!(!is_email("@x.com"));
        assert!(!is_email("a b@x.com"));
        assert!(!is_email("a@x.c0"));
        assert!(!is_email("Privacy <a@x.com>"));
    }

    #[test]
    fn tokens() {
        assert!(is_cookie_token("XSRF-TOKEN") && is_cookie_token("_pk_id."));
        for bad in [
            "",
            "a b",
            "a;b",
            "a,b",
            "a=b",
            "a\r\nX: y",
            "a\"b",
            "caf\u{e9}",
        ] {
            assert!(!is_cookie_token(bad), "{bad:?}");
        }
        assert_eq!(first_non_token_char("a=b"), Some('='));
    }
}
