//! The c15t, Klaro and Consent Mode outputs: which category maps where,
//! the strictest mode across regions, and agreement with the runtime
//! config. (Their behaviour in the real libraries is tested in headless
//! Chromium by tests/browser.)
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::{ConsentMode, Model};
use cookiec_emit::{banner, c15t, emit, gcm, Options};
use std::path::PathBuf;

fn libraries() -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser/libraries.cookies");
    std::fs::read_to_string(path).unwrap()
}

fn model_of(src: &str) -> cookiec_check::ValidModel {
    let checked = cookiec_check::check_source(src);
    let errors: Vec<_> = checked.errors().map(|d| d.message.clone()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    checked.valid().unwrap()
}

fn output(src: &str, name: &str) -> Option<String> {
    emit(&model_of(src), &Options::default())
        .unwrap()
        .into_iter()
        .find(|o| o.name == name)
        .map(|o| String::from_utf8(o.contents).unwrap())
}

fn category<'a>(m: &'a Model, id: &str) -> &'a cookiec_check::model::Category {
    m.categories.iter().find(|c| c.id.value == id).unwrap()
}

#[test]
fn a_banner_that_cannot_tell_the_region_applies_the_strictest_mode() {
    let m = model_of(&libraries());
    // analytics: opt-out by default, opt-in in the EU and the UK.
    assert_eq!(
        banner::strictest(category(&m, "analytics")),
        ConsentMode::OptIn
    );
    assert!(!banner::on_by_default(category(&m, "analytics")));
    assert!(banner::on_by_default(category(&m, "preferences")));
    assert!(banner::required(category(&m, "essential")));
    // Klaro now reads the visitor's region (tests/regions.rs checks that an
    // unknown one gets this strictest mode); what stays static is that only
    // a category required everywhere cannot be switched off.
    let klaro = output(&libraries(), "klaro.config.js").unwrap();
    let analytics = klaro.split("\"name\": \"analytics\"").nth(1).unwrap();
    let analytics = analytics.split("\"cookies\"").next().unwrap();
    assert!(analytics.contains("\"required\": false"), "{analytics}");
    assert!(
        analytics.contains("\"default\": cookiecSettings.enabled[\"analytics\"]"),
        "{analytics}"
    );
    assert!(
        analytics.contains("\"optOut\": cookiecSettings.enabled[\"analytics\"]"),
        "{analytics}"
    );
}

#[test]
fn categories_map_onto_c15t_types_by_requirement_consent_mode_then_id() {
    let m = model_of(&libraries());
    let ty = |id: &str| c15t::c15t_type(category(&m, id));
    assert_eq!(ty("essential"), "necessary");
    assert_eq!(ty("analytics"), "measurement");
    assert_eq!(ty("preferences"), "experience");
    assert_eq!(ty("marketing"), "marketing");
    // Without a Consent Mode mapping the id decides, and an unknown id
    // falls into the type visitors refuse most.
    let src = libraries()
        .replace("  google-consent [analytics_storage]\n", "")
        .replace("category marketing", "category shiny")
        .replace("category marketing", "category shiny")
        .replace("  category marketing\n", "  category shiny\n");
    let m = model_of(&src);
    assert_eq!(c15t::c15t_type(category(&m, "analytics")), "measurement");
    assert_eq!(c15t::c15t_type(category(&m, "shiny")), "marketing");
}

#[test]
fn consent_mode_defaults_agree_with_the_runtime_config() {
    let src = libraries();
    let m = model_of(&src);
    let config: serde_json::Value =
        serde_json::from_str(&output(&src, "cookiec.config.json").unwrap()).unwrap();
    for r in cookiec_emit::common::regions(&m) {
        let states = gcm::states(&m, r, cookiec_emit::common::default_state);
        let expected = &config["google_consent_mode"]["default"][r.as_str()];
        assert_eq!(&serde_json::to_value(&states).unwrap(), expected, "{r:?}");
    }
}

#[test]
fn the_consent_mode_script_is_written_only_for_a_declared_mapping() {
    let src = libraries();
    let js = output(&src, gcm::FILE).unwrap();
    assert!(js.contains("\"US-CA\""));
    assert!(js.contains("\"waitForUpdate\": 500"));
    let unmapped: String = src
        .lines()
        .filter(|l| !l.contains("google-consent"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(output(&unmapped, gcm::FILE), None);
}

#[test]
fn service_names_and_texts_cannot_break_out_of_the_scripts() {
    let src = libraries().replace(
        "title \"Preferences\"",
        "title \"</script><script>alert(1)</script>\"",
    );
    // No `</script` anywhere (comments included), so each file can also be
    // inlined in a <script> element.
    for name in [c15t::FILE, cookiec_emit::klaro::FILE, gcm::FILE] {
        let js = output(&src, name).unwrap();
        assert!(!js.to_ascii_lowercase().contains("</script"), "{name}");
        assert!(
            name == gcm::FILE || js.contains("\\u003c/script>"),
            "{name}"
        );
    }
}
