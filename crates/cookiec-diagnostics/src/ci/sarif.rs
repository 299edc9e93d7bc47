//! SARIF 2.1.0 logs (GitHub code scanning, Azure DevOps, IDE viewers).

use super::{fingerprints, Finding};
use crate::{docs_link, Code, Severity};
use serde_json::{json, Map, Value};

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The tool that produced the findings (`runs[0].tool.driver`).
#[derive(Clone, Debug)]
pub struct Tool<'a> {
    pub name: &'a str,
    pub version: &'a str,
    /// Documentation base (see [`docs_link`]); links are only written when
    /// it is an absolute URL, as SARIF requires.
    pub docs_base: &'a str,
}

/// One run of `tool` with every finding. `codes` is the code registry the
/// rules' metadata comes from; `doc_path` gives each code's page below the
/// documentation base (`codes/E208.md`, `rules/EU003.md`).
pub fn sarif_log(
    tool: &Tool<'_>,
    codes: &[&Code],
    doc_path: &dyn Fn(&str) -> String,
    findings: &[Finding],
) -> Value {
    // The rules the results reference, in order of first use; `ruleIndex`
    // points into this list.
    let mut rule_ids: Vec<&str> = Vec::new();
    for f in findings {
        if !rule_ids.contains(&f.code.as_str()) {
            rule_ids.push(&f.code);
        }
    }
    let rules: Vec<Value> = rule_ids
        .iter()
        .map(|id| rule(tool, codes.iter().find(|c| c.code == *id), id, doc_path))
        .collect();
    let prints = fingerprints(findings);
    let results: Vec<Value> = findings
        .iter()
        .zip(prints)
        .map(|(f, print)| {
            let index = rule_ids.iter().position(|id| *id == f.code).unwrap_or(0);
            let mut text = f.message.clone();
            if let Some(help) = &f.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            json!({
                "ruleId": f.code,
                "ruleIndex": index,
                "level": level(f.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": file_uri(&f.file), "uriBaseId": "%SRCROOT%" },
                        "region": {
                            "startLine": f.start.line,
                            "startColumn": f.start.column,
                            "endLine": f.end.line,
                            "endColumn": f.end.column,
                        },
                    },
                }],
                "partialFingerprints": { "cookiecFinding/v1": print },
            })
        })
        .collect();
    let mut driver = Map::new();
    driver.insert("name".into(), json!(tool.name));
    driver.insert("version".into(), json!(tool.version));
    driver.insert("semanticVersion".into(), json!(tool.version));
    if docs_link::is_absolute(tool.docs_base) {
        driver.insert("informationUri".into(), json!(tool.docs_base));
    }
    driver.insert("rules".into(), Value::Array(rules));
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn rule(
    tool: &Tool<'_>,
    info: Option<&&Code>,
    id: &str,
    doc_path: &dyn Fn(&str) -> String,
) -> Value {
    let mut r = Map::new();
    r.insert("id".into(), json!(id));
    if let Some(info) = info {
        r.insert("name".into(), json!(pascal(info.name)));
        r.insert("shortDescription".into(), json!({ "text": info.summary }));
        r.insert(
            "fullDescription".into(),
            json!({ "text": first_paragraph(info.doc).unwrap_or_else(|| info.summary.to_string()) }),
        );
        r.insert(
            "help".into(),
            json!({ "text": info.summary, "markdown": info.doc }),
        );
        r.insert(
            "defaultConfiguration".into(),
            json!({ "level": level(info.severity) }),
        );
        r.insert("properties".into(), json!({ "tags": [info.name] }));
    }
    if let Some(uri) = absolute(tool.docs_base, &doc_path(id)) {
        r.insert("helpUri".into(), json!(uri));
    }
    Value::Object(r)
}

/// SARIF asks rule names to be PascalCase identifiers (`UnknownReference`).
fn pascal(kebab: &str) -> String {
    kebab
        .split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The first paragraph of prose of a Markdown page (headings, tables and
/// code blocks skipped).
fn first_paragraph(doc: &str) -> Option<String> {
    doc.split("\n\n").find_map(|p| {
        let prose: Vec<&str> = p
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::trim)
            .collect();
        let text = prose.join(" ");
        let text = text.trim();
        // Code pages open with a `Severity: …` line, not a description.
        (!text.is_empty()
            && !text.starts_with('|')
            && !text.starts_with("```")
            && !text.starts_with("Severity:"))
        .then(|| text.to_string())
    })
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn absolute(base: &str, path: &str) -> Option<String> {
    docs_link::is_absolute(base).then(|| docs_link::join(base, path))
}

/// A relative URI reference for a file path: `/` separators, and every
/// byte outside RFC 3986's unreserved set and `/` percent-encoded.
fn file_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal("unknown-reference"), "UnknownReference");
        assert_eq!(file_uri("./a b/é.cookies"), "a%20b/%C3%A9.cookies");
    }
}
