//! What an item is for, judged on the item itself: the ground its author
//! declares (`exempt ...`), its name in the well-known catalog, its kind,
//! and only then its provider's roles.
//!
//! The consent rules ask this instead of the provider's roles alone: a
//! vendor that does analytics also sets consent-state and security
//! cookies (Matomo's `mtm_consent`, its CSRF cookie `MATOMO_SESSID`), and
//! a well-known tracker (`_ga`, `_fbp`) is often declared first-party,
//! with no provider at all.

use super::Ctx;
use crate::model::{
    consent_record_name, Category, ExemptionGround, Item, ItemKind, NamePattern, Provider,
    ProviderRole,
};
use cookiec_catalog::{catalog, CatalogCookie, EntryKind};

/// What a tracking item is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    Analytics,
    Advertising,
    /// A pixel: tracking whatever its provider does.
    Pixel,
}

/// Why an item is taken for a tracker.
#[derive(Clone, Copy, Debug)]
pub enum Evidence<'a> {
    /// `exempt statistics`: the author says it serves statistics.
    DeclaredStatistics,
    /// The catalog knows the name.
    Catalog(&'static CatalogCookie),
    /// It is a `pixel`.
    Pixel,
    /// Unknown name, and its provider does nothing but analytics or
    /// advertising.
    Provider(&'a Provider),
}

/// What an item is judged to be.
#[derive(Clone, Copy, Debug)]
pub enum Verdict<'a> {
    /// Not tracking: exempt on a ground (declared, the catalog's, or
    /// cookiec's consent record), or known to the catalog as a vendor's
    /// essential or functional item.
    NotTracking,
    /// Analytics, advertising or a pixel.
    Tracking(Use, Evidence<'a>),
    /// Nothing on the item says what it is for.
    Unknown,
}

/// The ground the item needs no consent on: declared with `exempt`, else
/// the catalog's for its name, else `consent-record` for cookiec's own
/// consent record.
pub fn exemption(cx: &Ctx, item: &Item) -> Option<ExemptionGround> {
    if let Some(g) = &item.exempt {
        return Some(g.value);
    }
    if let Some(g) = catalog_entry(cx, item).and_then(catalog_ground) {
        return Some(g);
    }
    is_consent_record(cx, item).then_some(ExemptionGround::ConsentRecord)
}

/// Whether the category holds at least one item in use and every one is
/// exempt on a ground `covers` accepts (`ExemptionGround::exempt_in_eu`).
pub fn all_exempt(cx: &Ctx, cat: &Category, covers: impl Fn(ExemptionGround) -> bool) -> bool {
    let mut any = false;
    for item in cx.items_of(cat) {
        any = true;
        if !exemption(cx, item).is_some_and(&covers) {
            return false;
        }
    }
    any
}

/// Judge one item (see the module comment for the order).
pub fn judge<'a>(cx: &Ctx<'a>, item: &'a Item) -> Verdict<'a> {
    if let Some(g) = &item.exempt {
        return match g.value {
            ExemptionGround::Statistics => {
                Verdict::Tracking(Use::Analytics, Evidence::DeclaredStatistics)
            }
            _ => Verdict::NotTracking,
        };
    }
    if is_consent_record(cx, item) {
        return Verdict::NotTracking;
    }
    if let Some(entry) = catalog_entry(cx, item) {
        if catalog_ground(entry).is_some() {
            return Verdict::NotTracking;
        }
        return match entry.category.as_str() {
            "analytics" => Verdict::Tracking(Use::Analytics, Evidence::Catalog(entry)),
            "marketing" => Verdict::Tracking(Use::Advertising, Evidence::Catalog(entry)),
            _ => Verdict::NotTracking,
        };
    }
    if item.kind == ItemKind::Pixel {
        return Verdict::Tracking(Use::Pixel, Evidence::Pixel);
    }
    if let Some(p) = cx.item_provider(item) {
        let tracking =
            |r: ProviderRole| matches!(r, ProviderRole::Analytics | ProviderRole::Advertising);
        // Only a provider that does nothing else: the item of a vendor with
        // other roles may be for any of them.
        if !p.roles.is_empty() && p.roles.iter().all(|r| tracking(r.value)) {
            let ads = p.roles.iter().any(|r| r.value == ProviderRole::Advertising);
            let u = if ads {
                Use::Advertising
            } else {
                Use::Analytics
            };
            return Verdict::Tracking(u, Evidence::Provider(p));
        }
    }
    Verdict::Unknown
}

impl Evidence<'_> {
    /// What the item is, for messages: "a well-known analytics cookie".
    pub fn describe(&self, u: Use, item: &Item) -> String {
        let what = match u {
            Use::Analytics => "analytics",
            Use::Advertising => "advertising",
            Use::Pixel => "tracking",
        };
        match self {
            Evidence::DeclaredStatistics => "declared as statistics (`exempt statistics`)".into(),
            Evidence::Catalog(_) => format!("a well-known {what} {}", kind_noun(item.kind)),
            Evidence::Pixel => "a tracking pixel".into(),
            Evidence::Provider(p) => format!("an item of {} (an {what} provider)", p.name.value),
        }
    }

    /// The catalog's description, for help texts.
    pub fn catalog_note(&self) -> Option<String> {
        match self {
            Evidence::Catalog(e) => Some(format!(
                "The well-known catalog describes `{}` as: “{}”",
                e.name, e.purpose
            )),
            _ => None,
        }
    }
}

