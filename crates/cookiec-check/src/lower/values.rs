//! Typed values: arity (E221), type (E205), enums (E206), e-mail (E210),
//! URL (E211), date (E212), language tag (E213), codes (E218).
//!
//! Each function reports at most one diagnostic per value and returns
//! `None` when the value is unusable, so one mistake is one diagnostic.

use super::cx::{did_you_mean, is_ident, quote, rename_fix, Cx};
use crate::codes;
use crate::model::{Date, EmailAddress, LangTag, Spanned, WebUrl};
use crate::schema::LifetimeWord;
use crate::schema::{one_of, ValueType};
use cookiec_diagnostics::{Diagnostic, Fix, Span};
use cookiec_syntax::ast::{Node, Value, ValueKind};

impl Cx<'_> {
    /// Reports a block on a field that takes none. True when there is none.
    pub fn no_block(&mut self, node: &Node) -> bool {
        match &node.block {
            None => true,
            Some(b) if self.reported_blocks.contains(&b.span) => true,
            Some(b) => {
                self.push(
                    Diagnostic::error(
                        codes::WRONG_ARITY,
                        format!("`{}` does not take a block", node.name.name),
                        b.span,
                    )
                    .with_label("unexpected block")
                    .with_help(format!(
                        "write the value on the same line: `{} <value>`",
                        node.name.name
                    )),
                );
                false
            }
        }
    }

    /// Reports a missing value at the field name.
    pub fn missing_value(&mut self, node: &Node, ty: &ValueType) {
        self.push(
            Diagnostic::error(
                codes::WRONG_ARITY,
                format!("`{}` needs a value", node.name.name),
                node.name.span,
            )
            .with_label(format!("expected {} after this", ty.describe()))
            .with_help(format!("for example: {}", example_of(ty, &node.name.name))),
        );
    }

    /// Reports every value after the first `n`.
    pub fn too_many(&mut self, node: &Node, n: usize, hint: &str) {
        let (Some(first), Some(last)) = (node.values.get(n), node.values.last()) else {
            return;
        };
        if self.fields_on_one_line(node, n) {
            return;
        }
        let hint = match fields_among(node.values.get(n..).unwrap_or(&[])) {
            Some(f) => format!("write one field per line: `{f}` is a field"),
            None => hint.to_string(),
        };
        self.push(
            Diagnostic::error(
                codes::WRONG_ARITY,
                format!("too many values for `{}`", node.name.name),
                first.span.to(last.span),
            )
            .with_label("unexpected value")
            .with_help(hint),
        );
    }

    /// Exactly one value and no block. Error tokens (already reported by
    /// the lexer) give `None` silently.
    pub fn one<'n>(&mut self, node: &'n Node, ty: &ValueType) -> Option<&'n Value> {
        if !self.no_block(node) {
            return None;
        }
        let first = match node.values.first() {
            Some(v) => v,
            None => {
                self.missing_value(node, ty);
                return None;
            }
        };
        if node.values.len() > 1 {
            let hint = if matches!(first.kind, ValueKind::String(_)) {
                "put the whole text in one string".to_string()
            } else {
                format!("`{}` takes one value", node.name.name)
            };
            self.too_many(node, 1, &hint);
        }
        match first.kind {
            ValueKind::Error => None,
            _ => Some(first),
        }
    }

    /// "expected X, found Y", with a fix when quoting or unquoting helps.
    pub fn wrong_type(&mut self, v: &Value, ty: &ValueType) {
        if matches!(v.kind, ValueKind::Error) {
            return;
        }
        let mut d = Diagnostic::error(
            codes::WRONG_TYPE,
            format!("expected {}, found {}", ty.describe(), v.kind_name()),
            v.span,
        )
        .with_label(format!("this is {}", v.kind_name()));
        let wants_word = matches!(
            ty,
            ValueType::Enum(_)
                | ValueType::Ref(_)
                | ValueType::Bool
                | ValueType::Lang
                | ValueType::Code
                | ValueType::PerRegion(ValueType::Enum(_))
                | ValueType::TextOrBool
        );
        let wants_string = matches!(
            ty,
            ValueType::String
                | ValueType::Email
                | ValueType::Url
                | ValueType::Text
                | ValueType::TextList
        );
        match &v.kind {
            ValueKind::String(s) if wants_word && is_ident(&s.value) && word_fits(ty, &s.value) => {
                d = d
                    .with_help(format!("names are written without quotes: `{}`", s.value))
                    .with_fix(Fix::replace(
                        "remove the quotes",
                        v.span,
                        s.value.clone(),
                        true,
                    ));
            }
            ValueKind::String(s)
                if *ty == ValueType::Date && parse_date_text(&s.value).is_some() =>
            {
                d = d
                    .with_help("dates are written without quotes")
                    .with_fix(Fix::replace(
                        "remove the quotes",
                        v.span,
                        s.value.clone(),
                        true,
                    ));
            }
            ValueKind::Ident(_) | ValueKind::Number(_) | ValueKind::Date(_) if wants_string => {
                let text = v.span.slice(self.src).to_string();
                d = d
                    .with_help("text is written in double quotes")
                    .with_fix(Fix::replace("add quotes", v.span, quote(&text), true));
            }
            _ => {}
        }
        self.push(d);
    }

    pub fn string(&mut self, node: &Node) -> Option<Spanned<String>> {
        let v = self.one(node, &ValueType::String)?;
        self.string_value(v, &ValueType::String)
    }

    pub fn string_value(&mut self, v: &Value, ty: &ValueType) -> Option<Spanned<String>> {
        match &v.kind {
            ValueKind::String(s) if s.value.trim().is_empty() => {
                self.push(
                    Diagnostic::error(codes::WRONG_TYPE, "expected a non-empty string", v.span)
                        .with_label("empty string"),
                );
                None
            }
            ValueKind::String(s) => Some(Spanned::new(s.value.clone(), v.span)),
            _ => {
                self.wrong_type(v, ty);
                None
            }
        }
    }

    pub fn email(&mut self, node: &Node) -> Option<Spanned<EmailAddress>> {
        let v = self.one(node, &ValueType::Email)?;
        let s = self.string_value(v, &ValueType::Email)?;
        if let Some(addr) = EmailAddress::parse(&s.value) {
            return Some(Spanned::new(addr, s.span));
        }
        let mut d = Diagnostic::error(
            codes::INVALID_EMAIL,
            format!("`{}` is not an e-mail address", s.value),
            v.span,
        )
        .with_label("expected `local@domain.tld`")
        .with_help("write the address itself, such as `\"privacy@example.com\"`");
        if let Some(rest) = s
            .value
            .strip_prefix("mailto:")
            .filter(|r| EmailAddress::parse(r).is_some())
        {
            d = d
                .with_help("write the address without `mailto:`")
                .with_fix(Fix::replace("remove `mailto:`", v.span, quote(rest), true));
        }
        self.push(d);
        None
    }

    pub fn url(&mut self, node: &Node) -> Option<Spanned<WebUrl>> {
        let v = self.one(node, &ValueType::Url)?;
        self.url_value(v)
    }

    pub fn url_value(&mut self, v: &Value) -> Option<Spanned<WebUrl>> {
        let s = self.string_value(v, &ValueType::Url)?;
        match check_url(&s.value) {
            UrlCheck::Ok(url) => Some(Spanned::new(url, s.span)),
            UrlCheck::BareDomain => {
                let fixed = format!("https://{}", s.value);
                self.push(
                    Diagnostic::error(
                        codes::INVALID_URL,
                        format!("`{}` is not an absolute URL", s.value),
                        v.span,
                    )
                    .with_label("missing `https://`")
                    .with_help(format!("write `\"{fixed}\"`"))
                    .with_fix(Fix::replace(
                        "add `https://`",
                        v.span,
                        quote(&fixed),
                        true,
                    )),
                );
                None
            }
            UrlCheck::Invalid(why) => {
                self.push(
                    Diagnostic::error(codes::INVALID_URL, format!("`{}` is not a valid URL", s.value), v.span)
                        .with_label(why)
                        .with_help("write an absolute `https://` URL, such as `\"https://example.com/privacy\"`"),
                );
                None
            }
        }
    }

    pub fn date(&mut self, node: &Node) -> Option<Spanned<Date>> {
        let v = self.one(node, &ValueType::Date)?;
        let ValueKind::Date(d) = &v.kind else {
            self.wrong_type(v, &ValueType::Date);
            return None;
        };
        let date = Date {
            year: d.year,
            month: d.month,
            day: d.day,
        };
        match date_problem(&date) {
            None => Some(Spanned::new(date, v.span)),
            Some(why) => {
                self.push(
                    Diagnostic::error(
                        codes::INVALID_DATE,
                        format!("`{}` is not a calendar date", v.span.slice(self.src)),
                        v.span,
                    )
                    .with_label(why)
                    .with_help(
                        "write `YYYY-MM` or `YYYY-MM-DD`, such as `2026-03` or `2026-03-31`",
                    ),
                );
                None
            }
        }
    }

    pub fn bool(&mut self, node: &Node) -> Option<Spanned<bool>> {
        if !self.no_block(node) {
            return None;
        }
        let Some(v) = node.values.first() else {
            // A bare field (`secure`) means yes.
            return Some(Spanned::new(true, node.name.span));
        };
        if self.fields_on_one_line(node, 0) {
            return Some(Spanned::new(true, node.name.span));
        }
        if node.values.len() > 1 {
            self.too_many(
                node,
                1,
                &format!("`{}` takes `yes` or `no`", node.name.name),
            );
        }
        self.bool_value(v)
    }

    /// E221 when the values from `from` on start with a field name
    /// (`http-only secure same-site lax`), with a fix putting each field on
    /// its own line. True when reported.
    pub fn fields_on_one_line(&mut self, node: &Node, from: usize) -> bool {
        let Some(rest) = node.values.get(from..) else {
            return false;
        };
        let is_field = |v: &Value| v.as_ident().is_some_and(is_field_name);
        let (Some(first), Some(last)) = (rest.first(), rest.last()) else {
            return false;
        };
        if !is_field(first) || node.block.is_some() {
            return false;
        }
        let mut lines: Vec<Span> = Vec::new();
        for v in rest {
            match lines.last_mut() {
                Some(line) if !is_field(v) => *line = line.to(v.span),
                _ => lines.push(v.span),
            }
        }
        let line_start = self
            .src
            .get(..node.span.start)
            .and_then(|s| s.rfind('\n'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let indent: String = self
            .src
            .get(line_start..node.span.start)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_whitespace())
            .collect();
        let text: String = lines
            .iter()
            .map(|l| format!("\n{indent}{}", l.slice(self.src)))
            .collect();
        let before = match from.checked_sub(1).and_then(|i| node.values.get(i)) {
            Some(v) => v.span.end,
            None => node.name.span.end,
        };
        self.push(
            Diagnostic::error(
                codes::WRONG_ARITY,
                format!(
                    "`{}` is a field: write one field per line",
                    first.span.slice(self.src)
                ),
                first.span.to(last.span),
            )
            .with_label("another field on this line")
            .with_help(format!(
                "put `{}` on its own line",
                first.span.slice(self.src)
            ))
            .with_fix(Fix::replace(
                "one field per line",
                Span::new(before, last.span.end),
                text,
                true,
            )),
        );
        true
    }

    pub fn bool_value(&mut self, v: &Value) -> Option<Spanned<bool>> {
        match v.as_ident() {
            Some("yes") => Some(Spanned::new(true, v.span)),
            Some("no") => Some(Spanned::new(false, v.span)),
            Some(w) => {
                let mut d = Diagnostic::error(
                    codes::WRONG_TYPE,
                    format!("expected `yes` or `no`, found `{w}`"),
                    v.span,
                )
                .with_label("not a yes/no value")
                .with_help("write `yes` or `no`");
                let meant = match w.to_ascii_lowercase().as_str() {
                    "true" | "on" | "y" | "enabled" | "yes" => Some("yes"),
                    "false" | "off" | "n" | "disabled" | "no" => Some("no"),
                    _ => None,
                };
                if let Some(m) = meant {
                    d = d.with_fix(rename_fix(v.span, m));
                }
                self.push(d);
                None
            }
            None => {
                self.wrong_type(v, &ValueType::Bool);
                None
            }
        }
    }

    /// One identifier out of `names`, parsed with `parse`.
    pub fn enum_value<T>(
        &mut self,
        v: &Value,
        names: &'static [&'static str],
        parse: fn(&str) -> Option<T>,
    ) -> Option<Spanned<T>> {
        let ty = ValueType::Enum(names);
        let Some(word) = v.as_ident() else {
            self.wrong_type(v, &ty);
            return None;
        };
        if names.contains(&word) {
            if let Some(t) = parse(word) {
                return Some(Spanned::new(t, v.span));
            }
        }
        let mut d = Diagnostic::error(
            codes::INVALID_ENUM_VALUE,
            format!("unknown value `{word}`"),
            v.span,
        )
        .with_label(format!("expected {}", one_of(names)));
        if let Some(s) = did_you_mean(word, names.iter().copied()) {
            d = d
                .with_help(format!("did you mean `{s}`?"))
                .with_fix(rename_fix(v.span, s));
        } else {
            d = d.with_help(format!("allowed values: {}", names.join(", ")));
        }
        self.push(d);
        None
    }

    pub fn enum_field<T>(
        &mut self,
        node: &Node,
        names: &'static [&'static str],
        parse: fn(&str) -> Option<T>,
    ) -> Option<Spanned<T>> {
        let v = self.one(node, &ValueType::Enum(names))?;
        self.enum_value(v, names, parse)
    }

    /// The elements of a list field: `[a, b]`, or a single bare element.
    /// Several bare values get a fix adding the brackets. `elem` is the
    /// element type, for messages.
    pub fn list<'n>(&mut self, node: &'n Node, elem: &ValueType) -> Vec<&'n Value> {
        if !self.no_block(node) {
            return Vec::new();
        }
        match node.values.as_slice() {
            [] => {
                self.push(
                    Diagnostic::error(
                        codes::WRONG_ARITY,
                        format!("`{}` needs a value", node.name.name),
                        node.name.span,
                    )
                    .with_label(format!("expected a list `[...]` of {}", elem.describe()))
                    .with_help(format!(
                        "for example: `{} [{}]`",
                        node.name.name,
                        example_value(elem)
                    )),
                );
                Vec::new()
            }
            [Value {
                kind: ValueKind::List(items),
                ..
            }] => items
                .iter()
                .filter(|v| !matches!(v.kind, ValueKind::Error))
                .collect(),
            [single] => vec![single],
            [first, .., last] => {
                let span = first.span.to(last.span);
                let joined = node
                    .values
                    .iter()
                    .map(|v| v.span.slice(self.src))
                    .collect::<Vec<_>>()
                    .join(", ");
                let nested = node
                    .values
                    .iter()
                    .any(|v| matches!(v.kind, ValueKind::List(_)));
                let mut d = Diagnostic::error(
                    codes::WRONG_ARITY,
                    format!(
                        "several values for `{}` must be written as a list",
                        node.name.name
                    ),
                    span,
                )
                .with_label("several values")
                .with_help(format!("write `{} [{joined}]`", node.name.name));
                if !nested {
                    d = d.with_fix(Fix::replace(
                        "wrap in `[...]`",
                        span,
                        format!("[{joined}]"),
                        true,
                    ));
                }
                self.push(d);
                if nested {
                    Vec::new()
                } else {
                    node.values
                        .iter()
                        .filter(|v| !matches!(v.kind, ValueKind::Error))
                        .collect()
                }
            }
        }
    }

    pub fn enum_list<T>(
        &mut self,
        node: &Node,
        names: &'static [&'static str],
        parse: fn(&str) -> Option<T>,
    ) -> Vec<Spanned<T>> {
        let values = self.list(node, &ValueType::Enum(names));
        values
            .into_iter()
            .filter_map(|v| self.enum_value(v, names, parse))
            .collect()
    }

    /// An identifier referring to a declared category or provider
    /// (resolution happens once everything is declared).
    pub fn ident_value(&mut self, v: &Value, ty: &ValueType) -> Option<Spanned<String>> {
        match v.as_ident() {
            Some(w) => Some(Spanned::new(w.to_string(), v.span)),
            None => {
                self.wrong_type(v, ty);
                None
            }
        }
    }

    pub fn lang_value(&mut self, v: &Value) -> Option<Spanned<LangTag>> {
        let tag = self.ident_value(v, &ValueType::Lang)?;
        match LangTag::parse(&tag.value) {
            Some(valid) => Some(Spanned::new(valid, tag.span)),
            None => {
                self.check_lang(&tag.value, v.span);
                None
            }
        }
    }

    /// Reports E213 when `tag` is not a language tag; true when it is.
    pub fn check_lang(&mut self, tag: &str, span: Span) -> bool {
        if lang_ok(tag) {
            return true;
        }
        let mut d = Diagnostic::error(
            codes::INVALID_LANGUAGE_TAG,
            format!("`{tag}` is not a language tag"),
            span,
        )
        .with_label("expected `ll` or `ll-RR`")
        .with_help("use a BCP 47 tag: a language code, optionally a region (`en`, `de`, `pt-BR`)");
        if let Some(normal) = crate::validate::normalise_lang(tag).filter(|n| n != tag) {
            d = d.with_fix(rename_fix(span, &normal));
        }
        self.push(d);
        false
    }

    pub fn number_value(&mut self, v: &Value, min: u32, max: u32) -> Option<Spanned<u8>> {
        let ty = ValueType::Number { min, max };
        let ValueKind::Number(text) = &v.kind else {
            self.wrong_type(v, &ty);
            return None;
        };
        match text.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => {
                u8::try_from(n).ok().map(|n| Spanned::new(n, v.span))
            }
            _ => {
                self.push(
                    Diagnostic::error(
                        codes::WRONG_TYPE,
                        format!("expected {}, found `{text}`", ty.describe()),
                        v.span,
                    )
                    .with_label(format!("must be {min} to {max}")),
                );
                None
            }
        }
    }

    /// A diagnostic code (`allow`, `deny`): must exist (E218).
    pub fn code_value(&mut self, v: &Value) -> Option<Spanned<String>> {
        let code = self.ident_value(v, &ValueType::Code)?;
        if codes::is_known(&code.value) {
            return Some(code);
        }
        // Suggest only codes `allow`/`deny` may name.
        let all: Vec<_> = codes::all().filter(|c| c.stage.is_checked()).collect();
        let mut d = Diagnostic::error(
            codes::UNKNOWN_CODE,
            format!("unknown diagnostic code `{}`", code.value),
            v.span,
        )
        .with_label("no such code");
        let upper = code.value.to_ascii_uppercase();
        if let Some(c) = all.iter().find(|c| c.code == upper || c.name == code.value) {
            d = d
                .with_help(format!("did you mean `{}` ({})?", c.code, c.name))
                .with_fix(rename_fix(v.span, c.code));
        } else if let Some(s) = did_you_mean(&code.value, all.iter().map(|c| c.code)) {
            d = d
                .with_help(format!("did you mean `{s}`?"))
                .with_fix(rename_fix(v.span, s));
        } else {
            d = d.with_help("`cookiec explain --list` lists every code");
        }
        self.push(d);
        None
    }
}

