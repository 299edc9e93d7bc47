//! `section <id> { ... }`.

use super::cx::Cx;
use super::fields::{Context, Fields};
use crate::model::{GeneratedSection, Section, Spanned};
use crate::schema;
use crate::schema::fields::section as F;
use cookiec_syntax::ast::Node;

pub(super) fn lower<'n>(cx: &mut Cx, node: &'n Node, id: Spanned<String>) -> (Section, Fields<'n>) {
    let schema = schema::declaration("section").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    let section = Section {
        id,
        title: f
            .get(&F::TITLE)
            .and_then(|n| cx.text(n))
            .unwrap_or_default(),
        body: f.get(&F::BODY).and_then(|n| cx.text(n)).unwrap_or_default(),
        after: f
            .get(&F::AFTER)
            .and_then(|n| cx.enum_field(n, GeneratedSection::NAMES, GeneratedSection::parse)),
        span: node.span,
    };
    (section, f)
}
