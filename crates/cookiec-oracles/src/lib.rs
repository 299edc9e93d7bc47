//! The oracles of the fuzz targets (`fuzz/`), shared with the bounded
//! property tests and the regression fixtures of the normal suite: each
//! function takes arbitrary bytes and asserts what must hold for them. An
//! assertion failing is a finding; so is a panic anywhere below.

use cookiec_diagnostics::{Diagnostic, Span};
use serde_json::Value;

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn span_ok(src: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= src.len()
        && src.is_char_boundary(s.start)
        && src.is_char_boundary(s.end)
}

fn spans_ok(src: &str, diags: &[Diagnostic]) {
    for d in diags {
        assert!(
            span_ok(src, d.primary.span),
            "{}: bad span {:?}",
            d.code,
            d.primary.span
        );
        for l in &d.secondary {
            assert!(
                span_ok(src, l.span),
                "{}: bad secondary span {:?}",
                d.code,
                l.span
            );
        }
    }
}

/// Parse and check: no panic, every span inside the text on char
/// boundaries, the human and JSON renderings of them never panic, and the
/// clean-file parser agrees with the recovering one.
pub fn parse_check(data: &[u8]) {
    let src = text(data);
    let agreement = cookiec_syntax::clean_parser_disagreement(&src);
    assert!(agreement.is_ok(), "{agreement:?}");
    let checked = cookiec_check::check_source(&src);
    spans_ok(&src, &checked.diagnostics);
    let _ = cookiec_diagnostics::render("fuzz.cookies", &src, &checked.diagnostics, false);
    let index = cookiec_diagnostics::LineIndex::new(&src);
    for d in &checked.diagnostics {
        let _ = cookiec_diagnostics::json_record_in("fuzz.cookies", &src, &index, d);
    }
}

/// A serialized model without spans (formatting moves every span).
fn model_without_spans(src: &str) -> (Value, Vec<&'static str>) {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.retain(|_, v| {
                    !matches!(v, Value::Object(s) if s.len() == 2 && s.contains_key("start") && s.contains_key("end"))
                });
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let checked = cookiec_check::check_source(src);
    let mut v = serde_json::to_value(&checked.model).unwrap_or(Value::Null);
    strip(&mut v);
    let mut codes: Vec<&'static str> = checked.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    (v, codes)
}

/// Format: refused or formatted; formatted output is a fixed point and
/// checks to the same model with the same codes.
pub fn fmt(data: &[u8]) {
    let src = text(data);
    let Ok(out) = cookiec_fmt::format(&src) else {
        return;
    };
    let again = cookiec_fmt::format(&out);
    assert_eq!(
        again.as_deref(),
        Ok(out.as_str()),
        "formatting is not idempotent"
    );
    assert!(
        model_without_spans(&src) == model_without_spans(&out),
        "formatting changed the model or the diagnostics"
    );
}

/// Build: a file without errors emits the same outputs twice, and every
/// JSON output parses.
pub fn build(data: &[u8]) {
    let src = text(data);
    let checked = cookiec_check::check_source(&src);
    if checked.has_errors() {
        return;
    }
    // A clean check always makes the model emitters take.
    let valid = checked.valid();
    assert!(valid.is_some(), "a file without errors has no ValidModel");
    let Some(valid) = valid else { return };
    let opts = cookiec_emit::Options::default();
    let first = cookiec_emit::emit(&valid, &opts);
    let second = cookiec_emit::emit(&valid, &opts);
    match (first, second) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.len(), b.len(), "emit is not deterministic");
            for (x, y) in a.iter().zip(&b) {
                assert!(
                    x.name == y.name && x.contents == y.contents,
                    "{} differs between runs",
                    x.name
                );
                if x.name.ends_with(".json") {
                    assert!(
                        serde_json::from_slice::<Value>(&x.contents).is_ok(),
                        "{} is not valid JSON",
                        x.name
                    );
                }
            }
        }
        (Err(_), Err(_)) => {}
        _ => unreachable!("emit succeeded once and failed once on the same model"),
    }
}

