//! Splitting the client's byte stream into messages, surviving any input.
//!
//! tower-lsp-server's own decoder ends its stream at the first error (it
//! reads through tokio-util's `FramedRead`), so one malformed message would
//! stop the server. This framer sits in front of it: it yields only bodies
//! that the library decodes for sure, and turns everything else into a
//! [`Problem`] (answered or logged by the caller) before resynchronising on
//! the next `Content-Length` header.
//!
//! Leniency, on purpose: header lines may end in a bare LF, header names
//! are case-insensitive, and a `Content-Length` that does not match the body
//! is detected when a complete JSON value is followed by the next header.

use serde::Deserialize;
use serde_json::Value;
use std::collections::VecDeque;
use tower_lsp_server::jsonrpc::{Id, Request, Response};

/// The largest body accepted. A larger `Content-Length` is refused before
/// anything is allocated for it (documented in docs/lsp.md).
pub const MAX_CONTENT_LENGTH: usize = 64 << 20;
/// The largest header section accepted.
pub const MAX_HEADER_BYTES: usize = 8 << 10;

const HEADER: &[u8] = b"content-length";

/// JSON-RPC error codes used in replies to bad messages.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;

/// A message the library would have failed on.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The request id, when one could be read: the caller answers it.
    pub id: Option<Id>,
    pub code: i64,
    pub message: String,
}

#[derive(Debug, PartialEq)]
pub enum Event {
    /// A body that decodes as a JSON-RPC request, notification or response.
    Message(Incoming),
    Problem(Problem),
}

/// A valid message: its body bytes, and what the transport itself needs.
#[derive(Debug, PartialEq)]
pub struct Incoming {
    pub body: Vec<u8>,
    /// The method of a request or notification (`None` for a response).
    pub method: Option<String>,
}

/// The same shape as the library's private `Message`: what it decodes.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)] // only decoded, to prove the library will accept it
enum LibraryMessage {
    Response(Response),
    Request(Request),
}

#[derive(Debug)]
enum State {
    Headers,
    Body {
        len: usize,
        /// How far the buffer was searched for a following header.
        scanned: usize,
        bad_charset: bool,
    },
    /// Discarding bytes up to the next `Content-Length` header.
    Resync,
}

#[derive(Debug)]
pub struct Framer {
    buf: Vec<u8>,
    state: State,
    out: VecDeque<Event>,
}

impl Default for Framer {
    fn default() -> Self {
        Framer {
            buf: Vec::new(),
            state: State::Headers,
            out: VecDeque::new(),
        }
    }
}

