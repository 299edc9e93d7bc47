//! The reference semantics of the header rules (`cookiec_emit::enforce`,
//! i.e. `cookiec_enforce`) on the two-language example: consent record,
//! stale revisions, regions, GPC, attribute enforcement, expiry lines,
//! undeclared cookies, and one regression test per hole of issue 12.
#![allow(clippy::unwrap_used)]

use cookiec_emit::enforce::{record, Enforcer, Matcher, Region, Request};
use cookiec_emit::headers::{self, CookieRule, HeaderRules, Undeclared};

fn rules(undeclared: Undeclared) -> HeaderRules {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/multilingual.cookies"
    ))
    .unwrap();
    let checked = cookiec_check::check_source(&src);
    assert!(!checked.has_errors());
    headers::build(&checked.valid().unwrap(), undeclared)
}

/// 2026-06-01T00:00:00Z.
const NOW: i64 = 1_780_272_000;

fn req(region: &str, cookies: &[(&str, &str)]) -> Request {
    Request {
        cookies: cookies
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        gpc: false,
        dnt: false,
        region: Region::Known(region.to_string()),
        now: NOW,
    }
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn consent(r: &HeaderRules, categories: &[&str]) -> String {
    record::encode(categories, &r.revision, "sha256:00")
}

const RESPONSE: [&str; 3] = [
    "kb_session=abc; Path=/; Max-Age=999999",
    "_pk_id.1a2b=xyz; Max-Age=99999999; Path=/",
    "_pk_ses.1.ab12=1; Path=/",
];

#[test]
fn without_consent_opt_in_cookies_are_stripped_and_expired() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r.clone());
    let out = e.apply(&req("eu", &[("_pk_id.1a2b", "old")]), &lines(&RESPONSE));
    assert_eq!(
        out.set_cookie,
        [
            // Required: kept, attributes enforced, Max-Age capped at 2 hours.
            "kb_session=abc; Max-Age=7200; Path=/; Secure; HttpOnly; SameSite=Lax",
            // The analytics cookie the browser still has is deleted.
            "_pk_id.1a2b=; Max-Age=0; Path=/; Domain=.kornblume.example; Secure",
        ]
    );
    assert!(out.undeclared.is_empty());
}

#[test]
fn a_fresh_consent_cookie_grants_its_categories() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r.clone());
    let value = consent(&r, &["analytics"]);
    let out = e.apply(&req("eu", &[("kb_consent", &value)]), &lines(&RESPONSE));
    assert_eq!(out.set_cookie.len(), 3);
    assert_eq!(
        out.set_cookie[1],
        "_pk_id.1a2b=xyz; Max-Age=33696000; Path=/; Domain=.kornblume.example; Secure; SameSite=Lax"
    );
    assert_eq!(
        out.set_cookie[2],
        "_pk_ses.1.ab12=1; Path=/; Domain=.kornblume.example; Secure; SameSite=Lax; Max-Age=1800"
    );
}

#[test]
fn a_stale_consent_counts_as_no_choice() {
    // The example renews consent on change: a consent for an older
    // revision is ignored.
    let r = rules(Undeclared::Report);
    assert_eq!(r.consent.stale_revision, "ignore");
    let e = Enforcer::new(r.clone());
    let out = e.apply(
        &req(
            "eu",
            &[(
                "kb_consent",
                &record::encode(&["analytics"], "0000000000000000", "sha256:00"),
            )],
        ),
        &lines(&RESPONSE),
    );
    assert_eq!(out.set_cookie.len(), 1, "{:?}", out.set_cookie);
}

