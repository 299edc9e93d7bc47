//! The typed model built from `tests/fixtures/valid/every-field.cookies`:
//! the contract emitters read (values, defaults, spans).
#![allow(clippy::unwrap_used)]

mod common;

use cookiec_check::check_source;
use cookiec_check::model::*;

fn model() -> (String, Model) {
    let src =
        std::fs::read_to_string(common::root().join("tests/fixtures/valid/every-field.cookies"))
            .unwrap();
    let checked = check_source(&src);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    (src, checked.model)
}

#[test]
fn policy_fields_are_typed() {
    let (src, m) = model();
    let p = &m.policy;
    assert_eq!(p.service.value, "Fluxent");
    assert_eq!(p.service.span.slice(&src), "\"Fluxent\"");
    assert_eq!(p.email.as_ref().unwrap().value, "privacy@fluxent.example");
    assert_eq!(
        p.updated.as_ref().unwrap().value,
        Date {
            year: 2026,
            month: 3,
            day: None
        }
    );
    assert_eq!(
        p.effective.as_ref().unwrap().value,
        Date {
            year: 2026,
            month: 4,
            day: Some(1)
        }
    );
    let langs: Vec<&str> = p.languages.iter().map(|l| l.value.as_str()).collect();
    assert_eq!(langs, ["en", "de", "pt-BR"]);
    assert_eq!(p.default_lang(), "en");
    // Multi-line strings lose their common indentation.
    let summary = p.summary.as_ref().unwrap();
    assert_eq!(
        summary.get("en", "en").trim(),
        "This policy explains which cookies we use."
    );
    assert_eq!(
        summary.get("pt-BR", "en"),
        "Esta política explica quais cookies usamos."
    );
    assert_eq!(
        p.commitments.iter().map(|c| c.value).collect::<Vec<_>>(),
        [Commitment::NoSale, Commitment::NoCrossSiteTracking]
    );
    assert_eq!(p.browser_help.len(), 2);
    assert_eq!(p.learn_more[0].value, "https://www.aboutcookies.org");
}

#[test]
fn categories_keep_consent_per_region_and_defaults() {
    let (_, m) = model();
    let ids: Vec<&str> = m.categories.iter().map(|c| c.id.value.as_str()).collect();
    assert_eq!(ids, ["essential", "analytics", "marketing"]);
    let essential = &m.categories[0];
    assert!(essential.is_required());
    assert_eq!(essential.status, Status::InUse);
    let analytics = &m.categories[1];
    assert_eq!(analytics.consent_in(Region::UsCa), ConsentMode::OptOut);
    assert_eq!(
        analytics.consent_in(Region::Eu),
        ConsentMode::OptIn,
        "falls back to default"
    );
    assert_eq!(analytics.status, Status::MayUse);
    assert_eq!(
        analytics
            .tcf_purposes
            .iter()
            .map(|t| t.value)
            .collect::<Vec<_>>(),
        [1, 8, 9]
    );
    assert_eq!(
        analytics.google_consent[0].value,
        GoogleConsentType::AnalyticsStorage,
        "single value without brackets"
    );
    assert_eq!(
        analytics.purposes.as_ref().unwrap().get("de", "en"),
        ["Statistik", "Leistung"]
    );
    assert_eq!(m.categories[2].status, Status::NotUsed);
}

#[test]
fn providers_include_the_built_in_first_party_first() {
    let (_, m) = model();
    let first = &m.providers[0];
    assert_eq!(first.id.value, FIRST_PARTY);
    assert!(!first.third_party);
    assert_eq!(first.name.value, "Fluxent");
    let google = m.providers.iter().find(|p| p.id.value == "google").unwrap();
    assert!(google.third_party);
    assert_eq!(google.roles[0].value, ProviderRole::Analytics);
    let class = m
        .providers
        .iter()
        .find(|p| p.id.value == "payment-processors")
        .unwrap();
    assert!(class.class);
    assert_eq!(class.sets_own_cookies, Some(None));
    assert_eq!(class.status, Status::MayUse);
    assert_eq!(google.status, Status::InUse, "default status");
}

