//! Items: `cookie`, `local-storage`, `session-storage`, `indexeddb`,
//! `cache-storage`, `pixel`, `server-session`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{Item, ItemKind, NamePattern, SameSite, Spanned, Status, FIRST_PARTY};
use crate::schema::fields::item as F;
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
        if *meant == F::COUNTS_AS.name {
            cx.counts_as_misspelt = true;
        }
        if *meant == F::CATEGORY.name || *meant == F::PROVIDER.name {
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
    let bool_field = |cx: &mut Cx, field| f.get(field).and_then(|n| cx.bool(n));
    // A string label that became a regex was a glob (`"*_key"`).
    let glob = match (&name, node.values.first().map(|v| &v.kind)) {
        (NamePattern::Regex(_), Some(cookiec_syntax::ast::ValueKind::String(s))) => {
            Some(s.value.clone())
        }
        _ => None,
    };
    let item = Item {
        kind,
        name,
        name_span,
        glob,
        category: f
            .get(&F::CATEGORY)
            .and_then(|n| reference(cx, n, RefKind::Category))
            .unwrap_or_default(),
        provider: f
            .get(&F::PROVIDER)
            .and_then(|n| reference(cx, n, RefKind::Provider))
            .unwrap_or_else(|| Spanned::new(FIRST_PARTY.to_string(), name_span)),
        purpose: f
            .get(&F::PURPOSE)
            .and_then(|n| cx.text(n))
            .unwrap_or_default(),
        lifetime: f.get(&F::LIFETIME).and_then(|n| cx.lifetime(n)),
        renewed_on: f.get(&F::RENEWED_ON).and_then(|n| cx.text(n)),
        renewed_every: f.get(&F::RENEWED_EVERY).and_then(|n| cx.duration(n)),
        contains: f.get(&F::CONTAINS).and_then(|n| cx.text(n)),
        value: f.get(&F::VALUE).and_then(|n| cx.text(n)),
        excludes: f.get(&F::EXCLUDES).and_then(|n| cx.text(n)),
        sent_to_server: bool_field(cx, &F::SENT_TO_SERVER)
            .map(|b| b.value)
            .unwrap_or(kind == ItemKind::Cookie),
        when: f.get(&F::WHEN).and_then(|n| cx.text(n)),
        status: f
            .get(&F::STATUS)
            .and_then(|n| cx.enum_field(n, schema::ITEM_STATUS, Status::parse))
            .map(|s| s.value)
            .unwrap_or(Status::InUse),
        domain: f.get(&F::DOMAIN).and_then(|n| cx.string(n)),
        path: f.get(&F::PATH).and_then(|n| cx.string(n)),
        http_only: bool_field(cx, &F::HTTP_ONLY),
        secure: bool_field(cx, &F::SECURE),
        same_site: f
            .get(&F::SAME_SITE)
            .and_then(|n| cx.enum_field(n, SameSite::NAMES, SameSite::parse)),
        partitioned: bool_field(cx, &F::PARTITIONED),
        read_by_script: bool_field(cx, &F::READ_BY_SCRIPT),
        keyed_by: f.get(&F::KEYED_BY).and_then(|n| cx.string(n)),
        counts_as: f
            .get(&F::COUNTS_AS)
            .map(|n| {
                cx.enum_list(
                    n,
                    crate::model::UsPrivacyUse::NAMES,
                    crate::model::UsPrivacyUse::parse,
                )
            })
            .unwrap_or_default(),
        exempt: f.get(&F::EXEMPT).and_then(|n| {
            cx.enum_field(
                n,
                crate::model::ExemptionGround::NAMES,
                crate::model::ExemptionGround::parse,
            )
        }),
        allows: f.allows.clone(),
        span: node.span,
    };
    (item, f)
}
