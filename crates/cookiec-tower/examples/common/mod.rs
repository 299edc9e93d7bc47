//! Shared by the enforcement harness (`examples/harness.rs`, driven by
//! scripts/test/enforce.sh against axum and nginx) and the in-process
//! server tests: an echo backend, the axum app with the layer, a real
//! HTTP/1.1 client, the conformance and consent-state runs and the load run.
#![allow(dead_code)]

use axum::{
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
    routing::get,
    Router,
};
use cookiec_enforce::conformance::{Case, Suite};
use cookiec_enforce::{record, Enforcer, HeaderRules, Matcher};
use cookiec_tower::CookiePolicyLayer;
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use tokio::net::TcpStream;

/// The request header telling the echo backend which `Set-Cookie` lines to
/// send (a JSON array of strings): the test sets the upstream per request.
pub const UPSTREAM: &str = "x-cookiec-upstream";

/// A backend in any language would just set its cookies; this one sets the
/// lines it is told to.
pub async fn echo(headers: HeaderMap) -> impl IntoResponse {
    let lines: Vec<String> = headers
        .get(UPSTREAM)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or_default();
    let mut out = HeaderMap::new();
    for l in lines {
        if let Ok(v) = l.parse() {
            out.append(http::header::SET_COOKIE, v);
        }
    }
    out.insert("x-backend", http::HeaderValue::from_static("echo"));
    (StatusCode::OK, out, "backend body")
}

pub fn backend() -> Router {
    Router::new().fallback(get(echo))
}

/// One route `/p/<policy>/` per policy, each behind its own layer.
pub fn app(policies: &BTreeMap<String, HeaderRules>, country: &str, subdivision: &str) -> Router {
    let mut router = Router::new();
    for (name, rules) in policies {
        let layer = CookiePolicyLayer::new(rules.clone())
            .country_header(country)
            .and_then(|l| l.subdivision_header(subdivision))
            .unwrap_or_else(|e| panic!("{e}"));
        router = router.route(&format!("/p/{name}/"), get(echo).layer(layer));
    }
    router
}

/// Serve on a bound listener with TCP_NODELAY (axum's default leaves
/// Nagle on, which holds each small keep-alive reply for a delayed ACK).
pub async fn run(listener: tokio::net::TcpListener, router: Router) {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let _ = axum::serve(listener, router).await;
}

pub async fn serve(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(run(listener, router));
    addr
}

/// One keep-alive HTTP/1.1 connection (hyper's client).
pub struct Conn {
    sender: hyper::client::conn::http1::SendRequest<Empty<Bytes>>,
    host: String,
    addr: SocketAddr,
}

pub struct Reply {
    pub status: u16,
    pub set_cookie: Vec<String>,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
}

impl Conn {
    pub async fn open(addr: SocketAddr) -> Conn {
        let stream = TcpStream::connect(addr).await.unwrap();
        stream.set_nodelay(true).unwrap();
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(async move {
            let _ = conn.await;
        });
        Conn {
            sender,
            host: addr.to_string(),
            addr,
        }
    }

    /// A GET; a connection the server closed (nginx ends a keep-alive
    /// connection after `keepalive_requests`) is reopened once.
    pub async fn get(
        &mut self,
        path: &str,
        headers: &[(String, String)],
        upstream: &[String],
    ) -> Reply {
        if self.sender.ready().await.is_err() {
            *self = Conn::open(self.addr).await;
        }
        match self.try_get(path, headers, upstream).await {
            Ok(r) => r,
            Err(_) => {
                *self = Conn::open(self.addr).await;
                self.try_get(path, headers, upstream).await.unwrap()
            }
        }
    }

    async fn try_get(
        &mut self,
        path: &str,
        headers: &[(String, String)],
        upstream: &[String],
    ) -> Result<Reply, hyper::Error> {
        let mut req = http::Request::builder()
            .uri(path)
            .header("host", &self.host)
            .header(UPSTREAM, serde_json::to_string(upstream).unwrap());
        for (n, v) in headers {
            req = req.header(n.as_str(), v.as_str());
        }
        self.sender.ready().await?;
        let res = self
            .sender
            .send_request(req.body(Empty::new()).unwrap())
            .await?;
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let set_cookie = headers
            .get_all(http::header::SET_COOKIE)
            .iter()
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect();
        let body = res.into_body().collect().await?.to_bytes().to_vec();
        Ok(Reply {
            status,
            set_cookie,
            headers,
            body,
        })
    }
}

/// Every suite case over HTTP: the failures.
pub async fn conformance(
    addr: SocketAddr,
    suite: &Suite,
    only: Option<&str>,
) -> (usize, Vec<String>) {
    let mut conn = Conn::open(addr).await;
    let mut failures = vec![];
    let mut run = 0;
    for case in suite
        .cases
        .iter()
        .filter(|c| only.is_none_or(|p| c.policy == p))
    {
        run += 1;
        let r = conn
            .get(
                &format!("/p/{}/", case.policy),
                &case.request,
                &case.upstream,
            )
            .await;
        if r.status != 200 || r.set_cookie != case.expect || r.body != b"backend body" {
            failures.push(format!(
                "{} (status {}):\n  expected {:#?}\n  got      {:#?}",
                case.name, r.status, case.expect, r.set_cookie
            ));
        }
    }
    (run, failures)
}

