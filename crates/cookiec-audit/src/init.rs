//! `cookiec init`: a first `.cookies` file, drafted from captures (every
//! observed item with its kind, name, provider, category, purpose and
//! lifetime, from the catalog where it knows them) or, without a capture,
//! a commented starter file.
//!
//! What only a human can decide is left as `TODO` text with a `# TODO`
//! comment above it; the draft checks without errors as written, so the
//! TODOs can be answered one at a time with the checker running.

use crate::capture::{site_of, Attrs, Capture, Kind, Observed, Source};
use cookiec_catalog::{glob_matches, Catalog, CatalogCookie};
use cookiec_check::schema::LifetimeWord;
use cookiec_syntax::quote;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Categories a draft may use, with their title and consent mode.
const CATEGORIES: &[(&str, &str, &str)] = &[
    ("essential", "Strictly necessary", "required"),
    ("functional", "Functional", "opt-in"),
    ("analytics", "Analytics", "opt-in"),
    ("marketing", "Marketing", "opt-in"),
];

/// The category a draft gives an item the catalog does not know: one that
/// needs consent, so an unanswered TODO errs on the side of asking.
const UNKNOWN_CATEGORY: &str = "functional";

/// One declaration of the draft.
struct Draft {
    kind: Kind,
    /// The name as declared: exact, or a glob of a family.
    name: String,
    members: BTreeSet<String>,
    entry: Option<CatalogCookie>,
    provider: Option<String>,
    observed: Observed,
    /// The consent record cookie.
    record: bool,
}

/// A lifetime in seconds as `.cookies` lifetime syntax, in the largest unit
/// it is (nearly) a whole number of.
pub fn lifetime_syntax(secs: i64) -> String {
    const UNITS: &[(i64, &str)] = &[
        (365 * 86_400, "year"),
        (30 * 86_400, "month"),
        (7 * 86_400, "week"),
        (86_400, "day"),
        (3_600, "hour"),
        (60, "minute"),
    ];
    // Beyond any browser's cap (400 days): a century says "persistent"
    // without a number the checker would reject.
    let secs = secs.clamp(1, 100 * 365 * 86_400);
    for (unit, word) in UNITS {
        let k = secs.saturating_add(unit / 2) / unit;
        if k >= 1 && (k * unit - secs).abs() <= (secs / 100).max(60) {
            return format!("{k} {word}{}", if k == 1 { "" } else { "s" });
        }
    }
    // Not near a whole unit: round up to minutes, so the declaration is
    // never shorter than what was set.
    let m = secs.saturating_add(59) / 60;
    format!("{m} minute{}", if m == 1 { "" } else { "s" })
}

/// A family of names the observations show: two or more names of one
/// kind sharing a prefix that ends at `_`, `-` or `.` (`ab_test_1`,
/// `ab_test_2` → `ab_test_*`).
fn family_prefix(name: &str) -> Option<&str> {
    let cut = name.rfind(['_', '-', '.'])?;
    let prefix = &name[..=cut];
    // A prefix of separators only (`_`) is no family.
    (prefix.chars().filter(|c| c.is_ascii_alphanumeric()).count() >= 2 && cut + 1 < name.len())
        .then_some(prefix)
}

/// Provider id for a host the catalog does not know (`youtube.com` →
/// `youtube-com`).
fn provider_id(site: &str) -> String {
    let mut id: String = site
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.insert_str(0, "p-");
    }
    id
}

struct Builder<'a> {
    catalog: &'a Catalog,
    first_party: Option<String>,
    drafts: Vec<Draft>,
    /// Provider id → the catalog's provider, or the site it was seen on.
    providers: BTreeMap<String, Result<cookiec_catalog::CatalogProvider, String>>,
}

