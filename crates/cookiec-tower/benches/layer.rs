//! The layer's cost per response: 10 `Set-Cookie` headers against 50 rules
//! (30 exact names, 10 prefixes, 10 regexes), a request with a consent
//! record and a country header, compared with the same service without the
//! layer. Not a test: `cargo bench -p cookiec-tower --bench layer`.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_enforce::{record, Attributes, CookieRule, HeaderRules, Matcher, NotConsented};
use cookiec_tower::CookiePolicyLayer;
use http::{header::SET_COOKIE, Request, Response};
use std::convert::Infallible;
use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Instant;
use tower::{Layer, Service};

fn rules() -> HeaderRules {
    let mut text: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/conformance/v1/suite.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut r: HeaderRules = serde_json::from_value(text["policies"]["shop"].take()).unwrap();
    let attrs = Attributes {
        secure: Some(true),
        http_only: Some(true),
        same_site: Some("Lax".into()),
        path: Some("/".into()),
        domain: None,
        max_age_cap: Some(86_400),
        session: false,
        partitioned: None,
    };
    r.cookies.clear();
    for i in 0..50 {
        let name = match i {
            0..30 => Matcher::Exact(format!("c{i}")),
            30..40 => Matcher::Prefix(format!("p{i}_")),
            _ => Matcher::Regex(format!("^r{i}_[0-9]+$")),
        };
        r.cookies.push(CookieRule {
            name,
            category: if i % 2 == 0 { "essential" } else { "analytics" }.into(),
            required: i % 2 == 0,
            attributes: attrs.clone(),
            when_not_consented: (i % 2 == 1).then(|| NotConsented {
                strip_set_cookie: true,
                expire: vec![format!("c{i}=; Max-Age=0; Path=/")],
                expire_template: None,
            }),
        });
    }
    r
}

fn poll_now<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the bench service is synchronous"),
    }
}

fn main() {
    let rules = rules();
    let consent = format!(
        "cookie_consent={}; c1=x; p31_a=y",
        record::encode(&["essential", "analytics"], &rules.revision, "sha256:b")
    );
    let lines: Vec<String> = (0..10)
        .map(|i| match i {
            0..6 => format!("c{i}=value{i}; Path=/; Max-Age=999999"),
            6..8 => format!("p3{i}_x=v; Max-Age=60"),
            _ => format!("r4{i}_123=v"),
        })
        .collect();
    let app = tower::service_fn(move |_req: Request<()>| {
        let mut res = Response::builder();
        for l in &lines {
            res = res.header(SET_COOKIE, l.as_str());
        }
        std::future::ready(Ok::<_, Infallible>(res.body(()).unwrap()))
    });
    let request = || {
        Request::builder()
            .header("cookie", consent.as_str())
            .header("cf-ipcountry", "DE")
            .body(())
            .unwrap()
    };
    if std::env::var_os("PROBE").is_some() {
        let lines: Vec<String> = (0..10)
            .map(|i| match i {
                0..6 => format!("c{i}=value{i}; Path=/; Max-Age=999999"),
                6..8 => format!("p3{i}_x=v; Max-Age=60"),
                _ => format!("r4{i}_123=v"),
            })
            .collect();
        probe(&rules, &consent, &lines);
    }
    let mut plain = app.clone();
    let mut layered = CookiePolicyLayer::new(rules).layer(app);
    // BENCH_N: fewer iterations, e.g. under callgrind.
    let n: u32 = std::env::var("BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let time = |svc: &mut dyn FnMut() -> usize| {
        for _ in 0..n / 10 {
            black_box(svc());
        }
        let start = Instant::now();
        for _ in 0..n {
            black_box(svc());
        }
        start.elapsed().as_nanos() as f64 / f64::from(n)
    };
    // BENCH_ONLY=plain|layer runs one side (to count instructions of each
    // under `valgrind --tool=callgrind`, a figure a busy machine does not skew).
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let base = if only == "layer" {
        0.0
    } else {
        time(&mut || poll_now(plain.call(request())).unwrap().headers().len())
    };
    let with = if only == "plain" {
        0.0
    } else {
        time(&mut || poll_now(layered.call(request())).unwrap().headers().len())
    };
    println!("pass-through: {base:.0} ns/response");
    println!("with CookiePolicyLayer (10 Set-Cookie, 50 rules): {with:.0} ns/response");
    println!(
        "layer cost: {:.2} us/response ({:.1}x the pass-through service)",
        (with - base) / 1000.0,
        with / base
    );
}

#[allow(dead_code)]
fn probe(rules: &HeaderRules, consent: &str, lines: &[String]) {
    use cookiec_enforce::{request_cookies, Enforcer, Region, Request};
    let e = Enforcer::new(rules.clone());
    let req = Request {
        cookies: request_cookies([consent]),
        region: Region::Known("eu".into()),
        ..Request::default()
    };
    let n = 20_000u32;
    let t = Instant::now();
    for _ in 0..n {
        black_box(e.granted(black_box(&req)));
    }
    println!(
        "probe granted: {:.0} ns",
        t.elapsed().as_nanos() as f64 / f64::from(n)
    );
    let t = Instant::now();
    for _ in 0..n {
        black_box(e.apply(black_box(&req), lines));
    }
    println!(
        "probe apply: {:.0} ns",
        t.elapsed().as_nanos() as f64 / f64::from(n)
    );
    let t = Instant::now();
    for _ in 0..n {
        for l in lines {
            black_box(e.rule(l.split('=').next().unwrap_or("")));
        }
    }
    println!(
        "probe 10 rule lookups: {:.0} ns",
        t.elapsed().as_nanos() as f64 / f64::from(n)
    );
}
