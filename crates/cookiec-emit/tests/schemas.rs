//! The committed JSON Schemas under `schemas/` are generated from the Rust
//! types; this test fails when they are stale. Regenerate with
//! `COOKIEC_UPDATE_SCHEMAS=1 cargo test -p cookiec-emit --test schemas`.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

fn schemas_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas")
}

#[test]
fn committed_schemas_are_current() {
    let update = std::env::var_os("COOKIEC_UPDATE_SCHEMAS").is_some();
    for (name, text) in cookiec_emit::schema::all() {
        let path = schemas_dir().join(name);
        if update {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} is stale: regenerate with `COOKIEC_UPDATE_SCHEMAS=1 cargo test -p cookiec-emit --test schemas`",
            path.display()
        );
    }
}

#[test]
fn schemas_are_valid_draft7_schemas() {
    for (name, text) in cookiec_emit::schema::all() {
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v["$schema"], "http://json-schema.org/draft-07/schema#",
            "{name}"
        );
        assert!(
            jsonschema::validator_for(&v).is_ok(),
            "{name} does not compile"
        );
    }
}
