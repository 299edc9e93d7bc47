//! The fields of one declaration, checked against the schema: unknown
//! (E202), duplicate (E204), missing (E203), and inline
//! `allow CODE "reason"` suppressions (E218, E219).

use super::cx::{did_you_mean, quote, Cx};
use crate::codes;
use crate::model::Suppression;
use crate::schema::LifetimeWord;
use crate::schema::{self, DeclSchema, FieldSchema, Required, ValueType};
use cookiec_diagnostics::{Diagnostic, Edit, Fix, Span};
use cookiec_syntax::ast::{Node, ValueKind};

/// The fields of a declaration, first occurrence of each.
pub(crate) struct Fields<'n> {
    /// Only fields of this declaration's schema, so a field of another kind
    /// is never found. A declaration has a dozen fields at most: a scan
    /// beats hashing.
    by_name: ByName<'n>,
    pub allows: Vec<Suppression>,
    /// Fields an unknown (misspelt) field was taken for, with that node.
    pub meant: Vec<(&'static str, &'n Node)>,
}

impl<'n> Fields<'n> {
    /// The node of `field`, a constant of `schema::fields` (never a string:
    /// a field the schema lacks cannot be asked for). The item kinds share
    /// one lowering, so a field of another kind (`keyed-by` on a cookie)
    /// reads as absent: it was reported (E202) if written.
    pub fn get(&self, field: &'static FieldSchema) -> Option<&'n Node> {
        self.by_name.get(field.name)
    }
}

/// Field name → its first node, in the order written.
#[derive(Default)]
struct ByName<'n>(Vec<(&'static str, &'n Node)>);

impl<'n> ByName<'n> {
    fn get(&self, name: &str) -> Option<&'n Node> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, node)| *node)
    }

    fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Keeps the first node given for `name`.
    fn insert_first(&mut self, name: &'static str, node: &'n Node) {
        if !self.contains_key(name) {
            self.0.push((name, node));
        }
    }
}

/// What decides which fields are required on this declaration.
#[derive(Clone, Copy, Default)]
pub(crate) struct Context {
    pub is_cookie: bool,
    pub unnamed: bool,
}

