//! Issue 13 facts the author states in typed fields, through every output:
//! an item's `exempt` ground in the policy (every format, English and
//! German) and in the runtime config; the examples of a negative
//! commitment ("such as Google Analytics") in every format and language.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, json, text};
use serde_json::Value;

const SRC: &str = r#"
policy "Club" {
  controller "Club e. V."
  email "privacy@club.example"
  website "https://www.club.example"
  languages [en, de]
}
consent {
  regions [uk]
  banner yes
  reject-all yes
  withdraw [footer-link]
}
category essential {
  title { en "Essential"  de "Notwendig" }
  consent required
}
category statistics {
  title { en "Statistics"  de "Statistik" }
  consent opt-out
}
local-storage "theme" {
  category essential
  purpose { en "Remembers the theme you picked."  de "Merkt sich das gewählte Farbschema." }
  lifetime until-cleared
  exempt ui-customisation
}
cookie "stats_id" {
  category statistics
  purpose { en "Counts visits."  de "Zählt Besuche." }
  lifetime 13 months
  exempt statistics
}
cookie "plain" {
  category essential
  purpose { en "Keeps the basket."  de "Merkt sich den Warenkorb." }
  lifetime session
}
"#;

/// Whitespace collapsed, so that the wrapped text output compares too.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn exempt_ground_is_said_in_every_format_and_language() {
    let outs = build("stated facts", SRC);
    let cases = [
        (
            "en",
            "No consent needed: stores a display preference you chose (user-interface customisation)",
            "No consent needed in the UK: first-party statistics",
        ),
        (
            "de",
            "Ohne Einwilligung zulässig: speichert eine Darstellung, die Sie selbst gewählt haben (Anpassung der Benutzeroberfläche)",
            "Im Vereinigten Königreich ohne Einwilligung zulässig",
        ),
    ];
    for (lang, ui, stats) in cases {
        for ext in ["md", "html", "txt"] {
            let doc = flat(&text(&outs, &format!("policy.{lang}.{ext}")));
            assert!(doc.contains(ui), "policy.{lang}.{ext} lacks {ui:?}");
            assert!(doc.contains(stats), "policy.{lang}.{ext} lacks {stats:?}");
            // Said once per exempt item, not for the item without `exempt`.
            // (case-sensitive: the consent sentence of a required
            // category says "no consent needed" too).
            let marker = if lang == "en" {
                "No consent needed"
            } else {
                "ohne Einwilligung zulässig:"
            };
            let n =
                doc.matches(marker).count() + doc.matches("Ohne Einwilligung zulässig:").count();
            assert_eq!(n, 2, "policy.{lang}.{ext}: {n} exemption notes");
        }
    }
}

#[test]
fn exempt_ground_reaches_the_runtime_config() {
    let outs = build("stated facts", SRC);
    let config = json(&outs, "cookiec.config.json");
    let exempt: Vec<(String, Option<String>)> = config["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["name"]["value"].as_str().unwrap().to_string(),
                i.get("exempt").and_then(Value::as_str).map(String::from),
            )
        })
        // The implicit consent record (`cookie_consent`) is cookiec's own.
        .filter(|(name, _)| name != "cookie_consent")
        .collect();
    assert_eq!(
        exempt,
        vec![
            ("theme".to_string(), Some("ui-customisation".to_string())),
            ("stats_id".to_string(), Some("statistics".to_string())),
            ("plain".to_string(), None),
        ]
    );
}

/// The policy of `SRC` with `languages` and a `no-external-analytics`
/// commitment naming `examples`.
fn with_examples(languages: &str, examples: &str) -> String {
    SRC.replace("languages [en, de]", languages).replacen(
        "}",
        &format!(
            "  commitments [no-external-analytics]\n  external-analytics-examples {examples}\n}}"
        ),
        1,
    )
}

#[test]
fn commitment_examples_are_said_in_every_format_and_language() {
    // Every text in all seven languages, so that each one renders.
    let all = |t: &str| {
        let by_lang: String = ["en", "de", "fr", "es", "it", "nl", "pt-BR"]
            .iter()
            .map(|l| format!(" {l} \"{t}\""))
            .collect();
        format!("{{{by_lang} }}")
    };
    let src = format!(
        r#"
policy "Club" {{
  email "privacy@club.example"
  languages [en, de, fr, es, it, nl, pt-BR]
  commitments [no-external-analytics]
  external-analytics-examples ["Google Analytics", "Hotjar", "Mixpanel"]
}}
category essential {{
  title {}
  consent required
}}
cookie "sid" {{
  category essential
  purpose {}
  lifetime session
}}
"#,
        all("Essential"),
        all("Keeps you signed in.")
    );
    let outs = build("stated facts", &src);
    let expected = [
        ("en", "We do not use external analytics services such as Google Analytics, Hotjar or Mixpanel."),
        ("de", "Wir nutzen keine externen Analysedienste wie Google Analytics, Hotjar oder Mixpanel."),
        ("fr", "tel que Google Analytics, Hotjar ou Mixpanel."),
        ("es", "como Google Analytics, Hotjar o Mixpanel."),
        ("it", "come Google Analytics, Hotjar o Mixpanel."),
        ("nl", "zoals Google Analytics, Hotjar of Mixpanel."),
        ("pt-BR", "como Google Analytics, Hotjar ou Mixpanel."),
    ];
    for (lang, sentence) in expected {
        for ext in ["md", "html", "txt"] {
            let doc = flat(&text(&outs, &format!("policy.{lang}.{ext}")));
            assert!(
                doc.contains(sentence),
                "policy.{lang}.{ext} lacks {sentence:?}"
            );
        }
    }
}

#[test]
fn one_example_needs_no_conjunction() {
    let outs = build(
        "stated facts",
        &with_examples("languages [en, de]", r#"["Google Analytics"]"#),
    );
    let en = flat(&text(&outs, "policy.en.md"));
    assert!(en.contains("We do not use external analytics services such as Google Analytics."));
    let de = flat(&text(&outs, "policy.de.txt"));
    assert!(de.contains("Wir nutzen keine externen Analysedienste wie Google Analytics."));
}

#[test]
fn examples_without_their_commitment_are_an_error() {
    let src = SRC.replacen(
        "}",
        "  external-analytics-examples [\"Google Analytics\"]\n}",
        1,
    );
    let checked = cookiec_check::check_source(&src);
    let e203: Vec<_> = checked.errors().filter(|d| d.code == "E203").collect();
    assert_eq!(e203.len(), 1, "{:#?}", checked.diagnostics);
    assert!(e203[0].message.contains("no-external-analytics"));
}
