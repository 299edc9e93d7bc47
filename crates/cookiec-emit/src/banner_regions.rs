//! What a banner does before the visitor chooses, per region: which
//! categories start enabled, which a Global Privacy Control or Do Not Track
//! signal switches off, how long a choice is kept. The page tells the
//! banner its visitor's region (`<html data-cookiec-region="us-ca">`, set by
//! the server or a template from its geo header); a missing or unknown code
//! gets the strictest rule of every region: a category starts enabled only
//! if it does in every region, and a signal switches off what it switches
//! off anywhere.
//!
//! The same model functions decide the runtime config's `with_gpc` and the
//! header rules' `denies` ([`common::signal_state`]), so the four outputs
//! cannot disagree.

use crate::common::{self, State};
use crate::js::{self, str_lit, Js};
use cookiec_check::model::{Category, Model, Region, SignalResponse, Status};

/// The settings of one region (or of the unknown one).
struct Settings {
    enabled: Vec<(String, bool)>,
    gpc: Vec<String>,
    dnt: Vec<String>,
    /// Days a choice is kept: after accepting (`all`, `custom`) and after
    /// refusing (`necessary`).
    keep_days: (u64, u64),
    /// Show that an honoured GPC signal was honoured (California).
    show_honoured: bool,
}

fn live(model: &Model) -> impl Iterator<Item = &Category> {
    model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed)
}

fn days(seconds: u64) -> u64 {
    (seconds / 86_400).max(1)
}

/// Days a choice is kept in `region`: `renew-after` (else the record's
/// lifetime) after accepting, `reprompt-after-refusal` after refusing,
/// never longer than the record lives.
fn keep_days(model: &Model, region: Region) -> (u64, u64) {
    let record = crate::record::lifetime(model).seconds;
    let c = &model.consent;
    let accepted = c
        .renew_after_in(region)
        .map_or(record, |d| d.seconds.min(record));
    let refused = c
        .reprompt_after_refusal_in(region)
        .map_or(accepted, |d| d.seconds.min(record));
    (days(accepted), days(refused))
}

fn denied_by(
    model: &Model,
    region: Region,
    response: impl Fn(Region) -> Option<SignalResponse>,
) -> Vec<String> {
    live(model)
        .filter(|c| common::signal_state(model, c, region, response(region)) == State::Denied)
        .filter(|c| common::default_state(c.consent_in(region)) == State::Granted)
        .map(|c| c.id.value.clone())
        .collect()
}

fn settings(model: &Model, region: Region) -> Settings {
    let c = &model.consent;
    Settings {
        enabled: live(model)
            .map(|cat| {
                let on = common::default_state(cat.consent_in(region)) == State::Granted;
                (cat.id.value.clone(), on)
            })
            .collect(),
        gpc: denied_by(model, region, |r| c.gpc_in(r)),
        dnt: denied_by(model, region, |r| c.dnt_in(r)),
        keep_days: keep_days(model, region),
        show_honoured: matches!(region, Region::UsCa | Region::Us) && honoured(c.gpc_in(region)),
    }
}

fn honoured(r: Option<SignalResponse>) -> bool {
    !matches!(r, None | Some(SignalResponse::Ignore))
}

/// The strictest combination of every region's settings.
fn unknown(all: &[Settings]) -> Settings {
    let mut out = Settings {
        enabled: all.first().map(|s| s.enabled.clone()).unwrap_or_default(),
        gpc: vec![],
        dnt: vec![],
        keep_days: (u64::MAX, u64::MAX),
        show_honoured: all.iter().any(|s| s.show_honoured),
    };
    for s in all {
        for (id, on) in &mut out.enabled {
            *on &= s.enabled.iter().any(|(i, o)| i == id && *o);
        }
        out.gpc.extend(s.gpc.iter().cloned());
        out.dnt.extend(s.dnt.iter().cloned());
        out.keep_days.0 = out.keep_days.0.min(s.keep_days.0);
        out.keep_days.1 = out.keep_days.1.min(s.keep_days.1);
    }
    for v in [&mut out.gpc, &mut out.dnt] {
        v.sort();
        v.dedup();
        // A category already off cannot be switched off.
        v.retain(|id| out.enabled.iter().any(|(i, on)| i == id && *on));
    }
    out
}

fn settings_js(s: &Settings) -> Js {
    let ids = |v: &[String]| Js::Arr(v.iter().map(|c| Js::Str(c.clone())).collect());
    Js::Obj(vec![
        (
            "enabled",
            Js::Map(
                s.enabled
                    .iter()
                    .map(|(id, on)| (id.clone(), Js::Bool(*on)))
                    .collect(),
            ),
        ),
        ("gpc", ids(&s.gpc)),
        ("dnt", ids(&s.dnt)),
        ("keepDays", Js::Num(s.keep_days.0)),
        ("keepDaysAfterRefusal", Js::Num(s.keep_days.1)),
        ("showHonoured", Js::Bool(s.show_honoured)),
    ])
}

