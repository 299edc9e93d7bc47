//! EU004: cookies and web storage disclose how long they are kept.

use super::EU;
use crate::model::ItemKind;
use crate::rules::context::item_label;
use crate::rules::{Ctx, FixAvailability, Rule, RuleKind};
use cookiec_diagnostics::{CodeInfo, Diagnostic, Severity};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: "EU004",
        name: "eu-lifetime-undisclosed",
        severity: Severity::Warning,
        summary: "A cookie, local-storage, IndexedDB or Cache Storage item without a `lifetime`.",
        doc: DOC,
    },
    kind: RuleKind::Legal,
    jurisdictions: EU,
    fix: FixAvailability::None,
    source:
        "CJEU C-673/17 Planet49, operative part point 2; GDPR Art. 13(2)(a); EDPB Guidelines 2/2023",
    check,
};

const DOC: &str = r#"# EU004 eu-lifetime-undisclosed

## What it checks
In the EU, every `cookie`, `local-storage`, `indexeddb` and `cache-storage` item in use
must state its `lifetime` (`until-cleared` when web storage has no expiry). Session
storage ends with the tab; pixels and server-side sessions store nothing on the device
with a lifetime of its own (the cookie that keys a session is declared as a cookie).

`lifetime` is optional in the language because some published policies do not state it
(the compiler never makes it up: the generated policy says "Not specified"); where EU
law applies, this rule reports the gap. Strictly necessary cookies are included: the
exemption from consent is not an exemption from information.

## Why
The Court of Justice held in Planet49 that the information given for consent must
include the duration of the operation of cookies and whether third parties have access
to them; the EDPB confirms that local storage and similar technologies are under the
same rule. A table row without a lifetime is incomplete information.

## Example
```cookies
consent { regions [eu] }

local-storage "draft" {
  category functional
  purpose "Keeps your unsent message."
}
```

## How to fix
Add `lifetime until-cleared` (no expiry) or the duration after which the site removes
it (`lifetime 30 days`).

## Source
CJEU C-673/17 Planet49, operative part point 2 (the information must include the
duration of the operation of cookies and whether third parties may access them); GDPR
Art. 13(2)(a); EDPB Guidelines 2/2023 on the technical scope of Art. 5(3) ePrivacy.
"#;

fn check(cx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in cx.live_items() {
        if !matches!(
            item.kind,
            ItemKind::Cookie
                | ItemKind::LocalStorage
                | ItemKind::IndexedDb
                | ItemKind::CacheStorage
        ) {
            continue;
        }
        if item.lifetime.is_some() {
            continue;
        }
        out.push(
            cx.diag(format!("{} does not say how long it is kept", item_label(item)), item.name_span)
                .with_label("no `lifetime`")
                .with_help(if item.kind == ItemKind::Cookie {
                    "Add the cookie's `lifetime` (`session`, `7 days`, `sliding 2 weeks`, ...): visitors must be told how long it lasts."
                } else {
                    "Add `lifetime until-cleared` (no expiry) or the duration after which the site removes it: visitors must be told how long storage lasts."
                }),
        );
    }
    out
}
