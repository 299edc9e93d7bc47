//! The human policy as a [`Doc`]: which sections exist, in which order, and
//! what they say, for one language. Renderers only decide the syntax; the
//! generated wording comes from the language's messages ([`Words`]).

use super::provider_facts;
use crate::doc::{Block, Doc, Inline, Inlines};
use crate::lex::{self, Arg, Piece, Words};
use crate::{common, words};
use cookiec_check::model::{
    Category, ConsentMode, ExemptionGround, GeneratedSection, Item, ItemKind, Model, NamePattern,
    Region, SignalResponse, Status,
};
use cookiec_check::ValidModel;

/// Ties a model to the language being rendered.
struct Ctx<'a> {
    model: &'a ValidModel,
    lang: &'a str,
    default_lang: &'a str,
    w: Words,
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
            return self
                .w
                .fmt("first-party", &[("service", Arg::Text(self.service()))]);
        }
        self.model
            .provider_named(id)
            .map(|p| provider_facts::display_name(&self.w, p))
            .unwrap_or_else(|| id.to_string())
    }
}

/// The page title in `lang`.
pub fn title(model: &Model, lang: &str) -> String {
    lex::words(lang).fmt(
        "policy-title",
        &[("service", Arg::Text(&model.policy.service.value))],
    )
}

/// The policy document for `lang`.
pub fn outline(model: &ValidModel, lang: &str) -> Doc {
    let cx = Ctx {
        model,
        lang,
        default_lang: model.policy.default_lang(),
        w: lex::words(lang),
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
            GeneratedSection::UsPrivacy => us_privacy(&cx),
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

fn labelled(w: &Words, label: &str, rest: Inlines) -> Block {
    let label = w.get(label);
    let mut v = vec![Inline::Strong(
        w.fmt("label", &[("label", Arg::Text(&label))]),
    )];
    if !rest.is_empty() {
        v.push(Inline::text(" "));
    }
    v.extend(rest);
    Block::Para(v)
}

/// Message `id` with its [`Arg::Slot`] replaced by inline content (a
/// link, a code span).
fn with_inline(w: &Words, id: &str, args: &[(&str, Arg)], inline: Inline) -> Inlines {
    let mut inline = Some(inline);
    w.pieces(id, args)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Text(t) => Some(Inline::Text(t)),
            Piece::Slot(_) => inline.take(),
        })
        .collect()
}

fn link(text: &str, href: &str) -> Inline {
    Inline::Link {
        text: text.to_string(),
        href: href.to_string(),
    }
}

fn intro(cx: &Ctx) -> Vec<Block> {
    let (p, w) = (&cx.model.policy, &cx.w);
    let mut out = Vec::new();
    for (label, date) in [("last-updated", &p.updated), ("effective", &p.effective)] {
        if let Some(d) = date {
            let time = Inline::Time {
                iso: words::iso_date(d.value),
                text: words::date(w, d.value),
            };
            out.push(labelled(w, label, vec![time]));
        }
    }
    if let Some(r) = &p.reference {
        out.push(labelled(
            w,
            "reference",
            vec![Inline::text(r.value.clone())],
        ));
    }
    let service = ("service", Arg::Text(cx.service()));
    match (&p.summary, &p.website) {
        (Some(s), _) => out.push(para(cx.t(s))),
        (None, Some(site)) => out.push(Block::Para(with_inline(
            w,
            "intro-site",
            &[service, ("site", Arg::Slot)],
            link(&site.value, &site.value),
        ))),
        (None, None) => out.push(para(w.fmt("intro-no-site", &[service]))),
    }
    if let Some(controller) = p.controller.as_ref().filter(|c| c.value != p.service.value) {
        let controller = controller.value.trim_end_matches('.');
        out.push(para(w.fmt(
            "operated-by",
            &[service, ("controller", Arg::Text(controller))],
        )));
    }
    if let Some(pp) = &p.privacy_policy {
        out.push(Block::Para(with_inline(
            w,
            "read-with",
            &[("link", Arg::Slot)],
            link(&w.get("privacy-policy"), &pp.value),
        )));
    }
    out
}

