//! Reading a `Set-Cookie` value the way a browser does (RFC 6265bis §5.6),
//! keeping every attribute's original text so a rewrite changes only what
//! the policy requires and unknown attributes survive byte for byte.

use crate::date;

/// An attribute name, matched case-insensitively as browsers do. Only the
/// names the enforcement acts on are told apart; a typed key costs no
/// allocation per attribute (this runs for every `Set-Cookie` of every
/// response).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrKey {
    Secure,
    HttpOnly,
    SameSite,
    Path,
    Domain,
    Partitioned,
    MaxAge,
    Expires,
    Other,
}

impl AttrKey {
    /// `name` as written, already trimmed.
    pub fn of(name: &str) -> AttrKey {
        const KEYS: [(&str, AttrKey); 8] = [
            ("secure", AttrKey::Secure),
            ("httponly", AttrKey::HttpOnly),
            ("samesite", AttrKey::SameSite),
            ("path", AttrKey::Path),
            ("domain", AttrKey::Domain),
            ("partitioned", AttrKey::Partitioned),
            ("max-age", AttrKey::MaxAge),
            ("expires", AttrKey::Expires),
        ];
        KEYS.iter()
            .find(|(k, _)| k.len() == name.len() && k.eq_ignore_ascii_case(name))
            .map_or(AttrKey::Other, |(_, key)| *key)
    }
}

/// One attribute as written, and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr<'a> {
    /// The attribute text, trimmed (`Max-Age=60`).
    pub text: &'a str,
    pub key: AttrKey,
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
        SetCookie::parse_into(line, Vec::new())
    }

    /// [`SetCookie::parse`] into `attrs` (cleared first): one buffer can
    /// serve every line of a response.
    pub fn parse_into(line: &'a str, mut attrs: Vec<Attr<'a>>) -> SetCookie<'a> {
        attrs.clear();
        // `;` and `=` are ASCII, so splitting the bytes there keeps char
        // boundaries; this runs for every `Set-Cookie` of every response.
        let (first, mut rest) = match split_once_byte(line, b';') {
            Some((f, r)) => (f, Some(r)),
            None => (line, None),
        };
        let pair = trim(first);
        let name = split_once_byte(pair, b'=').map_or("", |(n, _)| trim(n));
        while let Some(r) = rest {
            let part = match split_once_byte(r, b';') {
                Some((part, next)) => {
                    rest = Some(next);
                    part
                }
                None => {
                    rest = None;
                    r
                }
            };
            let text = trim(part);
            if text.is_empty() {
                continue;
            }
            let (key, value) = split_once_byte(text, b'=').unwrap_or((text, ""));
            attrs.push(Attr {
                text,
                key: AttrKey::of(trim(key)),
                value: trim(value),
            });
        }
        SetCookie { pair, name, attrs }
    }

    /// The lifetime a browser would honour at `now` (Unix seconds): the last
    /// valid `Max-Age`, else the last valid `Expires`, else a session.
    pub fn lifetime(&self, now: i64) -> Lifetime {
        if let Some(s) = self
            .attrs
            .iter()
            .filter(|a| a.key == AttrKey::MaxAge)
            .filter_map(|a| max_age(a.value))
            .next_back()
        {
            return Lifetime::Seconds(s);
        }
        match self
            .attrs
            .iter()
            .filter(|a| a.key == AttrKey::Expires)
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
    // Without an early exit the loop vectorises: nearly every line is clean.
    s.bytes().fold(false, |found, b| {
        found | (b == b'\r') | (b == b'\n') | (b == 0)
    })
}

/// `str::trim` (Unicode white space), with the ASCII case, nearly every
/// header, done without decoding chars.
pub fn trim(s: &str) -> &str {
    let ws = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
    let b = s.as_bytes();
    let start = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !ws(c)).map_or(start, |i| i + 1);
    // ASCII white space is Unicode white space: what is left trims the same.
    let rest = s.get(start..end).unwrap_or("");
    match (rest.as_bytes().first(), rest.as_bytes().last()) {
        (Some(f), Some(l)) if !f.is_ascii() || !l.is_ascii() => rest.trim(),
        _ => rest,
    }
}

/// `s.split_once(char::from(sep))` for an ASCII separator.
pub(crate) fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
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
    fn attribute_names_ignore_case_only() {
        let c = SetCookie::parse("a=1; SECURE; httpOnly; Max-Age =5; Secure2; Path");
        let keys: Vec<AttrKey> = c.attrs.iter().map(|a| a.key).collect();
        assert_eq!(
            keys,
            [
                AttrKey::Secure,
                AttrKey::HttpOnly,
                AttrKey::MaxAge,
                AttrKey::Other,
                AttrKey::Path
            ]
        );
        assert_eq!(c.attrs[2].value, "5");
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            " a ",
            "\t\x0b\x0c a b\r\n",
            "\u{a0}a\u{85}",
            " \u{a0} ",
            "a\u{e9}",
            "\u{2003}x",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    /// The reading with `str` methods, the plain statement of the rules.
    fn reference(line: &str) -> (&str, &str, Vec<(&str, AttrKey, &str)>) {
        let mut parts = line.split(';');
        let pair = parts.next().unwrap_or("").trim();
        let name = pair.split_once('=').map(|(n, _)| n.trim()).unwrap_or("");
        let attrs = parts
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|text| {
                let (key, value) = text.split_once('=').unwrap_or((text, ""));
                (
                    text,
                    AttrKey::of(&key.trim().to_ascii_lowercase()),
                    value.trim(),
                )
            })
            .collect();
        (pair, name, attrs)
    }

    #[test]
    fn parse_as_str_split() {
        for s in [
            "",
            ";",
            "a;b;;c",
            ";a;",
            "\u{e9}=\u{e9};\u{a0}Path=/\u{a0}; ;",
            " n = v ; Max-Age = 5 ;secure=; =x",
            "novalue; HttpOnly",
        ] {
            let c = SetCookie::parse(s);
            let got: Vec<(&str, AttrKey, &str)> =
                c.attrs.iter().map(|a| (a.text, a.key, a.value)).collect();
            assert_eq!((c.pair, c.name, got), reference(s), "{s:?}");
            assert_eq!(split_once_byte(s, b';'), s.split_once(';'), "{s:?}");
        }
        assert!(
            has_forbidden_bytes("a\0b") && has_forbidden_bytes("\n") && !has_forbidden_bytes("a b")
        );
    }

    #[test]
    fn names_as_browsers_read_them() {
        assert_eq!(SetCookie::parse(" a = 1 ; Path=/").name, "a");
        assert_eq!(SetCookie::parse("novalue").name, "");
        assert_eq!(SetCookie::parse("a=1, b=2; Path=/").pair, "a=1, b=2");
    }
}