/// Whether `w` is the name of some field (other than `allow`).
fn is_field_name(w: &str) -> bool {
    w != "allow"
        && crate::schema::declarations()
            .iter()
            .any(|d| d.fields.iter().any(|f| f.name == w))
}

/// The first value that is (nearly) a field name: several fields written
/// on one line (`httponly secure samesite=lax`).
pub(crate) fn fields_among(values: &[Value]) -> Option<&str> {
    let names = crate::schema::declarations()
        .iter()
        .flat_map(|d| d.fields.iter().map(|f| f.name));
    let names: Vec<&str> = names.filter(|n| *n != "allow").collect();
    values.iter().filter_map(Value::as_ident).find(|w| {
        names.contains(w) || did_you_mean(w, names.iter().copied()).is_some_and(|_| w.len() > 4)
    })
}

/// Whether an unquoted `word` would be a valid value of `ty` (so removing
/// the quotes is a real fix, not a new error).
fn word_fits(ty: &ValueType, word: &str) -> bool {
    match ty {
        ValueType::Enum(names) => names.contains(&word),
        ValueType::Bool => word == "yes" || word == "no",
        ValueType::Lang => lang_ok(word),
        ValueType::PerRegion(inner) => word_fits(inner, word),
        _ => true,
    }
}

fn example_of(ty: &ValueType, name: &str) -> String {
    format!("`{name} {}`", example_value(ty))
}

