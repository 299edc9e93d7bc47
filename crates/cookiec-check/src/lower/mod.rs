//! Lowering: syntax tree → typed [`Model`], with the checker's diagnostics.
//!
//! Best effort: a model is built even from a broken file (the language
//! server needs one), missing values take defaults, and each mistake is
//! reported once (no cascades: an unknown field does not also make a
//! required field "missing", a duplicate declaration is checked but not
//! added to the model).

mod category;
mod consent;
mod contradictions;
pub(crate) mod cx;
mod entries;
mod fields;
mod item;
mod label;
mod lint;
mod overlap;
mod per_region;
mod policy;
mod provider;
mod resolve;
mod section;
mod text;
mod time;
mod values;

use crate::codes;
use crate::model::{ItemKind, Model, Provider, Spanned, Status, FIRST_PARTY};
use crate::schema::{self, DeclSchema, LabelKind};
use cookiec_diagnostics::{Diagnostic, Edit, Fix, Span};
use cookiec_syntax::ast::{Node, SourceFile};
use cx::{did_you_mean, Cx};
use fields::Fields;
use label::Label;
use rustc_hash::FxHashMap as HashMap;

/// Stand-in schema for lookups that cannot fail (every keyword dispatched
/// here is in the tables).
pub(crate) static EMPTY: DeclSchema = DeclSchema {
    keyword: "",
    label: LabelKind::None,
    doc: "",
    fields: &[],
};

/// Lower a parsed file. `src` is the text `file` was parsed from.
/// `syntax` holds the spans of the lexer's and parser's diagnostics: a
/// declaration containing one is not reported for missing fields (they may
/// be what the syntax error swallowed).
pub(crate) fn lower(src: &str, file: &SourceFile, syntax: &[Span]) -> (Model, Vec<Diagnostic>) {
    let mut l = Lowering {
        syntax,
        cx: Cx::new(src),
        // Nearly every declaration of a large file is an item: reserve
        // once rather than let the vector double past it (an `Item` is
        // most of a kilobyte).
        model: Model {
            items: Vec::with_capacity(file.nodes.len()),
            ..Model::default()
        },
        first: HashMap::default(),
        have_policy: false,
    };
    // The policy first: its languages govern every text in the file.
    for node in file.nodes.iter().filter(|n| n.name.name == "policy") {
        l.declaration(node);
    }
    for node in file.nodes.iter().filter(|n| n.name.name != "policy") {
        l.declaration(node);
    }
    if !l.have_policy {
        l.cx.push(missing_policy(file));
    }
    let mut model = l.model;
    model.providers.insert(0, first_party(&model));
    let mut cx = l.cx;
    cx.finish_langs();
    cx.resolve(&model);
    cx.overlaps(&model.items);
    cx.contradictions(&model);
    (model, cx.diags)
}

/// The built-in first-party provider: the site itself.
fn first_party(model: &Model) -> Provider {
    Provider {
        id: Spanned::new(FIRST_PARTY.to_string(), Span::default()),
        name: model.policy.service.clone(),
        roles: Vec::new(),
        purpose: None,
        privacy: model.policy.privacy_policy.clone(),
        website: model.policy.website.clone(),
        sets_own_cookies: None,
        sets_own_cookies_no: false,
        class: false,
        country: None,
        third_party: false,
        self_hosted: false,
        on_behalf_of: None,
        status: Status::InUse,
        span: Span::default(),
    }
}

fn missing_policy(file: &SourceFile) -> Diagnostic {
    let span = file
        .nodes
        .first()
        .map(|n| n.name.span)
        .unwrap_or(Span::point(0));
    let skeleton = "policy \"TODO: service name\" {\n  controller \"TODO: legal entity\"\n  email \"privacy@example.com\"\n}\n\n";
    Diagnostic::error(codes::MISSING_POLICY, "this file has no `policy` declaration", span)
        .with_label("expected a `policy` declaration in this file")
        .with_help("every .cookies file starts with `policy \"<service>\" { controller \"...\"  email \"...\" }`")
        .with_fix(Fix::unsafe_(
            "add a `policy` declaration",
            vec![Edit {
                span: Span::point(0),
                replacement: skeleton.to_string(),
            }],
        ))
}

struct Lowering<'a> {
    syntax: &'a [Span],
    cx: Cx<'a>,
    model: Model,
    /// Uniqueness key → the span of the first declaration with that key.
    first: HashMap<(&'static str, String), Span>,
    have_policy: bool,
}

