//! In-process protocol tests through the tower service: real JSON-RPC
//! messages in, replies and server→client notifications out, no transport.
//! `initialize` is sent first, and the client socket is drained
//! concurrently (the server blocks on a full socket otherwise).

#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_lsp::Backend;
use futures::StreamExt;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::Request;
use tower_lsp_server::LspService;
use tower_service::Service;

struct Harness {
    service: LspService<Backend>,
    from_server: mpsc::UnboundedReceiver<(String, Value)>,
    next_id: i64,
}

const URI: &str = "file:///work/t%C3%A9st.cookies";

impl Harness {
    async fn start(capabilities: Value) -> (Harness, Value) {
        let (service, mut socket) = LspService::new(Backend::new);
        let (tx, from_server) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(req) = socket.next().await {
                let (method, _, params) = req.into_parts();
                if tx
                    .send((method.to_string(), params.unwrap_or(Value::Null)))
                    .is_err()
                {
                    break;
                }
            }
        });
        let mut h = Harness {
            service,
            from_server,
            next_id: 0,
        };
        let init = h
            .request(
                "initialize",
                json!({ "processId": null, "rootUri": null, "capabilities": capabilities }),
            )
            .await
            .unwrap();
        h.notify("initialized", json!({})).await;
        (h, init)
    }

    async fn call(&mut self, req: Request) -> Option<tower_lsp_server::jsonrpc::Response> {
        futures::future::poll_fn(|cx| self.service.poll_ready(cx))
            .await
            .unwrap();
        self.service.call(req).await.unwrap()
    }

    async fn request(&mut self, method: &'static str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let req = Request::build(method)
            .params(params)
            .id(self.next_id)
            .finish();
        let resp = self.call(req).await.unwrap();
        let (_, result) = resp.into_parts();
        result.map_err(|e| e.message.to_string())
    }

    async fn notify(&mut self, method: &'static str, params: Value) {
        let req = Request::build(method).params(params).finish();
        assert!(self.call(req).await.is_none());
    }

    /// The next `window/logMessage` containing `needle` (others skipped).
    async fn expect_log(&mut self, needle: &str) -> String {
        loop {
            let log = self.expect("window/logMessage").await;
            let message = log["message"].as_str().unwrap_or_default().to_string();
            if message.contains(needle) {
                return message;
            }
        }
    }

    /// The next server notification of `method` (others are skipped).
    async fn expect(&mut self, method: &str) -> Value {
        let deadline = Duration::from_secs(10);
        loop {
            let got = tokio::time::timeout(deadline, self.from_server.recv()).await;
            match got {
                Ok(Some((m, params))) if m == method => return params,
                Ok(Some(_)) => continue,
                Ok(None) => panic!("socket closed waiting for {method}"),
                Err(_) => panic!("timed out waiting for {method}"),
            }
        }
    }

    async fn open(&mut self, text: &str) -> Value {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": URI, "languageId": "cookies", "version": 1, "text": text } }),
        )
        .await;
        self.expect("textDocument/publishDiagnostics").await
    }
}

const BROKEN: &str = "policy \"Shop 🍪\" {\n  controller \"Shop\"\n  email \"a@shop.example\"\n}\n\ncookie \"🍪\" { purpose \"x\" } }\n";

#[tokio::test]
async fn initialize_negotiates_utf8_and_announces_every_feature() {
    let (_, init) =
        Harness::start(json!({ "general": { "positionEncodings": ["utf-16", "utf-8"] } })).await;
    let caps = &init["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-8");
    for key in [
        "completionProvider",
        "hoverProvider",
        "definitionProvider",
        "referencesProvider",
        "renameProvider",
        "documentSymbolProvider",
        "foldingRangeProvider",
        "semanticTokensProvider",
        "codeActionProvider",
        "documentFormattingProvider",
    ] {
        assert!(!caps[key].is_null(), "{key} missing: {caps}");
    }
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    let (_, init) = Harness::start(json!({})).await;
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
}

#[tokio::test]
async fn diagnostics_follow_open_change_and_close() {
    // Links are written only under an absolute documentation base.
    std::env::set_var(
        cookiec_diagnostics::DOCS_BASE_ENV,
        "https://docs.example/cookiec/docs",
    );
    let (mut h, _) = Harness::start(json!({})).await;
    let published = h.open(BROKEN).await;
    assert_eq!(published["version"], 1);
    let diags = published["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty(), "{published}");
    // The stray `}` is on line 5 after `cookie "🍪" { purpose "x" } ` (UTF-16: the emoji counts 2).
    let stray = diags
        .iter()
        .find(|d| {
            d["range"]["start"]["line"] == 5
                && d["code"].as_str().is_some_and(|c| c.starts_with("E1"))
        })
        .unwrap_or_else(|| panic!("no syntax error on line 5: {diags:?}"));
    assert_eq!(stray["range"]["start"]["character"], 28, "{stray}");
    assert!(
        stray["code"].is_string() && stray["codeDescription"]["href"].is_string(),
        "{stray}"
    );

    // Incremental edit removing the stray brace: diagnostics of the checker
    // for the fixed text (the syntax error is gone).
    h.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 5, "character": 27 }, "end": { "line": 5, "character": 29 } }, "text": "" }]
        }),
    )
    .await;
    let published = h.expect("textDocument/publishDiagnostics").await;
    assert_eq!(published["version"], 2);
    assert!(
        published["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| !d["code"].as_str().is_some_and(|c| c.starts_with("E1"))),
        "{published}"
    );

    h.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": URI } }),
    )
    .await;
    let cleared = h.expect("textDocument/publishDiagnostics").await;
    assert_eq!(cleared["diagnostics"], json!([]));
}