impl Builder<'_> {
    fn add(&mut self, o: &Observed) {
        if let Some(d) = self
            .drafts
            .iter_mut()
            .find(|d| d.kind == o.kind && (d.name == o.name || d.members.contains(&o.name)))
        {
            // A later sighting that saw the attributes (the Set-Cookie
            // header, the jar) describes the cookie better than a request
            // that only sent it.
            if d.observed.attrs.is_none() && o.attrs.is_some() {
                d.observed = o.clone();
            }
            return;
        }
        let entry = self.catalog.lookup_kind(o.kind.catalog(), &o.name).cloned();
        let third = self
            .first_party
            .as_deref()
            .is_some_and(|fp| !o.host.is_empty() && site_of(&o.host) != fp);
        let provider = match (&entry, third) {
            (Some(e), _) => {
                if let Some(p) = self.catalog.provider(&e.provider) {
                    self.providers.insert(p.id.clone(), Ok(p.clone()));
                }
                Some(e.provider.clone())
            }
            (None, true) => {
                let site = site_of(&o.host);
                let p = self.catalog.provider_of_host(&o.host).cloned();
                let id = p
                    .as_ref()
                    .map(|p| p.id.clone())
                    .unwrap_or_else(|| provider_id(&site));
                self.providers.insert(id.clone(), p.ok_or(site));
                Some(id)
            }
            (None, false) => None,
        };
        // A catalog family is declared once, as its glob.
        if let Some(e) = entry.as_ref().filter(|e| e.name.contains('*')) {
            if let Some(d) = self
                .drafts
                .iter_mut()
                .find(|d| d.kind == o.kind && d.name == e.name)
            {
                d.members.insert(o.name.clone());
                return;
            }
            self.drafts.push(Draft {
                kind: o.kind,
                name: e.name.clone(),
                members: BTreeSet::from([o.name.clone()]),
                entry: entry.clone(),
                provider,
                observed: o.clone(),
                record: false,
            });
            return;
        }
        self.drafts.push(Draft {
            kind: o.kind,
            name: o.name.clone(),
            members: BTreeSet::from([o.name.clone()]),
            entry,
            provider,
            observed: o.clone(),
            record: false,
        });
    }

    /// Unknown names of one kind and provider sharing a family prefix are
    /// declared once as `prefix*`.
    fn group_families(&mut self) {
        let mut groups: BTreeMap<(Kind, Option<String>, String), Vec<usize>> = BTreeMap::new();
        for (i, d) in self.drafts.iter().enumerate() {
            if d.entry.is_some() || d.name.contains('*') {
                continue;
            }
            if let Some(p) = family_prefix(&d.name) {
                groups
                    .entry((d.kind, d.provider.clone(), p.to_string()))
                    .or_default()
                    .push(i);
            }
        }
        let mut remove = BTreeSet::new();
        for ((_, _, prefix), members) in groups {
            if members.len() < 2 {
                continue;
            }
            let glob = format!("{prefix}*");
            // A glob must not also cover a name declared on its own (E215
            // would follow if their categories differed).
            let covers_other = self
                .drafts
                .iter()
                .enumerate()
                .any(|(i, d)| !members.contains(&i) && glob_matches(&glob, &d.name));
            if covers_other {
                continue;
            }
            let mut names = BTreeSet::new();
            for &i in &members {
                names.extend(self.drafts[i].members.iter().cloned());
            }
            let first = members[0];
            self.drafts[first].name = glob;
            self.drafts[first].members = names;
            remove.extend(members[1..].iter().copied());
        }
        let mut i = 0;
        self.drafts.retain(|_| {
            i += 1;
            !remove.contains(&(i - 1))
        });
    }
}

/// An RFC 6265 token: what a cookie name may be.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A regex literal matching exactly `name`: token characters escaped,
/// any other character matched by `.` (so the literal never holds `/`).
fn name_pattern(name: &str) -> String {
    let body: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() && is_token(&c.to_string()) {
                regex::escape(&c.to_string())
            } else {
                ".".to_string()
            }
        })
        .collect();
    format!("/^{body}$/")
}

fn write_attrs(out: &mut String, a: &Attrs) {
    if let Some(d) = &a.domain {
        let _ = writeln!(out, "  domain {}", quote(&format!(".{d}")));
    }
    if let Some(p) = &a.path {
        let _ = writeln!(out, "  path {}", quote(p));
    }
    let _ = writeln!(
        out,
        "  http-only {}",
        if a.http_only { "yes" } else { "no" }
    );
    let _ = writeln!(out, "  secure {}", if a.secure { "yes" } else { "no" });
    if let Some(s) = a.same_site {
        let _ = writeln!(out, "  same-site {}", s.as_str());
    }
    if a.partitioned {
        let _ = writeln!(out, "  partitioned yes");
    }
}

fn describe(o: &Observed) -> String {
    let on = if o.host.is_empty() {
        String::new()
    } else {
        format!(" on {}", o.host)
    };
    match &o.source {
        Source::SetCookie { url, .. } => format!("seen{on}, set by the response to {url}"),
        Source::Jar { by: Some(by) } => format!("seen{on}, set by {by}"),
        Source::Jar { by: None } => format!("seen{on}"),
        Source::Sent { url } => format!("seen{on}, sent with {url}"),
    }
}