fn what_are_cookies(cx: &Ctx) -> Vec<Block> {
    let w = &cx.w;
    let mut out = vec![
        h2("what-are-cookies", &w.get("h-what")),
        para(w.get("what")),
    ];
    let mut kinds: Vec<ItemKind> = Vec::new();
    for it in &cx.model.items {
        if it.kind != ItemKind::Cookie && !kinds.contains(&it.kind) {
            kinds.push(it.kind);
        }
    }
    kinds.sort();
    if !kinds.is_empty() {
        out.push(para(w.get("besides")));
        out.push(Block::List(
            kinds
                .iter()
                .map(|k| vec![Inline::text(words::kind_explained(w, *k))])
                .collect(),
        ));
    }
    out
}

/// "Always active ..." or "In California: active unless you opt out;
/// everywhere else: used only after you opt in."
fn consent_sentence(w: &Words, c: &Category) -> String {
    let default = c.consent_in(Region::Default);
    let others: Vec<(Region, ConsentMode)> = c
        .consent
        .iter()
        .filter(|(r, _)| **r != Region::Default)
        .map(|(r, m)| (*r, m.value))
        .filter(|(_, m)| *m != default)
        .collect();
    let in_region = |r: Region, m: ConsentMode| {
        let (r, m) = (words::region(w, r), words::consent_mode(w, m));
        w.fmt(
            "consent-in-region",
            &[("region", Arg::Text(&r)), ("mode", Arg::Text(&m))],
        )
    };
    let mut s = if others.is_empty() {
        words::consent_mode(w, default)
    } else {
        let mut parts: Vec<String> = others.iter().map(|(r, m)| in_region(*r, *m)).collect();
        parts.push(in_region(Region::Default, default));
        parts
            .into_iter()
            .reduce(|a, b| w.fmt("consent-and", &[("a", Arg::Text(&a)), ("b", Arg::Text(&b))]))
            .unwrap_or_default()
    };
    s = capitalise(&s);
    s.push('.');
    s
}

fn categories(cx: &Ctx) -> Vec<Block> {
    let w = &cx.w;
    let mut out = vec![h2("categories", &w.get("h-categories"))];
    let (used, unused): (Vec<&Category>, Vec<&Category>) = cx
        .model
        .categories
        .iter()
        .partition(|c| c.status != Status::NotUsed);
    if used.is_empty() {
        out.push(para(w.get("no-categories")));
    }
    for c in used {
        out.push(h3(&format!("category-{}", c.id.value), cx.t(&c.title)));
        if let Some(d) = &c.description {
            out.push(para(cx.t(d)));
        }
        if c.status == Status::MayUse {
            out.push(para(w.get("may-use-category")));
        }
        out.push(labelled(
            w,
            "consent",
            vec![Inline::text(consent_sentence(w, c))],
        ));
        if let Some(basis) = legal_basis(cx, c) {
            out.push(labelled(w, "legal-basis", vec![Inline::text(basis)]));
        }
        if let Some(p) = &c.purposes {
            let list = p.get(cx.lang, cx.default_lang);
            if !list.is_empty() {
                out.push(labelled(w, "purposes", vec![]));
                out.push(Block::List(
                    list.iter().map(|s| vec![Inline::text(s.clone())]).collect(),
                ));
            }
        }
        if let Some(b) = &c.if_blocked {
            out.push(labelled(w, "if-blocked", vec![Inline::text(cx.t(b))]));
        }
        if let Some(x) = &c.excludes {
            out.push(labelled(w, "never-contain", vec![Inline::text(cx.t(x))]));
        }
    }
    if !unused.is_empty() {
        out.push(h3("categories-not-used", &w.get("h-not-used")));
        for c in unused {
            let mut v = with_inline(
                w,
                "category-not-used",
                &[("title", Arg::Slot)],
                Inline::Strong(cx.t(&c.title).to_string()),
            );
            if let Some(d) = &c.description {
                v.push(Inline::text(format!(" {}", cx.t(d))));
            }
            out.push(Block::Para(v));
        }
    }
    out
}

