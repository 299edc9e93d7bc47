//! SPEC011: web storage has no path.

use crate::rules::context::is_web_storage;
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC011",
        name: "storage-with-cookie-attribute",
        severity: Severity::Warning,
        summary: "A web-storage item declared with a cookie attribute (`path`).",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Safe,
    source: "HTML Living Standard, Web storage (per origin); W3C Indexed Database API; W3C Service Workers (CacheStorage)",
    check,
};

const DOC: &str = r#"# SPEC011 storage-with-cookie-attribute

## What it checks
`local-storage`, `session-storage`, `indexeddb` and `cache-storage` items must not carry
a `path`. (The other cookie attributes, `http-only`, `secure`, `same-site` and
`partitioned`, are not accepted on these items at all: the checker reports them as
unknown fields, E202.)

## Why
Web storage, IndexedDB and Cache Storage are scoped to an origin (scheme, host, port),
never to a path, and are not sent with requests. A path on such an item suggests a
scope it does not have; the generated policy and clean-up rules would be misleading.

## Example
```cookies
local-storage "draft" {
  category functional
  purpose "Keeps your unsent message."
  lifetime until-cleared
  path "/messages"
}
```

## How to fix
Remove `path` (the safe quick fix does). To say which site stores the item, use
`domain` (its origin).

## Source
HTML Living Standard, "Web storage" (storage areas belong to an origin); W3C Indexed
Database API (databases belong to an origin); W3C Service Workers (CacheStorage is per
origin).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| is_web_storage(i.kind)) {
        let Some(p) = &item.path else { continue };
        let mut d = cx
            .diag(
                format!(
                    "`{}` is scoped to an origin, not a path",
                    item.kind.as_str()
                ),
                p.span,
            )
            .with_label("has no effect on web storage")
            .with_help("Remove `path`; to say which site stores it, use `domain` (its origin).");
        if let Some(e) = fix::remove_field(cx.file, item.span, "path") {
            d = d.with_fix(Fix::safe("Remove the path", vec![e]));
        }
        out.push(d);
    }
    out
}