impl Cx<'_> {
    pub fn fields<'n>(
        &mut self,
        decl: &'n Node,
        schema: &'static DeclSchema,
        ctx: Context,
    ) -> Fields<'n> {
        let mut by_name = ByName::default();
        let mut allows = Vec::new();
        // Required fields a misspelt field probably meant: not reported missing
        // (the E202 with its did-you-mean already says it).
        let mut meant: Vec<(&'static str, &'n Node)> = Vec::new();
        let mut broken: Vec<&'static str> = Vec::new();
        let inline_allow = schema.keyword != "lint";
        let implied = std::mem::take(&mut self.implied);
        for child in decl.children() {
            let name = child.name.name.as_str();
            if inline_allow && name == "allow" {
                if let Some(s) = self.suppression(child, decl.span) {
                    allows.push(s);
                }
                continue;
            }
            let Some(field) = schema.fields.iter().find(|f| f.name == name) else {
                if let Some(m) = self.unknown_field(child, schema) {
                    meant.push((m, child));
                }
                continue;
            };
            // `controller "X" { email "..." }`: fields of this declaration
            // nested in a field. One diagnostic; the nested fields count.
            if let Some(block) = child.block.as_ref().filter(|_| !takes_block(&field.ty)) {
                let nested: Vec<&'n Node> = block
                    .nodes
                    .iter()
                    .filter(|n| schema.fields.iter().any(|f| f.name == n.name.name))
                    .collect();
                if !nested.is_empty() {
                    self.nested_fields(child, &nested, schema);
                    for n in nested {
                        if let Some(f) = schema.fields.iter().find(|f| f.name == n.name.name) {
                            by_name.insert_first(f.name, n);
                        }
                    }
                }
            }
            if has_error(child) {
                // The lexer or parser already reported this field: count it
                // as present, check nothing more.
                broken.push(field.name);
                continue;
            }
            if let Some(first) = by_name.get(field.name) {
                self.push(
                    Diagnostic::error(
                        codes::DUPLICATE_FIELD,
                        format!("`{name}` is given twice in this `{}`", schema.keyword),
                        child.name.span,
                    )
                    .with_label("second occurrence")
                    .with_secondary(first.name.span, "first given here")
                    .with_help("remove one of them; the first one is used")
                    .with_fix(Fix::unsafe_(
                        format!("remove this `{name}`"),
                        vec![remove_line(self.src, child.span)],
                    )),
                );
                continue;
            }
            by_name.insert_first(field.name, child);
        }
        for f in schema.fields {
            let required = match f.required {
                Required::No => false,
                Required::Yes => true,
                Required::CookieOnly => ctx.is_cookie,
                Required::UnnamedOnly => ctx.unnamed,
            };
            if required
                && !by_name.contains_key(f.name)
                && !meant.iter().any(|(m, _)| *m == f.name)
                && !implied.contains(&f.name)
                && !broken.contains(&f.name)
            {
                self.missing_field(decl, schema, f);
            }
        }
        Fields {
            by_name,
            allows,
            meant,
        }
    }

    /// E221 for fields written inside another field's block, with a fix
    /// putting each on its own line when the block is on one line.
    fn nested_fields(&mut self, field: &Node, nested: &[&Node], schema: &DeclSchema) {
        let Some(block) = &field.block else { return };
        self.reported_blocks.push(block.span);
        let names: Vec<String> = nested
            .iter()
            .map(|n| format!("`{}`", n.name.name))
            .collect();
        let mut d = Diagnostic::error(
            codes::WRONG_ARITY,
            format!(
                "{} {} a field of `{}`, not of `{}`",
                names.join(", "),
                if names.len() == 1 { "is" } else { "are" },
                schema.keyword,
                field.name.name
            ),
            block.span,
        )
        .with_label(format!("inside `{}`", field.name.name))
        .with_help(format!(
            "write each field on its own line in the `{}` block",
            schema.keyword
        ));
        let one_line = !block.span.slice(self.src).contains('\n');
        let simple = nested.len() == block.nodes.len() && nested.iter().all(|n| n.block.is_none());
        if one_line && simple {
            let line_start = self
                .src
                .get(..field.span.start)
                .and_then(|s| s.rfind('\n'))
                .map(|i| i + 1)
                .unwrap_or(0);
            let indent: String = self
                .src
                .get(line_start..field.span.start)
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect();
            let lines: String = nested
                .iter()
                .map(|n| format!("\n{indent}{}", n.span.slice(self.src)))
                .collect();
            d = d.with_fix(Fix::replace(
                "put the fields on their own lines",
                Span::new(field.header_span().end, block.span.end),
                lines,
                true,
            ));
        }
        self.push(d);
    }

    /// E202; returns the field the user probably meant.
    fn unknown_field(&mut self, child: &Node, schema: &'static DeclSchema) -> Option<&'static str> {
        let name = child.name.name.as_str();
        let candidates = schema
            .fields
            .iter()
            .map(|f| f.name)
            .filter(|n| *n != "allow");
        let suggestion = did_you_mean(name, candidates);
        let mut d = Diagnostic::error(
            codes::UNKNOWN_FIELD,
            format!("`{}` has no field `{name}`", schema.keyword),
            child.name.span,
        )
        .with_label("unknown field");
        let one_per_line = super::values::fields_among(&child.values)
            .map(|f| format!(" Write one field per line (`{f}` is a field)."))
            .unwrap_or_default();
        if let Some(s) = suggestion {
            d = d
                .with_help(format!("did you mean `{s}`?{one_per_line}"))
                .with_fix(Fix::replace(
                    format!("rename to `{s}`"),
                    child.name.span,
                    s,
                    true,
                ));
        } else if schema::field("cookie", name).is_some() && schema::is_item(schema.keyword) {
            d = d.with_help(format!("`{name}` applies to cookies only"));
        } else if schema::declaration(name).is_some() {
            d = d.with_help(format!(
                "`{name}` is a declaration: write it at the top level, outside this block"
            ));
        } else {
            let names: Vec<&str> = schema.fields.iter().map(|f| f.name).collect();
            d = d.with_help(format!(
                "fields of `{}`: {}",
                schema.keyword,
                names.join(", ")
            ));
        }
        self.push(d);
        suggestion
    }

    /// E203 at the declaration header, with a fix inserting a placeholder.
    fn missing_field(&mut self, decl: &Node, schema: &'static DeclSchema, f: &FieldSchema) {
        let why = match f.required {
            Required::CookieOnly => " (required on cookies)",
            Required::UnnamedOnly => " (required when the item has no published name)",
            _ => "",
        };
        let mut d = Diagnostic::error(
            codes::MISSING_FIELD,
            format!(
                "`{}` is missing the required field `{}`{why}",
                schema.keyword, f.name
            ),
            decl.header_span(),
        )
        .with_label(format!("no `{}` here", f.name))
        .with_help(format!(
            "add {}",
            first_example(f.doc).unwrap_or_else(|| format!("`{}`", f.name))
        ));
        if let Some(edit) =
            self.insert_field_edit(decl, &format!("{} {}", f.name, placeholder(&f.ty)))
        {
            d = d.with_fix(Fix::unsafe_(format!("add `{}`", f.name), vec![edit]));
        }
        self.push(d);
    }

    /// An edit inserting `line` as the last field of `decl`'s block, when
    /// the closing brace is on its own line.
    fn insert_field_edit(&self, decl: &Node, line: &str) -> Option<Edit> {
        let block = decl.block.as_ref()?;
        let close = block.close?;
        let line_start = self.src.get(..close.start)?.rfind('\n').map(|i| i + 1)?;
        let before = self.src.get(line_start..close.start)?;
        if !before.chars().all(|c| c == ' ' || c == '\t') {
            return None;
        }
        let indent = match decl.children().first() {
            Some(c) => {
                let s = self
                    .src
                    .get(..c.span.start)?
                    .rfind('\n')
                    .map(|i| i + 1)
                    .unwrap_or(0);
                self.src.get(s..c.span.start).unwrap_or("  ").to_string()
            }
            None => format!("{before}  "),
        };
        Some(Edit {
            span: Span::point(line_start),
            replacement: format!("{indent}{line}\n"),
        })
    }

    /// `allow CODE "reason"` inside a declaration.
    fn suppression(&mut self, node: &Node, scope: Span) -> Option<Suppression> {
        if !self.no_block(node) {
            return None;
        }
        let Some(first) = node.values.first() else {
            self.missing_value(node, &ValueType::Code);
            return None;
        };
        let code = self.code_value(first);
        let reason = match node.values.get(1) {
            Some(v) => match &v.kind {
                ValueKind::String(s) if !s.value.trim().is_empty() => Some(s.value.clone()),
                ValueKind::Error => None,
                _ => {
                    self.push(
                        Diagnostic::error(codes::ALLOW_WITHOUT_REASON, "the reason must be a non-empty string", v.span)
                            .with_label("expected a reason in quotes")
                            .with_help("write why the rule does not apply, such as `allow EU003 \"shown by the parent site\"`"),
                    );
                    None
                }
            },
            None => {
                self.push(
                    Diagnostic::error(
                        codes::ALLOW_WITHOUT_REASON,
                        "`allow` needs a reason",
                        node.header_span(),
                    )
                    .with_label("no reason given")
                    .with_help(format!(
                        "say why the rule does not apply here: `{} \"<reason>\"`",
                        node.header_span().slice(self.src)
                    ))
                    .with_fix(Fix::unsafe_(
                        "add a reason placeholder",
                        vec![Edit {
                            span: Span::point(node.header_span().end),
                            replacement: format!(
                                " {}",
                                quote("TODO: why this rule does not apply")
                            ),
                        }],
                    )),
                );
                None
            }
        };
        if node.values.len() > 2 {
            self.too_many(node, 2, "`allow` takes a code and a reason");
        }
        // Without a reason the suppression still applies: the E219 is the
        // one diagnostic for the mistake.
        Some(Suppression {
            code: code?,
            reason: reason.unwrap_or_default(),
            scope,
        })
    }
}