/// A glob in words: "every name ending in “_key”", or, for other shapes,
/// what `*` stands for.
fn glob_note(w: &Words, glob: &str, kind: (&str, Arg)) -> Inline {
    let text = match glob.strip_prefix('*') {
        Some(suffix) if !suffix.is_empty() && !suffix.contains('*') => {
            w.fmt("glob-suffix-note", &[("suffix", Arg::Text(suffix)), kind])
        }
        _ => w.fmt("glob-note", &[kind]),
    };
    Inline::text(format!(" {text}"))
}

/// "your consent (Art. 6(1)(a) GDPR, § 25(1) TDDDG)": the category's
/// `legal-basis` and `legal-provision`, either or both.
fn legal_basis(cx: &Ctx, c: &Category) -> Option<String> {
    let w = &cx.w;
    let basis = c
        .legal_basis
        .as_ref()
        .map(|b| w.get(&format!("legal-basis-{}", b.value.as_str())));
    let provision = c.legal_provision.as_ref().map(|p| cx.t(p));
    match (basis, provision) {
        (Some(b), Some(p)) => Some(w.fmt(
            "legal-basis-with-provision",
            &[("basis", Arg::Text(&b)), ("provision", Arg::Text(p))],
        )),
        (Some(b), None) => Some(b),
        (None, Some(p)) => Some(p.to_string()),
        (None, None) => None,
    }
}

/// The name cell of an item row.
fn name_cell(cx: &Ctx, it: &Item) -> Inlines {
    let w = &cx.w;
    let kind = ("kind", Arg::Key(it.kind.as_str()));
    let note = |id: &str, args: &[(&str, Arg)]| Inline::text(format!(" {}", w.fmt(id, args)));
    let mut v = match &it.name {
        NamePattern::Exact(n) => vec![Inline::Code(n.clone())],
        NamePattern::Prefix(p) => vec![
            Inline::Code(format!("{p}*")),
            note("prefix-note", &[("prefix", Arg::Text(p)), kind]),
        ],
        NamePattern::Regex(_) if it.glob.is_some() => {
            let g = it.glob.clone().unwrap_or_default();
            vec![Inline::Code(g.clone()), glob_note(w, &g, kind)]
        }
        NamePattern::Regex(r) => vec![Inline::Code(format!("/{r}/")), note("regex-note", &[kind])],
        NamePattern::Unnamed => {
            let what = it.contains.as_ref().map(|c| cx.t(c)).unwrap_or("");
            vec![Inline::text(
                w.fmt("unnamed", &[("what", Arg::Text(what)), kind]),
            )]
        }
    };
    if it.status == Status::MayUse {
        v.push(note("may-be-used", &[kind]));
    }
    v
}

