//! One consent model per region in every output: examples/us-retailer.cookies
//! (EU opt-in, California opt-out with GPC as an opt-out of sale/sharing,
//! default opt-out, advertising sold and shared) compiles to a policy,
//! runtime config, header rules and banner config that say the same thing
//! per region, and each banner config (vanilla-cookieconsent, c15t, Klaro)
//! picks the visitor's region's settings from the same table. The browser
//! suite runs the banner configs in Chromium.
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
    let outs = outputs(src);
    let js = &outs["cookieconsent.config.js"];
    assert!(!js.contains("cookiecSettings"), "{js}");
    assert!(js.contains("\"mode\": \"opt-in\""));
    let c15t = &outs["c15t.config.js"];
    assert!(!c15t.contains("cookiecSettings"), "{c15t}");
    assert!(c15t.contains("\"model\": \"opt-in\""), "{c15t}");
    assert!(c15t.contains("    return onConsentSet;\n"), "{c15t}");
    let klaro = &outs["klaro.config.js"];
    assert!(!klaro.contains("cookiecSettings"), "{klaro}");
    assert!(klaro.contains("\"optOut\": false"), "{klaro}");
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
    // c15t and Klaro too: the same table, from the same code.
    for banner in ["c15t.config.js", "klaro.config.js"] {
        let table = settings_table(&outs[banner], "regions");
        assert_eq!(
            table["default"]["gpc"],
            serde_json::json!(["stats"]),
            "{banner}"
        );
    }
    let rules = json(&outs, "cookiec.headers.json");
    assert_eq!(
        rules["consent"]["gpc"]["denies"]["default"],
        serde_json::json!(["stats"])
    );
}

const BANNERS: [&str; 3] = [
    "cookieconsent.config.js",
    "c15t.config.js",
    "klaro.config.js",
];