/// Whether the banner must look at the visitor's region or signals: the
/// policy distinguishes regions, or a signal switches off a category that
/// would otherwise start enabled.
pub fn needed(model: &Model) -> bool {
    let regions = common::regions(model);
    regions.len() > 1
        || regions
            .iter()
            .map(|r| settings(model, *r))
            .any(|s| !s.gpc.is_empty() || !s.dnt.is_empty())
}

/// The name of the module-level constant [`preamble`] defines.
pub const SETTINGS: &str = "cookiecSettings";

/// JavaScript defining `cookiecSettings`: the visitor's region key, `mode`
/// (`opt-out` when some category starts enabled), `enabled` (category →
/// bool, after signals), `honoured` (a signal was honoured and must be
/// shown), `keepDays` and `keepDaysAfterRefusal`.
pub fn preamble(model: &Model) -> String {
    let regions = common::regions(model);
    let per_region: Vec<Settings> = regions.iter().map(|r| settings(model, *r)).collect();
    let mut table: Vec<(String, Js)> = regions
        .iter()
        .zip(&per_region)
        .map(|(r, s)| (r.as_str().to_string(), settings_js(s)))
        .collect();
    table.push(("unknown".to_string(), settings_js(&unknown(&per_region))));
    // Every region code the page may send → the declared region that
    // applies (its own, its parent's, else `default`).
    let region_of: Vec<(String, Js)> = Region::ALL
        .iter()
        .map(|code| {
            let key = code
                .chain()
                .into_iter()
                .find(|r| regions.contains(r))
                .unwrap_or(Region::Default);
            (code.as_str().to_string(), Js::Str(key.as_str().to_string()))
        })
        .collect();
    let required: Vec<Js> = live(model)
        .filter(|c| c.is_required())
        .map(|c| Js::Str(c.id.value.clone()))
        .collect();
    let mut regions_js = String::new();
    js::render(&Js::Map(table), 1, &mut regions_js);
    let mut region_of_js = String::new();
    js::render(&Js::Map(region_of), 1, &mut region_of_js);
    let mut required_js = String::new();
    js::render(&Js::Arr(required), 1, &mut required_js);
    format!(
        r#"// The visitor's region decides what starts enabled before any choice. The
// server (or a page template) sets it from its geo header as a cookiec region
// code, <html data-cookiec-region="us-ca">, or as globalThis.cookiecRegion; a
// missing or unknown code gets the strictest rule of every region.
const {SETTINGS} = (function () {{
  const regions = {regions_js};
  const regionOf = {region_of_js};
  const required = {required_js};
  const doc = globalThis.document;
  const root = doc && doc.documentElement;
  const code = String((root && root.getAttribute("data-cookiec-region")) ||
    globalThis.cookiecRegion || "").trim().toLowerCase();
  const region = Object.prototype.hasOwnProperty.call(regionOf, code) ? regionOf[code] : "unknown";
  const r = regions[region];
  const nav = globalThis.navigator || {{}};
  const gpc = nav.globalPrivacyControl === true;
  const dnt = nav.doNotTrack === "1" || globalThis.doNotTrack === "1";
  const enabled = Object.assign({{}}, r.enabled);
  let honoured = false;
  if (gpc) r.gpc.forEach(function (c) {{ enabled[c] = false; honoured = true; }});
  if (dnt) r.dnt.forEach(function (c) {{ enabled[c] = false; }});
  const anyOn = Object.keys(enabled).some(function (c) {{
    return enabled[c] && required.indexOf(c) < 0;
  }});
  return {{
    region: region,
    mode: anyOn ? "opt-out" : "opt-in",
    enabled: enabled,
    honoured: honoured && r.showHonoured,
    keepDays: r.keepDays,
    keepDaysAfterRefusal: r.keepDaysAfterRefusal
  }};
}})();
"#
    )
}

/// `cookiecSettings.<field>` (a field [`preamble`] documents).
pub fn setting(field: &'static str) -> Js {
    Js::Expr(format!("{SETTINGS}.{field}"))
}

/// `cookiecSettings.enabled["id"]`.
pub fn enabled_expr(id: &str) -> Js {
    Js::Expr(format!("{SETTINGS}.enabled[{}]", str_lit(id)))
}

/// `cookiecSettings.honoured ? with : without`.
pub fn if_honoured(with: &str, without: &str) -> Js {
    Js::Expr(format!(
        "{SETTINGS}.honoured ? {} : {}",
        str_lit(with),
        str_lit(without)
    ))
}
