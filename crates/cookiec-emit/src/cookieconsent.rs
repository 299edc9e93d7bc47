//! `cookieconsent.config.js`: a ready configuration for vanilla-cookieconsent
//! 3 (orestbida/cookieconsent), the banner many sites already use.
//!
//! - categories: `readOnly` when required; `enabled` when granted by default
//!   in the `default` region; `autoClear` lists every named browser cookie
//!   of the category (exact names as strings, prefixes and regexes as
//!   `RegExp`), with its declared domain and path, so the banner deletes
//!   them when the category is refused or withdrawn;
//! - `mode`: `opt-in` when any category needs opt-in by default;
//! - `revision`: the policy revision as a number, so the banner asks again
//!   exactly when the policy changes materially;
//! - `cookie`: the consent record cookie (`record`) and its lifetime
//!   (always written, so it is the lifetime the policy discloses);
//! - `onConsent` / `onChange`: write the policy revision and content hash
//!   into the record (`cookiec-record-1`, see `cookiec_enforce::record`);
//! - translations per declared language: banner texts, one preferences
//!   section per category with its cookie table, a link to the policy page.
//!
//! vanilla-cookieconsent renders titles, descriptions and table cells as
//! HTML, so every user string is HTML-escaped before it is put in a
//! JavaScript string literal; string literals escape `<` as `\u003c`, so
//! the file can also be inlined in a `<script>` element.

use crate::banner_regions;
use crate::common::{self, State};
use crate::js::{self, render, str_lit, Js};
use crate::lex;
use crate::policy::html::escape;
use crate::words;
use cookiec_check::model::{ConsentMode, Region, Status};
use cookiec_check::ValidModel;

/// The revision as the integer vanilla-cookieconsent compares: its first
/// 7 hex digits (below 2^28, exact in JavaScript).
pub fn revision_number(revision: &str) -> u64 {
    u64::from_str_radix(revision.get(..7).unwrap_or("0"), 16).unwrap_or(0)
}

fn auto_clear(model: &ValidModel, category: &str) -> Vec<Js> {
    js::cookie_matchers(model, category)
        .into_iter()
        .map(js::CookieMatch::into_obj)
        .collect()
}

