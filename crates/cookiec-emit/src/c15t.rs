//! `c15t.config.js`: options for the headless consent manager of c15t
//! (npm `c15t`, `getOrCreateConsentRuntime`), offline mode.
//!
//! c15t knows five fixed consent types (`necessary`, `functionality`,
//! `measurement`, `experience`, `marketing`), so each declared category is
//! mapped onto one of them (see [`c15t_type`]); categories mapped onto the
//! same type share one switch. The module also clears the declared cookies
//! of every refused type (c15t itself only gates scripts), writes the
//! `cookiec-record-1` record, and updates Google Consent Mode, from c15t's
//! `onConsentSet` callback.
//!
//! When the policy distinguishes regions (or a signal switches off a
//! category that would start granted), the module reads the visitor's
//! region at page load as `cookieconsent.config.js` does
//! ([`banner_regions::preamble`]) and picks that region's model and the
//! types that start granted; c15t's `opt-out` model can only grant every
//! type, so the callback keeps exactly the region's types before c15t runs
//! any script.

use crate::banner;
use crate::banner_regions;
use crate::js::{self, Js};
use crate::lex;
use cookiec_check::model::{Category, ConsentMode, GoogleConsentType as G, Region, SignalResponse};
use cookiec_check::ValidModel;

pub const FILE: &str = "c15t.config.js";

/// c15t's consent types, in the order its preference dialog lists them.
const TYPES: [&str; 5] = [
    "necessary",
    "functionality",
    "measurement",
    "experience",
    "marketing",
];

/// The c15t type a category maps onto:
/// 1. required in every region: `necessary`;
/// 2. else by its Consent Mode mapping, the most sensitive first: an `ad_*`
///    type → `marketing`, `analytics_storage` → `measurement`,
///    `personalization_storage` → `experience`, `functionality_storage` →
///    `functionality`;
/// 3. else by its id (`marketing`, `ads`, `advertising` → `marketing`;
///    `analytics`, `statistics`, `performance` → `measurement`;
///    `personalization`, `social`, `media`, `embeds` → `experience`;
///    `functional`, `preferences` → `functionality`);
/// 4. else `marketing`, the type visitors refuse most, so the category is
///    never granted with a looser switch than it needs.
pub fn c15t_type(c: &Category) -> &'static str {
    if banner::required(c) {
        return "necessary";
    }
    let has = |ts: &[G]| c.google_consent.iter().any(|g| ts.contains(&g.value));
    if has(&[G::AdStorage, G::AdUserData, G::AdPersonalization]) {
        return "marketing";
    }
    if has(&[G::AnalyticsStorage]) {
        return "measurement";
    }
    if has(&[G::PersonalizationStorage]) {
        return "experience";
    }
    if has(&[G::FunctionalityStorage]) {
        return "functionality";
    }
    let id = c.id.value.to_ascii_lowercase();
    let by_id: [(&[&str], &str); 4] = [
        (&["market", "advert", "ads", "target"], "marketing"),
        (
            &["analy", "stat", "measure", "perform", "metric"],
            "measurement",
        ),
        (
            &["personal", "experience", "social", "media", "embed"],
            "experience",
        ),
        (&["function", "prefer", "comfort"], "functionality"),
    ];
    by_id
        .iter()
        .find(|(words, _)| words.iter().any(|w| id.contains(w)))
        .map(|(_, t)| *t)
        .unwrap_or("marketing")
}

fn strs(v: impl IntoIterator<Item = String>) -> Js {
    Js::Arr(v.into_iter().map(Js::Str).collect())
}

/// c15t type → the declared categories mapped onto it, for the types used.
fn groups(model: &ValidModel) -> Vec<(&'static str, Vec<&Category>)> {
    TYPES
        .iter()
        .map(|t| {
            let cats: Vec<&Category> = banner::live(model).filter(|c| c15t_type(c) == *t).collect();
            (*t, cats)
        })
        // c15t always has `necessary`; the others only when used.
        .filter(|(t, cats)| *t == "necessary" || !cats.is_empty())
        .collect()
}

