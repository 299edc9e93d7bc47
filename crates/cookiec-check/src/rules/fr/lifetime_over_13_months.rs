//! FR001: non-essential trackers live at most 13 months.

use super::{FR, THIRTEEN_MONTHS};
use crate::model::{ConsentMode, ExemptionGround, LifetimeKind};
use crate::rules::context::{as_written, item_label};
use crate::rules::tracking::exemption;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "FR001",
        name: "fr-tracker-over-13-months",
        severity: Severity::Warning,
        summary: "A non-essential item kept longer than 13 months (or without expiry) in France.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: FR,
    fix: FixAvailability::Unsafe,
    source: "CNIL guidelines of 17 September 2020 (délibération 2020-091) and recommendation (2020-092); CNIL recommendation of 5 December 2013",
    check,
};

const DOC: &str = r#"# FR001 fr-tracker-over-13-months

## What it checks
When the file targets France (`fr`), an item in use in a category that is not
`required` there, and not declared exempt from consent (`exempt ui-customisation`, ...;
`exempt statistics` is still checked), must not live longer than 13 months: a fixed lifetime over 13 months
(one year and one month) or `until-cleared` storage is reported.

## Why
The CNIL's long-standing position (since its 2013 recommendation) is that trackers
subject to consent should not live more than 13 months, and its 2020 guidelines make a
13-month lifetime (with data kept at most 25 months) a condition of the
audience-measurement exemption.
`until-cleared` local storage never expires on its own, so it exceeds any limit.

## Example
```cookies
consent { regions [fr] }

cookie "_uid" {
  category analytics
  purpose "Recognises returning visitors."
  lifetime 2 years
}
```

## How to fix
Set (and declare) a lifetime of 13 months or less; for local storage, have the site
remove the key after 13 months and declare that duration. The code action writes
`13 months` for a fixed lifetime.

## Source
CNIL, délibération n° 2020-091 of 17 September 2020 (guidelines on cookies and other
trackers) and n° 2020-092 (recommendation); CNIL, délibération n° 2013-378 of 5 December
2013 (recommendation on cookies: 13 months).
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.live_items() {
        let Some(cat) = cx.category(&item.category.value) else {
            continue;
        };
        if cx
            .first_region_where(cat, |m| m != ConsentMode::Required)
            .is_none()
        {
            continue;
        }
        // An item exempt from consent (a theme the visitor chose) is not
        // a tracker subject to consent; statistics are (see FR003).
        if exemption(cx, item).is_some_and(ExemptionGround::exempt_in_eu) {
            continue;
        }
        let Some(lt) = &item.lifetime else { continue };
        match &lt.kind {
            LifetimeKind::Fixed { duration } if duration.seconds > THIRTEEN_MONTHS => {
                out.push(
                    cx.diag(
                        format!(
                            "{} lives {}; the CNIL limits non-essential trackers to 13 months",
                            item_label(item),
                            as_written(duration)
                        ),
                        duration.span,
                    )
                    .with_label("longer than 13 months")
                    .with_help("Limit the lifetime to 13 months or less.")
                    .with_fix(Fix::replace(
                        "Limit the lifetime to 13 months",
                        duration.span,
                        "13 months",
                        false,
                    )),
                );
            }
            LifetimeKind::UntilCleared => {
                out.push(
                    cx.diag(
                        format!("{} never expires; the CNIL limits non-essential trackers to 13 months", item_label(item)),
                        lt.span,
                    )
                    .with_label("no expiry")
                    .with_help("Have the site remove it after at most 13 months, and declare that lifetime."),
                );
            }
            _ => {}
        }
    }
    out
}