fn example_value(ty: &ValueType) -> String {
    match ty {
        ValueType::Text | ValueType::String => "\"...\"".to_string(),
        ValueType::TextList => "[\"...\"]".to_string(),
        ValueType::Email => "\"privacy@example.com\"".to_string(),
        ValueType::Url => "\"https://example.com\"".to_string(),
        ValueType::Date => "2026-03".to_string(),
        ValueType::Lang => "en".to_string(),
        ValueType::Duration => "7 days".to_string(),
        ValueType::Lifetime => LifetimeWord::Session.as_str().to_string(),
        ValueType::Bool | ValueType::TextOrBool => "yes".to_string(),
        ValueType::Enum(names) => names.first().copied().unwrap_or("...").to_string(),
        ValueType::Ref(_) | ValueType::Code => "<id>".to_string(),
        ValueType::List(inner) => format!("[{}]", example_value(inner)),
        ValueType::Regex => "/^name$/".to_string(),
        ValueType::PerRegion(inner) => example_value(inner),
        ValueType::Number { min, .. } => min.to_string(),
    }
}

pub(crate) enum UrlCheck {
    Ok(WebUrl),
    /// `example.com/privacy`: fixable by adding `https://`.
    BareDomain,
    Invalid(&'static str),
}

pub(crate) fn check_url(s: &str) -> UrlCheck {
    if s.chars().any(char::is_whitespace) {
        return UrlCheck::Invalid("URLs cannot contain spaces");
    }
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(_) => match WebUrl::parse(s) {
            Some(url) => UrlCheck::Ok(url),
            None => UrlCheck::Invalid("not a valid host name"),
        },
        None if s.contains("://") => {
            UrlCheck::Invalid("only `http://` and `https://` URLs are allowed")
        }
        None => {
            let host = s.split(['/', '?', '#']).next().unwrap_or("");
            if host.contains('.') && crate::validate::url_host(&format!("https://{s}")).is_some() {
                UrlCheck::BareDomain
            } else {
                UrlCheck::Invalid("expected an absolute `https://` URL")
            }
        }
    }
}

