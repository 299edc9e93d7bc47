//! Values given for every region or per region: `consent opt-in` or
//! `consent { default opt-in  us-ca opt-out }`, `gpc honour` or
//! `gpc { us-ca sale-sharing }`, `renew-after { default 12 months  fr 6 months }`.

use super::cx::{did_you_mean, rename_fix, Cx};
use crate::codes;
use crate::model::{PerRegion, Region, Spanned};
use crate::schema::{one_of, ValueType};
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::{Node, Value, ValueKind};
use std::collections::BTreeMap;

/// How one per-region field is read.
pub(super) struct PerRegionField<'a> {
    /// The type of one value (for "expected X" messages).
    pub ty: &'a ValueType,
    /// "consent mode", "response", "duration".
    pub noun: &'a str,
    /// A block must name `default` (a category's `consent`).
    pub require_default: bool,
    /// A value is several tokens (`6 months`): one region per line.
    pub multi_token: bool,
}

impl Cx<'_> {
    /// Reads `node` as a value for every region or a block of region →
    /// value; `one` lowers a single value written as `values`.
    pub(super) fn per_region<T>(
        &mut self,
        node: &Node,
        field: PerRegionField<'_>,
        mut one: impl FnMut(&mut Self, &[Value]) -> Option<T>,
    ) -> Option<PerRegion<T>> {
        let name = node.name.name.as_str();
        let Some(block) = &node.block else {
            if node.values.is_empty() {
                self.missing_value(node, field.ty);
                return None;
            }
            if !field.multi_token && node.values.len() > 1 {
                // Let the single-value reader report the extra values.
                let extra = node.values.get(1..).unwrap_or(&[]);
                if let (Some(a), Some(b)) = (extra.first(), extra.last()) {
                    self.push(
                        Diagnostic::error(
                            codes::WRONG_ARITY,
                            format!("`{name}` takes one value"),
                            a.span.to(b.span),
                        )
                        .with_label("unexpected value")
                        .with_help(format!(
                            "for values per region, write a block: `{name} {{ default ...  us-ca ... }}`"
                        )),
                    );
                }
            }
            let values = if field.multi_token {
                &node.values[..]
            } else {
                &node.values[..1]
            };
            return one(self, values).map(|v| PerRegion::uniform(v, node.span));
        };
        if let Some(v) = node.values.first() {
            self.push(
                Diagnostic::error(
                    codes::WRONG_ARITY,
                    format!("`{name}` has both a {} and a block of regions", field.noun),
                    v.span,
                )
                .with_label("unexpected value")
                .with_help(format!("put it in the block as `default <{}>`", field.noun)),
            );
        }
        // (key, key span, the value's tokens)
        let mut entries: Vec<(&str, Span, &[Value])> = Vec::new();
        if field.multi_token {
            // `default 12 months  eu 6 months` on one line: a region name
            // (never a unit) starts the next entry.
            for child in &block.nodes {
                self.no_block(child);
                let (mut key, mut key_span) = (child.name.name.as_str(), child.name.span);
                let mut start = 0;
                for (i, v) in child.values.iter().enumerate() {
                    if let ValueKind::Ident(w) = &v.kind {
                        if Region::parse(w).is_some() {
                            entries.push((key, key_span, &child.values[start..i]));
                            (key, key_span, start) = (w.as_str(), v.span, i + 1);
                        }
                    }
                }
                entries.push((key, key_span, &child.values[start..]));
            }
        } else {
            for e in self.entries(block, "region") {
                entries.push((
                    e.key,
                    e.key_span,
                    e.value.map(std::slice::from_ref).unwrap_or(&[]),
                ));
            }
        }
        let mut out = BTreeMap::new();
        let mut seen: BTreeMap<Region, Span> = BTreeMap::new();
        for (key, key_span, values) in entries {
            let Some(region) = Region::parse(key) else {
                let mut d = Diagnostic::error(
                    codes::INVALID_ENUM_VALUE,
                    format!("unknown region `{key}`"),
                    key_span,
                )
                .with_label(format!("expected {}", one_of(Region::NAMES)));
                if let Some(s) = did_you_mean(key, Region::NAMES.iter().copied()) {
                    if s == "default" {
                        // The misspelt `default`: no "missing default" on top.
                        seen.insert(Region::Default, key_span);
                    }
                    d = d
                        .with_help(format!("did you mean `{s}`?"))
                        .with_fix(rename_fix(key_span, s));
                } else {
                    d = d.with_help(format!("regions: {}", Region::NAMES.join(", ")));
                }
                self.push(d);
                continue;
            };
            if let Some(first) = seen.get(&region) {
                self.push(
                    Diagnostic::error(
                        codes::DUPLICATE_FIELD,
                        format!("region `{key}` is given twice"),
                        key_span,
                    )
                    .with_label("second occurrence")
                    .with_secondary(*first, "first given here"),
                );
                continue;
            }
            seen.insert(region, key_span);
            if values.is_empty() {
                self.push(
                    Diagnostic::error(
                        codes::WRONG_ARITY,
                        format!("region `{key}` has no {}", field.noun),
                        key_span,
                    )
                    .with_label(format!("expected {} after this", field.ty.describe())),
                );
                continue;
            }
            if let Some(v) = one(self, values) {
                out.insert(region, v);
            }
        }
        if field.require_default && !seen.contains_key(&Region::Default) {
            self.push(
                Diagnostic::error(
                    codes::MISSING_FIELD,
                    format!("the {name} block has no `default` {}", short(field.noun)),
                    node.name.span,
                )
                .with_label("no `default` region in this block")
                .with_help(format!(
                    "add `default <{}>` for every region not listed, such as `default opt-in`",
                    short(field.noun)
                )),
            );
        }
        Some(PerRegion {
            by_region: out,
            span: node.span,
        })
    }

    /// An enum value per region, each spanned.
    pub(super) fn enum_per_region<T>(
        &mut self,
        node: &Node,
        noun: &str,
        require_default: bool,
        names: &'static [&'static str],
        parse: fn(&str) -> Option<T>,
    ) -> Option<PerRegion<Spanned<T>>> {
        let ty = ValueType::Enum(names);
        let field = PerRegionField {
            ty: &ty,
            noun,
            require_default,
            multi_token: false,
        };
        self.per_region(node, field, |cx, vs| {
            vs.first().and_then(|v| cx.enum_value(v, names, parse))
        })
    }
}

/// "consent mode" → "mode" (the wording of the missing-default message).
fn short(noun: &str) -> &str {
    noun.rsplit(' ').next().unwrap_or(noun)
}
