//! `cookiec diff`: what changed between two versions of a policy, in the
//! terms a privacy officer reads, each change marked **material** or not.
//!
//! Materiality is not defined here: both versions are projected with
//! [`crate::revision`]'s material content, the projection `revision`
//! hashes, and a change is material exactly when it changes that
//! projection. A fact `revision` ignores (a purpose's wording, a title)
//! is reported as not material; one it covers is material. So the policy
//! is materially changed (some change is material) exactly when its
//! revision changes.

use crate::revision::material;
use cookiec_check::model::{ConsentMode, Model, Region};
use cookiec_diagnostics::Span;
use serde::Serialize;
use serde_json::{Map, Value};

// Declared with every stage's codes in `cookiec_diagnostics::stage_codes`
// (the one registry), documented in `docs/codes/<code>.md`.
pub use cookiec_diagnostics::stage_codes::diff::{
    CODES, MATERIAL_CHANGE as D001, NON_MATERIAL_CHANGE as D002,
};

/// What kind of change, in a privacy officer's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    ItemAdded,
    ItemRemoved,
    MovedCategory,
    ProviderChanged,
    LifetimeLengthened,
    LifetimeShortened,
    LifetimeChanged,
    ItemDetailsChanged,
    PurposeChanged,
    CategoryAdded,
    CategoryRemoved,
    RegionModeRelaxed,
    RegionModeTightened,
    CategoryDetailsChanged,
    CategoryWordingChanged,
    NewThirdParty,
    ProviderAdded,
    ProviderRemoved,
    ProviderDetailsChanged,
    ConsentSettingsChanged,
    OrderChanged,
}

/// Which side a change is best shown on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Old,
    New,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub material: bool,
    /// What changed: `cookie "_ga"`, `category analytics`, `provider google`,
    /// `consent`.
    pub subject: String,
    /// One sentence.
    pub summary: String,
    /// Where to point: the declaration on `side` (the old file for a
    /// removal, else the new one).
    #[serde(skip)]
    pub span: Span,
    pub side: Side,
}

impl Change {
    pub fn code(&self) -> &'static str {
        if self.material {
            D001
        } else {
            D002
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    pub old_revision: String,
    pub new_revision: String,
    /// Some change is material: the revision changed.
    pub material: bool,
    pub changes: Vec<Change>,
}

/// One version: its source (to quote what was written) and its model.
#[derive(Clone, Copy)]
pub struct Version<'a> {
    pub src: &'a str,
    pub model: &'a Model,
}