/// Everything about an item that is not a column of its own, as
/// sentences: "Set only when signed in. Contains: …. Attributes: HttpOnly."
fn details(cx: &Ctx, it: &Item) -> String {
    let w = &cx.w;
    let kind = ("kind", Arg::Key(it.kind.as_str()));
    let say = |id: &str, arg: Option<(&str, Arg)>| match arg {
        Some(a) => w.fmt(id, &[a, kind]),
        None => w.fmt(id, &[kind]),
    };
    let mut d: Vec<String> = Vec::new();
    if let Some(when) = &it.when {
        d.push(say("item-set-when", Some(("when", Arg::Text(cx.t(when))))));
    }
    if it.name != NamePattern::Unnamed {
        if let Some(c) = &it.contains {
            d.push(say("item-contains", Some(("what", Arg::Text(cx.t(c))))));
        }
    }
    if let Some(v) = &it.value {
        d.push(say("item-value", Some(("what", Arg::Text(cx.t(v))))));
    }
    if let Some(x) = &it.excludes {
        d.push(say(
            "item-never-contains",
            Some(("what", Arg::Text(cx.t(x)))),
        ));
    }
    if let Some(k) = &it.keyed_by {
        d.push(say("item-keyed-by", Some(("cookie", Arg::Text(&k.value)))));
    }
    if it.kind == ItemKind::Cookie && !it.sent_to_server {
        d.push(say("item-not-sent", None));
    }
    // Only browser storage can "stay on your device": a pixel is a request
    // and a server-side session lives on the server.
    let storage = !matches!(
        it.kind,
        ItemKind::Cookie | ItemKind::Pixel | ItemKind::ServerSession
    );
    if storage {
        d.push(say(
            if it.sent_to_server {
                "item-sent"
            } else {
                "item-stays"
            },
            None,
        ));
    }
    if it.read_by_script.as_ref().is_some_and(|r| r.value) {
        d.push(say("item-read-by-script", None));
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
        let list = attrs.join(", ");
        d.push(say("item-attributes", Some(("list", Arg::Text(&list)))));
    }
    if let Some(dom) = &it.domain {
        d.push(say("item-domain", Some(("domain", Arg::Text(&dom.value)))));
    }
    if let Some(p) = &it.path {
        d.push(say("item-path", Some(("path", Arg::Text(&p.value)))));
    }
    d.extend(exemption(w, it));
    d.extend(provider_facts::third_party_domain_note(w, cx.model, it));
    sentences(&d)
}

