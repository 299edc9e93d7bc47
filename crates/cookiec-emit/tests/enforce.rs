//! The reference semantics of the header rules (`cookiec_emit::enforce`)
//! on the two-language example: consent cookie, stale revisions, regions,
//! GPC, attribute enforcement, expiry lines, undeclared cookies.
#![allow(clippy::unwrap_used)]

use cookiec_emit::enforce::{Enforcer, Request};
use cookiec_emit::headers::{self, HeaderRules, Undeclared};

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

fn req(region: &str, cookies: &[(&str, &str)]) -> Request {
    Request {
        cookies: cookies
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        gpc: false,
        dnt: false,
        region: region.to_string(),
    }
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

const RESPONSE: [&str; 3] = [
    "kb_session=abc; Path=/; Max-Age=999999",
    "_pk_id.1a2b=xyz; Max-Age=99999999; Path=/",
    "_pk_ses.1.ab12=1; Path=/",
];

#[test]
fn without_consent_opt_in_cookies_are_stripped_and_expired() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(&r);
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
    let e = Enforcer::new(&r);
    let consent = format!("v1.{}.analytics", r.revision);
    let out = e.apply(&req("eu", &[("kb_consent", &consent)]), &lines(&RESPONSE));
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
    let e = Enforcer::new(&r);
    let out = e.apply(
        &req("eu", &[("kb_consent", "v1.0000000000000000.analytics")]),
        &lines(&RESPONSE),
    );
    assert_eq!(out.set_cookie.len(), 1, "{:?}", out.set_cookie);
}

#[test]
fn regions_and_gpc_decide_before_any_choice() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(&r);
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
    // An unknown region falls back to `default` (opt-in).
    assert_eq!(
        e.apply(&req("mars", &[]), &lines(&RESPONSE))
            .set_cookie
            .len(),
        1
    );
}

#[test]
fn undeclared_cookies_follow_the_configured_policy() {
    let response = lines(&["tracker=1; Path=/"]);
    for (policy, kept, reported) in [
        (Undeclared::Allow, 1, 0),
        (Undeclared::Strip, 0, 0),
        (Undeclared::Report, 1, 1),
    ] {
        let r = rules(policy);
        let out = Enforcer::new(&r).apply(&req("eu", &[]), &response);
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
    let out = Enforcer::new(&r).apply(
        &req("eu", &[]),
        &lines(&["kb_session=abc; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Max-Age=5"]),
    );
    assert_eq!(
        out.set_cookie,
        ["kb_session=abc; Path=/; Secure; HttpOnly; SameSite=Lax"]
    );
}

#[test]
fn the_cookieconsent_value_is_read_too() {
    let r = rules(Undeclared::Report);
    let e = Enforcer::new(&r);
    let rev = cookiec_emit::cookieconsent::revision_number(&r.revision);
    // What vanilla-cookieconsent 3 writes: encodeURIComponent(JSON).
    let value = format!(
        "%7B%22categories%22%3A%5B%22essential%22%2C%22analytics%22%5D%2C%22revision%22%3A{rev}%2C%22data%22%3Anull%7D"
    );
    let out = e.apply(&req("eu", &[("kb_consent", &value)]), &lines(&RESPONSE));
    assert_eq!(
        out.set_cookie.len(),
        3,
        "analytics granted: {:?}",
        out.set_cookie
    );
    let stale = value.replace(&rev.to_string(), "1");
    let out = e.apply(&req("eu", &[("kb_consent", &stale)]), &lines(&RESPONSE));
    assert_eq!(out.set_cookie.len(), 1, "a stale revision is no choice");
}