fn translation(model: &ValidModel, lang: &str, regional: bool) -> Js {
    let w = lex::words(lang);
    let default_lang = model.policy.default_lang();
    let t = |text: &cookiec_check::model::Text| escape(text.get(lang, default_lang));
    let policy_link = format!(
        "<a href=\"{}\">{}</a>",
        escape(&crate::policy_file(lang, "html")),
        escape(&w.get("cc-policy-link"))
    );
    let mut sections = vec![Js::Obj(vec![(
        "description",
        Js::Str(escape(&w.get("cc-prefs-intro"))),
    )])];
    for c in model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
    {
        let mut fields = vec![("title", Js::Str(t(&c.title)))];
        if let Some(d) = &c.description {
            fields.push(("description", Js::Str(t(d))));
        }
        fields.push(("linkedCategory", Js::Str(c.id.value.clone())));
        let rows: Vec<Js> = model
            .category_id(&c.id.value)
            .into_iter()
            .flat_map(|id| model.items_in(id))
            .map(|it| {
                let name = it.display_name().unwrap_or_else(|| {
                    it.contains
                        .as_ref()
                        .map(|c| c.get(lang, default_lang).to_string())
                        .unwrap_or_default()
                });
                let renewed = it.renewed_on.as_ref().map(|r| r.get(lang, default_lang));
                Js::Map(vec![
                    ("name".into(), Js::Str(escape(&name))),
                    ("kind".into(), Js::Str(escape(&words::kind(&w, it.kind)))),
                    ("purpose".into(), Js::Str(t(&it.purpose))),
                    (
                        "lifetime".into(),
                        Js::Str(escape(&words::lifetime_every(
                            &w,
                            it.kind,
                            it.lifetime.as_ref(),
                            renewed,
                            it.renewed_every.as_ref(),
                        ))),
                    ),
                ])
            })
            .collect();
        if !rows.is_empty() {
            let [name, kind, _, _, purpose, lifetime, _] =
                crate::policy::outline::ITEM_COLUMNS.map(|id| w.get(id));
            fields.push((
                "cookieTable",
                Js::Obj(vec![
                    (
                        "headers",
                        Js::Map(vec![
                            ("name".into(), Js::Str(escape(&name))),
                            ("kind".into(), Js::Str(escape(&kind))),
                            ("purpose".into(), Js::Str(escape(&purpose))),
                            ("lifetime".into(), Js::Str(escape(&lifetime))),
                        ]),
                    ),
                    ("body", Js::Arr(rows)),
                ]),
            ));
        }
        sections.push(Js::Obj(fields));
    }
    // Who to ask, and the full policy.
    let p = &model.policy;
    let mut contact = escape(p.contact_name());
    if let Some(email) = p
        .email
        .as_ref()
        .filter(|e| crate::doc::safe_href(&format!("mailto:{}", e.value)))
    {
        let email = escape(&email.value);
        contact.push_str(&format!(" · <a href=\"mailto:{email}\">{email}</a>"));
    }
    contact.push_str(&format!(" · {policy_link}"));
    sections.push(Js::Obj(vec![
        ("title", Js::Str(escape(&w.get("h-contact")))),
        ("description", Js::Str(contact)),
    ]));
    // `acknowledge-required` with only strictly necessary cookies: there is
    // nothing to decline, so the banner asks for acceptance with a single
    // button (the library hides a button whose label is absent).
    let acknowledge_only =
        common::acknowledge_required(&model.consent) && !common::has_choice(model);
    let (description, accept) = if acknowledge_only {
        ("cc-acknowledge-description", "cc-accept")
    } else {
        ("cc-description", "cc-accept-all")
    };
    // `reject-all no`: the site's banner has no "reject all" button, so
    // none is labelled (the library hides a button without a label).
    let declines_in_one_click = model.consent.reject_all.as_ref().is_none_or(|b| b.value);
    let reject = || {
        (!acknowledge_only && declines_in_one_click).then(|| {
            (
                "acceptNecessaryBtn",
                Js::Str(escape(&w.get("cc-reject-all"))),
            )
        })
    };
    let text = |id: &str| Js::Str(escape(&w.get(id)));
    // California: show that an honoured opt-out signal was honoured.
    let description = if regional {
        let plain = escape(&w.get(description));
        let note = format!(
            "{plain}<p><strong>{}</strong></p>",
            escape(&w.get("cc-opt-out-honoured"))
        );
        banner_regions::if_honoured(&note, &plain)
    } else {
        text(description)
    };
    let consent_modal = [
        Some(("title", text("cc-title"))),
        Some(("description", description)),
        Some(("acceptAllBtn", text(accept))),
        reject(),
        Some(("showPreferencesBtn", text("cc-manage"))),
        Some(("footer", Js::Str(policy_link.clone()))),
    ];
    let preferences_modal = [
        Some(("title", text("cc-prefs-title"))),
        Some(("acceptAllBtn", text(accept))),
        reject(),
        Some(("savePreferencesBtn", text("cc-save"))),
        Some(("closeIconLabel", text("cc-close"))),
        Some(("sections", Js::Arr(sections))),
    ];
    Js::Obj(vec![
        (
            "consentModal",
            Js::Obj(consent_modal.into_iter().flatten().collect()),
        ),
        (
            "preferencesModal",
            Js::Obj(preferences_modal.into_iter().flatten().collect()),
        ),
    ])
}

/// Name of the module-level function that writes cookiec's facts into the
/// record (see [`record_writer`]).
const RECORD_WRITER: &str = "cookiecRecord";

/// vanilla-cookieconsent stores the choice but knows nothing of the policy:
/// after each consent or change, this puts the policy's revision and content
/// hash into the record's `data.cookiec` (format `cookiec-record-1`, read by
/// `cookiec_enforce::record`). It runs only when the library holds a valid
/// consent, i.e. for the current revision.
fn record_writer(revision: &str, content_hash: &str) -> String {
    format!(
        "// Writes the policy revision and content hash the visitor answered into the\n\
         // consent record (cookiec-record-1), read by cookiec's server enforcement.\n\
         const {RECORD_WRITER} = function () {{\n\
         \x20 const cc = globalThis.CookieConsent;\n\
         \x20 if (cc && typeof cc.setCookieData === \"function\") {{\n\
         \x20   cc.setCookieData({{ value: {{ cookiec: {{ v: 1, revision: {}, hash: {} }} }}, mode: \"update\" }});\n\
         \x20 }}\n\
         }};\n",
        str_lit(revision),
        str_lit(content_hash)
    )
}