#[test]
fn regions_and_gpc_decide_before_any_choice() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r.clone());
    // California is opt-out: analytics is on until the visitor refuses...
    let ca = e.apply(&req("us-ca", &[]), &lines(&RESPONSE));
    assert_eq!(ca.set_cookie.len(), 3);
    // ...unless the browser sends Sec-GPC: 1, which the policy honours.
    let gpc = Request {
        gpc: true,
        ..req("us-ca", &[])
    };
    assert_eq!(e.apply(&gpc, &lines(&RESPONSE)).set_cookie.len(), 1);
    // DNT is ignored by this policy.
    let dnt = Request {
        dnt: true,
        ..req("us-ca", &[])
    };
    assert_eq!(e.apply(&dnt, &lines(&RESPONSE)).set_cookie.len(), 3);
    // A region the rules do not declare falls back to `default` (opt-in);
    // an unknown region is the strictest declared one (here: opt-in too).
    assert_eq!(
        e.apply(&req("jp", &[]), &lines(&RESPONSE)).set_cookie.len(),
        1
    );
    let unknown = Request {
        region: Region::Unknown,
        ..req("eu", &[])
    };
    assert_eq!(e.apply(&unknown, &lines(&RESPONSE)).set_cookie.len(), 1);
}

#[test]
fn undeclared_cookies_follow_the_configured_policy() {
    let response = lines(&["tracker=1; Path=/"]);
    for (policy, kept, reported) in [
        (Undeclared::Allow, 1, 0),
        // Stripped names are reported too (for the log).
        (Undeclared::Strip, 0, 1),
        (Undeclared::Report, 1, 1),
    ] {
        let r = rules(policy);
        let out = Enforcer::new(r.clone()).apply(&req("eu", &[]), &response);
        assert_eq!(
            (out.set_cookie.len(), out.undeclared.len()),
            (kept, reported),
            "{policy:?}"
        );
    }
}

#[test]
fn session_cookies_lose_their_expiry() {
    let mut r = rules(Undeclared::Report);
    r.cookies[0].attributes.session = true;
    r.cookies[0].attributes.max_age_cap = None;
    let out = Enforcer::new(r.clone()).apply(
        &req("eu", &[]),
        &lines(&["kb_session=abc; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Max-Age=5"]),
    );
    assert_eq!(
        out.set_cookie,
        ["kb_session=abc; Path=/; Secure; HttpOnly; SameSite=Lax"]
    );
}

#[test]
fn the_record_vanilla_cookieconsent_writes_is_read() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r.clone());
    // What vanilla-cookieconsent 3 writes with the generated config:
    // encodeURIComponent(JSON), cookiec's facts in `data.cookiec`.
    let json = format!(
        r#"{{"categories":["essential","analytics"],"revision":123,"data":{{"cookiec":{{"v":1,"revision":"{}","hash":"sha256:ab"}}}},"consentId":"x"}}"#,
        r.revision
    );
    let value: String = json
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let out = e.apply(&req("eu", &[("kb_consent", &value)]), &lines(&RESPONSE));
    assert_eq!(
        out.set_cookie.len(),
        3,
        "analytics granted: {:?}",
        out.set_cookie
    );
    // Without cookiec's data the revision is unknown: stale, no choice.
    let foreign = value.replace("cookiec", "other");
    let out = e.apply(&req("eu", &[("kb_consent", &foreign)]), &lines(&RESPONSE));
    assert_eq!(
        out.set_cookie.len(),
        1,
        "a record of unknown revision is no choice"
    );
}

// ---- Regressions: the holes of issue 12, one test each. ----

