//! The human policy as a [`Doc`]: which sections exist, in which order, and
//! what they say, for one language. Renderers only decide the syntax; the
//! generated wording comes from the language's [`Lex`].

use crate::doc::{Block, Doc, Inline, Inlines};
use crate::lex::{self, fill, split, Lex};
use crate::{common, words};
use cookiec_check::model::{
    Category, ConsentMode, GeneratedSection, Item, ItemKind, Model, NamePattern, Region,
    SignalResponse, Status,
};

/// Ties a model to the language being rendered.
struct Ctx<'a> {
    model: &'a Model,
    lang: &'a str,
    default_lang: &'a str,
    lex: &'static Lex,
    /// Categories by id, for the per-item lookups of the items table.
    categories: std::collections::HashMap<&'a str, &'a Category>,
}

impl<'a> Ctx<'a> {
    fn t(&self, text: &'a cookiec_check::model::Text) -> &'a str {
        text.get(self.lang, self.default_lang)
    }

    fn category(&self, id: &str) -> Option<&'a Category> {
        self.categories.get(id).copied()
    }

    fn service(&self) -> &'a str {
        &self.model.policy.service.value
    }

    fn provider_name(&self, id: &str) -> String {
        if id == cookiec_check::model::FIRST_PARTY {
            return fill(self.lex.first_party, &[("service", self.service())]);
        }
        self.model
            .providers
            .iter()
            .find(|p| p.id.value == id)
            .map(|p| p.name.value.clone())
            .unwrap_or_else(|| id.to_string())
    }
}

/// The page title in `lang`.
pub fn title(model: &Model, lang: &str) -> String {
    fill(
        lex::lex(lang).title,
        &[("service", &model.policy.service.value)],
    )
}

/// The policy document for `lang`.
pub fn outline(model: &Model, lang: &str) -> Doc {
    let cx = Ctx {
        model,
        lang,
        default_lang: model.policy.default_lang(),
        lex: lex::lex(lang),
        categories: model
            .categories
            .iter()
            .rev() // the first declaration wins, as `find` did
            .map(|c| (c.id.value.as_str(), c))
            .collect(),
    };
    let title = title(model, lang);
    let mut blocks = vec![Block::Heading {
        level: 1,
        id: "top".into(),
        text: title.clone(),
    }];
    for section in GeneratedSection::ALL {
        let generated = match section {
            GeneratedSection::Intro => intro(&cx),
            GeneratedSection::WhatAreCookies => what_are_cookies(&cx),
            GeneratedSection::Categories => categories(&cx),
            GeneratedSection::Items => items(&cx),
            GeneratedSection::ThirdParties => third_parties(&cx),
            GeneratedSection::Commitments => commitments(&cx),
            GeneratedSection::Signals => signals(&cx),
            GeneratedSection::Manage => manage(&cx),
            GeneratedSection::Changes => changes(&cx),
            GeneratedSection::Contact => contact(&cx),
        };
        blocks.extend(generated);
        custom_sections(&cx, Some(*section), &mut blocks);
    }
    custom_sections(&cx, None, &mut blocks);
    Doc {
        lang: lang.to_string(),
        title,
        blocks,
    }
}

/// Custom sections placed after `after` (`None`: at the end), in
/// declaration order.
fn custom_sections(cx: &Ctx, after: Option<GeneratedSection>, out: &mut Vec<Block>) {
    for s in &cx.model.sections {
        if s.after.as_ref().map(|a| a.value) != after {
            continue;
        }
        out.push(h2(&format!("section-{}", s.id.value), cx.t(&s.title)));
        out.push(Block::Markdown(cx.t(&s.body).to_string()));
    }
}

fn h2(id: &str, text: &str) -> Block {
    Block::Heading {
        level: 2,
        id: id.to_string(),
        text: text.to_string(),
    }
}

fn h3(id: &str, text: &str) -> Block {
    Block::Heading {
        level: 3,
        id: id.to_string(),
        text: text.to_string(),
    }
}

