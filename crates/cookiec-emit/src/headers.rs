//! `cookiec.headers.json`: rules for server middleware that sees every
//! `Set-Cookie` the application sends, and `nginx.conf`, the part of them
//! nginx can express. Only values that passed [`crate::safety::check`]
//! reach these files.

use crate::common::{self, Matcher, State};
use crate::revision;
use crate::safety;
use cookiec_check::model::{ItemKind, LifetimeKind, NamePattern, Region, SignalResponse};
use cookiec_check::site_domain::third_party_domain;
use cookiec_check::ValidModel;
use std::collections::BTreeMap;

// The rule types live in `cookiec-enforce`, which every enforcement
// (tower layer, reference, tests) loads without depending on the checker.
pub use cookiec_enforce::rules::{
    Attributes, ConsentSource, CookieRule, HeaderRules, NotConsented, NotEnforceable, SignalRule,
    Undeclared,
};

/// `Set-Cookie` value that deletes `name` for the given domain and path.
/// Secure/Partitioned are repeated because browsers only let a deletion
/// replace a cookie set with the same flags.
fn expire_line(name: &str, attrs: &Attributes) -> String {
    let mut s = format!(
        "{name}=; Max-Age=0; Path={}",
        attrs.path.as_deref().unwrap_or("/")
    );
    if let Some(d) = &attrs.domain {
        s.push_str(&format!("; Domain={d}"));
    }
    let partitioned = attrs.partitioned == Some(true);
    if attrs.secure == Some(true) || partitioned || attrs.same_site.as_deref() == Some("None") {
        s.push_str("; Secure");
    }
    if partitioned {
        s.push_str("; Partitioned");
    }
    s
}

pub fn build(model: &ValidModel, undeclared: Undeclared) -> HeaderRules {
    build_for_revision(model, undeclared, revision::revision(model))
}

/// [`build`] with the revision already computed (hashing the material of a
/// large policy costs as much as rendering one of its outputs).
pub fn build_for_revision(
    model: &ValidModel,
    undeclared: Undeclared,
    revision: String,
) -> HeaderRules {
    let consent = &model.consent;
    let regions = common::regions(model);
    let mut defaults = BTreeMap::new();
    for r in &regions {
        defaults.insert(
            r.as_str().to_string(),
            model
                .categories
                .iter()
                .map(|c| (c.id.value.clone(), common::default_state(c.consent_in(*r))))
                .collect(),
        );
    }
    // Per region, the categories a sent signal denies there (`denies` is
    // filled when the signal is honoured in some region).
    let signal = |header: &str, response: &dyn Fn(Region) -> Option<SignalResponse>| {
        let honour = regions
            .iter()
            .any(|r| !matches!(response(*r), None | Some(SignalResponse::Ignore)));
        let mut denies = BTreeMap::new();
        if honour {
            for r in &regions {
                let denied: Vec<String> = model
                    .categories
                    .iter()
                    .filter(|c| common::signal_state(model, c, *r, response(*r)) == State::Denied)
                    .map(|c| c.id.value.clone())
                    .collect();
                denies.insert(r.as_str().to_string(), denied);
            }
        }
        SignalRule {
            header: header.to_string(),
            value: "1".to_string(),
            honour,
            denies,
        }
    };

    let cookies = model
        .items
        .iter()
        .filter(|it| it.kind == ItemKind::Cookie && it.name != NamePattern::Unnamed)
        .filter(|it| safety::check_item_is_safe(it))
        .filter(|it| third_party_domain(model, it).is_none())
        .map(|it| {
            let required = common::category(model, it).is_some_and(|c| c.is_required());
            let (max_age_cap, session) =
                match it.lifetime.as_ref().map(|l| (&l.kind, l.configurable)) {
                    Some((LifetimeKind::Fixed { duration }, false)) => {
                        (Some(duration.seconds), false)
                    }
                    Some((LifetimeKind::Session, _)) => (None, true),
                    // The server ends it (sign-out, session expiry) and may
                    // set it persistent ("remember me"): no cap, no strip.
                    Some((LifetimeKind::UntilSignOut, _)) => (None, false),
                    _ => (None, false),
                };
            let attributes = Attributes {
                secure: it.secure.as_ref().map(|b| b.value),
                http_only: it.http_only.as_ref().map(|b| b.value),
                same_site: it
                    .same_site
                    .as_ref()
                    .map(|s| crate::words::same_site(s.value).to_string()),
                path: it.path.as_ref().map(|p| p.value.clone()),
                domain: it.domain.as_ref().map(|d| d.value.clone()),
                max_age_cap,
                session,
                partitioned: it.partitioned.as_ref().map(|b| b.value),
            };
            let when_not_consented = (!required).then(|| match &it.name {
                NamePattern::Exact(n) => NotConsented {
                    strip_set_cookie: true,
                    expire: vec![expire_line(n, &attributes)],
                    expire_template: None,
                },
                _ => NotConsented {
                    strip_set_cookie: true,
                    expire: vec![],
                    expire_template: Some(expire_line("{name}", &attributes)),
                },
            });
            CookieRule {
                name: common::matcher(&it.name),
                category: it.category.value.clone(),
                required,
                attributes,
                when_not_consented,
            }
        })
        .collect();

    HeaderRules {
        version: cookiec_enforce::rules::VERSION,
        service: model.policy.service.value.clone(),
        revision,
        consent: ConsentSource {
            cookie: common::consent_cookie(model).to_string(),
            format: common::CONSENT_FORMAT.to_string(),
            syntax: common::CONSENT_SYNTAX.to_string(),
            stale_revision: if consent.renew_on_change.as_ref().is_some_and(|b| b.value) {
                "ignore".to_string()
            } else {
                "accept".to_string()
            },
            gpc: signal("Sec-GPC", &|r| consent.gpc_in(r)),
            dnt: signal("DNT", &|r| consent.dnt_in(r)),
        },
        undeclared,
        defaults,
        cookies,
        not_enforceable: not_enforceable(model),
    }
}

