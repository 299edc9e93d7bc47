//! Declaration labels (`category <id>`, `policy "<name>"`, `cookie
//! "<name>"`, ...): E220 for the wrong kind, E221 for extra values.

use super::cx::{is_ident, quote, Cx};
use crate::codes;
use crate::model::{NamePattern, NameRegex, Spanned, FIRST_PARTY};
use crate::schema::{DeclSchema, LabelKind};
use cookiec_diagnostics::{Diagnostic, Fix, Span};
use cookiec_syntax::ast::{Node, ValueKind};

/// A declaration's label after checking.
pub(crate) enum Label {
    None,
    Id(Spanned<String>),
    Name(Spanned<String>),
    Item(NamePattern, Span),
    /// Missing or unusable (already reported).
    Bad,
}

impl Cx<'_> {
    pub fn label(&mut self, decl: &Node, schema: &DeclSchema) -> Label {
        let kw = schema.keyword;
        if kw == "provider" && self.provider_name_in_label(decl) {
            // Reported; the id is still the first value.
        } else if decl.values.len() > 1 && schema.label != LabelKind::None {
            self.too_many(decl, 1, &format!("`{kw}` takes one label before its block"));
        }
        let first = decl.values.first();
        if first.is_some_and(|v| matches!(v.kind, ValueKind::Error)) {
            return Label::Bad;
        }
        match (schema.label, first) {
            (LabelKind::None, None) => Label::None,
            (LabelKind::None, Some(v)) => {
                let last = decl.values.last().map(|l| l.span).unwrap_or(v.span);
                let span = v.span.to(last);
                let remove = Span::new(decl.name.span.end, span.end);
                self.push(
                    Diagnostic::error(codes::BAD_LABEL, format!("`{kw}` takes no label"), span)
                        .with_label("unexpected label")
                        .with_help(format!("write `{kw} {{ ... }}`"))
                        .with_fix(Fix::replace("remove the label", remove, "", true)),
                );
                Label::None
            }
            (_, None) => {
                if schema.label == LabelKind::ItemName {
                    return Label::Item(NamePattern::Unnamed, decl.name.span);
                }
                let what = if schema.label == LabelKind::Ident {
                    "an id"
                } else {
                    "the service name"
                };
                let example = if schema.label == LabelKind::Ident {
                    format!("`{kw} analytics {{ ... }}`")
                } else {
                    format!("`{kw} \"Example\" {{ ... }}`")
                };
                self.push(
                    Diagnostic::error(
                        codes::BAD_LABEL,
                        format!("`{kw}` needs {what}"),
                        decl.name.span,
                    )
                    .with_label(format!("expected {what} after `{kw}`"))
                    .with_help(format!("write {example}")),
                );
                Label::Bad
            }
            (LabelKind::Ident, Some(v)) => match &v.kind {
                ValueKind::Ident(id) if kw == "provider" && id == FIRST_PARTY => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            "`first-party` is built in and cannot be redeclared",
                            v.span,
                        )
                        .with_label("built-in provider")
                        .with_help("items without `provider` are first-party; declare third parties under their own id"),
                    );
                    Label::Bad
                }
                ValueKind::Ident(id) => Label::Id(Spanned::new(id.clone(), v.span)),
                ValueKind::String(s) => {
                    let mut d = Diagnostic::error(
                        codes::BAD_LABEL,
                        format!("the id of a `{kw}` is a name, not a string"),
                        v.span,
                    )
                    .with_label("quoted");
                    if is_ident(&s.value) {
                        d = d.with_help(format!("write `{kw} {}`", s.value)).with_fix(
                            Fix::replace("remove the quotes", v.span, s.value.clone(), true),
                        );
                        self.push(d);
                        // Best effort: keep the id so references resolve.
                        Label::Id(Spanned::new(s.value.clone(), v.span))
                    } else {
                        self.push(d.with_help(
                            "ids are letters, digits, `-` and `_`, starting with a letter",
                        ));
                        Label::Bad
                    }
                }
                _ => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!("expected an id after `{kw}`, found {}", v.kind_name()),
                            v.span,
                        )
                        .with_label("not an id"),
                    );
                    Label::Bad
                }
            },
            (LabelKind::String, Some(v)) => match &v.kind {
                ValueKind::String(s) if !s.value.trim().is_empty() => {
                    Label::Name(Spanned::new(s.value.clone(), v.span))
                }
                ValueKind::Ident(_) | ValueKind::Number(_) => {
                    let text = v.span.slice(self.src).to_string();
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!("the name of a `{kw}` is a string"),
                            v.span,
                        )
                        .with_label("not quoted")
                        .with_help(format!("write `{kw} {}`", quote(&text)))
                        .with_fix(Fix::replace(
                            "add quotes",
                            v.span,
                            quote(&text),
                            true,
                        )),
                    );
                    Label::Name(Spanned::new(text, v.span))
                }
                _ => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!("expected the name of the `{kw}` as a non-empty string"),
                            v.span,
                        )
                        .with_label("not a name"),
                    );
                    Label::Bad
                }
            },
            (LabelKind::ItemName, Some(v)) => match &v.kind {
                ValueKind::String(s) if !s.value.is_empty() => match glob(&s.value) {
                    Ok(name) => Label::Item(name, v.span),
                    Err(e) => {
                        self.invalid_regex(&e, v.span);
                        Label::Item(NamePattern::Unnamed, v.span)
                    }
                },
                ValueKind::Regex(r) => match NameRegex::new(r) {
                    Ok(re) => Label::Item(NamePattern::Regex(re), v.span),
                    Err(e) => {
                        self.invalid_regex(&e, v.span);
                        Label::Item(NamePattern::Unnamed, v.span)
                    }
                },
                ValueKind::Ident(id) => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!("the name of a `{kw}` is written in quotes"),
                            v.span,
                        )
                        .with_label("not quoted")
                        .with_help(format!("write `{kw} \"{id}\"`"))
                        .with_fix(Fix::replace(
                            "add quotes",
                            v.span,
                            quote(id),
                            true,
                        )),
                    );
                    Label::Item(NamePattern::Exact(id.clone()), v.span)
                }
                ValueKind::String(_) => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!("the name of this `{kw}` is empty"),
                            v.span,
                        )
                        .with_label("empty name")
                        .with_help(format!("write the name between the quotes (`{kw} \"session_id\"`), or leave the label out for an item without a published name (`{kw} {{ ... contains \"...\" }}`)")),
                    );
                    Label::Bad
                }
                _ => {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_LABEL,
                            format!(
                                "expected the item's name (a string, glob or /regex/), found {}",
                                v.kind_name()
                            ),
                            v.span,
                        )
                        .with_label("not a name"),
                    );
                    Label::Bad
                }
            },
        }
    }
}