fn para(s: impl Into<String>) -> Block {
    Block::Para(vec![Inline::Text(s.into())])
}

fn labelled(label: &str, rest: Inlines) -> Block {
    let mut v = vec![Inline::Strong(format!("{label}:"))];
    if !rest.is_empty() {
        v.push(Inline::text(" "));
    }
    v.extend(rest);
    Block::Para(v)
}

/// `template` with `{key}` replaced by inline content (a link, a code
/// span) and the other placeholders filled with `args`.
fn with_inline(template: &str, key: &str, inline: Inline, args: &[(&str, &str)]) -> Inlines {
    let (before, after) = split(template, key);
    let mut v = Vec::new();
    let before = fill(before, args);
    if !before.is_empty() {
        v.push(Inline::Text(before));
    }
    v.push(inline);
    let after = fill(after, args);
    if !after.is_empty() {
        v.push(Inline::Text(after));
    }
    v
}

fn link(text: &str, href: &str) -> Inline {
    Inline::Link {
        text: text.to_string(),
        href: href.to_string(),
    }
}

fn intro(cx: &Ctx) -> Vec<Block> {
    let (p, lex) = (&cx.model.policy, cx.lex);
    let mut out = Vec::new();
    for (label, date) in [
        (lex.last_updated, &p.updated),
        (lex.effective, &p.effective),
    ] {
        if let Some(d) = date {
            let time = Inline::Time {
                iso: words::iso_date(d.value),
                text: words::date(lex, d.value),
            };
            out.push(labelled(label, vec![time]));
        }
    }
    if let Some(r) = &p.reference {
        out.push(labelled(lex.reference, vec![Inline::text(r.value.clone())]));
    }
    let service = [("service", cx.service())];
    match (&p.summary, &p.website) {
        (Some(s), _) => out.push(para(cx.t(s))),
        (None, Some(w)) => out.push(Block::Para(with_inline(
            lex.intro_site,
            "site",
            link(&w.value, &w.value),
            &service,
        ))),
        (None, None) => out.push(para(fill(lex.intro_no_site, &service))),
    }
    if let Some(controller) = p.controller.as_ref().filter(|c| c.value != p.service.value) {
        let controller = controller.value.trim_end_matches('.');
        out.push(para(fill(
            lex.operated_by,
            &[("service", cx.service()), ("controller", controller)],
        )));
    }
    if let Some(pp) = &p.privacy_policy {
        out.push(Block::Para(with_inline(
            lex.read_with,
            "link",
            link(lex.privacy_policy, &pp.value),
            &[],
        )));
    }
    out
}

fn what_are_cookies(cx: &Ctx) -> Vec<Block> {
    let lex = cx.lex;
    let mut out = vec![h2("what-are-cookies", lex.h_what), para(lex.what)];
    let mut kinds: Vec<ItemKind> = Vec::new();
    for it in &cx.model.items {
        if it.kind != ItemKind::Cookie && !kinds.contains(&it.kind) {
            kinds.push(it.kind);
        }
    }
    kinds.sort();
    if !kinds.is_empty() {
        out.push(para(lex.besides));
        out.push(Block::List(
            kinds
                .iter()
                .map(|k| vec![Inline::text(words::kind_explained(lex, *k))])
                .collect(),
        ));
    }
    out
}

/// "Always active ..." or "In California: active unless you opt out;
/// everywhere else: used only after you opt in."
fn consent_sentence(lex: &Lex, c: &Category) -> String {
    let default = c.consent_in(Region::Default);
    let others: Vec<(Region, ConsentMode)> = c
        .consent
        .iter()
        .filter(|(r, _)| **r != Region::Default)
        .map(|(r, m)| (*r, m.value))
        .filter(|(_, m)| *m != default)
        .collect();
    let mut s = if others.is_empty() {
        words::consent_mode(lex, default).to_string()
    } else {
        let mut parts: Vec<String> = others
            .iter()
            .map(|(r, m)| {
                format!(
                    "{}: {}",
                    words::region(lex, *r),
                    words::consent_mode(lex, *m)
                )
            })
            .collect();
        parts.push(format!(
            "{}: {}",
            words::region(lex, Region::Default),
            words::consent_mode(lex, default)
        ));
        parts.join("; ")
    };
    s = capitalise(&s);
    s.push('.');
    s
}

