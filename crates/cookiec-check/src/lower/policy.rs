//! `policy "<service>" { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::codes;
use crate::model::{Browser, ChangeNotice, Commitment, LangTag, Policy, Spanned};
use crate::schema::fields::policy as F;
use crate::schema::{self, ValueType};
use cookiec_diagnostics::Diagnostic;
use cookiec_syntax::ast::{Node, Value, ValueKind};

pub(super) fn lower<'n>(
    cx: &mut Cx,
    node: &'n Node,
    service: Spanned<String>,
) -> (Policy, Fields<'n>) {
    let schema = schema::declaration("policy").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    // Languages first: every text of the file is checked against them.
    let languages = f
        .get(&F::LANGUAGES)
        .map(|n| languages(cx, n))
        .unwrap_or_default();
    if f.get(&F::LANGUAGES).is_none() && f.meant.iter().any(|(m, _)| *m == F::LANGUAGES.name) {
        cx.langs_broken = true;
    }
    if !languages.is_empty() {
        cx.langs = languages.iter().map(|l| l.value.clone()).collect();
        cx.lang_decls = languages
            .iter()
            .map(|l| (l.value.to_string(), l.span))
            .collect();
    }
    let languages = if languages.is_empty() {
        vec![Spanned::new(LangTag::english(), node.name.span)]
    } else {
        languages
    };
    let policy = Policy {
        service,
        controller: f.get(&F::CONTROLLER).and_then(|n| cx.string(n)),
        address: f.get(&F::ADDRESS).and_then(|n| cx.string(n)),
        email: f.get(&F::EMAIL).and_then(|n| cx.email(n)),
        website: f.get(&F::WEBSITE).and_then(|n| cx.url(n)),
        privacy_policy: f.get(&F::PRIVACY_POLICY).and_then(|n| cx.url(n)),
        updated: f.get(&F::UPDATED).and_then(|n| cx.date(n)),
        effective: f.get(&F::EFFECTIVE).and_then(|n| cx.date(n)),
        reference: f.get(&F::REFERENCE).and_then(|n| cx.string(n)),
        languages,
        summary: f.get(&F::SUMMARY).and_then(|n| cx.text(n)),
        commitments: f
            .get(&F::COMMITMENTS)
            .map(|n| cx.enum_list(n, Commitment::NAMES, Commitment::parse))
            .unwrap_or_default(),
        external_analytics_examples: f
            .get(&F::EXTERNAL_ANALYTICS_EXAMPLES)
            .map(|n| {
                let vs = cx.list(n, &ValueType::String);
                vs.into_iter()
                    .filter_map(|v| cx.string_value(v, &ValueType::String))
                    .collect()
            })
            .unwrap_or_default(),
        changes: f
            .get(&F::CHANGES)
            .map(|n| cx.enum_list(n, ChangeNotice::NAMES, ChangeNotice::parse))
            .unwrap_or_default(),
        browser_help: f
            .get(&F::BROWSER_HELP)
            .map(|n| cx.enum_list(n, Browser::NAMES, Browser::parse))
            .unwrap_or_default(),
        learn_more: f
            .get(&F::LEARN_MORE)
            .map(|n| {
                let vs = cx.list(n, &ValueType::Url);
                vs.into_iter().filter_map(|v| cx.url_value(v)).collect()
            })
            .unwrap_or_default(),
        span: node.span,
    };
    examples_without_commitment(cx, &policy, &f);
    (policy, f)
}

/// `external-analytics-examples` without `no-external-analytics`: the
/// examples would illustrate a commitment the policy does not make, and no
/// output could say them.
fn examples_without_commitment(cx: &mut Cx, policy: &Policy, f: &Fields) {
    let Some(node) = f.get(&F::EXTERNAL_ANALYTICS_EXAMPLES) else {
        return;
    };
    let made = policy
        .commitments
        .iter()
        .any(|c| c.value == Commitment::NoExternalAnalytics);
    // A misspelt `commitments` or commitment is reported already (it may
    // be the `no-external-analytics` meant); do not add to it.
    let written = f
        .get(&F::COMMITMENTS)
        .map_or(0, |n| match n.values.as_slice() {
            [Value {
                kind: ValueKind::List(items),
                ..
            }] => items.len(),
            values => values.len(),
        });
    let commitments_broken = written > policy.commitments.len()
        || f.meant.iter().any(|(m, _)| *m == F::COMMITMENTS.name);
    if made || commitments_broken {
        return;
    }
    let mut d = Diagnostic::error(
        codes::MISSING_FIELD,
        "`external-analytics-examples` needs the `no-external-analytics` commitment",
        node.name.span,
    )
    .with_label("examples of a commitment the policy does not make")
    .with_help("add `no-external-analytics` to `commitments`, or remove the examples");
    if let Some(c) = f.get(&F::COMMITMENTS) {
        d = d.with_secondary(c.name.span, "`no-external-analytics` is not listed here");
    }
    cx.push(d);
}

/// `languages [en, de]`: valid, distinct tags.
fn languages(cx: &mut Cx, node: &Node) -> Vec<Spanned<LangTag>> {
    let values = cx.list(node, &ValueType::Lang);
    if values.is_empty()
        && node
            .values
            .iter()
            .any(|v| matches!(&v.kind, ValueKind::List(l) if l.is_empty()))
    {
        cx.push(
            Diagnostic::error(codes::WRONG_ARITY, "`languages` is empty", node.span)
                .with_label("no language")
                .with_help("list at least the default language, such as `languages [en]`, or remove the field"),
        );
    }
    let mut out: Vec<Spanned<LangTag>> = Vec::new();
    for v in values {
        let Some(tag) = cx.lang_value(v) else {
            cx.langs_broken = true;
            continue;
        };
        if let Some(first) = out.iter().find(|l| l.value == tag.value) {
            cx.push(
                Diagnostic::error(
                    codes::DUPLICATE_FIELD,
                    format!("language `{}` is listed twice", tag.value),
                    tag.span,
                )
                .with_label("listed again")
                .with_secondary(first.span, "first listed here"),
            );
            continue;
        }
        if cookiec_locales::find(&tag.value).is_none() {
            cx.push(without_wording(&tag));
        }
        out.push(tag);
    }
    out
}

/// W203: the outputs in `tag` would have the author's text in that
/// language inside English generated sentences.
fn without_wording(tag: &Spanned<LangTag>) -> Diagnostic {
    let shipped: Vec<String> = cookiec_locales::LOCALES
        .iter()
        .map(|l| format!("`{}` ({})", l.tag, l.name))
        .collect();
    Diagnostic::warning(
        codes::LANGUAGE_WITHOUT_WORDING,
        format!(
            "cookiec has no generated wording in `{}`: its policy and banner would mix your text with English sentences",
            tag.value
        ),
        tag.span,
    )
    .with_label("no message file for this language")
    .with_help(format!(
        "cookiec ships wording for {}; use one of them, or accept English generated sentences with `allow W203 \"<reason>\"` in the policy",
        shipped.join(", ")
    ))
}
