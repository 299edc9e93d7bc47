//! The tower layer passes every case of the conformance suite
//! (`tests/conformance/v1/suite.json`), in process: a service answers with
//! the case's upstream `Set-Cookie` lines, the layer enforces them, and the
//! response must carry exactly the expected lines, in order, with every
//! other header and the body untouched.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_enforce::conformance::{Suite, NOW};
use cookiec_tower::CookiePolicyLayer;
use http::{header::SET_COOKIE, Request, Response};
use std::convert::Infallible;
use tower::{Layer, Service, ServiceExt};

fn suite() -> Suite {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/v1/suite.json"
    ))
    .unwrap();
    Suite::parse(&text).unwrap()
}

#[tokio::test]
async fn the_layer_passes_the_conformance_suite() {
    let suite = suite();
    let mut failures = Vec::new();
    for case in &suite.cases {
        let layer = CookiePolicyLayer::new(suite.policies[&case.policy].clone())
            .country_header(&suite.country_header)
            .unwrap()
            .subdivision_header(&suite.subdivision_header)
            .unwrap()
            .clock(|| NOW);
        let upstream = case.upstream.clone();
        let app = tower::service_fn(move |_req: Request<String>| {
            let upstream = upstream.clone();
            async move {
                let mut res = Response::builder().header("x-app", "kept");
                for l in &upstream {
                    res = res.header(SET_COOKIE, l.as_str());
                }
                Ok::<_, Infallible>(res.body("body".to_string()).unwrap())
            }
        });
        let mut svc = layer.layer(app);
        let mut req = Request::builder().uri("/");
        for (n, v) in &case.request {
            req = req.header(n.as_str(), v.as_str());
        }
        let res = svc
            .ready()
            .await
            .unwrap()
            .call(req.body(String::new()).unwrap())
            .await
            .unwrap();
        let got: Vec<String> = res
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect();
        assert_eq!(res.headers()["x-app"], "kept");
        assert_eq!(res.body(), "body");
        if got != case.expect {
            failures.push(format!(
                "{}:\n  expected {:#?}\n  got      {:#?}",
                case.name, case.expect, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        suite.cases.len(),
        failures.join("\n")
    );
}