/// A draft policy from captures, formatted. `captures` must not be empty
/// for a useful draft; with none, it is a policy with no items.
pub fn draft(captures: &[Capture], catalog: &Catalog) -> String {
    let first_party = captures.iter().find_map(|c| c.site.as_deref()).map(site_of);
    let mut b = Builder {
        catalog,
        first_party: first_party.clone(),
        drafts: Vec::new(),
        providers: BTreeMap::new(),
    };
    for cap in captures {
        for o in &cap.items {
            b.add(o);
        }
    }
    // Beacon hosts are providers even when they set nothing.
    let mut beacon_sites = BTreeSet::new();
    for cap in captures {
        for beacon in &cap.beacons {
            let site = site_of(&beacon.host);
            if first_party.as_deref() != Some(site.as_str()) {
                beacon_sites.insert((site, beacon.host.clone()));
            }
        }
    }
    for (site, host) in &beacon_sites {
        let known = b.catalog.provider_of_host(host).cloned();
        let id = known
            .as_ref()
            .map(|p| p.id.clone())
            .unwrap_or_else(|| provider_id(site));
        b.providers.entry(id).or_insert(known.ok_or(site.clone()));
    }
    b.group_families();
    // A cookie whose value reads as a consent record is the banner's.
    let record = b
        .drafts
        .iter()
        .find(|d| {
            d.kind == Kind::Cookie
                && d.entry.is_none()
                && crate::consent_record::granted_by_record(&d.observed.value).is_some()
        })
        .map(|d| d.name.clone());
    if let Some(name) = &record {
        for d in b.drafts.iter_mut().filter(|d| &d.name == name) {
            d.record = true;
        }
    }

    let site = first_party.clone().unwrap_or_else(|| "example.com".into());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Drafted by `cookiec init --from` from {} capture{} of {site}.\n\
         # Every `# TODO` marks what only you can decide: answer it, then\n\
         # remove the comment. `cookiec check` this file as you go, and\n\
         # `cookiec audit` it against new captures.\n",
        captures.len(),
        if captures.len() == 1 { "" } else { "s" }
    );
    let _ = writeln!(
        out,
        "# TODO: your service's name, the legal entity responsible, a contact address.\n\
         policy \"TODO: service name\" {{\n  controller \"TODO: legal entity\"\n  languages [en]\n}}\n"
    );
    let category_of = |d: &Draft| match (&d.entry, d.record) {
        (Some(e), _) => e.category.clone(),
        (None, true) => "essential".to_string(),
        (None, false) => UNKNOWN_CATEGORY.to_string(),
    };
    let used: BTreeSet<String> = b.drafts.iter().map(category_of).collect();
    let needs_consent = used.iter().any(|c| c != "essential");
    match (&record, needs_consent) {
        (Some(name), _) => {
            let _ = writeln!(
                out,
                "# TODO: how your banner collects consent. `{name}` reads as its record.\n\
                 consent {{\n  banner yes\n  reject-all yes\n  record {}\n}}\n",
                quote(name)
            );
        }
        (None, true) => {
            let _ = writeln!(
                out,
                "# TODO: how your banner collects consent, and the name of the cookie\n\
                 # that records it (`record`).\n\
                 consent {{\n  banner yes\n  reject-all yes\n}}\n"
            );
        }
        (None, false) => {}
    }
    for (id, title, mode) in CATEGORIES {
        if used.contains(*id) {
            let _ = writeln!(
                out,
                "category {id} {{\n  title {}\n  consent {mode}\n}}\n",
                quote(title)
            );
        }
    }
    for (id, p) in &b.providers {
        match p {
            Ok(p) => {
                let _ = writeln!(out, "provider {id} {{\n  name {}", quote(&p.name));
                if cookiec_check::model::ProviderRole::parse(&p.role).is_some() {
                    let _ = writeln!(out, "  role [{}]", p.role);
                }
                if p.privacy.starts_with("https://") {
                    let _ = writeln!(out, "  privacy {}", quote(&p.privacy));
                }
                if !p.country.is_empty() {
                    let _ = writeln!(out, "  country {}", quote(&p.country));
                }
                let _ = writeln!(out, "}}\n");
            }
            Err(site) => {
                let _ = writeln!(
                    out,
                    "# TODO: who is behind {site}, their role and privacy policy.\n\
                     provider {id} {{\n  name \"TODO: {site}\"\n  website {}\n}}\n",
                    quote(&format!("https://{site}"))
                );
            }
        }
    }
    for d in &b.drafts {
        let o = &d.observed;
        if d.name.is_empty() {
            let _ = writeln!(
                out,
                "# TODO: a {} item with an empty name was seen; it cannot be declared by name.\n",
                o.kind.keyword()
            );
            continue;
        }
        let seen = if d.members.len() > 1 {
            format!(
                "{} names seen ({}), {}",
                d.members.len(),
                d.members.iter().cloned().collect::<Vec<_>>().join(", "),
                describe(o)
            )
        } else {
            describe(o)
        };
        let category = category_of(d);
        match &d.entry {
            None if d.record => {
                let _ = writeln!(
                    out,
                    "# {seen}.\n# Its value reads as a consent record: the banner's.\n# TODO: check its lifetime."
                );
            }
            Some(e) => {
                let _ = writeln!(
                    out,
                    "# {seen}.\n# Known from the catalog: {}\n# TODO: check purpose, category and lifetime against your configuration.",
                    e.source
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "# {seen}.\n# TODO: what it is for, its category and its lifetime."
                );
            }
        }
        let label = if o.kind == Kind::Cookie && !is_token(&d.name) {
            // Browsers accept some names no header rule could write
            // (SPEC001); a pattern declares them without that error.
            let _ = writeln!(
                out,
                "# TODO: `{}` is not a valid cookie name; declared as a pattern.",
                d.name.escape_debug()
            );
            name_pattern(&d.name)
        } else {
            quote(&d.name)
        };
        let _ = writeln!(out, "{} {label} {{", o.kind.keyword());
        let _ = writeln!(out, "  category {category}");
        if let Some(p) = &d.provider {
            let _ = writeln!(out, "  provider {p}");
        }
        let purpose = d
            .entry
            .as_ref()
            .map(|e| e.purpose.clone())
            .unwrap_or_else(|| {
                if d.record {
                    "Remembers your cookie choices.".to_string()
                } else {
                    format!("TODO: what {} is for.", d.name)
                }
            });
        let _ = writeln!(out, "  purpose {}", quote(&purpose));
        let session = || LifetimeWord::Session.as_str().to_string();
        let observed_lifetime = match (o.kind, &o.attrs) {
            (Kind::LocalStorage, _) => Some(LifetimeWord::UntilCleared.as_str().to_string()),
            (Kind::SessionStorage, _) => Some(session()),
            (Kind::Cookie, Some(a)) => Some(match a.lifetime {
                None => session(),
                Some(s) if s == i64::MAX => session(),
                Some(s) => lifetime_syntax(s),
            }),
            (Kind::Cookie, None) => None,
        };
        // What was observed wins over the catalog's typical value: the
        // declaration describes this site.
        if let Some(l) =
            observed_lifetime.or_else(|| d.entry.as_ref().and_then(|e| e.lifetime.clone()))
        {
            let _ = writeln!(out, "  lifetime {l}");
        }
        if let (Kind::Cookie, Some(a)) = (o.kind, &o.attrs) {
            write_attrs(&mut out, a);
        }
        let _ = writeln!(out, "}}\n");
    }
    cookiec_fmt::format(&out).unwrap_or(out)
}