#[test]
fn items_have_names_lifetimes_and_attributes() {
    let (src, m) = model();
    let sid = &m.items[0];
    assert_eq!(sid.kind, ItemKind::Cookie);
    assert_eq!(sid.name, NamePattern::Exact("sid".into()));
    assert_eq!(sid.name_span.slice(&src), "\"sid\"");
    assert_eq!(sid.provider.value, FIRST_PARTY, "default provider");
    let life = sid.lifetime.as_ref().unwrap();
    assert!(life.sliding && life.configurable);
    assert_eq!(life.span.slice(&src), "sliding configurable 1 week");
    match &life.kind {
        LifetimeKind::Fixed { duration } => {
            assert_eq!(duration.seconds, 7 * 86_400);
            assert_eq!(duration.parts, [(1, TimeUnit::Week)]);
        }
        other => unreachable_kind(other),
    }
    assert!(sid.sent_to_server, "cookies default to sent");
    assert_eq!(
        sid.http_only.as_ref().map(|b| b.value),
        Some(true),
        "bare flag means yes"
    );
    assert_eq!(sid.same_site.as_ref().map(|s| s.value), Some(SameSite::Lax));
    assert_eq!(sid.partitioned.as_ref().map(|b| b.value), Some(false));

    let ga = &m.items[1];
    assert_eq!(ga.name, NamePattern::Prefix("_ga_".into()));
    assert_eq!(ga.display_name().as_deref(), Some("_ga_*"));
    match &ga.lifetime.as_ref().unwrap().kind {
        LifetimeKind::Fixed { duration } => {
            assert_eq!(duration.seconds, 365 * 86_400 + 30 * 86_400)
        }
        other => unreachable_kind(other),
    }
    assert_eq!(
        m.items[2].name,
        NamePattern::Regex(cookiec_check::model::NameRegex::new("^_gid_[0-9]+$").expect("valid"))
    );

    let storage = m
        .items
        .iter()
        .find(|i| i.kind == ItemKind::LocalStorage)
        .unwrap();
    assert_eq!(storage.name, NamePattern::Unnamed);
    assert!(!storage.sent_to_server);
    assert_eq!(
        storage.lifetime.as_ref().unwrap().kind,
        LifetimeKind::UntilCleared
    );
    let session = m
        .items
        .iter()
        .find(|i| i.kind == ItemKind::ServerSession)
        .unwrap();
    assert_eq!(session.keyed_by.as_ref().unwrap().value, "sid");
    let drafts = m
        .items
        .iter()
        .find(|i| i.kind == ItemKind::IndexedDb)
        .unwrap();
    assert_eq!(drafts.allows.len(), 1);
    assert_eq!(drafts.allows[0].code.value, "EU004");
    assert!(drafts.allows[0].scope.contains_span(drafts.name_span));
}

#[test]
fn consent_sections_and_lint() {
    let (_, m) = model();
    let c = &m.consent;
    assert_eq!(
        c.regions.iter().map(|r| r.value).collect::<Vec<_>>(),
        [Region::Eu, Region::Uk, Region::UsCa]
    );
    assert_eq!(c.gpc_in(Region::Default), Some(SignalResponse::Honour));
    assert!(c.acknowledge_required.as_ref().unwrap().value);
    assert_eq!(c.record_lifetime.as_ref().unwrap().seconds, 6 * 30 * 86_400);
    assert!(c.span.is_some());
    assert_eq!(
        m.sections[0].after.as_ref().unwrap().value,
        GeneratedSection::Manage
    );
    assert_eq!(m.lint.jurisdictions[0].value, Region::Eu);
    assert_eq!(m.lint.allow[0].value, "W201");
    assert!(m.lint.deny.is_empty());
    assert_eq!(m.lint.suppressions.len(), 1);
}

fn unreachable_kind(kind: &LifetimeKind) {
    assert!(
        matches!(kind, LifetimeKind::Fixed { .. }),
        "expected a fixed lifetime, got {kind:?}"
    );
}

