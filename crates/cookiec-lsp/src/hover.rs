//! Hover: keyword documentation from the schema, the summary of a
//! referenced category or provider, a lifetime normalised to seconds, the
//! catalog entry of a well-known cookie, an enum value's or a code's doc.

use crate::catalog::catalog;
use crate::documents::Document;
use cookiec_check::model::{ConsentMode, Duration, LifetimeKind, Model, Region};
use cookiec_check::names::{Names, SymbolKind};
use cookiec_check::schema::LifetimeFlag;
use cookiec_check::schema::{self, ValueType};
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::{Node, Value, ValueKind};
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

pub fn hover(doc: &Document, pos: Position) -> Option<Hover> {
    let offset = doc.offset(pos);
    let analysis = doc.analysis();
    let path = analysis.file.node_path_at(offset);
    let node = *path.last()?;
    let (markdown, span) = if node.name.span.contains(offset) {
        (name_doc(&path)?, node.name.span)
    } else {
        let value = value_at(&node.values, offset)?;
        value_doc(doc, &path, value, offset)?
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(doc.range(span)),
    })
}

fn value_at(values: &[Value], offset: usize) -> Option<&Value> {
    values
        .iter()
        .find(|v| v.span.contains(offset))
        .and_then(|v| match &v.kind {
            ValueKind::List(items) => value_at(items, offset),
            _ => Some(v),
        })
}

/// Documentation of the keyword that names `path`'s last node.
fn name_doc(path: &[&Node]) -> Option<String> {
    match path {
        [decl] => schema::declaration(&decl.name.name)
            .map(|d| format!("**`{}`** (declaration)\n\n{}", d.keyword, d.doc)),
        [decl, field] => {
            let f = schema::field(&decl.name.name, &field.name.name)?;
            Some(format!(
                "**`{}`**: {}\n\n{}",
                f.name,
                f.ty.describe(),
                f.doc
            ))
        }
        [.., key] => schema::enum_value_doc(Region::NAMES, &key.name.name)
            .map(|d| format!("**`{}`**: {d}", key.name.name))
            .or_else(|| {
                Some(format!(
                    "**`{}`**: the text in this language",
                    key.name.name
                ))
            }),
        [] => None,
    }
}

/// The documentation of the value under the cursor and the span it covers.
fn value_doc(
    doc: &Document,
    path: &[&Node],
    value: &Value,
    offset: usize,
) -> Option<(String, Span)> {
    let analysis = doc.analysis();
    let names = analysis.names();
    if let Some(o) = names.at(offset) {
        return symbol_summary(&analysis.model, o.kind, &o.name, doc, names).map(|s| (s, o.span));
    }
    let field_ty = match path {
        [decl, field] => schema::field(&decl.name.name, &field.name.name).map(|f| f.ty),
        _ => None,
    };
    if matches!(field_ty, Some(ValueType::Lifetime | ValueType::Duration)) {
        if let Some(node) = path.last() {
            if let (Some(first), Some(last)) = (node.values.first(), node.values.last()) {
                let span = first.span.to(last.span);
                if let Some(text) = lifetime_doc(&analysis.model, span) {
                    return Some((text, span));
                }
            }
        }
    }
    if let ([decl], ValueKind::String(s)) = (path, &value.kind) {
        if schema::is_item(&decl.name.name) {
            let cat = catalog();
            let kind = match decl.name.name.as_str() {
                "local-storage" => cookiec_catalog::EntryKind::LocalStorage,
                "session-storage" => cookiec_catalog::EntryKind::SessionStorage,
                _ => cookiec_catalog::EntryKind::Cookie,
            };
            return cat
                .lookup_kind(kind, &s.value)
                .map(|c| (c.markdown(cat), value.span));
        }
    }
    if let ValueKind::Ident(word) = &value.kind {
        if matches!(
            field_ty,
            Some(ValueType::Code) | Some(ValueType::List(ValueType::Code))
        ) {
            return cookiec_check::codes::find(word).map(|c| {
                (
                    format!("**{}** `{}`: {}\n\n{}", c.code, c.name, c.summary, c.doc),
                    value.span,
                )
            });
        }
        let values = match field_ty {
            Some(ValueType::Enum(v)) => v,
            Some(ValueType::List(ValueType::Enum(v))) => *v,
            Some(ValueType::PerRegion(ValueType::Enum(v))) => *v,
            // A value inside `consent { eu opt-in }`.
            None if path.len() > 2 => match path
                .get(1)
                .and_then(|f| schema::field(&path[0].name.name, &f.name.name))
                .map(|f| f.ty)
            {
                Some(ValueType::PerRegion(ValueType::Enum(v))) => v,
                _ => ConsentMode::NAMES,
            },
            _ => return None,
        };
        return schema::enum_value_doc(values, word)
            .map(|d| (format!("**`{word}`**: {d}"), value.span));
    }
    None
}

