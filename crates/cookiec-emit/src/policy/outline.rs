//! The human policy as a [`Doc`]: which sections exist, in which order, and
//! what they say, for one language. Renderers only decide the syntax.

use crate::doc::{Block, Doc, Inline, Inlines};
use crate::words;
use cookiec_check::model::{
    Category, ConsentMode, GeneratedSection, Item, ItemKind, Model, NamePattern, Region,
    SignalResponse, Status,
};

/// Ties a model to the language being rendered.
struct Ctx<'a> {
    model: &'a Model,
    lang: &'a str,
    default_lang: &'a str,
}

impl<'a> Ctx<'a> {
    fn t(&self, text: &'a cookiec_check::model::Text) -> &'a str {
        text.get(self.lang, self.default_lang)
    }

    fn category(&self, id: &str) -> Option<&'a Category> {
        self.model.categories.iter().find(|c| c.id.value == id)
    }

    fn provider_name(&self, id: &str) -> String {
        if id == cookiec_check::model::FIRST_PARTY {
            return format!("{} (first party)", self.model.policy.service.value);
        }
        self.model
            .providers
            .iter()
            .find(|p| p.id.value == id)
            .map(|p| p.name.value.clone())
            .unwrap_or_else(|| id.to_string())
    }
}

/// The policy document for `lang`.
pub fn outline(model: &Model, lang: &str) -> Doc {
    let cx = Ctx {
        model,
        lang,
        default_lang: model.policy.default_lang(),
    };
    let title = format!("{} Cookie Policy", model.policy.service.value);
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

fn intro(cx: &Ctx) -> Vec<Block> {
    let p = &cx.model.policy;
    let mut out = Vec::new();
    if let Some(d) = &p.updated {
        out.push(labelled(
            "Last updated",
            vec![Inline::Time {
                iso: words::iso_date(d.value),
                text: words::date(d.value),
            }],
        ));
    }
    if let Some(d) = &p.effective {
        out.push(labelled(
            "Effective",
            vec![Inline::Time {
                iso: words::iso_date(d.value),
                text: words::date(d.value),
            }],
        ));
    }
    if let Some(r) = &p.reference {
        out.push(labelled("Reference", vec![Inline::text(r.value.clone())]));
    }
    match &p.summary {
        Some(s) => out.push(para(cx.t(s))),
        None => {
            let covers = match &p.website {
                Some(w) => vec![
                    Inline::text(" when you visit "),
                    Inline::Link {
                        text: w.value.clone(),
                        href: w.value.clone(),
                    },
                ],
                None => vec![Inline::text(
                    " when you visit our website or use our service",
                )],
            };
            let mut v = vec![Inline::text(format!(
                "This Cookie Policy explains how {} uses cookies and similar technologies",
                p.service.value
            ))];
            v.extend(covers);
            v.push(Inline::text(", what they do, and how you can manage them."));
            out.push(Block::Para(v));
        }
    }
    if p.controller.value != p.service.value {
        let controller = p.controller.value.trim_end_matches('.');
        out.push(para(format!(
            "{} is operated by {controller}.",
            p.service.value
        )));
    }
    if let Some(pp) = &p.privacy_policy {
        out.push(Block::Para(vec![
            Inline::text("It should be read together with our "),
            Inline::Link {
                text: "Privacy Policy".into(),
                href: pp.value.clone(),
            },
            Inline::text("."),
        ]));
    }
    out
}

fn what_are_cookies(cx: &Ctx) -> Vec<Block> {
    let mut out = vec![
        h2("what-are-cookies", "What cookies and similar technologies are"),
        para(
            "Cookies are small text files that a website places on your device when you visit it. \
             Session cookies are deleted when you close your browser; persistent cookies remain until \
             they expire or you delete them. First-party cookies are set by us, third-party cookies by \
             another provider.",
        ),
    ];
    let mut kinds: Vec<ItemKind> = Vec::new();
    for it in &cx.model.items {
        if it.kind != ItemKind::Cookie && !kinds.contains(&it.kind) {
            kinds.push(it.kind);
        }
    }
    kinds.sort();
    if !kinds.is_empty() {
        out.push(para("Besides cookies, we use:"));
        out.push(Block::List(
            kinds
                .iter()
                .map(|k| vec![Inline::text(words::kind_explained(*k))])
                .collect(),
        ));
    }
    out
}

/// "Always active ..." or "Used only after you opt in in the European
/// Union; active unless you opt out everywhere else."
pub fn consent_sentence(c: &Category) -> String {
    let default = c.consent_in(Region::Default);
    let others: Vec<(Region, ConsentMode)> = c
        .consent
        .iter()
        .filter(|(r, _)| **r != Region::Default)
        .map(|(r, m)| (*r, m.value))
        .filter(|(_, m)| *m != default)
        .collect();
    let mut s = if others.is_empty() {
        words::consent_mode(default).to_string()
    } else {
        let mut parts: Vec<String> = others
            .iter()
            .map(|(r, m)| format!("{} {}", words::consent_mode(*m), words::region(*r)))
            .collect();
        parts.push(format!(
            "{} {}",
            words::consent_mode(default),
            words::region(Region::Default)
        ));
        parts.join("; ")
    };
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
    s.push('.');
    s
}

fn categories(cx: &Ctx) -> Vec<Block> {
    let mut out = vec![h2("categories", "How we use cookies")];
    let (used, unused): (Vec<&Category>, Vec<&Category>) = cx
        .model
        .categories
        .iter()
        .partition(|c| c.status != Status::NotUsed);
    if used.is_empty() {
        out.push(para("We do not use cookies or similar technologies."));
    }
    for c in used {
        out.push(h3(&format!("category-{}", c.id.value), cx.t(&c.title)));
        if let Some(d) = &c.description {
            out.push(para(cx.t(d)));
        }
        if c.status == Status::MayUse {
            out.push(para(
                "We may use technologies of this category; they are not necessarily in use at all times.",
            ));
        }
        out.push(labelled("Consent", vec![Inline::text(consent_sentence(c))]));
        if let Some(p) = &c.purposes {
            let list = p.get(cx.lang, cx.default_lang);
            if !list.is_empty() {
                out.push(labelled("Purposes", vec![]));
                out.push(Block::List(
                    list.iter().map(|s| vec![Inline::text(s.clone())]).collect(),
                ));
            }
        }
        if let Some(b) = &c.if_blocked {
            out.push(labelled("If you block them", vec![Inline::text(cx.t(b))]));
        }
        if let Some(x) = &c.excludes {
            out.push(labelled("They never contain", vec![Inline::text(cx.t(x))]));
        }
    }
    if !unused.is_empty() {
        out.push(h3("categories-not-used", "Categories we do not use"));
        for c in unused {
            let mut v = vec![
                Inline::Strong(cx.t(&c.title).to_string()),
                Inline::text(": not used."),
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
    let mut v = match &it.name {
        NamePattern::Exact(n) => vec![Inline::Code(n.clone())],
        NamePattern::Prefix(p) => vec![
            Inline::Code(format!("{p}*")),
            Inline::text(format!(" (every name starting with \u{201c}{p}\u{201d})")),
        ],
        NamePattern::Regex(r) => vec![
            Inline::Code(format!("/{r}/")),
            Inline::text(" (names matching this pattern)"),
        ],
        NamePattern::Unnamed => {
            let what = it.contains.as_ref().map(|c| cx.t(c)).unwrap_or("");
            vec![Inline::text(format!("Unnamed entries. Contents: {what}"))]
        }
    };
    if it.status == Status::MayUse {
        v.push(Inline::text(" (may be used)"));
    }
    v
}

/// Everything about an item that is not a column of its own, as
/// sentences: "Set only when signed in. Contains: …. Attributes: HttpOnly."
fn details(cx: &Ctx, it: &Item) -> String {
    let mut d: Vec<String> = Vec::new();
    if let Some(w) = &it.when {
        d.push(format!("Set {}", cx.t(w)));
    }
    if it.name != NamePattern::Unnamed {
        if let Some(c) = &it.contains {
            d.push(format!("Contains: {}", cx.t(c)));
        }
    }
    if let Some(x) = &it.excludes {
        d.push(format!("Never contains: {}", cx.t(x)));
    }
    if let Some(k) = &it.keyed_by {
        d.push(format!("Linked to your browser by the cookie {}", k.value));
    }
    let cookie = it.kind == ItemKind::Cookie;
    if cookie && !it.sent_to_server {
        d.push("Not sent to our servers".into());
    }
    // Only browser storage can "stay on your device": a pixel is a request
    // and a server-side session lives on the server.
    let storage = !matches!(
        it.kind,
        ItemKind::Cookie | ItemKind::Pixel | ItemKind::ServerSession
    );
    if storage && it.sent_to_server {
        d.push("Sent to our servers".into());
    }
    if storage && !it.sent_to_server {
        d.push("Stays on your device".into());
    }
    if it.read_by_script.as_ref().is_some_and(|r| r.value) {
        d.push("Read by our scripts".into());
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
        d.push(format!("Attributes: {}", attrs.join(", ")));
    }
    if let Some(dom) = &it.domain {
        d.push(format!("Domain: {}", dom.value));
    }
    if let Some(p) = &it.path {
        d.push(format!("Path: {}", p.value));
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
    let rank = |id: &str| {
        model
            .categories
            .iter()
            .position(|c| c.id.value == id)
            .unwrap_or(usize::MAX)
    };
    let mut items: Vec<(usize, usize, &Item)> = model
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (rank(&it.category.value), i, it))
        .collect();
    items.sort_by_key(|(r, i, _)| (*r, *i));
    items.into_iter().map(|(_, _, it)| it).collect()
}

pub const ITEM_COLUMNS: [&str; 7] = [
    "Name", "Type", "Category", "Provider", "Purpose", "Lifetime", "Details",
];

fn items(cx: &Ctx) -> Vec<Block> {
    let mut out = vec![h2("items", "Cookies and similar technologies we use")];
    if cx.model.items.is_empty() {
        out.push(para(
            "We do not set any cookies or store any data on your device.",
        ));
        return out;
    }
    out.push(para(
        "This table lists every cookie and storage item set on your device through this site.",
    ));
    let rows = ordered_items(cx.model)
        .into_iter()
        .map(|it| {
            let category = cx
                .category(&it.category.value)
                .map(|c| cx.t(&c.title).to_string())
                .unwrap_or_else(|| it.category.value.clone());
            let renewed = it.renewed_on.as_ref().map(|r| cx.t(r));
            let lifetime = match (&it.lifetime, it.kind) {
                (None, ItemKind::Pixel) => "Nothing stored".to_string(),
                (l, _) => words::lifetime(l.as_ref(), renewed),
            };
            vec![
                name_cell(cx, it),
                vec![Inline::text(words::kind(it.kind))],
                vec![Inline::text(category)],
                vec![Inline::text(cx.provider_name(&it.provider.value))],
                vec![Inline::text(cx.t(&it.purpose))],
                vec![Inline::text(lifetime)],
                vec![Inline::text(details(cx, it))],
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: "Cookies and storage items".into(),
        head: ITEM_COLUMNS.iter().map(|s| s.to_string()).collect(),
        rows,
    });
    out
}

fn third_parties(cx: &Ctx) -> Vec<Block> {
    let mut out = vec![h2("third-parties", "Third parties")];
    let providers: Vec<_> = cx
        .model
        .providers
        .iter()
        .filter(|p| p.third_party)
        .collect();
    if providers.is_empty() {
        out.push(para(
            "No third party sets cookies or similar technologies through this site.",
        ));
        return out;
    }
    out.push(para(
        "These providers help us run the service. Where they set their own cookies, their use is governed by their own privacy policies.",
    ));
    let rows = providers
        .iter()
        .map(|p| {
            let mut name = p.name.value.clone();
            if p.class {
                name.push_str(" (any provider of this kind)");
            }
            if let Some(c) = &p.country {
                name.push_str(&format!(" ({})", c.value));
            }
            let mut what: Vec<String> = Vec::new();
            if !p.roles.is_empty() {
                let roles: Vec<&str> = p.roles.iter().map(|r| words::role(r.value)).collect();
                what.push(capitalise(&roles.join(", ")));
            }
            if let Some(t) = &p.purpose {
                what.push(cx.t(t).to_string());
            }
            let own = match &p.sets_own_cookies {
                Some(Some(t)) => {
                    let t = cx.t(t);
                    // "Yes, after a redirect" but "Yes. These providers may ..."
                    if t.starts_with(char::is_uppercase) {
                        format!("Yes. {t}")
                    } else {
                        format!("Yes, {t}")
                    }
                }
                Some(None) => "Yes".to_string(),
                None => "Not stated".to_string(),
            };
            let privacy = match &p.privacy {
                Some(u) => vec![Inline::Link {
                    text: u.value.clone(),
                    href: u.value.clone(),
                }],
                None => vec![Inline::text("Not published")],
            };
            let mut name_cell = vec![Inline::text(name)];
            if let Some(w) = &p.website {
                name_cell.push(Inline::text(" "));
                name_cell.push(Inline::Link {
                    text: w.value.clone(),
                    href: w.value.clone(),
                });
            }
            vec![
                name_cell,
                vec![Inline::text(what.join(". "))],
                vec![Inline::text(own)],
                privacy,
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: "Third-party providers".into(),
        head: vec![
            "Provider".into(),
            "What they do".into(),
            "Set their own cookies".into(),
            "Privacy policy".into(),
        ],
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
        h2("commitments", "What we do not do"),
        Block::List(
            c.iter()
                .map(|c| vec![Inline::text(words::commitment(c.value))])
                .collect(),
        ),
    ]
}

fn signals(cx: &Ctx) -> Vec<Block> {
    let consent = &cx.model.consent;
    if consent.gpc.is_none() && consent.dnt.is_none() {
        return vec![];
    }
    let mut out = vec![h2("signals", "Global Privacy Control and Do Not Track")];
    match consent.gpc.as_ref().map(|g| g.value) {
        Some(SignalResponse::Honour) => out.push(para(
            "We honour Global Privacy Control (GPC). When your browser sends the GPC signal, we treat it as \
             a refusal of every category that is not strictly necessary, including where those cookies \
             would otherwise be active until you opt out.",
        )),
        Some(SignalResponse::Ignore) => out.push(para(
            "We do not currently respond to Global Privacy Control (GPC) signals.",
        )),
        None => {}
    }
    match consent.dnt.as_ref().map(|g| g.value) {
        Some(SignalResponse::Honour) => out.push(para(
            "We honour Do Not Track (DNT). When your browser sends it, we do not use cookies that are not \
             strictly necessary unless you explicitly allow them.",
        )),
        Some(SignalResponse::Ignore) => out.push(para(
            "Some browsers send a Do Not Track (DNT) signal. There is no industry-agreed standard for \
             responding to it, so we do not currently respond to such signals.",
        )),
        None => {}
    }
    out
}

fn manage(cx: &Ctx) -> Vec<Block> {
    let consent = &cx.model.consent;
    let p = &cx.model.policy;
    let mut out = vec![h2("manage", "Managing cookies")];
    if consent.banner.as_ref().is_some_and(|b| b.value) {
        let mut s = String::from(
            "Where consent is required, we show a cookie banner that lets you accept or decline cookies that are not strictly necessary.",
        );
        if consent.reject_all.as_ref().is_some_and(|b| b.value) {
            s.push_str(" Declining is as easy as accepting: the banner offers both choices with equal prominence.");
        }
        out.push(para(s));
    }
    if !consent.withdraw.is_empty() {
        let ways: Vec<&str> = consent
            .withdraw
            .iter()
            .map(|w| words::withdraw(w.value))
            .collect();
        out.push(para(format!(
            "You can change your choice or withdraw your consent at any time through {}.",
            ways.join(", or through ")
        )));
    }
    if let Some(r) = &consent.record {
        let mut v = vec![
            Inline::text("We store your choice in a cookie named "),
            Inline::Code(r.value.clone()),
        ];
        if let Some(l) = &consent.record_lifetime {
            v.push(Inline::text(format!(" for {}", words::duration(l))));
        }
        v.push(Inline::text("."));
        out.push(Block::Para(v));
    }
    let mut again: Vec<String> = Vec::new();
    if let Some(d) = &consent.renew_after {
        again.push(format!("after {}", words::duration(d)));
    }
    if consent.renew_on_change.as_ref().is_some_and(|b| b.value) {
        again.push("whenever this policy changes materially".into());
    }
    if !again.is_empty() {
        out.push(para(format!(
            "We ask for your consent again {}.",
            again.join(" and ")
        )));
    }
    if let Some(d) = &consent.reprompt_after_refusal {
        out.push(para(format!(
            "If you decline, we do not ask again for at least {}.",
            words::duration(d)
        )));
    }
    out.push(para(
        "You can also control cookies through your browser settings: you can block them, delete them, or be warned before one is set. \
         Local storage and other site data are cleared with the same settings (\u{201c}Clear browsing data\u{201d} or similar).",
    ));
    if cx
        .model
        .categories
        .iter()
        .any(|c| c.is_required() && c.status != Status::NotUsed)
    {
        out.push(para(
            "If you block strictly necessary cookies, parts of the site may not work.",
        ));
    }
    if !p.browser_help.is_empty() {
        out.push(para("How to manage cookies in your browser:"));
        out.push(Block::List(
            p.browser_help
                .iter()
                .map(|b| {
                    let (name, url) = words::browser(b.value);
                    vec![Inline::Link {
                        text: name.into(),
                        href: url.into(),
                    }]
                })
                .collect(),
        ));
    }
    if !p.learn_more.is_empty() {
        out.push(para("To find out more about cookies, visit:"));
        out.push(Block::List(
            p.learn_more
                .iter()
                .map(|u| {
                    vec![Inline::Link {
                        text: u.value.clone(),
                        href: u.value.clone(),
                    }]
                })
                .collect(),
        ));
    }
    out
}

fn changes(cx: &Ctx) -> Vec<Block> {
    let mut s = String::from("We may update this Cookie Policy from time to time, for example when we start using new cookies.");
    for c in &cx.model.policy.changes {
        s.push(' ');
        s.push_str(words::change_notice(c.value));
    }
    vec![h2("changes", "Changes to this policy"), para(s)]
}

fn contact(cx: &Ctx) -> Vec<Block> {
    let p = &cx.model.policy;
    let mut out = vec![
        h2("contact", "Contact"),
        para("If you have questions about our use of cookies, please contact:"),
    ];
    let mut lines: Vec<Inlines> = vec![vec![Inline::text(p.controller.value.clone())]];
    if let Some(a) = &p.address {
        lines.push(vec![Inline::text(a.value.clone())]);
    }
    lines.push(vec![
        Inline::text("Email: "),
        Inline::Link {
            text: p.email.value.clone(),
            href: format!("mailto:{}", p.email.value),
        },
    ]);
    if let Some(w) = &p.website {
        lines.push(vec![
            Inline::text("Website: "),
            Inline::Link {
                text: w.value.clone(),
                href: w.value.clone(),
            },
        ]);
    }
    out.push(Block::List(lines));
    out
}