/// "No consent needed: stores a display preference you chose
/// (user-interface customisation)": the item's `exempt` ground, worded as
/// the law's exception. Statistics are exempt in the UK only, so they get
/// a sentence of their own that says so.
fn exemption(w: &Words, it: &Item) -> Option<String> {
    let ground = it.exempt.as_ref()?.value;
    if ground == ExemptionGround::Statistics {
        return Some(w.get("item-exempt-statistics"));
    }
    let reason = w.get(&format!("exempt-ground-{}", ground.as_str()));
    Some(w.fmt("item-exempt", &[("ground", Arg::Text(&reason))]))
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

/// The column heads of the items table, in order.
pub const ITEM_COLUMNS: [&str; 7] = [
    "column-name",
    "column-kind",
    "column-category",
    "column-provider",
    "column-purpose",
    "column-lifetime",
    "column-details",
];

const THIRD_COLUMNS: [&str; 4] = [
    "third-column-provider",
    "third-column-role",
    "third-column-own-cookies",
    "third-column-privacy",
];

fn items(cx: &Ctx) -> Vec<Block> {
    let w = &cx.w;
    let mut out = vec![h2("items", &w.get("h-items"))];
    if cx.model.items.is_empty() {
        out.push(para(w.get("no-items")));
        return out;
    }
    out.push(para(w.get("items-intro")));
    let rows = ordered_items(cx.model)
        .into_iter()
        .map(|it| {
            let category = cx
                .category(&it.category.value)
                .map(|c| cx.t(&c.title).to_string())
                .unwrap_or_else(|| it.category.value.clone());
            let renewed = it.renewed_on.as_ref().map(|r| cx.t(r));
            let lifetime = match (&it.lifetime, it.kind) {
                (None, ItemKind::Pixel) => w.get("lifetime-nothing-stored"),
                (l, _) => words::lifetime_every(
                    w,
                    it.kind,
                    l.as_ref(),
                    renewed,
                    it.renewed_every.as_ref(),
                ),
            };
            vec![
                name_cell(cx, it),
                vec![Inline::text(words::kind(w, it.kind))],
                vec![Inline::text(category)],
                vec![Inline::text(cx.provider_name(&it.provider.value))],
                vec![Inline::text(cx.t(&it.purpose))],
                vec![Inline::text(lifetime)],
                vec![Inline::text(details(cx, it))],
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: w.get("items-caption"),
        head: ITEM_COLUMNS.iter().map(|id| w.get(id)).collect(),
        rows,
    });
    out
}

fn third_parties(cx: &Ctx) -> Vec<Block> {
    let w = &cx.w;
    let mut out = vec![h2("third-parties", &w.get("h-third"))];
    let providers: Vec<_> = cx
        .model
        .providers
        .iter()
        .filter(|p| p.third_party)
        .collect();
    let self_hosted = provider_facts::self_hosted_notes(w, cx.model);
    if providers.is_empty() {
        out.push(para(w.get("no-third")));
        out.extend(self_hosted.into_iter().map(para));
        return out;
    }
    out.push(para(w.get("third-intro")));
    if providers.iter().any(|p| p.status == Status::MayUse) {
        out.push(para(w.get("third-may-intro")));
    }
    let provider = [("kind", Arg::Key("provider"))];
    let rows = providers
        .iter()
        .map(|p| {
            let may = p.status == Status::MayUse;
            let mut name = p.name.value.clone();
            if p.class {
                name.push(' ');
                name.push_str(&w.fmt("any-provider", &provider));
            }
            if may {
                name.push(' ');
                name.push_str(&w.fmt("may-be-used", &provider));
            }
            if let Some(c) = &p.country {
                name.push_str(&format!(" ({})", c.value));
            }
            let mut what: Vec<String> = Vec::new();
            if !p.roles.is_empty() {
                let roles: Vec<String> = p.roles.iter().map(|r| words::role(w, r.value)).collect();
                what.push(capitalise(&roles.join(", ")));
            }
            if let Some(t) = &p.purpose {
                what.push(cx.t(t).to_string());
            }
            what.extend(provider_facts::on_behalf_of(w, cx.model, p));
            // A provider the site only may load only may set its cookies.
            let yes = w.get(if may { "may" } else { "yes" });
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
                Some(None) => yes,
                None if p.sets_own_cookies_no => w.get("third-own-no"),
                // Their items are in the table above: they do.
                None if provider_facts::has_listed_items(cx.model, p) && !may => {
                    w.get("third-own-listed")
                }
                None if provider_facts::has_listed_items(cx.model, p) => yes,
                None => w.get("not-stated"),
            };
            let privacy = match &p.privacy {
                Some(u) => vec![link(&u.value, &u.value)],
                None => vec![Inline::text(w.get("not-published"))],
            };
            let mut name_cell = vec![Inline::text(name)];
            if let Some(site) = &p.website {
                name_cell.push(Inline::text(" "));
                name_cell.push(link(&site.value, &site.value));
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
        caption: w.get("third-caption"),
        head: THIRD_COLUMNS.iter().map(|id| w.get(id)).collect(),
        rows,
    });
    out.extend(self_hosted.into_iter().map(para));
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
        h2("commitments", &cx.w.get("h-commitments")),
        Block::List(
            c.iter()
                .map(|c| vec![Inline::text(commitment(cx, c.value))])
                .collect(),
        ),
    ]
}

/// A commitment's sentence, "… such as Google Analytics" when the file
/// names examples of it.
fn commitment(cx: &Ctx, c: cookiec_check::model::Commitment) -> String {
    let w = &cx.w;
    let examples = &cx.model.policy.external_analytics_examples;
    if c != cookiec_check::model::Commitment::NoExternalAnalytics || examples.is_empty() {
        return words::commitment(w, c);
    }
    let names: Vec<&str> = examples.iter().map(|e| e.value.as_str()).collect();
    let list = words::or_list(w, &names);
    w.fmt(
        "commitment-no-external-analytics-such-as",
        &[("examples", Arg::Text(&list))],
    )
}

fn signals(cx: &Ctx) -> Vec<Block> {
    let (consent, w) = (&cx.model.consent, &cx.w);
    if consent.gpc.is_none() && consent.dnt.is_none() {
        return vec![];
    }
    let mut out = vec![h2("signals", &w.get("h-signals"))];
    for (signal, per_region) in [("gpc", &consent.gpc), ("dnt", &consent.dnt)] {
        let Some(p) = per_region else { continue };
        if p.is_uniform() {
            if let Some(r) = p.get(Region::Default) {
                out.push(para(signal_sentence(cx, signal, r.value)));
            }
            continue;
        }
        // Per region: "In California: We honour ...".
        out.push(para(w.get(&format!("{signal}-by-region"))));
        let lines = default_last(&p.by_region)
            .into_iter()
            .map(|(region, r)| {
                let sentence = signal_sentence(cx, signal, r.value);
                let region = words::region(w, *region);
                vec![Inline::text(capitalise(&w.fmt(
                    "in-region",
                    &[
                        ("region", Arg::Text(&region)),
                        ("text", Arg::Text(&sentence)),
                    ],
                )))]
            })
            .collect();
        out.push(Block::List(lines));
    }
    if common::opt_out_shown(cx.model) {
        out.push(para(w.get("signal-shown")));
    }
    out
}

/// The policy's sentence for one signal response.
fn signal_sentence(cx: &Ctx, signal: &str, response: SignalResponse) -> String {
    let w = &cx.w;
    match response {
        SignalResponse::SaleSharing => {
            let cats = sold_titles(cx).join(", ");
            w.fmt(
                &format!("{signal}-sale-sharing"),
                &[("categories", Arg::Text(&cats))],
            )
        }
        r => w.get(&format!("{signal}-{}", r.as_str())),
    }
}

/// The titles of the categories in use that count as a sale, a sharing or
/// targeted advertising, with what they count as.
fn sold_titles(cx: &Ctx) -> Vec<String> {
    sold(cx)
        .into_iter()
        .map(|(c, uses)| {
            let uses: Vec<String> = uses
                .iter()
                .map(|u| cx.w.get(&format!("use-{}", u.as_str())))
                .collect();
            cx.w.fmt(
                "sold-category",
                &[
                    ("category", Arg::Text(cx.t(&c.title))),
                    ("uses", Arg::Text(&uses.join(", "))),
                ],
            )
        })
        .collect()
}

fn sold<'a>(cx: &Ctx<'a>) -> Vec<(&'a Category, Vec<cookiec_check::model::UsPrivacyUse>)> {
    cx.model
        .categories
        .iter()
        .filter(|c| c.status != Status::NotUsed && !c.is_required())
        .map(|c| (c, cx.model.counts_as(&c.id.value)))
        .filter(|(_, uses)| !uses.is_empty())
        .collect()
}

