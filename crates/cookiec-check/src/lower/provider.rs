//! `provider <id> { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{Provider, ProviderRole, Spanned, Status};
use crate::schema;
use crate::schema::fields::provider as F;
use crate::schema::{RefKind, ValueType};
use cookiec_syntax::ast::Node;

pub(super) fn lower<'n>(
    cx: &mut Cx,
    node: &'n Node,
    id: Spanned<String>,
) -> (Provider, Fields<'n>) {
    let schema = schema::declaration("provider").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    // A misspelt `on-behalf-of` (E202) still names the provider it works
    // for: no W201 on top.
    for (meant, field) in &f.meant {
        if *meant == F::ON_BEHALF_OF.name {
            if let Some(id) = field.values.first().and_then(|v| v.as_ident()) {
                cx.extra_uses.push(id.to_string());
            }
        }
    }
    let self_hosted = f
        .get(&F::SELF_HOSTED)
        .and_then(|n| cx.bool(n))
        .is_some_and(|b| b.value);
    let own = f.get(&F::SETS_OWN_COOKIES);
    let sets_own_cookies = own.and_then(|n| cx.text_or_bool(n));
    let sets_own_cookies_no = sets_own_cookies.is_none()
        && own.is_some_and(|n| {
            n.block.is_none() && n.values.first().and_then(|v| v.as_ident()) == Some("no")
        });
    let provider = Provider {
        id,
        name: f
            .get(&F::NAME)
            .and_then(|n| cx.string(n))
            .or_else(|| cx.label_name.take())
            .unwrap_or_default(),
        roles: f
            .get(&F::ROLE)
            .map(|n| cx.enum_list(n, ProviderRole::NAMES, ProviderRole::parse))
            .unwrap_or_default(),
        purpose: f.get(&F::PURPOSE).and_then(|n| cx.text(n)),
        privacy: f.get(&F::PRIVACY).and_then(|n| cx.url(n)),
        website: f.get(&F::WEBSITE).and_then(|n| cx.url(n)),
        sets_own_cookies,
        sets_own_cookies_no,
        class: f
            .get(&F::CLASS)
            .and_then(|n| cx.bool(n))
            .is_some_and(|b| b.value),
        country: f.get(&F::COUNTRY).and_then(|n| cx.string(n)),
        // A self-hosted tool names software, not another company.
        third_party: !self_hosted,
        self_hosted,
        on_behalf_of: f.get(&F::ON_BEHALF_OF).and_then(|n| {
            let ty = ValueType::Ref(RefKind::Provider);
            let v = cx.one(n, &ty)?;
            cx.ident_value(v, &ty)
        }),
        // `not-used` is rejected (E206): a provider the site does not use
        // is simply not declared.
        status: f
            .get(&F::STATUS)
            .and_then(|n| cx.enum_field(n, crate::schema::ITEM_STATUS, Status::parse))
            .map(|s| s.value)
            .unwrap_or(Status::InUse),
        span: node.span,
    };
    (provider, f)
}
