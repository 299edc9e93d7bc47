//! Property tests: whatever text a policy holds, the emitter does not panic,
//! the HTML contains only the generator's own elements and attributes, and
//! every link target is safe.
#![allow(clippy::unwrap_used, clippy::panic)]

use cookiec_check::model::*;
use cookiec_diagnostics::Span;
use cookiec_emit::{emit, Options};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Text built from fragments that stress every escaping layer.
fn hostile_text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        any::<char>().prop_map(|c| c.to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\"><img src=x onerror=alert(1)>".to_string()),
        Just("'><svg onload=alert(1)>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("![i](data:image/png;base64,AA)".to_string()),
        Just("<javascript:alert(1)>".to_string()),
        Just("[r]\n\n[r]: JaVa\tScRiPt:x".to_string()),
        Just("<a href=\"javascript:x\">a</a>".to_string()),
        Just("&lt;&#x3C;&amp;".to_string()),
        Just("```\n".to_string()),
        Just("\n\n# h\n".to_string()),
        Just("| a | b |\n|---|---|\n".to_string()),
        Just("{{content}}{x}".to_string()),
        Just("\\".to_string()),
        Just("*_`~".to_string()),
        Just("</td></tr></table></main>".to_string()),
        Just("<!-- ".to_string()),
        Just("]]>".to_string()),
    ];
    prop::collection::vec(fragment, 0..12).prop_map(|v| v.concat())
}

fn s(v: &str) -> Spanned<String> {
    Spanned::new(v.to_string(), Span::new(0, 1))
}

fn en() -> LangTag {
    LangTag::english()
}

/// A URL carrying the hostile text in its path. The model holds only
/// validated URLs (absolute, a host, no white space), but those may still
/// hold quotes and angle brackets, which every output must escape.
fn url(v: &str) -> Spanned<WebUrl> {
    let path: String = v.chars().filter(|c| !c.is_whitespace()).collect();
    let url = WebUrl::parse(&format!("https://h.example/{path}"))
        .or_else(|| WebUrl::parse("https://h.example/\"><script>alert(1)</script>"))
        .expect("a URL with quotes and brackets in its path is valid");
    Spanned::new(url, Span::new(0, 1))
}

/// A valid address whose quoted local part holds markup.
fn email() -> Spanned<EmailAddress> {
    let addr = EmailAddress::parse("\"<b>x</b>\"@h.example")
        .or_else(|| EmailAddress::parse("a&b@h.example"))
        .expect("an address with `&` is valid");
    Spanned::new(addr, Span::new(0, 1))
}

fn text(v: &str) -> Text {
    Text {
        by_lang: LangMap::from([(en(), v.to_string())]),
        span: Span::default(),
    }
}

fn model(t: &[String]) -> Model {
    let g = |i: usize| t[i % t.len()].as_str();
    let mut m = Model::default();
    m.policy.service = s(g(0));
    m.policy.controller = Some(s(g(1)));
    m.policy.email = Some(email());
    m.policy.address = Some(s(g(3)));
    m.policy.website = Some(url(g(4)));
    m.policy.privacy_policy = Some(url(g(5)));
    m.policy.languages = vec![Spanned::new(en(), Span::new(0, 1))];
    m.policy.reference = Some(s(g(6)));
    m.policy.learn_more = vec![url(g(7))];
    m.categories.push(Category {
        id: s("c"),
        title: text(g(8)),
        description: Some(text(g(9))),
        consent: BTreeMap::from([(
            Region::Default,
            Spanned::new(ConsentMode::OptIn, Span::default()),
        )]),
        purposes: Some(TextList {
            by_lang: LangMap::from([(en(), vec![g(10).to_string(), g(11).to_string()])]),
            span: Span::default(),
        }),
        if_blocked: Some(text(g(12))),
        excludes: Some(text(g(13))),
        status: Status::InUse,
        google_consent: vec![],
        tcf_purposes: vec![],
        legal_basis: None,
        legal_provision: None,
        counts_as: vec![],
        span: Span::default(),
    });
    m.providers.push(Provider {
        id: s("p"),
        name: s(g(14)),
        roles: vec![],
        purpose: Some(text(g(15))),
        privacy: Some(url(g(16))),
        website: Some(url(g(17))),
        sets_own_cookies: Some(Some(text(g(18)))),
        class: false,
        country: Some(s(g(19))),
        third_party: true,
        self_hosted: false,
        sets_own_cookies_no: false,
        on_behalf_of: None,
        status: Status::MayUse,
        span: Span::default(),
    });
    for (i, name) in [
        // Names must be tokens (E301, tested in hostile.rs); keep one
        // valid so every case reaches the renderers.
        NamePattern::Exact("sid".to_string()),
        // The model holds only regexes that compile: the hostile text,
        // escaped, still carries its quotes and angle brackets.
        NamePattern::Regex(
            NameRegex::new(&regex::escape(g(21))).expect("an escaped text compiles"),
        ),
        NamePattern::Unnamed,
    ]
    .into_iter()
    .enumerate()
    {
        m.items.push(Item {
            kind: ItemKind::ALL[i % ItemKind::ALL.len()],
            name,
            name_span: Span::default(),
            category: s("c"),
            provider: s("p"),
            purpose: text(g(22 + i)),
            lifetime: None,
            renewed_on: None,
            contains: Some(text(g(25))),
            excludes: Some(text(g(26))),
            sent_to_server: true,
            when: Some(text(g(27))),
            status: Status::MayUse,
            domain: None,
            path: None,
            http_only: None,
            secure: None,
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
        });
    }
    m.sections.push(Section {
        id: s("x"),
        title: text(g(28)),
        body: text(g(29)),
        after: Some(Spanned::new(GeneratedSection::Items, Span::default())),
        span: Span::default(),
    });
    m
}

