//! Captures of unexpected shapes never panic: fields of the wrong type,
//! extreme dates and numbers, names that are not cookie tokens. The audit
//! and the init draft run on whatever was read, and the draft still checks
//! without errors.
#![allow(clippy::unwrap_used)]

use cookiec_audit::consent::ConsentArg;
use cookiec_audit::{audit, capture, Options};
use serde_json::json;

fn docs() -> Vec<serde_json::Value> {
    vec![
        json!({"log": {"entries": [1, "x", null, {"request": 5, "response": []}]}}),
        json!({"log": {"entries": [{"startedDateTime": "-9999-01-01T00:00:00Z",
            "request": {"url": "http://[::1", "method": 7, "cookies": [{"name": 1}, {"name": "a b", "value": "\u{0}"}],
                "headers": [{"name": "Cookie", "value": "=; ;==; x=1"}]},
            "response": {"headers": [{"name": "Set-Cookie", "value": "z=1; Max-Age=99999999999999999999; Expires=Fri, 31 Dec 9999 23:59:59 GMT\n\n;;;"},
                {"name": "set-cookie", "value": "é=ü; Domain=..; Path"}],
                "cookies": [{"name": "q", "expires": "garbage"}]}}],
            "_cookiec": {"collectedAt": "1970-01-01T00:00:00Z", "page": 3,
                "cookies": [{"name": "big", "expires": 1e300}, {"name": "neg", "expires": -1e300, "domain": "."}, {"name": ""}],
                "storage": [{"origin": "https://x.example", "localStorage": {"k": 5, "": "v"}, "sessionStorage": []}, 7]}}}),
        json!({"cookies": [{"name": "w", "expires": 1e300, "log": {"timestamp": "x"}},
            {"name": "v", "expiresDays": -1e308, "session": false, "secure": "yes"},
            {"name": "u", "expires": "9999-12-31T23:59:59Z", "log": {"timestamp": "0001-01-01T00:00:00Z", "type": "Cookie.HTTP", "stack": [{"fileName": 5}]}}],
            "localStorage": {"http://a": {"k": {"value": 1}}, "b": 3}, "beacons": [{"url": "nonsense"}, 4, {"url": "https://t.example/p"}],
            "uri_ins": 12}),
    ]
}

const POLICY: &str = "policy \"P\" {\n  controller \"P Ltd\"\n  email \"p@p.example\"\n}\n\ncategory essential {\n  title \"E\"\n  consent required\n}\n\ncookie \"big\" {\n  category essential\n  purpose \"x\"\n  lifetime 1 day\n  secure\n  same-site strict\n  domain \".x.example\"\n  path \"/a\"\n}\n";

#[test]
fn odd_captures_read_audit_and_draft_without_panicking() {
    let dir = tempfile_dir();
    let model = cookiec_check::check_source(POLICY).model;
    for (i, doc) in docs().into_iter().enumerate() {
        let path = dir.join(format!("c{i}.json"));
        std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
        let cap = capture::load(&path).unwrap();
        for consent in [ConsentArg::Infer, ConsentArg::None, ConsentArg::All] {
            let _ = audit(
                &model,
                std::slice::from_ref(&cap),
                &Options {
                    consent,
                    catalog: cookiec_catalog::catalog(),
                },
            );
        }
        let draft =
            cookiec_audit::init::draft(std::slice::from_ref(&cap), cookiec_catalog::catalog());
        let checked = cookiec_check::check_source(&draft);
        let errors: Vec<_> = checked
            .errors()
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        // Names that are not cookie tokens (`a b`, `é`) become patterns,
        // an empty storage key a comment, a Domain of "." nothing.
        assert!(errors.is_empty(), "capture {i}:\n{draft}\n{errors:#?}");
    }
    // Not JSON, and JSON of neither format, are errors, not panics.
    std::fs::write(dir.join("bad"), b"\xff\xfe").unwrap();
    assert!(capture::load(&dir.join("bad")).is_err());
    std::fs::write(dir.join("other"), b"[1,2]").unwrap();
    assert!(capture::load(&dir.join("other")).is_err());
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cookiec-audit-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
