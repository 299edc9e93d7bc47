//! The comparison: every item a capture saw against the declaration.

use crate::capture::{site_of, Attrs, Capture, Kind, Observed};
use crate::codes::{self, *};
use crate::consent::{granted, ConsentArg};
use crate::declared::Declared;
use cookiec_catalog::Catalog;
use cookiec_check::model::{Item, LifetimeKind, Model, SameSite, Status};
use cookiec_diagnostics::{Diagnostic, Severity, Span};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub struct Options<'a> {
    pub consent: ConsentArg,
    pub catalog: &'a Catalog,
}

/// One finding. `span` points into the policy where a declaration is
/// involved; findings about something the policy lacks point at the
/// policy's name.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The captures that showed it.
    pub captures: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// How the item got there (the request that set it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip)]
    pub span: Option<Span>,
    #[serde(skip)]
    pub label: String,
    #[serde(skip)]
    pub secondary: Vec<(Span, String)>,
}

impl Finding {
    fn new(code: &'static str, message: String) -> Self {
        Finding {
            code,
            severity: codes::severity(code),
            message,
            captures: Vec::new(),
            kind: None,
            name: None,
            host: None,
            source: None,
            help: None,
            span: None,
            label: String::new(),
            secondary: Vec::new(),
        }
    }