const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "nav",
    "ul",
    "ol",
    "li",
    "a",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "strong",
    "em",
    "code",
    "pre",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
    "time",
    "blockquote",
    "hr",
    "br",
    "del",
];
const ATTRIBUTES: &[&str] = &[
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "id",
    "href",
    "scope",
    "aria-labelledby",
    "aria-label",
    "role",
    "tabindex",
    "class",
    "datetime",
    "title",
    "start",
    "style",
];

/// Every start tag of `html`: (element, attribute names, href value).
fn tags(html: &str) -> Vec<(String, Vec<String>, Option<String>)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() {
            let end = html[i..].find('>').map(|e| i + e).unwrap_or(b.len());
            let inner = &html[i + 1..end];
            let name: String = inner
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let mut attrs = Vec::new();
            let mut href = None;
            let mut rest = &inner[name.len()..];
            loop {
                rest = rest.trim_start();
                let key: String = rest
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '=' && *c != '/')
                    .collect();
                if key.is_empty() {
                    break;
                }
                rest = &rest[key.len()..];
                let mut value = None;
                if let Some(r) = rest.strip_prefix("=\"") {
                    let close = r.find('"').unwrap_or(r.len());
                    value = Some(r[..close].to_string());
                    rest = r.get(close + 1..).unwrap_or("");
                }
                if key == "href" || key == "src" {
                    href = value;
                }
                attrs.push(key.to_ascii_lowercase());
            }
            out.push((name.to_ascii_lowercase(), attrs, href));
            i = end;
        }
        i += 1;
    }
    out
}

/// A link target is safe when it has no scheme (relative) or an http(s)
/// or mailto scheme. Browsers ignore tabs and newlines in a scheme.
fn scheme_ok(href: &str) -> bool {
    let h: String = href
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme: String = h
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "+-.".contains(*c))
        .collect();
    if !h[scheme.len()..].starts_with(':') || scheme.is_empty() {
        return true;
    }
    matches!(scheme.as_str(), "http" | "https" | "mailto")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_text_renders_inert(t in prop::collection::vec(hostile_text(), 30)) {
        let m = model(&t);
        let outputs = match emit(&valid(&m), &Options::default()) {
            Ok(o) => o,
            Err(e) => panic!("{e}"),
        };
        for o in &outputs {
            let body = String::from_utf8(o.contents.clone()).unwrap();
            if !o.name.ends_with(".html") {
                continue;
            }
            for (el, attrs, href) in tags(&body) {
                prop_assert!(ELEMENTS.contains(&el.as_str()), "element <{el}> in\n{body}");
                for a in &attrs {
                    prop_assert!(ATTRIBUTES.contains(&a.as_str()), "attribute {a} on <{el}>");
                }
                if let Some(h) = href {
                    prop_assert!(scheme_ok(&h), "unsafe link {h:?}");
                }
            }
        }
    }
}

/// The hand-made model as emitters take it: these tests feed values a
/// source file cannot produce, to test the emitters' own safety net.
fn valid(m: &Model) -> cookiec_check::ValidModel {
    cookiec_check::ValidModel::assume_checked(m.clone()).unwrap()
}