/// A `Max-Age` the browser ignores, or one too large for an integer, must
/// not let a far `Expires` (or the huge value itself) outlive the cap.
#[test]
fn max_age_cap_holds_whatever_the_browser_honours() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r);
    let far = "Expires=Fri, 31 Dec 2099 23:59:59 GMT";
    for sent in [
        "Max-Age=99999999999999999999".to_string(),
        format!("Max-Age=; {far}"),
        format!("Max-Age=1e9; {far}"),
        format!("Max-Agent=1; {far}"),
        far.to_string(),
        format!("{far}; max-age=99999999"),
    ] {
        let line = format!("kb_session=abc; {sent}");
        let out = e.apply(&req("eu", &[]), &lines(&[&line]));
        let kept = &out.set_cookie[0];
        let lifetimes: Vec<&str> = kept
            .split("; ")
            .filter(|a| {
                let k = a.to_ascii_lowercase();
                k.starts_with("max-age=") || k.starts_with("expires=")
            })
            .collect();
        assert_eq!(lifetimes, ["Max-Age=7200"], "{line} -> {kept}");
        // Unknown attributes survive as written.
        if sent.contains("Max-Agent") {
            assert!(kept.contains("Max-Agent=1"), "{kept}");
        }
    }
    // Within the cap: left exactly as sent.
    let out = e.apply(&req("eu", &[]), &lines(&["kb_session=abc; Max-Age=60"]));
    assert_eq!(
        out.set_cookie,
        ["kb_session=abc; Max-Age=60; Path=/; Secure; HttpOnly; SameSite=Lax"]
    );
}

/// A request cookie name with CR/LF must never reach an output header.
#[test]
fn request_cookie_names_cannot_inject_headers() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(r);
    let evil = "_pk_id.x\r\nSet-Cookie: injected=1";
    let out = e.apply(
        &req("eu", &[(evil, "1"), ("_pk_id.ok", "1")]),
        &lines(&["a=1\r\nX: y", "b=1\0", "c=1\n"]),
    );
    for l in &out.set_cookie {
        assert!(
            !l.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0),
            "{l:?}"
        );
    }
    assert_eq!(
        out.set_cookie,
        ["_pk_id.ok=; Max-Age=0; Path=/; Domain=.kornblume.example; Secure"]
    );
    assert_eq!(out.unsafe_dropped, 3);
}

/// Exact before prefix before regex, whatever the declaration order.
#[test]
fn rules_match_exact_then_prefix_then_regex() {
    let mut r = rules(Undeclared::Report);
    let analytics = r.cookies[2].clone();
    let essential = r.cookies[0].clone();
    // `kb_*` (opt-in) declared before `kb_session` (required, capped).
    r.cookies.insert(
        0,
        CookieRule {
            name: Matcher::Prefix("kb_".into()),
            ..analytics.clone()
        },
    );
    // An essential regex declared before the opt-in `_pk_id.*` prefix.
    r.cookies.insert(
        0,
        CookieRule {
            name: Matcher::Regex("^_pk_".into()),
            ..essential
        },
    );
    let e = Enforcer::new(r);
    let out = e.apply(
        &req("eu", &[]),
        &lines(&["kb_session=abc; Max-Age=999999", "_pk_id.1=x", "kb_other=1"]),
    );
    assert_eq!(
        out.set_cookie,
        ["kb_session=abc; Max-Age=7200; Path=/; Secure; HttpOnly; SameSite=Lax"],
        "kb_session capped by its exact rule; _pk_id and kb_other need consent"
    );
    assert_eq!(out.stripped, ["_pk_id.1", "kb_other"]);
}

/// The application can always delete a cookie, even one it may not set.
#[test]
fn deletions_always_pass() {
    let r = rules(Undeclared::Strip);
    let e = Enforcer::new(r);
    let deletions = [
        "kb_session=; Max-Age=0",
        "kb_session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "_pk_id.1a2b=; Max-Age=-1; Path=/",
        "undeclared=; Max-Age=0",
    ];
    let out = e.apply(&req("eu", &[]), &lines(&deletions));
    assert_eq!(out.set_cookie, deletions);
}

/// A record value wrapped in double quotes (RFC 6265 `cookie-value`).
#[test]
fn quoted_consent_values_count() {
    let r = rules(Undeclared::Report);
    let value = format!("\"{}\"", consent(&r, &["analytics"]));
    let e = Enforcer::new(r);
    let out = e.apply(&req("eu", &[("kb_consent", &value)]), &lines(&RESPONSE));
    assert_eq!(out.set_cookie.len(), 3, "{:?}", out.set_cookie);
}