/// A file around a `consent` block and one category.
fn with_consent(consent: &str, category: &str) -> cookiec_check::Checked {
    check_source(&format!(
        "policy \"Shop\" {{\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}}\n\n\
         consent {{\n  banner yes\n{consent}}}\n\n\
         category essential {{\n  title \"Essential\"\n  consent required\n}}\n\n\
         category ads {{\n  title \"Ads\"\n{category}}}\n\n\
         cookie \"sid\" {{\n  category essential\n  purpose \"Sign-in.\"\n  lifetime session\n}}\n\n\
         cookie \"_fbp\" {{\n  category ads\n  purpose \"Ads.\"\n  lifetime 3 months\n}}\n"
    ))
}

#[test]
fn signals_and_renewal_are_per_region_with_parents() {
    let checked = with_consent(
        "  gpc { default ignore  eu honour  us-ca sale-sharing }\n  renew-after { default 12 months  eu 6 months }\n  reprompt-after-refusal 6 months\n",
        "  consent { default opt-out  eu opt-in }\n  counts-as [sale, sharing]\n",
    );
    let errors: Vec<_> = checked.errors().map(|d| d.code).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let m = &checked.model;
    let c = &m.consent;
    assert_eq!(c.gpc_in(Region::UsCa), Some(SignalResponse::SaleSharing));
    // France and Germany fall back to the EU's line, Colorado to default.
    assert_eq!(c.gpc_in(Region::Fr), Some(SignalResponse::Honour));
    assert_eq!(c.gpc_in(Region::UsCo), Some(SignalResponse::Ignore));
    assert_eq!(
        c.renew_after_in(Region::De).unwrap().seconds,
        6 * 30 * 86_400
    );
    assert_eq!(
        c.renew_after_in(Region::Jp).unwrap().seconds,
        12 * 30 * 86_400
    );
    assert!(c.reprompt_after_refusal.as_ref().unwrap().is_uniform());
    let ads = &m.categories[1];
    assert_eq!(ads.consent_in(Region::It), ConsentMode::OptIn);
    assert_eq!(ads.consent_in(Region::UsCa), ConsentMode::OptOut);
    assert_eq!(
        m.counts_as("ads"),
        [UsPrivacyUse::Sale, UsPrivacyUse::Sharing]
    );
}

#[test]
fn a_per_region_block_reports_unknown_and_repeated_regions() {
    let checked = with_consent(
        "  gpc { default ignore  eu honour  eu ignore  mars honour }\n",
        "  consent opt-out\n",
    );
    let msgs: Vec<String> = checked
        .errors()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect();
    assert!(
        msgs.iter().any(|m| m == "E204 region `eu` is given twice"),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|m| m == "E206 unknown region `mars`"),
        "{msgs:?}"
    );
    // A value for every region and a block at once.
    let checked = with_consent(
        "  renew-after 6 months { eu 3 months }\n",
        "  consent opt-out\n",
    );
    assert!(
        checked.errors().any(|d| d.code == "E221"),
        "{:#?}",
        checked.diagnostics
    );
}

/// A text's translations: a repeated language is reported once, pointing at
/// the first; a misspelt declared language is taken for it (did-you-mean)
/// and not also reported missing; the translations kept are the first of
/// each language.
#[test]
fn translations_report_repeats_and_take_a_misspelt_language_for_the_declared_one() {
    let src = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n  languages [en, de]\n}\n\
category essential {\n  title {\n    en \"Essential\"\n    en \"Again\"\n    dee \"Notwendig\"\n  }\n  consent required\n}\n";
    let checked = cookiec_check::check_source(src);
    let msgs: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m == "E204 translation `en` given twice"),
        "{msgs:?}"
    );
    let repeat = checked
        .diagnostics
        .iter()
        .find(|d| d.message == "translation `en` given twice")
        .unwrap();
    assert_eq!(repeat.secondary[0].span.slice(src), "en");
    assert!(repeat.secondary[0].span.start < repeat.primary.span.start);
    assert!(
        msgs.iter().any(|m| m.contains("dee")),
        "the misspelt key is reported: {msgs:?}"
    );
    assert!(
        !msgs
            .iter()
            .any(|m| m.contains("missing") && m.contains("`de`")),
        "`de` is not also reported missing: {msgs:?}"
    );
    let title = &checked.model.categories[0].title;
    assert_eq!(
        title.by_lang.get("en").map(String::as_str),
        Some("Essential")
    );
    assert_eq!(
        title.by_lang.get("de").map(String::as_str),
        Some("Notwendig")
    );
}
