//! Google Consent Mode v2: a platform rule (Google's EU user consent
//! policy), not law. They run when the file targets the EEA, the UK or
//! Switzerland.

pub mod granted_without_consent;
pub mod incomplete_v2_mapping;
pub mod unmapped_google_provider;

use crate::model::{Category, GoogleConsentType, Provider, Region};

/// Where Google enforces its EU user consent policy (EEA, UK, Switzerland).
pub const EEA_UK_CH: &[Region] = &[
    Region::Eu,
    Region::Eea,
    Region::Uk,
    Region::Ch,
    Region::Fr,
    Region::De,
    Region::It,
    Region::Es,
    Region::Nl,
];

/// Whether a provider is one of Google's services (by name, id or link).
pub fn is_google(p: &Provider) -> bool {
    let has = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("google") || s.contains("doubleclick")
    };
    has(&p.id.value)
        || has(&p.name.value)
        || p.privacy.as_ref().is_some_and(|u| has(&u.value))
        || p.website.as_ref().is_some_and(|u| has(&u.value))
}

/// The `google-consent` list a fix writes: the category's mapping with the
/// `missing` types appended (each once), as `[a, b]`.
pub fn mapping_with(cat: &Category, missing: &[GoogleConsentType]) -> String {
    let mut all: Vec<GoogleConsentType> = cat.google_consent.iter().map(|g| g.value).collect();
    for t in missing {
        if !all.contains(t) {
            all.push(*t);
        }
    }
    let names: Vec<&str> = all.iter().map(|g| g.as_str()).collect();
    format!("[{}]", names.join(", "))
}
