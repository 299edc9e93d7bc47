//! `cookiec lsp` over real standard input/output: no malformed message
//! stops the server, and the exit code follows the specification.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cookiec_lsp::transport::client::read_frame;
use serde_json::{json, Value};
use std::io::{BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

struct Lsp {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// Read frames from the server's stdout into a channel.
fn reader(out: impl Read + Send + 'static) -> Receiver<Value> {
    let (tx, rx) = channel();
    thread::spawn(move || {
        let mut r = BufReader::new(out);
        // Stricter than the benchmark: a frame without Content-Length or
        // with invalid JSON fails the test.
        while let Some(body) = read_frame(&mut r).expect("a well-formed server frame") {
            let v: Value = serde_json::from_slice(&body).expect("server sent invalid JSON");
            if tx.send(v).is_err() {
                return;
            }
        }
    });
    rx
}

impl Lsp {
    fn start() -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cookiec"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let rx = reader(child.stdout.take().unwrap());
        let mut lsp = Lsp { child, stdin, rx };
        lsp.request(1, "initialize", json!({"capabilities": {}}));
        lsp.answer(1);
        lsp.notify("initialized", json!({}));
        lsp
    }

    fn raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn request(&mut self, id: i64, method: &str, params: Value) {
        let m = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.raw(&frame(&m.to_string()));
    }

    fn notify(&mut self, method: &str, params: Value) {
        let m = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.raw(&frame(&m.to_string()));
    }

    fn open(&mut self, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": DOC, "languageId": "cookies", "version": 1, "text": text}}),
        );
    }

    /// The reply to `id` (skipping notifications and other replies).
    fn answer(&self, id: impl Into<Value>) -> Value {
        let id: Value = id.into();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(v) if v.get("id") == Some(&id) && v.get("method").is_none() => return v,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => panic!("no answer to request {id}"),
                Err(RecvTimeoutError::Disconnected) => panic!("server gone before answering {id}"),
            }
        }
    }

    fn exit_code(mut self) -> i32 {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "server did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }
}

const DOC: &str = "file:///shop.cookies";

#[test]
fn every_malformed_message_is_survived_and_the_next_request_answered() {
    let mut lsp = Lsp::start();
    lsp.open("policy \"Shop\" {\n  controller \"Shop Ltd\"\n}\n");
    let malformed: Vec<(Vec<u8>, Option<i64>)> = vec![
        (frame("{}"), None),
        (frame("[]"), None),
        (frame("null"), None),
        (frame("{\"jsonrpc\":"), None),
        (
            frame(r#"{"jsonrpc":"1.0","id":900,"method":"initialize"}"#),
            Some(900),
        ),
        // A wrong Content-Length, too small then too large.
        (
            b"Content-Length: 12\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":\"x\"}".to_vec(),
            Some(901),
        ),
        (
            b"Content-Length: 4000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":902,\"method\":\"x\"}"
                .to_vec(),
            Some(902),
        ),
        // Headers ending in a bare LF are accepted: the request is answered.
        (
            b"Content-Length: 39\n\n{\"jsonrpc\":\"2.0\",\"id\":903,\"method\":\"x\"}".to_vec(),
            Some(903),
        ),
        (b"Content-Length: 2147483648\r\n\r\n{}".to_vec(), None),
        (b"Content-Length: lots\r\n\r\n{}".to_vec(), None),
        (b"Content-Type: application/json\r\n\r\n{}".to_vec(), None),
        (b"this is not a header at all\r\n\r\n".to_vec(), None),
        (b"Content-Length: 4\r\n\r\n\xff\xfe\xfd\xfc".to_vec(), None),
    ];
    let mut id = 10;
    for (bytes, bad_id) in malformed {
        lsp.raw(&bytes);
        if let Some(bad) = bad_id {
            let reply = lsp.answer(bad);
            assert!(
                reply.get("error").is_some(),
                "{}: {reply}",
                String::from_utf8_lossy(&bytes)
            );
        }
        id += 1;
        lsp.request(
            id,
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": DOC}}),
        );
        let reply = lsp.answer(id);
        assert_eq!(
            reply["result"][0]["name"],
            json!("Shop"),
            "after {}: {reply}",
            String::from_utf8_lossy(&bytes)
        );
    }
    lsp.request(99, "shutdown", Value::Null);
    assert_eq!(lsp.answer(99)["result"], Value::Null);
    lsp.notify("exit", Value::Null);
    assert_eq!(lsp.exit_code(), 0);
}

#[test]
fn exit_without_shutdown_and_end_of_input_exit_1() {
    let mut lsp = Lsp::start();
    lsp.notify("exit", Value::Null);
    assert_eq!(lsp.exit_code(), 1);
    let lsp = Lsp::start();
    assert_eq!(lsp.exit_code(), 1);
}

/// `textDocument/documentSymbol` is answered by the transport's direct path
/// (crates/cookiec-lsp/src/transport/direct.rs): the same outline, the
/// request's own id (a string id too), after the edit sent before it; after
/// `shutdown` the library's error reply, as for any request.
#[test]
fn document_symbols_are_answered_directly_in_order() {
    let mut lsp = Lsp::start();
    lsp.open("category analytics {\n}\n");
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": DOC, "version": 2},
            "contentChanges": [{"text": "category analytics {\n}\ncategory marketing {\n}\n"}]}),
    );
    lsp.request(
        40,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DOC}}),
    );
    let answer = lsp.answer(40);
    let names: Vec<&str> = answer["result"]
        .as_array()
        .expect("an outline")
        .iter()
        .map(|s| s["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(names, ["analytics", "marketing"], "{answer}");
    assert_eq!(answer["result"][1]["selectionRange"]["start"]["line"], 2);
    // The direct path writes `id` before `result`; the library's router
    // writes it after: this proves which path answered.
    let keys: Vec<&String> = answer.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["jsonrpc", "id", "result"]);

    // A string id and a document that is not open: null, with that id.
    let m = json!({"jsonrpc": "2.0", "id": "sym-1", "method": "textDocument/documentSymbol",
        "params": {"textDocument": {"uri": "file:///not-open.cookies"}}});
    lsp.raw(&frame(&m.to_string()));
    let reply = lsp.answer("sym-1");
    assert_eq!(reply["result"], Value::Null, "{reply}");

    lsp.request(41, "shutdown", Value::Null);
    lsp.answer(41);
    lsp.request(
        42,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DOC}}),
    );
    let after = lsp.answer(42);
    assert!(after.get("error").is_some(), "{after}");
    let keys: Vec<&String> = after.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["jsonrpc", "error", "id"], "the library's reply");
}