    fn at(mut self, span: Span, label: impl Into<String>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    fn about(mut self, o: &Observed) -> Self {
        self.kind = Some(o.kind.keyword());
        self.name = Some(o.name.clone());
        self.host = Some(o.host.clone());
        self.source = Some(o.source.describe());
        self
    }

    /// The finding as a diagnostic in the policy file, for ariadne.
    pub fn diagnostic(&self, model: &Model) -> Diagnostic {
        let span = self.span.unwrap_or(model.policy.service.span);
        let label = if self.span.is_some() {
            self.label.clone()
        } else {
            "not declared in this policy".to_string()
        };
        let mut d =
            Diagnostic::new(self.code, self.severity, self.message.clone(), span).with_label(label);
        for (s, m) in &self.secondary {
            d = d.with_secondary(*s, m.clone());
        }
        let mut help = Vec::new();
        if let Some(src) = &self.source {
            help.push(format!("{src} (capture {})", self.captures.join(", ")));
        } else if !self.captures.is_empty() {
            help.push(format!("seen in {}", self.captures.join(", ")));
        }
        help.extend(self.help.clone());
        if !help.is_empty() {
            d = d.with_help(help.join("\n"));
        }
        d
    }
}

/// Findings in a stable order, one per distinct fact, each naming every
/// capture that showed it.
#[derive(Default)]
struct Findings {
    list: Vec<Finding>,
    by_key: HashMap<String, usize>,
}

impl Findings {
    fn add(&mut self, key: String, capture: &str, f: Finding) {
        let i = *self.by_key.entry(key).or_insert_with(|| {
            self.list.push(f);
            self.list.len() - 1
        });
        let caps = &mut self.list[i].captures;
        if !caps.iter().any(|c| c == capture) {
            caps.push(capture.to_string());
        }
    }
}

/// The hosts of one third-party site, what they did, where.
#[derive(Default)]
struct ThirdParty {
    hosts: BTreeSet<String>,
    did: BTreeSet<&'static str>,
    captures: Vec<String>,
}

impl ThirdParty {
    fn note(&mut self, host: &str, did: &'static str, capture: &str) {
        self.hosts.insert(host.to_string());
        self.did.insert(did);
        if !self.captures.iter().any(|c| c == capture) {
            self.captures.push(capture.to_string());
        }
    }
}

fn duration(secs: i64) -> String {
    let s = secs.max(0);
    match s {
        s if s >= 2 * 365 * 86_400 => format!("{} years", s / (365 * 86_400)),
        s if s >= 2 * 30 * 86_400 => format!("{} months", s / (30 * 86_400)),
        s if s >= 2 * 86_400 => format!("{} days", s / 86_400),
        s if s >= 2 * 3_600 => format!("{} hours", s / 3_600),
        s if s >= 120 => format!("{} minutes", s / 60),
        s => format!("{s} seconds"),
    }
}

pub fn audit(model: &Model, captures: &[Capture], opts: &Options) -> Vec<Finding> {
    let declared = Declared::new(model);
    let record = cookiec_emit::common::consent_cookie(model);
    let mut out = Findings::default();
    let mut seen_items: BTreeSet<usize> = BTreeSet::new();
    let provider_sites = declared.provider_sites();
    // Registrable domain → what its hosts did, for AUD005.
    let mut third: BTreeMap<String, ThirdParty> = BTreeMap::new();
    // Sites a matched third-party item shows its provider serves from.
    let mut matched_sites: BTreeSet<String> = BTreeSet::new();

    for cap in captures {
        let first_party = cap.site.as_deref().map(site_of);
        for o in &cap.items {
            let is_third = o.kind == Kind::Cookie
                && !o.host.is_empty()
                && first_party
                    .as_deref()
                    .is_some_and(|fp| site_of(&o.host) != fp);
            match declared.find(o.kind, &o.name) {
                None => {
                    out.add(
                        format!(
                            "{}|{:?}|{}|{}",
                            UNDECLARED_ITEM,
                            o.kind,
                            o.name,
                            site_of(&o.host)
                        ),
                        &cap.label,
                        undeclared(&declared, opts.catalog, o),
                    );
                }
                Some(i) => {
                    seen_items.insert(i);
                    let item = &model.items[i];
                    if is_third && !declared.is_first_party(i) {
                        matched_sites.insert(site_of(&o.host));
                    }
                    let g = granted(model, &opts.consent, record, cap, o.moment);
                    if !g.categories.contains(&item.category.value) {
                        let f = Finding::new(
                            WITHOUT_CONSENT,
                            format!(
                                "{} `{}` of category `{}` was present although `{}` was not granted ({})",
                                o.kind.keyword(),
                                o.name,
                                item.category.value,
                                item.category.value,
                                g.how
                            ),
                        )
                        .at(item.name_span, "declared here")
                        .about(o);
                        let mut f = f;
                        f.secondary
                            .push((item.category.span, "a category that needs consent".into()));
                        out.add(format!("{WITHOUT_CONSENT}|{i}|{}", o.name), &cap.label, f);
                    }
                    if let (Some(a), Kind::Cookie) = (&o.attrs, o.kind) {
                        for (key, f) in attribute_findings(item, o, a) {
                            out.add(format!("{key}|{i}|{}", o.name), &cap.label, f);
                        }
                    }
                }
            }
            if is_third {
                third
                    .entry(site_of(&o.host))
                    .or_default()
                    .note(&o.host, "set cookies", &cap.label);
            }
        }
        for b in &cap.beacons {
            if first_party
                .as_deref()
                .is_some_and(|fp| site_of(&b.host) == fp)
            {
                continue;
            }
            third.entry(site_of(&b.host)).or_default().note(
                &b.host,
                "received beacons",
                &cap.label,
            );
        }
    }

    let declared_sites: BTreeSet<&String> = provider_sites.values().flatten().collect();
    for (site, t) in &third {
        if declared_sites.contains(site) || matched_sites.contains(site) {
            continue;
        }
        let (hosts, did, caps) = (&t.hosts, &t.did, &t.captures);
        let mut f = Finding::new(
            UNDECLARED_HOST,
            format!(
                "third-party host {} {} but is not a declared provider",
                hosts.iter().cloned().collect::<Vec<_>>().join(", "),
                did.iter().copied().collect::<Vec<_>>().join(" and ")
            ),
        );
        f.host = Some(site.clone());
        let guess = hosts.iter().find_map(|h| opts.catalog.provider_of_host(h));
        f.help = Some(match guess {
            Some(p) => format!(
                "the catalog knows {site} as {} ({}): declare `provider {}` with its `website` on {site}",
                p.name, p.role, p.id
            ),
            None => format!(
                "declare the provider behind {site} with its `website` on {site}"
            ),
        });
        for c in caps {
            f.captures.push(c.clone());
        }
        out.list.push(f);
    }

    for (i, item) in model.items.iter().enumerate() {
        let observable = matches!(
            item.kind,
            cookiec_check::model::ItemKind::Cookie
                | cookiec_check::model::ItemKind::LocalStorage
                | cookiec_check::model::ItemKind::SessionStorage
        );
        if !observable || seen_items.contains(&i) || item.status != Status::InUse {
            continue;
        }
        let Some(name) = item.display_name() else {
            continue;
        };
        let f = Finding::new(
            NEVER_SEEN,
            format!(
                "{} `{name}` is declared but no capture saw it",
                item.kind.as_str()
            ),
        )
        .at(item.name_span, "never seen");
        let mut f = f;
        f.kind = Some(item.kind.as_str());
        f.name = Some(name);
        f.help = Some(
            "a stale declaration, or a capture that did not reach where it is set (a page, a signed-in state, a consent choice)"
                .into(),
        );
        f.captures = captures.iter().map(|c| c.label.clone()).collect();
        out.list.push(f);
    }
    out.list
}

fn undeclared(declared: &Declared, catalog: &Catalog, o: &Observed) -> Finding {
    let mut f = Finding::new(
        UNDECLARED_ITEM,
        format!(
            "{} `{}` on {} is not declared",
            o.kind.keyword(),
            o.name,
            if o.host.is_empty() {
                "the site"
            } else {
                &o.host
            }
        ),
    )
    .about(o);
    let mut help = Vec::new();
    if let Some(c) = catalog.lookup_kind(o.kind.catalog(), &o.name) {
        let vendor = catalog
            .provider(&c.provider)
            .map(|p| p.name.as_str())
            .unwrap_or(&c.provider);
        help.push(format!(
            "the catalog knows `{}`: {} ({vendor}; usually `{}`, {})",
            c.name,
            c.purpose,
            c.category,
            c.lifetime.as_deref().unwrap_or("lifetime not stated")
        ));
    }
    if let Some(item) = declared.closest(o.kind, &o.name) {
        if let Some(shown) = item.display_name() {
            f.secondary.push((
                item.name_span,
                format!("the closest declared name is `{shown}`"),
            ));
        }
    }
    help.push(format!(
        "declare it: `{} \"{}\" {{ category … purpose \"…\" }}`, or `cookiec init --from CAPTURE` drafts the declarations",
        o.kind.keyword(),
        o.name
    ));
    f.help = Some(help.join("\n"));
    f
}

fn same_site_word(s: SameSite) -> &'static str {
    s.as_str()
}

