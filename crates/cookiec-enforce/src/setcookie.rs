//! Reading a `Set-Cookie` value the way a browser does (RFC 6265bis §5.6),
//! keeping every attribute's original text so a rewrite changes only what
//! the policy requires and unknown attributes survive byte for byte.

use crate::date;

/// One attribute as written, and its lower-cased name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr<'a> {
    /// The attribute text, trimmed (`Max-Age=60`).
    pub text: &'a str,
    /// Lower-cased attribute name (`max-age`).
    pub key: String,
    /// The trimmed value after `=`, empty when none.
    pub value: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetCookie<'a> {
    /// `name=value` as written, trimmed.
    pub pair: &'a str,
    /// The cookie name (empty when the pair has no `=`, as browsers read it).
    pub name: &'a str,
    pub attrs: Vec<Attr<'a>>,
}

/// The lifetime a browser gives a cookie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
    /// No valid `Max-Age` or `Expires`.
    Session,
    /// Seconds from now; zero or less deletes the cookie.
    Seconds(i64),
}

impl<'a> SetCookie<'a> {
    pub fn parse(line: &'a str) -> SetCookie<'a> {
        let mut parts = line.split(';');
        let pair = parts.next().unwrap_or("").trim();
        let name = pair.split_once('=').map(|(n, _)| n.trim()).unwrap_or("");
        let attrs = parts
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|text| {
                let (key, value) = text.split_once('=').unwrap_or((text, ""));
                Attr {
                    text,
                    key: key.trim().to_ascii_lowercase(),
                    value: value.trim(),
                }
            })
            .collect();
        SetCookie { pair, name, attrs }
    }

    /// The lifetime a browser would honour at `now` (Unix seconds): the last
    /// valid `Max-Age`, else the last valid `Expires`, else a session.
    pub fn lifetime(&self, now: i64) -> Lifetime {
        if let Some(s) = self
            .attrs
            .iter()
            .filter(|a| a.key == "max-age")
            .filter_map(|a| max_age(a.value))
            .next_back()
        {
            return Lifetime::Seconds(s);
        }
        match self
            .attrs
            .iter()
            .filter(|a| a.key == "expires")
            .filter_map(|a| date::parse(a.value))
            .next_back()
        {
            Some(t) => Lifetime::Seconds(t.saturating_sub(now)),
            None => Lifetime::Session,
        }
    }

    /// A `Set-Cookie` that removes the cookie from the browser.
    pub fn is_deletion(&self, now: i64) -> bool {
        matches!(self.lifetime(now), Lifetime::Seconds(s) if s <= 0)
    }
}

/// RFC 6265bis §5.6.2: a first character that is neither a digit nor `-`,
/// or any later non-digit, makes the browser ignore the attribute; values
/// too large for 64 bits saturate (the browser then caps at 400 days).
pub fn max_age(v: &str) -> Option<i64> {
    let (neg, digits) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().fold(0i64, |acc, b| {
        acc.saturating_mul(10).saturating_add(i64::from(b - b'0'))
    });
    Some(if neg { -n } else { n })
}

/// RFC 6265 `token`: visible ASCII except separators. Only such names are
/// ever copied from a request into a response header.
pub fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Bytes that must never appear in an output header (header injection).
pub fn has_forbidden_bytes(s: &str) -> bool {
    s.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_as_browsers_read_it() {
        assert_eq!(max_age("60"), Some(60));
        assert_eq!(max_age("-1"), Some(-1));
        assert_eq!(max_age("0"), Some(0));
        assert_eq!(max_age("99999999999999999999"), Some(i64::MAX));
        for ignored in ["", "1e9", " ", "+5", "5s", "-", "0x10"] {
            assert_eq!(max_age(ignored), None, "{ignored:?}");
        }
    }

    #[test]
    fn last_valid_max_age_wins_over_expires() {
        let c =
            SetCookie::parse("a=1; Max-Age=10; expires=Fri, 31 Dec 2099 23:59:59 GMT; MAX-AGE=1e9");
        assert_eq!(c.lifetime(0), Lifetime::Seconds(10));
        let c = SetCookie::parse("a=1; Max-Agent=1; Expires=Fri, 31 Dec 2099 23:59:59 GMT");
        assert_eq!(c.lifetime(4_102_444_000), Lifetime::Seconds(799));
        let c = SetCookie::parse("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        assert!(c.is_deletion(1_700_000_000));
        assert_eq!(
            SetCookie::parse("a=1; Expires=soon").lifetime(0),
            Lifetime::Session
        );
    }

    #[test]
    fn names_as_browsers_read_them() {
        assert_eq!(SetCookie::parse(" a = 1 ; Path=/").name, "a");
        assert_eq!(SetCookie::parse("novalue").name, "");
        assert_eq!(SetCookie::parse("a=1, b=2; Path=/").pair, "a=1, b=2");
    }
}
