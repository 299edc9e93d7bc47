//! JSON Schemas of the JSON outputs, generated from the Rust types and
//! committed under `schemas/` (a test fails when they are stale).

use crate::config::RuntimeConfig;
use crate::headers::HeaderRules;

pub const CONFIG_SCHEMA_FILE: &str = "cookiec.config.schema.json";
pub const HEADERS_SCHEMA_FILE: &str = "cookiec.headers.schema.json";

fn pretty(v: &impl serde::Serialize) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// `(file name, schema text)` for every JSON output.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        (
            CONFIG_SCHEMA_FILE,
            pretty(&schemars::schema_for!(RuntimeConfig)),
        ),
        (
            HEADERS_SCHEMA_FILE,
            pretty(&schemars::schema_for!(HeaderRules)),
        ),
    ]
}
