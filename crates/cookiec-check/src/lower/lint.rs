//! `lint { jurisdictions [...]  allow [...]  deny [...] }`.

use super::cx::Cx;
use super::fields::Context;
use crate::model::{LintConfig, Region, Spanned};
use crate::schema::fields::lint as F;
use crate::schema::{self, ValueType};
use cookiec_syntax::ast::Node;

pub(super) fn lower(cx: &mut Cx, node: &Node) -> LintConfig {
    let schema = schema::declaration("lint").unwrap_or(&super::EMPTY);
    let f = cx.fields(node, schema, Context::default());
    let codes = |cx: &mut Cx, field| -> Vec<Spanned<String>> {
        let Some(n) = f.get(field) else {
            return Vec::new();
        };
        let vs = cx.list(n, &ValueType::Code);
        vs.into_iter().filter_map(|v| cx.code_value(v)).collect()
    };
    LintConfig {
        jurisdictions: f
            .get(&F::JURISDICTIONS)
            .map(|n| cx.enum_list(n, Region::NAMES, Region::parse))
            .unwrap_or_default(),
        allow: codes(cx, &F::ALLOW),
        deny: codes(cx, &F::DENY),
        suppressions: Vec::new(),
    }
}
