//! Hostile input straight into the emitter (bypassing the checker, which
//! would refuse most of it): nothing may reach a header rule, and the HTML
//! must stay inert.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::*;
use cookiec_diagnostics::Span;
use cookiec_emit::{emit, EmitError, Options};
use std::collections::BTreeMap;

const XSS: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

fn s(v: &str) -> Spanned<String> {
    Spanned::new(v.to_string(), Span::new(0, 1))
}

/// A valid URL (the model holds no other: `javascript:` cannot be one)
/// whose path still carries markup every output must escape.
fn url(path: &str) -> Spanned<WebUrl> {
    let url = WebUrl::parse(&format!("https://h.example/{path}")).unwrap();
    Spanned::new(url, Span::new(0, 1))
}

fn text(v: &str) -> Text {
    Text {
        by_lang: LangMap::from([(LangTag::english(), v.to_string())]),
        span: Span::default(),
    }
}

fn item(name: NamePattern) -> Item {
    Item {
        kind: ItemKind::Cookie,
        name,
        name_span: Span::new(10, 20),
        category: s("ads"),
        provider: s("evil"),
        purpose: text(XSS),
        lifetime: None,
        renewed_on: None,
        contains: Some(text(XSS)),
        excludes: Some(text(XSS)),
        sent_to_server: true,
        when: Some(text(XSS)),
        status: Status::InUse,
        domain: None,
        path: None,
        http_only: None,
        secure: Some(Spanned::new(true, Span::default())),
        same_site: None,
        partitioned: None,
        read_by_script: None,
        keyed_by: None,
        renewed_every: None,
        value: None,
        glob: None,
        exempt: None,
        counts_as: vec![],
        allows: vec![],
        span: Span::default(),
    }
}

fn hostile_model() -> Model {
    let mut m = Model::default();
    m.policy.service = s(XSS);
    m.policy.controller = Some(s(XSS));
    // A quoted local part may hold markup and still be an address.
    let email = EmailAddress::parse("\"<script>alert(3)</script>\"@b.example").unwrap();
    m.policy.email = Some(Spanned::new(email, Span::new(0, 1)));
    m.policy.website = Some(url("\"><script>alert(4)</script>"));
    m.policy.privacy_policy = Some(url("'><img/src=x/onerror=alert(5)>"));
    m.policy.languages = vec![Spanned::new(LangTag::english(), Span::new(0, 1))];
    m.policy.learn_more = vec![url("<script>alert(7)</script>")];
    m.policy.summary = Some(text(XSS));
    m.categories.push(Category {
        id: s("ads\"><b>x"),
        title: text(XSS),
        description: Some(text(XSS)),
        consent: BTreeMap::from([(
            Region::Default,
            Spanned::new(ConsentMode::OptIn, Span::default()),
        )]),
        purposes: None,
        if_blocked: Some(text(XSS)),
        excludes: None,
        status: Status::InUse,
        google_consent: vec![],
        tcf_purposes: vec![],
        legal_basis: None,
        legal_provision: None,
        counts_as: vec![],
        span: Span::default(),
    });
    m.providers.push(Provider {
        id: s("evil"),
        name: s(XSS),
        roles: vec![],
        purpose: Some(text(XSS)),
        privacy: Some(url("\"onmouseover=alert(8)")),
        website: None,
        sets_own_cookies: Some(Some(text(XSS))),
        class: false,
        country: None,
        third_party: true,
        self_hosted: false,
        sets_own_cookies_no: false,
        on_behalf_of: None,
        status: Status::MayUse,
        span: Span::default(),
    });
    m.items.push(item(NamePattern::Exact("safe_name".into())));
    m.sections.push(Section {
        id: s("x"),
        title: text(XSS),
        body: text(
            "# Heading <script>alert(9)</script>\n\n<img src=x onerror=alert(10)>\n\n\
             [click](javascript:alert(11)) [data](data:text/html;base64,PHNjcmlwdD4=) \
             ![img](javascript:alert(12)) <javascript:alert(13)> [ref][r]\n\n\
             <a href=\"javascript:alert(14)\">raw</a>\n\n[r]: jav&#x61;script:alert(15)\n",
        ),
        after: None,
        span: Span::default(),
    });
    m
}

fn outputs(m: &Model) -> Vec<(String, String)> {
    emit(&valid(m), &Options::default())
        .unwrap()
        .into_iter()
        .map(|o| (o.name, String::from_utf8(o.contents).unwrap()))
        .collect()
}