impl Framer {
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete event, or `None` when more input is needed.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.out.pop_front() {
                return Some(e);
            }
            if !self.step() {
                return self.out.pop_front();
            }
        }
    }

    /// No input came for a while: a body still waiting for bytes that is
    /// already a complete JSON value had a `Content-Length` too large.
    pub fn stalled(&mut self) {
        if let State::Body { len, .. } = self.state {
            if !self.buf.is_empty() && complete_json(&self.buf) {
                let end = self.buf.len();
                self.length_mismatch(len, end);
            }
        }
    }

    /// The input ended: report a message cut short.
    pub fn finish(&mut self) -> Option<Event> {
        let pending = match self.state {
            State::Headers => self.buf.iter().any(|b| !b.is_ascii_whitespace()),
            State::Body { .. } => true,
            State::Resync => false,
        };
        self.buf.clear();
        self.state = State::Headers;
        pending.then(|| {
            Event::Problem(Problem {
                id: None,
                code: PARSE_ERROR,
                message: "the input ended inside a message".into(),
            })
        })
    }

    fn problem(&mut self, id: Option<Id>, code: i64, message: String) {
        self.out
            .push_back(Event::Problem(Problem { id, code, message }));
    }

    /// One state transition; `false` when more input is needed.
    fn step(&mut self) -> bool {
        match self.state {
            State::Headers => self.headers(),
            State::Body {
                len,
                scanned,
                bad_charset,
            } => self.body(len, scanned, bad_charset),
            State::Resync => self.resync(),
        }
    }

    fn resync(&mut self) -> bool {
        match find_header(&self.buf, 0) {
            Some(at) => {
                self.buf.drain(..at);
                self.state = State::Headers;
                true
            }
            None => {
                // Keep a tail that may be the start of a split header name.
                let keep = HEADER.len().min(self.buf.len());
                self.buf.drain(..self.buf.len() - keep);
                false
            }
        }
    }

    fn headers(&mut self) -> bool {
        // Blank lines between messages are harmless.
        let lead = self
            .buf
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        self.buf.drain(..lead);
        let Some((end, lines)) = header_block(&self.buf) else {
            if self.buf.len() > MAX_HEADER_BYTES {
                self.problem(
                    None,
                    PARSE_ERROR,
                    format!("header section longer than {MAX_HEADER_BYTES} bytes"),
                );
                self.buf.drain(..1);
                self.state = State::Resync;
                return true;
            }
            return false;
        };
        match parse_headers(&lines) {
            Ok((len, bad_charset)) => {
                self.buf.drain(..end);
                self.state = State::Body {
                    len,
                    scanned: 0,
                    bad_charset,
                };
            }
            Err(why) => {
                self.problem(None, PARSE_ERROR, why);
                // Skip the first byte so a bad header is not found again.
                self.buf.drain(..1);
                self.state = State::Resync;
            }
        }
        true
    }

    fn body(&mut self, len: usize, scanned: usize, bad_charset: bool) -> bool {
        if self.buf.len() < len {
            // A header inside the expected body, right after a complete
            // JSON value, means the length was too large.
            let from = scanned.saturating_sub(HEADER.len());
            let mut at = from;
            while let Some(p) = find_header(&self.buf, at) {
                if complete_json(&self.buf[..p]) {
                    self.length_mismatch(len, p);
                    return true;
                }
                at = p + 1;
            }
            self.state = State::Body {
                len,
                scanned: self.buf.len(),
                bad_charset,
            };
            return false;
        }
        let body: Vec<u8> = self.buf.drain(..len).collect();
        self.state = State::Headers;
        if bad_charset {
            let id = id_of(&body);
            self.problem(
                id,
                PARSE_ERROR,
                "Content-Type charset is not utf-8 (the only one supported)".into(),
            );
            return true;
        }
        self.classify(body);
        true
    }

    /// `Content-Length` said `len`, the message ended at `end`.
    fn length_mismatch(&mut self, len: usize, end: usize) {
        let body: Vec<u8> = self.buf.drain(..end).collect();
        self.state = State::Headers;
        self.problem(
            id_of(&body),
            PARSE_ERROR,
            format!(
                "Content-Length {len} does not match the message ({} bytes)",
                body.len()
            ),
        );
    }

    fn classify(&mut self, body: Vec<u8>) {
        if body.is_empty() {
            self.problem(None, INVALID_REQUEST, "empty message body".into());
            return;
        }
        let Ok(text) = std::str::from_utf8(&body) else {
            self.problem(None, PARSE_ERROR, "message body is not UTF-8".into());
            self.state = State::Resync;
            return;
        };
        if serde_json::from_str::<LibraryMessage>(text).is_ok() {
            let method = serde_json::from_str::<MethodOnly>(text)
                .ok()
                .and_then(|m| m.method);
            self.out
                .push_back(Event::Message(Incoming { body, method }));
            return;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(items)) => {
                for id in items.iter().filter_map(id_in) {
                    self.problem(
                        Some(id),
                        INVALID_REQUEST,
                        "batch messages are not part of the Language Server Protocol".into(),
                    );
                }
                if !items.iter().any(|v| id_in(v).is_some()) {
                    self.problem(
                        None,
                        INVALID_REQUEST,
                        "batch messages are not part of the Language Server Protocol".into(),
                    );
                }
            }
            Ok(v) => {
                let what = describe_invalid(&v);
                self.problem(id_in(&v), INVALID_REQUEST, what);
            }
            Err(e) => {
                // A Content-Length too small cuts the JSON: the rest is
                // garbage before the next header, skipped by resync. The
                // two together may still name the request to answer.
                let next = find_header(&self.buf, 0).unwrap_or(self.buf.len());
                let mut joined = body.clone();
                joined.extend_from_slice(&self.buf[..next]);
                self.problem(
                    id_of(&joined),
                    PARSE_ERROR,
                    format!("message body is not valid JSON: {e}"),
                );
                self.state = State::Resync;
            }
        }
    }
}

