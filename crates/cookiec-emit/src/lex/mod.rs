//! The generated wording of the human policy, per language.
//!
//! Every sentence cookiec writes itself (headings, labels, lifetimes,
//! commitments, ...) comes from a [`Lex`]; user text (titles, purposes,
//! sections) comes from the `.cookies` file in each declared language.
//! English and German are built in; any other language falls back to
//! English wording around the user's translated text.
//!
//! Templates use `{name}` placeholders, filled by [`fill`] in one pass (a
//! user string containing `{x}` is never expanded again). Arrays indexed
//! by an enum follow the enum's declaration order (`ALL`).

mod de;
mod en;

pub use de::DE;
pub use en::EN;

pub struct Lex {
    pub months: [&'static str; 12],
    /// Date with a day: `{day}`, `{month}`, `{year}`.
    pub day_date: &'static str,
    /// Date without a day: `{month}`, `{year}`.
    pub month_date: &'static str,
    /// (singular, plural) for second, minute, hour, day, week, month, year.
    pub units: [(&'static str, &'static str); 7],

    pub lt_not_specified: &'static str,
    pub lt_nothing_stored: &'static str,
    pub lt_session: &'static str,
    pub lt_session_configurable: &'static str,
    pub lt_until_cleared: &'static str,
    /// `lifetime until-sign-out`: ended by the visitor or the server.
    pub lt_until_sign_out: &'static str,
    /// `{d}`, `{on}`.
    pub lt_sliding_on: &'static str,
    pub lt_sliding: &'static str,
    pub lt_configurable: &'static str,
    pub lt_configurable_sliding_on: &'static str,
    pub lt_configurable_sliding: &'static str,

    pub kinds: [&'static str; 7],
    pub kinds_explained: [&'static str; 7],
    pub consent_modes: [&'static str; 4],
    pub regions: [&'static str; 21],
    pub commitments: [&'static str; 9],
    pub change_notices: [&'static str; 5],
    pub withdraw: [&'static str; 4],
    pub roles: [&'static str; 13],
    pub browsers: [&'static str; 5],

    /// `{service}`.
    pub title: &'static str,
    pub first_party: &'static str,
    pub last_updated: &'static str,
    pub effective: &'static str,
    pub reference: &'static str,
    /// `{service}`, `{site}` (a link).
    pub intro_site: &'static str,
    pub intro_no_site: &'static str,
    /// `{service}`, `{controller}`.
    pub operated_by: &'static str,
    /// `{link}`.
    pub read_with: &'static str,
    pub privacy_policy: &'static str,

    pub h_what: &'static str,
    pub what: &'static str,
    pub besides: &'static str,

    pub h_categories: &'static str,
    pub no_categories: &'static str,
    pub may_use_category: &'static str,
    pub consent: &'static str,
    pub purposes: &'static str,
    pub if_blocked: &'static str,
    pub never_contain: &'static str,
    pub h_not_used: &'static str,
    pub not_used: &'static str,

    /// `{prefix}`.
    pub prefix_note: &'static str,
    pub regex_note: &'static str,
    /// `{what}`.
    pub unnamed: &'static str,
    pub may_be_used: &'static str,
    /// `{when}`.
    pub set_when: &'static str,
    /// `{what}`.
    pub contains: &'static str,
    pub never_contains: &'static str,
    /// `{cookie}`.
    pub keyed_by: &'static str,
    pub not_sent: &'static str,
    pub sent: &'static str,
    pub stays: &'static str,
    pub read_by_script: &'static str,
    /// `{list}`.
    pub attributes: &'static str,
    /// `{domain}`.
    pub domain: &'static str,
    /// `{path}`.
    pub path: &'static str,

    pub h_items: &'static str,
    pub no_items: &'static str,
    pub items_intro: &'static str,
    pub items_caption: &'static str,
    pub item_columns: [&'static str; 7],

    pub h_third: &'static str,
    pub no_third: &'static str,
    pub third_intro: &'static str,
    pub any_provider: &'static str,
    pub yes: &'static str,
    pub not_stated: &'static str,
    pub not_published: &'static str,
    /// After the intro when some provider is `status may-use`.
    pub third_may_intro: &'static str,
    /// The own-cookies cell of a `may-use` provider that sets them.
    pub may: &'static str,
    pub third_caption: &'static str,
    pub third_columns: [&'static str; 4],

    pub h_commitments: &'static str,

    pub h_signals: &'static str,
    pub gpc_honour: &'static str,
    pub gpc_ignore: &'static str,
    pub dnt_honour: &'static str,
    pub dnt_ignore: &'static str,

    pub h_manage: &'static str,
    pub banner: &'static str,
    /// `acknowledge-required`, every category in use strictly necessary.
    pub banner_acknowledge: &'static str,
    /// `acknowledge-required`, with categories the visitor may decline.
    pub banner_acknowledge_choose: &'static str,
    pub reject_all: &'static str,
    /// `{ways}`.
    pub withdraw_sentence: &'static str,
    pub withdraw_or: &'static str,
    /// `{cookie}` (a code span).
    pub record: &'static str,
    /// `{cookie}`, `{d}`.
    pub record_for: &'static str,
    /// `{d}`.
    pub renew_after: &'static str,
    pub renew_on_change: &'static str,
    /// Both: `{d}`.
    pub renew_both: &'static str,
    /// `{d}`.
    pub reprompt: &'static str,
    pub browser_settings: &'static str,
    pub block_required: &'static str,
    pub browser_help: &'static str,
    pub learn_more: &'static str,

    pub h_changes: &'static str,
    pub changes: &'static str,

    /// Consent banner texts (the vanilla-cookieconsent adapter).
    pub cc_title: &'static str,
    pub cc_description: &'static str,
    pub cc_accept_all: &'static str,
    /// Banner text and button when there is nothing to decline
    /// (`acknowledge-required`, only strictly necessary cookies).
    pub cc_acknowledge_description: &'static str,
    pub cc_accept: &'static str,
    pub cc_reject_all: &'static str,
    pub cc_manage: &'static str,
    pub cc_save: &'static str,
    pub cc_close: &'static str,
    pub cc_prefs_title: &'static str,
    pub cc_prefs_intro: &'static str,
    pub cc_policy_link: &'static str,
    /// Purpose of cookiec's consent record cookie, disclosed automatically
    /// when cookiec supplies the banner.
    pub record_item_purpose: &'static str,
    /// Label of the table of contents of the HTML page.
    pub contents: &'static str,
    pub h_contact: &'static str,
    pub contact: &'static str,
    pub email: &'static str,
    pub website: &'static str,
}

/// The wording for `lang` (`de`, `de-AT`, ... → German; else English).
pub fn lex(lang: &str) -> &'static Lex {
    let primary = lang.split('-').next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "de" => &DE,
        _ => &EN,
    }
}

/// Replace each `{key}` of `template` by its value, in one pass. Unknown
/// keys are kept as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match args.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Split a template at `{key}`: the text before and after it (for
/// placeholders that become links or code spans).
pub fn split<'a>(template: &'a str, key: &str) -> (&'a str, &'a str) {
    let marker = format!("{{{key}}}");
    match template.find(&marker) {
        Some(i) => (&template[..i], &template[i + marker.len()..]),
        None => (template, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_is_one_pass() {
        assert_eq!(
            fill("{a} and {b} {c}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x {c}"
        );
        assert_eq!(fill("open { only", &[]), "open { only");
        assert_eq!(split("see {link}.", "link"), ("see ", "."));
    }

    #[test]
    fn languages_pick_their_wording() {
        assert!(std::ptr::eq(lex("de-AT"), &DE));
        assert!(std::ptr::eq(lex("fr"), &EN));
    }
}
