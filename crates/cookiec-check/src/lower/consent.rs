//! `consent { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{Consent, Region, SignalResponse, WithdrawMethod};
use crate::schema;
use cookiec_syntax::ast::Node;

pub(super) fn lower<'n>(cx: &mut Cx, node: &'n Node) -> (Consent, Fields<'n>) {
    let schema = schema::declaration("consent").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    let consent = Consent {
        regions: f
            .get("regions")
            .map(|n| cx.enum_list(n, Region::NAMES, Region::parse))
            .unwrap_or_default(),
        banner: f.get("banner").and_then(|n| cx.bool(n)),
        acknowledge_required: f.get("acknowledge-required").and_then(|n| cx.bool(n)),
        reject_all: f.get("reject-all").and_then(|n| cx.bool(n)),
        withdraw: f
            .get("withdraw")
            .map(|n| cx.enum_list(n, WithdrawMethod::NAMES, WithdrawMethod::parse))
            .unwrap_or_default(),
        gpc: f
            .get("gpc")
            .and_then(|n| cx.enum_field(n, SignalResponse::NAMES, SignalResponse::parse)),
        dnt: f
            .get("dnt")
            .and_then(|n| cx.enum_field(n, SignalResponse::NAMES, SignalResponse::parse)),
        record: f.get("record").and_then(|n| cx.string(n)),
        record_lifetime: f.get("record-lifetime").and_then(|n| cx.duration(n)),
        renew_after: f.get("renew-after").and_then(|n| cx.duration(n)),
        renew_on_change: f.get("renew-on-change").and_then(|n| cx.bool(n)),
        reprompt_after_refusal: f.get("reprompt-after-refusal").and_then(|n| cx.duration(n)),
        span: Some(node.span),
    };
    (consent, f)
}
