//! Translatable text: a string in the default language, or a block of
//! language → string. Every declared language must be present (E214) and
//! no other (E222).

use super::cx::Cx;
use crate::codes;
use crate::model::{Text, TextList};
use crate::schema::ValueType;
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::{Node, Value, ValueKind};
use std::collections::BTreeMap;

impl Cx<'_> {
    /// The language → value entries of a text field, each converted by
    /// `conv`. `None` when nothing usable was written.
    fn translations<T>(
        &mut self,
        node: &Node,
        ty: &ValueType,
        mut conv: impl FnMut(&mut Self, &Value) -> Option<T>,
    ) -> Option<BTreeMap<String, T>> {
        let mut out = BTreeMap::new();
        match (&node.block, node.values.first()) {
            (Some(block), first) => {
                if let Some(v) = first {
                    self.push(
                        Diagnostic::error(
                            codes::WRONG_ARITY,
                            format!(
                                "`{}` has both a value and a block of translations",
                                node.name.name
                            ),
                            v.span,
                        )
                        .with_label("unexpected value")
                        .with_help(
                            "move the default-language text into the block: `{ en \"...\" }`",
                        ),
                    );
                }
                let mut seen: BTreeMap<String, Span> = BTreeMap::new();
                for entry in self.entries(block, "translation") {
                    let lang = entry.key;
                    if !self.check_lang(lang, entry.key_span) {
                        continue;
                    }
                    if let Some(first) = seen.get(lang) {
                        self.push(
                            Diagnostic::error(
                                codes::DUPLICATE_FIELD,
                                format!("translation `{lang}` given twice"),
                                entry.key_span,
                            )
                            .with_label("second translation")
                            .with_secondary(*first, "first given here"),
                        );
                        continue;
                    }
                    seen.insert(lang.to_string(), entry.key_span);
                    if !self.langs.iter().any(|l| l == lang) {
                        self.push(
                            Diagnostic::error(
                                codes::UNDECLARED_LANGUAGE,
                                format!("translation for `{lang}`, which the policy does not declare"),
                                entry.key_span,
                            )
                            .with_label("undeclared language")
                            .with_help(format!(
                                "add `{lang}` to `languages` in the policy (now: [{}]), or remove this translation",
                                self.langs.join(", ")
                            )),
                        );
                    }
                    let Some(v) = entry.value else {
                        self.push(
                            Diagnostic::error(
                                codes::WRONG_ARITY,
                                format!("translation `{lang}` has no text"),
                                entry.key_span,
                            )
                            .with_label(format!("expected {} after this", ty.describe())),
                        );
                        continue;
                    };
                    if matches!(v.kind, ValueKind::Error) {
                        continue;
                    }
                    if let Some(t) = conv(self, v) {
                        out.insert(lang.to_string(), t);
                    }
                }
                let present: Vec<&str> = seen.keys().map(String::as_str).collect();
                self.report_missing(node, ty, &present, node.name.span);
            }
            (None, Some(_)) => {
                let v = self.one(node, ty)?;
                let t = conv(self, v)?;
                out.insert(self.default_lang(), t);
                let default = self.default_lang();
                self.report_missing(node, ty, &[default.as_str()], v.span);
            }
            (None, None) => {
                self.missing_value(node, ty);
                return None;
            }
        }
        (!out.is_empty()).then_some(out)
    }

    fn report_missing(&mut self, node: &Node, ty: &ValueType, present: &[&str], span: Span) {
        let missing: Vec<String> = self
            .langs
            .iter()
            .filter(|l| !present.contains(&l.as_str()))
            .map(|l| format!("`{l}`"))
            .collect();
        if missing.is_empty() || present.is_empty() {
            return;
        }
        let sample = if *ty == ValueType::TextList {
            "[\"...\"]"
        } else {
            "\"...\""
        };
        let example: Vec<String> = self.langs.iter().map(|l| format!("{l} {sample}")).collect();
        self.push(
            Diagnostic::error(
                codes::MISSING_TRANSLATION,
                format!(
                    "`{}` has no {} translation",
                    node.name.name,
                    missing.join(", ")
                ),
                span,
            )
            .with_label(format!("missing {}", missing.join(", ")))
            .with_help(format!(
                "the policy is published in [{}]: write `{} {{ {} }}`",
                self.langs.join(", "),
                node.name.name,
                example.join("  ")
            )),
        );
    }

    pub fn text(&mut self, node: &Node) -> Option<Text> {
        let by_lang = self.translations(node, &ValueType::Text, |cx, v| {
            cx.string_value(v, &ValueType::Text).map(|s| s.value)
        })?;
        Some(Text {
            by_lang,
            span: node.span,
        })
    }

    pub fn text_list(&mut self, node: &Node) -> Option<TextList> {
        let by_lang = self.translations(node, &ValueType::TextList, |cx, v| {
            let items: Vec<&Value> = match &v.kind {
                ValueKind::List(items) => items.iter().collect(),
                ValueKind::String(_) => vec![v],
                _ => {
                    cx.wrong_type(v, &ValueType::TextList);
                    return None;
                }
            };
            let strings: Vec<String> = items
                .into_iter()
                .filter_map(|i| cx.string_value(i, &ValueType::String).map(|s| s.value))
                .collect();
            Some(strings)
        })?;
        Some(TextList {
            by_lang,
            span: node.span,
        })
    }

    /// `yes`/`no`/bare, or a text: `sets-own-cookies`.
    pub fn text_or_bool(&mut self, node: &Node) -> Option<Option<Text>> {
        if node.block.is_some() {
            return Some(Some(self.text(node)?));
        }
        match node.values.first().and_then(Value::as_ident) {
            _ if node.values.is_empty() => Some(None),
            Some(_) => {
                let b = self.bool(node)?;
                b.value.then_some(None)
            }
            None => Some(Some(self.text(node)?)),
        }
    }
}