/// The LSP byte stream: any bytes, split anywhere, never stop the framer;
/// a valid message after them (once a header can be found) is delivered.
pub fn lsp_stream(data: &[u8]) {
    use cookiec_lsp::transport::framing::{Event, Framer};
    const VALID: &str = r#"{"jsonrpc":"2.0","id":424242,"method":"shutdown"}"#;
    let mut f = Framer::default();
    // The first byte chooses the chunk size, so splits land everywhere.
    let chunk = usize::from(data.first().copied().unwrap_or(1)).max(1);
    for part in data.chunks(chunk) {
        f.push(part);
        while let Some(e) = f.next_event() {
            forwarded_is_valid(&e);
        }
    }
    f.stalled();
    while let Some(e) = f.next_event() {
        forwarded_is_valid(&e);
    }
    // End whatever the input left open, then a valid message must arrive.
    let _ = f.finish();
    f.push(format!("\r\n\r\nContent-Length: {}\r\n\r\n{VALID}", VALID.len()).as_bytes());
    let mut delivered = false;
    while let Some(e) = f.next_event() {
        if let Event::Message(m) = e {
            delivered |= m.body == VALID.as_bytes();
        }
    }
    assert!(delivered, "a valid message after the input was lost");
}

/// A message the transport forwards in another form (a documentSymbol
/// request as the direct-reply notification) is still one the library
/// decodes: the framer delivers it whole, as a notification.
fn forwarded_is_valid(e: &cookiec_lsp::transport::framing::Event) {
    use cookiec_lsp::transport::{
        direct,
        framing::{Event, Framer},
    };
    let Event::Message(m) = e else { return };
    let Some(body) = m
        .method
        .as_deref()
        .and_then(|method| direct::forward(method, &m.body))
    else {
        return;
    };
    let mut f = Framer::default();
    f.push(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    f.push(&body);
    let delivered = f.next_event();
    assert!(
        matches!(&delivered, Some(Event::Message(n)) if n.method.as_deref() == Some(direct::DOCUMENT_SYMBOL)),
        "the forwarded message is not delivered: {delivered:?}"
    );
}

/// Header enforcement over the rules of the multilingual example: any
/// request and any `Set-Cookie` lines; no panic, and the same outcome twice.
pub fn enforce(data: &[u8]) {
    use cookiec_emit::enforce::{Enforcer, Request};
    use std::sync::OnceLock;
    static RULES: OnceLock<Option<cookiec_emit::headers::HeaderRules>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        let checked =
            cookiec_check::check_source(include_str!("../../../examples/multilingual.cookies"));
        checked
            .valid()
            .map(|valid| cookiec_emit::headers::build(&valid, cookiec_emit::Undeclared::Strip))
    });
    let Some(rules) = rules else { return };
    let src = text(data);
    let mut lines = src.split('\n');
    let head = lines.next().unwrap_or("");
    let mut req = Request {
        gpc: head.contains('g'),
        dnt: head.contains('d'),
        region: match head.split_whitespace().last() {
            Some(code) => cookiec_emit::enforce::Region::Known(code.to_string()),
            None => cookiec_emit::enforce::Region::Unknown,
        },
        ..Request::default()
    };
    let mut set_cookie = Vec::new();
    for line in lines {
        match line.strip_prefix("C ") {
            Some(c) => {
                let (n, v) = c.split_once('=').unwrap_or((c, ""));
                req.cookies.push((n.to_string(), v.to_string()));
            }
            None => set_cookie.push(line.to_string()),
        }
    }
    let e = Enforcer::new(rules.clone());
    let a = e.apply(&req, &set_cookie);
    let b = e.apply(&req, &set_cookie);
    assert_eq!(a, b, "enforcement is not deterministic");
}