/// "Your US state privacy rights", when the policy covers a US region:
/// what is sold, shared or used for targeted advertising, per state how it
/// is used before a choice and how a signal is treated, and how to opt out.
fn us_privacy(cx: &Ctx) -> Vec<Block> {
    let w = &cx.w;
    let states: Vec<Region> = common::regions(cx.model)
        .into_iter()
        .filter(|r| r.is_us())
        .collect();
    let sold = sold(cx);
    let stated = cx.model.states_what_is_sold();
    if states.is_empty() || !stated {
        return vec![];
    }
    let mut out = vec![
        h2("us-privacy", &w.get("h-us-privacy")),
        para(w.get("us-intro")),
    ];
    if sold.is_empty() {
        out.push(para(w.get("us-not-sold")));
        return out;
    } else {
        out.push(para(w.get("us-sold")));
        out.push(Block::List(
            sold_titles(cx)
                .into_iter()
                .map(|t| vec![Inline::text(t)])
                .collect(),
        ));
        let consent = &cx.model.consent;
        let lines = states.iter().map(|r| {
            // The strictest mode among the sold categories there.
            let mode = sold
                .iter()
                .map(|(c, _)| c.consent_in(*r))
                .max_by_key(|m| crate::banner::rank(*m))
                .unwrap_or(ConsentMode::OptIn);
            let mut text = w.fmt(
                "us-state-mode",
                &[("mode", Arg::Text(&words::consent_mode(w, mode)))],
            );
            let gpc = match consent.gpc_in(*r) {
                Some(SignalResponse::Ignore) | None => "us-gpc-ignored",
                Some(_) => "us-gpc-honoured",
            };
            text.push(' ');
            text.push_str(&w.get(gpc));
            let region = words::region(w, *r);
            para(capitalise(&w.fmt(
                "in-region",
                &[("region", Arg::Text(&region)), ("text", Arg::Text(&text))],
            )))
        });
        out.extend(lines);
    }
    out.extend(opt_out_links(cx));
    out
}

