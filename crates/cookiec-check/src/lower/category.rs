//! `category <id> { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{
    Category, ConsentMode, GoogleConsentType, LegalBasis, Region, Spanned, Status, UsPrivacyUse,
};
use crate::schema::fields::category as F;
use crate::schema::{self, ValueType};
use cookiec_syntax::ast::Node;
use std::collections::BTreeMap;

pub(super) fn lower<'n>(
    cx: &mut Cx,
    node: &'n Node,
    id: Spanned<String>,
) -> (Category, Fields<'n>) {
    let schema = schema::declaration("category").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    // A `status` with a mistake may have said `not-used`: no W201 on top.
    let status_written =
        f.get(&F::STATUS).is_some() || f.meant.iter().any(|(m, _)| *m == F::STATUS.name);
    let mut consent = f
        .get(&F::CONSENT)
        .map(|n| consent_modes(cx, n))
        .unwrap_or_default();
    // The model promises a default mode; a missing one is already reported.
    consent
        .entry(Region::Default)
        .or_insert_with(|| Spanned::new(ConsentMode::OptIn, id.span));
    let status = f
        .get(&F::STATUS)
        .and_then(|n| cx.enum_field(n, Status::NAMES, Status::parse))
        .map(|s| s.value);
    if f.meant
        .iter()
        .any(|(m, _)| *m == schema::fields::COUNTS_AS.name)
    {
        cx.counts_as_misspelt = true;
    }
    if status_written && status.is_none() {
        cx.extra_uses.push(id.value.clone());
    }
    let category = Category {
        id,
        title: f
            .get(&F::TITLE)
            .and_then(|n| cx.text(n))
            .unwrap_or_default(),
        description: f.get(&F::DESCRIPTION).and_then(|n| cx.text(n)),
        consent,
        purposes: f.get(&F::PURPOSES).and_then(|n| cx.text_list(n)),
        if_blocked: f.get(&F::IF_BLOCKED).and_then(|n| cx.text(n)),
        excludes: f.get(&F::EXCLUDES).and_then(|n| cx.text(n)),
        status: status.unwrap_or(Status::InUse),
        google_consent: f
            .get(&F::GOOGLE_CONSENT)
            .map(|n| cx.enum_list(n, GoogleConsentType::NAMES, GoogleConsentType::parse))
            .unwrap_or_default(),
        tcf_purposes: f
            .get(&F::TCF_PURPOSES)
            .map(|n| {
                let vs = cx.list(n, &ValueType::Number { min: 1, max: 11 });
                vs.into_iter()
                    .filter_map(|v| cx.number_value(v, 1, 11))
                    .collect()
            })
            .unwrap_or_default(),
        legal_basis: f
            .get(&F::LEGAL_BASIS)
            .and_then(|n| cx.enum_field(n, LegalBasis::NAMES, LegalBasis::parse)),
        legal_provision: f.get(&F::LEGAL_PROVISION).and_then(|n| cx.text(n)),
        counts_as: f
            .get(&schema::fields::COUNTS_AS)
            .map(|n| cx.enum_list(n, UsPrivacyUse::NAMES, UsPrivacyUse::parse))
            .unwrap_or_default(),
        span: node.span,
    };
    (category, f)
}

/// `consent opt-in`, or `consent { default opt-in  us-ca opt-out }`.
fn consent_modes(cx: &mut Cx, node: &Node) -> BTreeMap<Region, Spanned<ConsentMode>> {
    cx.enum_per_region(
        node,
        "consent mode",
        true,
        ConsentMode::NAMES,
        ConsentMode::parse,
    )
    .map(|p| p.by_region)
    .unwrap_or_default()
}