impl Lowering<'_> {
    fn declaration(&mut self, node: &Node) {
        let keyword = node.name.name.as_str();
        let Some(schema) = schema::declaration(keyword) else {
            self.cx.push(unknown_declaration(node));
            return;
        };
        let label = self.cx.label(node, schema);
        let header_broken = node
            .values
            .iter()
            .any(|v| matches!(v.kind, cookiec_syntax::ast::ValueKind::Error));
        if node.block.is_none() && !header_broken {
            self.cx.push(
                Diagnostic::error(
                    codes::WRONG_ARITY,
                    format!("`{keyword}` needs a block of fields"),
                    node.header_span(),
                )
                .with_label("expected `{ ... }` after this")
                .with_help(format!(
                    "write the fields in braces: `{} {{ ... }}`",
                    node.header_span().slice(self.cx.src)
                )),
            );
        }
        // A declaration whose id is unusable is checked but not added to the
        // model; one without a block is added (items may refer to it) but
        // counts as used, so its one mistake is its one diagnostic.
        let keep = !(matches!(label, Label::Bad) && schema.label == LabelKind::Ident);
        if node.block.is_none() {
            if let Label::Id(id) = &label {
                self.cx.extra_uses.push(id.value.clone());
            }
        }
        if keyword == "policy" {
            self.have_policy = true;
        }
        let unique = self.unique(node, schema, &label) && keep;
        // Missing fields of a declaration without a block are implied by
        // the E221 above, and those of a never-closed block (E106) may just
        // be cut off: keep them quiet.
        let diags_before = self.cx.diags.len();
        self.lower_kind(node, schema, label, unique);
        let syntax_inside = self.syntax.iter().any(|s| node.span.contains_span(*s));
        if syntax_inside || node.block.as_ref().is_none_or(|b| b.close.is_none()) {
            let added = self
                .cx
                .diags
                .split_off(diags_before.min(self.cx.diags.len()));
            self.cx
                .diags
                .extend(added.into_iter().filter(|d| d.code != codes::MISSING_FIELD));
        }
    }

    /// E207 for a second declaration with the same key; true when first.
    fn unique(&mut self, node: &Node, schema: &'static DeclSchema, label: &Label) -> bool {
        let kw = schema.keyword;
        let (key, span) = match label {
            Label::None if matches!(kw, "consent" | "lint") => (String::new(), node.name.span),
            Label::Name(_) if kw == "policy" => (String::new(), node.name.span),
            Label::Id(id) => (id.value.clone(), id.span),
            Label::Item(name, span) => match name {
                crate::model::NamePattern::Unnamed => return true,
                _ => (span.slice(self.cx.src).to_string(), *span),
            },
            _ => return true,
        };
        match self.first.get(&(kw, key.clone())) {
            Some(first) => {
                let what = if key.is_empty() {
                    format!("`{kw}`")
                } else {
                    format!("`{kw} {key}`")
                };
                self.cx.push(
                    Diagnostic::error(
                        codes::DUPLICATE_DECLARATION,
                        format!("{what} is declared twice"),
                        span,
                    )
                    .with_label("declared again here")
                    .with_secondary(*first, "first declared here")
                    .with_help(match kw {
                        "policy" | "consent" | "lint" => {
                            format!("a file has at most one `{kw}`: merge the two")
                        }
                        _ => format!(
                            "ids of each `{kw}` must be unique: merge the two or rename one"
                        ),
                    }),
                );
                false
            }
            None => {
                self.first.insert((kw, key), span);
                true
            }
        }
    }

    fn lower_kind(&mut self, node: &Node, schema: &'static DeclSchema, label: Label, unique: bool) {
        let cx = &mut self.cx;
        let m = &mut self.model;
        let allows: Vec<crate::model::Suppression> = match (schema.keyword, label) {
            ("policy", label) => {
                let service = match label {
                    Label::Name(s) => s,
                    _ => Spanned::new(String::new(), node.name.span),
                };
                let (p, f) = policy::lower(cx, node, service);
                if unique {
                    m.policy = p;
                }
                take(f)
            }
            ("category", label) => {
                let id = id_or_default(label, node);
                let (c, f) = category::lower(cx, node, id);
                if unique {
                    m.categories.push(c);
                }
                take(f)
            }
            ("provider", label) => {
                let id = id_or_default(label, node);
                let (p, f) = provider::lower(cx, node, id);
                if unique {
                    m.providers.push(p);
                }
                take(f)
            }
            ("section", label) => {
                let id = id_or_default(label, node);
                let (s, f) = section::lower(cx, node, id);
                if unique {
                    m.sections.push(s);
                }
                take(f)
            }
            ("consent", _) => {
                let (c, f) = consent::lower(cx, node);
                if unique {
                    m.consent = c;
                }
                take(f)
            }
            ("lint", _) => {
                let l = lint::lower(cx, node);
                if unique {
                    m.lint.jurisdictions = l.jurisdictions;
                    m.lint.allow = l.allow;
                    m.lint.deny = l.deny;
                }
                Vec::new()
            }
            (kw, label) => {
                let Some(kind) = ItemKind::parse(kw) else {
                    return;
                };
                let (name, span) = match label {
                    Label::Item(name, span) => (name, span),
                    _ => (crate::model::NamePattern::Unnamed, node.name.span),
                };
                let (item, f) = item::lower(cx, node, kind, name, span);
                if unique {
                    m.items.push(item);
                } else {
                    cx.extra_uses.push(item.category.value);
                    cx.extra_uses.push(item.provider.value);
                }
                take(f)
            }
        };
        m.lint.suppressions.extend(allows);
    }
}

fn take(f: Fields<'_>) -> Vec<crate::model::Suppression> {
    f.allows
}

fn id_or_default(label: Label, node: &Node) -> Spanned<String> {
    match label {
        Label::Id(id) => id,
        _ => Spanned::new(String::new(), node.name.span),
    }
}

fn unknown_declaration(node: &Node) -> Diagnostic {
    let name = node.name.name.as_str();
    let keywords = schema::declarations().iter().map(|d| d.keyword);
    let mut d = Diagnostic::error(
        codes::UNKNOWN_DECLARATION,
        format!("unknown declaration `{name}`"),
        node.name.span,
    )
    .with_label("not a declaration");
    if let Some(s) = did_you_mean(name, keywords) {
        d = d
            .with_help(format!("did you mean `{s}`?"))
            .with_fix(Fix::replace(
                format!("replace with `{s}`"),
                node.name.span,
                s,
                true,
            ));
    } else if schema::declarations()
        .iter()
        .any(|decl| decl.fields.iter().any(|f| f.name == name))
    {
        d = d.with_help(format!(
            "`{name}` is a field: write it inside a declaration's block"
        ));
    } else {
        let all: Vec<&str> = schema::declarations().iter().map(|d| d.keyword).collect();
        d = d.with_help(format!("declarations: {}", all.join(", ")));
    }
    d
}