fn categories(cx: &Ctx) -> Vec<Block> {
    let lex = cx.lex;
    let mut out = vec![h2("categories", lex.h_categories)];
    let (used, unused): (Vec<&Category>, Vec<&Category>) = cx
        .model
        .categories
        .iter()
        .partition(|c| c.status != Status::NotUsed);
    if used.is_empty() {
        out.push(para(lex.no_categories));
    }
    for c in used {
        out.push(h3(&format!("category-{}", c.id.value), cx.t(&c.title)));
        if let Some(d) = &c.description {
            out.push(para(cx.t(d)));
        }
        if c.status == Status::MayUse {
            out.push(para(lex.may_use_category));
        }
        out.push(labelled(
            lex.consent,
            vec![Inline::text(consent_sentence(lex, c))],
        ));
        if let Some(p) = &c.purposes {
            let list = p.get(cx.lang, cx.default_lang);
            if !list.is_empty() {
                out.push(labelled(lex.purposes, vec![]));
                out.push(Block::List(
                    list.iter().map(|s| vec![Inline::text(s.clone())]).collect(),
                ));
            }
        }
        if let Some(b) = &c.if_blocked {
            out.push(labelled(lex.if_blocked, vec![Inline::text(cx.t(b))]));
        }
        if let Some(x) = &c.excludes {
            out.push(labelled(lex.never_contain, vec![Inline::text(cx.t(x))]));
        }
    }
    if !unused.is_empty() {
        out.push(h3("categories-not-used", lex.h_not_used));
        for c in unused {
            let mut v = vec![
                Inline::Strong(cx.t(&c.title).to_string()),
                Inline::text(format!(": {}", lex.not_used)),
            ];
            if let Some(d) = &c.description {
                v.push(Inline::text(format!(" {}", cx.t(d))));
            }
            out.push(Block::Para(v));
        }
    }
    out
}

/// The name cell of an item row.
fn name_cell(cx: &Ctx, it: &Item) -> Inlines {
    let lex = cx.lex;
    let mut v = match &it.name {
        NamePattern::Exact(n) => vec![Inline::Code(n.clone())],
        NamePattern::Prefix(p) => vec![
            Inline::Code(format!("{p}*")),
            Inline::text(fill(lex.prefix_note, &[("prefix", p)])),
        ],
        NamePattern::Regex(r) => vec![Inline::Code(format!("/{r}/")), Inline::text(lex.regex_note)],
        NamePattern::Unnamed => {
            let what = it.contains.as_ref().map(|c| cx.t(c)).unwrap_or("");
            vec![Inline::text(fill(lex.unnamed, &[("what", what)]))]
        }
    };
    if it.status == Status::MayUse {
        v.push(Inline::text(lex.may_be_used));
    }
    v
}