/// The commented starter file `cookiec init` writes without a capture.
pub fn starter() -> String {
    const STARTER: &str = include_str!("starter.cookies");
    STARTER.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_round_to_whole_units_and_never_down() {
        assert_eq!(lifetime_syntax(31_536_000), "1 year");
        assert_eq!(lifetime_syntax(2 * 31_536_000 - 5), "2 years");
        assert_eq!(lifetime_syntax(86_399), "1 day");
        assert_eq!(lifetime_syntax(1_800), "30 minutes");
        assert_eq!(lifetime_syntax(7 * 86_400), "1 week");
        assert_eq!(lifetime_syntax(100), "2 minutes");
        assert_eq!(lifetime_syntax(i64::MAX), "100 years");
        assert_eq!(lifetime_syntax(i64::MIN), "1 minute");
    }

    #[test]
    fn families() {
        assert_eq!(family_prefix("ab_test_12"), Some("ab_test_"));
        assert_eq!(family_prefix("_1"), None);
        assert_eq!(family_prefix("plain"), None);
        assert_eq!(family_prefix("trailing_"), None);
    }

    #[test]
    fn the_starter_checks_without_errors_and_is_formatted() {
        let s = starter();
        let checked = cookiec_check::check_source(&s);
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
        assert_eq!(cookiec_fmt::format(&s).unwrap(), s);
    }
}