fn translations(
    model: &ValidModel,
    groups: &[(&'static str, Vec<&Category>)],
    regional: bool,
) -> Js {
    let default_lang = model.policy.default_lang();
    let langs: Vec<String> = if model.policy.languages.is_empty() {
        vec![default_lang.to_string()]
    } else {
        model.policy.language_tags()
    };
    let per_lang = langs
        .iter()
        .map(|lang| {
            let w = lex::words(lang);
            let types = groups
                .iter()
                .filter(|(_, cats)| !cats.is_empty())
                .map(|(t, cats)| {
                    let title: Vec<&str> = cats
                        .iter()
                        .map(|c| c.title.get(lang, default_lang))
                        .collect();
                    let description: Vec<&str> = cats
                        .iter()
                        .map(|c| match &c.description {
                            Some(d) => d.get(lang, default_lang),
                            None => c.title.get(lang, default_lang),
                        })
                        .collect();
                    (
                        t.to_string(),
                        Js::Obj(vec![
                            ("title", Js::Str(title.join(" / "))),
                            ("description", Js::Str(description.join(" "))),
                        ]),
                    )
                })
                .collect();
            let (description, accept) = if banner::acknowledge_only(model) {
                ("cc-acknowledge-description", "cc-accept")
            } else {
                ("cc-description", "cc-accept-all")
            };
            let description = banner::notice_text(&w, description, regional);
            let t = Js::Obj(vec![
                (
                    "common",
                    Js::Obj(vec![
                        ("acceptAll", Js::Str(w.get(accept))),
                        ("rejectAll", Js::Str(w.get("cc-reject-all"))),
                        ("customize", Js::Str(w.get("cc-manage"))),
                        ("save", Js::Str(w.get("cc-save"))),
                        ("close", Js::Str(w.get("cc-close"))),
                    ]),
                ),
                (
                    "cookieBanner",
                    Js::Obj(vec![
                        ("title", Js::Str(w.get("cc-title"))),
                        ("description", description),
                    ]),
                ),
                (
                    "consentManagerDialog",
                    Js::Obj(vec![
                        ("title", Js::Str(w.get("cc-prefs-title"))),
                        ("description", Js::Str(w.get("cc-prefs-intro"))),
                    ]),
                ),
                ("consentTypes", Js::Map(types)),
            ]);
            (lang.clone(), t)
        })
        .collect();
    Js::Obj(vec![
        ("defaultLanguage", Js::Str(default_lang.to_string())),
        ("translations", Js::Map(per_lang)),
    ])
}

/// The module-level constant listing the c15t types that start granted in
/// the visitor's region (see [`TYPES_ON`]).
const TYPES_ON_NAME: &str = "cookiecTypesOn";

/// A type starts granted when every category it stands for does in the
/// visitor's region (after signals), as `cookiecSettings` says.
const TYPES_ON: &str = r#"// The c15t types that start granted in the visitor's region: those whose every
// category does (after GPC/DNT), as cookiecSettings says.
const cookiecTypesOn = Object.keys(cookiec.categories).filter(function (type) {
  return type !== "necessary" && cookiec.categories[type].every(function (id) {
    return cookiecSettings.enabled[id] === true;
  });
});
"#;

/// The policy's `model`, `expiryDays`, `preselectedCategories` and `gpc`.
/// Static: one switch per c15t type, opt-in when any category needs it in
/// some region; the types whose every category is on by default everywhere
/// start selected; c15t's own GPC rule when GPC is honoured everywhere.
/// Regional: from the visitor's region at page load; `opt-out` when some
/// type starts granted (the callback then keeps exactly those, see
/// [`REGION_SCRIPT`]); c15t's own GPC rule is off, because cookiecSettings
/// has applied each region's rule already.
fn consent_model(
    model: &ValidModel,
    groups: &[(&'static str, Vec<&Category>)],
    regional: bool,
) -> [(&'static str, Js); 4] {
    if regional {
        let on = || Js::Ident(TYPES_ON_NAME);
        return [
            (
                "model",
                Js::Expr(format!(
                    "{TYPES_ON_NAME}.length > 0 ? \"opt-out\" : \"opt-in\""
                )),
            ),
            ("expiryDays", banner_regions::setting("keepDays")),
            ("preselectedCategories", on()),
            ("gpc", Js::Bool(false)),
        ];
    }
    let opt_in = banner::live(model).any(|c| banner::strictest(c) == ConsentMode::OptIn);
    let preselected = groups
        .iter()
        .filter(|(t, cats)| *t != "necessary" && !cats.is_empty())
        .filter(|(_, cats)| cats.iter().all(|c| banner::on_by_default(c)))
        .map(|(t, _)| t.to_string());
    let gpc = model.consent.gpc_in(Region::Default) == Some(SignalResponse::Honour);
    [
        (
            "model",
            Js::Str(if opt_in { "opt-in" } else { "opt-out" }.into()),
        ),
        (
            "expiryDays",
            Js::Num((banner::record_max_age(model) / 86_400).max(1)),
        ),
        ("preselectedCategories", strs(preselected)),
        ("gpc", Js::Bool(gpc)),
    ]
}

fn options(model: &ValidModel, groups: &[(&'static str, Vec<&Category>)], regional: bool) -> Js {
    let used: Vec<String> = groups.iter().map(|(t, _)| t.to_string()).collect();
    let [model_mode, expiry_days, preselected, gpc] = consent_model(model, groups, regional);
    let policy = Js::Obj(vec![
        ("id", Js::Str("cookiec".into())),
        (
            "match",
            Js::Obj(vec![
                ("isDefault", Js::Bool(true)),
                ("fallback", Js::Bool(true)),
            ]),
        ),
        (
            "consent",
            Js::Obj(vec![
                model_mode,
                expiry_days,
                ("scopeMode", Js::Str("strict".into())),
                ("categories", strs(used.clone())),
                preselected,
                gpc,
            ]),
        ),
    ]);
    Js::Obj(vec![
        ("mode", Js::Str("offline".into())),
        ("namespace", Js::Str("c15tStore".into())),
        ("consentCategories", strs(used)),
        (
            "offlinePolicy",
            Js::Obj(vec![("policyPacks", Js::Arr(vec![policy]))]),
        ),
        ("translations", translations(model, groups, regional)),
    ])
}

/// c15t type → declared category ids, and c15t type → cookie matchers.
fn cookiec_data(groups: &[(&'static str, Vec<&Category>)], model: &ValidModel) -> Js {
    let categories = groups
        .iter()
        .map(|(t, cats)| (t.to_string(), strs(cats.iter().map(|c| c.id.value.clone()))))
        .collect();
    let cookies = groups
        .iter()
        .filter(|(t, _)| *t != "necessary")
        .map(|(t, cats)| {
            let matchers = cats
                .iter()
                .flat_map(|c| js::cookie_matchers(model, &c.id.value))
                .map(js::CookieMatch::into_obj)
                .collect();
            (t.to_string(), Js::Arr(matchers))
        })
        .collect();
    Js::Obj(vec![
        ("categories", Js::Map(categories)),
        ("cookies", Js::Map(cookies)),
    ])
}

/// Runs on every `onConsentSet` (at start and on each choice).
const SCRIPT: &str = r#"
  // Deletes every cookie of the page that one of `matchers` names.
  function clearCookies(matchers) {
    document.cookie.split(";").forEach(function (pair) {
      var name = pair.split("=")[0].trim();
      matchers.forEach(function (m) {
        if (typeof m.name === "string" ? m.name !== name : !m.name.test(name)) return;
        var expired = name + "=; Max-Age=0; Path=" + (m.path || "/");
        document.cookie = expired;
        if (m.domain) document.cookie = expired + "; Domain=" + m.domain;
      });
    });
  }
  function onConsentSet(payload) {
    var preferences = (payload && payload.preferences) || {};
    var granted = [];
    Object.keys(cookiec.categories).forEach(function (type) {
      if (preferences[type] === true) granted = granted.concat(cookiec.categories[type]);
      else clearCookies(cookiec.cookies[type] || []);
    });
    // A choice exists (not only the defaults before one).
    var store = window[options.namespace];
    if (store && store.getState().consentInfo) {
      writeRecord(granted);
      consentModeUpdate(granted);
    }
  }
"#;

/// Regional: before a choice, c15t's `opt-out` model grants every type
/// (and its own GPC rule would deny marketing and measurement whatever the
/// region says). c15t calls `onConsentSet` with those defaults before it
/// runs any script, so this keeps exactly the types the visitor's region
/// starts with, in the store and in what the callback acts on.
const REGION_SCRIPT: &str = r#"
  // Before a choice: exactly the types the visitor's region starts with
  // (c15t's opt-out model would grant every one).
  function inRegion(payload) {
    var store = window[options.namespace];
    if (!store || store.getState().consentInfo) return payload;
    var consents = {};
    Object.keys(cookiec.categories).forEach(function (type) {
      consents[type] = type === "necessary" || cookiecTypesOn.indexOf(type) >= 0;
    });
    var state = store.getState();
    store.setState({
      consents: Object.assign({}, state.consents, consents),
      selectedConsents: Object.assign({}, state.selectedConsents, consents)
    });
    return { preferences: consents };
  }
"#;

pub fn build(model: &ValidModel, revision: &str, content_hash: &str) -> String {
    let groups = groups(model);
    // Regions or signals: what starts granted is decided in the page.
    let regional = banner_regions::needed(model);
    let mut out = format!(
        "// Generated by cookiec from the cookie policy of {} (revision {revision}). Do not edit.\n\
         // Options for the c15t headless consent manager (npm `c15t` 2, offline mode):\n\
         //   import {{ getOrCreateConsentRuntime }} from 'c15t';\n\
         //   import options from './{FILE}';\n\
         //   const {{ consentStore }} = getOrCreateConsentRuntime(options);\n\
         // Declared category -> c15t consent type: see `categories` below.\n\
         {}{}\
         const cookiec = ",
        js::comment_safe(&model.policy.service.value),
        js::not_cleared_note(model),
        if regional {
            banner_regions::preamble(model)
        } else {
            String::new()
        }
    );
    js::render(&cookiec_data(&groups, model), 0, &mut out);
    out.push_str(";\n");
    if regional {
        out.push_str(TYPES_ON);
    }
    out.push_str("const options = ");
    js::render(&options(model, &groups, regional), 0, &mut out);
    out.push_str(";\noptions.callbacks = {\n  onConsentSet: (function () {\n");
    out.push_str(&js::indent(&banner::record_script(
        model,
        revision,
        content_hash,
    )));
    out.push_str(&js::indent(SCRIPT.trim_start_matches('\n')));
    if regional {
        out.push_str(&js::indent(REGION_SCRIPT.trim_start_matches('\n')));
        out.push_str("    return function (payload) { onConsentSet(inRegion(payload)); };\n");
    } else {
        out.push_str("    return onConsentSet;\n");
    }
    out.push_str(
        "  })(),\n};\n\
         /** c15t consent type -> the declared categories it stands for. */\n\
         export const categories = cookiec.categories;\n\
         export default options;\n",
    );
    out
}
