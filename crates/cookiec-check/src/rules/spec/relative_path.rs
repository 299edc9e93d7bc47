//! SPEC010: a cookie Path must start with `/`.

use crate::model::ItemKind;
use crate::rules::{fix, Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "SPEC010",
        name: "relative-path",
        severity: Severity::Warning,
        summary: "A cookie path that does not start with `/`.",
        doc: DOC,
    },
    kind: RuleKind::Spec,
    jurisdictions: &[],
    fix: FixAvailability::Unsafe,
    source: "RFC 6265 §5.2.4; RFC 6265bis §5.6.4 (the Path attribute)",
    check,
};

const DOC: &str = r#"# SPEC010 relative-path

## What it checks
A cookie's `path` must start with `/`.

## Why
Browsers ignore a Path attribute that does not start with `/` and use the default path
instead (the directory of the URL that set the cookie). The declared path is then not
the cookie's real scope, and the generated clean-up rule would not delete it. This is a
warning: the cookie is still stored, with another path.

## Example
```cookies
cookie "cart" {
  category essential
  purpose "Keeps your basket."
  lifetime 1 day
  path "shop"
}
```

## How to fix
Write an absolute path: `path "/shop"`. The code action adds the slash.

## Source
RFC 6265 §5.2.4 and RFC 6265bis §5.6.4: "If the attribute-value is empty or if the first
character of the attribute-value is not %x2F ("/"): let cookie-path be the
default-path."
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.model.items.iter().filter(|i| i.kind == ItemKind::Cookie) {
        let Some(p) = &item.path else { continue };
        if p.value.starts_with('/') {
            continue;
        }
        let mut d = cx
            .diag(
                format!(
                    "cookie path \"{}\" does not start with `/`: browsers ignore it",
                    p.value
                ),
                p.span,
            )
            .with_label("browsers use the default path instead")
            .with_help("Write an absolute path, e.g. \"/\" or \"/shop\".");
        let fixed = format!("/{}", p.value);
        if let Some(e) = fix::replace_values(cx.file, item.span, "path", &fix::quote(&fixed)) {
            d = d.with_fix(Fix::unsafe_(
                format!("Change the path to \"{fixed}\""),
                vec![e],
            ));
        }
        out.push(d);
    }
    out
}