/// AUD003 and AUD004 for one cookie as set.
fn attribute_findings(item: &Item, o: &Observed, a: &Attrs) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    let mut differs = |attr: &str, span: Span, declared: String, got: String, weaker: bool| {
        let f = Finding::new(
            ATTRIBUTE_DIFFERS,
            format!(
                "cookie `{}` was set with {attr} {got}, declared {declared}{}",
                o.name,
                if weaker {
                    " (weaker than declared)"
                } else {
                    ""
                }
            ),
        )
        .at(span, format!("declared {declared}"))
        .about(o);
        out.push((format!("{ATTRIBUTE_DIFFERS}|{attr}"), f));
    };
    let flag = |b: bool| {
        if b {
            "yes".to_string()
        } else {
            "no".to_string()
        }
    };
    if let Some(d) = &item.secure {
        if d.value != a.secure {
            differs("Secure", d.span, flag(d.value), flag(a.secure), d.value);
        }
    }
    if let Some(d) = &item.http_only {
        if d.value != a.http_only {
            differs(
                "HttpOnly",
                d.span,
                flag(d.value),
                flag(a.http_only),
                d.value,
            );
        }
    }
    if let Some(d) = &item.partitioned {
        if d.value != a.partitioned {
            differs(
                "Partitioned",
                d.span,
                flag(d.value),
                flag(a.partitioned),
                false,
            );
        }
    }
    if let Some(d) = &item.same_site {
        // Browsers treat a cookie without SameSite as Lax.
        let got = a.same_site.unwrap_or(SameSite::Lax);
        if d.value != got {
            let rank = |s: SameSite| match s {
                SameSite::Strict => 2,
                SameSite::Lax => 1,
                SameSite::None => 0,
            };
            let shown = match a.same_site {
                Some(s) => same_site_word(s).to_string(),
                None => "not set (lax)".to_string(),
            };
            differs(
                "SameSite",
                d.span,
                same_site_word(d.value).to_string(),
                shown,
                rank(got) < rank(d.value),
            );
        }
    }
    if let Some(d) = &item.domain {
        let want = d.value.trim_start_matches('.').to_ascii_lowercase();
        let got = a.domain.clone().unwrap_or_else(|| o.host.clone());
        if want != got {
            differs(
                "Domain",
                d.span,
                format!("\"{want}\""),
                match &a.domain {
                    Some(g) => format!("\"{g}\""),
                    None => format!("none (host-only on {})", o.host),
                },
                false,
            );
        }
    }
    if let (Some(d), Some(got)) = (&item.path, &a.path) {
        if d.value != *got {
            differs(
                "Path",
                d.span,
                format!("\"{}\"", d.value),
                format!("\"{got}\""),
                false,
            );
        }
    }
    if let Some(l) = &item.lifetime {
        let longer = match (&l.kind, a.lifetime) {
            (LifetimeKind::Session, Some(s)) => Some(format!(
                "persistent for {}, declared a session cookie",
                duration(s)
            )),
            (LifetimeKind::Fixed { duration: d }, Some(s)) if !l.configurable => {
                let declared = i64::try_from(d.seconds).unwrap_or(i64::MAX);
                let slack = (declared / 100).max(60);
                (s > declared.saturating_add(slack)).then(|| {
                    format!(
                        "set to live {}, declared {}",
                        duration(s),
                        duration(declared)
                    )
                })
            }
            _ => None,
        };
        if let Some(what) = longer {
            let f = Finding::new(LIFETIME_LONGER, format!("cookie `{}` was {what}", o.name))
                .at(l.span, "declared lifetime")
                .about(o);
            out.push((LIFETIME_LONGER.to_string(), f));
        }
    }
    out
}