/// How to opt out: the declared links with their fixed labels, leading to
/// `opt-out-url` when given.
fn opt_out_links(cx: &Ctx) -> Vec<Block> {
    let (consent, w) = (&cx.model.consent, &cx.w);
    if consent.opt_out_links.is_empty() {
        return vec![para(w.get("us-opt-out-settings"))];
    }
    consent
        .opt_out_links
        .iter()
        .map(|l| {
            let label = w.get(&format!("link-{}", l.value.as_str()));
            let inline = match &consent.opt_out_url {
                Some(u) => link(&label, &u.value),
                None => Inline::Strong(label),
            };
            Block::Para(with_inline(
                w,
                "us-opt-out-link",
                &[("link", Arg::Slot)],
                inline,
            ))
        })
        .collect()
}

/// A per-region map's entries, `default` ("everywhere else") last.
fn default_last<T>(m: &std::collections::BTreeMap<Region, T>) -> Vec<(&Region, &T)> {
    let (mut out, rest): (Vec<_>, Vec<_>) = m.iter().partition(|(r, _)| **r != Region::Default);
    out.extend(rest);
    out
}

/// One list line per region of a per-region duration: "In Italy: 6 months".
fn region_durations(
    cx: &Ctx,
    p: &cookiec_check::model::PerRegion<cookiec_check::model::Duration>,
    id: &str,
) -> Block {
    let w = &cx.w;
    Block::List(
        default_last(&p.by_region)
            .into_iter()
            .map(|(r, d)| {
                let d = words::duration_for(w, id, d);
                let region = words::region(w, *r);
                vec![Inline::text(capitalise(&w.fmt(
                    id,
                    &[("region", Arg::Text(&region)), ("d", Arg::Text(&d))],
                )))]
            })
            .collect(),
    )
}

