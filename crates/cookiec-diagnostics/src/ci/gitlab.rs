//! GitLab Code Quality report: a JSON array GitLab shows in merge requests
//! (`artifacts: reports: codequality`).

use super::Finding;
use crate::Severity;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

pub fn gitlab_code_quality(findings: &[Finding]) -> Value {
    let prints = fingerprints(findings);
    let issues: Vec<Value> = findings
        .iter()
        .zip(prints)
        .map(|(f, fingerprint)| {
            json!({
                "type": "issue",
                "check_name": f.code,
                "description": format!("{}: {}", f.code, f.message),
                "severity": severity(f.severity),
                "fingerprint": fingerprint,
                "location": {
                    "path": f.file,
                    "lines": { "begin": f.start.line, "end": f.end.line },
                },
            })
        })
        .collect();
    Value::Array(issues)
}

/// GitLab's scale: blocker, critical, major, minor, info.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info | Severity::Hint => "info",
    }
}

/// A stable identity for each finding: the hash of its file, code, message
/// and the source text it points at, plus its rank among identical ones.
/// Line numbers are left out, so adding a line above a finding keeps its
/// fingerprint and GitLab does not report it as fixed-and-new.
pub fn fingerprints(findings: &[Finding]) -> Vec<String> {
    let mut seen: HashMap<[u8; 32], usize> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let mut h = Sha256::new();
            for part in [&f.file, &f.code, &f.message, &f.snippet] {
                h.update(part.len().to_string().as_bytes());
                h.update(b":");
                h.update(part.as_bytes());
            }
            let key: [u8; 32] = h.clone().finalize().into();
            let rank = seen.entry(key).or_insert(0);
            h.update(rank.to_string().as_bytes());
            *rank += 1;
            h.finalize()
                .iter()
                .take(16)
                .map(|b| format!("{b:02x}"))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ci::Position;

    fn finding(line: usize) -> Finding {
        Finding {
            file: "site.cookies".into(),
            code: "W301".into(),
            severity: Severity::Warning,
            message: "unused".into(),
            help: None,
            start: Position { line, column: 1 },
            end: Position { line, column: 4 },
            snippet: "x".into(),
        }
    }

    #[test]
    fn fingerprints_survive_moved_lines_and_tell_twins_apart() {
        let a = fingerprints(&[finding(3), finding(9)]);
        let b = fingerprints(&[finding(5), finding(12)]);
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
        let report = gitlab_code_quality(&[finding(3)]);
        assert_eq!(report[0]["severity"], "minor");
        assert_eq!(report[0]["location"]["lines"]["begin"], 3);
    }
}
