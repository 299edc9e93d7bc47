//! A small embedded excerpt of the Public Suffix List
//! (<https://publicsuffix.org/list/>).
//!
//! Limitation, documented in SPEC007: the full list has about 10,000
//! entries and changes weekly; embedding it would make results depend on
//! the build date. We embed the suffixes sites most often get wrong
//! (multi-label country suffixes and shared hosting platforms) and treat
//! every single-label domain as a suffix (every top-level domain is one).

/// Multi-label public suffixes (ICANN and private sections).
const MULTI_LABEL: &[&str] = &[
    // ICANN second-level suffixes
    "co.uk",
    "org.uk",
    "me.uk",
    "ltd.uk",
    "plc.uk",
    "net.uk",
    "ac.uk",
    "gov.uk",
    "nhs.uk",
    "sch.uk",
    "com.au",
    "net.au",
    "org.au",
    "edu.au",
    "gov.au",
    "id.au",
    "co.nz",
    "org.nz",
    "net.nz",
    "govt.nz",
    "ac.nz",
    "co.jp",
    "ne.jp",
    "or.jp",
    "ac.jp",
    "go.jp",
    "com.br",
    "net.br",
    "org.br",
    "gov.br",
    "edu.br",
    "co.za",
    "org.za",
    "gov.za",
    "ac.za",
    "web.za",
    "co.in",
    "net.in",
    "org.in",
    "firm.in",
    "gen.in",
    "ind.in",
    "gov.in",
    "ac.in",
    "com.cn",
    "net.cn",
    "org.cn",
    "gov.cn",
    "edu.cn",
    "com.mx",
    "org.mx",
    "gob.mx",
    "com.ar",
    "com.tr",
    "com.sg",
    "com.hk",
    "com.tw",
    "co.kr",
    "or.kr",
    "co.il",
    "org.il",
    "co.at",
    "or.at",
    "gv.at",
    "com.es",
    "org.es",
    "com.pl",
    "net.pl",
    "org.pl",
    "com.pt",
    "co.it",
    "gouv.fr",
    "asso.fr",
    "com.fr",
    // private section: shared hosting, where each customer is its own site
    "github.io",
    "gitlab.io",
    "githubusercontent.com",
    "herokuapp.com",
    "netlify.app",
    "vercel.app",
    "pages.dev",
    "workers.dev",
    "web.app",
    "firebaseapp.com",
    "appspot.com",
    "blogspot.com",
    "azurewebsites.net",
    "cloudfront.net",
    "s3.amazonaws.com",
    "elasticbeanstalk.com",
    "fly.dev",
    "onrender.com",
    "ngrok.io",
    "ngrok-free.app",
    "glitch.me",
    "repl.co",
    "surge.sh",
    "wordpress.com",
    "myshopify.com",
    "wixsite.com",
    "squarespace.com",
    "translate.goog",
    "r.appspot.com",
    "sharepoint.com",
    "azurestaticapps.net",
];

/// Whether `domain` (a cookie Domain value, a leading dot ignored, any case)
/// is a public suffix.
pub fn is_public_suffix(domain: &str) -> bool {
    let d = domain
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if d.is_empty() {
        return false;
    }
    !d.contains('.') || MULTI_LABEL.contains(&d.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert!(is_public_suffix("com"));
        assert!(is_public_suffix(".co.uk"));
        assert!(is_public_suffix("GitHub.io"));
        assert!(!is_public_suffix("example.co.uk"));
        assert!(!is_public_suffix(".kornblume.example"));
        assert!(!is_public_suffix("me.github.io"));
    }
}
