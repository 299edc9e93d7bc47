//! BR001: non-essential cookies need a legal basis with a choice.

use super::BR;
use crate::model::{ConsentMode, ExemptionGround};
use crate::rules::eu::opt_in_fix;
use crate::rules::tracking::all_exempt;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "BR001",
        name: "br-non-essential-without-consent",
        severity: Severity::Warning,
        summary: "A non-essential category with `consent notice` (no choice) in Brazil.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: BR,
    fix: FixAvailability::Unsafe,
    source: "LGPD (Lei 13.709/2018) Art. 7, 8 and 9; ANPD, Guia Orientativo: Cookies e Proteção de Dados Pessoais (2022)",
    check,
};

const DOC: &str = r#"# BR001 br-non-essential-without-consent

## What it checks
When the file targets Brazil (`br`), a category in use that is not `required` must give
visitors a choice there: `notice` is reported (`opt-in` and `opt-out` are accepted). A category whose
items all declare a ground of exemption other than `statistics` (`exempt
ui-customisation`, `exempt security`) holds what the ANPD's guide calls necessary
cookies, and is not reported.

## Why
Under the LGPD, cookies that collect personal data need a legal basis. The ANPD's
cookie guide says non-necessary cookies (analytics, advertising) generally rely on
consent, which must be free, informed and unambiguous (Art. 8), given through a
positive action; a banner that only informs ("by continuing you accept") gives no
choice. Where legitimate interest is used instead, the guide still expects an easy way
to object.

## Example
```cookies
consent { regions [br] }

category analytics {
  title "Analytics"
  consent notice
}
```

## How to fix
Ask for consent (`opt-in`) in Brazil, or at least offer an opt-out when relying on
legitimate interest. The code action changes the deciding mode to `opt-in`.

## Source
Lei Geral de Proteção de Dados (Lei 13.709/2018), Art. 7, 8 and 9; Autoridade Nacional
de Proteção de Dados, "Guia Orientativo: Cookies e Proteção de Dados Pessoais"
(October 2022).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for cat in cx.live_categories() {
        let Some((_, m)) = cx.first_region_where(cat, |m| m == ConsentMode::Notice) else {
            continue;
        };
        // Storage needed for what the visitor asked (their own interface
        // choice, security) is what the ANPD guide calls necessary.
        if all_exempt(cx, cat, ExemptionGround::exempt_in_eu) {
            continue;
        }
        let span = m.entry.map(|e| e.span).unwrap_or(cat.id.span);
        let mut d = cx
            .diag(format!("category `{}` gives visitors no choice in Brazil", cat.id.value), span)
            .with_label("`notice` offers no choice")
            .with_help("Under the LGPD, non-essential cookies need consent (or an easy objection under legitimate interest): use `opt-in`, or `required` if strictly necessary.");
        if let Some(f) = opt_in_fix(m.entry) {
            d = d.with_fix(f);
        }
        out.push(d);
    }
    out
}