/// Everything about an item that is not a column of its own, as
/// sentences: "Set only when signed in. Contains: …. Attributes: HttpOnly."
fn details(cx: &Ctx, it: &Item) -> String {
    let lex = cx.lex;
    let mut d: Vec<String> = Vec::new();
    if let Some(w) = &it.when {
        d.push(fill(lex.set_when, &[("when", cx.t(w))]));
    }
    if it.name != NamePattern::Unnamed {
        if let Some(c) = &it.contains {
            d.push(fill(lex.contains, &[("what", cx.t(c))]));
        }
    }
    if let Some(x) = &it.excludes {
        d.push(fill(lex.never_contains, &[("what", cx.t(x))]));
    }
    if let Some(k) = &it.keyed_by {
        d.push(fill(lex.keyed_by, &[("cookie", &k.value)]));
    }
    if it.kind == ItemKind::Cookie && !it.sent_to_server {
        d.push(lex.not_sent.into());
    }
    // Only browser storage can "stay on your device": a pixel is a request
    // and a server-side session lives on the server.
    let storage = !matches!(
        it.kind,
        ItemKind::Cookie | ItemKind::Pixel | ItemKind::ServerSession
    );
    if storage {
        d.push(
            if it.sent_to_server {
                lex.sent
            } else {
                lex.stays
            }
            .into(),
        );
    }
    if it.read_by_script.as_ref().is_some_and(|r| r.value) {
        d.push(lex.read_by_script.into());
    }
    let mut attrs: Vec<String> = Vec::new();
    if it.http_only.as_ref().is_some_and(|b| b.value) {
        attrs.push("HttpOnly".into());
    }
    if it.secure.as_ref().is_some_and(|b| b.value) {
        attrs.push("Secure".into());
    }
    if let Some(s) = &it.same_site {
        attrs.push(format!("SameSite={}", words::same_site(s.value)));
    }
    if it.partitioned.as_ref().is_some_and(|b| b.value) {
        attrs.push("Partitioned".into());
    }
    if !attrs.is_empty() {
        d.push(fill(lex.attributes, &[("list", &attrs.join(", "))]));
    }
    if let Some(dom) = &it.domain {
        d.push(fill(lex.domain, &[("domain", &dom.value)]));
    }
    if let Some(p) = &it.path {
        d.push(fill(lex.path, &[("path", &p.value)]));
    }
    sentences(&d)
}

/// Join fragments as sentences, whether or not the user's text already
/// ends with a full stop.
fn sentences(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.trim().trim_end_matches('.');
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
        out.push('.');
    }
    out
}

/// Item rows ordered by category (declaration order), then declaration
/// order, so each category's items stand together as in the seeds.
pub fn ordered_items(model: &Model) -> Vec<&Item> {
    // One map, not a search of the categories per item.
    let ranks: std::collections::HashMap<&str, usize> = model
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.value.as_str(), i))
        .rev() // the first declaration wins, as `position` did
        .collect();
    let rank = |id: &str| ranks.get(id).copied().unwrap_or(usize::MAX);
    let mut items: Vec<(usize, usize, &Item)> = model
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (rank(&it.category.value), i, it))
        .collect();
    items.sort_by_key(|(r, i, _)| (*r, *i));
    items.into_iter().map(|(_, _, it)| it).collect()
}

