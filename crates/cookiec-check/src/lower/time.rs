//! Durations (`7 days`, `1 year 6 months`) and lifetimes (`session`,
//! `sliding configurable 1 week`): E217.

use super::cx::{did_you_mean, rename_fix, Cx};
use crate::codes;
use crate::model::{Duration, Lifetime, LifetimeKind, TimeUnit};
use crate::schema::{one_of, unit_words, LifetimeFlag, LifetimeWord, ValueType};
use cookiec_diagnostics::{Diagnostic, Fix, Span};
use cookiec_syntax::ast::{Node, Value, ValueKind};

fn unit(word: &str) -> Option<TimeUnit> {
    TimeUnit::parse(word)
}

/// "`session`, `until-cleared` or `until-sign-out`", from the schema.
fn lifetime_words() -> String {
    let words: Vec<String> = LifetimeWord::NAMES
        .iter()
        .map(|w| format!("`{w}`"))
        .collect();
    words.join(", ")
}

impl Cx<'_> {
    fn bad_duration(&mut self, span: Span, message: String, label: &str) -> Option<Duration> {
        self.push(
            Diagnostic::error(codes::INVALID_DURATION, message, span)
                .with_label(label.to_string())
                .with_help("write a whole number and a unit, such as `7 days`, `13 months` or `1 year 6 months`"),
        );
        None
    }

    /// A duration from a run of values: `number unit (number unit)*`.
    pub fn duration_values(&mut self, values: &[Value]) -> Option<Duration> {
        if values.iter().any(|v| matches!(v.kind, ValueKind::Error)) {
            return None;
        }
        let (first, last) = (values.first()?, values.last()?);
        let span = first.span.to(last.span);
        let mut parts = Vec::new();
        let mut seconds: u64 = 0;
        let mut chunks = values.chunks(2);
        for chunk in &mut chunks {
            let Some(n) = chunk.first() else { continue };
            let amount = match &n.kind {
                ValueKind::Number(t) => match t.parse::<u64>() {
                    Ok(a) => a,
                    Err(_) => {
                        return self.bad_duration(
                            n.span,
                            format!("`{t}` is not a whole number"),
                            "durations use whole numbers",
                        );
                    }
                },
                ValueKind::Ident(w) if unit(w).is_some() => {
                    let (msg, label) = (
                        format!("missing number before `{w}`"),
                        "expected a number before the unit",
                    );
                    let d = Diagnostic::error(codes::INVALID_DURATION, msg, n.span)
                        .with_label(label)
                        .with_help(format!("write `1 {w}`"))
                        .with_fix(Fix::replace("add `1`", n.span, format!("1 {w}"), true));
                    self.push(d);
                    return None;
                }
                _ => {
                    return self.bad_duration(
                        n.span,
                        format!("expected a duration like `7 days`, found {}", n.kind_name()),
                        "not a duration",
                    );
                }
            };
            let Some(u) = chunk.get(1) else {
                let d = Diagnostic::error(
                    codes::INVALID_DURATION,
                    format!("missing unit after `{amount}`"),
                    n.span,
                )
                .with_label("expected a unit such as `days`")
                .with_help(format!("units: {}", unit_words().join(", ")));
                self.push(d);
                return None;
            };
            let Some(word) = u.as_ident() else {
                return self.bad_duration(
                    u.span,
                    format!("expected a unit, found {}", u.kind_name()),
                    "not a unit",
                );
            };
            let Some(tu) = unit(word) else {
                let mut d = Diagnostic::error(
                    codes::INVALID_DURATION,
                    format!("unknown time unit `{word}`"),
                    u.span,
                )
                .with_label("not a unit")
                .with_help(format!("units: {}", unit_words().join(", ")));
                // Suggest the unit in the number the amount asks for:
                // `7 dayz` → `days`, `1 dayz` → `day`.
                let plural = amount != 1;
                let units = unit_words();
                let agreeing = units.iter().copied().filter(|u| u.ends_with('s') == plural);
                if let Some(s) = did_you_mean(word, agreeing)
                    .or_else(|| did_you_mean(word, units.iter().copied()))
                {
                    d = d
                        .with_help(format!("did you mean `{s}`?"))
                        .with_fix(rename_fix(u.span, s));
                }
                self.push(d);
                return None;
            };
            seconds = seconds.saturating_add(amount.saturating_mul(tu.seconds()));
            parts.push((amount, tu));
        }
        if seconds == 0 {
            return self.bad_duration(
                span,
                "a duration must be longer than zero".into(),
                "zero length",
            );
        }
        Some(Duration {
            seconds,
            parts,
            span,
        })
    }

    /// A `duration` field.
    pub fn duration(&mut self, node: &Node) -> Option<Duration> {
        if !self.no_block(node) {
            return None;
        }
        if node.values.is_empty() {
            self.missing_value(node, &ValueType::Duration);
            return None;
        }
        self.duration_values(&node.values)
    }

    /// A `lifetime` field:
    /// `[sliding] [configurable] [at-most] (session | until-cleared | until-sign-out | duration)`.
    pub fn lifetime(&mut self, node: &Node) -> Option<Lifetime> {
        if !self.no_block(node) {
            return None;
        }
        if node.values.is_empty() {
            self.missing_value(node, &ValueType::Lifetime);
            return None;
        }
        let span = node.values.first()?.span.to(node.values.last()?.span);
        let (mut sliding, mut configurable, mut at_most) = (false, false, false);
        let mut rest = node.values.as_slice();
        while let Some((v, tail)) = rest.split_first() {
            match v.as_ident().and_then(LifetimeFlag::parse) {
                Some(LifetimeFlag::Sliding) if !sliding => sliding = true,
                Some(LifetimeFlag::Configurable) if !configurable => configurable = true,
                Some(LifetimeFlag::AtMost) if !at_most => at_most = true,
                _ => break,
            }
            rest = tail;
        }
        let kind = match rest {
            [] => {
                self.push(
                    Diagnostic::error(
                        codes::INVALID_DURATION,
                        "missing the lifetime's length",
                        span,
                    )
                    .with_label("expected a duration after this")
                    .with_help("write, for example, `lifetime sliding 3 weeks`"),
                );
                return None;
            }
            [v] if v.as_ident().and_then(LifetimeWord::parse).is_some() => {
                match v.as_ident().and_then(LifetimeWord::parse) {
                    Some(LifetimeWord::Session) => LifetimeKind::Session,
                    Some(LifetimeWord::UntilCleared) => LifetimeKind::UntilCleared,
                    _ => LifetimeKind::UntilSignOut,
                }
            }
            [v, ..] if v.as_ident().and_then(LifetimeWord::parse).is_some() => {
                let word = v.as_ident().unwrap_or_default();
                self.too_many_after(node, v, word);
                return None;
            }
            [v] if v.as_ident().is_some_and(|w| unit(w).is_none()) => {
                let word = v.as_ident().unwrap_or_default();
                let words = LifetimeWord::NAMES
                    .iter()
                    .chain(LifetimeFlag::NAMES)
                    .copied();
                let mut d = Diagnostic::error(
                    codes::INVALID_DURATION,
                    format!("unknown lifetime `{word}`"),
                    v.span,
                )
                .with_label(format!(
                    "expected {} or a duration",
                    one_of(LifetimeWord::NAMES)
                ))
                .with_help(format!(
                    "lifetimes: {}, `7 days`, `sliding 3 weeks`, `configurable 1 week`",
                    lifetime_words()
                ));
                if let Some(s) = did_you_mean(word, words) {
                    d = d.with_fix(rename_fix(v.span, s));
                }
                self.push(d);
                return None;
            }
            durations => LifetimeKind::Fixed {
                duration: self.duration_values(durations)?,
            },
        };
        if at_most && !matches!(kind, LifetimeKind::Fixed { .. }) {
            self.push(
                Diagnostic::error(codes::INVALID_DURATION, "`at-most` needs a duration", span)
                    .with_label("not a duration")
                    .with_help("write, for example, `lifetime at-most 30 days`"),
            );
            return None;
        }
        Some(Lifetime {
            kind,
            sliding,
            configurable,
            at_most,
            span,
        })
    }

    fn too_many_after(&mut self, node: &Node, v: &Value, word: &str) {
        let Some(last) = node.values.last() else {
            return;
        };
        let Some(pos) = node.values.iter().position(|x| std::ptr::eq(x, v)) else {
            return;
        };
        let Some(next) = node.values.get(pos + 1) else {
            return;
        };
        self.push(
            Diagnostic::error(
                codes::INVALID_DURATION,
                format!("`{word}` takes no duration"),
                next.span.to(last.span),
            )
            .with_label("unexpected")
            .with_help(format!("`{word}` is a lifetime on its own")),
        );
    }
}
