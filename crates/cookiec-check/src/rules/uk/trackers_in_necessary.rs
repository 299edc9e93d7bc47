//! UK006: analytics, advertising and pixels are not strictly necessary
//! under PECR; statistics are exempt only with a way to object.

use super::UK;
use crate::rules::eu::trackers_in_necessary::{necessary_check, Law};
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "UK006",
        name: "uk-tracker-marked-necessary",
        severity: Severity::Warning,
        summary: "An analytics or advertising item, or a pixel, in a category that is `required` in the UK.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: UK,
    fix: FixAvailability::None,
    source: "PECR 2003 reg. 6 and Sch. A1 (inserted by the Data (Use and Access) Act 2025, s. 112)",
    check,
};

const DOC: &str = r#"# UK006 uk-tracker-marked-necessary

## What it checks
When the file targets the UK, a category that is `required` there (stored without any
choice) must not hold an analytics or advertising item or a `pixel`. Items are judged as
EU002 judges them: by a declared `exempt` ground, by the name in the well-known catalog
(`_ga`, `_fbp`, `_hjSessionUser_*`, `_clck`, even declared first-party), by kind, and
only then by a provider that does nothing but analytics or advertising. An item declared
`exempt statistics` in a `required` category is reported too.

## Why
PECR reg. 6, as amended by the Data (Use and Access) Act 2025 (in force since
5 February 2026), needs consent for storage on a device unless an exception in its
Schedule A1 applies. The exceptions are: storage strictly necessary for the service the
visitor asked for (including security, fraud prevention and authentication); storage
whose sole purpose is statistics about the site's own service, to improve it; storage
that adapts the site's appearance or functions to the visitor's preferences; and a few
others (emergency assistance, software updates). The statistics and appearance
exceptions hold only when the visitor gets clear and comprehensive information and a
simple, free means of objecting. A `required` category offers no way to object, and
advertising is under none of them.

## Example
```cookies
consent { regions [uk] }

category essential {
  title "Strictly necessary"
  consent required
}

cookie "_ga" {
  category essential
  purpose "Distinguishes visitors."
  lifetime 13 months
}
```

## How to fix
Move advertising items and pixels to an `opt-in` category. First-party statistics may
go without consent in the UK: put them in a category that is `opt-out` in the UK (on by
default, with a simple way to object and `withdraw [footer-link]`), declare the items
`exempt statistics`, and say what they measure. Whether the exception's other
conditions hold (first-party use only, no sharing beyond the site's processors) is the
site's to check.

## Source
Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 6 and
Schedule A1, as inserted by the Data (Use and Access) Act 2025, s. 112 (commenced
5 February 2026 by SI 2026/82); ICO, "Guidance on the use of storage and access
technologies".
"#;

const UK_LAW: Law = Law {
    label: "needs consent in the UK",
    statistics_label: "needs a way to object in the UK",
    help: "In the UK, advertising and pixels need consent, and first-party statistics need at least clear information and a simple way to object (PECR Sch. A1): move the item to an opt-in category, or, for statistics, to a category that is `opt-out` in the UK with `exempt statistics`.",
    statistics_help: "PECR's statistics exception holds only with clear information and a simple way to object, which a `required` category does not offer: move the item to a category that is `opt-out` in the UK.",
};

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    necessary_check(cx, &UK_LAW)
}
