//! Builds the conformance suite `tests/conformance/v1/suite.json` and holds
//! the reference enforcement to it.
//!
//! The suite is the header rules of every example and of
//! `tests/conformance/policies/*.cookies` (as `cookiec build` writes them), the hand-written edge cases of
//! `tests/conformance/edge-cases.json` (expectations written by hand: this
//! test fails when the reference disagrees), and cases generated from each
//! example in every consent state (expectations computed by the reference,
//! frozen in the file so other implementations are held to them and any
//! change of semantics shows up as a diff). Regenerate with
//! `COOKIEC_UPDATE_CONFORMANCE=1 cargo test -p cookiec-tests --test conformance`.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_enforce::conformance::{Case, Suite, FORMAT, VERSION};
use cookiec_enforce::{load, record, region, Enforcer, HeaderRules, Matcher, Undeclared};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

const COUNTRY: &str = "CF-IPCountry";
const SUBDIVISION: &str = "CloudFront-Viewer-Country-Region";
const STALE: &str = "0000000000000000";

/// The header rules `cookiec build` writes for a source.
fn rules_of(name: &str, src: &str, undeclared: Undeclared) -> HeaderRules {
    let checked = cookiec_check::check_source(src);
    assert!(!checked.has_errors(), "{name} has errors");
    let opts = cookiec_emit::Options {
        undeclared,
        ..Default::default()
    };
    let valid = checked.valid().expect("a clean check gives a valid model");
    let outs = cookiec_emit::emit(&valid, &opts).unwrap();
    let file = outs
        .iter()
        .find(|o| o.name == cookiec_emit::HEADERS_FILE)
        .unwrap();
    load::from_str(std::str::from_utf8(&file.contents).unwrap(), name).unwrap()
}

fn policies() -> BTreeMap<String, HeaderRules> {
    let mut out = BTreeMap::new();
    // The examples, and the policies written for the enforcement tests.
    let mut paths: Vec<PathBuf> = ["examples", "tests/conformance/policies"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).unwrap().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "cookies"))
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&p).unwrap();
        out.insert(name.clone(), rules_of(&name, &src, Undeclared::Report));
        if name == "multilingual" {
            for (suffix, u) in [("strip", Undeclared::Strip), ("allow", Undeclared::Allow)] {
                out.insert(format!("{name}-{suffix}"), rules_of(&name, &src, u));
            }
        }
    }
    out
}

