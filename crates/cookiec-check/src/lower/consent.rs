//! `consent { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{Consent, Region, SignalResponse, WithdrawMethod};
use crate::schema;
use crate::schema::fields::consent as F;
use cookiec_syntax::ast::Node;

pub(super) fn lower<'n>(cx: &mut Cx, node: &'n Node) -> (Consent, Fields<'n>) {
    let schema = schema::declaration("consent").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    let consent = Consent {
        regions: f
            .get(&F::REGIONS)
            .map(|n| cx.enum_list(n, Region::NAMES, Region::parse))
            .unwrap_or_default(),
        banner: f.get(&F::BANNER).and_then(|n| cx.bool(n)),
        acknowledge_required: f.get(&F::ACKNOWLEDGE_REQUIRED).and_then(|n| cx.bool(n)),
        reject_all: f.get(&F::REJECT_ALL).and_then(|n| cx.bool(n)),
        withdraw: f
            .get(&F::WITHDRAW)
            .map(|n| cx.enum_list(n, WithdrawMethod::NAMES, WithdrawMethod::parse))
            .unwrap_or_default(),
        gpc: f
            .get(&F::GPC)
            .and_then(|n| cx.enum_field(n, SignalResponse::NAMES, SignalResponse::parse)),
        dnt: f
            .get(&F::DNT)
            .and_then(|n| cx.enum_field(n, SignalResponse::NAMES, SignalResponse::parse)),
        record: f.get(&F::RECORD).and_then(|n| cx.string(n)),
        record_lifetime: f.get(&F::RECORD_LIFETIME).and_then(|n| cx.duration(n)),
        renew_after: f.get(&F::RENEW_AFTER).and_then(|n| cx.duration(n)),
        renew_on_change: f.get(&F::RENEW_ON_CHANGE).and_then(|n| cx.bool(n)),
        reprompt_after_refusal: f
            .get(&F::REPROMPT_AFTER_REFUSAL)
            .and_then(|n| cx.duration(n)),
        span: Some(node.span),
    };
    (consent, f)
}
