//! `google-consent-mode.js`: Google Consent Mode v2 from the declared
//! `google-consent` mapping.
//!
//! A classic script, loaded before the Google tag. It pushes one
//! `gtag('consent', 'default', {...})` per declared region (with the
//! region's ISO 3166 codes in `region` and `wait_for_update`), then one
//! without `region` for every other visitor (the `default` region), and an
//! honoured GPC / DNT signal switches every default to the signal's states.
//! `window.cookiecConsentMode.update(categories)` pushes
//! `gtag('consent', 'update', {...})` for the categories the visitor
//! granted; the script calls it itself on vanilla-cookieconsent's
//! `cc:onConsent` / `cc:onChange` events, and the c15t and Klaro outputs
//! call it from their callbacks.
//!
//! A type is granted only when every category mapped to it is granted
//! (the same rule as `google_consent_mode` in `cookiec.config.json`);
//! unmapped types stay denied.

use crate::common::{self, State};
use crate::js::{self, Js};
use cookiec_check::model::{
    Category, ConsentMode, GoogleConsentType, Model, Region, SignalResponse, Status,
};
use cookiec_check::ValidModel;
use std::collections::BTreeMap;

/// File name of the output.
pub const FILE: &str = "google-consent-mode.js";

/// Milliseconds Google's tags wait for the banner's `update` before they
/// act on the defaults: enough for a banner loaded with the page to read a
/// stored choice.
pub const WAIT_FOR_UPDATE_MS: u64 = 500;

const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EEA_ONLY: &[&str] = &["IS", "LI", "NO"];

/// The ISO 3166-1 / 3166-2 codes Consent Mode's `region` takes for a
/// cookiec region (empty for `default`, which has no `region` list).
pub fn iso_codes(region: Region) -> Vec<&'static str> {
    match region {
        Region::Default => vec![],
        Region::Eu => EU.to_vec(),
        Region::Eea => EU.iter().chain(EEA_ONLY).copied().collect(),
        Region::Uk => vec!["GB"],
        Region::Ch => vec!["CH"],
        Region::Fr => vec!["FR"],
        Region::De => vec!["DE"],
        Region::It => vec!["IT"],
        Region::Es => vec!["ES"],
        Region::Nl => vec!["NL"],
        Region::Us => vec!["US"],
        Region::UsCa => vec!["US-CA"],
        Region::UsCo => vec!["US-CO"],
        Region::UsCt => vec!["US-CT"],
        Region::UsVa => vec!["US-VA"],
        Region::Br => vec!["BR"],
        Region::Ca => vec!["CA"],
        Region::Za => vec!["ZA"],
        Region::Au => vec!["AU"],
        Region::Jp => vec!["JP"],
        Region::In => vec!["IN"],
    }
}

/// Smaller is more specific: a state, a country, the EU, the EEA.
fn breadth(region: Region) -> usize {
    iso_codes(region).len()
}

/// Consent Mode type → the categories in use that grant it.
pub fn mapping(model: &Model) -> BTreeMap<String, Vec<String>> {
    let mut mapping: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
    {
        for g in &c.google_consent {
            mapping
                .entry(g.value.as_str().to_string())
                .or_default()
                .push(c.id.value.clone());
        }
    }
    mapping
}

/// Consent Mode type → state in `region` before any choice, when each
/// category's state is `state(mode)`: granted only when every category
/// mapped to the type is granted; unmapped types are denied.
pub fn states(
    model: &Model,
    region: Region,
    state: impl Fn(ConsentMode) -> State,
) -> BTreeMap<String, State> {
    states_by(model, |c| state(c.consent_in(region)))
}

