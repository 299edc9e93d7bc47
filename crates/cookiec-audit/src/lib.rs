//! `cookiec audit` and `cookiec init --from`: the declaration held against
//! what a site really sets.
//!
//! - [`capture`]: HAR and Website Evidence Collector captures, read into
//!   one shape;
//! - [`audit::audit`]: the comparison, findings with stable codes
//!   ([`codes`], documented in `docs/codes/AUD*.md`);
//! - [`consent`]: the consent state of a capture, stated or inferred from
//!   the consent record ([`consent_record`], the one place that reads it);
//! - [`init`]: a first `.cookies` file drafted from captures.

pub mod audit;
pub mod capture;
pub mod codes;
pub mod consent;
pub mod consent_record;
mod declared;
pub mod init;

pub use audit::{audit, Finding, Options};
pub use codes::CODES;
