//! The Public Suffix List (<https://publicsuffix.org/list/>), complete,
//! through the `psl` crate (the list compiled in, ICANN and private
//! sections). The crate is pinned in the workspace so a build's verdicts
//! do not depend on the day it was built; updating the list is a
//! deliberate version bump.

/// Whether `domain` (a cookie Domain value, a leading dot ignored, any case)
/// is a public suffix: a top-level domain (`com`, or any single label: the
/// list's default rule), or a suffix under which anyone can register a
/// site (`co.uk`, `ltd.uk`, `us.com`, `github.io`).
pub fn is_public_suffix(domain: &str) -> bool {
    let d = domain
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    // An IP address (bracketed or not) is not a suffix: SPEC008 reports it.
    if d.is_empty() || d.contains([':', '[', ']']) || d.parse::<std::net::IpAddr>().is_ok() {
        return false;
    }
    psl::suffix_str(&d) == Some(d.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert!(is_public_suffix("com"));
        assert!(is_public_suffix(".co.uk"));
        assert!(is_public_suffix("GitHub.io"));
        // Beyond the excerpt cookiec used to embed (private section).
        assert!(is_public_suffix("us.com"));
        assert!(is_public_suffix("uk.com"));
        assert!(is_public_suffix("blogspot.com"));
        assert!(is_public_suffix("ltd.uk"));
        // `ltd.co.uk` is not on the list: a domain registered under `co.uk`.
        assert!(!is_public_suffix("ltd.co.uk"));
        assert!(!is_public_suffix("example.co.uk"));
        assert!(!is_public_suffix("example.ltd.co.uk"));
        assert!(!is_public_suffix(".kornblume.example"));
        assert!(!is_public_suffix("me.github.io"));
        assert!(!is_public_suffix("192.168.0.1"));
        assert!(!is_public_suffix("[2001:db8::1]"));
        assert!(!is_public_suffix(""));
    }
}