#[tokio::test]
async fn stale_versions_are_ignored_and_logged() {
    let (mut h, _) = Harness::start(json!({})).await;
    h.open("category a {\n  title \"A\"\n  consent required\n}\n")
        .await;
    h.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 3 }, "contentChanges": [{ "text": "category b {\n  title \"B\"\n  consent required\n}\n" }] }),
    )
    .await;
    h.expect("textDocument/publishDiagnostics").await;
    h.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": URI, "version": 2 }, "contentChanges": [{ "text": "garbage {{{" }] }),
    )
    .await;
    h.expect_log("version 2").await;
    let symbols = h
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await
        .unwrap();
    assert_eq!(symbols[0]["name"], "b", "version 3 kept: {symbols}");
}

#[tokio::test]
async fn malformed_requests_are_answered_and_the_server_keeps_serving() {
    let (mut h, _) = Harness::start(json!({})).await;
    // Unknown document: an empty answer and a log line.
    let r = h
        .request("textDocument/hover", json!({ "textDocument": { "uri": "file:///nope.cookies" }, "position": { "line": 0, "character": 0 } }))
        .await;
    assert_eq!(r, Ok(Value::Null));
    h.expect_log("not open").await;
    // Garbage parameters: an error reply, not a crash.
    assert!(h
        .request("textDocument/completion", json!({ "garbage": true }))
        .await
        .is_err());
    assert!(h
        .request("textDocument/hover", json!([1, 2, 3]))
        .await
        .is_err());
    // Positions far past the end are clamped.
    h.open("cookie \"x\" {\n  purpose \"日本\"\n}\n").await;
    for (line, character) in [(0, 9999), (9999, 0), (4_000_000_000u64, 4_000_000_000u64)] {
        let pos = json!({ "line": line, "character": character });
        for method in [
            "textDocument/hover",
            "textDocument/completion",
            "textDocument/definition",
            "textDocument/prepareRename",
        ] {
            let _ = h
                .request(
                    method,
                    json!({ "textDocument": { "uri": URI }, "position": pos }),
                )
                .await;
        }
    }
    // Still serving.
    let symbols = h
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": URI } }),
        )
        .await
        .unwrap();
    assert_eq!(symbols[0]["name"], "x");
}

#[tokio::test]
async fn requests_work_end_to_end_in_utf8() {
    let (mut h, _) = Harness::start(json!({ "general": { "positionEncodings": ["utf-8"] } })).await;
    h.open("cookie \"🍪\" { same-site l }\n").await;
    // UTF-8 column of the end of `l`: 8 + 4 (emoji) + 15.
    let r = h
        .request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 27 } }),
        )
        .await
        .unwrap();
    let lax = r
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "lax")
        .unwrap_or_else(|| panic!("{r}"));
    assert_eq!(lax["textEdit"]["range"]["start"]["character"], 26);
    assert_eq!(lax["textEdit"]["range"]["end"]["character"], 27);
}

#[tokio::test]
async fn a_burst_of_edits_checks_the_running_version_and_the_latest_only() {
    let (mut h, _) = Harness::start(json!({})).await;
    h.open(BROKEN).await;
    assert_eq!(h.service.inner().checks_run(), 1);
    // Ten changes in flight at once, as a fast typist's client sends them.
    let mut pending = Vec::new();
    for version in 2..12 {
        let req = Request::build("textDocument/didChange")
            .params(json!({
                "textDocument": { "uri": URI, "version": version },
                "contentChanges": [{ "text": format!("{BROKEN}# edit {version}\n") }]
            }))
            .finish();
        futures::future::poll_fn(|cx| h.service.poll_ready(cx))
            .await
            .unwrap();
        pending.push(h.service.call(req));
    }
    futures::future::join_all(pending).await;
    let published = h.expect("textDocument/publishDiagnostics").await;
    let last = if published["version"] == 11 {
        published
    } else {
        h.expect("textDocument/publishDiagnostics").await
    };
    assert_eq!(last["version"], 11, "{last}");
    let checks = h.service.inner().checks_run();
    // One for the open, one for the version checked when the burst began,
    // one for the latest; the transport may hand over a few notifications
    // late on a loaded machine, so allow some slack, far below eleven.
    assert!(
        checks <= 6,
        "{checks} checks for one open and one burst of ten"
    );
}
