//! The lint stage after lowering: run the rules, hold back lints of
//! declarations that have errors, apply `lint { deny allow }` and inline
//! `allow CODE "reason"`, and report allows that suppress nothing (W202).

use crate::model::{Model, Region};
use crate::{codes, rules};
use cookiec_diagnostics::{Diagnostic, Edit, Fix, Severity, Span};
use cookiec_syntax::Parse;

/// `diags` are the checker's; returns them with the lint results, filtered.
pub(crate) fn run(
    src: &str,
    parse: &Parse,
    model: &Model,
    mut diags: Vec<Diagnostic>,
    jurisdictions: &[Region],
) -> Vec<Diagnostic> {
    // Lint rules and checker warnings can be allowed, denied and held back;
    // errors of the language itself never (the registry's `Code` says).
    let suppressible = |d: &Diagnostic| codes::is_suppressible(d.code);
    // A declaration with an error is not linted until the error is fixed:
    // a misspelt field would otherwise also read as a missing one (one
    // mistake, one diagnostic). A missing policy is the file's error, not
    // the declaration it points at.
    // Top-level declarations are in source order and do not overlap, so
    // each error finds its declaration by binary search, and a span its
    // broken declaration the same way: O((d + n) log n), not d × n.
    let nodes: Vec<Span> = parse.file.nodes.iter().map(|n| n.span).collect();
    let mut broken: Vec<Span> = parse
        .diagnostics
        .iter()
        .chain(diags.iter())
        .filter(|d| d.is_error() && d.code != codes::MISSING_POLICY)
        .filter_map(|d| enclosing(&nodes, d.primary.span))
        .collect();
    broken.sort_unstable();
    broken.dedup();
    let in_broken = |span: Span| enclosing(&broken, span).is_some();
    diags.extend(rules::run(model, &parse.file, jurisdictions));
    // A rule's evidence in a broken declaration (POL003 citing a provider
    // whose `self-hosted` is misspelt) is read from a model the error has
    // already made wrong: the same cascade.
    let cites_broken =
        |d: &Diagnostic| in_broken(d.primary.span) || d.secondary.iter().any(|l| in_broken(l.span));
    diags.retain(|d| !(suppressible(d) && cites_broken(d)));
    let unused = unused_allows(src, model, &diags, &suppressible, &in_broken);
    for d in &mut diags {
        if model.lint.deny.iter().any(|c| c.value == d.code) {
            d.severity = Severity::Error;
        }
    }
    diags.retain(|d| !(suppressible(d) && suppressed(model, d)));
    diags.extend(unused);
    diags
}

/// The span of `sorted` (by start, non-overlapping) that contains `span`.
fn enclosing(sorted: &[Span], span: Span) -> Option<Span> {
    let at = sorted.partition_point(|s| s.start <= span.start);
    let candidate = *sorted.get(at.checked_sub(1)?)?;
    candidate.contains_span(span).then_some(candidate)
}

fn suppressed(model: &Model, d: &Diagnostic) -> bool {
    model.lint.allow.iter().any(|c| c.value == d.code)
        || model
            .lint
            .suppressions
            .iter()
            .any(|s| s.code.value == d.code && s.scope.contains_span(d.primary.span))
}

/// W202 for each inline `allow CODE "reason"` that suppresses nothing in
/// its declaration (one without a reason already has its E219).
fn unused_allows(
    src: &str,
    model: &Model,
    diags: &[Diagnostic],
    suppressible: &dyn Fn(&Diagnostic) -> bool,
    in_broken: &dyn Fn(Span) -> bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in &model.lint.suppressions {
        let used = diags.iter().any(|d| {
            d.code == s.code.value && suppressible(d) && s.scope.contains_span(d.primary.span)
        });
        if used || s.reason.is_empty() || in_broken(s.scope) {
            continue;
        }
        let mut d = Diagnostic::warning(
            codes::UNUSED_ALLOW,
            format!("`allow {}` suppresses nothing here", s.code.value),
            s.code.span,
        )
        .with_label(format!("no `{}` in this declaration", s.code.value))
        .with_help("remove it: the rule does not fire here (any more)");
        if let Some(edit) = allow_line(src, s.code.span) {
            d = d.with_fix(Fix::safe("remove the unused `allow`", vec![edit]));
        }
        out.push(d);
    }
    out
}

/// An edit deleting the `allow ...` line holding `code` (only when the
/// line holds nothing else).
fn allow_line(src: &str, code: Span) -> Option<Edit> {
    let start = src
        .get(..code.start)?
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = src
        .get(code.end..)?
        .find('\n')
        .map(|i| code.end + i + 1)
        .unwrap_or(src.len());
    let line = src.get(start..end)?;
    let trimmed = line.trim();
    let rest = trimmed.strip_prefix("allow")?;
    // `allow CODE "reason"` and nothing else (no `}` or comment to keep).
    if !rest.starts_with(char::is_whitespace) || !trimmed.ends_with('"') {
        return None;
    }
    Some(Edit {
        span: Span::new(start, end),
        replacement: String::new(),
    })
}
