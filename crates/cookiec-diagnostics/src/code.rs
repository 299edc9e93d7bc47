//! The typed diagnostic code: what `cookiec explain CODE` prints, what
//! completion and hover show, and what decides whether `allow`/`deny` may
//! touch a diagnostic.
//!
//! Each stage declares its codes next to the code that emits them, with
//! [`declare_codes!`] (syntax codes in cookiec-syntax, checker codes in
//! cookiec-check, build and formatter codes in [`crate::stage_codes`]) or,
//! for a lint rule, in the rule's `RULE` constant. `cookiec_check::codes`
//! is the one registry joining every stage.

use crate::Severity;

/// Which stage of the pipeline emits a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// The lexer and parser (E1xx).
    Syntax,
    /// Name resolution, types and the schema (E2xx, W2xx).
    Check,
    /// A lint rule (SPEC, POL, EU, ...).
    Lint,
    /// `cookiec build`: what may reach an output file (E3xx).
    Build,
    /// The formatter (F0xx).
    Fmt,
    /// `cookiec diff`: what changed between two revisions (D0xx).
    Diff,
    /// `cookiec audit`: a capture held against the policy (AUD0xx).
    Audit,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Syntax => "syntax",
            Stage::Check => "check",
            Stage::Lint => "lint",
            Stage::Build => "build",
            Stage::Fmt => "fmt",
            Stage::Diff => "diff",
            Stage::Audit => "audit",
        }
    }

    /// Whether the checker (`cookiec check`, the language server) emits
    /// codes of this stage, so that `allow`/`deny` may name them.
    pub fn is_checked(self) -> bool {
        matches!(self, Stage::Syntax | Stage::Check | Stage::Lint)
    }
}

/// One diagnostic code.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    /// Stable code, e.g. `E208`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `unknown-reference`.
    pub name: &'static str,
    pub stage: Stage,
    /// The default severity.
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Full Markdown documentation (what, why, example, fix).
    pub doc: &'static str,
}

/// A code as a lint rule declares it in its `RULE` constant: everything
/// but the stage, which the registry adds ([`CodeInfo::at`]), so a rule
/// file states only what is its own.
#[derive(Clone, Copy, Debug)]
pub struct CodeInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub doc: &'static str,
}

impl CodeInfo {
    /// The registry entry of this code, emitted by `stage`.
    pub const fn at(self, stage: Stage) -> Code {
        Code {
            code: self.code,
            name: self.name,
            stage,
            severity: self.severity,
            summary: self.summary,
            doc: self.doc,
        }
    }
}

impl Code {
    /// Whether `allow`/`deny` apply: lint rules and the checker's warnings;
    /// errors of the language itself never.
    pub fn is_suppressible(&self) -> bool {
        self.stage == Stage::Lint
            || (self.stage == Stage::Check && self.severity == Severity::Warning)
    }
}

/// Declares a stage's codes once: each entry gives a `&str` constant for
/// the emitting code and an entry of the stage's `CODES` table, whose
/// documentation is `docs/codes/<CODE>.md`.
///
/// ```ignore
/// cookiec_diagnostics::declare_codes! {
///     stage: Check;
///     UNKNOWN_FIELD = "E202", Error, "unknown-field", "A field the declaration does not have.";
/// }
/// ```
#[macro_export]
macro_rules! declare_codes {
    (stage: $stage:ident; $($(#[$m:meta])* $const:ident = $code:literal, $sev:ident, $name:literal, $summary:literal;)+) => {
        $( $(#[$m])* pub const $const: &str = $code; )+

        /// This stage's codes, in code order.
        pub const CODES: &[$crate::Code] = &[$(
            $crate::Code {
                code: $code,
                name: $name,
                stage: $crate::Stage::$stage,
                severity: $crate::Severity::$sev,
                summary: $summary,
                doc: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/codes/", $code, ".md")),
            }
        ),+];
    };
}
