//! What the c15t and Klaro outputs share: which mode a banner that does not
//! know the visitor's region applies to a category, and the script that
//! writes the `cookiec-record-1` consent record (so the header rules see the
//! visitor's choice whichever banner library took it).

use crate::banner_regions;
use crate::common::{self, State};
use crate::js::{self, Js};
use crate::lex::Words;
use cookiec_check::model::{Category, ConsentMode, Model, Status};

/// A category's strictest mode over every region it declares (`default`
/// included): opt-in before opt-out before notice before required. The
/// banner cannot tell where the visitor is, so it never applies a looser
/// rule than some region needs.
pub fn strictest(c: &Category) -> ConsentMode {
    c.consent
        .values()
        .map(|m| m.value)
        .max_by_key(|m| rank(*m))
        .unwrap_or(ConsentMode::OptIn)
}

/// How strict a mode is: opt-in before opt-out before notice before required.
pub fn rank(m: ConsentMode) -> u8 {
    match m {
        ConsentMode::OptIn => 3,
        ConsentMode::OptOut => 2,
        ConsentMode::Notice => 1,
        ConsentMode::Required => 0,
    }
}

/// Cannot be switched off in any region.
pub fn required(c: &Category) -> bool {
    strictest(c) == ConsentMode::Required
}

/// On before the visitor chooses, in every region.
pub fn on_by_default(c: &Category) -> bool {
    common::default_state(strictest(c)) == State::Granted
}

/// The categories a banner shows: every one in use, in declaration order.
pub fn live(model: &Model) -> impl Iterator<Item = &Category> {
    model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
}

/// The declared languages, or the default one when none is declared.
pub fn languages(model: &Model) -> Vec<String> {
    if model.policy.languages.is_empty() {
        vec![model.policy.default_lang().to_string()]
    } else {
        model.policy.language_tags()
    }
}

/// Only strictly necessary categories with `acknowledge-required`: the
/// banner asks for acceptance, there is nothing to decline.
pub fn acknowledge_only(model: &Model) -> bool {
    common::acknowledge_required(&model.consent) && !live(model).any(|c| !required(c))
}

/// The banner text `id` in plain text; `regional`, with the note that an
/// honoured opt-out signal was honoured, when it was (California).
pub fn notice_text(w: &Words, id: &str, regional: bool) -> Js {
    let plain = w.get(id);
    if regional {
        let note = format!("{plain} {}", w.get("cc-opt-out-honoured"));
        banner_regions::if_honoured(&note, &plain)
    } else {
        Js::Str(plain)
    }
}

/// Seconds the consent record lives: `record-lifetime`, else 182 days (what
/// vanilla-cookieconsent keeps its cookie by default).
pub fn record_max_age(model: &Model) -> u64 {
    model
        .consent
        .record_lifetime
        .as_ref()
        .map(|d| d.seconds)
        .unwrap_or(182 * 86_400)
}

/// JavaScript defining `writeRecord(granted)` (the ids of the categories
/// the visitor granted, required ones included) and `consentModeUpdate(granted)`
/// (the `update` call of google-consent-mode.js, when it is loaded).
pub fn record_script(model: &Model, revision: &str, content_hash: &str) -> String {
    format!(
        r#"  var record = {{ name: {name}, revision: {revision}, hash: {hash}, maxAge: {max_age} }};
  // The consent record (cookiec-record-1) the header rules read: URL-encoded
  // JSON with the granted category ids and the policy revision and hash.
  function writeRecord(granted) {{
    var value = encodeURIComponent(JSON.stringify({{
      categories: granted,
      data: {{ cookiec: {{ v: 1, revision: record.revision, hash: record.hash }} }}
    }}));
    document.cookie = record.name + "=" + value + "; Path=/; Max-Age=" + record.maxAge +
      "; SameSite=Lax" + (location.protocol === "https:" ? "; Secure" : "");
  }}
  function consentModeUpdate(granted) {{
    if (window.cookiecConsentMode) window.cookiecConsentMode.update(granted);
  }}
"#,
        name = js::str_lit(common::consent_cookie(model)),
        revision = js::str_lit(revision),
        hash = js::str_lit(content_hash),
        max_age = record_max_age(model),
    )
}
