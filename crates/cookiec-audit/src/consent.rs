//! Which categories were granted when a capture saw an item: stated on the
//! command line (`--consent`), or inferred from the consent record the
//! requests carried at that moment.

use crate::capture::{Capture, Moment};
use crate::consent_record::read_record;
use cookiec_check::model::{ConsentMode, Model, Region};
use std::collections::BTreeSet;

/// What `--consent` says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ConsentArg {
    /// Read the consent record in the capture (the default).
    #[default]
    Infer,
    /// No choice made: only what needs no opt-in (required, opt-out and
    /// notice categories).
    None,
    /// Every category granted.
    All,
    /// These categories granted, besides the required ones.
    Categories(Vec<String>),
}

impl ConsentArg {
    /// `--consent` values: `none`, `all`, or category ids. An id the policy
    /// does not declare is an error (a typo would silently grant nothing).
    pub fn parse(values: &[String], model: &Model) -> Result<ConsentArg, String> {
        match values {
            [] => Ok(ConsentArg::Infer),
            [v] if v == "none" => Ok(ConsentArg::None),
            [v] if v == "all" => Ok(ConsentArg::All),
            ids => {
                for id in ids {
                    if !model.categories.iter().any(|c| c.id.value == *id) {
                        return Err(format!(
                            "--consent {id}: the policy declares no category `{id}` (use `none`, `all` or category ids)"
                        ));
                    }
                }
                Ok(ConsentArg::Categories(ids.to_vec()))
            }
        }
    }
}

/// The categories granted at one moment, and how the audit knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Granted {
    pub categories: BTreeSet<String>,
    /// For messages: "no consent record", "the consent record granted …".
    pub how: String,
}

fn required(model: &Model) -> BTreeSet<String> {
    model
        .categories
        .iter()
        .filter(|c| c.is_required())
        .map(|c| c.id.value.clone())
        .collect()
}

/// Categories on before any choice: all but the opt-in ones.
fn defaults(model: &Model) -> BTreeSet<String> {
    model
        .categories
        .iter()
        .filter(|c| c.consent_in(Region::Default) != ConsentMode::OptIn)
        .map(|c| c.id.value.clone())
        .collect()
}

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "nothing".to_string()
    } else {
        set.iter().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// The state at `moment` of `capture`. `record` is the consent record
/// cookie's name.
pub fn granted(
    model: &Model,
    arg: &ConsentArg,
    record: &str,
    capture: &Capture,
    moment: Moment,
) -> Granted {
    match arg {
        ConsentArg::None => Granted {
            categories: defaults(model),
            how: "--consent none".into(),
        },
        ConsentArg::All => Granted {
            categories: model
                .categories
                .iter()
                .map(|c| c.id.value.clone())
                .collect(),
            how: "--consent all".into(),
        },
        ConsentArg::Categories(ids) => {
            let mut set = required(model);
            set.extend(ids.iter().cloned());
            Granted {
                how: format!("--consent {}", ids.join(" ")),
                categories: set,
            }
        }
        ConsentArg::Infer => {
            let value = capture
                .cookies_at(moment)
                .iter()
                .rev()
                .find(|(n, _)| n == record)
                .map(|(_, v)| v.as_str());
            let record_read = value.and_then(read_record);
            // With `renew-on-change yes`, a choice made under an earlier
            // revision no longer counts (the header rules ignore it too).
            let current = cookiec_emit::revision::revision(model);
            let renews = model
                .consent
                .renew_on_change
                .as_ref()
                .is_some_and(|b| b.value);
            if let Some(old) = record_read
                .as_ref()
                .and_then(|r| r.revision.as_deref())
                .filter(|r| renews && *r != current)
            {
                let set = defaults(model);
                return Granted {
                    how: format!(
                        "the consent record `{record}` answers revision {old}, not the current {current}, and consent is asked again on every material change, so only {} applied",
                        list(&set)
                    ),
                    categories: set,
                };
            }
            match record_read.map(|r| r.categories) {
                Some(chosen) => {
                    let mut set = required(model);
                    set.extend(chosen);
                    Granted {
                        how: format!("the consent record `{record}` granted {}", list(&set)),
                        categories: set,
                    }
                }
                None => {
                    let set = defaults(model);
                    Granted {
                        how: match value {
                            Some(_) => format!(
                                "the consent record `{record}` is unreadable, so only {} applied",
                                list(&set)
                            ),
                            None => format!(
                                "no consent record `{record}` yet, so only {} applied",
                                list(&set)
                            ),
                        },
                        categories: set,
                    }
                }
            }
        }
    }
}
