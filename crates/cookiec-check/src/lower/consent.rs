//! `consent { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use super::per_region::PerRegionField;
use crate::model::{
    Consent, Duration, OptOutLink, PerRegion, Region, SignalResponse, Spanned, WithdrawMethod,
};
use crate::schema;
use crate::schema::fields::consent as F;
use crate::schema::ValueType;
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
        settings_link: f.get(&F::SETTINGS_LINK).and_then(|n| cx.text(n)),
        cookie_wall: f.get(&F::COOKIE_WALL).and_then(|n| {
            cx.enum_field(
                n,
                crate::model::CookieWall::NAMES,
                crate::model::CookieWall::parse,
            )
        }),
        gpc: f.get(&F::GPC).and_then(|n| signal(cx, n)),
        dnt: f.get(&F::DNT).and_then(|n| signal(cx, n)),
        opt_out_links: f
            .get(&F::OPT_OUT_LINKS)
            .map(|n| cx.enum_list(n, OptOutLink::NAMES, OptOutLink::parse))
            .unwrap_or_default(),
        opt_out_url: f.get(&F::OPT_OUT_URL).and_then(|n| cx.url(n)),
        record: f.get(&F::RECORD).and_then(|n| cx.string(n)),
        record_lifetime: f.get(&F::RECORD_LIFETIME).and_then(|n| cx.duration(n)),
        renew_after: f.get(&F::RENEW_AFTER).and_then(|n| durations(cx, n)),
        renew_on_change: f.get(&F::RENEW_ON_CHANGE).and_then(|n| cx.bool(n)),
        reprompt_after_refusal: f
            .get(&F::REPROMPT_AFTER_REFUSAL)
            .and_then(|n| durations(cx, n)),
        span: Some(node.span),
    };
    (consent, f)
}

/// `gpc honour`, or `gpc { default ignore  us-ca sale-sharing }`.
fn signal(cx: &mut Cx, node: &Node) -> Option<PerRegion<Spanned<SignalResponse>>> {
    cx.enum_per_region(
        node,
        "response",
        false,
        SignalResponse::NAMES,
        SignalResponse::parse,
    )
}

/// `renew-after 12 months`, or `renew-after { default 12 months  it 6 months }`.
fn durations(cx: &mut Cx, node: &Node) -> Option<PerRegion<Duration>> {
    let field = PerRegionField {
        ty: &ValueType::Duration,
        noun: "duration",
        require_default: false,
        multi_token: true,
    };
    cx.per_region(node, field, |cx, values| cx.duration_values(values))
}
