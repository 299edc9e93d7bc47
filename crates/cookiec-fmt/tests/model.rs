//! The strongest form of "formatting keeps the meaning": for every file we
//! have (valid, checker-invalid, lint-rule fixtures, examples, this crate's
//! fixtures) that parses, the checker builds the same model (spans aside)
//! and reports the same diagnostic codes before and after formatting.
#![allow(clippy::unwrap_used, clippy::panic)]

use serde_json::Value;
use std::path::{Path, PathBuf};

fn files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/fixtures"), root.join("../../examples")];
    for sub in ["valid", "invalid", "rules"] {
        dirs.push(root.join("../../tests/fixtures").join(sub));
    }
    let mut out = Vec::new();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "cookies") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A serialized `Span`: `{"start": n, "end": n}`.
fn is_span(v: &Value) -> bool {
    matches!(v, Value::Object(m) if m.len() == 2 && m.get("start").is_some_and(Value::is_u64) && m.get("end").is_some_and(Value::is_u64))
}

/// The model as JSON without spans (layout moves every span), whatever the
/// field holding them is called.
fn strip_spans(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, v| !is_span(v));
            map.values_mut().for_each(strip_spans);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_spans),
        _ => {}
    }
}

fn model(src: &str) -> (Value, Vec<&'static str>) {
    let checked = cookiec_check::check_source(src);
    let mut v = serde_json::to_value(&checked.model).unwrap();
    strip_spans(&mut v);
    let mut codes: Vec<&'static str> = checked.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    (v, codes)
}

#[test]
fn formatting_keeps_the_checked_model_and_diagnostics() {
    let mut compared = 0;
    for path in files() {
        let src = std::fs::read_to_string(&path).unwrap();
        let Ok(out) = cookiec_fmt::format(&src) else {
            // Syntax errors: not formatted, nothing to compare.
            continue;
        };
        let (m1, c1) = model(&src);
        let (m2, c2) = model(&out);
        assert_eq!(c1, c2, "{}: diagnostics changed", path.display());
        assert!(
            m1 == m2,
            "{}: model changed\n--- formatted:\n{out}",
            path.display()
        );
        compared += 1;
    }
    assert!(compared >= 8, "only {compared} files compared");
}