impl Version<'_> {
    fn text(&self, span: Span) -> String {
        span.slice(self.src)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn diff(old: Version<'_>, new: Version<'_>) -> Diff {
    let (mo, mn) = (projection(old.model), projection(new.model));
    let mut d = Differ {
        old,
        new,
        changes: Vec::new(),
    };
    d.items(&mo, &mn);
    d.categories(&mo, &mn);
    d.providers(&mo, &mn);
    d.consent(&mo, &mn);
    let material = mo != mn;
    if material && !d.changes.iter().any(|c| c.material) {
        // Same declarations with the same content, in another order: the
        // revision (a hash of the ordered content) still changes.
        d.changes.push(Change {
            kind: ChangeKind::OrderChanged,
            material: true,
            subject: "policy".into(),
            summary:
                "declarations were reordered; the revision changes, so visitors are asked again"
                    .into(),
            span: Span::new(0, 0),
            side: Side::New,
        });
    }
    Diff {
        old_revision: crate::revision::revision(old.model),
        new_revision: crate::revision::revision(new.model),
        material,
        changes: d.changes,
    }
}

/// The material projection as JSON, to compare field by field.
fn projection(model: &Model) -> Value {
    serde_json::to_value(material(model)).unwrap_or(Value::Null)
}

fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// The fields whose values differ between two projected objects.
fn changed_fields(a: &Value, b: &Value) -> Vec<String> {
    let empty = Map::new();
    let (a, b) = (
        a.as_object().unwrap_or(&empty),
        b.as_object().unwrap_or(&empty),
    );
    let mut out: Vec<String> = Vec::new();
    for k in a.keys().chain(b.keys()) {
        if a.get(k) != b.get(k) && !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

struct Differ<'a> {
    old: Version<'a>,
    new: Version<'a>,
    changes: Vec<Change>,
}

impl Differ<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: ChangeKind,
        material: bool,
        subject: &str,
        summary: String,
        span: Span,
        side: Side,
    ) {
        self.changes.push(Change {
            kind,
            material,
            subject: subject.to_string(),
            summary,
            span,
            side,
        });
    }

    fn items(&mut self, mo: &Value, mn: &Value) {
        let (po, pn) = (list(mo, "items"), list(mn, "items"));
        let key = |v: &Value| (v.get("kind").cloned(), v.get("name").cloned());
        for (i, it) in self.new.model.items.iter().enumerate() {
            let Some(p_new) = pn.get(i) else { continue };
            let subject = item_subject(it);
            let found = po.iter().position(|p| key(p) == key(p_new));
            let Some(j) = found else {
                let third = self.is_third_party(self.new.model, &it.provider.value);
                self.push(
                    ChangeKind::ItemAdded,
                    true,
                    &subject,
                    format!(
                        "{subject} added to category {}{}",
                        it.category.value,
                        if third {
                            format!(", set by third party {}", it.provider.value)
                        } else {
                            String::new()
                        }
                    ),
                    it.span,
                    Side::New,
                );
                continue;
            };
            let (Some(p_old), Some(old_it)) = (po.get(j), self.old.model.items.get(j)) else {
                continue;
            };
            let mut rest = Vec::new();
            for field in changed_fields(p_old, p_new) {
                match field.as_str() {
                    "category" => self.push(
                        ChangeKind::MovedCategory,
                        true,
                        &subject,
                        format!(
                            "{subject} moved from category {} to {}",
                            old_it.category.value, it.category.value
                        ),
                        it.category.span,
                        Side::New,
                    ),
                    "provider" => self.push(
                        ChangeKind::ProviderChanged,
                        true,
                        &subject,
                        format!(
                            "{subject} is now set by {} (was {})",
                            it.provider.value, old_it.provider.value
                        ),
                        it.provider.span,
                        Side::New,
                    ),
                    "lifetime" => self.lifetime(&subject, p_old, p_new, old_it, it),
                    _ => rest.push(field),
                }
            }
            if !rest.is_empty() {
                self.push(
                    ChangeKind::ItemDetailsChanged,
                    true,
                    &subject,
                    format!("{subject}: {} changed", rest.join(", ").replace('_', " ")),
                    it.span,
                    Side::New,
                );
            }
            if old_it.purpose.by_lang != it.purpose.by_lang {
                self.push(
                    ChangeKind::PurposeChanged,
                    false,
                    &subject,
                    format!("{subject}: purpose reworded"),
                    it.purpose.span,
                    Side::New,
                );
            }
        }
        for (j, it) in self.old.model.items.iter().enumerate() {
            let Some(p_old) = po.get(j) else { continue };
            if !pn.iter().any(|p| key(p) == key(p_old)) {
                let subject = item_subject(it);
                self.push(
                    ChangeKind::ItemRemoved,
                    true,
                    &subject,
                    format!("{subject} removed (was in category {})", it.category.value),
                    it.span,
                    Side::Old,
                );
            }
        }
    }

    fn lifetime(
        &mut self,
        subject: &str,
        p_old: &Value,
        p_new: &Value,
        old_it: &cookiec_check::model::Item,
        it: &cookiec_check::model::Item,
    ) {
        let seconds = |p: &Value| {
            p.get("lifetime")
                .and_then(|l| l.get("seconds"))
                .and_then(Value::as_u64)
        };
        let written = |v: &Version<'_>, l: &Option<cookiec_check::model::Lifetime>| {
            l.as_ref()
                .map(|l| v.text(l.span))
                .unwrap_or_else(|| "no lifetime".into())
        };
        let (was, now) = (
            written(&self.old, &old_it.lifetime),
            written(&self.new, &it.lifetime),
        );
        let kind = match (seconds(p_old), seconds(p_new)) {
            (Some(a), Some(b)) if b > a => ChangeKind::LifetimeLengthened,
            (Some(a), Some(b)) if b < a => ChangeKind::LifetimeShortened,
            _ => ChangeKind::LifetimeChanged,
        };
        let verb = match kind {
            ChangeKind::LifetimeLengthened => "lengthened",
            ChangeKind::LifetimeShortened => "shortened",
            _ => "changed",
        };
        let span = it.lifetime.as_ref().map(|l| l.span).unwrap_or(it.span);
        self.push(
            kind,
            true,
            subject,
            format!("{subject}: lifetime {verb} from `{was}` to `{now}`"),
            span,
            Side::New,
        );
    }

    fn categories(&mut self, mo: &Value, mn: &Value) {
        let (po, pn) = (list(mo, "categories"), list(mn, "categories"));
        for (i, c) in self.new.model.categories.iter().enumerate() {
            let Some(p_new) = pn.get(i) else { continue };
            let subject = format!("category {}", c.id.value);
            let Some(j) = self
                .old
                .model
                .categories
                .iter()
                .position(|o| o.id.value == c.id.value)
            else {
                self.push(
                    ChangeKind::CategoryAdded,
                    true,
                    &subject,
                    format!("{subject} added"),
                    c.span,
                    Side::New,
                );
                continue;
            };
            let (Some(p_old), Some(old_c)) = (po.get(j), self.old.model.categories.get(j)) else {
                continue;
            };
            let mut rest = Vec::new();
            for field in changed_fields(p_old, p_new) {
                if field != "consent" {
                    rest.push(field);
                    continue;
                }
                // Every region either version names, plus the default.
                let mut regions: Vec<Region> = old_c
                    .consent
                    .keys()
                    .chain(c.consent.keys())
                    .copied()
                    .collect();
                regions.push(Region::Default);
                regions.sort();
                regions.dedup();
                let mut moved = false;
                for r in regions {
                    let (a, b) = (old_c.consent_in(r), c.consent_in(r));
                    if a == b {
                        continue;
                    }
                    moved = true;
                    let kind = if strictness(b) < strictness(a) {
                        ChangeKind::RegionModeRelaxed
                    } else {
                        ChangeKind::RegionModeTightened
                    };
                    let verb = if kind == ChangeKind::RegionModeRelaxed {
                        "relaxed"
                    } else {
                        "tightened"
                    };
                    let span = c.consent.get(&r).map(|m| m.span).unwrap_or(c.span);
                    self.push(
                        kind,
                        true,
                        &subject,
                        format!(
                            "{subject}: consent {verb} in {} from {} to {}",
                            r.as_str(),
                            a.as_str(),
                            b.as_str()
                        ),
                        span,
                        Side::New,
                    );
                }
                if !moved {
                    // The same effective modes, written for other regions.
                    rest.push("consent regions".to_string());
                }
            }
            if !rest.is_empty() {
                self.push(
                    ChangeKind::CategoryDetailsChanged,
                    true,
                    &subject,
                    format!("{subject}: {} changed", rest.join(", ").replace('_', " ")),
                    c.span,
                    Side::New,
                );
            }
            if old_c.title.by_lang != c.title.by_lang
                || old_c.description.as_ref().map(|t| &t.by_lang)
                    != c.description.as_ref().map(|t| &t.by_lang)
            {
                self.push(
                    ChangeKind::CategoryWordingChanged,
                    false,
                    &subject,
                    format!("{subject}: title or description reworded"),
                    c.span,
                    Side::New,
                );
            }
        }
        for c in &self.old.model.categories {
            if !self
                .new
                .model
                .categories
                .iter()
                .any(|n| n.id.value == c.id.value)
            {
                let subject = format!("category {}", c.id.value);
                self.push(
                    ChangeKind::CategoryRemoved,
                    true,
                    &subject,
                    format!("{subject} removed"),
                    c.span,
                    Side::Old,
                );
            }
        }
    }

    fn providers(&mut self, mo: &Value, mn: &Value) {
        let (po, pn) = (list(mo, "providers"), list(mn, "providers"));
        for (i, p) in self.new.model.providers.iter().enumerate() {
            let Some(p_new) = pn.get(i) else { continue };
            let subject = format!("provider {}", p.id.value);
            let Some(j) = self
                .old
                .model
                .providers
                .iter()
                .position(|o| o.id.value == p.id.value)
            else {
                let (kind, what) = if p.third_party {
                    (ChangeKind::NewThirdParty, "new third party")
                } else {
                    (ChangeKind::ProviderAdded, "new first-party provider")
                };
                self.push(
                    kind,
                    true,
                    &subject,
                    format!("{what}: {} ({})", p.name.value, p.id.value),
                    p.span,
                    Side::New,
                );
                continue;
            };
            let Some(p_old) = po.get(j) else { continue };
            let fields = changed_fields(p_old, p_new);
            if fields.iter().any(|f| f == "third_party") && p.third_party {
                self.push(
                    ChangeKind::NewThirdParty,
                    true,
                    &subject,
                    format!("{subject} is now a third party"),
                    p.span,
                    Side::New,
                );
            } else if !fields.is_empty() {
                self.push(
                    ChangeKind::ProviderDetailsChanged,
                    true,
                    &subject,
                    format!("{subject}: {} changed", fields.join(", ").replace('_', " ")),
                    p.span,
                    Side::New,
                );
            }
        }
        for p in &self.old.model.providers {
            if !self
                .new
                .model
                .providers
                .iter()
                .any(|n| n.id.value == p.id.value)
            {
                let subject = format!("provider {}", p.id.value);
                self.push(
                    ChangeKind::ProviderRemoved,
                    true,
                    &subject,
                    format!("{subject} removed"),
                    p.span,
                    Side::Old,
                );
            }
        }
    }

    fn consent(&mut self, mo: &Value, mn: &Value) {
        let (Some(a), Some(b)) = (mo.get("consent"), mn.get("consent")) else {
            return;
        };
        let fields = changed_fields(a, b);
        if fields.is_empty() {
            return;
        }
        let span = self.new.model.consent.span.unwrap_or_default();
        self.push(
            ChangeKind::ConsentSettingsChanged,
            true,
            "consent",
            format!(
                "consent settings changed: {}",
                fields.join(", ").replace('_', " ")
            ),
            span,
            Side::New,
        );
    }

    fn is_third_party(&self, model: &Model, provider: &str) -> bool {
        model
            .providers
            .iter()
            .any(|p| p.id.value == provider && p.third_party)
    }
}

fn item_subject(it: &cookiec_check::model::Item) -> String {
    match it.display_name() {
        Some(n) => format!("{} \"{n}\"", it.kind.as_str()),
        None => format!("unnamed {}", it.kind.as_str()),
    }
}

/// How much a mode protects the visitor: opt-in asks first, opt-out lets
/// them refuse, notice only informs, required gives no choice.
fn strictness(m: ConsentMode) -> u8 {
    match m {
        ConsentMode::OptIn => 3,
        ConsentMode::OptOut => 2,
        ConsentMode::Notice => 1,
        ConsentMode::Required => 0,
    }
}
