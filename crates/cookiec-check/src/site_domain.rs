//! Whether a domain belongs to the site the policy covers. SPEC009 warns
//! on a first-party cookie outside it; the emitter leaves an item a third
//! party sets on its own domain (an embedded video's cookie on the video
//! host) out of enforcement, since no server or script of the site can
//! read, rewrite or delete it.

use crate::model::Item;
use crate::validate::url_host;
use crate::ValidModel;

/// `a` equals `b` or is a subdomain of it.
pub fn under(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix(b).is_some_and(|p| p.ends_with('.'))
}

/// The host a `domain` value names: a cookie Domain (`.example.com`) or a
/// storage origin (`https://www.example.com`), lower-cased.
fn host_of(domain: &str) -> Option<String> {
    let host = if domain.contains("://") {
        url_host(domain)?
    } else {
        domain.trim_start_matches('.').to_ascii_lowercase()
    };
    (!host.is_empty()).then_some(host)
}

/// Neither host is the other or a subdomain of it.
fn unrelated(a: &str, b: &str) -> bool {
    !under(a, b) && !under(b, a)
}

/// The `domain` (as written) of an item set on a domain outside the site:
/// one unrelated to the policy's `website`, or, when the policy does not
/// give its website, the domain of the item's third-party provider's
/// `website` (`.youtube.com` for a provider at `https://www.youtube.com`).
/// `None` when the site's own servers and scripts can reach the item.
pub fn third_party_domain<'m>(model: &ValidModel, item: &'m Item) -> Option<&'m str> {
    let domain = item.domain.as_ref()?;
    let host = host_of(&domain.value)?;
    if let Some(site) = &model.policy.website {
        return unrelated(&host, site.value.host()).then_some(domain.value.as_str());
    }
    let provider = model
        .provider_named(&item.provider.value)
        .filter(|p| p.third_party)?;
    let theirs = provider.website.as_ref()?.value.host();
    let theirs = theirs.strip_prefix("www.").unwrap_or(theirs);
    (!unrelated(&host, theirs)).then_some(domain.value.as_str())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn model(src: &str) -> ValidModel {
        crate::check_source(src).valid().unwrap()
    }

    const ITEMS: &str = r#"
category media {
  title "Media"
  consent opt-in
}
provider youtube {
  name "YouTube"
  website "https://www.youtube.com"
  privacy "https://policies.google.com/privacy"
}
cookie "YSC" {
  category media
  provider youtube
  purpose "Counts views of embedded videos."
  lifetime session
  domain ".youtube.com"
}
cookie "lang" {
  category media
  purpose "Remembers the language."
  lifetime 1 year
  domain ".www.club.example"
}
cookie "plain" {
  category media
  provider youtube
  purpose "Set on the site by YouTube's script."
  lifetime 1 year
}
"#;

    fn domains(src: &str) -> Vec<Option<String>> {
        let m = model(src);
        m.items
            .iter()
            .map(|i| third_party_domain(&m, i).map(str::to_string))
            .collect()
    }

    #[test]
    fn outside_the_website_is_the_third_partys() {
        let src = format!("policy \"Club\" {{\n  website \"https://club.example\"\n}}\n{ITEMS}");
        assert_eq!(
            domains(&src),
            [Some(".youtube.com".to_string()), None, None]
        );
    }

    #[test]
    fn without_a_website_the_providers_website_decides() {
        let src = format!("policy \"Club\" {{}}\n{ITEMS}");
        assert_eq!(
            domains(&src),
            [Some(".youtube.com".to_string()), None, None]
        );
    }

    #[test]
    fn hosts_and_origins() {
        assert!(under("www.example.com", "example.com"));
        assert!(!under("badexample.com", "example.com"));
        assert_eq!(
            host_of("https://WWW.Example.com/x").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(host_of(".Example.com").as_deref(), Some("example.com"));
        assert_eq!(host_of("."), None);
    }
}
