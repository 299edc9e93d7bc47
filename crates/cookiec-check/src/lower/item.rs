//! Items: `cookie`, `local-storage`, `session-storage`, `indexeddb`,
//! `cache-storage`, `pixel`, `server-session`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{Item, ItemKind, NamePattern, SameSite, Spanned, Status, FIRST_PARTY};
use crate::schema::{self, RefKind, ValueType};
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::Node;

pub(super) fn lower<'n>(
    cx: &mut Cx,
    node: &'n Node,
    kind: ItemKind,
    name: NamePattern,
    name_span: Span,
) -> (Item, Fields<'n>) {
    let schema = schema::declaration(kind.as_str()).unwrap_or(&super::EMPTY);
    let ctx = Context {
        is_cookie: kind == ItemKind::Cookie,
        // A label that failed to check (E209) still names the item.
        unnamed: name == NamePattern::Unnamed && node.values.is_empty(),
    };
    let f = cx.fields(node, schema, ctx);
    // A misspelt `category`/`provider` field (E202) still names what the
    // item uses: no W201 on top.
    for (meant, field) in &f.meant {
        if matches!(*meant, "category" | "provider") {
            if let Some(id) = field.values.first().and_then(|v| v.as_ident()) {
                cx.extra_uses.push(id.to_string());
            }
        }
    }
    let reference = |cx: &mut Cx, n: &Node, k: RefKind| {
        let ty = ValueType::Ref(k);
        let v = cx.one(n, &ty)?;
        cx.ident_value(v, &ty)
    };
    let bool_field = |cx: &mut Cx, name: &str| f.get(name).and_then(|n| cx.bool(n));
    let item = Item {
        kind,
        name,
        name_span,
        category: f
            .get("category")
            .and_then(|n| reference(cx, n, RefKind::Category))
            .unwrap_or_default(),
        provider: f
            .get("provider")
            .and_then(|n| reference(cx, n, RefKind::Provider))
            .unwrap_or_else(|| Spanned::new(FIRST_PARTY.to_string(), name_span)),
        purpose: f
            .get("purpose")
            .and_then(|n| cx.text(n))
            .unwrap_or_default(),
        lifetime: f.get("lifetime").and_then(|n| cx.lifetime(n)),
        renewed_on: f.get("renewed-on").and_then(|n| cx.text(n)),
        contains: f.get("contains").and_then(|n| cx.text(n)),
        excludes: f.get("excludes").and_then(|n| cx.text(n)),
        sent_to_server: bool_field(cx, "sent-to-server")
            .map(|b| b.value)
            .unwrap_or(kind == ItemKind::Cookie),
        when: f.get("when").and_then(|n| cx.text(n)),
        status: f
            .get("status")
            .and_then(|n| cx.enum_field(n, &["in-use", "may-use"], Status::parse))
            .map(|s| s.value)
            .unwrap_or(Status::InUse),
        domain: f.get("domain").and_then(|n| cx.string(n)),
        path: f.get("path").and_then(|n| cx.string(n)),
        http_only: bool_field(cx, "http-only"),
        secure: bool_field(cx, "secure"),
        same_site: f
            .get("same-site")
            .and_then(|n| cx.enum_field(n, SameSite::NAMES, SameSite::parse)),
        partitioned: bool_field(cx, "partitioned"),
        read_by_script: bool_field(cx, "read-by-script"),
        keyed_by: f.get("keyed-by").and_then(|n| cx.string(n)),
        allows: f.allows.clone(),
        span: node.span,
    };
    (item, f)
}
