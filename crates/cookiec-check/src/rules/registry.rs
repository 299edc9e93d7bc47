//! The rule type every rule file declares.

use super::context::Ctx;
use crate::model::Region;
use cookiec_diagnostics::{CodeInfo, Diagnostic};

/// What a rule rests on; decides the label it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// Cookie specifications (RFC 6265, RFC 6265bis, CHIPS): what browsers do.
    Spec,
    /// Consistency of the policy with itself (a statement contradicting a
    /// declaration).
    Policy,
    /// Consent law of a jurisdiction: information, not legal advice.
    Legal,
    /// A platform's contractual requirement (Google's EU user consent
    /// policy): not law.
    Platform,
}

impl RuleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Spec => "spec",
            RuleKind::Policy => "policy",
            RuleKind::Legal => "legal",
            RuleKind::Platform => "platform",
        }
    }

    /// The sentence appended to every diagnostic's help and to the rule's
    /// documentation page.
    pub fn notice(self) -> Option<&'static str> {
        match self {
            RuleKind::Legal => Some("This is information, not legal advice."),
            RuleKind::Platform => Some(
                "This is a platform rule (Google's EU user consent policy), not law; information, not legal advice.",
            ),
            RuleKind::Spec | RuleKind::Policy => None,
        }
    }
}

/// Whether the rule can offer a mechanical fix, and whether
/// `cookiec check --fix` applies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    /// Offered as a code action only (it may change what the policy says).
    Unsafe,
    /// At least in some cases a safe fix, applied by `cookiec check --fix`.
    Safe,
}

impl FixAvailability {
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Unsafe => "unsafe",
            FixAvailability::Safe => "safe",
        }
    }
}

/// One lint rule.
pub struct Rule {
    /// Code, name, default severity, summary and full documentation.
    pub info: CodeInfo,
    pub kind: RuleKind,
    /// Regions the rule applies to; empty means always (spec and policy
    /// rules).
    pub jurisdictions: &'static [Region],
    pub fix: FixAvailability,
    /// The source it rests on, in one line (the page has the detail).
    pub source: &'static str,
    pub check: fn(&Ctx) -> Vec<Diagnostic>,
}

impl Rule {
    /// Whether the rule runs for a file whose jurisdictions are `active`.
    pub fn applies_to(&self, active: &[Region]) -> bool {
        self.jurisdictions.is_empty() || self.jurisdictions.iter().any(|r| active.contains(r))
    }

    /// `spec`, `policy`, or the regions joined with `, `.
    pub fn jurisdictions_label(&self) -> String {
        if self.jurisdictions.is_empty() {
            "always".to_string()
        } else {
            self.jurisdictions
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// Stamp the rule's notice on a diagnostic it produced.
    pub(super) fn finish(&self, d: &mut Diagnostic) {
        if let Some(notice) = self.kind.notice() {
            d.help = Some(match d.help.take() {
                Some(h) => format!("{h} {notice}"),
                None => notice.to_string(),
            });
        }
    }
}
