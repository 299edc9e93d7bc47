//! The header rules cookiec compiles (`cookiec.headers.json`) as a library
//! every enforcement shares: the rule types (serialised by `cookiec build`,
//! deserialised here), a loader that validates a file at start-up, the
//! consent record format, the country-to-region map, and the reference
//! semantics ([`Enforcer`]). It does not depend on the checker: a server
//! loads the compiled rules, it never compiles a policy.

mod attributes;
pub mod conformance;
pub mod date;
pub mod engine;
mod grant;
pub mod latin1;
pub mod load;
mod lookup;
pub mod record;
pub mod region;
pub mod rules;
pub mod setcookie;

pub use engine::{request_cookies, Enforcer, LineAction, Outcome, Plan, Request};
pub use load::LoadError;
pub use region::Region;
pub use rules::{
    Attributes, ConsentSource, CookieRule, HeaderRules, Matcher, NotConsented, SignalRule, State,
    Undeclared,
};