fn items(cx: &Ctx) -> Vec<Block> {
    let lex = cx.lex;
    let mut out = vec![h2("items", lex.h_items)];
    if cx.model.items.is_empty() {
        out.push(para(lex.no_items));
        return out;
    }
    out.push(para(lex.items_intro));
    let rows = ordered_items(cx.model)
        .into_iter()
        .map(|it| {
            let category = cx
                .category(&it.category.value)
                .map(|c| cx.t(&c.title).to_string())
                .unwrap_or_else(|| it.category.value.clone());
            let renewed = it.renewed_on.as_ref().map(|r| cx.t(r));
            let lifetime = match (&it.lifetime, it.kind) {
                (None, ItemKind::Pixel) => lex.lt_nothing_stored.to_string(),
                (l, _) => words::lifetime(lex, l.as_ref(), renewed),
            };
            vec![
                name_cell(cx, it),
                vec![Inline::text(words::kind(lex, it.kind))],
                vec![Inline::text(category)],
                vec![Inline::text(cx.provider_name(&it.provider.value))],
                vec![Inline::text(cx.t(&it.purpose))],
                vec![Inline::text(lifetime)],
                vec![Inline::text(details(cx, it))],
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: lex.items_caption.into(),
        head: lex.item_columns.iter().map(|s| s.to_string()).collect(),
        rows,
    });
    out
}

fn third_parties(cx: &Ctx) -> Vec<Block> {
    let lex = cx.lex;
    let mut out = vec![h2("third-parties", lex.h_third)];
    let providers: Vec<_> = cx
        .model
        .providers
        .iter()
        .filter(|p| p.third_party)
        .collect();
    if providers.is_empty() {
        out.push(para(lex.no_third));
        return out;
    }
    out.push(para(lex.third_intro));
    if providers.iter().any(|p| p.status == Status::MayUse) {
        out.push(para(lex.third_may_intro));
    }
    let rows = providers
        .iter()
        .map(|p| {
            let may = p.status == Status::MayUse;
            let mut name = p.name.value.clone();
            if p.class {
                name.push_str(lex.any_provider);
            }
            if may {
                name.push_str(lex.may_be_used);
            }
            if let Some(c) = &p.country {
                name.push_str(&format!(" ({})", c.value));
            }
            let mut what: Vec<String> = Vec::new();
            if !p.roles.is_empty() {
                let roles: Vec<&str> = p.roles.iter().map(|r| words::role(lex, r.value)).collect();
                what.push(capitalise(&roles.join(", ")));
            }
            if let Some(t) = &p.purpose {
                what.push(cx.t(t).to_string());
            }
            // A provider the site only may load only may set its cookies.
            let yes = if may { lex.may } else { lex.yes };
            let own = match &p.sets_own_cookies {
                Some(Some(t)) => {
                    let t = cx.t(t);
                    // "Yes, after a redirect" but "Yes. These providers may ..."
                    if t.starts_with(char::is_uppercase) {
                        format!("{yes}. {t}")
                    } else {
                        format!("{yes}, {t}")
                    }
                }
                Some(None) => yes.to_string(),
                None => lex.not_stated.to_string(),
            };
            let privacy = match &p.privacy {
                Some(u) => vec![link(&u.value, &u.value)],
                None => vec![Inline::text(lex.not_published)],
            };
            let mut name_cell = vec![Inline::text(name)];
            if let Some(w) = &p.website {
                name_cell.push(Inline::text(" "));
                name_cell.push(link(&w.value, &w.value));
            }
            vec![
                name_cell,
                vec![Inline::text(if what.len() > 1 {
                    sentences(&what)
                } else {
                    what.concat()
                })],
                vec![Inline::text(own)],
                privacy,
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: lex.third_caption.into(),
        head: lex.third_columns.iter().map(|s| s.to_string()).collect(),
        rows,
    });
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn commitments(cx: &Ctx) -> Vec<Block> {
    let c = &cx.model.policy.commitments;
    if c.is_empty() {
        return vec![];
    }
    vec![
        h2("commitments", cx.lex.h_commitments),
        Block::List(
            c.iter()
                .map(|c| vec![Inline::text(words::commitment(cx.lex, c.value))])
                .collect(),
        ),
    ]
}

fn signals(cx: &Ctx) -> Vec<Block> {
    let (consent, lex) = (&cx.model.consent, cx.lex);
    if consent.gpc.is_none() && consent.dnt.is_none() {
        return vec![];
    }
    let mut out = vec![h2("signals", lex.h_signals)];
    match consent.gpc.as_ref().map(|g| g.value) {
        Some(SignalResponse::Honour) => out.push(para(lex.gpc_honour)),
        Some(SignalResponse::Ignore) => out.push(para(lex.gpc_ignore)),
        None => {}
    }
    match consent.dnt.as_ref().map(|g| g.value) {
        Some(SignalResponse::Honour) => out.push(para(lex.dnt_honour)),
        Some(SignalResponse::Ignore) => out.push(para(lex.dnt_ignore)),
        None => {}
    }
    out
}

fn manage(cx: &Ctx) -> Vec<Block> {
    let (consent, p, lex) = (&cx.model.consent, &cx.model.policy, cx.lex);
    let mut out = vec![h2("manage", lex.h_manage)];
    let choice = common::has_choice(cx.model);
    if common::banner_shown(consent) {
        let mut s = match (common::acknowledge_required(consent), choice) {
            (false, _) => lex.banner.to_string(),
            (true, true) => lex.banner_acknowledge_choose.to_string(),
            // Nothing to decline: the banner only asks for acceptance.
            (true, false) => lex.banner_acknowledge.to_string(),
        };
        if choice && consent.reject_all.as_ref().is_some_and(|b| b.value) {
            s.push(' ');
            s.push_str(lex.reject_all);
        }
        out.push(para(s));
    }
    if !consent.withdraw.is_empty() {
        let ways: Vec<&str> = consent
            .withdraw
            .iter()
            .map(|w| words::withdraw(lex, w.value))
            .collect();
        out.push(para(fill(
            lex.withdraw_sentence,
            &[("ways", &ways.join(lex.withdraw_or))],
        )));
    }
    if let Some(r) = &consent.record {
        let code = Inline::Code(r.value.clone());
        out.push(Block::Para(match &consent.record_lifetime {
            Some(l) => with_inline(
                lex.record_for,
                "cookie",
                code,
                &[("d", &words::duration(lex, l))],
            ),
            None => with_inline(lex.record, "cookie", code, &[]),
        }));
    }
    let on_change = consent.renew_on_change.as_ref().is_some_and(|b| b.value);
    match (&consent.renew_after, on_change) {
        (Some(d), true) => out.push(para(fill(
            lex.renew_both,
            &[("d", &words::duration(lex, d))],
        ))),
        (Some(d), false) => out.push(para(fill(
            lex.renew_after,
            &[("d", &words::duration(lex, d))],
        ))),
        (None, true) => out.push(para(lex.renew_on_change)),
        (None, false) => {}
    }
    if let Some(d) = &consent.reprompt_after_refusal {
        out.push(para(fill(lex.reprompt, &[("d", &words::duration(lex, d))])));
    }
    out.push(para(lex.browser_settings));
    if cx
        .model
        .categories
        .iter()
        .any(|c| c.is_required() && c.status != Status::NotUsed)
    {
        out.push(para(lex.block_required));
    }
    if !p.browser_help.is_empty() {
        out.push(para(lex.browser_help));
        out.push(Block::List(
            p.browser_help
                .iter()
                .map(|b| {
                    let (name, url) = words::browser(lex, b.value);
                    vec![link(name, url)]
                })
                .collect(),
        ));
    }
    if !p.learn_more.is_empty() {
        out.push(para(lex.learn_more));
        out.push(Block::List(
            p.learn_more
                .iter()
                .map(|u| vec![link(&u.value, &u.value)])
                .collect(),
        ));
    }
    out
}

fn changes(cx: &Ctx) -> Vec<Block> {
    let mut s = cx.lex.changes.to_string();
    for c in &cx.model.policy.changes {
        s.push(' ');
        s.push_str(words::change_notice(cx.lex, c.value));
    }
    vec![h2("changes", cx.lex.h_changes), para(s)]
}

fn contact(cx: &Ctx) -> Vec<Block> {
    let (p, lex) = (&cx.model.policy, cx.lex);
    let mut out = vec![h2("contact", lex.h_contact), para(lex.contact)];
    let mut lines: Vec<Inlines> = vec![vec![Inline::text(p.contact_name().to_string())]];
    if let Some(a) = &p.address {
        lines.push(vec![Inline::text(a.value.clone())]);
    }
    if let Some(email) = &p.email {
        lines.push(vec![
            Inline::text(lex.email),
            link(&email.value, &format!("mailto:{}", email.value)),
        ]);
    }
    if let Some(w) = &p.website {
        lines.push(vec![Inline::text(lex.website), link(&w.value, &w.value)]);
    }
    out.push(Block::List(lines));
    out
}