fn manage(cx: &Ctx) -> Vec<Block> {
    let (consent, p, w) = (&cx.model.consent, &cx.model.policy, &cx.w);
    let mut out = vec![h2("manage", &w.get("h-manage"))];
    let choice = common::has_choice(cx.model);
    if common::banner_shown(consent) {
        let mut s = w.get(match (common::acknowledge_required(consent), choice) {
            (false, _) => "banner",
            (true, true) => "banner-acknowledge-choose",
            // Nothing to decline: the banner only asks for acceptance.
            (true, false) => "banner-acknowledge",
        });
        if choice && consent.reject_all.as_ref().is_some_and(|b| b.value) {
            s.push(' ');
            s.push_str(&w.get("reject-all"));
        }
        out.push(para(s));
    }
    // What declining costs, said plainly.
    match consent.cookie_wall.as_ref().map(|c| c.value) {
        Some(cookiec_check::model::CookieWall::Wall) => out.push(para(w.get("cookie-wall-wall"))),
        Some(cookiec_check::model::CookieWall::ConsentOrPay) => {
            out.push(para(w.get("cookie-wall-consent-or-pay")))
        }
        _ => {}
    }
    if !consent.withdraw.is_empty() {
        let ways = consent
            .withdraw
            .iter()
            .map(|m| match (m.value, &consent.settings_link) {
                (cookiec_check::model::WithdrawMethod::FooterLink, Some(label)) => w.fmt(
                    "withdraw-footer-link-named",
                    &[("label", Arg::Text(cx.t(label)))],
                ),
                (m, _) => words::withdraw(w, m),
            })
            .reduce(|a, b| w.fmt("withdraw-or", &[("a", Arg::Text(&a)), ("b", Arg::Text(&b))]))
            .unwrap_or_default();
        out.push(para(
            w.fmt("withdraw-sentence", &[("ways", Arg::Text(&ways))]),
        ));
    }
    if let Some(r) = &consent.record {
        let code = Inline::Code(r.value.clone());
        out.push(Block::Para(match &consent.record_lifetime {
            Some(l) => {
                let d = words::duration_for(w, "record-for", l);
                with_inline(
                    w,
                    "record-for",
                    &[("cookie", Arg::Slot), ("d", Arg::Text(&d))],
                    code,
                )
            }
            None => with_inline(w, "record", &[("cookie", Arg::Slot)], code),
        }));
    }
    let on_change = consent.renew_on_change.as_ref().is_some_and(|b| b.value);
    let with_duration = |id: &str, d| {
        let d = words::duration_for(w, id, d);
        para(w.fmt(id, &[("d", Arg::Text(&d))]))
    };
    match (&consent.renew_after, on_change) {
        (Some(p), on_change) if !p.is_uniform() => {
            let id = if on_change {
                "renew-by-region-and-change"
            } else {
                "renew-by-region"
            };
            out.push(para(w.get(id)));
            out.push(region_durations(cx, p, "renew-in-region"));
        }
        (Some(p), true) => out.extend(
            p.get(Region::Default)
                .map(|d| with_duration("renew-both", d)),
        ),
        (Some(p), false) => out.extend(
            p.get(Region::Default)
                .map(|d| with_duration("renew-after", d)),
        ),
        (None, true) => out.push(para(w.get("renew-on-change"))),
        (None, false) => {}
    }
    match &consent.reprompt_after_refusal {
        Some(p) if !p.is_uniform() => {
            out.push(para(w.get("reprompt-by-region")));
            out.push(region_durations(cx, p, "reprompt-in-region"));
        }
        Some(p) => out.extend(p.get(Region::Default).map(|d| with_duration("reprompt", d))),
        None => {}
    }
    out.push(para(w.get("browser-settings")));
    if cx
        .model
        .categories
        .iter()
        .any(|c| c.is_required() && c.status != Status::NotUsed)
    {
        out.push(para(w.get("block-required")));
    }
    if !p.browser_help.is_empty() {
        out.push(para(w.get("browser-help")));
        out.push(Block::List(
            p.browser_help
                .iter()
                .map(|b| {
                    let (name, url) = words::browser(b.value);
                    vec![link(name, url)]
                })
                .collect(),
        ));
    }
    if !p.learn_more.is_empty() {
        out.push(para(w.get("learn-more")));
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
    let mut s = cx.w.get("changes");
    for c in &cx.model.policy.changes {
        s.push(' ');
        s.push_str(&words::change_notice(&cx.w, c.value));
    }
    vec![h2("changes", &cx.w.get("h-changes")), para(s)]
}

fn contact(cx: &Ctx) -> Vec<Block> {
    let (p, w) = (&cx.model.policy, &cx.w);
    let mut out = vec![h2("contact", &w.get("h-contact")), para(w.get("contact"))];
    let mut lines: Vec<Inlines> = vec![vec![Inline::text(p.contact_name().to_string())]];
    if let Some(a) = &p.address {
        lines.push(vec![Inline::text(a.value.clone())]);
    }
    if let Some(email) = &p.email {
        lines.push(with_inline(
            w,
            "contact-email",
            &[("email", Arg::Slot)],
            link(&email.value, &format!("mailto:{}", email.value)),
        ));
    }
    if let Some(site) = &p.website {
        lines.push(with_inline(
            w,
            "contact-website",
            &[("website", Arg::Slot)],
            link(&site.value, &site.value),
        ));
    }
    out.push(Block::List(lines));
    out
}
