//! Where the code documentation is published, for the links diagnostics
//! carry (language server `codeDescription`, SARIF `helpUri`).
//!
//! The base is, in order: the `COOKIEC_DOCS_BASE` environment variable at
//! run time (commands also take `--docs-base`), the same variable at build
//! time, else `docs`: the repository-relative path of the `docs/` folder,
//! which is right for readers of this repository and never a dead link to
//! a site that does not exist. Consumers that need absolute URLs (LSP
//! clients, SARIF) omit the link while the base is relative.

/// The environment variable that sets the base.
pub const DOCS_BASE_ENV: &str = "COOKIEC_DOCS_BASE";

/// The base when nothing is configured.
pub const DEFAULT_DOCS_BASE: &str = match option_env!("COOKIEC_DOCS_BASE") {
    Some(base) => base,
    None => "docs",
};

/// The configured base, without a trailing `/`.
pub fn docs_base() -> String {
    let base = std::env::var(DOCS_BASE_ENV)
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_DOCS_BASE.to_string());
    base.trim().trim_end_matches('/').to_string()
}

/// `base/path`, with exactly one `/` between them.
pub fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Whether `s` starts with a URI scheme (`https:`, `file:`): RFC 3986's
/// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`.
pub fn is_absolute(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        // A Windows drive letter (`C:\docs`) is a path, not a scheme.
        && scheme.len() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_and_relative_bases() {
        assert!(is_absolute("https://example.org/docs"));
        assert!(is_absolute("file:///srv/docs"));
        assert!(!is_absolute("docs"));
        assert!(!is_absolute("C:\\docs"));
        assert_eq!(
            join("https://x/docs/", "/codes/E208.md"),
            "https://x/docs/codes/E208.md"
        );
    }
}