fn symbol_summary(
    model: &Model,
    kind: SymbolKind,
    id: &str,
    doc: &Document,
    names: &Names,
) -> Option<String> {
    let lang = model.policy.default_lang();
    let line = |span: Span| doc.position(span.start).line + 1;
    match kind {
        SymbolKind::Category => {
            let c = model.categories.iter().find(|c| c.id.value == id)?;
            let mut s = format!("**category `{id}`**: {}\n\n", c.title.get(lang, lang));
            if let Some(d) = &c.description {
                s.push_str(&format!("{}\n\n", d.get(lang, lang)));
            }
            let modes: Vec<String> = c
                .consent
                .iter()
                .map(|(r, m)| format!("{} {}", r.as_str(), m.value.as_str()))
                .collect();
            s.push_str(&format!("- consent: {}\n", modes.join(", ")));
            let used = model
                .items
                .iter()
                .filter(|i| i.category.value == id)
                .count();
            s.push_str(&format!(
                "- items: {used}\n- declared on line {}",
                line(c.id.span)
            ));
            Some(s)
        }
        SymbolKind::Provider => {
            if id == cookiec_check::model::FIRST_PARTY {
                return Some("**provider `first-party`** (built in): the site itself.".into());
            }
            let p = model.providers.iter().find(|p| p.id.value == id)?;
            let mut s = format!("**provider `{id}`**: {}\n\n", p.name.value);
            if let Some(d) = &p.purpose {
                s.push_str(&format!("{}\n\n", d.get(lang, lang)));
            }
            if !p.roles.is_empty() {
                let roles: Vec<&str> = p.roles.iter().map(|r| r.value.as_str()).collect();
                s.push_str(&format!("- role: {}\n", roles.join(", ")));
            }
            if let Some(url) = &p.privacy {
                s.push_str(&format!("- privacy: <{}>\n", url.value));
            }
            let used = model
                .items
                .iter()
                .filter(|i| i.provider.value == id)
                .count();
            s.push_str(&format!(
                "- items: {used}\n- declared on line {}",
                line(p.id.span)
            ));
            Some(s)
        }
        SymbolKind::Section => {
            let def = names.definition(kind, id)?;
            Some(format!(
                "**section `{id}`**, declared on line {}",
                line(def.span)
            ))
        }
    }
}

/// The lifetime or duration the checker lowered from the values at `span`,
/// normalised to seconds (month = 30 days, year = 365 days, as the checker
/// counts), or a lifetime word explained. Read from the model, so hover
/// and the checker cannot disagree about what a lifetime means.
fn lifetime_doc(model: &Model, span: Span) -> Option<String> {
    let lifetime = model
        .items
        .iter()
        .filter_map(|i| i.lifetime.as_ref())
        .find(|l| l.span == span);
    if let Some(l) = lifetime {
        if let Some(word) = l.kind.word() {
            return Some(format!("**{}**: {}", word.as_str(), word.doc()));
        }
        let LifetimeKind::Fixed { duration } = &l.kind else {
            return None;
        };
        let flags = [
            (l.sliding, LifetimeFlag::Sliding),
            (l.configurable, LifetimeFlag::Configurable),
        ];
        let mut s = duration_doc(duration);
        for (_, flag) in flags.iter().filter(|(on, _)| *on) {
            s.push_str(&format!("\n\n{}", flag.doc()));
        }
        return Some(s);
    }
    let c = &model.consent;
    let per_region = [&c.renew_after, &c.reprompt_after_refusal]
        .into_iter()
        .flatten()
        .flat_map(|p| p.values());
    c.record_lifetime
        .iter()
        .chain(per_region)
        .find(|d| d.span == span)
        .map(duration_doc)
}

/// `**7 days = 604 800 s** (7 days)`.
fn duration_doc(d: &Duration) -> String {
    let words: Vec<String> = d
        .parts
        .iter()
        .map(|(n, u)| {
            let (one, many) = u.words();
            format!("{n} {}", if *n == 1 { one } else { many })
        })
        .collect();
    let mut s = format!("**{} = {} s**", words.join(" "), group_thousands(d.seconds));
    if d.seconds >= 86_400 {
        s.push_str(&format!(" ({} days)", group_thousands(d.seconds / 86_400)));
    }
    s
}

/// `604800` → `604 800`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let head = digits.len() % 3;
    let mut parts: Vec<&str> = Vec::new();
    if head > 0 {
        parts.push(digits.get(..head).unwrap_or(""));
    }
    let tail = digits.get(head..).unwrap_or("");
    parts.extend(
        tail.as_bytes()
            .chunks(3)
            .map(|c| std::str::from_utf8(c).unwrap_or("")),
    );
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn thousands_are_grouped_by_spaces() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1_000), "1 000");
        assert_eq!(group_thousands(604_800), "604 800");
        assert_eq!(group_thousands(63_072_000), "63 072 000");
    }
}
