//! `tests/fixtures/valid/seed-gaps.cookies`: the forms added for seed facts
//! that had no typed field, checked through every output that words them.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::{LifetimeKind, Model};
use cookiec_emit::{emit, Options};
use std::path::PathBuf;

fn model() -> Model {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/valid/seed-gaps.cookies");
    let src = std::fs::read_to_string(path).unwrap();
    let checked = cookiec_check::check_source(&src);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The named output as text.
fn output(name: &str) -> String {
    let outs = emit(&model(), &Options::default()).unwrap();
    let o = outs
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(o.contents.clone()).unwrap()
}

fn json(name: &str) -> serde_json::Value {
    serde_json::from_str(&output(name)).unwrap()
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
