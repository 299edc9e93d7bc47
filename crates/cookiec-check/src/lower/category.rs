//! `category <id> { ... }`.

use super::cx::{did_you_mean, rename_fix, Cx};
use super::fields::{Context, Fields};
use crate::codes;
use crate::model::{Category, ConsentMode, GoogleConsentType, Region, Spanned, Status};
use crate::schema::fields::category as F;
use crate::schema::{self, one_of, ValueType};
use cookiec_diagnostics::{Diagnostic, Span};
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
        .or_insert_with(|| Spanned::new(ConsentMode::OptIn, node.name.span));
    let status = f
        .get(&F::STATUS)
        .and_then(|n| cx.enum_field(n, Status::NAMES, Status::parse))
        .map(|s| s.value);
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
        span: node.span,
    };
    (category, f)
}

/// `consent opt-in`, or `consent { default opt-in  us-ca opt-out }`.
fn consent_modes(cx: &mut Cx, node: &Node) -> BTreeMap<Region, Spanned<ConsentMode>> {
    let mut out = BTreeMap::new();
    let Some(block) = &node.block else {
        if let Some(m) = cx.enum_field(node, ConsentMode::NAMES, ConsentMode::parse) {
            out.insert(Region::Default, m);
        }
        return out;
    };
    if let Some(v) = node.values.first() {
        cx.push(
            Diagnostic::error(
                codes::WRONG_ARITY,
                "`consent` has both a mode and a block of regions",
                v.span,
            )
            .with_label("unexpected value")
            .with_help("put it in the block as `default <mode>`"),
        );
    }
    let mut seen: BTreeMap<Region, Span> = BTreeMap::new();
    for entry in cx.entries(block, "region") {
        let name = entry.key;
        let Some(region) = Region::parse(name) else {
            let mut d = Diagnostic::error(
                codes::INVALID_ENUM_VALUE,
                format!("unknown region `{name}`"),
                entry.key_span,
            )
            .with_label(format!("expected {}", one_of(Region::NAMES)));
            if let Some(s) = did_you_mean(name, Region::NAMES.iter().copied()) {
                if s == "default" {
                    // The misspelt `default`: no "missing default" on top.
                    seen.insert(Region::Default, entry.key_span);
                }
                d = d
                    .with_help(format!("did you mean `{s}`?"))
                    .with_fix(rename_fix(entry.key_span, s));
            } else {
                d = d.with_help(format!("regions: {}", Region::NAMES.join(", ")));
            }
            cx.push(d);
            continue;
        };
        if let Some(first) = seen.get(&region) {
            cx.push(
                Diagnostic::error(
                    codes::DUPLICATE_FIELD,
                    format!("region `{name}` is given twice"),
                    entry.key_span,
                )
                .with_label("second occurrence")
                .with_secondary(*first, "first given here"),
            );
            continue;
        }
        seen.insert(region, entry.key_span);
        let Some(v) = entry.value else {
            cx.push(
                Diagnostic::error(
                    codes::WRONG_ARITY,
                    format!("region `{name}` has no consent mode"),
                    entry.key_span,
                )
                .with_label(format!(
                    "expected {} after this",
                    ValueType::Enum(ConsentMode::NAMES).describe()
                )),
            );
            continue;
        };
        if let Some(m) = cx.enum_value(v, ConsentMode::NAMES, ConsentMode::parse) {
            out.insert(region, m);
        }
    }
    if !seen.contains_key(&Region::Default) {
        cx.push(
            Diagnostic::error(
                codes::MISSING_FIELD,
                "the consent block has no `default` mode",
                node.name.span,
            )
            .with_label("no `default` region in this block")
            .with_help(
                "add `default <mode>` for every region not listed, such as `default opt-in`",
            ),
        );
    }
    out
}
