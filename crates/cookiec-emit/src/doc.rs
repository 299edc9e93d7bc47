//! A small document tree: the policy is built once per language as a `Doc`,
//! then rendered to Markdown, HTML and plain text. Building once is what
//! guarantees the three formats carry the same facts.

/// Inline content. Every string is plain text: renderers escape it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// A name shown literally (cookie names, patterns).
    Code(String),
    Strong(String),
    /// `href` is only rendered as a link when its scheme is safe
    /// (see [`safe_href`]); otherwise the text is shown alone.
    Link {
        text: String,
        href: String,
    },
    /// A date: `iso` for machines (`<time datetime>`), `text` for readers.
    Time {
        iso: String,
        text: String,
    },
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Self {
        Inline::Text(s.into())
    }
}

pub type Inlines = Vec<Inline>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// `id` is a stable anchor (`categories`, `section-faq`).
    Heading {
        level: u8,
        id: String,
        text: String,
    },
    Para(Inlines),
    List(Vec<Inlines>),
    /// The first cell of each row is the row header (`<th scope="row">`).
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<Inlines>>,
    },
    /// A custom section body: user Markdown, sanitised by each renderer.
    Markdown(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub lang: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The plain text of inline content (for table read-back, text output and
/// captions).
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(s) | Inline::Code(s) | Inline::Strong(s) => out.push_str(s),
            Inline::Link { text, .. } => out.push_str(text),
            Inline::Time { text, .. } => out.push_str(text),
        }
    }
    out
}

/// Whether a link target may be rendered as a link: `http:`, `https:`,
/// `mailto:` or a relative reference. `javascript:`, `data:`, `vbscript:`
/// and every other scheme are refused. Control characters and whitespace
/// are ignored when looking for the scheme, as browsers do.
pub fn safe_href(href: &str) -> bool {
    let cleaned: String = href
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.find(':') {
        None => true,
        Some(colon) => {
            // A ':' after the first '/', '?' or '#' is part of a relative
            // path, not a scheme.
            let first_delim = cleaned.find(['/', '?', '#']).unwrap_or(usize::MAX);
            if colon > first_delim {
                return true;
            }
            matches!(&cleaned[..colon], "http" | "https" | "mailto")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::safe_href;

    #[test]
    fn only_web_and_mail_schemes_are_links() {
        assert!(safe_href("https://stripe.com/privacy"));
        assert!(safe_href("mailto:a@b.c"));
        assert!(safe_href("#contact"));
        assert!(safe_href("/docs/a:b"));
        assert!(!safe_href("javascript:alert(1)"));
        assert!(!safe_href(" JaVa\tScRiPt:alert(1)"));
        assert!(!safe_href("data:text/html,<script>"));
        assert!(!safe_href("vbscript:x"));
    }
}
