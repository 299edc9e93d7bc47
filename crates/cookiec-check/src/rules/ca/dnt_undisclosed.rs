//! CA003: CalOPPA requires disclosing the response to Do Not Track.

use super::CA;
use crate::rules::eu::consent_field_fix;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "CA003",
        name: "ca-dnt-response-undisclosed",
        severity: Severity::Warning,
        summary: "The policy does not say how the site responds to Do Not Track (CalOPPA).",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: CA,
    fix: FixAvailability::Unsafe,
    source: "Cal. Bus. & Prof. Code §22575(b)(5) (CalOPPA, as amended by AB 370, 2013)",
    check,
};

const DOC: &str = r#"# CA003 ca-dnt-response-undisclosed

## What it checks
When the file targets California, `consent` must declare `dnt honour` or `dnt ignore`:
the site's response to Do Not Track.

## Why
The California Online Privacy Protection Act requires an operator's privacy policy to
disclose how it responds to web browser "do not track" signals or similar mechanisms.
Saying "we do not respond to DNT" is allowed; saying nothing is not. cookiec prints the
declared response in the generated policy's signals section.

## Example
```cookies
consent {
  regions [us-ca]
  banner yes
}
```

## How to fix
Declare what the site does: `dnt ignore` (the usual case) or `dnt honour`. The code
action inserts `dnt ignore`; check that it is true.

## Source
Cal. Bus. & Prof. Code §22575(b)(5), added by AB 370 (2013); California Attorney
General, "Making Your Privacy Practices Public" (2014).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    if cx.model.consent.dnt.is_some() {
        return Vec::new();
    }
    let mut d = cx
        .diag("the policy does not say how the site responds to Do Not Track", cx.consent_anchor())
        .with_label("no `dnt`")
        .with_help("CalOPPA requires disclosing the response to Do Not Track: declare `dnt ignore` or `dnt honour`.");
    if let Some(f) = consent_field_fix(cx, "Declare `dnt ignore`", "dnt ignore") {
        d = d.with_fix(f);
    }
    vec![d]
}