/// The upstream lines a load request sends: one persistent cookie per
/// named rule (a sample name for patterns) and an undeclared one.
pub fn load_upstream(rules: &HeaderRules) -> Vec<String> {
    rules
        .cookies
        .iter()
        .filter_map(|c| match &c.name {
            Matcher::Exact(n) => Some(n.clone()),
            Matcher::Prefix(p) => Some(format!("{p}load")),
            _ => None,
        })
        .map(|n| format!("{n}=v; Path=/; Max-Age=31536000"))
        .chain(std::iter::once("undeclared_load=1; Path=/".to_string()))
        .collect()
}

/// xorshift64*: deterministic random consent states without a dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

/// A random consent state: region, GPC, and a record (none, some
/// categories, stale), plus request cookies of every category.
pub fn random_request(
    rng: &mut Rng,
    rules: &HeaderRules,
    country: &str,
    subdivision: &str,
) -> Vec<(String, String)> {
    let mut h = vec![];
    let geo: [(&str, Option<&str>); 5] = [
        ("DE", None),
        ("US", Some("CA")),
        ("GB", None),
        ("MX", None),
        ("", None),
    ];
    let (c, s) = rng.pick(&geo);
    if !c.is_empty() {
        h.push((country.to_string(), c.to_string()));
    }
    if let Some(s) = s {
        h.push((subdivision.to_string(), s.to_string()));
    }
    if rng.next().is_multiple_of(3) {
        h.push(("Sec-GPC".to_string(), "1".to_string()));
    }
    let mut cats: Vec<&str> = rules.cookies.iter().map(|c| c.category.as_str()).collect();
    cats.sort();
    cats.dedup();
    let granted: Vec<&str> = cats
        .iter()
        .copied()
        .filter(|_| rng.next().is_multiple_of(2))
        .collect();
    let mut cookies: Vec<String> = load_upstream(rules)
        .iter()
        .filter_map(|l| l.split('=').next().map(|n| format!("{n}=old")))
        .filter(|_| rng.next().is_multiple_of(2))
        .collect();
    match rng.next() % 3 {
        0 => {}
        1 => cookies.push(format!(
            "{}={}",
            rules.consent.cookie,
            record::encode(&granted, &rules.revision, "sha256:load")
        )),
        _ => cookies.push(format!(
            "{}={}",
            rules.consent.cookie,
            record::encode(&granted, "0000000000000000", "sha256:load")
        )),
    }
    if !cookies.is_empty() {
        h.push(("Cookie".to_string(), cookies.join("; ")));
    }
    h
}

#[derive(Debug, Default)]
pub struct LoadReport {
    pub requests: usize,
    /// Lines of a non-granted category that reached the client.
    pub leaked: usize,
    /// Expected lines that did not.
    pub dropped: usize,
    pub other_mismatches: usize,
    pub errors: usize,
    pub seconds: f64,
}

/// `requests` requests over `connections` keep-alive connections, each
/// checked against the reference.
pub async fn load(
    addr: SocketAddr,
    suite: &Suite,
    policy: &str,
    requests: usize,
    connections: usize,
) -> LoadReport {
    let rules = suite.policies[policy].clone();
    let start = std::time::Instant::now();
    let mut tasks = vec![];
    for c in 0..connections {
        let rules = rules.clone();
        let (country, subdivision) = (
            suite.country_header.clone(),
            suite.subdivision_header.clone(),
        );
        let n = requests / connections + usize::from(c < requests % connections);
        let policy = policy.to_string();
        tasks.push(tokio::spawn(async move {
            let e = Enforcer::new(rules.clone());
            let upstream = load_upstream(&rules);
            let mut conn = Conn::open(addr).await;
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (c as u64 + 1));
            let mut rep = LoadReport::default();
            let stub = Suite {
                format: String::new(),
                version: 1,
                about: String::new(),
                country_header: country.clone(),
                subdivision_header: subdivision.clone(),
                policies: BTreeMap::new(),
                cases: vec![],
            };
            for _ in 0..n {
                let request = random_request(&mut rng, &rules, &country, &subdivision);
                let case = Case {
                    name: String::new(),
                    policy: policy.clone(),
                    request: request.clone(),
                    upstream: upstream.clone(),
                    expect: vec![],
                };
                let want = e.apply(&stub.request(&case, &e), &upstream).set_cookie;
                let r = conn
                    .get(&format!("/p/{policy}/"), &request, &upstream)
                    .await;
                rep.requests += 1;
                if r.status != 200 {
                    rep.errors += 1;
                    continue;
                }
                let leaked = r.set_cookie.iter().filter(|l| !want.contains(l)).count();
                let dropped = want.iter().filter(|l| !r.set_cookie.contains(l)).count();
                rep.leaked += leaked;
                rep.dropped += dropped;
                if leaked == 0 && dropped == 0 && r.set_cookie != want {
                    rep.other_mismatches += 1;
                }
            }
            rep
        }));
    }
    let mut total = LoadReport::default();
    for t in tasks {
        let r = t.await.unwrap();
        total.requests += r.requests;
        total.leaked += r.leaked;
        total.dropped += r.dropped;
        total.other_mismatches += r.other_mismatches;
        total.errors += r.errors;
    }
    total.seconds = start.elapsed().as_secs_f64();
    total
}