#[derive(Deserialize)]
struct MethodOnly {
    method: Option<String>,
}

fn describe_invalid(v: &Value) -> String {
    let Some(obj) = v.as_object() else {
        return "a message must be a JSON object".into();
    };
    if obj.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return "a message must have \"jsonrpc\": \"2.0\"".into();
    }
    if obj.get("id").is_some_and(|id| id_in_value(id).is_none()) {
        return "a request id must be an integer or a string".into();
    }
    "not a valid JSON-RPC request, notification or response".into()
}

fn id_in(v: &Value) -> Option<Id> {
    v.as_object()?.get("id").and_then(id_in_value)
}

fn id_in_value(id: &Value) -> Option<Id> {
    match id {
        Value::String(s) => Some(Id::String(s.clone())),
        Value::Number(n) => n.as_i64().map(Id::Number),
        _ => None,
    }
}

fn id_of(bytes: &[u8]) -> Option<Id> {
    serde_json::from_slice::<Value>(trim(bytes))
        .ok()
        .as_ref()
        .and_then(id_in)
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

fn complete_json(bytes: &[u8]) -> bool {
    let t = trim(bytes);
    !t.is_empty() && serde_json::from_slice::<serde::de::IgnoredAny>(t).is_ok()
}

/// The first `Content-Length` (any case) at or after `from`.
fn find_header(buf: &[u8], from: usize) -> Option<usize> {
    if buf.len() < HEADER.len() {
        return None;
    }
    (from..=buf.len() - HEADER.len())
        .find(|&i| buf[i..i + HEADER.len()].eq_ignore_ascii_case(HEADER))
}

/// The header lines and the length of the section including the blank
/// line, once it is complete.
fn header_block(buf: &[u8]) -> Option<(usize, Vec<&[u8]>)> {
    let mut lines = Vec::new();
    let mut start = 0;
    while let Some(nl) = buf[start..].iter().position(|&b| b == b'\n') {
        let line = &buf[start..start + nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        start += nl + 1;
        if line.is_empty() {
            return Some((start, lines));
        }
        lines.push(line);
    }
    None
}

fn parse_headers(lines: &[&[u8]]) -> Result<(usize, bool), String> {
    let mut len = None;
    let mut bad_charset = false;
    for line in lines {
        let text = std::str::from_utf8(line).map_err(|_| "header is not UTF-8".to_string())?;
        let Some((name, value)) = text.split_once(':') else {
            return Err(format!("malformed header line {:?}", shorten(text)));
        };
        let value = value.trim();
        if name.trim().eq_ignore_ascii_case("content-length") {
            // Digits only: the length is refused before any allocation.
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "Content-Length {:?} is not a number",
                    shorten(value)
                ));
            }
            let n = value
                .parse::<u64>()
                .ok()
                .filter(|&n| n <= MAX_CONTENT_LENGTH as u64)
                .ok_or_else(|| {
                    format!(
                        "Content-Length {} exceeds the limit of {MAX_CONTENT_LENGTH} bytes",
                        shorten(value)
                    )
                })?;
            len = Some(n as usize);
        } else if name.trim().eq_ignore_ascii_case("content-type") {
            let charset = value
                .split(';')
                .skip(1)
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
                .map(|(_, v)| v.trim().trim_matches('"').to_ascii_lowercase());
            bad_charset = charset.is_some_and(|c| c != "utf-8" && c != "utf8");
        }
    }
    len.map(|n| (n, bad_charset))
        .ok_or_else(|| "message without a Content-Length header".to_string())
}

