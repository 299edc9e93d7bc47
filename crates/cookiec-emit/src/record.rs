//! cookiec's own consent record (`consent { record "..." }`, default
//! `cookie_consent`): the cookie the generated banner writes and every
//! enforcement reads, in the format of `cookiec_enforce::record`.
//!
//! When cookiec supplies the banner (the policy shows one), the record is a
//! cookie cookiec itself puts on the visitor's device, so the policy must
//! disclose it: [`disclosed`] adds it as a strictly necessary item with its
//! lifetime unless the file already declares it. A consent cookie another
//! tool sets (a CMS's own) is an ordinary `cookie` item; it is never named
//! by `record` and never changes what cookiec reads or writes.

use crate::common;
use crate::lex;
use cookiec_check::model::{
    Duration, Item, ItemKind, Lifetime, LifetimeKind, Model, NamePattern, SameSite, Spanned,
    Status, Text, TimeUnit, FIRST_PARTY,
};
use cookiec_check::ValidModel;
use std::borrow::Cow;

/// vanilla-cookieconsent's own default lifetime, used when the policy
/// states none (the generated config always writes it explicitly).
pub const DEFAULT_LIFETIME_DAYS: u64 = 182;

/// The record cookie's item, when the file declares one.
pub fn declared_item(model: &Model) -> Option<&Item> {
    let name = common::consent_cookie(model);
    model
        .items
        .iter()
        .find(|it| it.kind == ItemKind::Cookie && it.name == NamePattern::Exact(name.to_string()))
}

/// How long the record lives: `record-lifetime`, else the declared record
/// item's fixed lifetime, else vanilla-cookieconsent's default.
pub fn lifetime(model: &Model) -> Duration {
    if let Some(d) = &model.consent.record_lifetime {
        return d.clone();
    }
    if let Some(LifetimeKind::Fixed { duration }) = declared_item(model)
        .and_then(|it| it.lifetime.as_ref())
        .map(|l| &l.kind)
    {
        return duration.clone();
    }
    Duration {
        seconds: DEFAULT_LIFETIME_DAYS * 86_400,
        parts: vec![(DEFAULT_LIFETIME_DAYS, TimeUnit::Day)],
        span: model.consent.span.unwrap_or_default(),
    }
}

/// The model with the record disclosed: unchanged when cookiec supplies no
/// banner, when the record is declared, or when no strictly necessary
/// category exists to hold it (then POL001 asks for a declaration).
pub fn disclosed(valid: &ValidModel) -> Cow<'_, ValidModel> {
    let model: &Model = valid;
    if !common::banner_shown(&model.consent) || declared_item(model).is_some() {
        return Cow::Borrowed(valid);
    }
    let Some(category) = model
        .categories
        .iter()
        .find(|c| c.is_required() && c.status != Status::NotUsed)
    else {
        return Cow::Borrowed(valid);
    };
    let span = model
        .consent
        .record
        .as_ref()
        .map(|r| r.span)
        .or(model.consent.span)
        .unwrap_or_default();
    // A valid model declares at least one language.
    let purpose = Text {
        by_lang: model
            .policy
            .languages
            .iter()
            .map(|l| {
                let text = lex::words(&l.value).get("record-item-purpose");
                (l.value.clone(), text)
            })
            .collect(),
        span,
    };
    let item = Item {
        kind: ItemKind::Cookie,
        name: NamePattern::Exact(common::consent_cookie(model).to_string()),
        name_span: span,
        glob: None,
        category: Spanned::new(category.id.value.clone(), span),
        provider: Spanned::new(FIRST_PARTY.to_string(), span),
        purpose,
        lifetime: Some(Lifetime {
            kind: LifetimeKind::Fixed {
                duration: lifetime(model),
            },
            sliding: false,
            configurable: false,
            at_most: false,
            span,
        }),
        renewed_on: None,
        renewed_every: None,
        contains: None,
        value: None,
        excludes: None,
        sent_to_server: true,
        when: None,
        status: Status::InUse,
        domain: None,
        path: None,
        http_only: None,
        secure: None,
        // What vanilla-cookieconsent writes.
        same_site: Some(Spanned::new(SameSite::Lax, span)),
        partitioned: None,
        read_by_script: Some(Spanned::new(true, span)),
        keyed_by: None,
        exempt: None,
        counts_as: Vec::new(),
        allows: vec![],
        span,
    };
    let record = common::consent_cookie(model).to_string();
    let amended = valid.amended(|m| {
        m.items.push(item);
        // The "Managing cookies" section then names the record too.
        if m.consent.record.is_none() {
            m.consent.record = Some(Spanned::new(record, span));
        }
    });
    match amended {
        Some(m) => Cow::Owned(m),
        None => Cow::Borrowed(valid),
    }
}
