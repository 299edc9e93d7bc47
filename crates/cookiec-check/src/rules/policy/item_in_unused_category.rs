//! POL004: an item in a category declared `status not-used`.

use crate::model::Status;
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "POL004",
        name: "item-in-unused-category",
        severity: Severity::Warning,
        summary: "An item declared in a category the policy says is not used.",
        doc: DOC,
    },
    kind: RuleKind::Policy,
    jurisdictions: &[],
    fix: FixAvailability::None,
    source: "Consistency; GDPR Art. 5(1)(a) and 12 (accurate, transparent information)",
    check,
};

const DOC: &str = r#"# POL004 item-in-unused-category

## What it checks
No item may belong to a category declared `status not-used`.

## Why
`status not-used` makes the policy say "we do not use this kind of cookie" (for
example "we do not use tracking or marketing cookies"). An item in that category
contradicts the statement, and the emitters drop it from the cookie table, so a cookie
the site sets would go undisclosed.

## Example
```cookies
category marketing {
  title "Marketing"
  consent opt-in
  status not-used
}

cookie "_fbp" {
  category marketing
  purpose "Measures ad conversions."
  lifetime 90 days
}
```

## How to fix
If the item is used, change the category's status (remove `status not-used`); if it is
not, remove the item.

## Source
Internal consistency; GDPR Art. 5(1)(a) and Art. 12(1) (accurate, transparent
information).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &cx.model.items {
        let Some(cat) = cx.category(&item.category.value) else {
            continue;
        };
        if cat.status != Status::NotUsed {
            continue;
        }
        out.push(
            cx.diag(
                format!("{} belongs to category `{}`, which the policy says is not used", item_label(item), cat.id.value),
                item.category.span,
            )
            .with_label("a `not-used` category")
            .with_secondary(cat.id.span, "declared `status not-used`")
            .with_help("Remove `status not-used` from the category if the item is used, or remove the item."),
        );
    }
    out
}
