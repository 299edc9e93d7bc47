//! `klaro.config.js`: a configuration for Klaro 0.7 (npm `klaro`), set as
//! `window.klaroConfig` before `klaro.js` loads.
//!
//! One Klaro service per declared category in use (Klaro's consent unit),
//! named by the category id, so `<script type="text/plain"
//! data-name="analytics">` gates a script by category as with
//! vanilla-cookieconsent. `required` follows the category's strictest mode
//! over its regions. When the policy distinguishes regions (or a signal
//! switches off a category that would start enabled), `default` and
//! `optOut` (on and loaded before a choice) are read at page load from the
//! visitor's region's settings ([`banner_regions::preamble`], as in
//! `cookieconsent.config.js`); otherwise opt-out and notice categories are
//! on before a choice. `cookies` lists every named cookie of the category (exact
//! names and prefixes as anchored `RegExp`, with declared path and domain),
//! which Klaro deletes whenever the service is not consented. Klaro renders
//! these texts as text (`htmlTexts` stays off), so they are not HTML-escaped.
//! A `callback` writes the `cookiec-record-1` record and updates Google Consent
//! Mode once the visitor has chosen.

use crate::banner;
use crate::banner_regions;
use crate::js::{self, Js};
use crate::lex;
use cookiec_check::model::Text;
use cookiec_check::ValidModel;

pub const FILE: &str = "klaro.config.js";

fn texts(model: &ValidModel, title: &Text, description: Option<&Text>) -> Js {
    let default_lang = model.policy.default_lang();
    // `zz` is Klaro's fallback language.
    let mut per_lang = vec![(
        "zz".to_string(),
        Js::Obj(vec![(
            "title",
            Js::Str(title.get(default_lang, default_lang).into()),
        )]),
    )];
    for lang in banner::languages(model) {
        let mut f = vec![("title", Js::Str(title.get(&lang, default_lang).into()))];
        if let Some(d) = description {
            f.push(("description", Js::Str(d.get(&lang, default_lang).into())));
        }
        per_lang.push((lang, Js::Obj(f)));
    }
    Js::Map(per_lang)
}

fn services(model: &ValidModel, regional: bool) -> Js {
    Js::Arr(
        banner::live(model)
            .map(|c| {
                let required = banner::required(c);
                // Regional: on before a choice when it is in the visitor's
                // region (after signals); `optOut` loads it before one.
                let (default, opt_out) = if required {
                    (Js::Bool(true), Js::Bool(false))
                } else if regional {
                    let on = || banner_regions::enabled_expr(&c.id.value);
                    (on(), on())
                } else {
                    let on = banner::on_by_default(c);
                    (Js::Bool(on), Js::Bool(on))
                };
                let cookies = js::cookie_matchers(model, &c.id.value)
                    .into_iter()
                    .map(|m| {
                        // Klaro reads a string starting with `^` (a valid
                        // cookie-name character) as a regex: always give it
                        // an anchored, escaped one.
                        let name = match m.name {
                            Js::Str(n) => Js::Regex(format!("^{}$", js::regex_escape(&n))),
                            other => other,
                        };
                        match (m.path, m.domain) {
                            (None, None) => name,
                            (path, domain) => Js::Arr(vec![
                                name,
                                Js::Str(path.unwrap_or_else(|| "/".into())),
                                Js::Str(domain.unwrap_or_default()),
                            ]),
                        }
                    })
                    .collect();
                Js::Obj(vec![
                    ("name", Js::Str(c.id.value.clone())),
                    (
                        "translations",
                        texts(model, &c.title, c.description.as_ref()),
                    ),
                    ("purposes", Js::Arr(vec![])),
                    ("required", Js::Bool(required)),
                    ("default", default),
                    ("optOut", opt_out),
                    ("cookies", Js::Arr(cookies)),
                ])
            })
            .collect(),
    )
}

