//! Requests answered without going through tower-lsp-server's router.
//!
//! The router turns every result into a `serde_json::Value` and then prints
//! that (`jsonrpc/router.rs`: `serde_json::to_value`); for the outline of a
//! 10,000-line file the round trip was 24 ms of the 27 the request took
//! (docs/performance.md). The reader therefore forwards a
//! `textDocument/documentSymbol` request as the notification
//! [`DOCUMENT_SYMBOL`], carrying the request's id; the backend builds the
//! outline and writes the whole reply frame itself, serialised straight
//! from the typed result. It goes through the library like the request
//! would have, so it is ordered after the edits sent before it.
//!
//! Only between the client's `initialized` and `shutdown`: outside that
//! window the library answers a request with the error the specification
//! asks for, and would drop the notification without a reply.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tower_lsp_server::jsonrpc::Id;

/// The notification a `textDocument/documentSymbol` request becomes.
pub const DOCUMENT_SYMBOL: &str = "cookiec/documentSymbol";

/// The params of a forwarded request: its id and its own params.
#[derive(Debug, Deserialize, Serialize)]
pub struct Forwarded<P> {
    pub id: Id,
    pub params: P,
}

/// The request's body as the forwarding notification, when it is a request
/// answered directly (`None`: forward it unchanged).
pub fn forward(method: &str, body: &[u8]) -> Option<Vec<u8>> {
    if method != "textDocument/documentSymbol" {
        return None;
    }
    #[derive(Deserialize)]
    struct Request {
        id: Option<Id>,
        #[serde(default)]
        params: Value,
    }
    let req: Request = serde_json::from_slice(body).ok()?;
    let notification = serde_json::json!({
        "jsonrpc": "2.0",
        "method": DOCUMENT_SYMBOL,
        "params": Forwarded { id: req.id?, params: req.params },
    });
    serde_json::to_vec(&notification).ok()
}

/// The complete reply frame for `id`.
pub fn reply<T: Serialize>(id: &Id, result: &T) -> Vec<u8> {
    #[derive(Serialize)]
    struct Reply<'a, T> {
        jsonrpc: &'static str,
        id: &'a Id,
        result: &'a T,
    }
    // Serialising these types (strings, numbers, sequences) cannot fail.
    let body = serde_json::to_vec(&Reply {
        jsonrpc: "2.0",
        id,
        result,
    })
    .unwrap_or_default();
    super::frame_body(&body)
}

/// [`reply`] for a result already written as JSON.
pub fn reply_raw(id: &Id, result_json: &str) -> Vec<u8> {
    let id = serde_json::to_string(id).unwrap_or_else(|_| "null".to_string());
    let mut body = Vec::with_capacity(result_json.len() + id.len() + 32);
    body.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"id\":");
    body.extend_from_slice(id.as_bytes());
    body.extend_from_slice(b",\"result\":");
    body.extend_from_slice(result_json.as_bytes());
    body.push(b'}');
    super::frame_body(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_reply_is_the_serialised_reply() {
        let result = serde_json::json!([{"name": "a\"b", "kind": 7}]);
        for id in [Id::Number(7), Id::String("x\"y".into()), Id::Null] {
            let raw = reply_raw(&id, &serde_json::to_string(&result).unwrap_or_default());
            assert_eq!(raw, reply(&id, &result));
        }
    }

    #[test]
    fn a_document_symbol_request_becomes_the_notification_with_its_id() {
        let body = br#"{"jsonrpc":"2.0","id":7,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///a.cookies"}}}"#;
        let out = forward("textDocument/documentSymbol", body).unwrap_or_default();
        let v: Value = serde_json::from_slice(&out).unwrap_or_default();
        assert_eq!(v["method"], DOCUMENT_SYMBOL);
        assert!(v.get("id").is_none(), "a notification: {v}");
        assert_eq!(v["params"]["id"], 7);
        assert_eq!(
            v["params"]["params"]["textDocument"]["uri"],
            "file:///a.cookies"
        );
        // Other methods, and a documentSymbol notification (no id), pass.
        assert!(forward("textDocument/hover", body).is_none());
        let no_id = br#"{"jsonrpc":"2.0","method":"textDocument/documentSymbol","params":{}}"#;
        assert!(forward("textDocument/documentSymbol", no_id).is_none());
    }

    #[test]
    fn the_reply_is_one_frame() {
        let frame = reply(&Id::String("x".into()), &Some(vec![1, 2]));
        let text = String::from_utf8(frame).unwrap_or_default();
        assert_eq!(
            text,
            "Content-Length: 41\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":[1,2]}"
        );
    }
}