/// Every link target of a real `<a>` element in `html` (escaped text
/// such as `&lt;a href="..."` is not an element).
fn hrefs(html: &str) -> Vec<String> {
    html.split("<a href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn hostile_strings_render_inert_in_html() {
    let m = hostile_model();
    for (name, out) in outputs(&m) {
        if !name.ends_with(".html") {
            continue;
        }
        let lower = out.to_ascii_lowercase();
        // The only tags are the generator's: no script, img or raw <a>.
        assert!(!lower.contains("<script"), "{name}: script tag\n{out}");
        assert!(!lower.contains("<img"), "{name}: img tag\n{out}");
        assert!(!lower.contains("<b>"), "{name}: injected tag");
        for h in hrefs(&out) {
            let h = h.to_ascii_lowercase().replace("&#x61;", "a");
            assert!(
                h.starts_with("https:")
                    || h.starts_with("http:")
                    || h.starts_with("mailto:")
                    || h.starts_with('#'),
                "{name}: unsafe href {h:?}"
            );
        }
        // Attribute values cannot be broken out of: the quote is escaped.
        assert!(
            out.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"),
            "{name}: quote not escaped"
        );
        assert!(
            out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "the text is shown, escaped"
        );
    }
}

#[test]
fn hostile_strings_render_inert_in_markdown() {
    let m = hostile_model();
    let md = outputs(&m)
        .into_iter()
        .find(|(n, _)| n.ends_with(".md"))
        .unwrap()
        .1;
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{md}\n---\n{html}");
    assert!(!lower.contains("<img"), "{html}");
    for h in hrefs(&html) {
        assert!(
            !h.to_ascii_lowercase().contains("script:") && !h.starts_with("data:"),
            "unsafe href {h:?}"
        );
    }
}

#[test]
fn header_unsafe_names_and_attributes_are_refused() {
    let cases: Vec<(Item, &str)> = vec![
        (item(NamePattern::Exact("sid;Domain=evil".into())), "E301"),
        (
            item(NamePattern::Exact("sid\r\nSet-Cookie: a=b".into())),
            "E301",
        ),
        (item(NamePattern::Exact("a,b".into())), "E301"),
        (item(NamePattern::Prefix("p x".into())), "E301"),
        (
            Item {
                path: Some(s("/; Domain=evil.example")),
                ..item(NamePattern::Exact("ok".into()))
            },
            "E302",
        ),
        (
            Item {
                domain: Some(s("a.example\r\nX-Evil: 1")),
                ..item(NamePattern::Exact("ok".into()))
            },
            "E302",
        ),
        (
            Item {
                keyed_by: Some(s("k;v")),
                ..item(NamePattern::Exact("ok".into()))
            },
            "E301",
        ),
    ];
    for (it, code) in cases {
        let mut m = hostile_model();
        m.items = vec![it.clone()];
        match emit(&valid(&m), &Options::default()) {
            Err(EmitError::Diagnostics(d)) => {
                assert!(
                    d.iter().any(|d| d.code == code && d.is_error()),
                    "{code} for {it:?}: {d:?}"
                )
            }
            other => panic!("expected {code} for {:?}, got {other:?}", it.name),
        }
    }
    let mut m = hostile_model();
    m.consent.record = Some(s("consent\nx"));
    assert!(matches!(
        emit(&valid(&m), &Options::default()),
        Err(EmitError::Diagnostics(_))
    ));
}

#[test]
fn header_rules_only_carry_token_names() {
    let m = hostile_model();
    let out = outputs(&m);
    let headers = &out
        .iter()
        .find(|(n, _)| n == "cookiec.headers.json")
        .unwrap()
        .1;
    let v: serde_json::Value = serde_json::from_str(headers).unwrap();
    let expire = v["cookies"][0]["when_not_consented"]["expire"][0]
        .as_str()
        .unwrap();
    assert_eq!(expire, "safe_name=; Max-Age=0; Path=/; Secure");
    let nginx = &out.iter().find(|(n, _)| n == "nginx.conf").unwrap().1;
    assert!(
        nginx.contains("proxy_cookie_flags safe_name secure;\n"),
        "{nginx}"
    );
    // The service name is on one comment line only.
    assert!(
        nginx
            .lines()
            .all(|l| l.starts_with('#') || l.starts_with("proxy_cookie_flags ")),
        "{nginx}"
    );
}

/// The hand-made model as emitters take it: these tests feed values a
/// source file cannot produce, to test the emitters' own safety net.
fn valid(m: &Model) -> cookiec_check::ValidModel {
    cookiec_check::ValidModel::assume_checked(m.clone()).unwrap()
}