fn translations(model: &ValidModel, regional: bool) -> Js {
    let mut per_lang = vec![(
        "zz".to_string(),
        Js::Obj(vec![(
            "privacyPolicyUrl",
            Js::Str(crate::policy_file(model.policy.default_lang(), "html")),
        )]),
    )];
    for lang in banner::languages(model) {
        let w = lex::words(&lang);
        let (description, accept) = if banner::acknowledge_only(model) {
            ("cc-acknowledge-description", "cc-accept")
        } else {
            ("cc-description", "cc-accept-all")
        };
        let description = banner::notice_text(&w, description, regional);
        per_lang.push((
            lang.clone(),
            Js::Obj(vec![
                (
                    "privacyPolicyUrl",
                    Js::Str(crate::policy_file(&lang, "html")),
                ),
                ("consentNotice", Js::Obj(vec![("description", description)])),
                (
                    "consentModal",
                    Js::Obj(vec![
                        ("title", Js::Str(w.get("cc-prefs-title"))),
                        ("description", Js::Str(w.get("cc-prefs-intro"))),
                    ]),
                ),
                ("ok", Js::Str(w.get(accept))),
                ("acceptAll", Js::Str(w.get(accept))),
                ("decline", Js::Str(w.get("cc-reject-all"))),
                ("save", Js::Str(w.get("cc-save"))),
                ("close", Js::Str(w.get("cc-close"))),
            ]),
        ));
    }
    Js::Map(per_lang)
}

fn config(model: &ValidModel, regional: bool) -> Js {
    // Klaro keeps one lifetime for every choice: regional, the visitor's
    // region's `renew-after` (it cannot keep a refusal for another time).
    let expires = if regional {
        banner_regions::setting("keepDays")
    } else {
        Js::Num((banner::record_max_age(model) / 86_400).max(1))
    };
    Js::Obj(vec![
        ("elementID", Js::Str("klaro".into())),
        ("storageMethod", Js::Str("cookie".into())),
        ("cookieExpiresAfterDays", expires),
        ("default", Js::Bool(false)),
        // A modal that must be answered when the policy asks every visitor
        // to acknowledge the cookies.
        (
            "mustConsent",
            Js::Bool(crate::common::acknowledge_required(&model.consent)),
        ),
        ("acceptAll", Js::Bool(true)),
        ("hideDeclineAll", Js::Bool(banner::acknowledge_only(model))),
        ("noticeAsModal", Js::Bool(false)),
        ("groupByPurpose", Js::Bool(false)),
        ("htmlTexts", Js::Bool(false)),
        ("lang", Js::Str(model.policy.default_lang().to_string())),
        ("translations", translations(model, regional)),
        ("services", services(model, regional)),
    ])
}

/// Klaro calls `callback` per service whenever it applies consents (at
/// start and after each choice): collect them, then act once.
const SCRIPT: &str = r#"
  var consents = Object.create(null);
  var pending = false;
  config.callback = function (consent, service) {
    consents[service.name] = consent === true;
    if (pending) return;
    pending = true;
    setTimeout(function () {
      pending = false;
      var manager = window.klaro && window.klaro.getManager && window.klaro.getManager();
      // Only a real choice is recorded, not the defaults before one.
      if (!manager || !manager.confirmed) return;
      var granted = config.services
        .map(function (s) { return s.name; })
        .filter(function (name) { return consents[name] === true; });
      writeRecord(granted);
      consentModeUpdate(granted);
    }, 0);
  };
  window.klaroConfig = config;
"#;

pub fn build(model: &ValidModel, revision: &str, content_hash: &str) -> String {
    let header = format!(
        "// Generated by cookiec from the cookie policy of {} (revision {revision}). Do not edit.\n\
         // Configuration for Klaro 0.7 (npm `klaro`); load it before klaro.js:\n\
         //   <script src=\"{FILE}\">\n\
         //   <script defer src=\"klaro.js\" data-config=\"klaroConfig\">\n\
         // One service per category (gate scripts with data-name=\"<category id>\").\n\
         {}",
        js::comment_safe(&model.policy.service.value),
        js::not_cleared_note(model)
    );
    // Regions or signals: what starts enabled is decided in the page.
    let regional = banner_regions::needed(model);
    let prelude = if regional {
        js::indent(&banner_regions::preamble(model))
    } else {
        String::new()
    };
    let body =
        banner::record_script(model, revision, content_hash) + SCRIPT.trim_start_matches('\n');
    js::config_script(&header, &prelude, &config(model, regional), &body)
}