/// Why `d` is not a calendar date, if it is not (the `time` crate knows
/// the calendar).
pub(crate) fn date_problem(d: &Date) -> Option<&'static str> {
    let Ok(month) = time::Month::try_from(d.month) else {
        return Some("there is no such month");
    };
    let day = d.day?;
    let valid = time::Date::from_calendar_date(i32::from(d.year), month, day).is_ok();
    (!valid).then_some("there is no such day in this month")
}

fn parse_date_text(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let month = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let day = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    parts.next().is_none().then_some(Date { year, month, day })
}

/// A language tag (BCP 47, canonical case): the one answer, shared with
/// the emitters.
pub(crate) fn lang_ok(tag: &str) -> bool {
    crate::validate::is_lang_tag(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(date_problem(&d(2024, 2, Some(29))), None);
        assert_eq!(date_problem(&d(2000, 2, Some(29))), None);
        assert!(date_problem(&d(2025, 2, Some(29))).is_some());
        assert!(date_problem(&d(1900, 2, Some(29))).is_some());
        assert!(date_problem(&d(2026, 4, Some(31))).is_some());
        assert!(date_problem(&d(2026, 1, Some(0))).is_some());
        assert_eq!(date_problem(&d(2026, 3, None)), None);
        assert_eq!(
            date_problem(&d(2026, 13, None)),
            Some("there is no such month")
        );
    }

    #[test]
    fn emails() {
        let email_ok = |s: &str| EmailAddress::parse(s).is_some();
        assert!(email_ok("info@flexys.ai"));
        assert!(email_ok("a.b+c@mail.example.co.uk"));
        assert!(!email_ok("info@flexys"));
        assert!(!email_ok("@x.com"));
        assert!(!email_ok("a b@x.com"));
        assert!(!email_ok("a@x.c0"));
    }

    #[test]
    fn urls() {
        assert!(matches!(
            check_url("https://stripe.com/privacy"),
            UrlCheck::Ok(_)
        ));
        assert!(matches!(
            check_url("http://localhost:8080/x"),
            UrlCheck::Ok(_)
        ));
        assert!(matches!(
            check_url("stripe.com/privacy"),
            UrlCheck::BareDomain
        ));
        assert!(matches!(check_url("ftp://x.com"), UrlCheck::Invalid(_)));
        assert!(matches!(check_url("https://"), UrlCheck::Invalid(_)));
        assert!(matches!(check_url("privacy"), UrlCheck::Invalid(_)));
    }

    #[test]
    fn dates() {
        let d = |year, month, day| Date { year, month, day };
        assert!(date_problem(&d(2024, 2, Some(29))).is_none());
        assert!(date_problem(&d(2026, 2, Some(29))).is_some());
        assert!(date_problem(&d(2026, 13, None)).is_some());
        assert!(date_problem(&d(2026, 4, Some(31))).is_some());
        assert!(date_problem(&d(2026, 3, None)).is_none());
        assert_eq!(parse_date_text("2026-03"), Some(d(2026, 3, None)));
        assert_eq!(parse_date_text("March"), None);
    }

    #[test]
    fn langs() {
        assert!(lang_ok("en") && lang_ok("pt-BR") && lang_ok("es-419"));
        assert!(!lang_ok("EN") && !lang_ok("pt-br") && !lang_ok("english"));
        // BCP 47 scripts are tags too: one answer with the emitters.
        assert!(lang_ok("zh-Hant"));
    }
}