/// Types whose value may be written as a block (translations, regions).
fn takes_block(ty: &ValueType) -> bool {
    matches!(
        ty,
        ValueType::Text | ValueType::TextList | ValueType::PerRegion(_) | ValueType::TextOrBool
    )
}

/// Whether a node holds a token the lexer or parser already reported.
fn has_error(node: &Node) -> bool {
    fn bad(v: &cookiec_syntax::ast::Value) -> bool {
        match &v.kind {
            ValueKind::Error => true,
            ValueKind::List(items) => items.iter().any(bad),
            _ => false,
        }
    }
    node.values.iter().any(bad)
}

/// The first `` `...` `` example in a field's doc.
fn first_example(doc: &str) -> Option<String> {
    let ex = doc.split("Example: ").nth(1)?;
    Some(ex.lines().next()?.to_string())
}

fn placeholder(ty: &ValueType) -> String {
    match ty {
        ValueType::Email => quote("privacy@example.com"),
        ValueType::Url => quote("https://example.com"),
        ValueType::Lifetime => LifetimeWord::Session.as_str().into(),
        ValueType::PerRegion(inner) => placeholder(inner),
        ValueType::Ref(_) => "TODO".into(),
        _ => quote("TODO"),
    }
}

/// An edit removing the line(s) of `span`, including the newline.
pub(crate) fn remove_line(src: &str, span: Span) -> Edit {
    let start = src
        .get(..span.start)
        .and_then(|s| s.rfind('\n'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = src
        .get(span.end..)
        .and_then(|s| s.find('\n'))
        .map(|i| span.end + i + 1)
        .unwrap_or(src.len());
    let only_space = src
        .get(start..span.start)
        .is_some_and(|s| s.trim().is_empty());
    let span = if only_space {
        Span::new(start, end)
    } else {
        span
    };
    Edit {
        span,
        replacement: String::new(),
    }
}
