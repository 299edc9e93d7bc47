//! `tests/fixtures/valid/seed-gaps.cookies`: the forms added for seed facts
//! that had no typed field, checked through every output that words them.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::{LifetimeKind, Model, Status};
use cookiec_emit::{emit, Options};
use std::path::PathBuf;

fn fixture() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/valid/seed-gaps.cookies");
    std::fs::read_to_string(path).unwrap()
}

fn model() -> Model {
    model_of(&fixture())
}

fn model_of(src: &str) -> Model {
    let checked = cookiec_check::check_source(src);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The named output of the fixture as text.
fn output(name: &str) -> String {
    output_of(&fixture(), name)
}

fn output_of(src: &str, name: &str) -> String {
    let checked = cookiec_check::check_source(src);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let outs = emit(&checked.valid().unwrap(), &Options::default()).unwrap();
    let o = outs
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(o.contents.clone()).unwrap()
}

fn json(name: &str) -> serde_json::Value {
    serde_json::from_str(&output(name)).unwrap()
}

/// `src` with `line` removed (which must be there: no vacuous test).
fn without(src: &str, line: &str) -> String {
    assert!(src.contains(line), "fixture lost {line:?}");
    src.replace(line, "")
}

fn policy_md(src: &str) -> String {
    output_of(src, "policy.en.md")
}

fn revision(src: &str) -> String {
    let config: serde_json::Value =
        serde_json::from_str(&output_of(src, "cookiec.config.json")).unwrap();
    config["revision"].as_str().unwrap().to_string()
}

#[test]
fn until_sign_out_lowers_to_its_own_kind() {
    let m = model();
    let auth = m
        .items
        .iter()
        .find(|i| i.display_name().as_deref() == Some("auth"))
        .unwrap();
    assert_eq!(
        auth.lifetime.as_ref().unwrap().kind,
        LifetimeKind::UntilSignOut
    );
}

#[test]
fn until_sign_out_is_worded_in_every_language() {
    for f in ["policy.en.md", "policy.en.html", "policy.en.txt"] {
        assert!(
            output(f).contains("Until you sign out or your session expires"),
            "{f}"
        );
    }
    for f in ["policy.de.md", "policy.de.html", "policy.de.txt"] {
        assert!(
            output(f).contains("Bis Sie sich abmelden oder Ihre Sitzung abläuft"),
            "{f}"
        );
    }
    assert!(
        output("cookieconsent.config.js").contains("Until you sign out or your session expires")
    );
}

#[test]
fn until_sign_out_in_runtime_config_and_header_rules() {
    let config = json("cookiec.config.json");
    let item = config["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"]["value"] == "auth")
        .unwrap();
    assert_eq!(item["lifetime"]["kind"], "until-sign-out");
    assert!(item["lifetime"].get("seconds").is_none());

    // The server ends the cookie: neither capped nor turned into a
    // browser-session cookie.
    let headers = json("cookiec.headers.json");
    let rule = headers["cookies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"]["value"] == "auth")
        .unwrap();
    assert_eq!(rule["attributes"]["max_age_cap"], serde_json::Value::Null);
    assert_eq!(rule["attributes"]["session"], false);
}

#[test]
fn may_use_provider_is_worded_as_may() {
    let m = model();
    let status = |id: &str| {
        m.providers
            .iter()
            .find(|p| p.id.value == id)
            .unwrap()
            .status
    };
    assert_eq!(status("fonts"), Status::MayUse);
    assert_eq!(status("stripe"), Status::InUse);

    let md = output("policy.en.md");
    assert!(md.contains("the site may load resources from them"), "{md}");
    assert!(md.contains("| Web font providers (any provider of this kind) (may be used) | Web fonts | Possibly |"), "{md}");
    // An in-use provider is not marked.
    assert!(md.contains("| Stripe | Payments |"), "{md}");
    let de = output("policy.de.md");
    assert!(
        de.contains("(kann verwendet werden) | Webschriften | Möglicherweise |"),
        "{de}"
    );

    let config = json("cookiec.config.json");
    let providers = config["providers"].as_array().unwrap();
    let status_of = |id: &str| providers.iter().find(|p| p["id"] == id).unwrap()["status"].clone();
    assert_eq!(status_of("fonts"), "may-use");
    assert_eq!(status_of("stripe"), "in-use");
}

#[test]
fn no_may_sentence_without_a_may_use_provider() {
    let src = without(&fixture(), "  status           may-use\n");
    let md = policy_md(&src);
    assert!(!md.contains("may be used"), "{md}");
    assert!(!md.contains("Possibly"), "{md}");
}

#[test]
fn provider_status_moves_the_revision_only_when_may_use() {
    let src = fixture();
    let stated = revision(&src);
    // `status in-use` is the default: writing it, or not, is the same
    // material content (and files from before the field keep their revision).
    assert_eq!(revision(&without(&src, "  status  in-use\n")), stated);
    assert_ne!(
        revision(&without(&src, "  status           may-use\n")),
        stated
    );
}

