//! What the emit tests share: check a source that must have no errors and
//! emit every output, then read one output by name.
#![allow(dead_code, clippy::unwrap_used, clippy::panic)]

use cookiec_emit::{emit, Options, Output};
use serde_json::Value;

/// Every output of `src`, which must check without errors (`what` names it
/// in a failure).
pub fn build(what: &str, src: &str) -> Vec<Output> {
    let checked = cookiec_check::check_source(src);
    let errors: Vec<_> = checked
        .errors()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect();
    assert!(errors.is_empty(), "{what}: check errors: {errors:#?}");
    emit(&checked.valid().unwrap(), &Options::default()).unwrap_or_else(|e| panic!("{what}: {e}"))
}

pub fn file<'a>(outs: &'a [Output], name: &str) -> &'a Output {
    outs.iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

pub fn contents(o: &Output) -> String {
    String::from_utf8(o.contents.clone()).unwrap()
}

pub fn text(outs: &[Output], name: &str) -> String {
    contents(file(outs, name))
}

pub fn json(outs: &[Output], name: &str) -> Value {
    serde_json::from_str(&text(outs, name)).unwrap()
}
