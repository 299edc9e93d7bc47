//! `policy.<lang>.html`: a standalone, accessible page.
//!
//! Every user string goes through [`escape`]; links are only emitted for
//! safe schemes; custom sections go through [`custom::to_html`]. The
//! default page carries a Content-Security-Policy that forbids scripts, as
//! a second line of defence.

use super::custom;
use super::template::Template;
use crate::doc::{safe_href, Block, Doc, Inline};

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Copy the runs between special characters whole (most text has none).
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

/// An `id` attribute value: ids come from identifiers, but are filtered
/// anyway so that no character can leave the attribute.
fn id_attr(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

pub const STYLE: &str = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}\
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}\
h1{font-size:1.9rem;margin-top:1rem}h2{font-size:1.4rem;margin-top:2.2rem;border-bottom:1px solid #ddd}h3{font-size:1.15rem;margin-top:1.5rem}\
a{color:#0645ad}nav ul{columns:2 16rem;padding-left:1.2rem}a:focus,[tabindex]:focus{outline:3px solid #ffbf47}\
.table-wrap{overflow-x:auto}\
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}\
caption{text-align:left;font-weight:600;padding:.25rem 0}\
th,td{border:1px solid #ccc;padding:.4rem .5rem;text-align:left;vertical-align:top}\
thead th{background:#f3f3f3}tbody th{font-weight:normal}\
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f3f3;padding:0 .2rem;overflow-wrap:anywhere}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8ab4f8}thead th,code{background:#222}th,td{border-color:#444}h2{border-color:#444}}";

/// The `<main>` content of the page.
pub fn content(doc: &Doc) -> String {
    let mut out = String::new();
    let mut in_section = false;
    for b in &doc.blocks {
        match b {
            Block::Heading { level, id, text } => {
                let id = id_attr(id);
                if *level == 2 && !in_section {
                    out.push_str(&toc(doc));
                }
                if *level == 2 {
                    if in_section {
                        out.push_str("</section>\n");
                    }
                    out.push_str(&format!("<section aria-labelledby=\"{id}\">\n"));
                    in_section = true;
                }
                let level = (*level).clamp(1, 6);
                out.push_str(&format!(
                    "<h{level} id=\"{id}\">{}</h{level}>\n",
                    escape(text)
                ));
            }
            Block::Para(inl) => out.push_str(&format!("<p>{}</p>\n", inlines(inl))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", inlines(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                // A scrollable region must be reachable by keyboard.
                out.push_str(&format!(
                    "<div class=\"table-wrap\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">\n<table>\n<caption>{}</caption>\n<thead>\n<tr>",
                    escape(caption),
                    escape(caption)
                ));
                for h in head {
                    out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
                }
                out.push_str("</tr>\n</thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for (i, c) in r.iter().enumerate() {
                        if i == 0 {
                            out.push_str(&format!("<th scope=\"row\">{}</th>", inlines(c)));
                        } else {
                            out.push_str(&format!("<td>{}</td>", inlines(c)));
                        }
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n</div>\n");
            }
            Block::Markdown(body) => out.push_str(&custom::to_html(body)),
        }
    }
    if in_section {
        out.push_str("</section>\n");
    }
    out
}

/// A table of contents of the sections, placed before the first one, so
/// keyboard and screen-reader users can jump to the cookie table.
fn toc(doc: &Doc) -> String {
    let mut out = format!(
        "<nav aria-label=\"{}\">\n<ul>\n",
        escape(&crate::lex::words(&doc.lang).get("contents"))
    );
    for b in &doc.blocks {
        if let Block::Heading { level: 2, id, text } = b {
            out.push_str(&format!(
                "<li><a href=\"#{}\">{}</a></li>\n",
                id_attr(id),
                escape(text)
            ));
        }
    }
    out.push_str("</ul>\n</nav>\n");
    out
}

fn inlines(inl: &[Inline]) -> String {
    let mut out = String::new();
    for i in inl {
        match i {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Code(s) => out.push_str(&format!("<code>{}</code>", escape(s))),
            Inline::Strong(s) => out.push_str(&format!("<strong>{}</strong>", escape(s))),
            Inline::Time { iso, text } => out.push_str(&format!(
                "<time datetime=\"{}\">{}</time>",
                escape(iso),
                escape(text)
            )),
            Inline::Link { text, href } => {
                if safe_href(href) {
                    out.push_str(&format!(
                        "<a href=\"{}\">{}</a>",
                        escape(href),
                        escape(text)
                    ));
                } else {
                    out.push_str(&escape(text));
                }
            }
        }
    }
    out
}

/// The built-in page layout (a [`Template`] like a user's).
pub const DEFAULT_TEMPLATE: &str = "<!DOCTYPE html>
<html lang=\"{{lang}}\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src https:\">
<meta name=\"generator\" content=\"cookiec\">
<title>{{title}}</title>
<style>{{style}}</style>
</head>
<body>
<main>
{{content}}</main>
</body>
</html>
";

/// The whole page, through `template` (the default layout when `None`).
pub fn page(doc: &Doc, template: &Template) -> String {
    template.fill(&doc.lang, &doc.title, STYLE, &content(doc))
}
