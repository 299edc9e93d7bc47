//! Issue 13 through every output: a self-hosted tool is not a third party,
//! `on-behalf-of` reaches the third-party table and the runtime config, a
//! provider whose items are listed "sets its own cookies", and cookies a
//! third party sets on its own domain stay in the policy but out of
//! enforcement (header rules, banner clean-up).
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, json, text};
use cookiec_emit::Output;
use serde_json::Value;

const SRC: &str = r#"
policy "Club" {
  controller "Club e. V."
  email "privacy@club.example"
  website "https://www.club.example"
}
consent {
  regions [eu]
  banner yes
  reject-all yes
  withdraw [footer-link]
}
category essential {
  title "Essential"
  consent required
}
category media {
  title "External media"
  consent opt-in
}
category statistics {
  title "Statistics"
  consent opt-in
}
provider matomo {
  name "Matomo"
  role [analytics]
  self-hosted yes
}
provider cms {
  name "Hosted CMS"
  role [hosting]
  privacy "https://cms.example/privacy"
}
provider cdn {
  name "Edge CDN"
  role [cdn]
  privacy "https://cdn.example/privacy"
  on-behalf-of cms
}
provider fonts {
  name "FontHost"
  role [fonts]
  privacy "https://fonts.example/privacy"
  sets-own-cookies no
}
provider video {
  name "VideoHost"
  role [video]
  privacy "https://video.example/privacy"
}
cookie "__bm" {
  category essential
  provider cdn
  purpose "Tells people from bots."
  lifetime 30 minutes
}
cookie "_pk_id.*" {
  category statistics
  provider matomo
  purpose "Distinguishes visitors."
  lifetime 13 months
}
local-storage "fh_cache" {
  category essential
  provider fonts
  purpose "Caches the fonts."
  lifetime until-cleared
}
cookie "vh_id" {
  category media
  provider video
  purpose "Counts video views."
  lifetime 6 months
  domain ".video.example"
}
cookie "vh_pref" {
  category media
  provider video
  purpose "Remembers the player volume, set on our domain by the player script."
  lifetime 6 months
}
"#;

/// The outputs of [`SRC`], which checks without any diagnostic at all.
fn outputs() -> Vec<Output> {
    let diags: Vec<_> = cookiec_check::check_source(SRC)
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect();
    assert!(diags.is_empty(), "{diags:#?}");
    build("provider facts", SRC)
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"]["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn header_rules_leave_out_cookies_on_a_third_partys_domain() {
    let h = json(&outputs(), cookiec_emit::HEADERS_FILE);
    // (cookie_consent: cookiec's own consent record, always enforced.)
    assert_eq!(
        names(&h["cookies"]),
        ["__bm", "_pk_id.", "vh_pref", "cookie_consent"]
    );
    assert_eq!(names(&h["not_enforceable"]), ["vh_id"]);
    let ne = &h["not_enforceable"][0];
    assert_eq!(ne["domain"], ".video.example");
    assert_eq!(ne["provider"], "video");
    assert_eq!(ne["reason"], "third-party-domain");
    // The reference enforcement still loads the file.
    let rules: cookiec_emit::headers::HeaderRules = serde_json::from_value(h.clone()).unwrap();
    assert_eq!(rules.not_enforceable.len(), 1);
}

#[test]
fn runtime_config_marks_them_and_the_providers() {
    let c = json(&outputs(), cookiec_emit::CONFIG_FILE);
    let item = |n: &str| {
        c["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"]["value"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(item("vh_id")["third_party_domain"], true);
    assert_eq!(item("vh_id")["clear_on_withdraw"], false);
    assert!(item("vh_pref").get("third_party_domain").is_none());
    assert_eq!(item("vh_pref")["clear_on_withdraw"], true);
    let provider = |id: &str| {
        c["providers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(provider("matomo")["third_party"], false);
    assert_eq!(provider("matomo")["self_hosted"], true);
    assert_eq!(provider("cdn")["on_behalf_of"], "cms");
    assert_eq!(provider("video")["third_party"], true);
}

#[test]
fn banners_do_not_try_to_clear_them() {
    let outs = outputs();
    for file in [
        "cookieconsent.config.js",
        "c15t.config.js",
        "klaro.config.js",
    ] {
        let js = text(&outs, file);
        let note = js
            .lines()
            .position(|l| l.starts_with("// Not cleared on withdrawal"))
            .unwrap_or_else(|| panic!("{file} does not say what it leaves out"));
        assert_eq!(
            js.lines().nth(note + 2),
            Some("//   vh_id (.video.example)"),
            "{file}"
        );
        // Past the header comment, vh_id is at most displayed (the
        // cookieconsent cookie table), never matched for clean-up.
        let code: String = js
            .lines()
            .filter(|l| !l.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(code.contains("vh_pref"), "{file} lost vh_pref");
        let cleared = match file {
            "cookieconsent.config.js" => code
                .split("\"autoClear\"")
                .skip(1)
                .map(|s| s.split("\"cookieTable\"").next().unwrap_or_default())
                .collect::<String>(),
            _ => code,
        };
        assert!(!cleared.contains("vh_id"), "{file} clears vh_id");
    }
}

#[test]
fn policy_says_who_controls_what() {
    let md = text(&outputs(), "policy.en.md");
    assert!(
        md.contains("VideoHost sets this cookie on its own domain"),
        "{md}"
    );
    assert!(md.contains("delete the cookies of video.example"), "{md}");
    assert!(md.contains("Acts on behalf of Hosted CMS."), "{md}");
    assert!(md.contains("| Matomo (self-hosted) |"), "{md}");
    assert!(md.contains("Matomo runs on our own servers"), "{md}");
    // Matomo is not in the third-party table; the CDN and the video host
    // set the cookies listed above; the CMS states nothing; the font host says it does not.
    let third = md.split("## Third parties").nth(1).unwrap();
    let table = third
        .split("\n\n")
        .find(|p| p.starts_with("| Provider"))
        .unwrap();
    assert!(!table.contains("Matomo"), "{table}");
    let row = |n: &str| {
        table
            .lines()
            .find(|l| l.starts_with(&format!("| {n}")))
            .unwrap()
    };
    assert!(row("Edge CDN").contains("| Yes, those listed above |"));
    assert!(row("VideoHost").contains("| Yes, those listed above |"));
    assert!(row("Hosted CMS").contains("| Not stated |"));
    // What the author states wins over what the items suggest.
    assert!(row("FontHost").contains("| No |"));
}