fn shorten(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const VALID: &str = r#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#;

    /// Every event of `input`, then whether the valid message after it
    /// still came through.
    fn run(input: &str) -> (Vec<Problem>, usize) {
        let mut f = Framer::default();
        f.push(input.as_bytes());
        f.push(frame(VALID).as_bytes());
        let (mut problems, mut ok) = (Vec::new(), 0);
        while let Some(e) = f.next_event() {
            match e {
                Event::Problem(p) => problems.push(p),
                Event::Message(m) => {
                    assert_eq!(m.body, VALID.as_bytes());
                    assert_eq!(m.method.as_deref(), Some("shutdown"));
                    ok += 1;
                }
            }
        }
        (problems, ok)
    }

    #[test]
    fn each_malformed_message_is_reported_and_the_next_one_read() {
        let cases: Vec<(String, Option<Id>)> = vec![
            (frame("{}"), None),
            (frame("[]"), None),
            (frame("null"), None),
            (frame("not json"), None),
            (
                frame(r#"{"jsonrpc":"1.0","id":3,"method":"x"}"#),
                Some(Id::Number(3)),
            ),
            (frame(r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#), None),
            (
                frame(r#"[{"jsonrpc":"2.0","id":"b","method":"x"}]"#),
                Some(Id::String("b".into())),
            ),
            // Too short, too long.
            (
                "Content-Length: 10\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"x\"}".into(),
                Some(Id::Number(4)),
            ),
            (
                "Content-Length: 900\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"x\"}".into(),
                Some(Id::Number(5)),
            ),
            ("Content-Length: 2147483648\r\n\r\n{}".into(), None),
            (
                "Content-Length: 99999999999999999999999\r\n\r\n".into(),
                None,
            ),
            ("Content-Length: -3\r\n\r\n".into(), None),
            ("Content-Type: application/json\r\n\r\n{}".into(), None),
            ("garbage without any header\r\n\r\n".into(), None),
            (
                "Content-Length: 2\r\nContent-Type: text/plain; charset=latin1\r\n\r\n{}".into(),
                None,
            ),
            ("Content-Length: 0\r\n\r\n".into(), None),
            ("Content-Length: 2\r\n\r\n\u{FF}\u{FE}".into(), None),
        ];
        for (input, id) in cases {
            let (problems, ok) = run(&input);
            assert_eq!(ok, 1, "valid message lost after {input:?}: {problems:?}");
            assert!(!problems.is_empty(), "no problem reported for {input:?}");
            assert_eq!(problems[0].id, id, "{input:?}: {problems:?}");
        }
    }

    #[test]
    fn lf_only_headers_and_lowercase_names_are_accepted() {
        let (problems, ok) = run(&format!("content-length: {}\n\n{VALID}", VALID.len()));
        assert_eq!((problems.len(), ok), (0, 2));
    }

    #[test]
    fn split_input_reassembles_and_huge_lengths_allocate_nothing() {
        let input = frame(VALID).repeat(3);
        let mut f = Framer::default();
        let mut n = 0;
        for b in input.as_bytes() {
            f.push(&[*b]);
            while let Some(e) = f.next_event() {
                assert!(matches!(e, Event::Message(_)));
                n += 1;
            }
        }
        assert_eq!(n, 3);
        let mut f = Framer::default();
        f.push(b"Content-Length: 2147483647\r\n\r\n");
        assert!(matches!(f.next_event(), Some(Event::Problem(_))));
        assert!(f.buf.capacity() < 1 << 16);
    }

    #[test]
    fn a_stalled_body_that_is_complete_json_is_a_length_mismatch() {
        let mut f = Framer::default();
        f.push(b"Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"x\"}");
        assert!(f.next_event().is_none());
        f.stalled();
        let Some(Event::Problem(p)) = f.next_event() else {
            panic!("no problem")
        };
        assert_eq!(p.id, Some(Id::Number(9)));
        assert!(f.finish().is_none());
    }

    #[test]
    fn eof_inside_a_message_is_reported() {
        let mut f = Framer::default();
        f.push(b"Content-Length: 50\r\n\r\n{\"a\"");
        assert!(f.next_event().is_none());
        assert!(f.finish().is_some());
    }
}