#[test]
fn providers_cannot_be_not_used() {
    let src = without(&fixture(), "  status           may-use\n").replace(
        "  class            yes\n",
        "  class            yes\n  status not-used\n",
    );
    let checked = cookiec_check::check_source(&src);
    assert!(
        checked.diagnostics.iter().any(|d| d.code == "E206"),
        "{:#?}",
        checked.diagnostics
    );
}

const ACK_ONLY: &str =
    "We use only strictly necessary cookies; when you first visit, a cookie banner asks you to accept them.";
const ACK_CHOOSE: &str = "a cookie banner asks you to accept the strictly necessary cookies and lets you accept or decline those that are not strictly necessary.";
const DECLINE: &str = "lets you accept or decline cookies that are not strictly necessary";

/// The fixture with an analytics category the visitor may decline.
fn with_optional_category() -> String {
    let src = fixture();
    assert!(src.contains("\ncookie \"auth\""));
    src.replace(
        "\ncookie \"auth\"",
        "\ncategory analytics {\n  title { en \"Analytics\"  de \"Statistik\" }\n  consent opt-in\n  purposes { en [\"statistics\"]  de [\"Statistik\"] }\n}\n\ncookie \"auth\"",
    )
}

#[test]
fn acknowledge_required_with_only_necessary_cookies_asks_to_accept_them() {
    let m = model();
    assert!(m.consent.acknowledge_required.as_ref().unwrap().value);
    let md = output("policy.en.md");
    assert!(md.contains(ACK_ONLY), "{md}");
    assert!(!md.contains(DECLINE), "{md}");
    let de = output("policy.de.md");
    assert!(
        de.contains("bittet Sie ein Cookie-Banner, ihnen zuzustimmen."),
        "{de}"
    );

    // The banner is implied and has a single "Accept" button.
    let config = json("cookiec.config.json");
    assert_eq!(config["consent"]["banner"], true);
    assert_eq!(config["consent"]["acknowledge_required"], true);
    let js = output("cookieconsent.config.js");
    assert!(!js.contains("acceptNecessaryBtn"), "{js}");
    assert!(js.contains("\"acceptAllBtn\": \"Accept\""), "{js}");
    assert!(js.contains("Please accept their use."), "{js}");
}

#[test]
fn acknowledge_required_with_optional_cookies_still_offers_the_choice() {
    let src = with_optional_category();
    let md = policy_md(&src);
    assert!(md.contains(ACK_CHOOSE), "{md}");
    assert!(!md.contains(ACK_ONLY), "{md}");
    let js = output_of(&src, "cookieconsent.config.js");
    assert!(js.contains("acceptNecessaryBtn"), "{js}");
}

#[test]
fn without_acknowledge_required_the_banner_sentence_is_unchanged() {
    let src = without(&with_optional_category(), "  acknowledge-required yes\n")
        .replace("consent {\n", "consent {\n  banner yes\n");
    let md = policy_md(&src);
    assert!(md.contains(DECLINE), "{md}");
    assert!(!md.contains("asks you to accept"), "{md}");
    let config: serde_json::Value =
        serde_json::from_str(&output_of(&src, "cookiec.config.json")).unwrap();
    assert_eq!(config["consent"]["acknowledge_required"], false);
}

#[test]
fn banner_no_wins_over_acknowledge_required() {
    let src = fixture().replace(
        "  acknowledge-required yes\n",
        "  banner               no\n  acknowledge-required yes\n",
    );
    assert_ne!(src, fixture());
    let md = policy_md(&src);
    assert!(!md.contains("banner"), "{md}");
    let config: serde_json::Value =
        serde_json::from_str(&output_of(&src, "cookiec.config.json")).unwrap();
    assert_eq!(config["consent"]["banner"], false);
    assert_eq!(config["consent"]["acknowledge_required"], false);
}

/// Lint codes of the EU009 fixture (opt-in category, no banner declared)
/// with `extra` added to its `consent` block.
fn eu009_codes_with(extra: &str) -> Vec<&'static str> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/rules/EU009/fires.cookies");
    let src = std::fs::read_to_string(path).unwrap();
    assert!(src.contains("  regions [eu]\n"));
    let src = src.replace("  regions [eu]\n", &format!("  regions [eu]\n{extra}"));
    let checked = cookiec_check::check_source(&src);
    checked.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn rules_read_acknowledge_required_as_a_banner() {
    // The fixture as is: no banner.
    assert!(eu009_codes_with("").contains(&"EU009"));
    // The implied banner satisfies EU009, and must then offer "reject all"
    // for the opt-in category (EU007).
    let codes = eu009_codes_with("  acknowledge-required yes\n");
    assert!(!codes.contains(&"EU009"), "{codes:?}");
    assert!(codes.contains(&"EU007"), "{codes:?}");
    // `banner no` wins: still no banner, and nothing would ever ask for
    // the opt-in consent, which the outputs cannot honour (E223).
    let codes = eu009_codes_with("  banner no\n  acknowledge-required yes\n");
    assert!(codes.contains(&"E223"), "{codes:?}");
    assert!(!codes.contains(&"EU007"), "{codes:?}");
}
