//! A real axum server on 127.0.0.1 with the layer and the compiled rules of
//! the enforcement test policy (tests/conformance/policies/shop.cookies, as
//! `cookiec build` writes them into the suite), called with hyper's HTTP/1.1
//! client in each consent state; then the whole conformance suite and a
//! short random load over the same socket.
#![allow(clippy::unwrap_used, clippy::panic)]

#[path = "../examples/common/mod.rs"]
mod common;

use common::{Conn, UPSTREAM};
use cookiec_enforce::conformance::Suite;
use cookiec_enforce::record;
use std::net::SocketAddr;

fn suite() -> Suite {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/v1/suite.json"
    ))
    .unwrap();
    Suite::parse(&text).unwrap()
}

async fn start(suite: &Suite) -> SocketAddr {
    common::serve(common::app(
        &suite.policies,
        &suite.country_header,
        &suite.subdivision_header,
    ))
    .await
}

/// What the shop's application sets on every response.
fn upstream() -> Vec<String> {
    [
        "sid=s1; Path=/; Max-Age=999999",
        "srv_track=t; Path=/app; Domain=.shop.example; Max-Age=31536000",
        "_ga_X1=g; Max-Age=31536000",
        "_st_42=1",
        "ad_id=a; Max-Age=999999999",
    ]
    .map(String::from)
    .to_vec()
}

fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

const SID: &str = "sid=s1; Max-Age=7200; Path=/; Secure; HttpOnly; SameSite=Lax";
const TRACK: &str =
    "srv_track=t; Max-Age=31536000; Path=/app; Domain=.shop.example; Secure; HttpOnly; SameSite=Lax";
const GA: &str = "_ga_X1=g; Max-Age=31536000; Secure; SameSite=Lax";
const ST: &str = "_st_42=1; Max-Age=1800";
const AD: &str = "ad_id=a; Max-Age=7776000; Secure; SameSite=None; Partitioned";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_consent_state_gets_exactly_the_allowed_cookies() {
    let suite = suite();
    let rules = &suite.policies["shop"];
    let addr = start(&suite).await;
    let mut c = Conn::open(addr).await;
    let rec = |cats: &[&str]| {
        format!(
            "cookie_consent={}",
            record::encode(cats, &rules.revision, "sha256:x")
        )
    };
    let eu = ("CF-IPCountry", "DE");
    let up = upstream();

    // No consent (EU, opt-in): only the strictly necessary cookie, capped.
    let r = c.get("/p/shop/", &h(&[eu]), &up).await;
    assert_eq!(r.set_cookie, [SID]);
    assert_eq!(r.body, b"backend body");
    assert_eq!(r.headers["x-backend"], "echo");
    assert!(r.headers.get(UPSTREAM).is_none());

    // Everything granted: every cookie, with its declared attributes.
    let all = rec(&["analytics", "essential", "marketing"]);
    let r = c.get("/p/shop/", &h(&[eu, ("Cookie", &all)]), &up).await;
    assert_eq!(r.set_cookie, [SID, TRACK, GA, ST, AD]);

    // Necessary only.
    let necessary = rec(&["essential"]);
    let r = c
        .get("/p/shop/", &h(&[eu, ("Cookie", &necessary)]), &up)
        .await;
    assert_eq!(r.set_cookie, [SID]);

    // California is opt-out: all on, until the browser sends GPC.
    let ca = [
        ("CF-IPCountry", "US"),
        ("CloudFront-Viewer-Country-Region", "CA"),
    ];
    let r = c.get("/p/shop/", &h(&ca), &up).await;
    assert_eq!(r.set_cookie, [SID, TRACK, GA, ST, AD]);
    let r = c
        .get("/p/shop/", &h(&[ca[0], ca[1], ("Sec-GPC", "1")]), &up)
        .await;
    assert_eq!(r.set_cookie, [SID]);

    // Withdrawal after consent: the browser still has the cookies; every
    // one is expired with its declared domain, path and flags, using the
    // request's exact names (HttpOnly, prefix, regex, Partitioned).
    let cookie = format!("{necessary}; sid=s1; srv_track=t; _ga_X1=g; _st_42=1; ad_id=a");
    let r = c.get("/p/shop/", &h(&[eu, ("Cookie", &cookie)]), &[]).await;
    assert_eq!(
        r.set_cookie,
        [
            "srv_track=; Max-Age=0; Path=/app; Domain=.shop.example; Secure",
            "_ga_X1=; Max-Age=0; Path=/; Secure",
            "_st_42=; Max-Age=0; Path=/",
            "ad_id=; Max-Age=0; Path=/; Secure; Partitioned",
        ]
    );

    // A record of an older revision: renew-on-change makes it no choice.
    let stale = format!(
        "cookie_consent={}",
        record::encode(&["analytics", "marketing"], "0000000000000000", "sha256:x")
    );
    let r = c.get("/p/shop/", &h(&[eu, ("Cookie", &stale)]), &up).await;
    assert_eq!(r.set_cookie, [SID]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_passes_the_conformance_suite_over_http() {
    let suite = suite();
    let addr = start(&suite).await;
    let (run, failures) = common::conformance(addr, &suite, None).await;
    assert_eq!(run, suite.cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_consent_states_neither_leak_nor_drop() {
    // Short here; scripts/test/enforce.sh runs 50,000 requests.
    let suite = suite();
    let addr = start(&suite).await;
    let r = common::load(addr, &suite, "shop", 2_000, 4).await;
    assert_eq!(r.requests, 2_000);
    assert_eq!(
        (r.leaked, r.dropped, r.other_mismatches, r.errors),
        (0, 0, 0, 0),
        "{r:?}"
    );
}

/// The application sees the region the layer resolved, to hand the page's
/// banner (`<html data-cookiec-region>`), from the same geo headers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn handlers_receive_the_visitor_region() {
    use axum::{routing::get, Extension, Router};
    use cookiec_tower::{CookiePolicyLayer, VisitorRegion};
    let suite = suite();
    let rules = suite.policies.values().next().unwrap().clone();
    let layer = CookiePolicyLayer::new(rules)
        .country_header(&suite.country_header)
        .and_then(|l| l.subdivision_header(&suite.subdivision_header))
        .unwrap();
    let app = Router::new()
        .route(
            "/",
            get(
                |Extension(VisitorRegion(r)): Extension<VisitorRegion>| async move {
                    r.unwrap_or_else(|| "unknown".into())
                },
            ),
        )
        .layer(layer);
    let addr = common::serve(app).await;
    let mut conn = Conn::open(addr).await;
    let country = suite.country_header.clone();
    let region = |reply: common::Reply| String::from_utf8(reply.body).unwrap();
    let de = conn.get("/", &h(&[(&country, "DE")]), &[]).await;
    let none = conn.get("/", &[], &[]).await;
    let jp = conn.get("/", &h(&[(&country, "JP")]), &[]).await;
    let (de, none, jp) = (region(de), region(none), region(jp));
    // Germany falls back to a declared EU region, Japan to `default`.
    assert!(de == "eu" || de == "eea" || de == "de", "{de}");
    assert_eq!(none, "unknown");
    assert_eq!(jp, "default");
}
