//! Rewriting one `Set-Cookie` so it carries the declared attributes,
//! keeping every other attribute as written. The text each rule appends is
//! built once, when the rules are loaded, so a rewrite is string copies
//! into one buffer.

use crate::rules::Attributes;
use crate::setcookie::{AttrKey, Lifetime, SetCookie};

/// One rule's attributes, with their text ready.
#[derive(Clone, Debug)]
pub(crate) struct Declared {
    secure: bool,
    http_only: bool,
    same_site: bool,
    path: bool,
    domain: bool,
    partitioned: bool,
    session: bool,
    cap: Option<u64>,
    /// `Max-Age=<cap>`.
    cap_text: Option<String>,
    /// The declared attributes, each preceded by `; `, in the order they
    /// are written: Path, Domain, Secure, HttpOnly, SameSite, Partitioned.
    tail: String,
}

impl Declared {
    pub(crate) fn new(a: &Attributes) -> Declared {
        let mut tail = String::new();
        if let Some(p) = &a.path {
            tail.push_str("; Path=");
            tail.push_str(p);
        }
        if let Some(d) = &a.domain {
            tail.push_str("; Domain=");
            tail.push_str(d);
        }
        if a.secure == Some(true) {
            tail.push_str("; Secure");
        }
        if a.http_only == Some(true) {
            tail.push_str("; HttpOnly");
        }
        if let Some(s) = &a.same_site {
            tail.push_str("; SameSite=");
            tail.push_str(s);
        }
        if a.partitioned == Some(true) {
            tail.push_str("; Partitioned");
        }
        Declared {
            secure: a.secure.is_some(),
            http_only: a.http_only.is_some(),
            same_site: a.same_site.is_some(),
            path: a.path.is_some(),
            domain: a.domain.is_some(),
            partitioned: a.partitioned.is_some(),
            session: a.session,
            cap: a.max_age_cap,
            cap_text: a.max_age_cap.map(|c| format!("Max-Age={c}")),
            tail,
        }
    }

    /// Write the enforced line into `out` (cleared first). `lifetime` is
    /// `sc.lifetime(now)`.
    pub(crate) fn write(&self, sc: &SetCookie<'_>, lifetime: Lifetime, out: &mut String) {
        out.clear();
        // The cap applies to what a browser would honour (RFC 6265bis): a
        // lifetime over the cap is replaced by `Max-Age=<cap>`, written where
        // the first lifetime attribute was; every other `Max-Age`/`Expires` is
        // dropped so none can outlive it.
        let over_cap = match (self.cap, lifetime) {
            (Some(cap), Lifetime::Seconds(s)) => s > i64::try_from(cap).unwrap_or(i64::MAX),
            _ => false,
        };
        out.push_str(sc.pair);
        let mut cap_written = false;
        for at in &sc.attrs {
            let replaced = match at.key {
                AttrKey::Secure => self.secure,
                AttrKey::HttpOnly => self.http_only,
                AttrKey::SameSite => self.same_site,
                AttrKey::Path => self.path,
                AttrKey::Domain => self.domain,
                AttrKey::Partitioned => self.partitioned,
                AttrKey::MaxAge | AttrKey::Expires if self.session => true,
                AttrKey::MaxAge | AttrKey::Expires if over_cap => {
                    if !cap_written {
                        if let Some(c) = &self.cap_text {
                            out.push_str("; ");
                            out.push_str(c);
                        }
                        cap_written = true;
                    }
                    true
                }
                _ => false,
            };
            if !replaced {
                out.push_str("; ");
                out.push_str(at.text);
            }
        }
        out.push_str(&self.tail);
        // A capped cookie sent without a lifetime gets the cap, so it cannot
        // outlive what the policy states (browsers restore session cookies).
        if let (Some(c), Lifetime::Session, false) = (&self.cap_text, lifetime, self.session) {
            out.push_str("; ");
            out.push_str(c);
        }
    }
}
