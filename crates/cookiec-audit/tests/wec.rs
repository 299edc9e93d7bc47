//! The real Website Evidence Collector capture (EDPS, `tests/test_output`
//! of the collector), read in place from the shared data beside the
//! repository, against a policy that declares part of it. Skips, saying
//! so, when the file is absent.
#![allow(clippy::unwrap_used)]

use cookiec_audit::consent::ConsentArg;
use cookiec_audit::{audit, capture, Options};
use std::path::PathBuf;

/// `../shared/data` from the repository's root; `COOKIEC_SHARED_DATA`
/// names another place (a git worktree has no `shared/` beside it).
fn data() -> Option<PathBuf> {
    let base = std::env::var_os("COOKIEC_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let p = base.join("captures/website-evidence-collector/inspection.json");
    if p.exists() {
        Some(p)
    } else {
        println!("SKIP: {} is absent", p.display());
        None
    }
}

const POLICY: &str = r#"
policy "Test page" {
  controller "Test Ltd"
  email "privacy@test.example"
}

category essential {
  title "Strictly necessary"
  consent required
}

category video {
  title "Embedded videos"
  consent opt-in
}

provider youtube {
  name "YouTube"
  role [video]
  website "https://www.youtube.com"
  privacy "https://policies.google.com/privacy"
}

cookie "YSC" {
  category video
  provider youtube
  purpose "Counts views of embedded videos."
  lifetime session
  http-only
  secure
  same-site none
}

cookie "sid" {
  category essential
  purpose "Keeps you signed in."
  lifetime session
}
"#;

#[test]
fn the_real_capture_reports_what_the_policy_leaves_out() {
    let Some(path) = data() else { return };
    let checked = cookiec_check::check_source(POLICY);
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
    let cap = capture::load(&path).unwrap();
    let findings = audit(
        &checked.model,
        &[cap],
        &Options {
            consent: ConsentArg::Infer,
            catalog: cookiec_catalog::catalog(),
        },
    );
    let got: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            (
                f.code.to_string(),
                f.name.clone().or(f.host.clone()).unwrap_or_default(),
            )
        })
        .collect();
    for f in &findings {
        println!("{} {}", f.code, f.message);
    }
    let want: Vec<(String, String)> = [
        ("AUD001", "VISITOR_PRIVACY_METADATA"),
        ("AUD001", "VISITOR_INFO1_LIVE"),
        ("AUD001", "foo"),
        ("AUD001", "foo2"),
        // YSC is declared, but in a category nobody granted: the
        // collector loads the page without a choice.
        ("AUD002", "YSC"),
        ("AUD001", "PREF"),
        // Beacons to Google's hosts; youtube.com is the declared provider's.
        ("AUD005", "google-analytics.com"),
        ("AUD005", "google.com"),
        ("AUD006", "sid"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want);
    let ysc = &findings[4];
    assert!(
        ysc.source
            .as_deref()
            .unwrap()
            .contains("https://www.youtube.com/embed/"),
        "{ysc:?}"
    );
    let ga = &findings[6];
    assert!(
        ga.message.contains("www.google-analytics.com") && ga.message.contains("received beacons"),
        "{}",
        ga.message
    );
    let foo = &findings[2];
    assert!(
        foo.source.as_deref().unwrap().contains("js.cookie"),
        "{foo:?}"
    );
}

#[test]
fn init_drafts_the_real_capture_into_a_file_that_checks_without_errors() {
    let Some(path) = data() else { return };
    let cap = capture::load(&path).unwrap();
    let draft = cookiec_audit::init::draft(&[cap], cookiec_catalog::catalog());
    let checked = cookiec_check::check_source(&draft);
    assert!(!checked.has_errors(), "{draft}\n{:?}", checked.diagnostics);
    assert_eq!(cookiec_fmt::format(&draft).unwrap(), draft, "not formatted");
    // The catalog knows YouTube's cookies; foo and foo2 are left to decide.
    assert!(
        draft.contains("cookie \"YSC\" {\n  category    marketing\n  provider    youtube\n"),
        "{draft}"
    );
    assert!(draft.contains("provider youtube {"), "{draft}");
    assert!(
        draft.contains("purpose   \"TODO: what foo is for.\""),
        "{draft}"
    );
    // The beacons' hosts become providers to describe.
    assert!(
        draft.contains("provider google {") || draft.contains("provider google-analytics-com"),
        "{draft}"
    );
}
