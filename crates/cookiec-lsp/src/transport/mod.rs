//! The stdio transport: a [`framing::Framer`] in front of tower-lsp-server.
//!
//! ```text
//! stdin ─▶ Framer ─valid─▶ duplex ─▶ tower-lsp-server ─▶ Outbox ─┐
//!             └─problem─▶ error reply / log line ──────▶ Outbox ─┴▶ stdout
//! ```
//!
//! The library only ever sees messages it can decode, so its reader never
//! ends early; everything written to the client goes through one channel of
//! whole frames, so replies to bad messages never interleave with the
//! library's output. The exit code follows the specification: 0 after
//! `shutdown` then `exit`, 1 for `exit` without `shutdown` or the end of the
//! input.

pub mod client;
pub mod direct;
pub mod framing;

use crate::Backend;
use framing::{Event, Framer, Problem};
use serde_json::json;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tower_lsp_server::{LspService, Server};

/// How long the input may be silent before a body still waiting for bytes
/// is examined for a `Content-Length` that was too large.
const STALL: Duration = Duration::from_secs(1);

/// How the session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub shutdown: bool,
    pub exit: bool,
}

impl Outcome {
    /// The process exit code the specification asks for.
    pub fn code(self) -> u8 {
        if self.shutdown && self.exit {
            0
        } else {
            1
        }
    }
}

/// Serve the protocol on `input`/`output` until `exit` or the end of input.
pub async fn serve<I, O>(input: I, output: O) -> Outcome
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let (out_tx, out_rx) = unbounded_channel::<Vec<u8>>();
    let writer = tokio::spawn(write_all(out_rx, output));
    let (to_lib, from_reader) = tokio::io::duplex(1 << 16);
    let reader = tokio::spawn(read_all(input, to_lib, out_tx.clone()));

    let direct_out = out_tx.clone();
    let (service, socket) =
        LspService::build(move |client| Backend::new(client).with_direct_replies(direct_out))
            .custom_method(direct::DOCUMENT_SYMBOL, Backend::direct_document_symbol)
            .finish();
    Server::new(from_reader, Outbox(out_tx), socket)
        .serve(service)
        .await;
    let outcome = reader.await.unwrap_or(Outcome {
        shutdown: false,
        exit: false,
    });
    // Every sender is gone once the reader and the server are: the writer
    // drains what is left and stops. A client that stopped reading must not
    // keep the process alive.
    let _ = tokio::time::timeout(Duration::from_secs(2), writer).await;
    outcome
}

/// Read the client's bytes, forward valid messages, answer the rest.
async fn read_all<I, W>(mut input: I, mut to_lib: W, out: UnboundedSender<Vec<u8>>) -> Outcome
where
    I: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut framer = Framer::default();
    let mut outcome = Outcome {
        shutdown: false,
        exit: false,
    };
    // Requests are answered directly only while the library is initialized
    // (see `direct`).
    let mut initialized = false;
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = match tokio::time::timeout(STALL, input.read(&mut chunk)).await {
            Err(_) => {
                framer.stalled();
                None
            }
            Ok(Ok(0)) => break,
            Ok(Ok(n)) => Some(n),
            Ok(Err(e)) => {
                eprintln!("cookiec lsp: cannot read the input: {e}");
                break;
            }
        };
        if let Some(n) = n {
            framer.push(&chunk[..n]);
        }
        while let Some(event) = framer.next_event() {
            match event {
                Event::Message(m) => {
                    match m.method.as_deref() {
                        Some("initialized") => initialized = true,
                        Some("shutdown") => outcome.shutdown = true,
                        Some("exit") => outcome.exit = true,
                        _ => {}
                    }
                    let forwarded = match m.method.as_deref() {
                        Some(method) if initialized && !outcome.shutdown => {
                            direct::forward(method, &m.body)
                        }
                        _ => None,
                    };
                    let body = forwarded.as_deref().unwrap_or(&m.body);
                    let head = format!("Content-Length: {}\r\n\r\n", body.len());
                    let sent = async {
                        to_lib.write_all(head.as_bytes()).await?;
                        to_lib.write_all(body).await?;
                        to_lib.flush().await
                    };
                    if sent.await.is_err() || outcome.exit {
                        // The server has stopped (after `exit`, as it must).
                        return outcome;
                    }
                }
                Event::Problem(p) => report(&out, p),
            }
        }
    }
    if let Some(Event::Problem(p)) = framer.finish() {
        report(&out, p);
    }
    outcome
}

/// An error reply where the bad message had an id, a log line in any case.
fn report(out: &UnboundedSender<Vec<u8>>, p: Problem) {
    eprintln!("cookiec lsp: bad message from the client: {}", p.message);
    let message = match &p.id {
        Some(id) => json!({
            "jsonrpc": "2.0",
            "id": id,
            "error": {"code": p.code, "message": p.message},
        }),
        None => json!({
            "jsonrpc": "2.0",
            "method": "window/logMessage",
            "params": {"type": 1, "message": format!("bad message from the client: {}", p.message)},
        }),
    };
    let _ = out.send(frame(&message));
}

fn frame(v: &serde_json::Value) -> Vec<u8> {
    frame_body(v.to_string().as_bytes())
}

/// A whole frame: the `Content-Length` header and `body`.
fn frame_body(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

async fn write_all<O: AsyncWrite + Unpin>(mut rx: UnboundedReceiver<Vec<u8>>, mut output: O) {
    while let Some(bytes) = rx.recv().await {
        if output.write_all(&bytes).await.is_err() || output.flush().await.is_err() {
            return;
        }
    }
}

/// The library's output side: accepts every write whole, so each write is
/// the library's buffer of complete frames and never interleaves with a
/// reply to a bad message.
struct Outbox(UnboundedSender<Vec<u8>>);

impl AsyncWrite for Outbox {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.0.send(buf.to_vec()) {
            Ok(()) => Poll::Ready(Ok(buf.len())),
            Err(_) => Poll::Ready(Err(std::io::ErrorKind::BrokenPipe.into())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
