//! Lint rules: checks on a well-formed model (cookie specification, policy
//! consistency, consent law per jurisdiction, platform requirements).
//!
//! Organised like ruff: one file per rule, grouped by family (`spec/`,
//! `policy/`, `eu/`, ...). Each file declares a `pub const RULE: Rule` with
//! its code, name, severity, jurisdictions, documentation (with the source
//! it rests on), fix availability and check function. [`REGISTRY`] lists
//! them all; [`RULES`] (their registry entries, which `cookiec_check::codes::all` joins) is
//! derived from it by the same macro, so the two cannot drift apart.
//!
//! The checker calls [`run`] after lowering and then applies
//! `lint { allow deny }` and inline `allow CODE "reason"`.

mod context;
pub mod docs;
mod fix;
mod index;
pub mod psl;
mod tracking;

mod registry;

mod br;
mod ca;
mod de;
mod es;
mod eu;
mod fr;
mod gcm;
mod it;
mod policy;
mod spec;
mod uk;
mod us;

pub use context::Ctx;
pub use registry::{FixAvailability, Rule, RuleKind};

use crate::model::{Model, Region};
use cookiec_diagnostics::{Code, Diagnostic, Stage};
use cookiec_syntax::ast::SourceFile;

macro_rules! registry {
    ($($rule:expr),* $(,)?) => {
        /// Every rule, in code order.
        pub const REGISTRY: &[Rule] = &[$($rule),*];
        /// Every lint rule's code and documentation (derived from
        /// [`REGISTRY`]).
        pub const RULES: &[Code] = &[$($rule.info.at(Stage::Lint)),*];
    };
}

registry![
    spec::invalid_cookie_name::RULE,
    spec::secure_prefix::RULE,
    spec::host_prefix::RULE,
    spec::same_site_none_insecure::RULE,
    spec::partitioned_insecure::RULE,
    spec::lifetime_over_400_days::RULE,
    spec::public_suffix_domain::RULE,
    spec::invalid_domain::RULE,
    spec::domain_outside_site::RULE,
    spec::relative_path::RULE,
    spec::storage_with_path::RULE,
    spec::http_only_read_by_script::RULE,
    spec::cookie_not_sent::RULE,
    policy::consent_record_undeclared::RULE,
    policy::consent_record_lifetime_mismatch::RULE,
    policy::commitment_contradicted::RULE,
    policy::item_in_unused_category::RULE,
    policy::session_key_undeclared::RULE,
    policy::consent_record_http_only::RULE,
    policy::contact_undisclosed::RULE,
    policy::consent_record_not_necessary::RULE,
    eu::no_consent::RULE,
    eu::trackers_in_necessary::RULE,
    eu::pre_ticked::RULE,
    eu::lifetime_undisclosed::RULE,
    eu::third_party_undisclosed::RULE,
    eu::withdrawal_harder::RULE,
    eu::no_reject_all::RULE,
    eu::storage_and_pixels::RULE,
    eu::opt_in_without_banner::RULE,
    eu::cookie_wall::RULE,
    fr::lifetime_over_13_months::RULE,
    fr::consent_renewal_late::RULE,
    fr::audience_measurement::RULE,
    uk::no_consent::RULE,
    uk::no_reject_all::RULE,
    uk::cookie_wall::RULE,
    uk::opt_in_without_banner::RULE,
    uk::withdrawal_harder::RULE,
    uk::trackers_in_necessary::RULE,
    de::embedded_third_party::RULE,
    it::early_reprompt::RULE,
    es::consent_renewal_late::RULE,
    ca::sale_without_opt_out::RULE,
    ca::gpc_ignored::RULE,
    ca::dnt_undisclosed::RULE,
    ca::opt_out_link::RULE,
    us::colorado_gpc::RULE,
    us::connecticut_gpc::RULE,
    br::no_choice::RULE,
    br::no_reject_all::RULE,
    gcm::unmapped_google_provider::RULE,
    gcm::incomplete_v2_mapping::RULE,
    gcm::granted_without_consent::RULE,
];

/// The rule with this code (exact, case-insensitive) or name.
pub fn find(code: &str) -> Option<&'static Rule> {
    REGISTRY
        .iter()
        .find(|r| r.info.code.eq_ignore_ascii_case(code) || r.info.name == code)
}

/// Run every rule that applies to the given jurisdictions (spec and policy
/// rules always run).
pub fn run(model: &Model, file: &SourceFile, jurisdictions: &[Region]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let index = index::Index::new(model);
    for rule in REGISTRY {
        if !rule.applies_to(jurisdictions) {
            continue;
        }
        let cx = Ctx::new(model, file, jurisdictions, rule, &index);
        for mut d in (rule.check)(&cx) {
            rule.finish(&mut d);
            out.push(d);
        }
    }
    cookiec_diagnostics::sort(&mut out);
    out
}
