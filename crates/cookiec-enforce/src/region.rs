//! From a geo header's country code (ISO 3166-1 alpha-2, as Cloudflare's
//! `CF-IPCountry` or CloudFront's `CloudFront-Viewer-Country` send it) and
//! an optional subdivision (`CloudFront-Viewer-Country-Region`: `CA` for
//! California) to the region of the header rules that applies.
//!
//! Each country has a list of candidate regions, most specific first (a
//! visitor in France: `fr`, `eu`, `eea`); the first one the rules declare
//! wins, else `default`. No header, or a code that is not a country (`XX`,
//! `T1` for Tor), is an unknown region: [`Region::Unknown`], which the
//! enforcement treats as the strictest declared region. The table is
//! documented in `docs/outputs.md` and written into the nginx filter.

/// EU member states.
pub const EU: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];
/// EEA members outside the EU.
pub const EEA_ONLY: [&str; 3] = ["IS", "LI", "NO"];
/// Countries with a region of their own (country code, region).
pub const NATIONAL: [(&str, &str); 13] = [
    ("FR", "fr"),
    ("DE", "de"),
    ("IT", "it"),
    ("ES", "es"),
    ("NL", "nl"),
    ("GB", "uk"),
    ("CH", "ch"),
    ("BR", "br"),
    ("CA", "ca"),
    ("ZA", "za"),
    ("AU", "au"),
    ("JP", "jp"),
    ("IN", "in"),
];
/// US states with a region of their own (subdivision code, region).
pub const US_STATES: [(&str, &str); 4] = [
    ("CA", "us-ca"),
    ("CO", "us-co"),
    ("CT", "us-ct"),
    ("VA", "us-va"),
];

/// The visitor's region as the enforcement sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Region {
    /// A region code of the rules (`eu`, `us-ca`, `default`).
    Known(String),
    /// No usable geo information: the strictest declared region applies.
    Unknown,
}

/// Candidate regions for a country, most specific first; empty for a code
/// that is not a two-letter country.
pub fn candidates(country: &str, subdivision: Option<&str>) -> Vec<&'static str> {
    let country = country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) || country == "XX" {
        return vec![];
    }
    let mut out = Vec::new();
    if country == "US" {
        let sub = subdivision.map(|s| s.trim().to_ascii_uppercase());
        let sub = sub.as_deref().map(|s| s.strip_prefix("US-").unwrap_or(s));
        if let Some(r) = US_STATES.iter().find(|(s, _)| Some(*s) == sub) {
            out.push(r.1);
        }
        out.push("us");
    }
    if let Some((_, r)) = NATIONAL.iter().find(|(c, _)| *c == country) {
        out.push(r);
    }
    if EU.contains(&country.as_str()) {
        out.push("eu");
    }
    if EU.contains(&country.as_str()) || EEA_ONLY.contains(&country.as_str()) {
        out.push("eea");
    }
    out.push("default");
    out
}

/// The region of `declared` (the rules' region codes) for a visitor.
pub fn resolve<'a>(
    declared: impl Fn(&str) -> bool,
    country: Option<&'a str>,
    subdivision: Option<&'a str>,
) -> Region {
    let Some(country) = country else {
        return Region::Unknown;
    };
    first_candidate(country, subdivision, declared)
        .map_or(Region::Unknown, |r| Region::Known(r.to_string()))
}

/// The first of [`candidates`] that `declared` accepts, without building the
/// list (this runs for every request).
fn first_candidate(
    country: &str,
    subdivision: Option<&str>,
    declared: impl Fn(&str) -> bool,
) -> Option<&'static str> {
    let c = country.trim().as_bytes();
    let code = match c {
        [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            [a.to_ascii_uppercase(), b.to_ascii_uppercase()]
        }
        _ => return None,
    };
    let code = std::str::from_utf8(&code).ok()?;
    if code == "XX" {
        return None;
    }
    let pick = |r: &'static str| declared(r).then_some(r);
    if code == "US" {
        let sub = subdivision.map(str::trim).unwrap_or("");
        let sub = match sub.get(..3) {
            Some(p) if p.eq_ignore_ascii_case("US-") => sub.get(3..).unwrap_or(""),
            _ => sub,
        };
        let state = US_STATES.iter().find(|(s, _)| s.eq_ignore_ascii_case(sub));
        if let Some(r) = state.and_then(|(_, r)| pick(r)) {
            return Some(r);
        }
        if let Some(r) = pick("us") {
            return Some(r);
        }
    }
    let national = NATIONAL.iter().find(|(c, _)| *c == code);
    if let Some(r) = national.and_then(|(_, r)| pick(r)) {
        return Some(r);
    }
    let eu = EU.contains(&code);
    if eu {
        if let Some(r) = pick("eu") {
            return Some(r);
        }
    }
    if eu || EEA_ONLY.contains(&code) {
        if let Some(r) = pick("eea") {
            return Some(r);
        }
    }
    pick("default")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_specific_declared_region_wins() {
        let declared = |r: &str| ["default", "eu", "us-ca", "uk"].contains(&r);
        let k = |s: &str| Region::Known(s.to_string());
        assert_eq!(resolve(declared, Some("fr"), None), k("eu"));
        assert_eq!(resolve(declared, Some("NO"), None), k("default"));
        assert_eq!(resolve(declared, Some("US"), Some("CA")), k("us-ca"));
        assert_eq!(resolve(declared, Some("US"), Some("US-CA")), k("us-ca"));
        assert_eq!(resolve(declared, Some("US"), Some("TX")), k("default"));
        assert_eq!(resolve(declared, Some("GB"), None), k("uk"));
        assert_eq!(resolve(declared, None, None), Region::Unknown);
        assert_eq!(resolve(declared, Some("XX"), None), Region::Unknown);
        assert_eq!(resolve(declared, Some("T1"), None), Region::Unknown);
        assert_eq!(resolve(declared, Some("\u{0}\r"), None), Region::Unknown);
    }

    #[test]
    fn resolving_takes_the_first_declared_candidate() {
        let all = ["us-ca", "us", "fr", "uk", "eu", "eea", "default"];
        let codes = [
            "US",
            "us",
            " Us ",
            "FR",
            "fr",
            "DE",
            "NO",
            "GB",
            "ZZ",
            "XX",
            "xx",
            "T1",
            "",
            "F",
            "FRA",
            "\u{e9}\u{e9}",
            "\u{a0}FR",
        ];
        let subs = [
            None,
            Some("CA"),
            Some("us-ca"),
            Some(" ca "),
            Some("TX"),
            Some("US-"),
        ];
        // Every subset of the regions above as the declared ones.
        for mask in 0u32..(1 << all.len()) {
            let declared = |r: &str| {
                all.iter()
                    .position(|a| *a == r)
                    .is_some_and(|i| mask & (1 << i) != 0)
            };
            for c in codes {
                for s in subs {
                    let want = candidates(c, s)
                        .into_iter()
                        .find(|r| declared(r))
                        .map_or(Region::Unknown, |r| Region::Known(r.to_string()));
                    assert_eq!(resolve(declared, Some(c), s), want, "{c:?} {s:?} {mask}");
                }
            }
        }
    }
}
