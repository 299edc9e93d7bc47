//! Latency benchmark (not a timed test): p50/p95 of change→diagnostics and
//! of completion, on generated 1 000-line and 10 000-line files, measured
//! through the real tower service (JSON-RPC in, notifications out), so it
//! includes parsing, checking, conversion and serialisation.
//!
//! Run: `cargo bench -p cookiec-lsp --bench latency`.

#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_lsp::Backend;
use futures::StreamExt;
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::Request;
use tower_lsp_server::LspService;
use tower_service::Service;

const URI: &str = "file:///bench.cookies";

/// A valid policy of about `lines` lines: categories, providers, cookies.
fn generate(lines: usize) -> String {
    let mut s = String::from(
        "policy \"Bench 🍪\" {\n  controller \"Bench GmbH\"\n  email \"privacy@bench.example\"\n}\n\n\
         category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
         category analytics {\n  title \"Analytics\"\n  consent opt-in\n}\n\n\
         provider stripe {\n  name \"Stripe, Inc.\"\n  role [payments]\n}\n\n",
    );
    let mut i = 0;
    while s.lines().count() < lines {
        let (cat, prov) = if i % 2 == 0 {
            ("essential", "first-party")
        } else {
            ("analytics", "stripe")
        };
        s.push_str(&format!(
            "cookie \"c{i}\" {{\n  category {cat}\n  provider {prov}\n  purpose \"Cookie number {i} 🍪.\"\n  lifetime {} days\n  secure\n}}\n\n",
            i % 300 + 1
        ));
        i += 1;
    }
    s
}

struct Bench {
    service: LspService<Backend>,
    rx: mpsc::UnboundedReceiver<(String, Value)>,
    id: i64,
}

impl Bench {
    async fn new() -> Bench {
        let (service, mut socket) = LspService::new(Backend::new);
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(r) = socket.next().await {
                let (m, _, p) = r.into_parts();
                let _ = tx.send((m.to_string(), p.unwrap_or(Value::Null)));
            }
        });
        let mut b = Bench { service, rx, id: 0 };
        b.request("initialize", json!({ "capabilities": {} })).await;
        b.notify("initialized", json!({})).await;
        b
    }

    async fn call(&mut self, req: Request) -> Option<tower_lsp_server::jsonrpc::Response> {
        futures::future::poll_fn(|cx| self.service.poll_ready(cx))
            .await
            .unwrap();
        self.service.call(req).await.unwrap()
    }

    async fn request(&mut self, method: &'static str, params: Value) -> Value {
        self.id += 1;
        let resp = self
            .call(Request::build(method).params(params).id(self.id).finish())
            .await
            .unwrap();
        resp.into_parts().1.unwrap()
    }

    async fn notify(&mut self, method: &'static str, params: Value) {
        self.call(Request::build(method).params(params).finish())
            .await;
    }

    async fn diagnostics_for(&mut self, version: i64) {
        loop {
            let (m, p) = tokio::time::timeout(Duration::from_secs(60), self.rx.recv())
                .await
                .unwrap()
                .unwrap();
            if m == "textDocument/publishDiagnostics" && p["version"] == version {
                return;
            }
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(what: &str, lines: usize, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{what:<22} {lines:>6} lines  n={:<3} p50 {:>8.2} ms  p95 {:>8.2} ms",
        samples.len(),
        percentile(&samples, 0.5).as_secs_f64() * 1e3,
        percentile(&samples, 0.95).as_secs_f64() * 1e3
    );
}

async fn run(lines: usize, iterations: usize) {
    let text = generate(lines);
    let real_lines = text.lines().count();
    let mut b = Bench::new().await;
    b.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": URI, "languageId": "cookies", "version": 1, "text": text } }),
    )
    .await;
    b.diagnostics_for(1).await;

    // change → diagnostics: type one character into a purpose string in the
    // middle of the file, alternately inserting and deleting it.
    let mid = (real_lines / 2) as u32;
    let line_of_purpose = (mid..)
        .find(|l| {
            text.lines()
                .nth(*l as usize)
                .is_some_and(|s| s.contains("purpose"))
        })
        .unwrap();
    let mut change = Vec::with_capacity(iterations);
    for k in 0..iterations {
        let version = 2 + k as i64;
        let range = if k % 2 == 0 {
            json!({ "start": { "line": line_of_purpose, "character": 12 }, "end": { "line": line_of_purpose, "character": 12 } })
        } else {
            json!({ "start": { "line": line_of_purpose, "character": 12 }, "end": { "line": line_of_purpose, "character": 13 } })
        };
        let new_text = if k % 2 == 0 { "x" } else { "" };
        let t = Instant::now();
        b.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": URI, "version": version }, "contentChanges": [{ "range": range, "text": new_text }] }),
        )
        .await;
        b.diagnostics_for(version).await;
        change.push(t.elapsed());
    }
    report("change→diagnostics", real_lines, change);

    // Completion inside a block near the end (field names) and after
    // `category ` (references).
    let mut completion = Vec::with_capacity(iterations);
    let last_category = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("  category "))
        .last()
        .unwrap()
        .0 as u32;
    for k in 0..iterations {
        let position = if k % 2 == 0 {
            json!({ "line": last_category, "character": 0 })
        } else {
            json!({ "line": last_category, "character": 11 })
        };
        let t = Instant::now();
        let r = b
            .request(
                "textDocument/completion",
                json!({ "textDocument": { "uri": URI }, "position": position }),
            )
            .await;
        completion.push(t.elapsed());
        assert!(
            r.as_array().is_some_and(|a| !a.is_empty()),
            "empty completion: {r}"
        );
    }
    report("completion", real_lines, completion);
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    // `cargo test --benches` runs this with `--bench` absent: keep it short.
    let quick = !std::env::args().any(|a| a == "--bench");
    let iterations = if quick { 3 } else { 40 };
    rt.block_on(async {
        run(1_000, iterations).await;
        run(10_000, if quick { 2 } else { 20 }).await;
    });
}
