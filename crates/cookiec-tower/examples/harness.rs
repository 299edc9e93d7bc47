//! The enforcement harness scripts/test/enforce.sh drives (against the
//! tower layer and against nginx with the generated njs filter):
//!
//! ```text
//! harness backend PORT                 echo backend (sets the Set-Cookie lines it is told to)
//! harness axum PORT [DIR]              the suite's policies (or DIR/<policy>/cookiec.headers.json) behind CookiePolicyLayer
//! harness conformance ADDR             every suite case over HTTP
//! harness load ADDR POLICY N CONNS     N random consent states, checked against the reference
//! ```
//!
//! ADDR is `127.0.0.1:PORT`; routes are `/p/<policy>/`. The suite is
//! tests/conformance/v1/suite.json (or `$COOKIEC_SUITE`).
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use cookiec_enforce::conformance::Suite;
use std::net::SocketAddr;

fn suite() -> Suite {
    let path = std::env::var("COOKIEC_SUITE").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/conformance/v1/suite.json"
        )
        .to_string()
    });
    Suite::parse(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn usage() -> ! {
    eprintln!(
        "usage: harness backend PORT | axum PORT | conformance ADDR | load ADDR POLICY N CONNS"
    );
    std::process::exit(2)
}

async fn listen(router: axum::Router, port: &str) {
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}"))
        .await
        .unwrap();
    common::run(listener, router).await;
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| usage());
    let addr = |i: usize| -> SocketAddr { arg(i).parse().unwrap_or_else(|_| usage()) };
    match arg(0).as_str() {
        "backend" => listen(common::backend(), &arg(1)).await,
        "axum" => {
            let s = suite();
            // With a directory of `cookiec build` outputs (DIR/<policy>/),
            // the layers load those files, as a deployment would.
            let policies = match args.get(2) {
                Some(dir) => s
                    .policies
                    .keys()
                    .map(|name| {
                        let path = format!("{dir}/{name}/cookiec.headers.json");
                        let rules = cookiec_enforce::load::from_path(&path)
                            .unwrap_or_else(|e| panic!("{e}"));
                        (name.clone(), rules)
                    })
                    .collect(),
                None => s.policies.clone(),
            };
            listen(
                common::app(&policies, &s.country_header, &s.subdivision_header),
                &arg(1),
            )
            .await
        }
        "conformance" => {
            let s = suite();
            let (run, failures) = common::conformance(addr(1), &s, None).await;
            for f in &failures {
                eprintln!("FAIL {f}");
            }
            println!("conformance: {} of {run} cases pass", run - failures.len());
            if !failures.is_empty() || run == 0 {
                std::process::exit(1);
            }
        }
        "load" => {
            let s = suite();
            let n: usize = arg(3).parse().unwrap_or_else(|_| usage());
            let c: usize = arg(4).parse().unwrap_or_else(|_| usage());
            let r = common::load(addr(1), &s, &arg(2), n, c).await;
            println!(
                "load: {} requests over {c} connections in {:.1} s ({:.0} req/s): {} refused cookies leaked, {} allowed cookies dropped, {} other mismatches, {} errors",
                r.requests,
                r.seconds,
                r.requests as f64 / r.seconds,
                r.leaked,
                r.dropped,
                r.other_mismatches,
                r.errors
            );
            if r.requests != n || r.leaked + r.dropped + r.other_mismatches + r.errors > 0 {
                std::process::exit(1);
            }
        }
        _ => usage(),
    }
}