fn kind_noun(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Cookie => "cookie",
        ItemKind::LocalStorage | ItemKind::SessionStorage => "storage key",
        _ => "item",
    }
}

fn catalog_ground(entry: &CatalogCookie) -> Option<ExemptionGround> {
    entry.exempt.as_deref().and_then(ExemptionGround::parse)
}

/// cookiec's own consent record (`consent { record "..." }`).
fn is_consent_record(cx: &Ctx, item: &Item) -> bool {
    item.kind == ItemKind::Cookie
        && matches!(&item.name, NamePattern::Exact(n) if n == consent_record_name(cx.model))
}

/// The catalog entry for the item's name, when the item is that entry: a
/// declared third-party provider must be the entry's vendor (another
/// vendor's cookie may share a short name), and a first-party item's name
/// must be distinctive (a leading `_`, or the vendor's name in it), so a
/// site's own `fr` or `PREF` is not taken for Meta's or YouTube's.
fn catalog_entry(cx: &Ctx, item: &Item) -> Option<&'static CatalogCookie> {
    let kind = match item.kind {
        ItemKind::Cookie => EntryKind::Cookie,
        ItemKind::LocalStorage => EntryKind::LocalStorage,
        ItemKind::SessionStorage => EntryKind::SessionStorage,
        _ => return None,
    };
    let name = match &item.name {
        NamePattern::Exact(n) => n.clone(),
        NamePattern::Prefix(p) => format!("{p}*"),
        NamePattern::Regex(_) | NamePattern::Unnamed => return None,
    };
    let cat = catalog();
    let entry = cat.lookup_kind(kind, &name)?;
    let vendor = cat.provider(&entry.provider)?;
    let tokens = vendor_tokens(&vendor.id, &vendor.name);
    let fits = match cx.item_provider(item) {
        Some(p) => {
            let declared = format!(
                "{} {} {} {}",
                squash(&p.id.value),
                squash(&p.name.value),
                p.privacy.as_ref().map_or("", |u| u.value.as_str()),
                p.website.as_ref().map_or("", |u| u.value.as_str()),
            )
            .to_ascii_lowercase();
            tokens.iter().any(|t| declared.contains(t.as_str()))
                || vendor.domains.iter().any(|d| declared.contains(d.as_str()))
        }
        None => {
            let lower = squash(&name);
            name.starts_with('_') || tokens.iter().any(|t| lower.contains(t.as_str()))
        }
    };
    fits.then_some(entry)
}

/// Lowercase letters and digits only (`Microsoft Clarity` → `microsoftclarity`).
fn squash(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Words that name a vendor: its id squashed (`microsoftclarity`) and the
/// first word of its name when long enough to be distinctive (`google`).
fn vendor_tokens(id: &str, name: &str) -> Vec<String> {
    let mut out = vec![squash(id)];
    if let Some(first) = name.split_whitespace().next().map(squash) {
        if first.len() >= 4 && !out.contains(&first) {
            out.push(first);
        }
    }
    out.retain(|t| t.len() >= 4);
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_ground_is_a_language_ground() {
        for e in &catalog().cookies {
            if let Some(g) = &e.exempt {
                assert!(ExemptionGround::parse(g).is_some(), "{}: {g}", e.name);
            }
        }
    }

    #[test]
    fn vendor_tokens_are_distinctive() {
        assert_eq!(
            vendor_tokens("microsoft-clarity", "Microsoft Clarity"),
            ["microsoftclarity", "microsoft"]
        );
        assert!(vendor_tokens("x", "X Corp.").is_empty());
        assert_eq!(vendor_tokens("new-relic", "New Relic"), ["newrelic"]);
    }
}