/// Cookies a third party sets on its own domain: outside `cookies`, listed
/// with their domain.
fn not_enforceable(model: &ValidModel) -> Vec<NotEnforceable> {
    model
        .items
        .iter()
        .filter(|it| it.kind == ItemKind::Cookie && it.name != NamePattern::Unnamed)
        .filter(|it| safety::check_item_is_safe(it))
        .filter_map(|it| {
            Some(NotEnforceable {
                name: common::matcher(&it.name),
                category: it.category.value.clone(),
                provider: it.provider.value.clone(),
                domain: third_party_domain(model, it)?.to_string(),
                reason: "third-party-domain".to_string(),
            })
        })
        .collect()
}

/// Whether a regex can be written as a quoted nginx string. Inside
/// double quotes nginx keeps `\.` as is but turns `\\` into `\`, and reads
/// `$name` as a variable: refuse quotes, `;`, whitespace, `#`, a doubled
/// backslash and `$` anywhere but at the end.
fn nginx_regex_ok(re: &str) -> bool {
    let body = re.strip_suffix('$').unwrap_or(re);
    !body.is_empty()
        && !body.contains("\\\\")
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.^*+?()[]{}|\\:/,=!<>".contains(&b))
}

fn nginx_prefix_regex(prefix: &str) -> String {
    let mut s = String::from("^");
    for c in prefix.chars() {
        if !c.is_ascii_alphanumeric() && c != '_' && c != '-' {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

/// The `proxy_cookie_flags` snippet (nginx 1.19.3+).
pub fn nginx(rules: &HeaderRules) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Generated by cookiec from the cookie policy of {} (revision {}). Do not edit.\n",
        rules.service.replace(['\n', '\r'], " "),
        rules.revision
    ));
    out.push_str(
        "# Include in the server or location block that proxies to the application:\n\
         #     include cookiec/nginx.conf;\n\
         # proxy_cookie_flags (nginx 1.19.3 or later) adds Secure, HttpOnly and SameSite\n\
         # to the upstream's Set-Cookie headers. nginx cannot strip cookies by consent,\n\
         # cap Max-Age, add Partitioned or handle undeclared cookies: use\n\
         # cookiec.headers.json in middleware for those (see docs/outputs.md).\n",
    );
    let mut any = false;
    for c in &rules.cookies {
        let mut flags = Vec::new();
        if c.attributes.secure == Some(true) {
            flags.push("secure".to_string());
        }
        if c.attributes.http_only == Some(true) {
            flags.push("httponly".to_string());
        }
        if let Some(s) = &c.attributes.same_site {
            flags.push(format!("samesite={}", s.to_ascii_lowercase()));
        }
        if flags.is_empty() {
            continue;
        }
        let target = match &c.name {
            // Safe: exact names and prefixes are RFC 6265 tokens (E301).
            Matcher::Exact(n) if safety::is_token(n) && !n.starts_with('~') => n.clone(),
            Matcher::Prefix(p) if safety::is_token(p) && nginx_regex_ok(&nginx_prefix_regex(p)) => {
                format!("\"~{}\"", nginx_prefix_regex(p))
            }
            Matcher::Regex(r) if nginx_regex_ok(r) => format!("\"~{r}\""),
            other => {
                let shown = match other {
                    Matcher::Regex(_) => "a regex name",
                    _ => "a name",
                };
                out.push_str(&format!(
                    "# skipped {shown} that cannot be written safely in nginx syntax (category {})\n",
                    c.category
                ));
                continue;
            }
        };
        out.push_str(&format!(
            "proxy_cookie_flags {target} {};\n",
            flags.join(" ")
        ));
        any = true;
    }
    if !any {
        out.push_str(
            "# No declared cookie has a Secure, HttpOnly or SameSite attribute to enforce.\n",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nginx_regexes_are_conservative() {
        assert!(nginx_regex_ok("^_pk_ses\\.[0-9]+\\.[0-9a-f]{4}$"));
        assert!(!nginx_regex_ok("^a\\\\b"));
        assert!(!nginx_regex_ok("^a\"b"));
        assert!(!nginx_regex_ok("^a b"));
        assert!(nginx_regex_ok("^_ga_[A-Z0-9]+$"));
        assert!(!nginx_regex_ok("^a;b$"));
        assert!(!nginx_regex_ok("^$x"));
        assert_eq!(nginx_prefix_regex("_pk_id."), "^_pk_id\\.");
    }
}
