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
    candidates(country, subdivision)
        .into_iter()
        .find(|r| declared(r))
        .map_or(Region::Unknown, |r| Region::Known(r.to_string()))
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
}
