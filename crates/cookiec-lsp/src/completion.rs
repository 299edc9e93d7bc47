//! Context-aware completion, driven entirely by the checker's schema
//! (`cookiec_check::schema`): no keyword list lives here.
//!
//! - top level: the declarations, and the catalog's well-known cookies as
//!   complete items (the provider declaration is added when missing);
//! - in a block: the fields of that declaration not given yet;
//! - after a field name: the values its type allows (enum values, `yes`/
//!   `no`, declared categories/providers, lifetime words and units, codes);
//! - in a `consent { ... }` block: regions, then consent modes.

use crate::catalog::{catalog, CatalogCookie};
use crate::context::{context, Context, Slot};
use crate::documents::Document;
use cookiec_check::names::{Names, SymbolKind};
use cookiec_check::schema::{self, DeclSchema, FieldSchema, LabelKind, Required, ValueType};
use cookiec_diagnostics::Span;
use cookiec_syntax::ast::Node;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Documentation, InsertTextFormat,
    MarkupContent, MarkupKind, Position, TextEdit,
};

/// What the client can take.
#[derive(Clone, Copy, Debug, Default)]
pub struct CompletionCaps {
    pub snippets: bool,
}

pub fn completion(doc: &Document, pos: Position, caps: CompletionCaps) -> Vec<CompletionItem> {
    let offset = doc.offset(pos);
    let analysis = doc.analysis();
    let cx = context(&analysis.file, &doc.text, offset);
    let names = analysis.names();
    let b = Builder { doc, caps, names };
    b.complete(&cx)
}

struct Builder<'a> {
    doc: &'a Document,
    caps: CompletionCaps,
    names: &'a Names,
}

fn markdown(value: impl Into<String>) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value: value.into(),
    })
}

/// Escape `$`, `}` and `\` for snippet syntax.
fn snippet_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '$' | '}' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `"..."` literal of `s`: the syntax crate's one quoter, the inverse of
/// its lexer.
use cookiec_syntax::quote;

