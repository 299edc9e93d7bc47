//! SPEC013: browsers send every cookie to the server.

use crate::model::ItemKind;
use crate::rules::context::item_label;
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC013",
        name: "cookie-not-sent-to-server",
        severity: Severity::Warning,
        summary: "A cookie declared `sent-to-server no`: browsers send cookies with every matching request.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Unsafe,
    source: "RFC 6265 §5.4 and RFC 6265bis §5.8.3 (the Cookie header)",
    check,
};

const DOC: &str = r#"# SPEC013 cookie-not-sent-to-server

## What it checks
A `cookie` must not be declared `sent-to-server no`.

## Why
A browser attaches every stored cookie whose domain, path and attributes match to the
`Cookie` header of each request to the site, whether it was set by the server or by
script. A cookie is therefore always sent to the server; telling visitors otherwise is
inaccurate. Data that really stays on the device belongs in web storage
(`local-storage`, `session-storage`), which is never sent automatically.

## Example
```cookies
cookie "ui_theme" {
  category functional
  purpose "Remembers light or dark mode."
  lifetime 1 year
  sent-to-server no
}
```

## How to fix
Remove `sent-to-server no` (the code action does), or declare the item as
`local-storage` if the site actually stores it there.

## Source
RFC 6265 §5.4 and RFC 6265bis §5.8.3 (the user agent includes every matching cookie in
the Cookie header of a request).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(node) = fix::field(cx.file, item.span, "sent-to-server") else {
            continue;
        };
        if item.sent_to_server {
            continue;
        }
        let span = node
            .values
            .first()
            .map(|v| v.span)
            .unwrap_or(node.name.span);
        let mut d = cx
            .diag(format!("{} is declared not sent to the server, but browsers send every cookie", item_label(item)), span)
            .with_label("cookies go with every matching request")
            .with_help("Remove `sent-to-server no`, or declare the item as `local-storage` if the data stays on the device.");
        if let Some(e) = fix::remove_field(cx.file, item.span, "sent-to-server") {
            d = d.with_fix(Fix::unsafe_("Remove `sent-to-server no`", vec![e]));
        }
        out.push(d);
    }
    out
}