impl Cx<'_> {
    /// `provider stripe "Stripe" { ... }`: the display name written as a
    /// second label. One E221 (with a fix moving it into `name`), and the
    /// name is used, so `name` is not also reported missing.
    fn provider_name_in_label(&mut self, decl: &Node) -> bool {
        let [id, name] = decl.values.as_slice() else {
            return false;
        };
        let ValueKind::String(s) = &name.kind else {
            return false;
        };
        self.implied.push("name");
        self.label_name = Some(Spanned::new(s.value.clone(), name.span));
        let mut d = Diagnostic::error(
            codes::WRONG_ARITY,
            "a provider's display name is a field, not a second label",
            name.span,
        )
        .with_label("display name")
        .with_help(format!(
            "write `provider {} {{ name {} ... }}`",
            id.span.slice(self.src),
            quote(&s.value)
        ));
        if let Some(insert) = self.first_line_of_block(decl) {
            d = d.with_fix(Fix::safe(
                "move it into `name`",
                vec![
                    cookiec_diagnostics::Edit {
                        span: Span::new(id.span.end, name.span.end),
                        replacement: String::new(),
                    },
                    cookiec_diagnostics::Edit {
                        span: Span::point(insert.0),
                        replacement: format!("{}name {}\n", insert.1, quote(&s.value)),
                    },
                ],
            ));
        }
        self.push(d);
        true
    }

    /// Where a new first field goes: the start of the line after `{`, and
    /// the indentation to use (when `{` ends its line).
    fn first_line_of_block(&self, decl: &Node) -> Option<(usize, String)> {
        let block = decl.block.as_ref()?;
        let rest = self.src.get(block.open.end..)?;
        let nl = rest.find('\n')?;
        if !rest.get(..nl)?.trim().is_empty() {
            return None;
        }
        let at = block.open.end + nl + 1;
        let indent = match decl.children().first() {
            Some(c) => {
                let start = self
                    .src
                    .get(..c.span.start)?
                    .rfind('\n')
                    .map(|i| i + 1)
                    .unwrap_or(0);
                self.src.get(start..c.span.start)?.to_string()
            }
            None => "  ".to_string(),
        };
        Some((at, indent))
    }
}

/// The last line of a regex error (the message without the echoed pattern).
fn regex_error_line(e: &regex::Error) -> String {
    let text = e.to_string();
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().trim_start_matches("error: ").to_string())
        .unwrap_or(text)
}

/// An item name: exact, a glob with one trailing `*` (prefix), or a glob
/// with stars elsewhere (turned into an anchored regex).
impl Cx<'_> {
    fn invalid_regex(&mut self, e: &regex::Error, span: Span) {
        self.push(
            Diagnostic::error(
                codes::INVALID_REGEX,
                "this regular expression does not compile",
                span,
            )
            .with_label(regex_error_line(e))
            .with_help(
                "the syntax is that of the Rust `regex` crate (no look-around or back-references)",
            ),
        );
    }
}

/// Only the regex size limit can refuse a glob (a name of megabytes).
pub(crate) fn glob(name: &str) -> Result<NamePattern, regex::Error> {
    if !name.contains('*') {
        return Ok(NamePattern::Exact(name.to_string()));
    }
    if let Some(prefix) = name.strip_suffix('*') {
        if !prefix.contains('*') {
            return Ok(NamePattern::Prefix(prefix.to_string()));
        }
    }
    let parts: Vec<String> = name.split('*').map(regex::escape).collect();
    NameRegex::new(&format!("^{}$", parts.join(".*"))).map(NamePattern::Regex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(s: &str) -> NamePattern {
        NamePattern::Regex(NameRegex::new(s).expect("a valid regex"))
    }

    #[test]
    fn globs() {
        assert_eq!(glob("sid").ok(), Some(NamePattern::Exact("sid".into())));
        assert_eq!(glob("_ga_*").ok(), Some(NamePattern::Prefix("_ga_".into())));
        assert_eq!(glob("*_session").ok(), Some(re("^.*_session$")));
        assert_eq!(glob("a.*").ok(), Some(NamePattern::Prefix("a.".into())));
        assert_eq!(glob("a*b*").ok(), Some(re("^a.*b.*$")));
    }
}