/// A constant of a banner config's `cookiecSettings` (`regions`: region →
/// settings; `regionOf`: region code → the declared region that applies),
/// rendered as JSON-compatible JavaScript.
fn settings_table(js: &str, name: &str) -> Value {
    let key = format!("const {name} = ");
    let Some(at) = js.find(&key) else {
        panic!("no {name} in:\n{js}")
    };
    serde_json::Deserializer::from_str(&js[at + key.len()..])
        .into_iter::<Value>()
        .next()
        .unwrap()
        .unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Each region's settings in every banner config, checked against the
/// runtime config: what starts enabled (`regions.*.default`), what GPC and
/// DNT switch off (`with_gpc`, `with_dnt`), how long a choice is kept
/// (`consent.by_region`); the unknown region gets what every region
/// grants; every region code falls back as `Region::chain` says.
fn assert_banners_follow_the_runtime_config(outs: &BTreeMap<String, String>) {
    use cookiec_check::model::Region;
    let config = json(outs, "cookiec.config.json");
    let consent = &config["consent"];
    let runtime = config["regions"].as_object().unwrap();
    let days = |s: &Value| (s.as_u64().unwrap() / 86_400).max(1);
    let record_days = days(&consent["record"]["max_age_seconds"]);
    for banner in BANNERS {
        let table = settings_table(&outs[banner], "regions");
        let mut keys: Vec<&String> = table.as_object().unwrap().keys().collect();
        keys.sort();
        let mut want: Vec<&String> = runtime.keys().collect();
        let unknown = "unknown".to_string();
        want.push(&unknown);
        want.sort();
        assert_eq!(keys, want, "{banner}: regions");
        for (region, cats) in runtime {
            let s = &table[region];
            for (cat, st) in cats.as_object().unwrap() {
                let on = st["default"] == "granted";
                assert_eq!(s["enabled"][cat], on, "{banner} {region} {cat}");
                for (signal, state) in [("gpc", "with_gpc"), ("dnt", "with_dnt")] {
                    let off = on && st[state] == "denied";
                    assert_eq!(
                        ids(&s[signal]).contains(cat),
                        off,
                        "{banner} {region} {cat} {signal}"
                    );
                }
            }
            // The region's value, else the policy's, else the record's
            // lifetime (after accepting) or the accepted one (refusing).
            let per = |field: &str, otherwise: u64| {
                [&consent["by_region"][region][field], &consent[field]]
                    .into_iter()
                    .find(|v| !v.is_null())
                    .map_or(otherwise, days)
                    .min(record_days)
            };
            let keep = per("renew_after_seconds", record_days);
            assert_eq!(s["keepDays"], keep, "{banner} {region}");
            let refused = per("reprompt_after_refusal_seconds", keep);
            assert_eq!(s["keepDaysAfterRefusal"], refused, "{banner} {region}");
        }
        let everywhere = |cat: &str| {
            runtime
                .values()
                .all(|cats| cats[cat]["default"] == "granted")
        };
        for (cat, on) in table["unknown"]["enabled"].as_object().unwrap() {
            assert_eq!(on, &Value::Bool(everywhere(cat)), "{banner} unknown {cat}");
        }
        let region_of = settings_table(&outs[banner], "regionOf");
        for code in Region::ALL {
            let applies = code
                .chain()
                .into_iter()
                .map(|r| r.as_str())
                .find(|r| runtime.contains_key(*r))
                .unwrap_or("default");
            assert_eq!(region_of[code.as_str()], applies, "{banner} {code:?}");
        }
    }
}

#[test]
fn every_banner_config_carries_the_runtime_configs_settings_per_region() {
    let outs = retailer();
    assert_banners_follow_the_runtime_config(&outs);
    // Spot checks of what that means for the retailer.
    let table = settings_table(&outs["klaro.config.js"], "regions");
    assert_eq!(table["eu"]["enabled"]["advertising"], false);
    assert_eq!(table["us-ca"]["enabled"]["advertising"], true);
    assert_eq!(table["us-ca"]["gpc"], serde_json::json!(["advertising"]));
    assert_eq!(table["unknown"]["enabled"]["analytics"], false);
    assert_eq!(table["eu"]["keepDays"], 180);
    let region_of = settings_table(&outs["c15t.config.js"], "regionOf");
    assert_eq!(region_of["fr"], "eu");
    assert_eq!(region_of["us-co"], "default");
}

#[test]
fn the_library_test_policy_too() {
    // GPC honoured everywhere, analytics opt-in in the EU and the UK only.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/browser/libraries.cookies"
    );
    let outs = outputs(&std::fs::read_to_string(path).unwrap());
    assert_banners_follow_the_runtime_config(&outs);
    // Unknown visitor: analytics is opt-in somewhere, preferences nowhere;
    // GPC (honoured everywhere) switches preferences off.
    let table = settings_table(&outs["c15t.config.js"], "regions");
    assert_eq!(table["unknown"]["enabled"]["analytics"], false);
    assert_eq!(table["unknown"]["enabled"]["preferences"], true);
    assert_eq!(table["unknown"]["gpc"], serde_json::json!(["preferences"]));
}

#[test]
fn the_c15t_and_klaro_configs_read_the_visitors_region() {
    let outs = retailer();
    let c15t = &outs["c15t.config.js"];
    for fact in [
        "data-cookiec-region",
        "const cookiecTypesOn = ",
        "\"model\": cookiecTypesOn.length > 0 ? \"opt-out\" : \"opt-in\"",
        "\"preselectedCategories\": cookiecTypesOn",
        "\"expiryDays\": cookiecSettings.keepDays",
        // cookiecSettings has applied each region's GPC rule.
        "\"gpc\": false",
        "onConsentSet(inRegion(payload))",
        "cookiecSettings.honoured ?",
    ] {
        assert!(c15t.contains(fact), "c15t config lacks {fact:?}:\n{c15t}");
    }
    let klaro = &outs["klaro.config.js"];
    for fact in [
        "data-cookiec-region",
        "\"default\": cookiecSettings.enabled[\"advertising\"]",
        "\"optOut\": cookiecSettings.enabled[\"advertising\"]",
        "\"cookieExpiresAfterDays\": cookiecSettings.keepDays",
        "Opt-Out Request Honored",
    ] {
        assert!(
            klaro.contains(fact),
            "Klaro config lacks {fact:?}:\n{klaro}"
        );
    }
    // The required category stays on and cannot be switched off anywhere.
    let essential = klaro.split("\"name\": \"essential\"").nth(1).unwrap();
    let essential = essential.split("\"cookies\"").next().unwrap();
    assert!(essential.contains("\"required\": true"), "{essential}");
    assert!(essential.contains("\"default\": true"), "{essential}");
}