/// [`states`] with a state per category.
fn states_by(model: &Model, state: impl Fn(&Category) -> State) -> BTreeMap<String, State> {
    GoogleConsentType::ALL
        .iter()
        .map(|t| {
            let mut cats = model
                .categories
                .iter()
                .filter(|c| c.status != Status::NotUsed)
                .filter(|c| c.google_consent.iter().any(|g| g.value == *t))
                .peekable();
            let granted = cats.peek().is_some() && cats.all(|c| state(c) == State::Granted);
            let s = if granted {
                State::Granted
            } else {
                State::Denied
            };
            (t.as_str().to_string(), s)
        })
        .collect()
}

/// Each declared region (but `default`) with the ISO codes whose most
/// specific declared region it is, in region order. A country in both the
/// EU and the EEA goes to `eu`; France goes to `fr` when `fr` is declared.
pub fn region_codes(regions: &[Region]) -> Vec<(Region, Vec<&'static str>)> {
    let mut owner: BTreeMap<&'static str, Region> = BTreeMap::new();
    for r in regions {
        for code in iso_codes(*r) {
            let keep = owner.get(code).is_some_and(|o| breadth(*o) <= breadth(*r));
            if !keep {
                owner.insert(code, *r);
            }
        }
    }
    regions
        .iter()
        .filter(|r| **r != Region::Default)
        .map(|r| {
            let codes: Vec<&'static str> = iso_codes(*r)
                .into_iter()
                .filter(|c| owner.get(c) == Some(r))
                .collect();
            (*r, codes)
        })
        .filter(|(_, codes)| !codes.is_empty())
        .collect()
}

fn state_map(states: &BTreeMap<String, State>) -> Js {
    Js::Map(
        states
            .iter()
            .map(|(t, s)| {
                let s = match s {
                    State::Granted => "granted",
                    State::Denied => "denied",
                };
                (t.clone(), Js::Str(s.to_string()))
            })
            .collect(),
    )
}

/// The states in `region` when a signal with `response` is sent.
fn signal_states(model: &Model, region: Region, response: Option<SignalResponse>) -> Js {
    state_map(&states_by(model, |c| {
        common::signal_state(model, c, region, response)
    }))
}

fn honoured(s: Option<SignalResponse>) -> bool {
    !matches!(s, None | Some(SignalResponse::Ignore))
}

/// The data the script acts on, as a JavaScript object.
fn data(model: &Model) -> Js {
    let regions = common::regions(model);
    let consent = &model.consent;
    let gpc = regions.iter().any(|r| honoured(consent.gpc_in(*r)));
    let dnt = regions.iter().any(|r| honoured(consent.dnt_in(*r)));
    // One set of states with a signal: GPC's response in the region when
    // GPC is honoured anywhere, else DNT's.
    let response = |r: Region| {
        if gpc {
            consent.gpc_in(r)
        } else {
            consent.dnt_in(r)
        }
    };
    // One `default` command per declared region, then the one without
    // `region` for every other visitor.
    let mut entries: Vec<(Region, Vec<&'static str>)> = region_codes(&regions);
    entries.push((Region::Default, vec![]));
    let defaults = entries
        .into_iter()
        .map(|(r, codes)| {
            let mut f = vec![("id", Js::Str(r.as_str().to_string()))];
            if !codes.is_empty() {
                let codes = codes.into_iter().map(|c| Js::Str(c.to_string())).collect();
                f.push(("region", Js::Arr(codes)));
            }
            f.push((
                "states",
                state_map(&states(model, r, common::default_state)),
            ));
            if gpc || dnt {
                f.push(("withSignal", signal_states(model, r, response(r))));
            }
            Js::Obj(f)
        })
        .collect();
    let map = mapping(model);
    let mapping = GoogleConsentType::ALL
        .iter()
        .map(|t| {
            let cats = map.get(t.as_str()).cloned().unwrap_or_default();
            (
                t.as_str().to_string(),
                Js::Arr(cats.into_iter().map(Js::Str).collect()),
            )
        })
        .collect();
    let required = model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed && c.is_required())
        .map(|c| Js::Str(c.id.value.clone()))
        .collect();
    Js::Obj(vec![
        ("waitForUpdate", Js::Num(WAIT_FOR_UPDATE_MS)),
        ("mapping", Js::Map(mapping)),
        ("required", Js::Arr(required)),
        (
            "signals",
            Js::Obj(vec![("gpc", Js::Bool(gpc)), ("dnt", Js::Bool(dnt))]),
        ),
        ("defaults", Js::Arr(defaults)),
    ])
}

