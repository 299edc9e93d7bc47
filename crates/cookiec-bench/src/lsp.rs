//! Language-server latencies through real stdio: a `cookiec lsp` child,
//! framed JSON-RPC over its pipes, wall-clock time per answer: from the
//! request written until the answer's last byte is read. The client's own
//! JSON parse is timed apart (`Latencies::document_symbol_parsed`): it is
//! the client's cost, and this client's (serde_json into a `Value`) is
//! slower than an editor's.

use cookiec_lsp::transport::client::read_frame;
use serde_json::{json, Value};
use std::io::{BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Frame>,
    next: i64,
}

/// A message from the server, with the moment its last byte was read and
/// the moment it was parsed.
struct Frame {
    value: Value,
    read: Instant,
    parsed: Instant,
}

fn read_frames(out: impl Read + Send + 'static) -> Receiver<Frame> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(out);
        while let Ok(Some(body)) = read_frame(&mut r) {
            let read = Instant::now();
            let Ok(value) = serde_json::from_slice::<Value>(&body) else {
                return;
            };
            let frame = Frame {
                value,
                read,
                parsed: Instant::now(),
            };
            if tx.send(frame).is_err() {
                return;
            }
        }
    });
    rx
}

impl Client {
    pub fn start(cookiec: &str) -> std::io::Result<Client> {
        let mut child = Command::new(cookiec)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        };
        let mut c = Client {
            child,
            stdin,
            rx: read_frames(stdout),
            next: 0,
        };
        c.request(
            "initialize",
            json!({"capabilities": {"general": {"positionEncodings": ["utf-8"]}}}),
        )?;
        c.notify("initialized", json!({}))?;
        Ok(c)
    }

    fn send(&mut self, v: &Value) -> std::io::Result<()> {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())?;
        self.stdin.flush()
    }

    pub fn notify(&mut self, method: &str, params: Value) -> std::io::Result<()> {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    /// Send a request and wait for its answer.
    pub fn request(&mut self, method: &str, params: Value) -> std::io::Result<Value> {
        self.timed_request(method, params).map(|(v, _)| v)
    }

    /// Send a request; its answer, and the time until its last byte was
    /// read and until it was parsed.
    fn timed_request(
        &mut self,
        method: &str,
        params: Value,
    ) -> std::io::Result<(Value, [Duration; 2])> {
        self.next += 1;
        let id = self.next;
        let t = Instant::now();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        let f = self.frame(|v| v.get("id") == Some(&json!(id)) && v.get("method").is_none())?;
        Ok((f.value, [f.read - t, f.parsed - t]))
    }

    /// The next message satisfying `pred` (others are dropped).
    pub fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> std::io::Result<Value> {
        self.frame(pred).map(|f| f.value)
    }

    fn frame(&mut self, pred: impl Fn(&Value) -> bool) -> std::io::Result<Frame> {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(f) if pred(&f.value) => return Ok(f),
                Ok(_) => {}
                Err(_) => return Err(std::io::ErrorKind::TimedOut.into()),
            }
        }
    }

    pub fn stop(mut self) {
        let _ = self.request("shutdown", Value::Null);
        let _ = self.notify("exit", Value::Null);
        let _ = self.child.wait();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// p95 of samples, in milliseconds.
pub fn p95(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(f64::total_cmp);
    let i = ((ms.len() as f64) * 0.95).ceil() as usize;
    ms.get(i.saturating_sub(1)).copied().unwrap_or(f64::NAN)
}

pub struct Latencies {
    pub lines: usize,
    pub change_to_diagnostics: f64,
    pub completion: f64,
    pub hover: f64,
    pub document_symbol: f64,
    /// The same, until this client has parsed the answer.
    pub document_symbol_parsed: f64,
}

/// Open a generated document of about `lines` lines and time `rounds` of
/// each interaction.
pub fn measure(cookiec: &str, lines: usize, rounds: usize) -> std::io::Result<Latencies> {
    // Each generated item is 13 or 14 lines.
    let items = lines / 13;
    let text = crate::generate::cookies(items);
    let actual = text.lines().count();
    let uri = "file:///bench.cookies";
    let mut c = Client::start(cookiec)?;
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "cookies", "version": 1, "text": text}}),
    )?;
    c.wait(|v| v["method"] == "textDocument/publishDiagnostics")?;
    // Line of the first `purpose` English text, edited in place.
    let purpose_line = text
        .lines()
        .position(|l| l.starts_with("    en \"Remembers"))
        .unwrap_or(0);
    let category_line = text
        .lines()
        .position(|l| l.starts_with("  category "))
        .unwrap_or(0);
    let (mut change, mut completion, mut hover) = (vec![], vec![], vec![]);
    let (mut symbols, mut symbols_parsed) = (vec![], vec![]);
    for round in 0..rounds {
        let version = 2 + round as i64;
        let t = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": purpose_line, "character": 8},
                    "end": {"line": purpose_line, "character": 9}}, "text": if round % 2 == 0 { "r" } else { "R" }}]}),
        )?;
        let f = c.frame(|v| {
            v["method"] == "textDocument/publishDiagnostics"
                && v["params"]["version"] == json!(version)
        })?;
        change.push(ms(f.read - t));

        let at = json!({"textDocument": {"uri": uri}, "position": {"line": category_line, "character": 11}});
        let (_, [read, _]) = c.timed_request("textDocument/completion", at.clone())?;
        completion.push(ms(read));
        let (_, [read, _]) = c.timed_request("textDocument/hover", at)?;
        hover.push(ms(read));
        let (_, [read, parsed]) = c.timed_request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )?;
        symbols.push(ms(read));
        symbols_parsed.push(ms(parsed));
    }
    c.stop();
    Ok(Latencies {
        lines: actual,
        change_to_diagnostics: p95(change),
        completion: p95(completion),
        hover: p95(hover),
        document_symbol: p95(symbols),
        document_symbol_parsed: p95(symbols_parsed),
    })
}