/// `${record:a,b}` and `${stale:a}` in a hand-written header value.
fn expand(value: &str, rules: &HeaderRules) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('}').unwrap() + i;
        let (kind, cats) = rest[i + 2..end].split_once(':').unwrap();
        let cats: Vec<&str> = cats.split(',').filter(|c| !c.is_empty()).collect();
        let revision = match kind {
            "record" => rules.revision.as_str(),
            "stale" => STALE,
            other => panic!("unknown placeholder {other}"),
        };
        out.push_str(&record::encode(&cats, revision, "sha256:conformance"));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn hand_cases(policies: &BTreeMap<String, HeaderRules>) -> (String, Vec<Case>) {
    let text = std::fs::read_to_string(root().join("tests/conformance/edge-cases.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut cases: Vec<Case> = serde_json::from_value(v["cases"].clone()).unwrap();
    for c in &mut cases {
        let rules = &policies[&c.policy];
        for (_, value) in &mut c.request {
            *value = expand(value, rules);
        }
        c.name = format!("edge: {}", c.name);
    }
    (v["about"].as_str().unwrap().to_string(), cases)
}

/// A country (and state) the region map sends to `region`.
fn visitor_of(region: &str, e: &Enforcer) -> Option<(&'static str, Option<&'static str>)> {
    const SAMPLES: [(&str, Option<&str>); 21] = [
        ("MX", None),
        ("DE", None),
        ("FR", None),
        ("IT", None),
        ("ES", None),
        ("NL", None),
        ("AT", None),
        ("NO", None),
        ("GB", None),
        ("CH", None),
        ("US", Some("CA")),
        ("US", Some("CO")),
        ("US", Some("CT")),
        ("US", Some("VA")),
        ("US", Some("TX")),
        ("BR", None),
        ("CA", None),
        ("ZA", None),
        ("AU", None),
        ("JP", None),
        ("IN", None),
    ];
    SAMPLES.into_iter().find(|(c, s)| {
        region::resolve(|r| e.declares_region(r), Some(c), *s)
            == region::Region::Known(region.to_string())
    })
}

/// One cookie name per rule that a generated case can use.
fn sample_name(m: &Matcher) -> Option<String> {
    match m {
        Matcher::Exact(n) => Some(n.clone()),
        Matcher::Prefix(p) => Some(format!("{p}gen1")),
        Matcher::Regex(_) | Matcher::Unnamed => None,
    }
}

fn generated(name: &str, rules: &HeaderRules) -> Vec<Case> {
    let e = Enforcer::new(rules.clone());
    let names: Vec<String> = rules
        .cookies
        .iter()
        .filter_map(|c| sample_name(&c.name))
        .filter(|n| e.rule(n).is_some())
        .collect();
    let upstream: Vec<String> = names
        .iter()
        .map(|n| format!("{n}=v; Path=/; Max-Age=31536000"))
        .chain(std::iter::once("undeclared_gen=1; Path=/".to_string()))
        .collect();
    let categories: Vec<&str> = {
        let mut c: Vec<&str> = rules.cookies.iter().map(|c| c.category.as_str()).collect();
        c.sort();
        c.dedup();
        c
    };
    let required: Vec<&str> = rules
        .cookies
        .iter()
        .filter(|c| c.required)
        .map(|c| c.category.as_str())
        .collect();
    let all_cookies = names
        .iter()
        .filter(|n| **n != rules.consent.cookie)
        .map(|n| format!("{n}=old"))
        .collect::<Vec<_>>()
        .join("; ");
    let consent_cookie = |cats: &[&str], revision: &str| {
        format!(
            "{}={}",
            rules.consent.cookie,
            record::encode(cats, revision, "sha256:conformance")
        )
    };
    let mut states: Vec<(String, Vec<(String, String)>)> = vec![];
    for region in rules.defaults.keys() {
        let Some((country, state)) = visitor_of(region, &e) else {
            continue;
        };
        let mut geo = vec![(COUNTRY.to_string(), country.to_string())];
        if let Some(s) = state {
            geo.push((SUBDIVISION.to_string(), s.to_string()));
        }
        states.push((format!("no consent in {region}"), geo.clone()));
        let mut gpc = geo.clone();
        gpc.push(("Sec-GPC".into(), "1".into()));
        states.push((format!("GPC in {region}"), gpc));
    }
    states.push(("no consent, unknown region".into(), vec![]));
    let with_cookie = |c: String| {
        vec![
            (COUNTRY.to_string(), "DE".to_string()),
            ("Cookie".into(), c),
        ]
    };
    states.push((
        "all granted".into(),
        with_cookie(consent_cookie(&categories, &rules.revision)),
    ));
    states.push((
        "necessary only".into(),
        with_cookie(consent_cookie(&required, &rules.revision)),
    ));
    if !all_cookies.is_empty() {
        states.push((
            "withdrawal after consent".into(),
            with_cookie(format!(
                "{}; {all_cookies}",
                consent_cookie(&required, &rules.revision)
            )),
        ));
    }
    states.push((
        "stale revision".into(),
        with_cookie(consent_cookie(&categories, STALE)),
    ));
    let suite_stub = Suite {
        format: FORMAT.into(),
        version: VERSION,
        about: String::new(),
        country_header: COUNTRY.into(),
        subdivision_header: SUBDIVISION.into(),
        policies: BTreeMap::new(),
        cases: vec![],
    };
    states
        .into_iter()
        .map(|(state, request)| {
            let mut case = Case {
                name: format!("{name}: {state}"),
                policy: name.to_string(),
                request,
                upstream: upstream.clone(),
                expect: vec![],
            };
            case.expect = e
                .apply(&suite_stub.request(&case, &e), &case.upstream)
                .set_cookie;
            case
        })
        .collect()
}

fn suite() -> Suite {
    let policies = policies();
    let (about, mut cases) = hand_cases(&policies);
    for (name, rules) in &policies {
        if !name.contains('-') {
            cases.extend(generated(name, rules));
        }
    }
    Suite {
        format: FORMAT.into(),
        version: VERSION,
        about: format!(
            "cookiec header-rules conformance suite v{VERSION}. For each case: load policies[case.policy] (a cookiec.headers.json), send the request headers, let the upstream answer with the upstream Set-Cookie values in order, and compare the Set-Cookie values of the enforced response, in order, with expect. The country header is {COUNTRY}, the US state header {SUBDIVISION}. Any clock between 2020 and 2060 gives the same results. See docs/outputs.md. Edge cases: {about}"
        ),
        country_header: COUNTRY.into(),
        subdivision_header: SUBDIVISION.into(),
        policies,
        cases,
    }
}

#[test]
fn the_committed_suite_is_current_and_the_reference_passes_it() {
    let suite = suite();
    let failures = suite.run_reference();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        suite.cases.len(),
        failures.join("\n")
    );
    let mut text = serde_json::to_string_pretty(&suite).unwrap();
    text.push('\n');
    let path = root().join("tests/conformance/v1/suite.json");
    if std::env::var_os("COOKIEC_UPDATE_CONFORMANCE").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is stale: regenerate with `COOKIEC_UPDATE_CONFORMANCE=1 cargo test -p cookiec-tests --test conformance` and review the diff",
        path.display()
    );
    // The committed file parses as what implementers read.
    assert_eq!(Suite::parse(&committed).unwrap(), suite);
}
