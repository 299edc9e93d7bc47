//! Loading `cookiec.headers.json` at start-up: the version is checked first
//! (a newer file is refused with its version, not a confusing field error),
//! then the schema, with the JSON path and line of the first problem, then
//! what the schema cannot say: regexes compile, and nothing that reaches a
//! header can inject one.

use crate::rules::{HeaderRules, Matcher, VERSION};
use crate::setcookie;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the header rules: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{origin}:{line}:{column}: not valid JSON: {message}")]
    Json {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: no `version` field: not a cookiec header rules file")]
    NoVersion { origin: String },
    #[error("{origin}: header rules version {found} is newer than this enforcement reads ({VERSION}); upgrade it, or build the rules with a matching cookiec")]
    NewerVersion { origin: String, found: u64 },
    #[error("{origin}: header rules version {found} is not supported (this enforcement reads {VERSION})")]
    BadVersion { origin: String, found: String },
    #[error("{origin}:{line}:{column}: at `{at}`: {message}")]
    Schema {
        origin: String,
        at: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: at `{at}`: {message}")]
    Invalid {
        origin: String,
        at: String,
        message: String,
    },
}

/// Read and validate a rules file.
pub fn from_path(path: impl AsRef<Path>) -> Result<HeaderRules, LoadError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    from_str(&text, &path.display().to_string())
}

/// Validate rules text; `origin` names it in errors (a path).
pub fn from_str(text: &str, origin: &str) -> Result<HeaderRules, LoadError> {
    let origin = origin.to_string();
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| LoadError::Json {
        origin: origin.clone(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    match value.get("version") {
        None => return Err(LoadError::NoVersion { origin }),
        Some(v) => match v.as_u64() {
            Some(n) if n == u64::from(VERSION) => {}
            Some(n) if n > u64::from(VERSION) => {
                return Err(LoadError::NewerVersion { origin, found: n })
            }
            _ => {
                return Err(LoadError::BadVersion {
                    origin,
                    found: v.to_string(),
                })
            }
        },
    }
    // Deserialise from the text again (not the Value) so errors carry a
    // line and column as well as the path.
    let de = &mut serde_json::Deserializer::from_str(text);
    let rules: HeaderRules = serde_path_to_error::deserialize(de).map_err(|e| {
        let at = e.path().to_string();
        let inner = e.into_inner();
        LoadError::Schema {
            origin: origin.clone(),
            at,
            line: inner.line(),
            column: inner.column(),
            message: inner.to_string(),
        }
    })?;
    validate(&rules).map_err(|(at, message)| LoadError::Invalid {
        origin,
        at,
        message,
    })?;
    Ok(rules)
}

/// Checks beyond the schema: `(json path, message)` of the first problem.
pub fn validate(rules: &HeaderRules) -> Result<(), (String, String)> {
    let header_safe = |at: String, s: &str| {
        if setcookie::has_forbidden_bytes(s) {
            Err((
                at,
                "contains CR, LF or NUL: it would inject a header".to_string(),
            ))
        } else {
            Ok(())
        }
    };
    let c = &rules.consent;
    if !setcookie::is_token(&c.cookie) {
        return Err((
            "consent.cookie".into(),
            format!("{:?} is not a cookie name (RFC 6265 token)", c.cookie),
        ));
    }
    if c.stale_revision != "ignore" && c.stale_revision != "accept" {
        return Err((
            "consent.stale_revision".into(),
            format!("{:?}: expected \"ignore\" or \"accept\"", c.stale_revision),
        ));
    }
    for (i, r) in rules.cookies.iter().enumerate() {
        let at = |f: &str| format!("cookies[{i}].{f}");
        match &r.name {
            Matcher::Exact(n) | Matcher::Prefix(n) if !setcookie::is_token(n) => {
                return Err((
                    at("name.value"),
                    format!("{n:?} is not a cookie name (RFC 6265 token)"),
                ))
            }
            Matcher::Regex(re) => {
                if let Err(e) = regex::Regex::new(re) {
                    return Err((at("name.value"), format!("invalid regex: {e}")));
                }
            }
            _ => {}
        }
        let a = &r.attributes;
        for (f, v) in [
            ("attributes.same_site", &a.same_site),
            ("attributes.path", &a.path),
            ("attributes.domain", &a.domain),
        ] {
            if let Some(v) = v {
                header_safe(at(f), v)?;
                if v.contains(';') {
                    return Err((at(f), format!("{v:?} contains `;`")));
                }
            }
        }
        if let Some(nc) = &r.when_not_consented {
            for (j, e) in nc.expire.iter().enumerate() {
                header_safe(at(&format!("when_not_consented.expire[{j}]")), e)?;
            }
            if let Some(t) = &nc.expire_template {
                header_safe(at("when_not_consented.expire_template"), t)?;
            }
        }
    }
    Ok(())
}
