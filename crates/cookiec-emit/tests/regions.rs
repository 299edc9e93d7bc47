//! One consent model per region in every output: examples/us-retailer.cookies
//! (EU opt-in, California opt-out with GPC as an opt-out of sale/sharing,
//! default opt-out, advertising sold and shared) compiles to a policy,
//! runtime config, header rules and banner config that say the same thing
//! per region. The browser suite runs the banner config in Chromium.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_emit::{emit, Options};
use serde_json::Value;
use std::collections::BTreeMap;

fn outputs(src: &str) -> BTreeMap<String, String> {
    let checked = cookiec_check::check_source(src);
    assert!(
        checked.errors().next().is_none(),
        "{:#?}",
        checked.diagnostics
    );
    emit(&checked.valid().unwrap(), &Options::default())
        .unwrap()
        .into_iter()
        .map(|o| (o.name.clone(), String::from_utf8(o.contents).unwrap()))
        .collect()
}

fn retailer() -> BTreeMap<String, String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/us-retailer.cookies"
    );
    outputs(&std::fs::read_to_string(path).unwrap())
}

fn json(outs: &BTreeMap<String, String>, name: &str) -> Value {
    serde_json::from_str(&outs[name]).unwrap()
}

/// Categories granted before a choice in `region` (`signal`: the
/// runtime config's `with_gpc`), per the runtime config.
fn runtime_on(config: &Value, region: &str, state: &str) -> Vec<String> {
    let cats = config["regions"][region].as_object().unwrap();
    cats.iter()
        .filter(|(_, r)| r[state] == "granted")
        .map(|(c, _)| c.clone())
        .collect()
}

/// The same per the header rules (`gpc`: a `Sec-GPC: 1` request).
fn headers_on(rules: &Value, region: &str, gpc: bool) -> Vec<String> {
    let denied: Vec<&str> = if gpc {
        rules["consent"]["gpc"]["denies"][region]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect()
    } else {
        vec![]
    };
    rules["defaults"][region]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(c, s)| *s == "granted" && !denied.contains(&c.as_str()))
        .map(|(c, _)| c.clone())
        .collect()
}

#[test]
fn runtime_config_and_header_rules_agree_per_region() {
    let outs = retailer();
    let (config, rules) = (
        json(&outs, "cookiec.config.json"),
        json(&outs, "cookiec.headers.json"),
    );
    for (region, gpc, want) in [
        ("eu", false, vec!["essential"]),
        ("eu", true, vec!["essential"]),
        (
            "us-ca",
            false,
            vec!["advertising", "analytics", "essential"],
        ),
        ("us-ca", true, vec!["analytics", "essential"]),
        (
            "default",
            false,
            vec!["advertising", "analytics", "essential"],
        ),
        (
            "default",
            true,
            vec!["advertising", "analytics", "essential"],
        ),
    ] {
        let state = if gpc { "with_gpc" } else { "default" };
        assert_eq!(
            runtime_on(&config, region, state),
            want,
            "{region} gpc={gpc}"
        );
        assert_eq!(headers_on(&rules, region, gpc), want, "{region} gpc={gpc}");
    }
    assert_eq!(
        config["consent"]["by_region"]["us-ca"]["gpc"],
        "sale-sharing"
    );
    assert_eq!(
        config["consent"]["by_region"]["eu"]["renew_after_seconds"],
        180 * 86_400
    );
    assert_eq!(config["consent"]["show_opt_out_honoured"], true);
    let advertising = &config["categories"][2];
    assert_eq!(advertising["id"], "advertising");
    assert_eq!(
        advertising["counts_as"],
        serde_json::json!(["sale", "sharing", "targeted-advertising"])
    );
}

#[test]
fn the_policy_words_the_same_rules_per_region() {
    let md = &retailer()["policy.en.md"];
    for fact in [
        "- In the European Union: We honour Global Privacy Control (GPC). When your browser sends the GPC signal, we treat it as a refusal of every category that is not strictly necessary",
        "- In California: We honour Global Privacy Control (GPC) as a request to opt out of the sale and sharing of your personal information and of targeted advertising: when your browser sends the GPC signal, we do not use these cookies: Advertising (sale, sharing, targeted advertising).",
        "- Everywhere else: We do not currently respond to Global Privacy Control (GPC) signals.",
        "## Your US state privacy rights",
        "In California: these cookies are active unless you opt out; a Global Privacy Control signal is treated as a request to opt out.",
        "[Do Not Sell or Share My Personal Information](<https://northwind.example/privacy-choices>)",
        "- In the European Union: after 6 months",
        "- Everywhere else: after 12 months",
        "the cookie banner shows that your opt-out request has been honoured",
    ] {
        assert!(md.contains(fact), "policy lacks {fact:?}:\n{md}");
    }
    // "Everywhere else" comes last in every per-region list.
    let eu = md.find("- In the European Union: after").unwrap();
    let rest = md.find("- Everywhere else: after").unwrap();
    assert!(eu < rest);
}

#[test]
fn the_banner_config_carries_every_region() {
    let js = &retailer()["cookieconsent.config.js"];
    for fact in [
        "\"mode\": cookiecSettings.mode",
        "\"enabled\": cookiecSettings.enabled[\"advertising\"]",
        // France falls back to the EU's rule, Colorado to the default.
        "\"fr\": \"eu\"",
        "\"us-co\": \"default\"",
        "data-cookiec-region",
        "Opt-Out Request Honored",
    ] {
        assert!(js.contains(fact), "banner config lacks {fact:?}");
    }
}

/// A policy that says nothing about regions or signals keeps a static
/// banner config (no page-side region logic).
#[test]
fn without_regions_the_banner_config_stays_static() {
    let src = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\n\
               consent {\n  banner yes\n}\n\n\
               category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
               category stats {\n  title \"Statistics\"\n  consent opt-in\n}\n\n\
               cookie \"sid\" {\n  category essential\n  purpose \"Sign-in.\"\n  lifetime session\n}\n\n\
               cookie \"_pk_id\" {\n  category stats\n  purpose \"Statistics.\"\n  lifetime 13 months\n}\n";
    let js = &outputs(src)["cookieconsent.config.js"];
    assert!(!js.contains("cookiecSettings"), "{js}");
    assert!(js.contains("\"mode\": \"opt-in\""));
}

/// `honour` everywhere with an opt-out category: the banner must switch it
/// off when GPC is sent, as the header rules do.
#[test]
fn an_honoured_signal_makes_the_banner_look_at_it() {
    let src = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\n\
               consent {\n  banner yes\n  gpc honour\n}\n\n\
               category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
               category stats {\n  title \"Statistics\"\n  consent opt-out\n}\n\n\
               cookie \"sid\" {\n  category essential\n  purpose \"Sign-in.\"\n  lifetime session\n}\n\n\
               cookie \"_pk_id\" {\n  category stats\n  purpose \"Statistics.\"\n  lifetime 13 months\n}\n";
    let outs = outputs(src);
    let js = &outs["cookieconsent.config.js"];
    assert!(js.contains("cookiecSettings"), "{js}");
    assert!(
        js.contains("\"gpc\": [\n        \"stats\"\n      ]"),
        "{js}"
    );
    let rules = json(&outs, "cookiec.headers.json");
    assert_eq!(
        rules["consent"]["gpc"]["denies"]["default"],
        serde_json::json!(["stats"])
    );
}