/// The script's logic; `config` is the data above.
const SCRIPT: &str = r#"
  var w = window;
  w.dataLayer = w.dataLayer || [];
  function gtag() { w.dataLayer.push(arguments); }
  var nav = w.navigator || {};
  var signal = (config.signals.gpc && nav.globalPrivacyControl === true) ||
    (config.signals.dnt && (nav.doNotTrack === "1" || w.doNotTrack === "1"));
  config.defaults.forEach(function (d) {
    var states = signal && d.withSignal ? d.withSignal : d.states;
    var command = {};
    Object.keys(states).forEach(function (t) { command[t] = states[t]; });
    if (d.region) command.region = d.region;
    command.wait_for_update = config.waitForUpdate;
    gtag("consent", "default", command);
  });
  var lastUpdate = null;
  // `granted`: the ids of the categories the visitor accepted.
  function update(granted) {
    var on = Object.create(null);
    config.required.concat(granted || []).forEach(function (c) { on[c] = true; });
    var command = {};
    Object.keys(config.mapping).forEach(function (t) {
      var cats = config.mapping[t];
      command[t] = cats.length > 0 && cats.every(function (c) { return on[c] === true; })
        ? "granted" : "denied";
    });
    // vanilla-cookieconsent in opt-out mode announces a first choice twice
    // (cc:onConsent, then cc:onChange): send each distinct state once.
    var key = JSON.stringify(command);
    if (key === lastUpdate) return;
    lastUpdate = key;
    gtag("consent", "update", command);
  }
  w.cookiecConsentMode = { update: update };
  // vanilla-cookieconsent 3 (cookieconsent.config.js) announces each choice
  // and, on every later page load, the stored one.
  ["cc:onConsent", "cc:onChange"].forEach(function (name) {
    w.addEventListener(name, function (e) {
      var cookie = e.detail && e.detail.cookie;
      if (cookie && Array.isArray(cookie.categories)) update(cookie.categories);
    });
  });
"#;

pub fn build(model: &ValidModel, revision: &str) -> String {
    let header = format!(
        "// Generated by cookiec from the cookie policy of {} (revision {revision}). Do not edit.\n\
         // Google Consent Mode v2: load it before the Google tag (gtag.js or Tag Manager):\n\
         //   <script src=\"{FILE}\">\n\
         // It sets the defaults per region and updates them when the visitor chooses\n\
         // in the generated banner (cookieconsent.config.js, c15t.config.js or klaro.config.js).\n",
        js::comment_safe(&model.policy.service.value)
    );
    js::config_script(&header, "", &data(model), SCRIPT.trim_start_matches('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_specific_declared_region_owns_a_country() {
        let codes = region_codes(&[Region::Default, Region::Eu, Region::Eea, Region::Fr]);
        let of = |r: Region| {
            codes
                .iter()
                .find(|(x, _)| *x == r)
                .map(|(_, c)| c.clone())
                .unwrap_or_default()
        };
        assert_eq!(of(Region::Fr), vec!["FR"]);
        assert!(!of(Region::Eu).contains(&"FR"));
        assert!(of(Region::Eu).contains(&"DE"));
        assert_eq!(of(Region::Eea), vec!["IS", "LI", "NO"]);
    }

    #[test]
    fn every_region_but_default_has_codes() {
        for r in Region::ALL {
            assert_eq!(iso_codes(*r).is_empty(), *r == Region::Default, "{r:?}");
        }
        assert_eq!(iso_codes(Region::Eu).len(), 27);
        assert_eq!(iso_codes(Region::Eea).len(), 30);
    }
}
