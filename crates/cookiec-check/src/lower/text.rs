//! Translatable text: a string in the default language, or a block of
//! language → string. Every declared language must be present (E214) and
//! no other (E222).

use super::cx::{did_you_mean, rename_fix, Cx, LangUse};
use super::values::lang_ok;
use crate::codes;
use crate::model::{LangMap, LangTag, Text, TextList};
use crate::schema::ValueType;
use cookiec_diagnostics::{Diagnostic, Span};
use cookiec_syntax::ast::{Node, Value, ValueKind};

impl Cx<'_> {
    /// The language → value entries of a text field, each converted by
    /// `conv`. `None` when nothing usable was written.
    fn translations<T>(
        &mut self,
        node: &Node,
        ty: &ValueType,
        mut conv: impl FnMut(&mut Self, &Value) -> Option<T>,
    ) -> Option<LangMap<T>> {
        let mut out = LangMap::new();
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
                let entries = self.entries(block, "translation");
                let declared = self.langs.clone();
                // Declared languages no entry gives: a misspelt key close to
                // one of them is one diagnostic (with a fix), not also a
                // missing translation.
                let mut missing: Vec<String> = declared
                    .iter()
                    .filter(|l| !entries.iter().any(|e| e.key == l.as_str()))
                    .map(LangTag::to_string)
                    .collect();
                // A text has a translation or two: a short list, not a map,
                // and keys borrowed from the tree.
                let mut seen: Vec<(std::borrow::Cow<'_, str>, Span)> = Vec::new();
                for entry in entries {
                    let mut lang = std::borrow::Cow::Borrowed(entry.key);
                    if declared.iter().any(|l| *l == *lang) {
                        if !self.langs_used.iter().any(|u| *u == *lang) {
                            self.langs_used.push(lang.to_string());
                        }
                    } else {
                        let meant = did_you_mean(&lang, missing.iter().map(String::as_str))
                            .map(str::to_string);
                        match meant {
                            None if !lang_ok(&lang) => {
                                self.check_lang(&lang, entry.key_span);
                                continue;
                            }
                            None if self.langs_broken => {}
                            meant => {
                                if let Some(m) = &meant {
                                    missing.retain(|x| x != m);
                                }
                                self.lang_uses.push(LangUse {
                                    key: lang.to_string(),
                                    span: entry.key_span,
                                    meant: meant.clone(),
                                });
                                if let Some(m) = meant {
                                    lang = std::borrow::Cow::Owned(m);
                                }
                            }
                        }
                    }
                    if let Some((_, first)) = seen.iter().find(|(l, _)| *l == lang) {
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
                    seen.push((lang.clone(), entry.key_span));
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
                    // Every key left is a tag: declared, or well-formed
                    // (an ill-formed one was reported and skipped above).
                    let tag = declared.iter().find(|l| **l == *lang).cloned();
                    let Some(tag) = tag.or_else(|| LangTag::parse(&lang)) else {
                        continue;
                    };
                    if let Some(t) = conv(self, v) {
                        out.insert(tag, t);
                    }
                }
                self.report_missing(node, ty, &missing, node.name.span);
            }
            (None, Some(_)) => {
                let v = self.one(node, ty)?;
                let t = conv(self, v)?;
                let default = self.default_lang()?;
                let missing: Vec<String> = self
                    .langs
                    .iter()
                    .filter(|l| **l != default)
                    .map(LangTag::to_string)
                    .collect();
                out.insert(default, t);
                self.report_missing(node, ty, &missing, v.span);
            }
            (None, None) => {
                self.missing_value(node, ty);
                return None;
            }
        }
        (!out.is_empty()).then_some(out)
    }

    fn report_missing(&mut self, node: &Node, ty: &ValueType, missing: &[String], span: Span) {
        // With a broken `languages` list (already reported) coverage
        // cannot be judged.
        if missing.is_empty() || self.langs_broken {
            return;
        }
        let missing: Vec<String> = missing.iter().map(|l| format!("`{l}`")).collect();
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

    /// Report the translation keys that are not declared languages. When
    /// several use one key close to a declared language no translation
    /// uses, the typo is in `languages`: one diagnostic there.
    pub fn finish_langs(&mut self) {
        let uses = std::mem::take(&mut self.lang_uses);
        let mut keys: Vec<&str> = uses.iter().map(|u| u.key.as_str()).collect();
        keys.dedup();
        keys.sort_unstable();
        keys.dedup();
        let unused: Vec<(String, Span)> = self
            .lang_decls
            .iter()
            .filter(|(l, _)| !self.langs_used.contains(l))
            .cloned()
            .collect();
        for key in keys {
            let group: Vec<&LangUse> = uses.iter().filter(|u| u.key == key).collect();
            let declared_typo = did_you_mean(key, unused.iter().map(|(l, _)| l.as_str()))
                .and_then(|l| unused.iter().find(|(u, _)| u == l));
            match declared_typo {
                Some((decl, span)) if group.len() >= 2 && lang_ok(key) => {
                    let mut d = Diagnostic::error(
                        codes::UNDECLARED_LANGUAGE,
                        format!(
                            "the policy declares `{decl}`, but {} translations are written `{key}`",
                            group.len()
                        ),
                        *span,
                    )
                    .with_label(format!("translations use `{key}`"))
                    .with_help(format!(
                        "rename the language to `{key}` (or the translations to `{decl}`)"
                    ))
                    .with_fix(rename_fix(*span, key));
                    for u in group.iter().take(3) {
                        d = d.with_secondary(u.span, format!("`{key}` translation"));
                    }
                    self.push(d);
                }
                _ => {
                    for u in group {
                        match &u.meant {
                            Some(m) => self.misspelt_lang(&u.key, m, u.span),
                            None => self.undeclared_lang(&u.key, u.span),
                        }
                    }
                }
            }
        }
    }

    /// A translation key that is probably a declared language misspelt.
    fn misspelt_lang(&mut self, key: &str, meant: &str, span: Span) {
        let (code, what) = if lang_ok(key) {
            (codes::UNDECLARED_LANGUAGE, "is not a declared language")
        } else {
            (codes::INVALID_LANGUAGE_TAG, "is not a language tag")
        };
        self.push(
            Diagnostic::error(code, format!("translation key `{key}` {what}"), span)
                .with_label(format!("did you mean `{meant}`?"))
                .with_help(format!("the policy declares [{}]", self.langs.join(", ")))
                .with_fix(rename_fix(span, meant)),
        );
    }

    fn undeclared_lang(&mut self, lang: &str, span: Span) {
        self.push(
            Diagnostic::error(
                codes::UNDECLARED_LANGUAGE,
                format!("translation for `{lang}`, which the policy does not declare"),
                span,
            )
            .with_label("undeclared language")
            .with_help(format!(
                "add `{lang}` to `languages` in the policy (now: [{}]), or remove this translation",
                self.langs.join(", ")
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