impl Builder<'_> {
    fn complete(&self, cx: &Context) -> Vec<CompletionItem> {
        match (&cx.slot, cx.owners.as_slice()) {
            (Slot::Nothing, _) => Vec::new(),
            (Slot::Name { prefix }, []) => {
                let mut items = self.declarations(*prefix);
                items.extend(self.catalog_items(*prefix, false));
                items
            }
            (Slot::Name { prefix }, [decl]) => self.fields(decl, *prefix),
            (Slot::Name { prefix }, [decl, field, ..]) => self.block_keys(decl, field, *prefix),
            (
                Slot::Value {
                    name, name_span, ..
                },
                [],
            ) if name == "cookie" => {
                // After `cookie `: a well-known cookie replaces the header.
                self.catalog_items(Span::new(name_span.start, cx.offset), true)
            }
            (Slot::Value { .. }, []) => Vec::new(),
            (
                Slot::Value {
                    name,
                    before,
                    prefix,
                    ..
                },
                [decl],
            ) => match schema::field(&decl.name.name, name) {
                Some(field) => self.values(&field.ty, before, *prefix),
                None => Vec::new(),
            },
            (Slot::Value { before, prefix, .. }, [decl, field, ..]) => {
                match schema::field(&decl.name.name, &field.name.name).map(|f| f.ty) {
                    Some(ValueType::PerRegion(inner)) => self.values(inner, before, *prefix),
                    _ => Vec::new(),
                }
            }
        }
    }

    fn edit(&self, span: Span, new_text: String) -> Option<CompletionTextEdit> {
        Some(CompletionTextEdit::Edit(TextEdit {
            range: self.doc.range(span),
            new_text,
        }))
    }

    /// An item replacing `prefix` by `snippet` (or `plain` without snippet
    /// support).
    fn item(
        &self,
        label: &str,
        kind: CompletionItemKind,
        prefix: Span,
        snippet: String,
        plain: String,
    ) -> CompletionItem {
        let (text, format) = if self.caps.snippets {
            (snippet, InsertTextFormat::SNIPPET)
        } else {
            (plain, InsertTextFormat::PLAIN_TEXT)
        };
        CompletionItem {
            label: label.to_string(),
            kind: Some(kind),
            text_edit: self.edit(prefix, text),
            insert_text_format: Some(format),
            ..Default::default()
        }
    }

    fn declarations(&self, prefix: Span) -> Vec<CompletionItem> {
        schema::declarations()
            .iter()
            .map(|d| {
                let label = match d.label {
                    LabelKind::None => String::new(),
                    LabelKind::Ident => " ${1:id}".to_string(),
                    LabelKind::String | LabelKind::ItemName => " \"$1\"".to_string(),
                };
                let snippet = format!("{}{label} {{\n\t$0\n}}", d.keyword);
                let mut item = self.item(
                    d.keyword,
                    CompletionItemKind::KEYWORD,
                    prefix,
                    snippet,
                    d.keyword.to_string(),
                );
                item.detail = Some("declaration".into());
                item.documentation = Some(markdown(d.doc));
                item
            })
            .collect()
    }

    fn fields(&self, decl: &Node, prefix: Span) -> Vec<CompletionItem> {
        let Some(schema) = schema::declaration(&decl.name.name) else {
            return Vec::new();
        };
        let given: Vec<&str> = decl
            .children()
            .iter()
            .filter(|c| !c.name.span.contains(prefix.start))
            .map(|c| c.name.name.as_str())
            .collect();
        schema
            .fields
            .iter()
            .filter(|f| f.name == "allow" || !given.contains(&f.name))
            .map(|f| self.field_item(schema, f, prefix))
            .collect()
    }

    fn field_item(&self, decl: &DeclSchema, f: &FieldSchema, prefix: Span) -> CompletionItem {
        let snippet = format!("{} {}", f.name, self.value_snippet(&f.ty));
        let mut item = self.item(
            f.name,
            CompletionItemKind::FIELD,
            prefix,
            snippet.trim_end().to_string(),
            f.name.to_string(),
        );
        let required = match f.required {
            Required::Yes => " (required)",
            Required::CookieOnly if decl.keyword == "cookie" => " (required)",
            _ => "",
        };
        item.detail = Some(format!("{}{}", f.ty.describe(), required));
        item.documentation = Some(markdown(f.doc));
        // Required fields first.
        item.sort_text = Some(format!(
            "{}{}",
            if required.is_empty() { 1 } else { 0 },
            f.name
        ));
        item
    }

    /// The snippet after a field name for its type.
    fn value_snippet(&self, ty: &ValueType) -> String {
        match ty {
            ValueType::Bool => String::new(),
            ValueType::Text
            | ValueType::String
            | ValueType::Email
            | ValueType::Url
            | ValueType::TextOrBool => "\"$1\"".into(),
            ValueType::TextList | ValueType::List(_) => "[$1]".into(),
            ValueType::Enum(values) => choice(values.iter().copied()),
            ValueType::PerRegion(inner) => self.value_snippet(inner),
            ValueType::Ref(kind) => {
                let kind = match kind {
                    schema::RefKind::Category => SymbolKind::Category,
                    schema::RefKind::Provider => SymbolKind::Provider,
                };
                let ids: Vec<&str> = self.names.declared(kind).map(|o| o.name.as_str()).collect();
                if ids.is_empty() {
                    "${1:id}".into()
                } else {
                    choice(ids.into_iter())
                }
            }
            ValueType::Lifetime => "${1:1 year}".into(),
            ValueType::Duration => "${1:1 year}".into(),
            ValueType::Date => "${1:2026-01}".into(),
            ValueType::Lang => "${1:en}".into(),
            ValueType::Regex => "/$1/".into(),
            ValueType::Code => "$1".into(),
            ValueType::Number { .. } => "$1".into(),
        }
    }

    /// Keys of a nested block: regions in `consent { }`, the declared
    /// languages in a translated text.
    fn block_keys(&self, decl: &Node, field: &Node, prefix: Span) -> Vec<CompletionItem> {
        let given: Vec<&str> = field
            .children()
            .iter()
            .map(|c| c.name.name.as_str())
            .collect();
        let ty = schema::field(&decl.name.name, &field.name.name).map(|f| f.ty);
        let keys: Vec<String> = match ty {
            Some(ValueType::PerRegion(_)) => cookiec_check::model::Region::NAMES
                .iter()
                .map(|s| s.to_string())
                .collect(),
            Some(ValueType::Text | ValueType::TextList) => self.languages(),
            _ => return Vec::new(),
        };
        keys.into_iter()
            .filter(|k| !given.contains(&k.as_str()))
            .map(|k| {
                let mut item = self.item(
                    &k,
                    CompletionItemKind::PROPERTY,
                    prefix,
                    format!("{k} "),
                    format!("{k} "),
                );
                if let Some(d) = schema::enum_value_doc(cookiec_check::model::Region::NAMES, &k) {
                    item.documentation = Some(markdown(d));
                }
                item
            })
            .collect()
    }

    /// The policy's declared languages (default `en`).
    fn languages(&self) -> Vec<String> {
        let model = &self.doc.analysis().model;
        let langs: Vec<String> = model.policy.language_tags();
        if langs.is_empty() {
            vec!["en".into()]
        } else {
            langs
        }
    }

    fn values(&self, ty: &ValueType, before: &[String], prefix: Span) -> Vec<CompletionItem> {
        let simple =
            |label: &str, kind: CompletionItemKind, doc: Option<String>, detail: Option<String>| {
                let mut item = self.item(label, kind, prefix, label.to_string(), label.to_string());
                item.documentation = doc.map(markdown);
                item.detail = detail;
                item
            };
        let enum_items = |values: &[&str]| -> Vec<CompletionItem> {
            values
                .iter()
                .filter(|v| !before.iter().any(|b| b == *v))
                .map(|v| {
                    simple(
                        v,
                        CompletionItemKind::ENUM_MEMBER,
                        schema::enum_value_doc(values, v).map(str::to_string),
                        None,
                    )
                })
                .collect()
        };
        match ty {
            ValueType::Enum(values) => enum_items(values),
            ValueType::PerRegion(inner) => self.values(inner, before, prefix),
            ValueType::Bool | ValueType::TextOrBool => enum_items(&["yes", "no"]),
            ValueType::List(inner) => self.values(inner, before, prefix),
            ValueType::Ref(kind) => {
                let kind = match kind {
                    schema::RefKind::Category => SymbolKind::Category,
                    schema::RefKind::Provider => SymbolKind::Provider,
                };
                let mut items: Vec<CompletionItem> = self
                    .names
                    .declared(kind)
                    .map(|o| {
                        let detail = self.summary_line(kind, &o.name);
                        simple(&o.name, CompletionItemKind::REFERENCE, None, detail)
                    })
                    .collect();
                if kind == SymbolKind::Provider && !items.iter().any(|i| i.label == "first-party") {
                    items.push(simple(
                        "first-party",
                        CompletionItemKind::REFERENCE,
                        None,
                        Some("built in: the site itself".into()),
                    ));
                }
                items
            }
            ValueType::Lifetime | ValueType::Duration => {
                let after_number = before
                    .last()
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
                if after_number {
                    let plural = before.last().is_some_and(|w| w != "1");
                    schema::unit_words()
                        .iter()
                        .filter(|u| u.ends_with('s') == plural)
                        .map(|u| simple(u, CompletionItemKind::UNIT, None, None))
                        .collect()
                } else if matches!(ty, ValueType::Lifetime) {
                    let mut words: Vec<&str> = Vec::new();
                    if before.is_empty() {
                        words.extend_from_slice(schema::LifetimeWord::NAMES);
                    }
                    words.extend_from_slice(schema::LifetimeFlag::NAMES);
                    enum_items(&words)
                } else {
                    Vec::new()
                }
            }
            ValueType::Lang => self
                .languages()
                .iter()
                .filter(|l| !before.contains(l))
                .map(|l| simple(l, CompletionItemKind::CONSTANT, None, None))
                .collect(),
            // Only codes `allow`/`deny` accept (not build or formatter ones).
            ValueType::Code => cookiec_check::codes::all()
                .filter(|c| c.stage.is_checked())
                .map(|c| {
                    simple(
                        c.code,
                        CompletionItemKind::CONSTANT,
                        Some(c.doc.to_string()),
                        Some(format!("{}: {}", c.name, c.summary)),
                    )
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// "Analytics (opt-in)" for a category, the display name for a provider.
    fn summary_line(&self, kind: SymbolKind, id: &str) -> Option<String> {
        let model = &self.doc.analysis().model;
        let lang = model.policy.default_lang();
        match kind {
            SymbolKind::Category => model.categories.iter().find(|c| c.id.value == id).map(|c| {
                let mode = c.consent_in(cookiec_check::model::Region::Default).as_str();
                format!("{} ({mode})", c.title.get(lang, lang))
            }),
            SymbolKind::Provider => model
                .providers
                .iter()
                .find(|p| p.id.value == id)
                .map(|p| p.name.value.clone()),
            SymbolKind::Section => None,
        }
    }

    /// The catalog's cookies as complete `cookie` declarations replacing
    /// `replace`. A missing provider declaration is appended to the file.
    /// `after_keyword`: the replaced text starts with `cookie "`, which the
    /// client filters against, so the filter text starts the same way.
    fn catalog_items(&self, replace: Span, after_keyword: bool) -> Vec<CompletionItem> {
        let cat = catalog();
        cat.cookies
            .iter()
            // After `cookie `, storage keys would change the keyword.
            .filter(|c| !after_keyword || c.kind == cookiec_catalog::EntryKind::Cookie)
            .map(|c| self.catalog_item(c, replace, after_keyword))
            .collect()
    }

    fn catalog_item(
        &self,
        c: &CatalogCookie,
        replace: Span,
        after_keyword: bool,
    ) -> CompletionItem {
        let cat = catalog();
        let categories: Vec<&str> = self
            .names
            .declared(SymbolKind::Category)
            .map(|o| o.name.as_str())
            .collect();
        let category = if categories.is_empty() {
            format!("${{1:{}}}", snippet_escape(&c.category))
        } else {
            // The catalog's suggestion first when declared.
            let mut ordered: Vec<&str> = categories
                .iter()
                .copied()
                .filter(|k| *k == c.category)
                .collect();
            ordered.extend(categories.iter().copied().filter(|k| *k != c.category));
            choice(ordered.into_iter())
        };
        let provider_declared = self
            .names
            .definition(SymbolKind::Provider, &c.provider)
            .is_some();
        let lifetime = c
            .lifetime
            .as_deref()
            .map(|l| format!("\tlifetime {l}\n"))
            .unwrap_or_default();
        // The cookie prefixes require their attributes (SPEC002, SPEC003).
        let lifetime = if c.name.starts_with("__Host-") {
            format!("{lifetime}\tsecure yes\n\tpath \"/\"\n")
        } else if c.name.starts_with("__Secure-") {
            format!("{lifetime}\tsecure yes\n")
        } else {
            lifetime
        };
        let body = |cat_text: &str, esc: fn(&str) -> String| {
            format!(
                "{} {} {{\n\tcategory {cat_text}\n\tprovider {}\n\tpurpose {}\n{lifetime}}}",
                c.kind.keyword(),
                esc(&quote(&c.name)),
                c.provider,
                esc(&quote(&c.purpose)),
            )
        };
        let snippet = format!("{}$0", body(&category, snippet_escape));
        let plain = body(&c.category, |s| s.to_string());
        let mut item = self.item(
            &c.name,
            CompletionItemKind::SNIPPET,
            replace,
            snippet,
            plain,
        );
        item.detail = Some(format!(
            "well-known cookie · {}",
            cat.provider(&c.provider)
                .map(|p| p.name.as_str())
                .unwrap_or(&c.provider)
        ));
        item.documentation = Some(markdown(c.markdown(cat)));
        item.filter_text = Some(if after_keyword {
            format!("cookie {}", quote(&c.name))
        } else {
            c.name.clone()
        });
        item.sort_text = Some(format!("~{}", c.name));
        if !provider_declared {
            if let Some(p) = cat.provider(&c.provider) {
                let end = self.doc.text.len();
                let lead = if self.doc.text.ends_with('\n') || self.doc.text.is_empty() {
                    "\n"
                } else {
                    "\n\n"
                };
                // The site's own software (a CMS, a banner) has no country.
                let country = if p.country.is_empty() {
                    String::new()
                } else {
                    format!("\tcountry {}\n", quote(&p.country))
                };
                let decl = format!(
                    "{lead}provider {} {{\n\tname {}\n\trole {}\n\tprivacy {}\n{country}}}\n",
                    p.id,
                    quote(&p.name),
                    p.role,
                    quote(&p.privacy),
                );
                item.additional_text_edits = Some(vec![TextEdit {
                    range: self.doc.range(Span::point(end)),
                    new_text: decl,
                }]);
            }
        }
        item
    }
}

/// `${1|a,b,c|}` (commas, pipes and backslashes escaped).
fn choice<'s>(values: impl Iterator<Item = &'s str>) -> String {
    let parts: Vec<String> = values
        .map(|v| {
            v.replace('\\', "\\\\")
                .replace(',', "\\,")
                .replace('|', "\\|")
        })
        .collect();
    if parts.is_empty() {
        "$1".into()
    } else {
        format!("${{1|{}|}}", parts.join(","))
    }
}
