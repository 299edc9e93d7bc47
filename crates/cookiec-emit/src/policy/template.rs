//! HTML page templates: `{{name}}` placeholders, documented in
//! `docs/outputs.md`.
//!
//! | placeholder | value | escaped |
//! |---|---|---|
//! | `{{lang}}` | language tag of the page | yes |
//! | `{{title}}` | "<service> Cookie Policy" | yes |
//! | `{{style}}` | the default stylesheet (CSS) | no (built in) |
//! | `{{content}}` | the policy as HTML | no (already safe HTML) |
//!
//! An unknown placeholder is an error, so a typo does not silently publish
//! `{{contnet}}`. A template must contain `{{content}}`.

use super::html::escape;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Lit(String),
    Lang,
    Title,
    Style,
    Content,
}

/// A parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pieces: Vec<Piece>,
}

impl Template {
    pub fn parse(src: &str) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut rest = src;
        let mut line = 1;
        let mut has_content = false;
        while let Some(open) = rest.find("{{") {
            let (lit, after) = rest.split_at(open);
            line += lit.matches('\n').count();
            pieces.push(Piece::Lit(lit.to_string()));
            let Some(close) = after.find("}}") else {
                return Err(format!("line {line}: `{{{{` is not closed by `}}}}`"));
            };
            let name = after.get(2..close).unwrap_or("").trim();
            pieces.push(match name {
                "lang" => Piece::Lang,
                "title" => Piece::Title,
                "style" => Piece::Style,
                "content" => {
                    has_content = true;
                    Piece::Content
                }
                other => {
                    return Err(format!(
                        "line {line}: unknown placeholder `{{{{{other}}}}}` (known: lang, title, style, content)"
                    ))
                }
            });
            rest = after.get(close + 2..).unwrap_or("");
        }
        pieces.push(Piece::Lit(rest.to_string()));
        if !has_content {
            return Err("the template has no `{{content}}` placeholder".to_string());
        }
        Ok(Template { pieces })
    }

    pub fn fill(&self, lang: &str, title: &str, style: &str, content: &str) -> String {
        let mut out = String::new();
        for p in &self.pieces {
            match p {
                Piece::Lit(s) => out.push_str(s),
                Piece::Lang => out.push_str(&escape(lang)),
                Piece::Title => out.push_str(&escape(title)),
                Piece::Style => out.push_str(style),
                Piece::Content => out.push_str(content),
            }
        }
        out
    }
}

impl Default for Template {
    fn default() -> Self {
        // The built-in template is a constant known to parse; fall back to
        // a bare content template rather than panicking.
        Template::parse(super::html::DEFAULT_TEMPLATE).unwrap_or(Template {
            pieces: vec![Piece::Content],
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn fills_and_escapes() {
        let t =
            Template::parse("<html lang=\"{{lang}}\"><title>{{ title }}</title>{{content}}</html>")
                .unwrap();
        assert_eq!(
            t.fill("en", "A & <B>", "", "<p>x</p>"),
            "<html lang=\"en\"><title>A &amp; &lt;B&gt;</title><p>x</p></html>"
        );
    }

    #[test]
    fn rejects_unknown_and_missing_placeholders() {
        assert!(Template::parse("{{contnet}}").is_err_and(|e| e.contains("contnet")));
        assert!(Template::parse("<p>{{title}}</p>").is_err_and(|e| e.contains("content")));
        assert!(Template::parse("{{content").is_err());
        assert_eq!(Template::default().pieces.len(), 9);
    }
}
