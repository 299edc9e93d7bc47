//! The layer never panics on any header bytes: random `Cookie`, geo and
//! signal headers and random upstream `Set-Cookie` values (any bytes a
//! header value may hold, obs-text included) go through it, and what comes
//! out is valid header values, each an upstream line (enforced) or a
//! deletion.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_enforce::conformance::Suite;
use cookiec_tower::CookiePolicyLayer;
use http::{header::SET_COOKIE, HeaderValue, Request, Response};
use proptest::prelude::*;
use std::convert::Infallible;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use tower::{Layer, Service};

fn poll_now<F: Future>(f: F) -> F::Output {
    match pin!(f)
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("synchronous service"),
    }
}

/// Bytes a header value may hold: visible ASCII, space, tab, obs-text, with
/// the characters that matter to cookies over-represented.
fn value() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(b"=;, \"%{}_-.:a0Z9\t".to_vec()),
            2 => 0x20u8..0x7f,
            1 => 0x80u8..=0xff,
        ],
        0..60,
    )
}

static SUITE: std::sync::LazyLock<Suite> = std::sync::LazyLock::new(suite);

fn suite() -> Suite {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/v1/suite.json"
    ))
    .unwrap();
    Suite::parse(&text).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn any_header_bytes(
        cookie in value(),
        country in value(),
        gpc in value(),
        lines in prop::collection::vec(value(), 0..6),
        policy in prop::sample::select(vec!["shop", "multilingual", "multilingual-strip", "flexys"]),
    ) {
        let layer = CookiePolicyLayer::new(SUITE.policies[policy].clone());
        let upstream: Vec<HeaderValue> = lines
            .iter()
            .filter_map(|l| HeaderValue::from_bytes(l).ok())
            .collect();
        let sent = upstream.clone();
        let app = tower::service_fn(move |_req: Request<()>| {
            let mut res = Response::new(());
            for v in &sent {
                res.headers_mut().append(SET_COOKIE, v.clone());
            }
            std::future::ready(Ok::<_, Infallible>(res))
        });
        let mut svc = layer.layer(app);
        let mut req = Request::new(());
        for (name, v) in [("cookie", &cookie), ("cf-ipcountry", &country), ("sec-gpc", &gpc)] {
            if let Ok(v) = HeaderValue::from_bytes(v) {
                req.headers_mut().insert(name, v);
            }
        }
        let res = poll_now(svc.call(req)).unwrap();
        for out in res.headers().get_all(SET_COOKIE) {
            let b = out.as_bytes();
            prop_assert!(!b.iter().any(|c| *c == b'\r' || *c == b'\n' || *c == 0));
            let is_upstream_name = upstream.iter().any(|u| {
                let name = |v: &[u8]| v.split(|c| *c == b'=').next().map(|n| n.trim_ascii().to_vec());
                name(u.as_bytes()) == name(b)
            });
            let is_deletion = std::str::from_utf8(b).is_ok_and(|s| s.contains("Max-Age=0"));
            prop_assert!(is_upstream_name || is_deletion, "{:?}", out);
        }
    }
}