pub fn build(model: &ValidModel, revision: &str, content_hash: &str) -> String {
    let opt_in = model.categories.iter().any(|c| {
        c.status != Status::NotUsed && c.consent_in(Region::Default) == ConsentMode::OptIn
    });
    // Regions or signals: what starts enabled is decided in the page.
    let regional = banner_regions::needed(model);
    let categories = model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
        .map(|c| {
            let mode = c.consent_in(Region::Default);
            let enabled = if regional && !c.is_required() {
                banner_regions::enabled_expr(&c.id.value)
            } else {
                Js::Bool(common::default_state(mode) == State::Granted)
            };
            let mut fields = vec![
                ("enabled", enabled),
                ("readOnly", Js::Bool(c.is_required())),
            ];
            let cookies = auto_clear(model, &c.id.value);
            if !c.is_required() && !cookies.is_empty() {
                fields.push(("autoClear", Js::Obj(vec![("cookies", Js::Arr(cookies))])));
            }
            (c.id.value.clone(), Js::Obj(fields))
        })
        .collect();
    // The lifetime is always written so it is the one the policy discloses.
    let expires = if regional {
        // vanilla-cookieconsent asks again when the record expires: after a
        // refusal ("necessary") that is the region's re-prompt interval.
        Js::Expr(format!(
            "function (acceptType) {{ return acceptType === \"necessary\" ? {s}.keepDaysAfterRefusal : {s}.keepDays; }}",
            s = banner_regions::SETTINGS
        ))
    } else {
        Js::Num((crate::record::lifetime(model).seconds / 86_400).max(1))
    };
    let cookie = vec![
        ("name", Js::Str(common::consent_cookie(model).to_string())),
        ("expiresAfterDays", expires),
    ];
    let languages: Vec<String> = model.policy.language_tags();
    let config = Js::Obj(vec![
        ("revision", Js::Num(revision_number(revision))),
        (
            "mode",
            if regional {
                banner_regions::setting("mode")
            } else {
                Js::Str(if opt_in { "opt-in" } else { "opt-out" }.to_string())
            },
        ),
        ("cookie", Js::Obj(cookie)),
        ("onConsent", Js::Ident(RECORD_WRITER)),
        ("onChange", Js::Ident(RECORD_WRITER)),
        ("categories", Js::Map(categories)),
        (
            "language",
            Js::Obj(vec![
                ("default", Js::Str(model.policy.default_lang().to_string())),
                (
                    "translations",
                    Js::Map(
                        languages
                            .iter()
                            .map(|l| (l.clone(), translation(model, l, regional)))
                            .collect(),
                    ),
                ),
            ]),
        ),
    ]);
    let mut out = format!(
        "// Generated by cookiec from the cookie policy of {} (revision {revision}). Do not edit.\n\
         // Configuration for vanilla-cookieconsent 3 (https://cookieconsent.orestbida.com):\n\
         //   import config from './cookieconsent.config.js';\n\
         //   CookieConsent.run(config);\n\
         // (With the ES module build, set `globalThis.CookieConsent` to the imported\n\
         // module first; to add your own onConsent/onChange, call config's from yours.)\n\
         {}{}{}\
         export default ",
        js::comment_safe(&model.policy.service.value),
        js::not_cleared_note(model),
        record_writer(revision, content_hash),
        if regional {
            banner_regions::preamble(model)
        } else {
            String::new()
        }
    );
    render(&config, 0, &mut out);
    out.push_str(";\n");
    out
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;

    fn banner(consent: &str) -> String {
        let src = format!(
            "policy \"Shop\" {{\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}}\n\n\
             consent {{\n  banner yes\n{consent}}}\n\n\
             category essential {{\n  title \"Essential\"\n  consent required\n}}\n\n\
             category stats {{\n  title \"Statistics\"\n  consent opt-in\n}}\n\n\
             cookie \"sid\" {{\n  category essential\n  purpose \"Sign-in.\"\n  lifetime session\n}}\n\n\
             cookie \"_pk_id\" {{\n  category stats\n  purpose \"Statistics.\"\n  lifetime 13 months\n}}\n"
        );
        let checked = cookiec_check::check_source(&src);
        let Some(valid) = checked.valid() else {
            panic!("{:#?}", checked.diagnostics)
        };
        build(&valid, "0000000", "sha256:0")
    }

    #[test]
    fn reject_all_no_labels_no_reject_button() {
        // A banner without a one-click refusal gets no "Reject all" label
        // (the library hides a button without one); said or unsaid, the
        // button is there.
        assert!(!banner("  reject-all no\n").contains("acceptNecessaryBtn"));
        assert_eq!(
            banner("  reject-all yes\n")
                .matches("\"acceptNecessaryBtn\": \"Reject all\"")
                .count(),
            2
        );
        assert!(banner("").contains("acceptNecessaryBtn"));
    }

    #[test]
    fn revision_numbers_are_small_integers() {
        assert_eq!(revision_number("76c2ae0095dc7de7"), 0x76c2ae0);
        assert!(revision_number("ffffffffffffffff") < (1 << 28));
    }
}
